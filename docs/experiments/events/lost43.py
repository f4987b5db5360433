"""lost43 (2026-12-01): tune gold rows whose gold type had a matching pattern but that end
without an event of that type: which step drops the right match?

In-sample, shipped weights, TUNE rows only (check rows are never parsed, scored or printed).
For each tune gold row whose predictions (``eval.events.predictions``: non-negated events)
lack the gold type, every trigger of the gold type (``EventCoder._triggers``) is followed:

* ``subsumed`` (a verb takes the noun), ``classifier veto`` (``_judge`` None),
* inside ``_event``: the component's filter names are wrapped and the first one that drops
  the match is named (``seized_on``, ``harm_ok``, ``stance``, ``no_agent``, ``min_actors``,
  ``_not_political``, ``domain_idiom``, ``private_life``, ``participant_kind``,
  ``_pronoun_talk``, ``speech_no_event``, ``other_sense``, ``stance_holder``,
  ``lone_meeting``, ``consult_no_source``),
* ``retyped -> X (rule)``: ``_event`` made an event of another type,
* ``negated``: made, of the type, but negated,
* after ``_event``: ``headline_events``, ``_content_events``, ``_secondary``, ``main_events``,
  ``article_gate`` (the first stage whose output lacks it).

Run from the repository root:  .venv/bin/python docs/experiments/events/lost43.py
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from newsgraph.eval.events import load, parse, predictions
from newsgraph.nlp.events import component as C

GOLD = Path("tests/data/events")
WRAPPED = (
    "seized_on",
    "harm_ok",
    "stance",
    "no_agent",
    "_not_political",
    "domain_idiom",
    "private_life",
    "participant_kind",
    "_pronoun_talk",
    "speech_no_event",
    "other_sense",
    "stance_holder",
    "lone_meeting",
)
# a filter's result that drops the match
DROPS = {
    "seized_on": lambda r: bool(r),
    "harm_ok": lambda r: not r,
    "stance": lambda r: r is None,
    "no_agent": lambda r: bool(r),
    "_not_political": lambda r: bool(r),
    "domain_idiom": lambda r: bool(r),
    "private_life": lambda r: bool(r),
    "participant_kind": lambda r: bool(r),
    "_pronoun_talk": lambda r: bool(r),
    "speech_no_event": lambda r: bool(r),
    "other_sense": lambda r: bool(r),
    "stance_holder": lambda r: not r,
    "lone_meeting": lambda r: bool(r),
}
LOG: list[tuple[str, bool]] = []


def _wrap(name):
    real = getattr(C, name)

    def wrapped(*a, **k):
        r = real(*a, **k)
        LOG.append((name, DROPS[name](r)))
        return r

    return wrapped


def _why_none() -> str:
    dropped = [n for n, d in LOG if d]
    if dropped:
        return dropped[0]
    called = [n for n, _ in LOG]
    if "_not_political" not in called and "no_agent" in called:
        return "min_actors"
    if "lone_meeting" in called or "_pronoun_talk" in called:
        return "consult_no_source"
    return "unknown"


def trace(coder, doc, gtype: str) -> str:
    date = doc._.ng_published
    triggers = coder._triggers(doc)
    right = [t for t in triggers if t[1].type == gtype]
    if not right:
        return "no trigger of the type"
    verbal = {tok.i: p.type for tok, p, _ in triggers if p.pos == "V"}
    steps = []
    for tok, pattern, dep in right:
        if pattern.pos == "N" and C._subsumed(tok, pattern, verbal):
            steps.append(f"subsumed ({tok.text})")
            continue
        pattern = C.labour_strike(tok, pattern, dep, coder.coder, date) or pattern
        judged = coder._judge(tok, pattern, dep)
        if judged is None:
            steps.append(f"classifier veto ({tok.text})")
            continue
        LOG.clear()
        ev = coder._event(doc, tok, judged[0], dep, date, judged[1])
        if ev is None:
            steps.append(f"{_why_none()} ({tok.text} {pattern.name})")
            continue
        if ev.type != gtype:
            steps.append(f"retyped -> {ev.type} ({tok.text} {ev.rule})")
            continue
        if ev.negated:
            steps.append(f"negated ({tok.text} {ev.rule})")
            continue
        # the post stages over the full event list
        full = coder(doc)._.ng_events or []
        if any(e.trigger == ev.trigger and e.type == gtype for e in full):
            steps.append(f"kept, other ({tok.text})")
            continue
        events = _raw_events(coder, doc)
        stage = "unknown post stage"
        for name, fn in (
            ("headline_events", lambda es: C.headline_events(doc, es)),
            ("_content_events", lambda es: C._content_events(doc, es)),
            ("_secondary", lambda es: C._secondary(doc, es)),
            ("main_events", lambda es: C.main_events(doc, es)),
            ("article_gate", lambda es: C.article_gate(doc, es) if coder.article_gate else es),
        ):
            events = fn(events)
            if not any(e.trigger == ev.trigger and e.type == gtype for e in events):
                stage = name
                break
        steps.append(f"{stage} ({tok.text} {ev.rule})")
    return " | ".join(steps)


def _raw_events(coder, doc):
    """The events of ``EventCoder.__call__`` before its post stages (pattern matches only)."""
    date = doc._.ng_published
    triggers = coder._triggers(doc)
    verbal = {tok.i: p.type for tok, p, _ in triggers if p.pos == "V"}
    out, seen = [], set()
    for tok, pattern, dep in triggers:
        if tok.i in seen:
            continue
        seen.add(tok.i)
        if dep is not None:
            seen.add(dep.i)
        if pattern.pos == "N" and C._subsumed(tok, pattern, verbal):
            continue
        pattern = C.labour_strike(tok, pattern, dep, coder.coder, date) or pattern
        judged = coder._judge(tok, pattern, dep)
        if judged is None:
            continue
        ev = coder._event(doc, tok, judged[0], dep, date, judged[1])
        if ev is not None:
            out.append(ev)
    return out


def main() -> None:
    from newsgraph.nlp.pipeline import shared

    nlp = shared()
    gold, _ = load(GOLD)
    gold = [g for g in gold if g.split == "tune"]  # tune only
    docs = parse(nlp, [g.sentence for g in gold])
    coder = nlp.get_pipe("newsgraph_events")
    for name in WRAPPED:
        setattr(C, name, _wrap(name))
    kinds: Counter[str] = Counter()
    for g, doc in zip(gold, docs, strict=True):
        got = {p[0] for p in predictions(coder(doc)._.ng_events or [])}
        if g.type in got:
            continue
        why = trace(coder, doc, g.type)
        if why == "no trigger of the type":
            continue
        first = why.split(" (")[0]
        kinds[first] += 1
        print("\t".join([g.id, g.type, ",".join(sorted(got)) or "-", why, g.sentence[:200]]))
        sys.stdout.flush()
    for k, n in kinds.most_common():
        print(f"{n}\t{k}")


if __name__ == "__main__":
    main()
