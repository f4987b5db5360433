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

The parts live beside it: ``_participants`` (who counts as an actor), ``_political`` (which
matches are political events, and verbal attacks and threats), ``_nested`` (events inside
other events), ``_anchors`` (trigger extent, the clause's place and time, the reporting quote)
and ``_proposals`` (events the classifier proposes).
"""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import numpy as np
from spacy.language import Language
from spacy.tokens import Doc, Token

from newsgraph.errors import InputError
from newsgraph.model import Actor, Event, Place, TimeRef, record_id
from newsgraph.nlp._doc import sentence_index, span, tokens
from newsgraph.nlp.events._accusations import reported_accusations
from newsgraph.nlp.events._actors import ActorCoder, distribute
from newsgraph.nlp.events._anchors import _in_clause, _reported_by, _trigger_extent
from newsgraph.nlp.events._arrays import parse_of
from newsgraph.nlp.events._carried import carried_roles
from newsgraph.nlp.events._caused_protests import without_cause
from newsgraph.nlp.events._claims import reported_claims
from newsgraph.nlp.events._document_speakers import document_speaks
from newsgraph.nlp.events._features import dense, features
from newsgraph.nlp.events._filters import (
    agreed_concession,
    conditional,
    domain_idiom,
    harm_ok,
    intention,
    mode_from_text,
    no_agent,
    private_life,
    seized_on,
    stance,
    stance_holder,
)
from newsgraph.nlp.events._filters_article import article_gate
from newsgraph.nlp.events._filters_domain import participant_kind
from newsgraph.nlp.events._filters_speech import non_physical_attack, speech_no_event
from newsgraph.nlp.events._flags import background, clause_tokens, hypothetical, negated
from newsgraph.nlp.events._headline import headline_events, headline_visitor
from newsgraph.nlp.events._labour_strikes import labour_strike
from newsgraph.nlp.events._main_event import main_events
from newsgraph.nlp.events._model import META_FILE, NONE, TypeModel, load_shipped
from newsgraph.nlp.events._nested import _content_events, _nominal_targets, _secondary, _subsumed
from newsgraph.nlp.events._own_mistakes import mistake_maker
from newsgraph.nlp.events._participants import (
    _PERSONAL,
    _bare_name,
    _participant,
    mutual_sides,
)
from newsgraph.nlp.events._patterns import (
    Pattern,
    PatternIndex,
    builtin_patterns,
    goldstein_of,
    load_patterns,
    plover_quads,
    subject_noun,
)
from newsgraph.nlp.events._political import (
    _THREAT_TYPES,
    _news_noun,
    _not_political,
    _pronoun_talk,
    _threat,
    _verbal_attack,
    armed_attack,
    lone_meeting,
)
from newsgraph.nlp.events._pressure import concession
from newsgraph.nlp.events._proposals import _free_verbs, _learned, _named_side
from newsgraph.nlp.events._retorts import gunfire_back, struck_in_the_back
from newsgraph.nlp.events._retype import (
    agreed_talks,
    debt_relief,
    formal_charge,
    halted_talks,
    peacekeeping,
    rescue,
    riot,
    warning_of_act,
)
from newsgraph.nlp.events._retype_clash import issue_targets, verbal_clash
from newsgraph.nlp.events._retype_speech import (
    as_criticism,
    call_on_day,
    defended_own_words,
    in_words,
    personal_attack,
    refusal_phrase,
    speech_act,
    urging_warning,
)
from newsgraph.nlp.events._roles import (
    addressee,
    noun_roles,
    phrase_candidates,
    stance_sides,
)
from newsgraph.nlp.events._roles_anaphora import referred_targets
from newsgraph.nlp.events._row_senses import other_sense
from newsgraph.nlp.events._strikes_sides import attack_sources, weapon_verb_roles
from newsgraph.nlp.events.dictionaries import load_actors, load_agents

__all__ = ["EventCoder", "load_actors", "load_agents", "load_patterns", "make_events"]

_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
# a quantifier standing alone for the people acted on, as a passive subject or an object ("Both
# were charged with assault", "Several were arrested", "police detained some"): someone, though
# uncoded; not as an active subject ("Many visited the museum" names no actor)
_PEOPLE_QUANTIFIERS = frozenset({"both", "several", "others", "many", "some"})
_PATIENT_DEPS = frozenset({"nsubjpass", "dobj"})


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
        article_gate: bool = True,
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
        self.article_gate = article_gate  # _filters_article: stricter in sport/business news
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
            # "Teachers have been striking since Monday": a walkout, no attack (_labour_strikes)
            pattern = labour_strike(tok, pattern, dep, self.coder, date) or pattern
            judged = self._judge(tok, pattern, dep)
            if judged is None:
                continue
            ev = self._event(doc, tok, judged[0], dep, date, judged[1])
            if ev is not None:
                events.append(ev)
        if self.model is not None:
            fill: list[tuple[Token, Pattern, float]] = []
            free = _free_verbs(doc, seen, bare=self.model.thresholds["bare"] <= 1)
            for tok, proposal in zip(free, self._proposals(free), strict=True):
                if proposal is None:
                    continue
                if proposal[1] < self.model.thresholds["propose"]:
                    fill.append((tok, *proposal))
                    continue
                ev = self._event(doc, tok, proposal[0], None, date, proposal[1])
                if ev is not None and _named_side(ev):
                    events.append(ev)
            events.extend(self._fill(doc, fill, events, date))
        events = headline_events(doc, events)  # sport, pairs, kickers, planned (_headline)
        events = main_events(doc, _secondary(doc, _content_events(doc, events)))
        events = reported_claims(doc, events, date, self._actors, self._make)
        events.extend(reported_accusations(doc, events, date, self._actors, self._make))
        events.sort(key=lambda e: (e.trigger.start, e.trigger.end))
        if self.article_gate:
            events = article_gate(doc, events)
        doc._.ng_events = events
        return doc

    def _triggers(self, doc: Doc) -> list[tuple[Token, Pattern, Token | None]]:
        found = []
        toks = tokens(doc)
        for i in self.index.candidates(parse_of(doc)):
            tok = toks[i]
            m = self.index.match(tok)
            if m is not None and struck_in_the_back(tok, m[0], m[1]):
                m = self.index.match(tok, skip=frozenset({m[0].name}))  # "shot in the back"
            if m is None:
                continue
            if m[0].refusal and not refusal_phrase(tok):
                continue  # "was part of the coalition"
            if m[0].speech:  # "says Iran must stop", '"This is a disgrace," McCain said'
                act = speech_act(tok, m[0])
                if act is None:
                    continue  # "said the economy should grow"
                m = (act, m[1])
            found.append((tok, m[0], m[1]))
        # a verb pattern whose "with" word only modifies its object, itself a nominal trigger,
        # is that noun's event: "launched attack ads" is the ads (ACCUSE), not an attack
        nouns = {tok.i for tok, pattern, _ in found if pattern.pos == "N"}
        found = [
            f
            for f in found
            if f[1].pos != "V"
            or f[2] is None
            or f[2].dep_ != "compound"
            or f[2].head.i not in nouns
        ]
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
        probs = self.model.probs(features(tok, pattern, dep), self._dense(tok))
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

    def _dense(self, tok: Token) -> np.ndarray | None:
        """The candidate's contextual vectors when the classifier reads them."""
        return dense(tok) if self.model is not None and self.model.dense_width else None

    def _sure(self, prob: float | None) -> bool:
        """Whether the classifier is sure enough of an event that has no actor in its clause
        ("Protests broke out", "the city lifted the curfew"): actors are how the patterns
        tell events from idioms; the classifier reads the whole clause."""
        return self.model is not None and prob is not None and prob >= self.model.thresholds["bare"]

    def _proposals(self, toks: list[Token]) -> list[tuple[Pattern, float] | None]:
        """Events the classifier finds at verbs no pattern matched: for each verb its likeliest
        type when that is no ``NONE`` and at least the lower of the ``propose`` and ``fill``
        thresholds (the caller applies them), else None. The verbs whose features prove every
        type below that (:meth:`TypeModel.below`: most of them) skip the softmax."""
        assert self.model is not None
        th = self.model.thresholds
        floor = min(th["propose"], th["fill"])
        feats = [features(tok, None, None) for tok in toks]
        low = self.model.below(feats, floor)
        return [
            None if no else self._propose(tok, f, floor)
            for tok, f, no in zip(toks, feats, low, strict=True)
        ]

    def _propose(self, tok: Token, feats: list[str], floor: float) -> tuple[Pattern, float] | None:
        assert self.model is not None
        probs = self.model.probs(feats, self._dense(tok))
        best = max(probs, key=lambda t: probs[t])
        if best == NONE or probs[best] < floor:
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
            if ev is not None and _named_side(ev):
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
        if seized_on(tok):
            return None  # "seized on the idea"
        if pattern.harm == "actor_object" and warning_of_act(tok, pattern):
            pattern = dataclasses.replace(pattern, harm=None)  # "warned it would end ..."
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
            src_heads, tgt_heads = stance_sides(tok, pattern)
        elif pattern.pos == "V":
            (src_heads, tgt_heads), pattern = weapon_verb_roles(tok, pattern, dep)
            tgt_heads = _nominal_targets(self.index, tgt_heads)
            if dep is not None and (noun := subject_noun(self.index, dep)) is not None:
                # the subject event noun's sides ("Talks between X and Y resumed"; none: the
                # verb's), the verb's object if the noun's are things ("strikes hit a school")
                n_src, n_tgt = noun_roles(dep, noun)
                if n_src or n_tgt:
                    own = [t for t in n_tgt if self.coder.actor(doc, t, date) is not None]
                    keep = pattern.type == "ASSAULT" and bool(tgt_heads) and not own
                    src_heads, tgt_heads = attack_sources(dep, n_src), tgt_heads if keep else n_tgt
        else:
            src_heads, tgt_heads = noun_roles(tok, pattern)
            if pattern.type == "CONSULT":  # "Blinken in Cairo for talks" (_headline)
                src_heads, tgt_heads = headline_visitor(tok, src_heads, tgt_heads)
            # "Fighting was reported between ...", "The lifting ... was announced by" (_carried)
            src_heads, tgt_heads = carried_roles(tok, src_heads, tgt_heads)
            src_heads = without_cause(tok, pattern, src_heads)  # "the decision sparked protests"
            src_heads = mistake_maker(tok, pattern) or src_heads  # "believes his use was a mistake"
        sources = self._actors(doc, src_heads, date)
        if no_agent(
            src_heads,
            sources,
            lambda h: self.index.match(h) is not None,
            lambda h: _participant(h) or self.coder.actor(doc, h, date) is not None,
        ) and not document_speaks(pattern, src_heads):  # "the letter accuses" (lost43)
            return None  # "Tragedy struck the club": no one acted
        targets = [a for a in self._actors(doc, tgt_heads, date) if a not in sources]
        if not any(a.code for a in targets) and pattern.pos == "V":
            # PETRARCH's convention: else the first coded actor in the verb's own phrase
            fallback = self._first_coded(doc, phrase_candidates(tok), sources, dep, date)
            if fallback is not None:
                targets = [fallback]
        if not targets and sources:
            # "Putin told Erdogan that Russia would ...", "said in a letter to Putin that ...":
            # whom the statement carrying the event is addressed to (an event with no source
            # is not made one by its hearer)
            targets = [a for a in self._actors(doc, addressee(tok), date) if a not in sources]
        if not targets and sources and pattern.pos == "V":
            # "Kyiv rejected that proposal": whoever made the act named before (targets38)
            targets = referred_targets(
                doc, tok, tgt_heads, sources, lambda hs: self._actors(doc, hs, date)
            )
        # "Armenia and Azerbaijan agreed", "the ministers of X and Y met": X -> Y
        sources, targets = mutual_sides(pattern.reciprocal, pattern.type, sources, targets)
        if (
            len(sources) + len(targets) < self.min_actors
            and not self._sure(prob)
            and not _news_noun(tok, pattern)
        ):
            return None
        if (
            _not_political(tok, pattern, dep, sources, targets)
            or (domain_idiom(tok, [*sources, *targets]) and not armed_attack(tok, pattern))
            or private_life(tok, [*sources, *targets])
            or participant_kind(tok, pattern, sources, targets)
            or _pronoun_talk(tok, pattern, sources, targets)
            or speech_no_event(tok, pattern, sources, targets)
            or other_sense(tok, pattern, targets)  # "captured on video" (_row_senses)
        ):
            return None
        if pattern.pos == "A" and not stance_holder(doc, sources, targets):
            return None  # "residents were angry about the potholes": no political actor
        if pattern.type == "CONSULT" and lone_meeting(pattern, targets, src_heads, tgt_heads):
            return None  # "the city council met": a meeting needs two sides
        if pattern.type == "CONSULT" and pattern.pos == "V" and not sources:
            return None  # "thousands of tourists visited the city": who consulted?
        if pattern.type == "ASSAULT" and _verbal_attack(doc, tok, sources, targets):
            pattern = as_criticism(pattern)  # "Trump attacked Clinton"
        pattern = (
            riot(tok, pattern)
            or halted_talks(tok, pattern)
            or peacekeeping(tok, pattern)
            or rescue(tok, pattern)
            or formal_charge(tok, pattern)
            or non_physical_attack(tok, pattern)
            or personal_attack(tok, pattern)
            or urging_warning(tok, pattern)
            or defended_own_words(tok, pattern)
            or in_words(tok, pattern)
            or call_on_day(tok, pattern)
            or verbal_clash(tok, pattern, sources, targets)
            or gunfire_back(tok, pattern, sources, targets)  # "troops fired back" (_retorts)
            or concession(tok, pattern)  # under pressure; a law a court shelves (_pressure)
            or pattern
        )  # the manual's types by who acts or what is acted on (_retype)
        if pattern.name.startswith("assault.") and pattern.name.endswith("clash.verbal"):
            targets = issue_targets(tok, targets)  # "clashed over Syria": no side
        refused = False
        if pattern.refusal:  # "would not be part of": the refusal happened (_triggers)
            refused = True
        intent = intention(tok, pattern) if pattern.type not in _THREAT_TYPES else None
        if intent is not None:  # "will meet" is AGREE, "will not withdraw" REJECT
            pattern, refused = intent
        if not agreed_talks(tok):  # "agreed to return to the talks" stays AGREE
            pattern = agreed_concession(tok, pattern) or pattern  # "agreed to allow them to leave"
        pattern = debt_relief(tok, pattern) or pattern  # "agreed to forgive its loans": AID
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
            found = self.coder.actors_of(doc, h, date)  # "the ministers of X and Y": X's, Y's
            if not found and (
                h.lower_ in _PERSONAL
                or _participant(h)
                or _bare_name(h)
                or (h.lower_ in _PEOPLE_QUANTIFIERS and h.dep_ in _PATIENT_DEPS)
            ):
                # "He rejected ...", "city attorneys rejected ...", "Reno denied ...": someone,
                # not coded (the small model's NER misses many sentence-initial names)
                found = [Actor(None, span(doc, h.idx, h.idx + len(h)), None, None, None, h.text)]
            for a in found:
                if all(a.span != b.span or a.code != b.code for _, b in pairs):
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
        "article_gate": True,
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
    article_gate: bool,
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
        article_gate=article_gate,
    )
