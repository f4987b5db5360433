"""Releases someone orders (issue 10 item 1, types25).

An order to release people is the release (CAMEO 0841 "return, release person(s)" is PLOVER
RETREAT ``release`` in CAMEO2PLOVER), with whoever gave the order as its source and the people
as its target, when the sentence tells the release as what was ordered:

* a release participle on the ordered people: "ordered the prisoners released", "ordered more
  than 5,000 prisoners to be freed" (the parser hangs the participle on the noun, so the
  release verb has no subject or object of its own and was dropped);
* a release noun the order takes, whatever people its "of" names: "ordered the immediate
  release of six American citizens" (the release-noun pattern knows only the captive nouns);
* the people ordered released in the passive, the order's giver in the "by" phrase: "The
  prisoners were ordered released by a judge".

Orders of goods ("ordered 40 new aircraft"), a film or an album released, and releases told
with their own subject and object ("ordered that 40 protesters be released", "ordered police
to free the aides") are not touched here.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from newsgraph.model import Actor, Event
from newsgraph.nlp._doc_words import with_lemma
from newsgraph.nlp.events._patterns import Pattern
from newsgraph.nlp.events._roles import subject

ActorsOf = Callable[[Doc, list[Token], "str | None"], list[Actor]]
MakeEvent = Callable[..., Event]

# verbs of giving an order
_ORDER = frozenset({"order", "direct", "instruct", "command", "decree"})
# verbs and nouns of releasing people
_RELEASE_VERBS = frozenset({"release", "free"})
_RELEASE_NOUNS = frozenset({"release", "freeing"})

_RELEASE = Pattern(
    name="retreat.ordered_release",
    pos="V",
    lemma="release",
    with_=frozenset(),
    type="RETREAT",
    mode="release",
    cameo="0841",
    targets=frozenset(),
    context="legal",
    reciprocal=False,
)


def _released_people(order: Token) -> list[tuple[Token, Token]]:
    """(release word, people) pairs the order verb tells: a participle on its object ("the
    prisoners released", "prisoners to be freed") or a release noun object's "of" object."""
    found: list[tuple[Token, Token]] = []
    for obj in (c for c in order.children if c.dep_ == "dobj"):
        lemma = obj.lemma_.lower()
        if obj.pos_ == "NOUN" and lemma in _RELEASE_NOUNS:
            ofs = [c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"]
            # a headline's "of" the parser hangs on the verb: "Judge orders release of 12 ..."
            ofs = ofs or [c for c in order.children if c.dep_ == "prep" and c.lower_ == "of"]
            for prep in ofs:
                found += [(obj, g) for g in prep.children if g.dep_ == "pobj"]
            continue
        for part in obj.children:
            if (
                part.dep_ in ("acl", "relcl")
                and part.tag_ == "VBN"
                and part.lemma_.lower() in _RELEASE_VERBS
                and not any(c.dep_ in ("dobj", "nsubj") for c in part.children)
            ):
                found.append((part, obj))
    return found


def _passive_release(order: Token) -> tuple[Token, Token, Token] | None:
    """(release participle, people, giver) of "X were ordered released by Y"."""
    people = [c for c in order.children if c.dep_ == "nsubjpass"]
    parts = [
        c
        for c in order.children
        if c.dep_ in ("xcomp", "oprd") and c.tag_ == "VBN" and c.lemma_.lower() in _RELEASE_VERBS
    ]
    if not people or not parts:
        return None
    givers = [
        g
        for v in (parts[0], order)
        for a in v.children
        if a.dep_ == "agent"
        for g in a.children
        if g.dep_ == "pobj"
    ]
    return (parts[0], people[0], givers[0]) if givers else None


def ordered_releases(
    doc: Doc, events: list[Event], date: str | None, actors: ActorsOf, make: MakeEvent
) -> list[Event]:
    """RETREAT ``release`` events for the releases orders tell (module doc) that no event
    already covers."""
    covered = {(e.trigger.start, e.trigger.end) for e in events}
    starts = {e.trigger.start for e in events if e.type == "RETREAT"}
    out: list[Event] = []
    for order in with_lemma(doc, _ORDER):  # the tokens of an order verb's lemma only
        if order.pos_ != "VERB" or order.lemma_.lower() not in _ORDER:
            continue
        giver = subject(order)
        found = [(w, p, giver) for w, p in _released_people(order)] if giver is not None else []
        passive = _passive_release(order)
        if passive is not None:
            found.append(passive)
        for word, people, giver in found:
            end = word.idx + len(word)
            if word.idx in starts or (word.idx, end) in covered:
                continue
            sources = actors(doc, [giver], date)
            targets = [a for a in actors(doc, [people], date) if a not in sources]
            if not sources or not targets:
                continue
            starts.add(word.idx)
            out.append(make(doc, word, word.idx, end, _RELEASE, sources, targets, date))
    return out
