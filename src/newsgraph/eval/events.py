"""Score ``newsgraph_events`` on our hand-written PLOVER gold and no-event set.

``newsgraph eval events [DIR]`` (default ``tests/data/events``; the sentences are read from the
corpora under ``../shared`` by :mod:`newsgraph.eval.events_gold`) codes every gold and negative
sentence on its own (no article context, no publication date) with the pipeline's event coder
and scores them with :func:`newsgraph.eval.events_gold.score`:

* ``check_type_precision`` / ``check_type_recall`` / ``check_type_f1``: event types on the
  *check* half of the gold (never used to fit anything): a sentence is matched when one of its
  predicted events has the gold type; precision divides by the distinct predicted types;
* ``check_source_accuracy`` / ``check_target_accuracy``: country (or organisation) of the
  first event of the gold type, on matched check sentences;
* ``check_mode_accuracy``: on matched check sentences whose gold row has a mode, the share
  whose first event of the gold type carries one of the gold modes (``check_mode_scored``:
  how many were scored);
* ``check_false_positive_rate``: share of the *check* no-event sentences with any event
  (``check_no_event_accuracy`` = 1 - that rate, the form the gate pins: floors only rise);
  ``check_handwritten_no_event_accuracy`` on the hand-written rows alone (issue 10 item 4's
  set: at most 5 % with an event), ``check_corpus_no_event_accuracy`` on the real corpus
  sentences with trap words (harder, added beyond the issue's set);
* ``tune_*``: the same on the tune halves, where patterns, thresholds and the classifier were
  fitted: **in-sample**, reported for comparison only, never gated.

Predicted events flagged ``negated`` are not counted (they did not happen); hypothetical ones
are (the gold codes threats, promises and plans as their PLOVER types).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.eval.events_gold import (
    GoldEvent,
    NegativeSentence,
    load_gold,
    load_negatives,
    score,
)
from newsgraph.model import Event
from newsgraph.nlp._doc import register_extensions

register_extensions()

Prediction = tuple[str, str, str]
Coder = Callable[[Doc], Doc]


def shared_root(path: Path) -> Path:
    """``../shared`` beside the project holding ``path`` (``tests/data/events``), or
    ``$NEWSGRAPH_SHARED``."""
    env = os.environ.get("NEWSGRAPH_SHARED")
    if env:
        return Path(env)
    p = Path(path).resolve()
    for parent in p.parents:
        if (parent / "pyproject.toml").exists():
            return parent.parent / "shared"
    return Path("..") / "shared"


def load(path: Path) -> tuple[list[GoldEvent], list[NegativeSentence]]:
    path = Path(path)
    shared = shared_root(path)
    return load_gold(path, shared), load_negatives(path, shared)


def predictions(events: Iterable[Event]) -> list[Prediction]:
    """(type, first source code, first target code) of each non-negated event."""
    out: list[Prediction] = []
    for e in events:
        if e.negated:
            continue
        src = next((a.code for a in e.sources if a.code), "") or ""
        tgt = next((a.code for a in e.targets if a.code), "") or ""
        out.append((e.type, src, tgt))
    return out


def parse(nlp: Language, texts: Sequence[str]) -> list[Doc]:
    """Parse sentences with every component but the event coder."""
    docs = [nlp.make_doc(t) for t in texts]
    disabled = [n for n in nlp.pipe_names if n == "newsgraph_events"]
    with nlp.select_pipes(disable=disabled):
        return list(nlp.pipe(docs))


def mode_accuracy(coded: dict[str, list[Event]], gold: Sequence[GoldEvent]) -> tuple[int, int]:
    """(right, scored): on gold sentences with a gold mode whose type was found, whether the
    first non-negated predicted event of the gold type has one of the gold modes."""
    right = scored = 0
    for g in gold:
        if not g.modes:
            continue
        first = next((e for e in coded.get(g.id, []) if e.type == g.type and not e.negated), None)
        if first is None:
            continue
        scored += 1
        right += first.mode in g.modes
    return right, scored


def metrics(
    coder: Coder,
    gold: Sequence[GoldEvent],
    negatives: Sequence[NegativeSentence],
    docs: dict[str, Doc],
    parts: Sequence[str] = ("check", "tune"),
) -> dict[str, Any]:
    """Scores of ``coder`` on parsed sentences (``docs`` by sentence id), per split."""
    coded = {sid: coder(doc)._.ng_events or [] for sid, doc in docs.items()}
    preds = {sid: predictions(evs) for sid, evs in coded.items()}
    out: dict[str, Any] = {}
    for part in parts:
        g = [x for x in gold if x.split == part]
        n = [x for x in negatives if x.split == part]
        s = score(preds, g, n)
        out[f"{part}_sentences"] = len(g)
        out[f"{part}_negatives"] = len(n)
        out[f"{part}_type_precision"] = round(s.precision, 4)
        out[f"{part}_type_recall"] = round(s.recall, 4)
        out[f"{part}_type_f1"] = round(s.f1, 4)
        out[f"{part}_source_accuracy"] = round(s.source_accuracy, 4)
        out[f"{part}_target_accuracy"] = round(s.target_accuracy, 4)
        out[f"{part}_false_positive_rate"] = round(s.false_positive_rate, 4)
        out[f"{part}_no_event_accuracy"] = round(1 - s.false_positive_rate, 4)
        out[f"{part}_negatives_with_event"] = s.negatives_with_event
        # issue 10 item 4 names a hand-written set; the real corpus sentences with trap words
        # were added beyond it and are harder: both are reported (and gated) on their own
        for origin, rows in (
            ("handwritten", [x for x in n if x.corpus == "handwritten"]),
            ("corpus", [x for x in n if x.corpus != "handwritten"]),
        ):
            hit = score(preds, [], rows).negatives_with_event
            out[f"{part}_{origin}_negatives"] = len(rows)
            out[f"{part}_{origin}_negatives_with_event"] = hit
            out[f"{part}_{origin}_no_event_accuracy"] = (
                round(1 - hit / len(rows), 4) if rows else 0.0
            )
        right, scored = mode_accuracy(coded, g)
        out[f"{part}_mode_accuracy"] = round(right / scored, 4) if scored else 0.0
        out[f"{part}_mode_scored"] = scored
        for t, c in sorted(s.per_type.items()):
            out[f"{part}_per_type_{t}"] = f"{c.matched}/{c.gold} (predicted {c.predicted})"
    return out


def evaluate(
    path: Path,
    *,
    limit: int | None = None,
    nlp: Language | None = None,
    part: str | None = None,
) -> dict[str, Any]:
    """Code and score the gold and no-event sentences in ``path`` (see the module doc);
    ``part`` ("tune"/"check") scores one half, else both."""
    gold, negatives = load(path)
    parts = (part,) if part in ("tune", "check") else ("check", "tune")
    gold = [g for g in gold if g.split in parts]
    negatives = [n for n in negatives if n.split in parts]
    if limit is not None:
        gold, negatives = gold[:limit], negatives[:limit]
    if nlp is None:
        from newsgraph.nlp.pipeline import shared

        nlp = shared()
    ids = [g.id for g in gold] + [n.id for n in negatives]
    texts = [g.sentence for g in gold] + [n.sentence for n in negatives]
    docs = dict(zip(ids, parse(nlp, texts), strict=True))
    if "newsgraph_events" in nlp.pipe_names:
        coder: Coder = nlp.get_pipe("newsgraph_events")
    else:
        from newsgraph.nlp.events import EventCoder

        coder = EventCoder()
    return metrics(coder, gold, negatives, docs, parts)


def report(m: dict[str, Any]) -> str:
    lines = ["PLOVER event gold: event types, actors, no-event sentences"]
    for part, label in (("check", "check half (gated)"), ("tune", "tune half (IN-SAMPLE)")):
        if f"{part}_sentences" not in m:
            continue
        lines.append(
            f"{label}: {m[f'{part}_sentences']} sentences, type P/R/F1 "
            f"{m[f'{part}_type_precision']:.3f} / {m[f'{part}_type_recall']:.3f} / "
            f"{m[f'{part}_type_f1']:.3f}; source/target country "
            f"{m[f'{part}_source_accuracy']:.3f} / {m[f'{part}_target_accuracy']:.3f}; "
            f"no-event sentences with events {m[f'{part}_negatives_with_event']}/"
            f"{m[f'{part}_negatives']} ({m[f'{part}_false_positive_rate']:.3f}); mode "
            f"{m[f'{part}_mode_accuracy']:.3f} of {m[f'{part}_mode_scored']} type-matched "
            "events with a gold mode"
        )
    per = [
        f"{k[len('check_per_type_') :]} {v}"
        for k, v in m.items()
        if k.startswith("check_per_type_")
    ]
    if per:
        lines.append("check, per type (matched/gold): " + "; ".join(per))
    return "\n".join(lines)
