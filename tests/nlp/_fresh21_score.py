"""Score the event coder on a hand-written fresh set (tests/data/events_fresh/fresh21*.tsv), the way
``newsgraph eval events`` scores the gold: types per sentence, actor countries on the matched
sentences, no-event rate. A test helper, not a test (issue 10, recall21):

    .venv/bin/python -m tests.nlp._fresh21_score tests/data/events_fresh/fresh21.tsv [-v]

prints one line of scores per kind of row (and for all) and every sentence whose gold type is
missing or which has an extra type (``-v``: every sentence)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from newsgraph.eval._events_records import GoldEvent, NegativeSentence
from newsgraph.eval._events_score import score
from newsgraph.eval.events import parse, predictions


def rows(path: Path) -> list[list[str]]:
    """The data rows (id, kind, type, sentence, source text/code, target text/code)."""
    return [
        line.split("\t")
        for line in path.read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#") and not line.startswith("id\t")
    ]


def main(argv: list[str]) -> None:
    from newsgraph.nlp.pipeline import shared

    path = Path(next(a for a in argv if not a.startswith("-")))
    data = rows(path)
    nlp = shared()
    coder = nlp.get_pipe("newsgraph_events")
    docs = parse(nlp, [r[3] for r in data])
    coded = {r[0]: coder(d)._.ng_events or [] for r, d in zip(data, docs, strict=True)}
    preds = {k: predictions(v) for k, v in coded.items()}
    gold = {
        r[0]: GoldEvent(r[0], "tune", r[1], "", 0, 0, r[3], r[2], (), r[4], r[5], r[6], r[7], "")
        for r in data
        if r[2] != "NONE"
    }
    negs = [
        NegativeSentence(r[0], "tune", "handwritten", "", None, None, r[3], r[1], "")
        for r in data
        if r[2] == "NONE"
    ]
    kinds = sorted({r[1] for r in data if r[2] != "NONE"})
    for kind in [*kinds, "all"]:
        g = [gold[r[0]] for r in data if r[0] in gold and kind in (r[1], "all")]
        s = score(preds, g, negs).as_dict()
        s.pop("per_type")
        print(kind, json.dumps(s))
    for r in data:
        types = {p[0] for p in preds[r[0]]}
        ok = r[2] in types if r[2] != "NONE" else not types
        if "-v" in argv or not ok or types - {r[2]}:
            found = [(e.type, e.mode, e.trigger.text, e.rule) for e in coded[r[0]]]
            print("OK  " if ok else "MISS", r[0], r[2], "|", r[3], "|", found)


if __name__ == "__main__":
    main(sys.argv[1:])
