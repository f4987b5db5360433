"""A building that houses a government named for the government ("the White House said",
"according to the Kremlin", "the Pentagon rejected", "White House hopefuls", "a White House
that lies", "the race for the White House") is no place: the GeoWebNews-style sets'
convention (``tests/data/places/README.md``: "an office named after its building is no
place"). The building stays a place where the text puts someone or something in, at or near
it ("at the White House", "outside the Kremlin", "returned to the White House", "visited the
Pentagon") or names a part of it ("the White House lawn").

Which buildings house an office is the ``office`` kind of ``geo_landmarks.tsv``; squares,
palaces of no government and streets keep their readings ("the Tiananmen Square crackdown",
"Wall Street" as the industry, which the sets count). Only the parse decides the use: the
building's head word as a noun modifier, as the object of a preposition that is no
locative, as a subject, or as the object of a verb that is no visiting verb.
"""

from __future__ import annotations

import bisect
from functools import lru_cache

from spacy.tokens import Doc, Token

from newsgraph import datafiles
from newsgraph.model import Place
from newsgraph.nlp._doc import doc_text, token_bounds, tokens

# prepositions that put someone or something in, at or near a building
_LOCATIVE = frozenset(
    "at in inside outside into near to toward towards around within beside behind past "
    "opposite onto on across outta through".split()
)
# verbs whose object is a place one goes to, leaves or stands around
_VISITING = frozenset(
    "visit leave enter tour storm reach surround picket approach evacuate exit "
    "depart circle guard".split()
)
# nouns that name a part or the grounds of a building ("the White House lawn")
_PARTS = frozenset(
    "lawn lawns grounds gate gates fence walls wall steps lobby basement roof driveway "
    "residence complex compound grounds garden gardens wing building perimeter "
    "entrance door doors room rooms hall".split()
)


@lru_cache(maxsize=1)
def office_buildings() -> frozenset[str]:
    """Names of the landmark buildings that house a government (kind ``office``)."""
    rows = datafiles.rows("places/geo_landmarks.tsv", min_cols=5, max_cols=5)
    return frozenset(r[0] for r in rows if r[4] == "office")


def _head(doc: Doc, start: int, end: int) -> Token | None:
    """The token of the character span whose head lies outside it."""
    starts, ends = token_bounds(doc)  # both ascending: the tokens inside are one run
    toks = tokens(doc)[bisect.bisect_left(starts, start) : bisect.bisect_right(ends, end)]
    for t in toks:
        if not start <= t.head.idx < end or t.head is t:
            return t
    return toks[-1] if toks else None


def used_as_office(doc: Doc, start: int, end: int) -> bool:
    """Does the building named at ``start:end`` stand for the office inside it?"""
    head = _head(doc, start, end)
    if head is None:
        return False
    if any(
        c.dep_ == "relcl" and any(w.lower_ in ("who", "whom") for w in c.children)
        for c in head.children
    ):
        return True  # "a White House who have set a standard": people, so the office
    while head.dep_ == "conj" and head.head is not head:
        head = head.head  # "the White House and Congress": as the first of the pair
    gov = head.head
    if head.dep_ in ("compound", "nmod", "amod", "poss"):
        # "White House hopefuls", "the Kremlin's denial"; "the White House lawn" stays
        return not (head.dep_ != "poss" and gov.lemma_.lower() in _PARTS)
    if head.dep_ == "pobj":
        if gov.lower_ == "to" and gov.head.lower_ == "according":
            return True  # "according to the White House"
        return gov.lower_ not in _LOCATIVE  # "for the White House", "by the Pentagon"
    if head.dep_ == "dobj":
        return gov.lemma_.lower() not in _VISITING  # "win the White House"
    # a subject ("the Kremlin denied"), an agent, an appositive: the office
    return head.dep_ in ("nsubj", "nsubjpass", "agent", "relcl", "appos")


def drop_office_buildings(doc: Doc, places: list[Place]) -> list[Place]:
    """The places minus office buildings named for their office."""
    names = office_buildings()
    if not names:
        return places
    text = doc_text(doc)
    return [
        p
        for p in places
        if not (
            text[p.span.start : p.span.end] in names
            and used_as_office(doc, p.span.start, p.span.end)
        )
    ]
