"""PLOVER event coder (spaCy component ``newsgraph_events``), with CAMEO codes for GDELT export.

Transparent: every event names the trigger pattern that fired (``rule``), read from
``resources/event_patterns.tsv`` plus any user pattern files (``extra_patterns``). Sources
and targets come from the parse (subjects, objects, ``with``/``against``/``on``/``for``
phrases, passive agents, possessives of nominal triggers, coordination); actors are resolved
to ``doc._.ng_entities`` and coded (PETRARCH dictionaries given as ``actors``/``agents``
take precedence over the built-in lexicons). The component reads the parse only: it never
runs the model again.
"""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Token

from newsgraph.errors import InputError
from newsgraph.model import Actor, Event, Place, Quote, TimeRef, record_id
from newsgraph.nlp._doc import sentence_index, span, tokens
from newsgraph.nlp.events._actors import ActorCoder, distribute
from newsgraph.nlp.events._flags import background, clause_tokens, cues, hypothetical, negated
from newsgraph.nlp.events._patterns import (
    Pattern,
    PatternIndex,
    builtin_patterns,
    goldstein_of,
    load_patterns,
    plover_quads,
)
from newsgraph.nlp.events._roles import (
    governing_verb,
    noun_roles,
    phrase_candidates,
    subject,
    verb_roles,
)
from newsgraph.nlp.events.dictionaries import load_actors, load_agents

__all__ = ["EventCoder", "load_actors", "load_agents", "load_patterns", "make_events"]

_ACCUSE = Pattern(
    name="accuse.claim_hostile_act",
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
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


class EventCoder:
    """Finds event triggers, their actors and flags; assigns ``doc._.ng_events``."""

    def __init__(
        self,
        *,
        extra_patterns: list[str] | None = None,
        actors: list[str] | None = None,
        agents: list[str] | None = None,
        min_actors: int = 1,
        patterns: list[Pattern] | None = None,
    ) -> None:
        patterns = [*builtin_patterns(), *load_patterns(extra_patterns or []), *(patterns or [])]
        self.index = PatternIndex(patterns)
        self.coder = ActorCoder(
            [load_actors(p) for p in actors or []], [load_agents(p) for p in agents or []]
        )
        self.min_actors = min_actors

    def __call__(self, doc: Doc) -> Doc:
        date = doc._.ng_published
        events: list[Event] = []
        triggers = self._triggers(doc)
        verbal = {tok.i for tok, pattern, _ in triggers if pattern.pos == "V"}
        seen: set[int] = set()
        for tok, pattern, dep in triggers:
            if tok.i in seen:
                continue
            seen.add(tok.i)
            if dep is not None:
                seen.add(dep.i)
            if pattern.pos == "N" and _subsumed(tok, pattern, verbal):
                continue
            ev = self._event(doc, tok, pattern, dep, date)
            if ev is not None:
                events.append(ev)
        events.extend(self._accusations(doc, events, date))
        events.sort(key=lambda e: (e.trigger.start, e.trigger.end))
        doc._.ng_events = events
        return doc

    def _triggers(self, doc: Doc) -> list[tuple[Token, Pattern, Token | None]]:
        found = []
        for tok in tokens(doc):
            m = self.index.match(tok)
            if m is not None:
                found.append((tok, m[0], m[1]))
        # a verb pattern whose "with" word is itself a nominal trigger wins ("held talks")
        used = {dep.i for _, _, dep in found if dep is not None}
        return [f for f in found if f[0].i not in used or f[1].pos == "V"]

    def _event(
        self, doc: Doc, tok: Token, pattern: Pattern, dep: Token | None, date: str | None
    ) -> Event | None:
        if pattern.pos == "V":
            src_heads, tgt_heads = verb_roles(tok, pattern, dep)
            tgt_heads = _nominal_targets(self.index, tgt_heads)
        else:
            src_heads, tgt_heads = noun_roles(tok, pattern)
        sources = self._actors(doc, src_heads, date)
        targets = [a for a in self._actors(doc, tgt_heads, date) if a not in sources]
        if not any(a.code for a in targets) and pattern.pos == "V":
            # PETRARCH's convention: else the first coded actor in the verb's own phrase
            fallback = self._first_coded(doc, phrase_candidates(tok), sources, dep, date)
            if fallback is not None:
                targets = [fallback]
        if len(sources) + len(targets) < self.min_actors:
            return None
        if pattern.type == "ASSAULT" and _verbal_attack(doc, tok, sources, targets):
            pattern = dataclasses.replace(
                pattern,
                name=f"{pattern.name}.verbal",
                type="ACCUSE",
                mode="disapprove",
                cameo="111",
                context=None,
            )
        start, end = _trigger_extent(tok, dep)
        return self._make(doc, tok, start, end, pattern, sources, targets, date)

    def _make(
        self,
        doc: Doc,
        tok: Token,
        start: int,
        end: int,
        pattern: Pattern,
        sources: list[Actor],
        targets: list[Actor],
        date: str | None,
    ) -> Event:
        clause = clause_tokens(tok)
        place = _in_clause(doc._.ng_places, clause, tok)
        time = _in_clause(doc._.ng_times, clause, tok)
        years = [int(y) for y in _YEAR.findall(" ".join(t.text for t in clause))]
        pub_year = int(date[:4]) if date and date[:4].isdigit() else None
        confidence = 0.45 + 0.25 * bool(sources) + 0.15 * bool(targets) + 0.1 * bool(pattern.with_)
        if any(a.code is None for a in [*sources, *targets]):
            confidence -= 0.1
        trigger = span(doc, start, end)
        return Event(
            id=record_id(doc._.ng_id, "event", start, end),
            type=pattern.type,
            mode=pattern.mode,
            quad=plover_quads()[pattern.type],
            cameo=pattern.cameo,
            trigger=trigger,
            sources=sources,
            targets=targets,
            place=place.span if isinstance(place, Place) else None,
            time=time.span if isinstance(time, TimeRef) else None,
            negated=negated(tok),
            hypothetical=hypothetical(tok),
            background=background(tok, pub_year, years),
            reported_by=_reported_by(doc._.ng_quotes, start),
            sentence=sentence_index(doc, start),
            confidence=round(min(0.95, max(0.05, confidence)), 2),
            rule=pattern.name,
            context=[pattern.context] if pattern.context else [],
            goldstein=goldstein_of(pattern.cameo),
            place_id=place.id if isinstance(place, Place) else None,
            time_id=time.id if isinstance(time, TimeRef) else None,
            time_default=False,
        )

    def _actors(self, doc: Doc, heads: list[Token], date: str | None) -> list[Actor]:
        pairs: list[tuple[Token, Actor]] = []
        for h in heads:
            a = self.coder.actor(doc, h, date)
            if a is not None and all(a.span != b.span for _, b in pairs):
                pairs.append((h, a))
        return distribute(pairs)

    def _first_coded(
        self,
        doc: Doc,
        heads: list[Token],
        sources: list[Actor],
        skip: Token | None,
        date: str | None,
    ) -> Actor | None:
        for h in heads:
            if h == skip:
                continue
            a = self.coder.actor(doc, h, date)
            if a is not None and a.code and all(a.span != s.span for s in sources):
                return a
        return None

    def _accusations(self, doc: Doc, events: list[Event], date: str | None) -> list[Event]:
        """A claim of a hostile act ("S says X is aiding terrorists") is an accusation."""
        c = cues()
        out: list[Event] = []
        by_start = {e.trigger.start: e for e in events}
        for ev in events:
            tok = doc.char_span(ev.trigger.start, ev.trigger.end, alignment_mode="expand")
            if tok is None or not ev.sources:
                continue
            head = tok.root
            if head.dep_ != "ccomp" or head.head.lemma_.lower() not in c["say"]:
                continue
            hostile = ev.quad == 4 or any(
                w.lower_.rstrip("s") in c["allegation_label"]
                or w.lemma_.lower() in c["allegation_label"]
                for a in ev.targets
                for w in doc.char_span(a.span.start, a.span.end, alignment_mode="expand") or []
            )
            say = head.head
            speaker = subject(say)
            if not hostile or speaker is None or say.idx in by_start:
                continue
            sources = self._actors(doc, [speaker], date)
            if not sources:
                continue
            targets = [a for a in ev.sources if a not in sources]
            out.append(
                self._make(doc, say, say.idx, say.idx + len(say), _ACCUSE, sources, targets, date)
            )
        return out


def _nominal_targets(index: PatternIndex, heads: list[Token]) -> list[Token]:
    """Targets of a verb, where an object that is itself a nominal event with its own source
    stands for that source ("condemned an attack by X": X is the target)."""
    out: list[Token] = []
    for h in heads:
        m = index.match(h) if h.dep_ == "dobj" else None
        own = noun_roles(h, m[0], inherit=False)[0] if m is not None and m[0].pos == "N" else []
        out.extend(t for t in own or [h] if t not in out)
    return out


def _subsumed(noun: Token, pattern: Pattern, verbal: set[int]) -> bool:
    """A nominal trigger with no actor of its own that is the object of a verbal trigger is
    what that event is about ("promised aid", "postponed their meeting"), not an event."""
    gov = governing_verb(noun)
    if gov is None or gov.i not in verbal:
        return False
    return not noun_roles(noun, pattern, inherit=False)[0]


def _trigger_extent(tok: Token, dep: Token | None) -> tuple[int, int]:
    """The trigger's characters: the word, joined to its pattern dependent when adjacent-ish."""
    start, end = tok.idx, tok.idx + len(tok)
    if dep is not None and abs(dep.i - tok.i) <= 3:
        start = min(start, dep.idx)
        end = max(end, dep.idx + len(dep))
    return start, end


def _in_clause(
    records: list[Place] | list[TimeRef] | None, clause: list[Token], trigger: Token
) -> Place | TimeRef | None:
    """The place/time record mentioned in the trigger's clause: one attached to the trigger's
    verb first ("met in Moscow"), else the last one ("the situation in Idlib in Moscow")."""
    if not records or not clause:
        return None
    by_start = {t.idx: t for t in clause}
    hits = [(r, by_start[r.span.start]) for r in records if r.span.start in by_start]
    if not hits:
        return None
    verb = clause[0].doc[trigger.i]
    for r, tok in hits:
        if any(a == verb for a in list(tok.ancestors)[:3]) and tok.head.head == verb:
            return r
    return max(hits, key=lambda h: h[0].span.start)[0]


def _reported_by(quotes: list[Quote] | None, char: int) -> str | None:
    inside = [q for q in quotes or [] if q.content.start <= char < q.content.end]
    if not inside:
        return None
    return min(inside, key=lambda q: q.content.end - q.content.start).id


def _verbal_attack(doc: Doc, tok: Token, sources: list[Actor], targets: list[Actor]) -> bool:
    """'Trump attacked Clinton': a named person attacking a named person or organisation, with
    no weapon or force word in the clause, is criticism (ACCUSE), not an assault."""
    kinds = {e.id: e.type for e in doc._.ng_entities or []}
    if not sources or not all(kinds.get(a.entity or "") == "PERSON" for a in sources):
        return False
    if not targets or not all(kinds.get(a.entity or "") in {"PERSON", "ORG"} for a in targets):
        return False
    clause = {t.lemma_.lower() for t in clause_tokens(tok)}
    return not clause & _FORCE_WORDS


_FORCE_WORDS = frozenset(
    "gun knife weapon bomb missile rocket shell troops soldier army police strike airstrike "
    "shoot stab kill wound injure fire raid".split()
)


@Language.factory(
    "newsgraph_events",
    requires=[
        "token.dep",
        "token.lemma",
        "token.tag",  # POS comes from the model's attribute_ruler, which declares nothing
        "doc._.ng_entities",
        "doc._.ng_places",
        "doc._.ng_times",
        "doc._.ng_quotes",
    ],
    assigns=["doc._.ng_events"],
    default_config={"extra_patterns": [], "actors": [], "agents": [], "min_actors": 1},
)
def make_events(
    nlp: Language,
    name: str,
    *,
    extra_patterns: list[str],
    actors: list[str],
    agents: list[str],
    min_actors: int,
) -> EventCoder:
    """The PLOVER event coder; ``actors``/``agents`` are PETRARCH-format dictionary paths."""
    for p in [*extra_patterns, *actors, *agents]:
        if not Path(p).exists():
            raise InputError(str(p), "no such dictionary or pattern file")
    return EventCoder(
        extra_patterns=extra_patterns, actors=actors, agents=agents, min_actors=min_actors
    )
