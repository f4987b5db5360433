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

One phrase may stand for several actors (:meth:`ActorCoder.actors_of`): "the foreign ministers
of Armenia and Azerbaijan" (ARMGOV, AZEGOV), "the two countries" / "both leaders" (the two
named last together), "they" for a coordination or for the pair of the sentence before.

The parts live beside it: ``_phrases`` (noun phrases, coordination, nouns that stand for an
actor), ``_pronouns`` (speakers and antecedents), ``_codes`` (sectors, code pieces, merging),
``_countries`` (the country around an actor), ``_pairs`` (phrases standing for two actors
named before), ``_lookups`` (dictionary, table and lexicon lookups), ``_context`` (the
article's dominant country, transcript speakers) and ``_actors_owners`` (whom an actor acts
for: owners, a spokesperson's body; all three inherited by :class:`ActorCoder`); the names
other modules use are importable from here.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from newsgraph.model import Actor, Entity
from newsgraph.nlp._doc import _cached, doc_text, entity_at, span
from newsgraph.nlp.events._actors_groups import kind_pieces
from newsgraph.nlp.events._actors_media import newspaper
from newsgraph.nlp.events._actors_owners import _SPEAKS_FOR, _owned_home, _Owners
from newsgraph.nlp.events._codes import (
    DOMESTIC,
    INTERNATIONAL,
    _Coded,
    _fill,
    _has_piece,
    _merge_entity,
    _placed,
    _sector_of,
    body_sector,
    builtin_agents,
    group_suffixes,
    no_agent_here,
)
from newsgraph.nlp.events._countries import (
    _KINGDOMS,
    _last_kingdom,
    _place_country,
    _sentence_country,
    attacked,
    backer,
    ethnic_country,
    ethnic_homes,
    names_accord,
    people_noun,
    struck_object,
    victim,
)
from newsgraph.nlp.events._countries_descent import descent_demonyms
from newsgraph.nlp.events._datelines import without_dateline
from newsgraph.nlp.events._pairs import (
    _OFFICIALS,
    _capital_as_place,
    _capital_struck,
    _coordinated_pair,
    _country_pair,
    _pair_kind,
    _people_pair,
)
from newsgraph.nlp.events._phrases import (
    _COUNTRY_NOUNS,
    _NAMED,
    _acting_locality,
    _agent_part,
    _bloc_noun,
    _dependant_noun,
    _ent_text,
    _extent,
    _home_noun,
    _in_prep,
    _name_head,
    _nameish,
    conjuncts,
    distribute,
    np_tokens,
    of_members,
)
from newsgraph.nlp.events._pronouns import (
    _FIRST_PERSON,
    _POSSESSIVE,
    _PRONOUNS,
    _antecedent,
    _in_quotes,
    _pair_before,
    _previous_speaker,
    _recent_person,
    _speaker,
    speaker_antecedent,
)
from newsgraph.nlp.events.actor_table import ActorTable, builtin_table
from newsgraph.nlp.events.dictionaries import Dictionary

__all__ = [
    "DOMESTIC",
    "INTERNATIONAL",
    "ActorCoder",
    "_antecedent",
    "_in_quotes",
    "builtin_agents",
    "conjuncts",
    "distribute",
    "np_tokens",
]

_DATELINE = re.compile(r"[A-Z][A-Z.' -]+,\s+[A-Z][a-z]+\.?\s+\d{1,2}\b")


# common nouns for a place whose "of" phrase names it ("the city of Mariupol")
_PLACE_NOUNS = frozenset("city town village municipality province region district".split())


def _named_place(head: Token) -> Token | None:
    """The proper noun a place noun's "of" phrase names ("the town of Halabja"), else the one
    its "in" phrase names ("Duhok province in northern Iraq"), or None."""
    if head.pos_ != "NOUN" or head.lemma_.lower() not in _PLACE_NOUNS:
        return None
    for prep in ("of", "in"):
        for c in head.children:
            if c.dep_ == "prep" and c.lower_ == prep:
                named = [o for o in c.children if o.dep_ == "pobj" and o.pos_ == "PROPN"]
                if named:
                    return named[0]
    return None


# children: no agent ("the children fought over the last slice of cake"), but civilians when
# attacked or seized (:func:`newsgraph.nlp.events._countries.victim`)
_CHILDREN = frozenset(
    "child schoolchild schoolchildren schoolgirl schoolboy pupil girl boy baby infant kid".split()
)


_OFFICES = frozenset({"GOV", "MIL", "LEG", "JUD", "COP", "SPY"})


def _former(toks: list[Token], office: set[int]) -> bool:
    """Whether "former" or "ex-" stands before the office word of an unnamed holder ("a former
    foreign minister", "an ex-general"): they no longer hold it."""
    if not office:
        return False
    first = min(office)
    return any(t.lower_ in ("former", "ex", "ex-") for t in toks[:first])


class ActorCoder(_Owners):
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
        self._resolving: set[tuple[int, int]] = set()  # pronouns being resolved (cycle guard)

    def actor(self, doc: Doc, head: Token, date: str | None) -> Actor | None:
        """The actor a noun phrase headed by ``head`` stands for, or None when it is no actor."""
        if head.lower_ in _PRONOUNS or head.lower_ in _POSSESSIVE:
            return self._pronoun(doc, head)
        named = _name_head(head)
        coded = self._code(doc, named, without_dateline(np_tokens(named)), date)
        if (
            coded is not None
            and coded.country
            and (_capital_as_place(doc, named) or _capital_struck(doc, named))
        ):
            # "attacked a hotel in Mogadishu": the capital is where, not the government;
            # "missiles hit Kyiv": the capital struck is the country (tests/data/events)
            coded = _Coded(coded.country, coded.country, None, coded.name)
        if named != head:  # "his Turkish counterpart Mevlut Cavusoglu": code the title too
            described = self._code(doc, head, np_tokens(head), date)
            if coded is None or coded.code is None:
                coded = described if coded is None else _fill(coded, described)
        appos = next((c for c in named.children if c.dep_ == "appos" and c.pos_ == "NOUN"), None)
        own_code = coded.code if coded is not None else None
        if appos is not None and named.pos_ == "PROPN" and not _placed(own_code):
            # "Amina Diallo, the African Union's special envoy": the title says whom she
            # acts for, when her name alone does not
            described = self._code(doc, appos, np_tokens(appos), date)
            if described is not None and _placed(described.code):
                coded = described if coded is None else _fill(coded, described)
        if (
            (coded is None or coded.code is None)
            and named.pos_ == "PROPN"
            and named.ent_type_ != "PERSON"
            and (attacked(named) or struck_object(named))
        ):
            # a town or region attacked that nothing else codes is its country, as the
            # gazetteer places it ("Russian forces bombarded Mariupol" -> UKR)
            where = _place_country(doc, named)
            if where is not None:
                coded = _Coded(where, where, None, coded.name if coded is not None else None)
        if (coded is None or coded.code is None) and attacked(named):
            # "pounded the city of Mariupol", "the Kurdish town of Halabja": the place named
            place = _named_place(named)
            where = _place_country(doc, place) if place is not None else None
            if where is not None:
                coded = _Coded(where, where, None, coded.name if coded is not None else None)
        if named.lemma_.lower() in _CHILDREN and victim(named):
            # "Gunmen abducted 30 schoolchildren", "killed a Palestinian boy": children
            # attacked or seized are civilians
            if coded is None:
                coded = _Coded("CVL", None, "CVL", None)
            elif coded.code and coded.code == coded.country:
                coded = _Coded(coded.code + "CVL", coded.country, "CVL", coded.name)
        if (coded is None or coded.code is None) and _dependant_noun(named):
            coded = self._dependant(doc, named, date) or coded
        if (coded is None or not coded.country) and named.lemma_.lower() in _SPEAKS_FOR:
            coded = self._body(doc, named, coded, date) or coded
        if coded is None:
            coded = self._mistagged_name(doc, named, date)
        if coded is None or coded.code is None:  # "The group has fought ..." after "The NRA"
            coded = (
                self._named_org(doc, named, date)
                or self._surname(doc, named, date)
                or self._faith_group(doc, named)
                or coded
            )
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

    def actors_of(self, doc: Doc, head: Token, date: str | None) -> list[Actor]:
        """Every actor a noun phrase headed by ``head`` stands for: its :meth:`actor`, and
        where the phrase names several countries or groups in one "of" phrase, one actor each
        ("the foreign ministers of Armenia and Azerbaijan" -> ARMGOV, AZEGOV); "they" / "them"
        whose antecedent is a coordination ("Mike Crapo and Jim Risch"), or with no plural
        antecedent the named subject and object of the previous sentence ("Putin met Erdogan.
        They agreed ..."), stands for each of them, every one spanning the pronoun."""
        if head.lower_ in ("they", "them", "their"):
            group = self._group(doc, head, date)
            if len(group) > 1:
                return group
        pair = self._pair(doc, head, date)
        if pair:  # "the two countries", "both leaders": the two named last
            return pair
        first = self.actor(doc, head, date)
        if first is None:
            return []
        out = [first]
        obj, others = of_members(head)
        if obj is None or not others:
            return out
        own = self.actor(doc, obj, date)
        if own is None or not own.country or own.country != first.country:
            return out  # the phrase's country is not its "of" phrase's
        agent = _agent_part(first)
        for extra in others:
            a = self.actor(doc, extra, date)
            if a is None or not a.code or any(a.code == b.code for b in out):
                continue
            if agent and a.code == a.country:  # "of Armenia and Azerbaijan": AZE + GOV
                a = Actor(a.entity, a.span, a.code + agent, a.country, agent[:3], a.name)
            out.append(a)
        return out

    def _group(self, doc: Doc, pron: Token, date: str | None) -> list[Actor]:
        """The coded members of the group a plural pronoun stands for, spanning the pronoun
        (fewer than two when it stands for no group of differently coded actors)."""
        ante = _antecedent(pron)
        members = conjuncts(ante) if ante is not None else _pair_before(pron)
        pspan = span(doc, pron.idx, pron.idx + len(pron))
        group: list[Actor] = []
        for m in members:
            # "the two countries ... their first joint exercise": each of the pair
            found: list[Actor | None] = [*self._pair(doc, m, date)] or [self.actor(doc, m, date)]
            for a in found:
                if a is not None and a.code and all(a.code != b.code for b in group):
                    group.append(Actor(a.entity, pspan, a.code, a.country, a.sector, a.name))
        return group

    def _pair(self, doc: Doc, head: Token, date: str | None) -> list[Actor]:
        """ "the two countries", "both governments": the two countries named last; "the two
        leaders", "both ministers": the two people named last, each with their own code
        (:func:`_pair_of`); [] for other phrases."""
        kind = _pair_kind(head)
        if kind is None:
            return []
        start, end = _extent(doc, head)
        pspan = span(doc, start, end)
        if kind == "person":
            out: list[Actor] = []
            for ent in _people_pair(doc, head):
                code = self._entity_code(ent, date, doc) or (
                    (ent.country + (ent.sector or "")) if ent.country else None
                )
                if code and _placed(code) and _sector_of(code) in _OFFICIALS:
                    country = code[:3] if not code.startswith(INTERNATIONAL) else None
                    out.append(Actor(ent.id, pspan, code, country, _sector_of(code), ent.name))
            return out if len({a.code for a in out}) == 2 else []
        sector = "GOV" if kind == "government" else None
        # "both sides" only after two countries named together ("Armenia and Azerbaijan"),
        # not the two named last: sides may be parties, teams or the two of an argument
        pair = _coordinated_pair(doc, head) if kind == "side" else _country_pair(doc, head)
        return [Actor(None, pspan, c + (sector or ""), c, sector, c) for c in pair]

    def _pronoun(self, doc: Doc, head: Token) -> Actor | None:
        """A pronoun: its entity if linked; "I"/"we" inside a quote: the quote's speaker; else
        a nearby antecedent's code ("X said it ...")."""
        key = (id(doc), head.i)
        if key in self._resolving:
            return None  # resolving this pronoun already: a cycle of antecedents has no actor
        self._resolving.add(key)
        try:
            return self._resolve_pronoun(doc, head)
        finally:
            self._resolving.discard(key)

    def _resolve_pronoun(self, doc: Doc, head: Token) -> Actor | None:
        pspan = span(doc, head.idx, head.idx + len(head))
        date = doc._.ng_published
        spoke = speaker_antecedent(head)
        if spoke is not None:
            # "China, Pyongyang's only ally, said it was opposed": the speaker, whatever the
            # entity linker chained the pronoun to
            a = self.actor(doc, spoke, date)
            if a is not None and a.code:
                return Actor(a.entity, pspan, a.code, a.country, a.sector, a.name)
        ent = entity_at(doc, head.idx, head.idx + len(head))
        said_by = None  # the source phrase of the quote a first-person pronoun is in
        if ent is None and head.lower_ in _FIRST_PERSON:
            ent, source = _speaker(doc, head.idx)
            if ent is None and source is None and _in_quotes(doc_text(doc), head.idx):
                # a quote's further sentences the quote finder left out: "... I'm a woman,"
                # she said. "I'm going to ask for their support ..."
                ent, source = _previous_speaker(doc, head.idx)
            said_by = source if source is not None and source.root.i != head.i else None
            if ent is None and said_by is not None:
                a = self.actor(doc, said_by.root, date)  # an unnamed source: "an aide said"
                if a is not None:
                    return Actor(a.entity, pspan, a.code, a.country, a.sector, a.name)
        if ent is None and head.lower_ in _FIRST_PERSON:
            labelled = self._transcript_speaker(doc, head, date)
            if labelled is not None:
                return Actor(labelled[0], pspan, labelled[1], *labelled[2:])
        if ent is None and head.lower_ in ("him", "her"):
            ent = _recent_person(doc, head)
        if ent is not None:
            hit = self._entity_code(ent, date, doc)
            if hit:
                country = hit[:3] if _placed(hit) and not hit.startswith(INTERNATIONAL) else None
                return Actor(ent.id, pspan, hit, country, _sector_of(hit), ent.name)
            weak = ent.confidence <= 0.6 and ent.type == "PERSON"  # a defaulted country
            country = None if weak else ent.country
            if country is None and ent.type == "PERSON":
                # "The Ethiopian marathoner Feyisa Lilesa ... when he held": the phrase the
                # person was named in says what the entity does not
                named = self._mention_code(doc, ent, head, date)
                if named is None and said_by is not None:
                    # '"I will ...," police Chief Chuck Jordan said': the attribution after
                    # the quote names the speaker's title
                    a = self.actor(doc, said_by.root, date)
                    named = a if a is not None and a.country and _placed(a.code) else None
                if named is not None:
                    return Actor(ent.id, pspan, named.code, named.country, named.sector, ent.name)
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

    def _mention_code(self, doc: Doc, ent: Entity, before: Token, date: str | None) -> Actor | None:
        """The country-coded actor of the first mentions (five at most) of a person before
        ``before`` whose own phrase places them ("the Ethiopian marathoner Feyisa Lilesa",
        "Nasrin Sotoudeh, an Iranian lawyer"), or None. Cached on the doc per entity."""
        spans = [m for m in sorted(ent.mentions, key=lambda m: m.start) if m.start < before.idx]
        spans = spans[:5]
        memo: dict[tuple[str, int], Actor | None] = _cached(doc, "mention_codes", dict)
        key = (ent.id, len(spans))
        if key in memo:
            return memo[key]
        found: Actor | None = None
        for m in spans:
            span_ = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span_ is None or span_.root.pos_ != "PROPN":
                continue
            a = self.actor(doc, span_.root, date)
            if a is not None and a.country and _placed(a.code):
                found = a
                break
        memo[key] = found
        return found

    def _code(self, doc: Doc, head: Token, toks: list[Token], date: str | None) -> _Coded | None:
        if names_accord(head):
            return None  # "the Paris accord": Paris is where it was signed, no party to it
        toks = [t for t in toks if not names_accord(t)]
        if (paper := newspaper(self, doc, head, date)) is not None:
            return paper  # "The Washington Post": MED of its city's country, not USAGOV
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
            m = self._match_actor(words, i) if _nameish(tok) and not backer(tok) else None
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
        used.update(k for k, t in enumerate(toks) if backer(t))  # "Iranian-backed militias"
        used.update(descent_demonyms(toks))  # "Mexican-American", "Canadian-born": no allegiance
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
        # "Soviet Union" names a country, not a labour union
        used.update(k for k in range(1, len(words)) if words[k - 1 : k + 1] == ["soviet", "union"])
        # agents (longest match anywhere in the phrase, nouns only)
        agent_used: set[int] = set()
        i = 0
        while i < len(toks):
            if i in used or toks[i].pos_ not in ("NOUN", "PROPN", "ADJ", "VERB"):
                i += 1
                continue
            am = self._match_agent(words, i, toks)
            if am is not None and not no_agent_here(toks[i], am[0], head):
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
        suffixes = body_sector(suffixes, [toks[k] for k in agent_used])  # not "BUSGOV"
        if root is None:
            if not suffixes and not prefixes and head.lemma_.lower() not in _COUNTRY_NOUNS:
                # "an attack in Ithilen" is no actor; "the nation of Bangladesh" is
                used.update(i for i, t in enumerate(toks) if _in_prep(t, head))
                if any(i in used for i in fallback_at):  # nor "the situation in Idlib"
                    fallback = None
            # an agent word may also name an institution: "members of Congress" -> USA + LEG
            country, inst_sector = self._country(toks, used - agent_used, date)
            if inst_sector and not suffixes:
                suffixes.append(inst_sector)
            group = ethnic_homes(toks, used - agent_used) if country is None else None
            if group is not None and not (
                suffixes or prefixes or head in [toks[j] for j in group[0]] or people_noun(head)
            ):
                group = None  # "the Kurdish language", "a Tamil film" are no actors
            if group is not None:
                # an ethnic group with no state: its country from the context, civilians
                # unless the phrase names an armed group ("Hutu militias" -> RWAREB)
                country = ethnic_country(doc, head, group[1], self.dominant_country(doc, date))
                fallback = None
                if not suffixes:
                    suffixes.append("CVL")
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
        if name is None and suffixes and suffixes[0] in _OFFICES and _former(toks, agent_used):
            suffixes = ["ELI"]  # "a former Greek foreign minister": CAMEO's elites, GRCELI
        if not suffixes and not prefixes and name is None and len(root or "") <= 3:
            root, suffixes = kind_pieces(head, root)  # "a group backing Rubio", "European nations"
        if root is None and not suffixes and not prefixes and _acting_locality(head):
            suffixes.append("GOV")  # "the city lifted its curfew": the city's government
        if root is None and not suffixes and not prefixes and _bloc_noun(head):
            # "the alliance", "the bloc": the international organisation named last
            bloc = self._last_organisation(doc, head, date)
            if bloc is not None:
                return _Coded(bloc, None, bloc[:3], None)
        if root is None and not suffixes and not prefixes and _owned_home(head):
            # "his country", "their nation": the country of whom the pronoun stands for
            home = self._owners_country(doc, head)
            if home is not None:
                return _Coded(home, home, None, None)
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
        suffixes = group_suffixes(root, suffixes, head)  # "a rebel leader", "armed men"
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
