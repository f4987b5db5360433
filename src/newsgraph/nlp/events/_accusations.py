"""A claim of a hostile act is an accusation: "S says X is aiding terrorists" codes ACCUSE by S
against X beside the reported act (moved from :mod:`newsgraph.nlp.events.component`)."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from newsgraph.model import Actor, Event
from newsgraph.nlp.events._flags import cues
from newsgraph.nlp.events._patterns import Pattern
from newsgraph.nlp.events._roles import subject

ActorsOf = Callable[[Doc, list[Token], "str | None"], list[Actor]]
MakeEvent = Callable[..., Event]


def accuse_pattern(name: str) -> Pattern:
    """The pattern of an accusation read off a verb of saying (no pattern row: its name says
    which rule made it)."""
    return Pattern(
        name=name,
        pos="V",
        lemma="say",
        with_=frozenset(),
        type="ACCUSE",
        mode="allege",
        cameo="112",
        targets=frozenset(),
        context=None,
        reciprocal=False,
    )


_ACCUSE = accuse_pattern("accuse.claim_hostile_act")


# acts of force a speaker reports are the acts ("the army said its forces killed eight
# militants"), whatever their targets are called (long22)
_REPORTED_ACTS = frozenset({"ASSAULT", "COERCE"})


def reported_accusations(
    doc: Doc, events: list[Event], date: str | None, actors: ActorsOf, make: MakeEvent
) -> list[Event]:
    """A claim of a hostile act ("S says X is aiding terrorists") is an accusation."""
    c = cues()
    out: list[Event] = []
    by_start = {e.trigger.start: e for e in events}
    for ev in events:
        tok = doc.char_span(ev.trigger.start, ev.trigger.end, alignment_mode="expand")
        if tok is None or not ev.sources or ev.type in _REPORTED_ACTS:
            continue
        head = tok.root
        if head.dep_ != "ccomp" or head.head.lemma_.lower() not in c["say"]:
            continue
        # a claim that someone aids terrorists; not a reported act of force or coercion
        # ("Tbilisi says the separatists launched an attack" is the attack, PLOVER-coded
        # as reported: tune sentences only ever had the act as their event)
        hostile = any(
            w.lower_.rstrip("s") in c["allegation_label"]
            or w.lemma_.lower() in c["allegation_label"]
            for a in ev.targets
            for w in doc.char_span(a.span.start, a.span.end, alignment_mode="expand") or []
        )
        say = head.head
        speaker = subject(say)
        if not hostile or speaker is None or say.idx in by_start:
            continue
        sources = actors(doc, [speaker], date)
        if not sources:
            continue
        targets = [a for a in ev.sources if a not in sources]
        out.append(make(doc, say, say.idx, say.idx + len(say), _ACCUSE, sources, targets, date))
    return out
