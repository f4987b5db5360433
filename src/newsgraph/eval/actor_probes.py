"""Score actor coding on the hand-written actor probes
(``tests/data/actor_probes/actor_probes.tsv``; its own folder, so that the events gate's hash of
``tests/data/events/`` does not depend on it).

The probes are short wire-style sentences, one event each, written with their source and target
codes before the coder was run on them (see the file's header). Each probe text is coded alone,
with no article and no publication date, by the pipeline's event coder. A probe text of two
sentences (a pronoun resolved from the sentence before) is scored on the events of its last
sentence only. For each probe the *scored event* is the first non-negated coded event of the
gold type, else the first coded event (the probes measure actors, not types); its first source
and target codes are compared with the gold codes by
:func:`newsgraph.eval._events_records.actor_key` (country, or organisation for
IGO/NGO/IMG/MNC codes). A probe with no coded event is wrong on both sides.

``python -m newsgraph.eval.actor_probes [--part tune|check] [--show]`` prints the source and
target country accuracy per half (``--show`` lists the probes coded wrong: gold vs predicted).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spacy.language import Language

from newsgraph.eval._events_records import actor_key
from newsgraph.eval.splits import part_of

DEFAULT = (
    Path(__file__).resolve().parents[3] / "tests" / "data" / "actor_probes" / "actor_probes.tsv"
)
_COLUMNS = 8


@dataclass(frozen=True)
class Probe:
    id: str
    split: str
    type: str
    source_text: str
    source_code: str
    target_text: str
    target_code: str
    sentence: str


class ProbeFileError(ValueError):
    """A malformed probe file: the message names the file and line."""


def load_probes(path: Path = DEFAULT) -> list[Probe]:
    """The probes in ``path``; the split and the actor texts are verified on load."""
    out: list[Probe] = []
    with Path(path).open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) != _COLUMNS:
                raise ProbeFileError(
                    f"{path}: line {n}: expected {_COLUMNS} tab-separated columns, got {len(cols)}"
                )
            p = Probe(*cols)
            if part_of(p.id) != p.split:
                raise ProbeFileError(f"{path}: line {n}: {p.id} belongs to {part_of(p.id)}")
            for text in (p.source_text, p.target_text):
                if text and text not in p.sentence:
                    raise ProbeFileError(f"{path}: line {n}: {text!r} is not in the sentence")
            out.append(p)
    return out


def scored_pair(probe: Probe, events: Sequence[tuple[str, str, str]]) -> tuple[str, str] | None:
    """(source code, target code) of the event scored for ``probe``: the first of the gold
    type, else the first; None when nothing was coded."""
    if not events:
        return None
    first = next((e for e in events if e[0] == probe.type), events[0])
    return first[1], first[2]


def evaluate(
    path: Path = DEFAULT, *, part: str | None = None, nlp: Language | None = None
) -> dict[str, Any]:
    """Source/target country accuracy per half, and the wrong probes (gold vs predicted)."""
    from newsgraph.eval.events import parse, predictions
    from newsgraph.nlp._doc import sentence_starts

    probes = [p for p in load_probes(path) if part in (None, p.split)]
    if nlp is None:
        from newsgraph.nlp.pipeline import shared

        nlp = shared()
    docs = parse(nlp, [p.sentence for p in probes])
    if "newsgraph_events" in nlp.pipe_names:
        coder = nlp.get_pipe("newsgraph_events")
    else:
        from newsgraph.nlp.events import EventCoder

        coder = EventCoder()
    out: dict[str, Any] = {"wrong": []}
    counts: dict[str, list[int]] = {}
    for p, doc in zip(probes, docs, strict=True):
        last = len(sentence_starts(doc)) - 1
        events = [e for e in coder(doc)._.ng_events or [] if e.sentence == last]
        pair = scored_pair(p, predictions(events))
        src, tgt = pair if pair else ("", "")
        c = counts.setdefault(p.split, [0, 0, 0, 0])
        bad = []
        if p.source_code:
            c[1] += 1
            ok = actor_key(src) == actor_key(p.source_code)
            c[0] += ok
            bad += [] if ok else [f"source {p.source_code} got {src or '-'}"]
        if p.target_code:
            c[3] += 1
            ok = actor_key(tgt) == actor_key(p.target_code)
            c[2] += ok
            bad += [] if ok else [f"target {p.target_code} got {tgt or '-'}"]
        if bad:
            out["wrong"].append(f"{p.id} ({p.split}) {'; '.join(bad)}: {p.sentence}")
    for split, (so, sn, to, tn) in sorted(counts.items()):
        out[f"{split}_source"] = f"{so}/{sn}"
        out[f"{split}_target"] = f"{to}/{tn}"
        out[f"{split}_source_accuracy"] = round(so / sn, 4) if sn else 0.0
        out[f"{split}_target_accuracy"] = round(to / tn, 4) if tn else 0.0
    return out


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m newsgraph.eval.actor_probes")
    ap.add_argument("path", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--part", choices=("tune", "check"))
    ap.add_argument("--show", action="store_true", help="list the probes coded wrong")
    args = ap.parse_args(argv)
    try:
        m = evaluate(args.path, part=args.part)
    except (OSError, ProbeFileError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    for split in ("tune", "check"):
        if f"{split}_source" in m:
            label = "tune (IN-SAMPLE once rules are fitted on it)" if split == "tune" else split
            print(
                f"{label}: source country {m[f'{split}_source_accuracy']:.3f} "
                f"({m[f'{split}_source']}), target country "
                f"{m[f'{split}_target_accuracy']:.3f} ({m[f'{split}_target']})"
            )
    if args.show:
        print("\n".join(m["wrong"]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
