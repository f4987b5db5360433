"""Barriers put up by troops and border forces (issue 10 item 1, real26).

Fortifying positions is MOBILIZE (CAMEO 15 "exhibit force posture"; the ``lex.mobilize.fortify``
and ``mobilize.reinforce`` patterns: "soldiers have begun reinforcing their positions"). News
of a border or a front line often tells the fortification by what is put up: "Department of
Defense personnel are installing concertina wire, and pre-positioning jersey barriers,
barricades, and fencing", "the active-duty servicemen ... have mainly been erecting
barbed-wire fences along the border", "The military continues to put up razor wire at the
border". These verbs (install, erect, put up, build, lay, string) are everyday words, so no
pattern had them.

A verb of putting up whose object (or a coordinated object) is a barrier word (wire,
barricade, barrier, fence, fencing, sandbag, roadblock) is MOBILIZE ``troops`` (``police``
for police) when its subject is armed or police force: an actor coded military or police, or
a force noun (troops, soldiers, marines, servicemen, military, army, guardsmen, police,
defence). A farmer putting up a fence, a council erecting barriers for a parade or workers
installing fencing around a park ("Workers installed a new fence around the playground")
stay no event.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from spacy.tokens import Doc, Token

from newsgraph.model import Actor, Event
from newsgraph.nlp._doc import doc_text, tokens
from newsgraph.nlp._doc_words import lemma_indices
from newsgraph.nlp.events._patterns import Pattern
from newsgraph.nlp.events._roles import subject

ActorsOf = Callable[[Doc, list[Token], "str | None"], list[Actor]]
MakeEvent = Callable[..., Event]

_PUT_UP = frozenset(
    {"install", "instal", "erect", "build", "lay", "string", "pre-position", "preposition"}
)
# "put" only with its particle "up"
_PUT = frozenset({"put", "set"})
_BARRIERS = frozenset(
    {"wire", "barricade", "barrier", "fence", "fencing", "sandbag", "roadblock", "razor-wire"}
)
# nouns of armed or police force as the subject
_FORCES = frozenset(
    {
        "troop",
        "soldier",
        "marine",
        "serviceman",
        "servicemen",
        "military",
        "army",
        "guardsman",
        "guardsmen",
        "police",
        "paratrooper",
        "defense",
        "defence",
        "pentagon",
    }
)
_FORCE_SECTORS = ("MIL", "COP")

_FORTIFY = Pattern(
    name="mobilize.put_up_barriers",
    pos="V",
    lemma="erect",
    with_=frozenset(),
    type="MOBILIZE",
    mode="troops",
    cameo="150",
    targets=frozenset(),
    context="military",
    reciprocal=False,
)
_POLICE = dataclasses.replace(_FORTIFY, name="mobilize.put_up_barriers.police", mode="police")


def _lemma(t: Token) -> str:
    return t.lemma_.lower()


def _putting_up(verb: Token) -> bool:
    if verb.pos_ != "VERB":
        return False
    lemma = _lemma(verb)
    if lemma in _PUT_UP or verb.lower_.startswith("pre-position"):
        return True
    return lemma in _PUT and any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children)


def _barrier_object(verb: Token) -> bool:
    """The verb's object or one coordinated with it is a barrier ("installing concertina wire",
    "erecting barbed-wire fences", "jersey barriers, barricades, and fencing")."""
    objs = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    objs += [g for o in list(objs) for g in o.conjuncts]
    for o in objs:
        words = {_lemma(o), o.lower_}
        words |= {_lemma(c) for c in o.children if c.dep_ in ("compound", "amod")}
        if words & _BARRIERS:
            return True
    return False


def _force(doc: Doc, head: Token, coded: list[Actor]) -> bool:
    """The subject is armed or police force: a force noun, or an actor coded MIL or COP."""
    # the head and the words of its own phrase before it ("Department of Defense personnel")
    words = {_lemma(head), head.lower_}
    words |= {_lemma(t) for t in head.subtree if t.i < head.i}
    if words & _FORCES:
        return True
    return any((a.code or "").endswith(_FORCE_SECTORS) or a.sector in _FORCE_SECTORS for a in coded)


def _stranded_force(verb: Token) -> Token | None:
    """The subject the parser hung on an adverbial participle instead ("the servicemen deployed
    under Operation X have been erecting ...": "servicemen" is the subject of "deployed")."""
    for c in verb.children:
        if c.dep_ == "advcl" and c.i < verb.i:
            subj = next((g for g in c.children if g.dep_ == "nsubj"), None)
            if subj is not None:
                return subj
    return None


def barriers_put_up(
    doc: Doc, events: list[Event], date: str | None, actors: ActorsOf, make: MakeEvent
) -> list[Event]:
    """MOBILIZE events for barriers forces put up (module doc) that no MOBILIZE event covers."""
    taken = {e.trigger.start for e in events if e.type == "MOBILIZE"}
    out: list[Event] = []
    # only the tokens _putting_up can accept: a put-up lemma, "put"/"set", "pre-position..."
    toks = tokens(doc)
    candidates = set(lemma_indices(doc, _PUT_UP | _PUT))
    if "pre-position" in doc_text(doc).lower():  # rare: only then a look at every token
        candidates.update(t.i for t in toks if t.lower_.startswith("pre-position"))
    for i in sorted(candidates):
        verb = toks[i]
        if verb.idx in taken or not _putting_up(verb) or not _barrier_object(verb):
            continue
        if any(c.dep_ == "neg" for c in verb.children):
            continue
        heads = [h for h in (subject(verb), _stranded_force(verb)) if h is not None]
        found = [(h, actors(doc, [h], date)) for h in heads]
        found = [(h, a) for h, a in found if _force(doc, h, a)]
        if not found:
            continue
        head, sources = found[0]
        police = head.lemma_.lower() == "police" or any(
            (a.code or "").endswith("COP") for a in sources
        )
        taken.add(verb.idx)
        pattern = _POLICE if police else _FORTIFY
        out.append(make(doc, verb, verb.idx, verb.idx + len(verb), pattern, sources, [], date))
    return out
