"""PLOVER event coder (spaCy component ``newsgraph_events``), with CAMEO codes for GDELT export.

Transparent: every event names the trigger pattern that fired (``rule``), read from
``resources/events/event_patterns.tsv`` plus any user pattern files (``extra_patterns``), or
``model:<type>.<lemma>`` when the learned type classifier (:mod:`._model`, weights in
``weights/``, component state saved by ``to_disk``) found it. The classifier scores every
trigger candidate (pattern matches and verbs) from parse features: it vetoes a built-in
pattern match it is confident is no event, retypes one it is confident is another type, and
proposes events for verbs no pattern knows; its probability is the event's ``confidence``.
User patterns are never vetoed or retyped. Violence patterns check their objects
(``harm`` options: "attacked the problem" is no event) and PLOVER modes come from the words
of the trigger and its clause (``event_modes.tsv``). Sources
and targets come from the parse (subjects, objects, ``with``/``against``/``on``/``for``
phrases, passive agents, possessives of nominal triggers, coordination); actors are resolved
to ``doc._.ng_entities`` and coded (PETRARCH dictionaries given as ``actors``/``agents``
take precedence over the built-in lexicons). The component reads the parse only: it never
runs the model again.
"""

from __future__ import annotations

import dataclasses
import re
from functools import lru_cache
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Token

from newsgraph import datafiles
from newsgraph.errors import InputError
from newsgraph.model import Actor, Event, Place, Quote, TimeRef, record_id
from newsgraph.nlp._doc import sentence_index, span, tokens
from newsgraph.nlp.events._actors import ActorCoder, distribute
from newsgraph.nlp.events._arrays import parse_of
from newsgraph.nlp.events._features import _NAMED, features
from newsgraph.nlp.events._filters import (
    conditional,
    domain_idiom,
    harm_ok,
    harm_words,
    intention,
    mode_from_text,
    private_life,
    stance,
    stance_holder,
)
from newsgraph.nlp.events._flags import background, clause_tokens, cues, hypothetical, negated
from newsgraph.nlp.events._model import META_FILE, NONE, TypeModel, load_shipped
from newsgraph.nlp.events._patterns import (
    Pattern,
    PatternIndex,
    builtin_patterns,
    goldstein_of,
    load_patterns,
    plover_cameo,
    plover_quads,
    stance_roles,
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
_PERSONAL = frozenset({"he", "she", "they", "we", "i", "him", "her", "them", "us"})


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
        model: TypeModel | None | bool = True,
        spacy_model: str | None = None,
    ) -> None:
        """``model``: True for the shipped classifier weights, a :class:`TypeModel`, or
        False/None for the patterns alone; ``spacy_model`` ("name version") is checked
        against the weights' meta record."""
        builtin = builtin_patterns()
        self._builtin = frozenset(builtin)
        patterns = [*builtin, *load_patterns(extra_patterns or []), *(patterns or [])]
        self.index = PatternIndex(patterns)
        self.coder = ActorCoder(
            [load_actors(p) for p in actors or []], [load_agents(p) for p in agents or []]
        )
        self.min_actors = min_actors
        self.spacy_model = spacy_model
        if model is True:
            model = load_shipped(spacy_model)
        self.model: TypeModel | None = model or None

    def to_disk(self, path: str | Path, *, exclude: object = ()) -> None:
        """Save the classifier weights (the component's learned state) into ``path``."""
        if self.model is not None:
            self.model.to_disk(path)

    def from_disk(self, path: str | Path, *, exclude: object = ()) -> EventCoder:
        """Load classifier weights saved by :meth:`to_disk` (meta record checked)."""
        if (Path(path) / META_FILE).exists():  # saved without a classifier: nothing to load
            self.model = TypeModel.from_disk(path, spacy_model=self.spacy_model)
        return self

    def __call__(self, doc: Doc) -> Doc:
        date = doc._.ng_published
        events: list[Event] = []
        triggers = self._triggers(doc)
        verbal = {tok.i: pattern.type for tok, pattern, _ in triggers if pattern.pos == "V"}
        seen: set[int] = set()
        for tok, pattern, dep in triggers:
            if tok.i in seen:
                continue
            seen.add(tok.i)
            if dep is not None:
                seen.add(dep.i)
            if pattern.pos == "N" and _subsumed(tok, pattern, verbal):
                continue
            judged = self._judge(tok, pattern, dep)
            if judged is None:
                continue
            ev = self._event(doc, tok, judged[0], dep, date, judged[1])
            if ev is not None:
                events.append(ev)
        if self.model is not None:
            fill: list[tuple[Token, Pattern, float]] = []
            for tok in _free_verbs(doc, seen, bare=self.model.thresholds["bare"] <= 1):
                proposal = self._propose(tok)
                if proposal is None:
                    continue
                if proposal[1] < self.model.thresholds["propose"]:
                    fill.append((tok, *proposal))
                    continue
                ev = self._event(doc, tok, proposal[0], None, date, proposal[1])
                if ev is not None:
                    events.append(ev)
            events.extend(self._fill(doc, fill, events, date))
        events = _secondary(doc, _content_events(doc, events))
        events.extend(self._accusations(doc, events, date))
        events.sort(key=lambda e: (e.trigger.start, e.trigger.end))
        doc._.ng_events = events
        return doc

    def _triggers(self, doc: Doc) -> list[tuple[Token, Pattern, Token | None]]:
        found = []
        p = parse_of(doc)
        may_match = self.index.may_match
        for i, tok in enumerate(tokens(doc)):
            if not may_match(p, i):
                continue
            m = self.index.match(tok)
            if m is not None:
                found.append((tok, m[0], m[1]))
        # a verb pattern whose "with" word is itself a nominal trigger wins ("held talks")
        used = {dep.i for _, _, dep in found if dep is not None}
        return [f for f in found if f[0].i not in used or f[1].pos == "V"]

    def _judge(
        self, tok: Token, pattern: Pattern, dep: Token | None
    ) -> tuple[Pattern, float | None] | None:
        """A pattern match as the classifier sees it: kept (with its probability), retyped,
        or vetoed (None). User patterns are kept as they are. A negated match ("failed to
        agree") is never vetoed: the classifier learned from events that happened, so its "no
        event" there means "did not happen", which the event's `negated` flag reports."""
        if self.model is None or pattern not in self._builtin:
            return pattern, None
        probs = self.model.probs(features(tok, pattern, dep))
        th = self.model.thresholds
        mine = probs.get(pattern.type, 0.0)
        doubted = probs.get(NONE, 0.0) >= th["veto"] and mine < 1 - th["veto"]
        # a weak match the classifier finds more likely no event ("blasted music")
        doubted = doubted or (mine < th["keep"] and probs.get(NONE, 0.0) > mine)
        if doubted and not negated(tok):
            return None
        best = max((t for t in probs if t != NONE), key=lambda t: probs[t])
        if best != pattern.type and probs[best] >= th["retype"]:
            return _learned(pattern.lemma, pattern.pos, best, pattern), probs[best]
        return pattern, mine

    def _sure(self, prob: float | None) -> bool:
        """Whether the classifier is sure enough of an event that has no actor in its clause
        ("Protests broke out", "the city lifted the curfew"): actors are how the patterns
        tell events from idioms; the classifier reads the whole clause."""
        return self.model is not None and prob is not None and prob >= self.model.thresholds["bare"]

    def _propose(self, tok: Token) -> tuple[Pattern, float] | None:
        """An event the classifier finds at a verb no pattern matched: its likeliest type when
        that is no ``NONE`` and at least the lower of the ``propose`` and ``fill`` thresholds
        (the caller applies them)."""
        assert self.model is not None
        probs = self.model.probs(features(tok, None, None))
        best = max(probs, key=lambda t: probs[t])
        th = self.model.thresholds
        if best == NONE or probs[best] < min(th["propose"], th["fill"]):
            return None
        return _learned(tok.lemma_.lower(), "V", best, None), probs[best]

    def _fill(
        self,
        doc: Doc,
        proposals: list[tuple[Token, Pattern, float]],
        events: list[Event],
        date: str | None,
    ) -> list[Event]:
        """In a sentence that has no event yet, the classifier's likeliest proposal below the
        ``propose`` threshold when it reaches the lower ``fill`` threshold: a sentence that
        names no pattern's event is where the patterns miss most ("paid tribute"), and one
        event there costs no other event's precision. The first of its proposals (likeliest
        first) that makes an event with an actor."""
        assert self.model is not None
        if self.model.thresholds["fill"] > 1 or not proposals:
            return []
        covered = {e.sentence for e in events}
        out: list[Event] = []
        for tok, pattern, prob in sorted(proposals, key=lambda x: (-x[2], x[0].i)):
            sent = sentence_index(doc, tok.idx)
            if sent in covered or prob < self.model.thresholds["fill"]:
                continue
            ev = self._event(doc, tok, pattern, None, date, prob)
            if ev is not None:
                out.append(ev)
                covered.add(sent)
        return out

    def _event(
        self,
        doc: Doc,
        tok: Token,
        pattern: Pattern,
        dep: Token | None,
        date: str | None,
        prob: float | None = None,
    ) -> Event | None:
        if not harm_ok(
            tok,
            pattern,
            dep,
            lambda h: _participant(h) or self.coder.actor(doc, h, date) is not None,
        ):
            return None
        if pattern.pos == "A":  # "was heartened by", "is not happy with"
            held = stance(tok, pattern)
            if held is None:
                return None
            pattern = held
            src_heads, tgt_heads = stance_roles(tok, pattern)
        elif pattern.pos == "V":
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
        if (
            len(sources) + len(targets) < self.min_actors
            and not self._sure(prob)
            and not _news_noun(tok, pattern)
        ):
            return None
        if (
            _not_political(tok, pattern, dep, sources, targets)
            or domain_idiom(tok, [*sources, *targets])
            or private_life(tok, [*sources, *targets])
            or _pronoun_talk(tok, pattern, sources, targets)
        ):
            return None
        if pattern.pos == "A" and not stance_holder(doc, sources, targets):
            return None  # "residents were angry about the potholes": no political actor
        if pattern.reciprocal and pattern.type == "CONSULT" and not targets and _lone(src_heads):
            return None  # "the city council met": a meeting needs two sides
        if pattern.type == "CONSULT" and pattern.pos == "V" and not sources:
            return None  # "thousands of tourists visited the city": who consulted?
        if pattern.type == "ASSAULT" and _verbal_attack(doc, tok, sources, targets):
            pattern = dataclasses.replace(
                pattern,
                name=f"{pattern.name}.verbal",
                type="ACCUSE",
                mode="disapprove",
                cameo="111",
                context=None,
            )
        refused = False
        intent = intention(tok, pattern) if pattern.type not in _THREAT_TYPES else None
        if intent is not None:  # "will meet" is AGREE, "will not withdraw" REJECT
            pattern, refused = intent
        if _threat(tok, pattern) or (pattern.type in _THREAT_TYPES and conditional(tok)):
            pattern = dataclasses.replace(
                pattern,
                name=f"{pattern.name}.threat",
                type="THREATEN",
                mode=None,
                cameo="138" if pattern.type == "ASSAULT" else "130",
                context=pattern.context,
            )
        if pattern.mode is None:
            mode = mode_from_text(pattern.type, tok, dep)
            if mode is not None:
                pattern = dataclasses.replace(pattern, mode=mode)
        start, end = _trigger_extent(tok, dep)
        return self._make(
            doc, tok, start, end, pattern, sources, targets, date, prob, refused=refused
        )

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
        prob: float | None = None,
        *,
        refused: bool = False,
    ) -> Event:
        """``refused``: a refusal coded as REJECT from a negated act ("will not withdraw"):
        the refusal happened, so the event is not negated."""
        clause = clause_tokens(tok)
        place = _in_clause(doc._.ng_places, clause, tok)
        time = _in_clause(doc._.ng_times, clause, tok)
        years = [int(y) for y in _YEAR.findall(" ".join(t.text for t in clause))]
        pub_year = int(date[:4]) if date and date[:4].isdigit() else None
        confidence = 0.45 + 0.25 * bool(sources) + 0.15 * bool(targets) + 0.1 * bool(pattern.with_)
        if any(a.code is None for a in [*sources, *targets]):
            confidence -= 0.1
        if prob is not None:  # the classifier's probability of the event's type
            confidence = prob if pattern.name.startswith("model:") else (confidence + prob) / 2
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
            negated=not refused and negated(tok),
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
            if a is None and (h.lower_ in _PERSONAL or _participant(h) or _bare_name(h)):
                # "He rejected ...", "city attorneys rejected ...", "Reno denied ...": someone,
                # not coded (the small model's NER misses many sentence-initial names)
                a = Actor(None, span(doc, h.idx, h.idx + len(h)), None, None, None, h.text)
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


def _subsumed(noun: Token, pattern: Pattern, verbal: dict[int, str]) -> bool:
    """A nominal trigger with no actor of its own inside the object of a verbal trigger is
    what that event is about ("promised aid", "postponed their meeting", "condemned the
    attacks on embassies", "accused Iran of a role in the attacks"), not an event."""
    if noun_roles(noun, pattern, inherit=False)[0]:
        return False
    gov = governing_verb(noun)
    if gov is not None and gov.i in verbal:
        return True
    tok = noun
    for _ in range(6):
        if tok.dep_ not in _ARGUMENT_PATH | _CONTENT_PATH or tok.head == tok:
            return False
        clause = tok.dep_ in ("xcomp", "ccomp")
        tok = tok.head
        if tok.i in verbal and (not clause or verbal[tok.i] in _CONTENT_TYPES):
            return True
    return False


# types whose clause complement is their content ("demanded [the White House impose
# sanctions]", "threatened [to charge him]"): events inside it are not separate events
_CONTENT_TYPES = frozenset({"REQUEST", "THREATEN", "AGREE", "REJECT", "ACCUSE"})


# relations from a nominal trigger up to the verb whose argument it is part of
_ARGUMENT_PATH = frozenset({"dobj", "pobj", "prep", "pcomp", "compound", "conj", "appos"})
# relations through which an event is the content of a governing event ("threatened to
# charge him", "urged Iran to withdraw", "pledged to impose sanctions")
_CONTENT_PATH = frozenset({"xcomp", "ccomp", "dobj", "pobj", "prep", "pcomp", "conj", "advcl"})


# prepositions whose nominal object is the setting of the news, not news itself ("after her
# meeting with Obama", "at the NATO summit", "during protests")
_SETTING = frozenset({"after", "before", "during", "at", "since", "following", "amid", "until"})


def _secondary(doc: Doc, events: list[Event]) -> list[Event]:
    """Drop events that only describe a participant or the setting of another event in the
    same sentence: triggers inside relative and participial clauses ("the blasts which
    killed scores", "demonstrators who were protesting") and nominal triggers in setting
    phrases ("after her meeting with Obama"). A sentence keeps its main-clause events."""
    if len(events) < 2:
        return events
    roots: dict[str, Token] = {}
    for e in events:
        span_ = doc.char_span(e.trigger.start, e.trigger.end, alignment_mode="expand")
        if span_ is not None:
            roots[e.id] = span_.root

    def minor(tok: Token) -> bool:
        if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ == "pobj" and tok.head.lower_ in _SETTING:
            return True
        t = tok
        for _ in range(6):
            if t.dep_ in ("relcl", "acl"):
                return True
            if t.dep_ in ("ccomp", "ROOT", "parataxis") or t.head == t:
                return False
            t = t.head
        return False

    flags = {eid: minor(tok) for eid, tok in roots.items()}
    by_sentence: dict[int, list[Event]] = {}
    for e in events:
        by_sentence.setdefault(e.sentence, []).append(e)
    out: list[Event] = []
    for group in by_sentence.values():
        main = [e for e in group if not flags.get(e.id, False)]
        out.extend(main if main else group)
    return sorted(out, key=lambda e: (e.trigger.start, e.trigger.end))


def _content_events(doc: Doc, events: list[Event]) -> list[Event]:
    """Drop hypothetical events that are only the content of another event in the same
    sentence: what was threatened, requested, promised, offered or refused is coded as that
    event (its PLOVER type), not as a second event that did not happen."""
    by_token: dict[int, Event] = {}
    for e in events:
        span_ = doc.char_span(e.trigger.start, e.trigger.end, alignment_mode="expand")
        if span_ is not None:
            for t in span_:
                by_token[t.i] = e
    out: list[Event] = []
    threats: dict[str, Event] = {}
    for e in events:
        span_ = doc.char_span(e.trigger.start, e.trigger.end, alignment_mode="expand")
        if not e.hypothetical or span_ is None:
            out.append(e)
            continue
        tok = span_.root
        inner = False
        for _ in range(4):
            if tok.dep_ not in _CONTENT_PATH or tok.head == tok:
                break
            tok = tok.head
            other = by_token.get(tok.i)
            if other is not None and other is not e and not other.hypothetical:
                inner = True
                if other.type == "AGREE" and e.quad == 4:
                    threats[other.id] = e  # "vowed to block any attempt": a threat
                break
        if not inner:
            out.append(e)
    return [_as_threat(e, threats[e.id]) if e.id in threats else e for e in out]


def _as_threat(promise: Event, content: Event) -> Event:
    """A promise whose content is force, coercion or protest is a threat (PLOVER THREATEN)."""
    return dataclasses.replace(
        promise,
        type="THREATEN",
        quad=plover_quads()["THREATEN"],
        cameo="138" if content.type == "ASSAULT" else "130",
        mode=None,
        rule=f"{promise.rule}.threat",
        goldstein=goldstein_of("138" if content.type == "ASSAULT" else "130"),
    )


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
    return not clause & harm_words()["force"]


def _not_political(
    tok: Token, pattern: Pattern, dep: Token | None, sources: list[Actor], targets: list[Actor]
) -> bool:
    """Interactions PLOVER does not code: between businesses only ("Apple sued Samsung", "the
    company warned of lower deliveries"), and force or withdrawal by an uncoded name with no
    victim ("Manchester United attacked relentlessly", "Federer withdrew from the tournament")."""
    actors = [*sources, *targets]
    sectors = {a.sector or (a.code[-3:] if a.code else None) for a in actors if a.code}
    if sectors and sectors <= _BUSINESS and not (not sources and pattern.type in _IMPOSED):
        return True  # but "the bank was fined", "the firm's offices were raided": by authorities
    if sectors and sectors <= _PRIVATE and pattern.type not in _PUBLIC_TYPES:
        return True  # "the teacher praised the students", "the professor asked students"
    if pattern.type in ("ASSAULT", "RETREAT") and pattern.pos == "V":
        hit = [
            c
            for c in tok.children
            if c.dep_ in ("dobj", "nsubjpass") and (c != dep or _participant(c))
        ]  # "the hostages were released": the pattern's own word may be the victim
        if (
            not hit
            and not any(a.code for a in actors)
            and not any(a.span.text.lower() in _PERSONAL or _participant_text(a) for a in sources)
        ):
            return True
    return False


_BUSINESS = frozenset({"BUS", "MNC"})
# verbal cooperation and conflict (PLOVER quads 1 and 3)
_VERBAL = frozenset(
    {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "REQUEST", "ACCUSE", "REJECT", "THREATEN"}
)


def _pronoun_talk(tok: Token, pattern: Pattern, sources: list[Actor], targets: list[Actor]) -> bool:
    """A verbal event whose one actor is a personal pronoun that nothing resolved, in a
    sentence that names no one else — no person, organisation, place or nationality, no
    actor noun ("she threatened to quit the choir", "he refused to eat his vegetables"): it
    says nothing about political actors. ("He has ruled out arms deals with the oil-rich
    country" names one and stays.)"""
    actors = [*sources, *targets]
    if not (
        pattern.type in _VERBAL
        and len(actors) == 1
        and actors[0].code is None
        and actors[0].span.text.lower() in _PERSONAL
    ):
        return False
    return not any(
        t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or _participant(t) for t in tok.sent
    )


# what only authorities do to a firm: a sanction or coercion of a business with no source named
_IMPOSED = frozenset({"SANCTION", "COERCE"})


def _lone(heads: list[Token]) -> bool:
    """One singular source ("the city council met"), not several ("the ministers met")."""
    return len(heads) == 1 and heads[0].tag_ in ("NN", "NNP") and not heads[0].conjuncts


# sectors whose dealings among themselves are private life (schools, hospitals, firms) unless
# they protest, fight or are coerced
_PRIVATE = frozenset({"BUS", "MNC", "EDU", "HLH"})
_PUBLIC_TYPES = frozenset({"PROTEST", "ASSAULT", "COERCE", "SANCTION", "MOBILIZE"})


def _participant_text(actor: Actor) -> bool:
    words = actor.span.text.lower().split()
    return bool(words) and (
        words[-1] in _participants() or words[-1].rstrip("s") in _participants()
    )


_FUTURE = frozenset({"will", "would", "'ll", "shall"})
_THREAT_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION"})


def _threat(tok: Token, pattern: Pattern) -> bool:
    """A use of force, coercion or sanction announced for the future by its actor ("Iraq would
    retaliate against Venezuela", "the US will strike Iraq unless ...") is a threat: the PLOVER
    manual codes THREATEN, not the hypothetical act."""
    if pattern.type not in _THREAT_TYPES or tok.pos_ not in ("VERB", "AUX"):
        return False
    return any(c.dep_ == "aux" and c.lower_ in _FUTURE for c in tok.children) and any(
        c.dep_ == "nsubj" for c in tok.children
    )


def _news_noun(tok: Token, pattern: Pattern) -> bool:
    """A nominal trigger that is itself the subject of an intransitive clause ("protests broke
    out", "violent clashes erupted") is the news even when no actor is named (not "the rally in
    tech shares lifted the Nasdaq"), unless the clause is a condition ("if demand kept
    growing")."""
    return (
        pattern.pos == "N"
        and tok.dep_ == "nsubj"
        and tok.head.pos_ in ("VERB", "AUX")
        and not any(c.dep_ in ("dobj", "attr", "ccomp") for c in tok.head.children)
        and not any(c.dep_ == "mark" and c.lower_ in _CONDITION for c in tok.head.children)
    )


_CONDITION = frozenset({"if", "unless", "whether"})


_NOT_ACTOR_ENTS = frozenset(
    {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "EVENT", "PRODUCT"}
)


def _bare_name(head: Token) -> bool:
    """A proper name as subject or object that the entity layer left unnamed ("Reno denied
    the request", "Carlineo was arrested"): an actor, though uncoded."""
    return (
        head.pos_ == "PROPN"
        and head.dep_ in ("nsubj", "nsubjpass", "dobj")
        and head.ent_type_ not in _NOT_ACTOR_ENTS
    )


@lru_cache(maxsize=1)
def _participants() -> frozenset[str]:
    return datafiles.words("events/event_participants.txt")


def _participant(head: Token) -> bool:
    """A noun naming people, a body or a military asset (event_participants.txt)."""
    return head.pos_ in ("NOUN", "PROPN") and head.lemma_.lower() in _participants()


# prepositions whose objects are targets of an event found by the classifier
_LEARNED_TARGETS = frozenset({"with", "against", "on", "at", "to", "for", "into"})
_RECIPROCAL = frozenset({"CONSULT", "COOPERATE", "AGREE"})


def _learned(lemma: str, pos: str, etype: str, base: Pattern | None) -> Pattern:
    """The pattern-like record of an event typed by the classifier (rule ``model:...``)."""
    return Pattern(
        name=f"model:{etype.lower()}.{lemma}",
        pos=pos,
        lemma=lemma,
        with_=base.with_ if base is not None else frozenset(),
        type=etype,
        mode=None,
        cameo=plover_cameo()[etype],
        targets=(base.targets if base is not None else frozenset()) | _LEARNED_TARGETS,
        context=None,
        reciprocal=etype in _RECIPROCAL,
        harm=base.harm if base is not None else None,  # a retyped idiom stays an idiom
    )


def _free_verbs(doc: Doc, seen: set[int], *, bare: bool) -> list[Token]:
    """Verbs no pattern matched: the classifier's candidates for new events. Unless actor-less
    events may be kept (``bare``), only verbs with a nominal subject or object (an event
    needs an actor: the others are not worth a model call)."""
    p = parse_of(doc)
    pos, dep = p.pos, p.dep
    return [
        t
        for i, t in enumerate(tokens(doc))
        if pos[i] == "VERB"
        and i not in seen
        and p.lemma[i] not in _NO_PROPOSAL
        and p.ent[i] not in _NAMED
        and not p.like_num[i]
        and (
            bare
            or dep[i] in _INHERITS
            or any(dep[c] in _ARG_DEPS and pos[c] in _NOMINAL for c in p.children(i))
        )
    ]


_ARG_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "dative", "agent"})
# light verbs: never an event of their own, so not worth a model call (about a sixth of the
# calls on news text; reporting verbs stay: the classifier codes some claims)
_NO_PROPOSAL = frozenset("have do be go get know see think seem become ’ 's".split())
_INHERITS = frozenset({"conj", "xcomp", "advcl", "relcl", "acl"})  # subject from the head
_NOMINAL = frozenset({"NOUN", "PROPN", "PRON"})


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
    default_config={
        "extra_patterns": [],
        "actors": [],
        "agents": [],
        "min_actors": 1,
        "use_model": True,
    },
)
def make_events(
    nlp: Language,
    name: str,
    *,
    extra_patterns: list[str],
    actors: list[str],
    agents: list[str],
    min_actors: int,
    use_model: bool,
) -> EventCoder:
    """The PLOVER event coder; ``actors``/``agents`` are PETRARCH-format dictionary paths;
    ``use_model`` adds the learned type classifier (shipped weights) to the patterns."""
    for p in [*extra_patterns, *actors, *agents]:
        if not Path(p).exists():
            raise InputError(str(p), "no such dictionary or pattern file")
    trained = nlp.meta.get("name", "pipeline") != "pipeline"  # spacy.blank() has no model
    spacy_model = (
        f"{nlp.meta['lang']}_{nlp.meta['name']} {nlp.meta['version']}" if trained else None
    )
    return EventCoder(
        extra_patterns=extra_patterns,
        actors=actors,
        agents=agents,
        min_actors=min_actors,
        model=use_model,
        spacy_model=spacy_model,
    )
