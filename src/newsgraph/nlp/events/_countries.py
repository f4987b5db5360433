"""The country around an actor: a place named in its own phrase, the one country its sentence
names, the monarchy a story last mentioned ("the kingdom"), the country of an ethnic group
("Tutsis" -> RWA, "Kurds" in a Syria story -> SYR), and ISO alpha-2 -> alpha-3."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

import pycountry
from spacy.tokens import Doc, Token

from newsgraph import datafiles
from newsgraph.errors import ResourceError
from newsgraph.model import Place
from newsgraph.nlp._doc import _cached
from newsgraph.nlp.events._countries_descent import descent_at
from newsgraph.nlp.events._countries_struck import attack_on_place, same_act
from newsgraph.nlp.events._countries_untagged import _person_names, untagged_demonyms
from newsgraph.nlp.events._phrases import np_tokens

_ETHNIC_FILE = "events/actors/ethnic_groups.tsv"


def _phrase_country(doc: Doc, head: Token) -> str | None:
    """The country of a place named inside the actor's own phrase ("a federal jury in Fort
    Worth", "police in Kenya"), as the gazetteer resolved it; None when none or several."""
    toks = np_tokens(head)
    lo, hi = toks[0].idx, toks[-1].idx + len(toks[-1])
    found = {
        iso3
        for p in doc._.ng_places or []
        if lo <= p.span.start
        and p.span.end <= hi
        and not _backer_at(doc, p.span.start)
        and not _across_border_at(doc, p.span.start)
        and not descent_at(doc, p.span.start)
        for iso3 in [alpha3(p.country_code)]
        if iso3
    }
    return found.pop() if len(found) == 1 else None


# institutions only one country has, named by common words: a phrase holding one of these
# word runs is that country's ("A federal grand jury has been addressing the slaying",
# "SWAT officers surrounded the home", "the district attorney said" -> USA)
_INSTITUTIONS: dict[tuple[str, ...], str] = {
    ("grand", "jury"): "USA",
    ("grand", "juries"): "USA",
    ("swat",): "USA",
    ("district", "attorney"): "USA",
    ("district", "attorneys"): "USA",
    ("state", "trooper"): "USA",
    ("state", "troopers"): "USA",
    ("sheriff", "'s", "deputies"): "USA",
    ("sheriff", "'s", "deputy"): "USA",
}
_INSTITUTION_LEN = max(len(k) for k in _INSTITUTIONS)


_ACCORD_NOUNS = frozenset(
    "accord accords agreement treaty protocol protocols convention pact deal declaration".split()
)


def names_accord(tok: Token) -> bool:
    """A city that names an agreement ("the Paris accord", "the Minsk protocols"): where it
    was signed, no side of an event; a country stays a party ("the Iran deal")."""
    return (
        tok.dep_ in ("compound", "nmod", "amod")
        and tok.head.lemma_.lower() in _ACCORD_NOUNS
        and tok.head.i > tok.i
        and named_city(tok)
    )


def named_city(tok: Token) -> bool:
    """A place name the gazetteer resolved to a town or city ("Paris", "Orlando"), not a
    country ("France", "U.S.")."""
    if tok.ent_type_ not in ("GPE", "LOC"):
        return False
    places = tok.doc._.ng_places or []
    return any(p.feature == "city" and p.span.start <= tok.idx < p.span.end for p in places)


def institution_country(head: Token) -> str | None:
    """The country of a one-country institution named in the actor's own phrase
    (:data:`_INSTITUTIONS`), or None."""
    words = [t.lower_.replace("’", "'") for t in np_tokens(head)]
    for i in range(len(words)):
        for n in range(1, _INSTITUTION_LEN + 1):
            home = _INSTITUTIONS.get(tuple(words[i : i + n]))
            if home is not None:
                return home
    return None


def mark_attacked(targets: list[Token]) -> None:
    """Remember the targets of an attack on their doc (the doc's cache, token indices): the
    actor coder codes a town attacked as its country ("shelled Mariupol" -> UKR), which it
    does not do for any name the gazetteer knows as a town somewhere ("Titan's request")."""
    if targets:
        _cached(targets[0].doc, "attacked_heads", set).update(t.i for t in targets)


def attacked(head: Token) -> bool:
    """Whether ``head`` is a target of an attack (:func:`mark_attacked`)."""
    return head.i in _cached(head.doc, "attacked_heads", set)


# verbs of armed force whose direct object is what was struck, before any event is made
_STRIKE_VERBS = frozenset(
    "shell bomb bombard pound strike hit attack raid pummel hammer blitz strafe rocket".split()
)


def struck_object_of(subj: Token) -> list[Token]:
    """The direct objects of the verb of armed force ``subj`` is the subject of ("Israeli air
    strikes hit Gaza" -> Gaza), or none."""
    verb = subj.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _STRIKE_VERBS:
        return []
    return [c for c in verb.children if c.dep_ == "dobj"]


def struck_object(head: Token) -> bool:
    """Whether ``head`` is the direct object of a verb of armed force ("Russian strikes
    pounded Kharkiv"): a town there is struck, which the violence patterns' "harm" check asks
    of the actor coder before :func:`mark_attacked` has run (the small model tags many towns
    as no entity: "Kharkiv", "Donetsk")."""
    return (
        head.dep_ == "dobj"
        and head.head.pos_ == "VERB"
        and head.head.lemma_.lower() in _STRIKE_VERBS
    )


def mark_victims(targets: list[Token]) -> None:
    """Remember the targets of an attack or of coercion (abductions, arrests) on their doc:
    children among them are civilians ("Gunmen abducted 30 schoolchildren"), though children
    are no agent elsewhere ("the children fought over the last slice of cake")."""
    if targets:
        _cached(targets[0].doc, "victim_heads", set).update(t.i for t in targets)


def victim(head: Token) -> bool:
    """Whether ``head`` is a target of an attack or of coercion (:func:`mark_victims`), or the
    "of" object of a quantity that is ("killed dozens of civilians")."""
    marked = _cached(head.doc, "victim_heads", set)
    if head.i in marked:
        return True
    prep = head.head
    return head.dep_ == "pobj" and prep.lower_ == "of" and prep.head.i in marked


def victim_place_country(doc: Doc, head: Token) -> str | None:
    """The one country of the places (as the gazetteer resolved them) the sentence of a
    named victim of an attack or of coercion names, which a coder reading it places the victim
    in: "Hernandez was kidnapped from his store in the town of Trujillo Alto" -> PRI; not the
    victim's own name read as a place, nor a place only on the other side ("troops from
    Chad killed Ahmed Khalil"), nor demonyms ("Turkish media said Khashoggi was beaten": who
    reports it, not where); None when none or several, and for anyone not a victim
    (:func:`victim`: "Assange was accused ... in Stockholm" says nothing of him)."""
    if not victim(head):
        return None
    sent = head.sent
    lo, hi = sent.start_char, sent.end_char
    own_lo, own_hi = head.left_edge.idx, head.idx + len(head)
    marked = _cached(head.doc, "victim_heads", set)
    # "killed dozens of civilians": the quantity holds the clause role
    anchor = head if head.i in marked or head.dep_ != "pobj" else head.head.head
    found: dict[str, list[int]] = {}
    for p in doc._.ng_places or []:
        if not lo <= p.span.start < hi or own_lo <= p.span.start < own_hi:
            continue
        if p.feature == "city" and p.span.text in _person_names(doc):
            continue  # "DuVernay highlights the police killings of Trayvon Martin"
        iso3 = alpha3(p.country_code)
        if iso3 and not _excluded(doc, p.span.start, head) and not _within_other(doc, p, anchor):
            found.setdefault(iso3, []).append(p.span.start)
    return found.popitem()[0] if len(found) == 1 else None


def _within_other(doc: Doc, place: Place, head: Token) -> bool:
    """Whether a place lies inside the phrase of the other side of ``head``'s verb ("troops
    from Chad killed X"), by the heads above it up to that side."""
    role = _clause_role(head)
    span_ = doc.char_span(place.span.start, place.span.start + 1, alignment_mode="expand")
    if role is None or span_ is None or not len(span_):
        return False
    t = span_[0]
    for _ in range(8):
        if t.i == head.i or _struck_in(t):
            return False
        other = _clause_role(t)
        if other is not None and other[0].i == role[0].i:
            return other[1] != role[1]
        if t.head is t:
            break
        t = t.head
    return False


# attack nouns whose "of", "on" or "against" object is the place struck
_ATTACK_NOUNS = frozenset(
    "attack assault bombardment bombing shelling strike airstrike raid offensive siege barrage"
    " blockade invasion incursion onslaught blitz".split()
)


def _struck_in(t: Token) -> bool:
    """Whether ``t`` is the object of an attack noun ("the bombardment of Mariupol by Russian
    forces killed dozens of civilians"): the place struck, where the harm happened, though it
    sits in the phrase of the other side."""
    prep = t.head
    return (
        t.dep_ == "pobj"
        and prep.lower_ in ("of", "on", "against")
        and prep.head.pos_ == "NOUN"
        and prep.head.lemma_.lower() in _ATTACK_NOUNS
    )


def _place_country(doc: Doc, head: Token) -> str | None:
    """The country of the place the gazetteer resolved at ``head`` (a town, region or
    country the actor coder knows by no other name), or None."""
    for p in doc._.ng_places or []:
        if p.span.start <= head.idx < p.span.end:
            return alpha3(p.country_code)
    return None


def _sentence_country(doc: Doc, head: Token, *, strict: bool = False) -> str | None:
    """The one country the head's sentence names through its places (as the gazetteer
    resolved them) or its country/demonym/capital entities; None when none or several.
    ``strict``: only places that are countries or provinces, not cities (the gazetteer
    makes towns of names it does not know: "Titan", "Servance")."""
    found = sentence_countries(doc, head, strict=strict)
    return found.pop() if len(found) == 1 else None


def sentence_countries(doc: Doc, head: Token, *, strict: bool = False) -> set[str]:
    """The countries the head's sentence names through its places and its country, demonym
    and capital entities (``strict``: as :func:`_sentence_country`), less those that name
    the other side of the head's verb (:func:`sides_apart`)."""
    return sides_apart(doc, head, sentence_mentions(doc, head, strict=strict))


def sentence_mentions(doc: Doc, head: Token, *, strict: bool = False) -> dict[str, list[int]]:
    """Country -> the characters the head's sentence names it at, through its places and its
    country, demonym and capital entities (``strict``: as :func:`_sentence_country`)."""
    sent = head.sent
    lo, hi = sent.start_char, sent.end_char
    found: dict[str, list[int]] = {}
    for p in doc._.ng_places or []:
        if strict and p.feature not in ("country", "admin1"):
            continue
        if lo <= p.span.start < hi and not _excluded(doc, p.span.start, head):
            iso3 = alpha3(p.country_code)
            if iso3 and not (p.feature == "city" and p.span.text in _person_names(doc)):
                found.setdefault(iso3, []).append(p.span.start)
    for ent in doc._.ng_entities or []:
        if ent.type in ("GPE", "NORP") and ent.country:
            for m in ent.mentions:
                if not lo <= m.start < hi or _excluded(doc, m.start, head):
                    continue
                if _namesake_at(doc, m.start, ent.country):
                    continue  # "Paris" of "PARIS, Ky." linked to France: its place counts
                found.setdefault(ent.country, []).append(m.start)
    seen = {c for chars in found.values() for c in chars}  # "Ugandan": untagged demonyms
    for iso3, chars in untagged_demonyms(doc, lo, hi, seen).items():
        found.setdefault(iso3, []).extend(c for c in chars if not _excluded(doc, c, head))
    return found


def _namesake_at(doc: Doc, char: int, country: str) -> bool:
    """Whether the name at ``char``, which the entity linker gave ``country``, is a town,
    county or state the gazetteer resolved in another country (actors42)."""
    for p in doc._.ng_places or []:
        if p.span.start == char and p.feature not in ("country", "other"):
            return alpha3(p.country_code) not in (None, country)
    return False


def sides_apart(
    doc: Doc, head: Token, found: dict[str, list[int]], *, own_only: bool = False
) -> set[str]:
    """The countries of ``found`` (country -> the characters it is named at) that may be the
    head's own: a country named only as the other side of the head's verb is not ("The
    foreign minister criticized Japan": no Japanese minister; "Israeli air strikes killed
    ten people in Gaza": the people are Gaza's, not Israel's). A target keeps the source's
    country when the sentence names no other ("Syrian troops killed 20 civilians"): whom
    forces act on is often their own people; a source never takes its target's, nor does
    any side when ``own_only`` (a named person or group: "Israeli troops shot Ahmed Khalil"
    says nothing of his country)."""
    role = _clause_role(head)
    if role is None:
        return set(found)
    own = {
        c for c, chars in found.items() if any(not _other_side(doc, ch, head, role) for ch in chars)
    }
    struck = attack_on_place(role[0], _ATTACK_NOUNS) if role[1] == "target" else None
    if struck is not None:  # the victims of an attack on a place are not the attacker's
        return {c for c in own if any(not struck[0] <= ch < struck[1] for ch in found[c])}
    if own or role[1] == "source" or own_only:
        return own
    return set(found)


# prepositions whose object on a verb is a side it acts on ("fired at Israeli towns", "imposed
# sanctions on Iran", "talks with Japanese officials", "sent aid to Ukraine")
_TARGET_PREPS = frozenset({"at", "against", "on", "with", "to", "into"})
# nouns for an action whose "in"/"during" phrase says who acted ("killed in Israeli strikes")
_ACTIONS = frozenset(
    """attack attacks strike strikes airstrike airstrikes raid raids shelling bombing
    bombardment offensive operation assault ambush crackdown""".split()
)


def _clause_role(tok: Token) -> tuple[Token, str] | None:
    """(verb, "source" | "target") of a noun that is a side of its verb: its subject, the
    agent of a passive or the action a passive happened in are its source; its object, its
    passive subject, or the object of a target preposition its target; None otherwise (a
    setting: "in Lagos", "on Monday")."""
    if tok.dep_ == "nsubj" and tok.head.pos_ in ("VERB", "AUX"):
        return tok.head, "source"
    if tok.dep_ in ("dobj", "dative", "nsubjpass") and tok.head.pos_ in ("VERB", "AUX"):
        return tok.head, "target"
    if tok.dep_ == "pobj":
        prep = tok.head
        verb = prep.head
        if verb.pos_ not in ("VERB", "AUX"):
            return None
        if prep.dep_ == "agent":
            return verb, "source"
        if prep.lower_ in ("in", "during") and tok.lower_ in _ACTIONS:
            return verb, "source"
        if prep.lower_ in _TARGET_PREPS:
            return verb, "target"
    return None


# the dependencies by which a word names (part of) the side it modifies or is coordinated
# with: "Israeli air strikes", "Putin and Merkel", "Erdogan, the Turkish president"
_IDENTITY_DEPS = frozenset({"compound", "amod", "poss", "nmod", "flat", "case", "conj", "appos"})


def _other_side(doc: Doc, char: int, head: Token, role: tuple[Token, str]) -> bool:
    """Whether the country named at ``char`` is the identity (the head, or a modifier of the
    head) of the other side of ``role``'s verb."""
    span_ = doc.char_span(char, char + 1, alignment_mode="expand")
    if span_ is None or not len(span_):
        return False
    t = span_[0]
    for _ in range(6):
        if t.dep_ not in _IDENTITY_DEPS or t.head is t:
            break
        t = t.head
    if t.i == head.i:
        return False
    other = _clause_role(t)  # the same verb, or an infinitive it governs ("vowed to block")
    return other is not None and same_act(other[0], role[0]) and other[1] != role[1]


def _excluded(doc: Doc, char: int, head: Token) -> bool:
    """Whether the country named at ``char`` says nothing of ``head``'s: another's envoy
    (:func:`_others_envoy`), a meeting's venue (:func:`_venue`) or a backer
    (:func:`backer`)."""
    return (
        _others_envoy(doc, char, head)
        or _venue(doc, char)
        or _backer_at(doc, char)
        or _across_border_at(doc, char)
        or descent_at(doc, char)  # "the Canadian-born senator"
    )


_BORDERS = frozenset({"border", "borders", "frontier", "boundary"})


def _name_head(doc: Doc, char: int) -> Token | None:
    """The head word of the name starting at ``char`` (up through its compound and flat
    parts: "Burkina Faso" -> "Faso"), or None when no token is there."""
    span_ = doc.char_span(char, char + 1, alignment_mode="expand")
    if span_ is None or not len(span_):
        return None
    tok = span_[0]
    while tok.dep_ in ("compound", "flat") and tok.head is not tok:
        tok = tok.head
    return tok


def _across_border_at(doc: Doc, char: int) -> bool:
    """Whether the place at ``char`` is the far side of a border ("near the border with
    Niger", "along the frontier with Pakistan") in a sentence that names another country: the
    event is on that side of it ("Burkina Faso's army killed 50 jihadists near the border with
    Niger"); with no other country named the border's country is all the sentence says."""
    tok = _name_head(doc, char)
    if tok is None:
        return False
    prep = tok.head
    if not (tok.dep_ == "pobj" and prep.lower_ == "with" and prep.head.lower_ in _BORDERS):
        return False
    sent = tok.sent
    far = {
        alpha3(p.country_code) for p in doc._.ng_places or [] if p.span.start <= char < p.span.end
    }
    named = {
        alpha3(p.country_code)
        for p in doc._.ng_places or []
        if sent.start_char <= p.span.start < sent.end_char
    } | {
        ent.country
        for ent in doc._.ng_entities or []
        if ent.type in ("GPE", "NORP") and ent.country
        for m in ent.mentions
        if sent.start_char <= m.start < sent.end_char
    }
    return bool(named - far - {None})


# "X-backed": the country or power that backs, arms or funds a group, which is not its own
_BACKING = frozenset(
    "backed sponsored supported funded financed armed trained allied aligned proxy".split()
)


def backer(tok: Token) -> bool:
    """Whether ``tok`` names who backs a group in a hyphenated modifier ("Iranian-backed
    militias", "Russian-backed separatists", "a Turkish-funded faction"): the group is of the
    place it fights in, not of its backer; "Saudi-led" names the leader, which is its side."""
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    return (
        nxt is not None
        and nxt.text in ("-", "‐", "–")
        and not nxt.whitespace_
        and not tok.whitespace_
        and tok.i + 2 < len(tok.doc)
        and tok.doc[tok.i + 2].lower_ in _BACKING
    )


def _backer_at(doc: Doc, char: int) -> bool:
    span_ = doc.char_span(char, char + 1, alignment_mode="expand")
    return span_ is not None and len(span_) > 0 and backer(span_[0])


# words for a meeting, whose venue is no participant's country
_MEETING_VERBS = frozenset("meet talk negotiate confer convene gather consult".split())
_MEETING_NOUNS = frozenset(
    """talk talks meeting meetings summit negotiation negotiations consultation
    consultations""".split()
)


def _venue(doc: Doc, char: int) -> bool:
    """Whether the place named at ``char`` is where a meeting is held: "the foreign ministers
    held talks in Ankara", "the two leaders met in Beijing", "a summit in Doha" (the hosts
    need not be among those who meet; the participants are coded from their own words)."""
    t = _name_head(doc, char)
    if t is None:
        return False
    if t.dep_ != "pobj" or t.head.lower_ not in ("in", "at"):
        return False
    host = t.head.head
    lemma = host.lemma_.lower()
    if lemma in _MEETING_VERBS or host.lower_ in _MEETING_NOUNS or lemma in _MEETING_NOUNS:
        return True
    return host.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "dobj" and c.lower_ in _MEETING_NOUNS for c in host.children
    )


# people who represent a country abroad or before another: their nationality is theirs, and
# says the other side of the sentence is of another country
_REPRESENTATIVES = frozenset(
    "counterpart ambassador envoy delegation delegate consul emissary diplomat".split()
)


def _others_envoy(doc: Doc, char: int, head: Token) -> bool:
    """Whether the country named at ``char`` modifies a representative other than ``head``:
    in "the foreign minister held talks with his Turkish counterpart" and "the president
    hosted the Chinese ambassador" Turkey and China are the visitor's, not the minister's or
    the president's."""
    tok = doc.char_span(char, char + 1, alignment_mode="expand")
    if tok is None or not len(tok):
        return False
    t = tok[0]
    for _ in range(3):
        if t.dep_ not in ("amod", "compound", "poss", "nmod", "pobj", "prep") or t.head is t:
            return False
        t = t.head
        if t.lemma_.lower() in _REPRESENTATIVES:
            return t.i != head.i
    return False


@lru_cache(maxsize=512)
def alpha3(alpha2: str | None) -> str | None:
    """ISO alpha-3 of an alpha-2 country code ("SY" -> "SYR"); None for none or an unknown one."""
    if not alpha2:
        return None
    c = pycountry.countries.get(alpha_2=alpha2.upper())
    return c.alpha_3 if c is not None else None


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


@lru_cache(maxsize=1)
def ethnic_groups() -> dict[tuple[str, ...], tuple[str, ...]]:
    """Ethnic groups with no state of their own (``ethnic_groups.tsv``): the words of each
    name form -> the countries the group lives in, the main one first."""
    out: dict[tuple[str, ...], tuple[str, ...]] = {}
    for line in datafiles.lines(_ETHNIC_FILE):
        cells = line.cells()
        homes = tuple(cells[1].split()) if len(cells) == 2 else ()
        if not homes or not all(len(h) == 3 and h.isupper() for h in homes):
            raise ResourceError(
                _ETHNIC_FILE, "expected names<TAB>ISO alpha-3 codes (space-separated)", line.number
            )
        for name in cells[0].split("|"):
            out[tuple(name.split())] = homes
    return out


@lru_cache(maxsize=1)
def division_peoples() -> dict[tuple[str, ...], tuple[str, ...]]:
    """The people of a country's first-level division (the places' demonym table,
    ``geo_division_demonyms.tsv``: "Texans", "Virginians", "Bavarians") -> their country."""
    out: dict[tuple[str, ...], tuple[str, ...]] = {}
    for demonym, _name, alpha2 in datafiles.rows(
        "places/geo_division_demonyms.tsv", min_cols=3, max_cols=3
    ):
        iso3 = alpha3(alpha2)
        if iso3 is not None:
            for form in (demonym, demonym + "s"):
                out[tuple(form.split())] = (iso3,)
    return out


@lru_cache(maxsize=1)
def _peoples() -> dict[tuple[str, ...], tuple[str, ...]]:
    return division_peoples() | ethnic_groups()


def ethnic_homes(toks: Sequence[Token], used: set[int]) -> tuple[list[int], tuple[str, ...]] | None:
    """The first ethnic group (or people of a region: "Texans") named in a phrase's tokens
    (not in ``used``), as written with a capital: (its token positions, its countries), or
    None."""
    table = _peoples()
    for i, tok in enumerate(toks):
        if i in used or not tok.text[:1].isupper():
            continue
        for size in (2, 1):
            span = range(i, i + size)
            if i + size > len(toks) or any(j in used for j in span):
                continue
            homes = table.get(tuple(toks[j].text for j in span))
            if homes is not None:
                return list(span), homes
    return None


@lru_cache(maxsize=1)
def _people_words() -> frozenset[str]:
    return datafiles.words("events/event_participants.txt")


def people_noun(head: Token) -> bool:
    """Whether a noun names people (``event_participants.txt``: villagers, refugees, ...)."""
    words = _people_words()
    return head.lemma_.lower() in words or head.lower_ in words


def ethnic_country(doc: Doc, head: Token, homes: tuple[str, ...], dominant: str | None) -> str:
    """Which of an ethnic group's countries an actor is in: the one a place in its own phrase
    is in ("Kurds in northern Syria"), else the article's dominant country, else the one its
    sentence names, else the one the article's countries, demonyms and capitals name most,
    else the group's main country. (The sentence comes after the article: in "the Kurds
    accused Turkey" of a Syria story, Turkey is the other side.)"""
    if len(homes) == 1:
        return homes[0]
    for here in (_phrase_country(doc, head), dominant, _sentence_country(doc, head)):
        if here in homes:
            return here
    counts = {h: 0 for h in homes}
    for ent in doc._.ng_entities or []:
        if ent.type in ("GPE", "NORP") and ent.country in counts:
            counts[ent.country] += len(ent.mentions)
    best = max(homes, key=lambda h: (counts[h], -homes.index(h)))
    return best if counts[best] else homes[0]
