"""Actors of events: noun phrases found from the syntax, resolved to entities and coded.

A code is built the PETRARCH way: an optional agent prefix, a country (ISO alpha-3 or a
dictionary actor code) and agent/sector suffixes: "the Syrian government" -> SYRGOV,
"Russian police" -> RUSCOP, "militants" -> REB, "Moscow" (used as an actor) -> RUSGOV.

Where codes come from, first match wins:

1. the user's PETRARCH dictionaries (``--actors``), dated roles against the publication date;
2. the built-in actor table (:mod:`newsgraph.nlp.events.actor_table`: office-holders and
   organisations with dated roles). A person is looked up by the fullest name the article
   gives them (the entity's name), so "Clinton" after "Hillary Clinton" is Hillary Clinton;
   "Trump" in 2016 -> USAPTY (candidate), in 2018 -> USAGOV;
3. the lexicons: institutions, country names, demonyms, capitals ("the Kremlin" -> RUSGOV);
   a table entry that gives only a country (a city) is used when these find none;
4. agents and titles ("Senator X" -> LEG, "Gov. X" -> GOV, "police" -> COP, "Republican X" ->
   USAPTY through the party's name);
5. the article's country: a domestic sector with no country (GOV, LEG, PTY, MIL, COP, REB,
   OPP, ...) takes the article's dominant country when it has one (:func:`dominant_country`):
   "police" in a Syria story -> SYRCOP, "terrorists holed up in the city" -> SYRREB.
   International sectors (IGO, NGO, IMG, MNC, REF) never do. Before that, an owner or a place
   in the phrase itself places it ("its troops" after "the nation of Bangladesh" -> BGDMIL,
   "a federal jury in Fort Worth" -> USAJUD); with no article country, the one country (or
   province) the sentence names does.

A table entry whose roles all ended before the publication date codes a former office-holder
of the last role's country (``ELI``): Saddam Hussein after 2006 -> IRQELI.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources

import pycountry
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from newsgraph import lexicons as lexicon
from newsgraph.model import Actor, Entity
from newsgraph.nlp._doc import doc_ents, doc_text, entity_at, span
from newsgraph.nlp.events.actor_table import ActorTable, builtin_table, pieces
from newsgraph.nlp.events.dictionaries import ActorEntry, AgentEntry, Dictionary, load_agents

_NP_DROP = {"relcl", "acl", "appos", "punct", "cc", "conj", "advcl", "ccomp", "prep", "case"}
_NP_KEEP_PREPS = {"of", "in", "from"}
_PRONOUNS = {"he", "she", "it", "they", "we", "him", "her", "them", "us", "i", "me", "you"}
# possessive pronouns as the source of a nominal event ("his attack on Clinton") stand for
# their subject form
_POSSESSIVE = {"his": "he", "their": "they", "its": "it", "our": "we", "my": "i"}
_NAMED = {"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"}
_FIRST_PERSON = {"i", "we", "me", "us", "my", "our"}
_SPEAKER_LABEL = re.compile(r"\s*[\"“]?\s*([A-Z][A-Za-z.'’ -]{0,40}?)\s*:\s")
_QUESTION_LABEL = re.compile(r"(?:^|\n)\s*Q\s*:\s")
_DATELINE = re.compile(r"[A-Z][A-Z.' -]+,\s+[A-Z][a-z]+\.?\s+\d{1,2}\b")
# sectors that belong to one country: with no country stated they take the article's
DOMESTIC = frozenset(
    "GOV MIL COP REB OPP PTY LEG JUD CVL MED BUS EDU LAB REL SPY ELI AGR HLH ENV CRM INS".split()
)
INTERNATIONAL = ("IGO", "NGO", "IMG", "MNC", "UAF")
# sectors of people on the scene: a single country named in their sentence places them first
# ("killed 32 people at the Brussels airport" in a story about Nice -> BELCVL)
_LOCAL = frozenset({"CVL", "REB", "COP", "CRM"})
# transnational militant groups (Phoenix IMG codes) and the countries where they are coded as
# that country's rebels (the event gold's convention: IS in Iraq/Syria -> IRQREB/SYRREB)
_IMG_HOMES = {
    "IMGMUSISI": ("IRQ", "SYR"),
    "IMGMUSALQ": ("AFG", "PAK", "YEM", "SOM", "MLI"),
}
# the dominant country needs this many weighted mentions, and this share of all of them
_DOMINANT_MIN = 2.0
_DOMINANT_SHARE = 0.4


@lru_cache(maxsize=1)
def builtin_agents() -> Dictionary:
    ref = resources.files("newsgraph.nlp").joinpath("resources/events/event_agents.txt")
    with resources.as_file(ref) as path:
        return load_agents(path)


@dataclass(slots=True)
class _Coded:
    code: str | None
    country: str | None
    sector: str | None
    name: str | None


def np_tokens(head: Token) -> list[Token]:
    """Tokens of the noun phrase headed by ``head`` (no clauses, appositions, conjuncts)."""
    out = [head]
    for child in head.children:
        if coordinated_modifier(child):
            continue
        if child.dep_ in _NP_DROP and not (
            child.dep_ == "prep" and child.lower_ in _NP_KEEP_PREPS and child.i > head.i
        ):
            continue
        if child.dep_ == "prep":
            for grand in child.children:
                if grand.dep_ == "pobj":
                    out.append(child)
                    out.extend(np_tokens(grand))
            continue
        out.extend(t for t in child.subtree if t.dep_ != "punct" or t.i not in (0,))
    return sorted(set(out), key=lambda t: t.i)


def coordinated_modifier(tok: Token) -> bool:
    """A name before its head that starts a coordination the parser attached as a modifier:
    "Fornost and the evil Gondor" parsed as Fornost <-nmod- Gondor."""
    return (
        tok.i < tok.head.i
        and tok.dep_ in ("nmod", "compound", "amod")
        and (tok.pos_ == "PROPN" or tok.text[:1].isupper())
        and any(g.dep_ == "cc" for g in tok.children)
    )


def _listed(token: Token) -> list[Token]:
    """Appositions that are items of a list ("Mordor, the Shire, Fornost and Bree")."""
    conj_after = [c.i for c in token.children if c.dep_ == "conj"]
    return [
        a
        for a in token.children
        if a.dep_ == "appos"
        and (any(c.dep_ == "conj" for c in a.children) or any(i > a.i for i in conj_after))
    ]


def conjuncts(token: Token) -> list[Token]:
    """``token`` and the heads coordinated with it ("Iran and Turkey" -> Iran, Turkey),
    including list items the parser took for appositions or modifiers."""
    out = [token]
    todo = [token]
    while todo:
        tok = todo.pop()
        extra = [c for c in tok.children if coordinated_modifier(c)] + _listed(tok)
        for c in [*tok.conjuncts, *extra]:
            if c not in out:
                out.append(c)
                todo.append(c)
    return sorted(out, key=lambda t: t.i)


def _name_head(token: Token) -> Token:
    """Prefer a proper-noun apposition: "his Turkish counterpart Mevlut Cavusoglu" -> Cavusoglu."""
    if token.pos_ != "PROPN":
        for child in token.children:
            if child.dep_ == "appos" and child.pos_ == "PROPN":
                return child
    return token


class ActorCoder:
    """Finds and codes actors; user dictionaries take precedence over the built-in lexicons."""

    def __init__(
        self,
        actors: list[Dictionary],
        agents: list[Dictionary],
        *,
        table: ActorTable | None = None,
    ) -> None:
        self.actors = actors
        self.agents = [*agents, builtin_agents()]
        self.table = builtin_table() if table is None else table

    def actor(self, doc: Doc, head: Token, date: str | None) -> Actor | None:
        """The actor a noun phrase headed by ``head`` stands for, or None when it is no actor."""
        if head.lower_ in _PRONOUNS or head.lower_ in _POSSESSIVE:
            return self._pronoun(doc, head)
        named = _name_head(head)
        coded = self._code(doc, named, np_tokens(named), date)
        if named != head:  # "his Turkish counterpart Mevlut Cavusoglu": code the title too
            described = self._code(doc, head, np_tokens(head), date)
            if coded is None or coded.code is None:
                coded = described if coded is None else _fill(coded, described)
        if (coded is None or coded.code is None) and _dependant_noun(named):
            coded = self._dependant(doc, named, date) or coded
        if coded is None:
            return None
        start, end = _extent(doc, named)
        phrase = doc_text(doc)[start:end].strip()
        if "\n" in phrase or _DATELINE.match(phrase):
            return None  # a dateline ("NICOSIA, August 8 (Xinhua)") parsed as a subject
        ent = entity_at(doc, named.idx, named.idx + len(named))
        if ent is not None and ent.type not in ("DATE", "TIME", "CARDINAL"):
            coded = _merge_entity(coded, ent)
        coded = self._owned(doc, coded, head, date)
        # a name the linker left without an entity is still the person or organisation the
        # tagger saw ("Braynard and Chrabaszcz did not respond")
        kind = ent.type if ent is not None else (named.ent_type_ or None)
        coded = self._localise(doc, coded, date, kind, named)
        return Actor(
            entity=ent.id if ent is not None else None,
            span=span(doc, start, end),
            code=coded.code,
            country=coded.country,
            sector=coded.sector,
            name=coded.name or (ent.name if ent is not None else doc_text(doc)[start:end]),
        )

    def _pronoun(self, doc: Doc, head: Token) -> Actor | None:
        """A pronoun: its entity if linked; "I"/"we" inside a quote: the quote's speaker; else
        a nearby antecedent's code ("X said it ...")."""
        pspan = span(doc, head.idx, head.idx + len(head))
        ent = entity_at(doc, head.idx, head.idx + len(head))
        date = doc._.ng_published
        if ent is None and head.lower_ in _FIRST_PERSON:
            ent, source = _speaker(doc, head.idx)
            if ent is None and source is None and _in_quotes(doc_text(doc), head.idx):
                # a quote's further sentences the quote finder left out: "... I'm a woman,"
                # she said. "I'm going to ask for their support ..."
                ent, source = _previous_speaker(doc, head.idx)
            if ent is None and source is not None and source.root.i != head.i:
                a = self.actor(doc, source.root, date)  # an unnamed source: "an aide said"
                if a is not None:
                    return Actor(a.entity, pspan, a.code, a.country, a.sector, a.name)
        if ent is None and head.lower_ in _FIRST_PERSON:
            labelled = self._transcript_speaker(doc, head, date)
            if labelled is not None:
                return Actor(labelled[0], pspan, labelled[1], *labelled[2:])
        if ent is None and head.lower_ in ("him", "her"):
            ent = _recent_person(doc, head)
        if ent is not None:
            hit = self._entity_code(ent, date)
            if hit:
                country = hit[:3] if _placed(hit) and not hit.startswith(INTERNATIONAL) else None
                return Actor(ent.id, pspan, hit, country, _sector_of(hit), ent.name)
            weak = ent.confidence <= 0.6 and ent.type == "PERSON"  # a defaulted country
            country = None if weak else ent.country
            coded = self._localise(
                doc,
                _Coded((country or "") + (ent.sector or "") or None, country, ent.sector, ent.name),
                date,
                ent.type,
            )
            return Actor(ent.id, pspan, coded.code, coded.country, coded.sector, ent.name)
        ante = _antecedent(head)
        if ante is None:
            return None
        a = self.actor(doc, ante, date)
        if a is None:  # an uncoded antecedent ("They" = "the three countries") still names who
            name = doc_text(doc)[ante.left_edge.idx : ante.idx + len(ante)]
            return Actor(None, pspan, None, None, None, name)
        return Actor(a.entity, pspan, a.code, a.country, a.sector, a.name or a.span.text)

    def _code(self, doc: Doc, head: Token, toks: list[Token], date: str | None) -> _Coded | None:
        words = [t.lower_ for t in toks]
        root: str | None = None
        country: str | None = None
        sector: str | None = None
        name: str | None = None
        prefixes: list[str] = []
        suffixes: list[str] = []
        i = 0
        used: set[int] = set()
        while i < len(toks):
            tok = toks[i]
            m = self._match_actor(words, i) if _nameish(tok) else None
            if m is not None:
                n, entry = m
                code = entry.code_on(date)
                if root is None:
                    root = code or ""
                    name = " ".join(t.text for t in toks[i : i + n])
                used.update(range(i, i + n))
                i += n
                continue
            i += 1
        fallback: str | None = None  # a table entry that gives only a country (a city)
        fallback_at: list[int] = []
        if root is None:
            hit = self._match_table(doc, toks, used, date)
            if hit is not None:
                code, span_idx, text = hit
                if _placed(code) and len(code) > 3:
                    root, name = code, text
                    used.update(span_idx)
                else:
                    fallback, fallback_at = code, span_idx
        # agents (longest match anywhere in the phrase, nouns only)
        agent_used: set[int] = set()
        i = 0
        while i < len(toks):
            if i in used or toks[i].pos_ not in ("NOUN", "PROPN", "ADJ", "VERB"):
                i += 1
                continue
            am = self._match_agent(words, i, toks)
            if am is not None:
                n, agent = am
                if agent.prefix and agent.prefix not in prefixes:
                    prefixes.append(agent.prefix)
                if agent.suffix and agent.suffix not in suffixes:
                    suffixes.append(agent.suffix)
                used.update(range(i, i + n))
                agent_used.update(range(i, i + n))
                i += n
                continue
            i += 1
        if root is None:
            if not suffixes and not prefixes and head.lemma_.lower() not in _COUNTRY_NOUNS:
                # "an attack in Ithilen" is no actor; "the nation of Bangladesh" is
                used.update(i for i, t in enumerate(toks) if _in_prep(t, head))
                if any(i in used for i in fallback_at):  # nor "the situation in Idlib"
                    fallback = None
            # an agent word may also name an institution: "members of Congress" -> USA + LEG
            country, inst_sector = self._country(toks, used - agent_used)
            if inst_sector and not suffixes:
                suffixes.append(inst_sector)
            if country is None and fallback is not None and _placed(fallback):
                country = fallback[:3] if not fallback.startswith(INTERNATIONAL) else None
                root = fallback
            elif country is None and fallback is not None and not suffixes:
                suffixes.append(fallback)  # "CNN" -> MED when no lexicon knows better
                root = None
            else:
                root = country
        elif root.startswith(INTERNATIONAL):
            country = None
        else:
            country = root[:3] if len(root) >= 3 and root[:3].isalpha() else None
        if root is None and not suffixes and not prefixes and _acting_locality(head):
            suffixes.append("GOV")  # "the city lifted its curfew": the city's government
        if root is None and not suffixes and not prefixes and _bloc_noun(head):
            # "the alliance", "the bloc": the international organisation named last
            bloc = self._last_organisation(doc, head, date)
            if bloc is not None:
                return _Coded(bloc, None, bloc[:3], None)
        if root is None and not suffixes and not prefixes and _home_noun(head):
            # "the country", "our nation": the country the article (else the sentence) is about
            home = self.dominant_country(doc, date) or _sentence_country(doc, head, strict=True)
            if head.lower_ == "kingdom" and home not in _KINGDOMS:
                home = _last_kingdom(doc, head)  # "the kingdom gave $10 million" after "Saudi"
            if home is not None:
                return _Coded(home, home, None, None)
        if root is None and not suffixes and not prefixes:
            if head.ent_type_ in _NAMED and head.pos_ == "PROPN":
                return _Coded(None, None, None, _ent_text(doc, head))
            return None
        sector = suffixes[0][:3] if suffixes else (_sector_of(root) if root else None)
        # an agent already in the actor's own code is not added again (USAGOV + officials)
        prefixes = [p for p in prefixes if not _has_piece(root, p)]
        suffixes = [s for s in suffixes if not _has_piece(root, s)]
        if root and root.endswith("ELI"):
            # the table knows the office is past: "President Glafcos Clerides" in 2016 is
            # CYPELI, not CYPELIGOV
            suffixes = []
            sector = "ELI"
        code = "".join(prefixes) + (root or "") + "".join(suffixes)
        return _Coded(code or None, country, sector, name)

    def _transcript_speaker(
        self, doc: Doc, head: Token, date: str | None
    ) -> tuple[str | None, str | None, str | None, str | None, str] | None:
        """ "I"/"we" in a transcript paragraph labelled with its speaker ("TRUMP: I will ..."):
        (entity id, code, country, sector, name) of the labelled speaker, or None."""
        text = doc_text(doc)
        para = text.rfind("\n", 0, head.idx) + 1
        m = _SPEAKER_LABEL.match(text, para, min(len(text), para + 60))
        if m is None or m.end() > head.idx:
            return None
        label = pieces(m.group(1))
        if m.group(1) == "A" and _QUESTION_LABEL.search(text):
            # an interview's "Q: ... A: I ...": the answers are the person the article is
            # about, the one it names most
            people = [e for e in doc._.ng_entities or [] if e.type == "PERSON"]
            ent = max(people, key=lambda e: len(e.mentions), default=None)
        else:
            ent = next(
                (
                    e
                    for e in doc._.ng_entities or []
                    if e.type == "PERSON" and label and pieces(e.name)[-1:] == label[-1:]
                ),
                None,
            )
        code = self._entity_code(ent, date) if ent is not None else None
        if code is None:
            entry = self.table.person(m.group(1))
            code = _normalise(entry.role_on(date)) if entry is not None else None
        if code is None:
            return None
        country = code[:3] if _placed(code) and not code.startswith(INTERNATIONAL) else None
        name = ent.name if ent is not None else m.group(1)
        return (ent.id if ent is not None else None, code, country, _sector_of(code), name)

    def _table_code(self, name: str, date: str | None, kind: str | None = None) -> str | None:
        entry = self.table.person(name) if kind == "PERSON" else self.table.get(name)
        return _normalise(entry.role_on(date)) if entry is not None else None

    def _entity_code(self, ent: Entity, date: str | None) -> str | None:
        """The table's code for a linked entity: a person by any of the names the article
        gives them (fullest first), anything else by its name."""
        if ent.type == "PERSON":
            entry = self.table.person_of([ent.name, *ent.aliases])
            return _normalise(entry.role_on(date)) if entry is not None else None
        return self._table_code(ent.name, date) if ent.type in _NAMED else None

    def _match_table(
        self, doc: Doc, toks: list[Token], used: set[int], date: str | None
    ) -> tuple[str, list[int], str] | None:
        """The first name in the phrase the built-in table knows: (code, token positions, text).

        A person is looked up by the entity's name (the fullest name the article gives), never
        by a part of it ("Charlotte" in "Charlotte Smith" is no city); other names by the
        longest run of tokens the table has."""
        i = 0
        best: tuple[str, list[int], str] | None = None
        while i < len(toks):
            tok = toks[i]
            if i in used or not _nameish(tok):
                i += 1
                continue
            if tok.ent_type_ == "PERSON":
                j = i
                while (
                    j + 1 < len(toks)
                    and toks[j + 1].ent_type_ == "PERSON"
                    and (toks[j + 1].i == toks[j].i + 1 and toks[j + 1].ent_iob_ == "I")
                ):
                    j += 1
                ent = entity_at(doc, tok.idx, toks[j].idx + len(toks[j]))
                text = " ".join(t.text for t in toks[i : j + 1])
                names = [ent.name, *ent.aliases] if ent is not None else [text]
                entry = self.table.person_of(names)
                code = _normalise(entry.role_on(date)) if entry is not None else None
                if code:
                    return code, list(range(i, j + 1)), ent.name if ent is not None else text
                i = j + 1
                continue
            seq: list[str] = []
            ends: list[int] = []
            for j in range(i, min(len(toks), i + 10)):
                if toks[j].text in ("'s", "’s") or (j > i and toks[j].i != toks[j - 1].i + 1):
                    break
                seq.extend(pieces(toks[j].text))
                ends.append(len(seq))
            for k in range(len(ends) - 1, -1, -1):
                key = tuple(seq[: ends[k]])
                entry = self.table.names.get(key)
                if entry is None:
                    continue
                if len(key) == 1 and key not in self.table.curated and not _whole_entity(tok):
                    continue  # a one-word Phoenix name only as a whole name ("Aleppo")
                code = _normalise(entry.role_on(date))
                if code:
                    text = " ".join(t.text for t in toks[i : i + k + 1])
                    hit = (code, list(range(i, i + k + 1)), text)
                    if _placed(code) and len(code) > 3:
                        return hit
                    best = best or hit
                break
            i += 1
        return best

    def _last_organisation(self, doc: Doc, head: Token, date: str | None) -> str | None:
        """The code of the international organisation (IGO) mentioned last before ``head``,
        within about 2,000 characters."""
        best: tuple[int, str] | None = None
        for ent in doc._.ng_entities or []:
            if ent.type != "ORG":
                continue
            near = [m.start for m in ent.mentions if head.idx - 2000 <= m.start < head.idx]
            if not near or (best is not None and max(near) <= best[0]):
                continue
            code = self._entity_code(ent, date)
            if code and code.startswith("IGO"):
                best = (max(near), code)
        return best[1] if best else None

    def _dependant(self, doc: Doc, head: Token, date: str | None) -> _Coded | None:
        """Aides, advisers, allies and staff act for whom they belong to: "her aides" after
        "Mrs. Clinton" -> USAPTY, "aides to Mr. Obama" -> USAGOV; None with no coded owner."""
        owners = [c for c in head.children if c.dep_ == "poss" and c.lower_ != "whose"]
        owners += [
            o
            for c in head.children
            if c.dep_ == "prep" and c.lower_ in ("to", "of", "for") and c.i > head.i
            for o in c.children
            if o.dep_ == "pobj"
        ]
        for owner in owners[:1]:
            if owner.lower_ == "your":
                return None
            a = self.actor(doc, owner, date)
            if a is not None and a.code and _placed(a.code):
                return _Coded(a.code, a.country, a.sector, None)
        return None

    def _owned(self, doc: Doc, coded: _Coded, head: Token, date: str | None) -> _Coded:
        """A domestic sector with no country takes its owner's: "its troops" after "the
        nation of Bangladesh" -> BGDMIL, "Iran's police" -> IRNCOP; the owner is a
        possessive pronoun resolved like any pronoun, or a possessive noun phrase."""
        code = coded.code
        if not code or _placed(code) or code[:3] not in DOMESTIC:
            return coded
        poss = next((c for c in head.children if c.dep_ == "poss"), None)
        if poss is None or poss.lower_ in ("whose", "your", "my", "our"):
            return coded
        owner = self.actor(doc, poss, date)
        if owner is None or not owner.country or not _placed(owner.country):
            return coded
        return _Coded(owner.country + code, owner.country, coded.sector or code[:3], coded.name)

    def _localise(
        self,
        doc: Doc,
        coded: _Coded,
        date: str | None,
        ent_type: str | None = None,
        head: Token | None = None,
    ) -> _Coded:
        """A domestic sector with no country takes the article's dominant country; so does a
        named person or organisation nothing else codes (country only, no sector): in a
        story about Syria an unknown "Ahmed Khalil" is coded SYR, as an event-data user
        would place him."""
        code = coded.code
        if not code and ent_type in ("PERSON", "ORG"):
            home = self.dominant_country(doc, date)
            if home is None:
                return coded
            return _Coded(home, home, coded.sector, coded.name)
        if code and code[:3] == "IMG":
            # a transnational militant group in its home countries is their rebel group
            home = self.dominant_country(doc, date)
            if home is not None and home in _IMG_HOMES.get(code[:9], ()):
                return _Coded(home + "REB", home, "REB", coded.name)
            return coded
        if not code or _placed(code) or code.startswith(INTERNATIONAL):
            return coded
        if code[:3] not in DOMESTIC:
            return coded
        home = _phrase_country(doc, head) if head is not None else None
        if home is None and head is not None and code[:3] in _LOCAL:
            home = _sentence_country(doc, head)
        home = home or self.dominant_country(doc, date)
        if home is None and head is not None:  # no article country: the sentence's one
            home = _sentence_country(doc, head, strict=True)
        if home is None:
            return coded
        return _Coded(home + code, home, coded.sector or code[:3], coded.name)

    def dominant_country(self, doc: Doc, date: str | None) -> str | None:
        """The country the article is about: the most mentioned country (ISO alpha-3) over
        its places (resolved by the gazetteer), its countries, demonyms and capitals, and the
        countries of the people and organisations the actor table knows, when it has at least
        two mentions and 40% of all. Cached on the doc."""
        cache = doc._.ng_cache if isinstance(doc._.ng_cache, dict) else None
        if cache is not None and "actor_country" in cache:
            return cache["actor_country"]  # type: ignore[no-any-return]
        counts: dict[str, float] = {}
        place_spans: set[int] = set()
        for p in doc._.ng_places or []:
            place_iso3 = _alpha3(p.country_code)
            if place_iso3:
                counts[place_iso3] = counts.get(place_iso3, 0.0) + 1.0
                place_spans.add(p.span.start)
        for ent in doc._.ng_entities or []:
            iso3: str | None = None
            if ent.type in ("GPE", "NORP", "LOC"):
                iso3 = ent.country
                n = sum(m.start not in place_spans for m in ent.mentions)
            else:
                code = self._entity_code(ent, date)
                iso3 = (
                    code[:3]
                    if code and _placed(code) and not code.startswith(INTERNATIONAL)
                    else ent.country
                )
                n = len(ent.mentions)
            if iso3 and n:
                counts[iso3] = counts.get(iso3, 0.0) + n
        home = None
        total = sum(counts.values())
        if counts:
            top, best = max(counts.items(), key=lambda kv: kv[1])
            if best >= _DOMINANT_MIN and best >= _DOMINANT_SHARE * total:
                home = top
        if cache is not None:
            cache["actor_country"] = home
        return home

    def _match_actor(self, words: list[str], i: int) -> tuple[int, ActorEntry] | None:
        for d in self.actors:
            m = d.match(words, i)
            if m is not None and isinstance(m[1], ActorEntry):
                return m[0], m[1]
        return None

    def _match_agent(
        self, words: list[str], i: int, toks: list[Token]
    ) -> tuple[int, AgentEntry] | None:
        lemmas = [t.lemma_.lower() for t in toks]
        for d in self.agents:
            for seq in (words, lemmas):
                m = d.match(seq, i)
                if m is not None and isinstance(m[1], AgentEntry):
                    return m[0], m[1]
        return None

    def _country(self, toks: list[Token], used: set[int]) -> tuple[str | None, str | None]:
        """Country (ISO3) from names, demonyms, capitals and institutions in the phrase."""
        texts = [t.text for t in toks]
        n = len(toks)
        for size in (4, 3, 2, 1):
            for i in range(0, n - size + 1):
                if any(j in used for j in range(i, i + size)):
                    continue
                chunk = " ".join(texts[i : i + size])
                if not chunk[:1].isupper():
                    continue
                inst = lexicon.institutions().get(chunk)
                if inst is not None:
                    return inst.country, inst.sector
                iso = lexicon.country_names().get(chunk) or lexicon.demonyms().get(chunk)
                if iso:
                    return iso, None
                cap = lexicon.capitals().get(chunk)
                if cap:
                    return cap, "GOV"
        return None, None


def distribute(pairs: list[tuple[Token, Actor]]) -> list[Actor]:
    """Share agents and countries across one coordination, as PETRARCH does: "Lawmakers and
    officials in Fornost and Gondor" -> FORLEG FORGOV GONLEG GONGOV; "Danish media and
    government" -> DNKMED DNKGOV. ``pairs``: (head, actor) of one role, in reading order."""
    actors = [a for _, a in pairs]
    mixed = next((p for p in pairs if _agent_part(p[1])), None)
    if len(pairs) < 2 or mixed is None:
        return actors
    h0, m = mixed
    agent = _agent_part(m)
    country = m.country or ""
    lone = {id(a) for h, a in pairs if a.code and a.sector and not a.country and h.i > h0.i}
    if not any(c.dep_ == "prep" and c.lower_ in _NP_KEEP_PREPS for c in h0.children):
        # the country is a modifier shared by the coordinated agents ("Danish media and ...")
        base = (m.code or "")[: len(m.code or "") - len(agent)]
        return [
            replace(a, code=base + (a.code or ""), country=country) if id(a) in lone else a
            for a in actors
        ]
    # "Lawmakers and officials in Fornost and Gondor": every agent with every country
    lone |= {id(a) for h, a in pairs if a.code and a.sector and not a.country and h.i < h0.i}
    bare = {id(a) for h, a in pairs if a.code and a.code == a.country and h.i > h0.i}
    agents = [agent] + [a.code or "" for a in actors if id(a) in lone]
    countries = [country] + [a.code or "" for a in actors if id(a) in bare]
    out: list[Actor] = []
    for a in actors:
        if id(a) in lone:
            out.extend(replace(a, code=c + (a.code or ""), country=c) for c in countries)
        elif id(a) in bare:
            out.extend(replace(a, code=(a.code or "") + g, sector=g[:3]) for g in agents)
        else:
            out.append(a)
    return [a for i, a in enumerate(out) if all(a.code != b.code for b in out[:i])]


def _agent_part(a: Actor) -> str:
    """The agent letters after the country of a coded actor ("FORLEG" -> "LEG"), or ""."""
    if not (a.code and a.country and a.sector and a.code.startswith(a.country)):
        return ""
    return a.code[len(a.country) :] if a.code.endswith(a.sector) else ""


def _speaker(doc: Doc, char: int) -> tuple[Entity | None, SpacySpan | None]:
    """The speaker of the innermost quote whose content covers ``char``: its entity, else the
    tokens of its source phrase ("a campaign aide")."""
    inside = [q for q in doc._.ng_quotes or [] if q.content.start <= char < q.content.end]
    if not inside:
        return None, None
    q = min(inside, key=lambda q: q.content.end - q.content.start)
    ent = next((e for e in doc._.ng_entities or [] if q.speaker and e.id == q.speaker), None)
    if ent is not None or q.source is None:
        return ent, None
    return None, doc.char_span(q.source.start, q.source.end, alignment_mode="expand")


def _in_quotes(text: str, char: int) -> bool:
    """Whether ``char`` lies inside quotation marks opened in its own paragraph (a quote that
    runs on over paragraphs opens each of them again)."""
    para = text[text.rfind("\n", 0, char) + 1 : char]
    if para.count("“") > para.count("”"):
        return True
    straight = para.replace("''", '"').replace("``", '"')
    return straight.count('"') % 2 == 1


# a quote finder's quote this far (characters) before a first-person pronoun in quotation
# marks is the one it continues
_QUOTE_RUN = 1200


def _previous_speaker(doc: Doc, char: int) -> tuple[Entity | None, SpacySpan | None]:
    """The speaker of the last quote that ends before ``char`` (within ``_QUOTE_RUN``
    characters) and names one: its entity, else its source phrase."""
    before = [
        q
        for q in doc._.ng_quotes or []
        if char - _QUOTE_RUN <= q.content.end <= char and (q.speaker or q.source)
    ]
    if not before:
        return None, None
    q = max(before, key=lambda q: q.content.end)
    ent = next((e for e in doc._.ng_entities or [] if q.speaker and e.id == q.speaker), None)
    if ent is not None or q.source is None:
        return ent, None
    return None, doc.char_span(q.source.start, q.source.end, alignment_mode="expand")


def _recent_person(doc: Doc, pron: Token) -> Entity | None:
    """An object "him"/"her": the person mentioned last before it (within ~1,500 characters),
    other than the subject of its own clause ("Trump attacked him": not Trump)."""
    subj = next((c for c in pron.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    own = entity_at(doc, subj.idx, subj.idx + len(subj)) if subj is not None else None
    best: tuple[int, Entity] | None = None
    for e in doc._.ng_entities or []:
        if e.type != "PERSON" or e is own:
            continue
        for m in e.mentions:
            if (
                pron.idx - 1500 <= m.start
                and m.end <= pron.idx
                and (best is None or m.start > best[0])
            ):
                best = (m.start, e)
    return best[1] if best else None


def _phrase_country(doc: Doc, head: Token) -> str | None:
    """The country of a place named inside the actor's own phrase ("a federal jury in Fort
    Worth", "police in Kenya"), as the gazetteer resolved it; None when none or several."""
    toks = np_tokens(head)
    lo, hi = toks[0].idx, toks[-1].idx + len(toks[-1])
    found = {
        iso3
        for p in doc._.ng_places or []
        if lo <= p.span.start and p.span.end <= hi
        for iso3 in [_alpha3(p.country_code)]
        if iso3
    }
    return found.pop() if len(found) == 1 else None


def _sentence_country(doc: Doc, head: Token, *, strict: bool = False) -> str | None:
    """The one country the head's sentence names through its places (as the gazetteer
    resolved them) or its country/demonym/capital entities; None when none or several.
    ``strict``: only places that are countries or provinces, not cities (the gazetteer
    makes towns of names it does not know: "Titan", "Servance")."""
    sent = head.sent
    lo, hi = sent.start_char, sent.end_char
    found: set[str] = set()
    for p in doc._.ng_places or []:
        if strict and p.feature not in ("country", "admin1"):
            continue
        if lo <= p.span.start < hi:
            iso3 = _alpha3(p.country_code)
            if iso3:
                found.add(iso3)
    for ent in doc._.ng_entities or []:
        if ent.type in ("GPE", "NORP") and ent.country:
            if any(lo <= m.start < hi for m in ent.mentions):
                found.add(ent.country)
    return found.pop() if len(found) == 1 else None


@lru_cache(maxsize=1)
def _country_codes() -> frozenset[str]:
    extra = {"KSV", "YUG", "SCG", "CSK", "SUN", "DDR", "USR"}
    return frozenset({c.alpha_3 for c in pycountry.countries} | extra)


def _placed(code: str | None) -> bool:
    """Whether a code starts with a country (ISO alpha-3 or CAMEO) or an international code."""
    if not code:
        return False
    return code[:3] in _country_codes() or code.startswith(INTERNATIONAL)


def _sector_of(code: str) -> str | None:
    if code.startswith(INTERNATIONAL):
        return code[:3]
    rest = code[3:] if _placed(code) else code
    return rest[:3] or None


@lru_cache(maxsize=512)
def _alpha3(alpha2: str | None) -> str | None:
    if not alpha2:
        return None
    c = pycountry.countries.get(alpha_2=alpha2.upper())
    return c.alpha_3 if c is not None else None


def _antecedent(pron: Token) -> Token | None:
    """The subject a third-person pronoun most likely refers to (same sentence, else previous)."""
    word = _POSSESSIVE.get(pron.lower_, pron.lower_)
    if word not in ("it", "they", "he", "she", "them", "him", "her"):
        return None
    plural = word in ("they", "them")
    sent = pron.sent

    def agrees(tok: Token) -> Token | None:
        """The subject ``tok`` names if it can be the pronoun's antecedent."""
        if tok.dep_ not in ("nsubj", "nsubjpass") or tok.lower_ in _PRONOUNS or tok == pron:
            return None
        if tok.lower_ in _RELATIVE and tok.head.dep_ == "relcl":
            tok = tok.head.head  # "Mr. Trump, who has been leading in polls, ... his"
        tok = _counted_people(tok)
        if plural != (tok.tag_ in ("NNS", "NNPS") or bool(tok.conjuncts)):
            return None
        if word == "it" and tok.ent_type_ == "PERSON":
            return None
        if word in ("he", "she", "him", "her") and not _personal(tok):
            return None  # "65 percent of Republicans supported his call": not "percent"
        return tok

    tok = pron.head
    for _ in range(6):  # "the Kremlin announced that it was discussing": the governing subject
        if tok.dep_ in ("ccomp", "advcl", "xcomp", "conj") and tok.head != tok:
            tok = tok.head
            subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            # "30 percent of his backers say they ...", not "as much right as anyone else to
            # decide when he's ready"
            found = agrees(subj) if subj is not None else None
            if found is not None:
                return found
        else:
            break
    # the nearest agreeing subject before it in its own sentence ("While Israel stayed out of
    # the war, it has bombed ..."), else the previous sentence's main subject, else the nearest
    # agreeing subject there ("it" is no person: "Trump said it ..." does not make "it" Trump)
    for tok in reversed(pron.doc[sent.start : pron.i]):
        found = agrees(tok)
        if found is not None:
            return found
    if sent.start == 0:
        return _organisation_before(pron, sent.start) if word == "it" else None
    prev = pron.doc[sent.start - 1].sent
    subj = next((c for c in prev.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and subj.lower_ not in _PRONOUNS and agrees(subj) is not None:
        return agrees(subj)
    for tok in reversed(pron.doc[prev.start : sent.start]):
        found = agrees(tok)
        if found is not None:
            return found
    if word == "it":
        return _organisation_before(pron, prev.start)
    if plural:
        # no plural subject: the nearest coordination of names ("Take Sens. Mike Crapo and
        # Jim Risch. Last week, they endorsed ...")
        for tok in reversed(pron.doc[prev.start : pron.i]):
            if (
                tok.pos_ == "PROPN"
                and tok.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
                and tok.dep_ != "conj"
                and any(c.dep_ == "conj" and c.pos_ == "PROPN" for c in tok.children)
            ):
                return tok
    return None


_RELATIVE = frozenset({"who", "that", "which"})


def _counted_people(tok: Token) -> Token:
    """The people a quantity subject counts ("percent of voters" -> voters), else ``tok``."""
    from newsgraph.nlp.events._roles import _counted  # _roles imports this module

    return _counted(tok)


def _organisation_before(pron: Token, start: int) -> Token | None:
    """ "it" with no subject to refer to: the organisation named last between token ``start``
    and the pronoun ("when Mr. Hurt asked Norton to republish the book, it declined")."""
    for tok in reversed(pron.doc[start : pron.i]):
        if tok.ent_type_ == "ORG" and tok.pos_ == "PROPN" and tok.ent_iob_ == "B":
            return _entity_head(tok)
    return None


def _entity_head(tok: Token) -> Token:
    """The syntactic head of the named entity starting at ``tok`` ("the Associated Press")."""
    end = tok.i + 1
    while end < len(tok.doc) and tok.doc[end].ent_iob_ == "I":
        end += 1
    return tok.doc[tok.i : end].root


def _personal(tok: Token) -> bool:
    """Whether a subject can be "he"/"she": a person's name, or a noun the agent dictionary
    or the participant list knows ("the senator", "a spokesman"), not "percent" or "the bill"."""
    if tok.ent_type_:
        return tok.ent_type_ == "PERSON"
    if tok.pos_ == "PROPN":
        return True
    lemma = tok.lemma_.lower()
    agents = builtin_agents()
    return bool(agents.match([lemma], 0) or agents.match([tok.lower_], 0))


def _extent(doc: Doc, head: Token) -> tuple[int, int]:
    """Character extent of the phrase headed by ``head``, widened to a named entity around it."""
    toks = np_tokens(head)
    while len(toks) > 1 and toks[0].dep_ in ("det", "punct", "cc"):
        toks = toks[1:]
    start, end = toks[0].idx, toks[-1].idx + len(toks[-1])
    for ent in doc_ents(doc):
        if ent.start <= head.i < ent.end and not any(t.dep_ == "cc" for t in ent):
            start, end = min(start, ent.start_char), max(end, ent.end_char)
    return start, end


def _fill(coded: _Coded, other: _Coded | None) -> _Coded:
    if other is None:
        return coded
    return _Coded(
        other.code,
        coded.country or other.country,
        coded.sector or other.sector,
        coded.name or other.name,
    )


# people who act for someone else: coded as whom they belong to ("her aides", "aides to
# Mr. Obama"); "my aides" in a quote are the speaker's
_DEPENDANTS = frozenset(
    "aide adviser advisor staff staffer surrogate confidant lieutenant loyalist".split()
)


def _dependant_noun(tok: Token) -> bool:
    lemma = tok.lemma_.lower()
    return lemma in _DEPENDANTS or (lemma.endswith("s") and lemma[:-1] in _DEPENDANTS)


# nouns whose "of" phrase names the country they stand for ("the nation of Bangladesh")
_COUNTRY_NOUNS = frozenset({"nation", "country", "state", "kingdom", "republic", "emirate"})
_LOCALITIES = frozenset({"city", "town", "county", "village", "municipality"})


def _bloc_noun(head: Token) -> bool:
    """ "the alliance", "the bloc": an international organisation named by a common noun."""
    return head.lower_ in ("alliance", "bloc") and any(
        c.dep_ == "det" and c.lower_ == "the" for c in head.children
    )


# monarchies a news story calls "the kingdom"
_KINGDOMS = frozenset(
    "SAU JOR MAR BHR KWT OMN GBR THA KHM BTN ESP NLD BEL SWE NOR DNK SWZ LSO TON".split()
)


def _last_kingdom(doc: Doc, head: Token) -> str | None:
    """The monarchy (country, demonym or capital entity) mentioned last before ``head``,
    within about 2,000 characters."""
    best: tuple[int, str] | None = None
    for ent in doc._.ng_entities or []:
        if ent.type not in ("GPE", "NORP") or ent.country not in _KINGDOMS:
            continue
        for m in ent.mentions:
            if head.idx - 2000 <= m.start < head.idx and (best is None or m.start > best[0]):
                best = (m.start, ent.country)
    return best[1] if best else None


def _home_noun(head: Token) -> bool:
    """ "the country", "this nation", "our country": one country named by a common noun."""
    if head.lower_ not in ("country", "nation", "kingdom"):
        return False
    return any(
        c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "our") for c in head.children
    )


def _acting_locality(head: Token) -> bool:
    """A city, town or county as the subject of a verb acts through its government ("the
    city lifted the curfew", "the town welcomed Trump"); elsewhere it is a place."""
    return (
        head.pos_ == "NOUN"
        and head.lemma_.lower() in _LOCALITIES
        and (head.dep_ == "nsubj" or (head.dep_ == "pobj" and head.head.dep_ == "agent"))
    )


def _has_piece(code: str | None, piece: str) -> bool:
    """Whether ``piece`` is one of the 3-letter pieces of ``code`` after its country."""
    if not code:
        return False
    return any(code[i : i + len(piece)] == piece for i in range(3, len(code), 3))


def _in_prep(tok: Token, head: Token) -> bool:
    while tok != head and tok.head != tok:
        if tok.dep_ == "prep":
            return True
        tok = tok.head
    return False


def _nameish(tok: Token) -> bool:
    return tok.text[:1].isupper() or tok.pos_ == "PROPN"


def _ent_text(doc: Doc, head: Token) -> str:
    for ent in doc_ents(doc):
        if ent.start <= head.i < ent.end:
            return ent.text
    return head.text


def _normalise(code: str | None) -> str | None:
    """Phoenix's multinational-company codes as the country's business sector, the gold's
    convention: MNCUSA -> USABUS."""
    if code and code.startswith("MNC") and len(code) >= 6 and code[3:6] in _country_codes():
        return code[3:6] + "BUS" + code[6:]
    return code


def _whole_entity(tok: Token) -> bool:
    """Whether the token is by itself a whole named entity ("Aleppo", not "Planning" in
    "the Planning and Zoning Commission")."""
    if tok.ent_iob_ != "B" or tok.ent_type_ not in _NAMED:
        return False
    nxt = tok.i + 1
    return nxt >= len(tok.doc) or tok.doc[nxt].ent_iob_ != "I"


def _merge_entity(coded: _Coded, ent: Entity) -> _Coded:
    # a country the linker only defaulted from the article's top country name (confidence
    # 0.6) is left to the actor coder's own article country, which sees resolved places
    weak = ent.confidence <= 0.6 and ent.type == "PERSON"
    country = coded.country or (None if weak else ent.country)
    sector = coded.sector or ent.sector
    code = coded.code
    if code is None and (country or sector):
        code = (country or "") + (sector or "")
    elif code is not None and code == country and sector and ent.type == "PERSON":
        code = country + sector
    return _Coded(code, country, sector, ent.name or coded.name)
