"""agents41 census and over-reach: every event of the PolNeAR tune texts (``polnear``) or of the
LGL texts (``lgl``; documents holding event-gold check rows skipped unread) that hold a
firefighter, paramedic, university, hospital, church, clinic or school-board word, dumped as
JSON (document, type, trigger, sources, targets, sentence). Run once before and once after a
change and diff the two files. From the repository root:
.venv/bin/python docs/experiments/events/agents41_sides.py polnear|lgl OUT.json"""

from __future__ import annotations

import json
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from newsgraph.eval.actors import _make_doc, texts
from newsgraph.nlp.pipeline import build

W = re.compile(
    r"\b(firefighters?|fire ?fighters?|paramedics?|universit(?:y|ies)|colleges?|hospitals?|"
    r"church(?:es)?|clinics?|school boards?)\b",
    re.I,
)


def _check_docs() -> set[str]:
    out = set()
    for name in ("gold.tsv", "negatives.tsv"):
        for line in Path("tests/data/events", name).read_text().splitlines():
            cols = line.split("\t")
            if not line.startswith("#") and len(cols) > 3 and cols[1] == "check":
                out.add(cols[3])  # the document only; the row is not read
    return out


def _items(corpus: str):
    if corpus == "polnear":
        return [i for i in texts(Path("../shared/data/polnear"), 10**6, "tune") if W.search(i[1])]
    skip = _check_docs()
    out = []
    for art in ET.parse("../shared/data/geo/lgl.xml").getroot().iter("article"):
        text = art.findtext("text") or ""
        if f"data/geo/lgl.xml#{art.get('docid')}" not in skip and W.search(text):
            out.append((art.get("docid"), text, None))
    return out


def main(corpus: str, path: str) -> None:
    items = _items(corpus)
    nlp = build()
    docs = [_make_doc(nlp, t, p) for _n, t, p in items]
    out = []
    for (name, _t, _p), doc in zip(items, nlp.pipe(docs, batch_size=16), strict=True):
        for e in doc._.ng_events or []:
            sent = doc.char_span(e.trigger.start, e.trigger.end, alignment_mode="expand")[0].sent
            out.append(
                [
                    name,
                    e.type,
                    e.trigger.text,
                    [(a.span.text, a.code) for a in e.sources],
                    [(a.span.text, a.code) for a in e.targets],
                    sent.text,
                ]
            )
    Path(path).write_text(json.dumps(out))
    print(len(items), "texts,", len(out), "events")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
