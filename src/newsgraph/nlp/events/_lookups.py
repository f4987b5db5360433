"""Name lookups of the actor coder (:class:`newsgraph.nlp.events._actors.ActorCoder` inherits
them): the user's PETRARCH actor and agent dictionaries, the built-in actor table (a person by
the fullest name the article gives them) and the lexicons' institutions, country names,
demonyms and capitals."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsgraph import lexicons as lexicon
from newsgraph.model import Entity
from newsgraph.nlp._doc import entity_at
from newsgraph.nlp.events._actors_support import supported_person
from newsgraph.nlp.events._codes import _normalise, _placed
from newsgraph.nlp.events._countries import alpha3
from newsgraph.nlp.events._countries_namesakes import namesake_country
from newsgraph.nlp.events._phrases import _NAMED, _nameish, _whole_entity
from newsgraph.nlp.events.actor_table import ActorTable, cached_pieces, role_of
from newsgraph.nlp.events.dictionaries import ActorEntry, AgentEntry, Dictionary


def _acronym_of_organisation(tok: Token, code: str | None) -> bool:
    """An all-capital acronym the table codes as an international organisation, though the
    tagger saw no entity ("ECOWAS threatened military action", "UNICEF delivered vaccines":
    tagged common nouns); not in a sentence written all in capitals (a headline)."""
    if not code or not code.startswith(("IGO", "NGO")):
        return False
    text = tok.text
    if len(text) < 3 or not text.isalpha() or not text.isupper():
        return False
    words = [t for t in tok.sent if t.is_alpha and t.i != tok.i]
    return any(not t.is_upper for t in words)


def _common_word(tok: Token) -> bool:
    """A capitalised common noun where the table knows an acronym, not the name: not a proper
    noun, not all capitals, outside every entity ("Ice blocked the road" is no "ICE"; "Nato"
    tagged a name is NATO)."""
    return tok.pos_ != "PROPN" and not tok.text.isupper() and not tok.ent_type_


class _Lookups:
    """Looks names up; the coder sets ``actors``, ``agents`` and ``table``."""

    actors: list[Dictionary]
    agents: list[Dictionary]
    table: ActorTable

    def _table_code(self, name: str, date: str | None, kind: str | None = None) -> str | None:
        entry = self.table.person(name) if kind == "PERSON" else self.table.get(name)
        return _normalise(role_of(entry, date)) if entry is not None else None

    def _entity_code(self, ent: Entity, date: str | None, doc: Doc | None = None) -> str | None:
        """The table's code for a linked entity: a person by any of the names the article
        gives them (fullest first), one only the Phoenix country table knows where the article
        ``doc`` backs it (:mod:`._actors_support`); anything else by its name."""
        if ent.type == "PERSON":
            entry = self.table.person_of([ent.name, *ent.aliases])
            entry = supported_person(self.table, entry, ent.name, date, doc)
            return _normalise(role_of(entry, date)) if entry is not None else None
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
                entry = supported_person(self.table, entry, names[0], date, doc)
                code = _normalise(role_of(entry, date)) if entry is not None else None
                if code:
                    return code, list(range(i, j + 1)), ent.name if ent is not None else text
                i = j + 1
                continue
            seq: list[str] = []
            ends: list[int] = []
            for j in range(i, min(len(toks), i + 10)):
                if toks[j].text in ("'s", "’s") or (j > i and toks[j].i != toks[j - 1].i + 1):
                    break
                seq.extend(cached_pieces(toks[j].text))
                ends.append(len(seq))
            for k in range(len(ends) - 1, -1, -1):
                key = tuple(seq[: ends[k]])
                entry = self.table.names.get(key)
                if entry is None:
                    continue
                code = _normalise(role_of(entry, date))
                if (
                    len(key) == 1
                    and key not in self.table.curated
                    and not _whole_entity(tok)
                    and not _acronym_of_organisation(tok, code)
                ):
                    continue  # a one-word Phoenix name only as a whole name ("Aleppo")
                if key in self.table.acronyms and _common_word(tok):
                    break  # "Ice covered the roads" is no "ICE"
                if code and len(code) == 3:
                    code = namesake_country(toks[i : i + k + 1], code)
                if code:
                    text = " ".join(t.text for t in toks[i : i + k + 1])
                    hit = (code, list(range(i, i + k + 1)), text)
                    if _placed(code) and len(code) > 3:
                        return hit
                    best = best or hit
                break
            i += 1
        return best

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

    def _country(
        self, toks: list[Token], used: set[int], date: str | None = None
    ) -> tuple[str | None, str | None]:
        """Country (ISO3) from names, demonyms (also plural: "Soviets"), capitals and
        institutions in the phrase; "Soviet" is CAMEO's SUN (the Soviet Union) unless the
        article is dated after 1991 (then the lexicon's Russia)."""
        iso, sector = self._country_of(toks, used)
        if iso == "RUS" and (date is None or date < _SOVIET_END):
            if any(t.lower_ in _SOVIET and k not in used for k, t in enumerate(toks)):
                return "SUN", sector
        return iso, sector

    def _country_of(self, toks: list[Token], used: set[int]) -> tuple[str | None, str | None]:
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
                iso = (
                    lexicon.country_names().get(chunk)
                    or lexicon.demonyms().get(chunk)
                    or _plural_demonym(chunk)
                )
                if iso and _in_person_name(toks[i : i + size]):
                    continue  # "Police Chief Chuck Jordan", "Paris Hilton": a person's name
                if iso and i > 0 and chunk in _REGION_TAILS and toks[i - 1].text in _REGION_HEADS:
                    continue  # "Latin American leaders": a region of many countries
                if iso:
                    part_of = _longer_place(toks, i, size)
                    if part_of is None:  # "the Lebanon city council" of Lebanon, Pa.: USA
                        return namesake_country(toks[i : i + size], iso), None
                    if part_of:
                        return part_of, None  # "the New Mexico governor": USA, not MEX
                    continue  # "New South Wales": no place of Wales'
                cap = lexicon.capitals().get(chunk)
                if cap:
                    home = namesake_country(toks[i : i + size], cap)
                    return (cap, "GOV") if home == cap else (home, None)
        return None, None


_SOVIET = frozenset({"soviet", "soviets", "ussr", "u.s.s.r."})
_SOVIET_END = "1991-12-26"  # the day after the Soviet Union was dissolved


def _plural_demonym(chunk: str) -> str | None:
    """The country of a plural demonym noun the lexicon lists in the singular only
    ("Soviets", "Czechs", "Britons" after "Briton"); a one-word name ending in "s"."""
    if len(chunk) < 5 or " " in chunk or not chunk.endswith("s") or chunk.endswith("ss"):
        return None
    return lexicon.demonyms().get(chunk[:-1])


# "American" after these names a region of many countries ("Latin American", "South American",
# "Central American", "North American"), not the United States
_REGION_HEADS = frozenset({"Latin", "South", "Central", "North"})
_REGION_TAILS = frozenset({"American", "Americans", "America"})


def _in_person_name(chunk: list[Token]) -> bool:
    """Whether a country name or demonym is only a part of a longer person's name the tagger
    found ("Chuck Jordan", "Paris Hilton", "Kenya Moore"): a first or last name, not the
    country. A name with "of" in it ("King Abdullah of Jordan") keeps its country."""
    if any(t.ent_type_ != "PERSON" for t in chunk):
        return False
    doc = chunk[0].doc
    start = chunk[0].i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = chunk[-1].i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    name = doc[start:end]
    if len(name) <= len(chunk):
        return False
    return not any(t.lower_ in ("of", "de", "al") for t in name)


def _longer_place(toks: list[Token], i: int, size: int) -> str | None:
    """Whether a country name or demonym at ``toks[i:i+size]`` is part of a longer place name:
    the country (ISO3) of the place the gazetteer resolved over it ("New Mexico", "New Jersey"
    are US states, not Mexico or Jersey), "" for a name after "New" the gazetteer has not
    resolved ("New South Wales"), else None (the name stands for its country). Not a facility
    the gazetteer placed ("the Israeli embassy in Buenos Aires" stays Israel's)."""
    doc = toks[0].doc
    lo, hi = toks[i].idx, toks[i + size - 1].idx + len(toks[i + size - 1])
    for p in doc._.ng_places or []:
        if p.feature == "other":
            continue  # a facility ("the Israeli embassy" in Buenos Aires) is no place name
        if p.span.start <= lo and hi <= p.span.end and (p.span.start < lo or p.span.end > hi):
            return alpha3(p.country_code) or ""
    before = [t.text for t in toks[max(0, i - 2) : i]]
    if before[-1:] == ["New"] or (len(before) == 2 and before[0] == "New" and before[1].istitle()):
        return ""
    return None
