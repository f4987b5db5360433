"""Where an actor's country comes from when its phrase does not say: the article's dominant
country, a transcript's labelled speaker, the international organisation named last.

Part of :class:`newsgraph.nlp.events._actors.ActorCoder`, which inherits :class:`_Context`;
split out of ``_actors`` by responsibility (code moved verbatim).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from newsgraph.nlp._doc import doc_text
from newsgraph.nlp.events._actors_support import supported_person
from newsgraph.nlp.events._codes import (
    DOMESTIC,
    INTERNATIONAL,
    _Coded,
    _normalise,
    _placed,
    _sector_of,
)
from newsgraph.nlp.events._countries import (
    _phrase_country,
    _sentence_country,
    alpha3,
    institution_country,
    sentence_mentions,
    sides_apart,
    victim_place_country,
)
from newsgraph.nlp.events._countries_regions import region_of
from newsgraph.nlp.events._lookups import _Lookups
from newsgraph.nlp.events.actor_table import pieces, role_of

_SPEAKER_LABEL = re.compile(r"\s*[\"“]?\s*([A-Z][A-Za-z.'’ -]{0,40}?)\s*:\s")
_QUESTION_LABEL = re.compile(r"(?:^|\n)\s*Q\s*:\s")

# sectors of people on the scene: a single country named in their sentence places them first
# ("killed 32 people at the Brussels airport" in a story about Nice -> BELCVL)
_LOCAL = frozenset({"CVL", "REB", "COP", "CRM"})
# and nouns for the authorities of the place where something happened ("Authorities blame an
# explosion in the town of Cizre" in a story told from the US -> TURGOV)
_LOCAL_NOUNS = frozenset({"authority"})
# a state's own bodies, one to a country ("the army", "police"; not "troops" or "forces",
# which may be anyone's): with no other country named, of the one country their sentence
# names, cities included ("Army shelling hit a school in Kadugli" -> SDNMIL)
_STATE_BODIES = frozenset({"army", "military", "police", "government", "regime", "junta"})
# courts and their officers judge where the case is: the one country their sentence names
# comes before the article's (a news roundup's US item after a Spanish one: "... will remain
# in custody, a federal judge ruled" on a San Bernardino case -> USAJUD, not ESPJUD)
_COURTS = frozenset({"judge", "court", "prosecutor", "jury"})
# transnational militant groups (Phoenix IMG codes) and the countries where they are coded as
# that country's rebels (the event gold's convention: IS in Iraq/Syria -> IRQREB/SYRREB)
_IMG_HOMES = {
    "IMGMUSISI": ("IRQ", "SYR"),
    "IMGMUSALQ": ("AFG", "PAK", "YEM", "SOM", "MLI"),
}
# the dominant country needs this many weighted mentions, and this share of all of them
_DOMINANT_MIN = 2.0
_DATELINE_WEIGHT = 3.0
_DOMINANT_SHARE = 0.4


class _Context(_Lookups):
    """The article-level context of actors: dominant country, transcript speakers, the IGO
    named last. The coder sets ``actors``, ``agents`` and ``table``."""

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
        code = self._entity_code(ent, date, doc) if ent is not None else None
        if code is None:
            entry = supported_person(
                self.table, self.table.person(m.group(1)), m.group(1), date, doc
            )
            code = _normalise(role_of(entry, date)) if entry is not None else None
        if code is None:
            return None
        country = code[:3] if _placed(code) and not code.startswith(INTERNATIONAL) else None
        name = ent.name if ent is not None else m.group(1)
        return (ent.id if ent is not None else None, code, country, _sector_of(code), name)

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
            code = self._entity_code(ent, date, doc)
            if code and code.startswith("IGO"):
                best = (max(near), code)
        return best[1] if best else None

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
        would place him. With no article country (a lone sentence, a short item) the name
        takes the one country of the people and organisations the table knows in its sentence
        (not its places: they say where, not whose; and not the other side): "David
        Axelrod called on Howard Dean to apologize to Donald Trump" -> USA."""
        code = coded.code
        if not code and ent_type in ("PERSON", "ORG") and head is not None:
            # a town the small model tagged as a person or organisation ("The attack by
            # Russian troops on Kharkiv") that the places component resolved as a town:
            # it stands for its country, like any place that acts or is acted on
            town = _resolved_town(doc, head)
            if town is not None:
                return _Coded(town, town, coded.sector, coded.name)
        if not code and ent_type in ("PERSON", "ORG"):
            home = self.dominant_country(doc, date)
            if home is None and head is not None:
                home = self._sentence_home(doc, head, date, own_only=True)
            if home is None and head is not None:  # a victim: where it happened to them
                home = victim_place_country(doc, head)
            if home is None:
                return coded
            return _Coded(home, home, coded.sector, coded.name)
        if code and code[:3] == "IMG":
            # a transnational militant group in its home countries is their rebel group
            home = self.dominant_country(doc, date)
            if home is not None and home in _IMG_HOMES.get(code[:9], ()):
                return _Coded(home + "REB", home, "REB", coded.name)
            return coded
        region = region_of(head) if head is not None and not _placed(code) else None
        if region is not None and (not code or code[:3] in DOMESTIC):
            # "European leaders" -> EURGOV, "European nations" -> EUR: CAMEO's region codes
            return _Coded(region + (code or ""), None, coded.sector, coded.name)
        if not code or _placed(code) or code.startswith(INTERNATIONAL):
            return coded
        if code[:3] not in DOMESTIC:
            return coded
        if head is not None and regional(head):
            return coded  # "European leaders", "African states": no one country stands for them
        if head is not None and foreign(head):
            return coded  # "foreign journalists in Cairo" are not Egypt's: no country we know
        home = None
        if head is not None:  # a place in its phrase, or an institution only one country has
            home = _phrase_country(doc, head) or institution_country(head)
        if home is None and head is not None and code[:3] in _LOCAL:
            # a victim is of the place it happened ("Saudi-led air strikes killed 20
            # civilians in Yemen" -> YEMCVL), not of the attacker's country the sentence names
            home = victim_place_country(doc, head)
        if (
            home is None
            and head is not None
            and (code[:3] in _LOCAL or head.lemma_.lower() in _LOCAL_NOUNS)
        ):
            home = _sentence_country(doc, head)
        if home is None and head is not None and head.lemma_.lower() in _COURTS:
            home = _one_country(doc, head)
        home = home or self.dominant_country(doc, date)
        if home is None and head is not None:
            # an article about several countries: the one the text just before it is about
            # ("security forces shot dead ... demonstrators" after a paragraph on Ethiopia)
            home = nearby_country(doc, head)
        if home is None and head is not None:  # no article country: the sentence's one
            home = self._sentence_home(doc, head, date)
        if home is None and head is not None and head.lemma_.lower() in _STATE_BODIES:
            # "Army shelling hit a school in Kadugli": a state's own army, police or
            # government, where no other country is named, is that of the place it acts in
            home = _one_country(doc, head)
        if home is None:
            return coded
        return _Coded(home + code, home, coded.sector or code[:3], coded.name)

    def _sentence_home(
        self, doc: Doc, head: Token, date: str | None, *, own_only: bool = False
    ) -> str | None:
        """The one country a sentence names, for an actor in a text with no dominant country
        (a lone sentence, a short item): its countries and provinces, demonyms and capitals,
        and the people and organisations the actor table places there, as a reader infers
        "tech companies" are American in "Hillary Clinton called on tech companies to ...";
        None when it names none or several. ``own_only`` (for a name nothing codes): only
        the coded people, parties and agencies of the sentence count, not its places or
        demonyms ("Assange was accused ... in Stockholm" says nothing of his country), and
        not those only on the other side (:func:`sides_apart`)."""
        mentions = {} if own_only else sentence_mentions(doc, head, strict=True)
        sent = head.sent
        lo, hi = sent.start_char, sent.end_char
        # a conjoined name keeps its own code ("support for Alexa, Google Assistant")
        beside = {t.idx for c in head.conjuncts for t in c.subtree} if own_only else set()
        for ent in doc._.ng_entities or []:
            chars = [m.start for m in ent.mentions if lo <= m.start < hi and m.start not in beside]
            if ent.type not in ("PERSON", "ORG") or not chars:
                continue
            code = self._entity_code(ent, date, doc)
            if not code or not _placed(code) or code.startswith(INTERNATIONAL):
                continue
            if own_only and len(code) <= 3:
                continue  # a name coded by its country alone places no one
            mentions.setdefault(code[:3], []).extend(chars)
        found = sides_apart(doc, head, mentions, own_only=own_only)
        return found.pop() if len(found) == 1 else None

    def dominant_country(self, doc: Doc, date: str | None) -> str | None:
        """The country the article is about: the most mentioned country (ISO alpha-3) over
        its places (resolved by the gazetteer), its countries, demonyms and capitals, and the
        countries of the people and organisations the actor table knows, when it has at least
        two mentions and 40% of all; a dateline place counts three times, streets and
        buildings not at all (their town counts). Cached on the doc."""
        cache = doc._.ng_cache if isinstance(doc._.ng_cache, dict) else None
        if cache is not None and "actor_country" in cache:
            return cache["actor_country"]  # type: ignore[no-any-return]
        counts: dict[str, float] = {}
        place_spans: set[int] = set()
        for p in doc._.ng_places or []:
            place_iso3 = alpha3(p.country_code)
            place_spans.add(p.span.start)
            if place_iso3 and p.feature != "other":
                # streets and buildings are counted through their town; a dateline names
                # where the story is told from
                weight = _DATELINE_WEIGHT if p.rule.startswith("dateline") else 1.0
                counts[place_iso3] = counts.get(place_iso3, 0.0) + weight
        for ent in doc._.ng_entities or []:
            iso3: str | None = None
            if ent.type in ("GPE", "NORP", "LOC"):
                iso3 = ent.country
                n = sum(m.start not in place_spans for m in ent.mentions)
            else:
                code = self._entity_code(ent, date, doc)
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


# the text before an actor that says which country it is about when the article names several
# (targets38): from the start of the actor's paragraph (of the one before, when the actor's
# sentence opens its paragraph) up to the actor, at most this many characters; its one country
# needs this many mentions and this share of all
_NEARBY_CHARS = 1500
_NEARBY_MIN = 2
_NEARBY_SHARE = 2 / 3


def nearby_country(doc: Doc, head: Token) -> str | None:
    """The country (ISO alpha-3) the text just before ``head`` is about: the places resolved
    by the gazetteer and the countries, demonyms and capitals named from the start of its
    paragraph (of the paragraph before, when its sentence opens one) up to it, when one country
    has at least two mentions and two thirds of them, and its own sentence names no other. None
    for an article's first sentence and a lone sentence: only the article's text before the
    sentence makes the context."""
    sent = head.sent
    if sent.start == 0:
        return None
    text = doc_text(doc)
    start = text.rfind("\n", 0, sent.start_char) + 1
    if not text[start : sent.start_char].strip():  # the sentence opens its paragraph
        start = text.rfind("\n", 0, max(start - 1, 0)) + 1
        while start > 0 and not text[start : sent.start_char].strip():
            start = text.rfind("\n", 0, start - 1) + 1
    lo, hi = max(start, sent.start_char - _NEARBY_CHARS), head.idx
    counts: dict[str, int] = {}
    place_spans: set[int] = set()
    for p in doc._.ng_places or []:
        place_spans.add(p.span.start)
        iso3 = alpha3(p.country_code)
        if iso3 and p.feature != "other" and lo <= p.span.start < hi:
            counts[iso3] = counts.get(iso3, 0) + 1
    for ent in doc._.ng_entities or []:
        if ent.type not in ("GPE", "NORP", "LOC") or not ent.country:
            continue
        n = sum(lo <= m.start < hi and m.start not in place_spans for m in ent.mentions)
        if n:
            counts[ent.country] = counts.get(ent.country, 0) + n
    if not counts:
        return None
    top, best = max(counts.items(), key=lambda kv: kv[1])
    if best < _NEARBY_MIN or best < _NEARBY_SHARE * sum(counts.values()):
        return None
    if set(sentence_mentions(doc, head)) - {top}:
        return None  # its own sentence names another country: it may be of either
    return top


# words for a region of several countries, and nouns for states and their officials: together
# they name many countries ("European leaders", "African states", "Latin American governments"),
# none of which the article's or the sentence's country may stand for
_REGIONS = frozenset(
    "european african asian arab western latin nordic baltic balkan scandinavian caribbean".split()
)
_STATE_LEVEL = frozenset(
    """leader state country nation government minister diplomat official ally power partner
    capital""".split()
)


def regional(head: Token) -> bool:
    """Whether a noun for states or their officials is modified by a word for a region of
    several countries ("European leaders", "Latin American governments"; not "Arab residents",
    who live in one country) or is "of" a grouping of many ("the leaders of the G-20 group of
    world economies")."""
    if head.lemma_.lower() not in _STATE_LEVEL:
        return False
    mods = [c for c in head.children if c.dep_ in ("amod", "compound", "nmod") and c.i < head.i]
    mods += [g for c in mods for g in c.children if g.dep_ in ("amod", "compound")]
    return any(m.lower_ in _REGIONS for m in mods) or any(_grouping(o) for o in _of_objects(head))


# words saying a group is not of the place or story it is in ("international monitors" are no
# one country's, actors30); a foreign minister, ministry or secretary is a government's own office
_FOREIGN = frozenset({"foreign", "overseas", "international"})
_OWN_OFFICES = frozenset({"minister", "ministry", "secretary", "office", "affairs", "service"})


def foreign(head: Token) -> bool:
    """Whether a noun for people is called foreign ("foreign donors", "foreign journalists",
    "overseas investors"): the story's or place's country is not theirs. Not an office of the
    country's own government ("the foreign minister")."""
    if head.lemma_.lower() in _OWN_OFFICES:
        return False
    mods = [c for c in head.children if c.dep_ in ("amod", "compound") and c.i < head.i]
    mods += [g for c in mods for g in c.children if g.dep_ == "amod"]  # "foreign business leaders"
    return any(m.lower_ in _FOREIGN for m in mods)


_GROUP_NAME = re.compile(r"^G-?\d{1,2}$")  # "G-20", "G7"
_MEMBERS = frozenset({"country", "nation", "state", "economy", "government"})


def _of_objects(tok: Token) -> list[Token]:
    return [o for c in tok.children if c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]


def _grouping(tok: Token) -> bool:
    """A grouping of many countries: a "G-20" style name, or a noun whose "of" phrase counts
    countries ("the group of world economies", "a bloc of nations"); not "the rebel group"."""
    if _GROUP_NAME.match(tok.text):
        return True
    return any(o.lemma_.lower() in _MEMBERS and o.tag_ == "NNS" for o in _of_objects(tok))


def _one_country(doc: Doc, head: Token) -> str | None:
    """The one country the head's sentence names (its places, cities included, countries,
    demonyms and capitals), or None when it names none or several."""
    found = sentence_mentions(doc, head)
    return next(iter(found)) if len(found) == 1 else None


def _resolved_town(doc: Doc, head: Token) -> str | None:
    """The country (ISO alpha-3) of the town or province the places component resolved over
    exactly the name ``head`` heads, or None. The places component weighs names against
    people and organisations (first names, "University of", ...), so a name it kept as a town
    is one ("Kharkiv" tagged PERSON by the model)."""
    lo, hi = head.left_edge.idx, head.idx + len(head)
    for p in doc._.ng_places or []:
        if p.span.start == lo and p.span.end == hi and p.feature in ("city", "admin1"):
            return alpha3(p.country_code) or None
    return None
