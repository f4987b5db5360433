"""lost43 over-reach: sentences of unlabelled text (PolNeAR train, LGL and PTC; documents
holding event-gold check rows skipped) with a document noun near a verbal word, coded with
and without ``document_speaks``; prints every sentence whose events change and how often
``no_agent`` fired. Run from the repository root:
.venv/bin/python docs/experiments/events/lost43_overreach.py [max sentences]"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from newsgraph.nlp.events import component as C

SHARED = Path("../shared")
GOLD = Path("tests/data/events")
DOCS = re.compile(
    r"\b(letter|tweet|statement|memo|memorandum|lawsuit|complaint|editorial|op-ed|ad|"
    r"advertisement|petition|e-?mail|communiqu[eé]|resolution)s?\b",
    re.I,
)
SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])")


def _check_docs() -> set[str]:
    out = set()
    for name in ("gold.tsv", "negatives.tsv"):
        for line in (GOLD / name).read_text().splitlines():
            cols = line.split("\t")
            if not line.startswith("#") and len(cols) > 3 and cols[1] == "check":
                out.add(cols[3])  # the document only; the row is not read
    return out


def _texts():
    skip = _check_docs()
    for p in sorted((SHARED / "data/polnear/train/text").glob("*.txt")):
        if str(p.relative_to(SHARED)) not in skip:
            yield p.read_text()
    for p in sorted((SHARED / "data/framing/ptc/articles").glob("*.txt")):
        if str(p.relative_to(SHARED)) not in skip:
            yield p.read_text()
    root = ET.parse(SHARED / "data/geo/lgl.xml").getroot()
    for art in root.iter("article"):
        if f"data/geo/lgl.xml#{art.get('docid')}" in skip:
            continue
        yield art.findtext("text") or ""


def main(limit: int) -> None:
    from newsgraph.nlp.pipeline import shared

    sents = []
    for text in _texts():
        for s in SPLIT.split(text.replace("\n", " ")):
            if DOCS.search(s) and 40 < len(s) < 400:
                sents.append(s)
    sents = sents[:limit]
    nlp = shared()
    coder = nlp.get_pipe("newsgraph_events")
    names = [n for n in nlp.pipe_names if n == "newsgraph_events"]
    with nlp.select_pipes(disable=names):
        docs = list(nlp.pipe(sents))
    real_speaks, real_no_agent = C.document_speaks, C.no_agent
    fired = [0]

    def counting(*a, **k):
        r = real_no_agent(*a, **k)
        fired[0] += bool(r)
        return r

    changed = 0
    n_fired = 0
    for s, doc in zip(sents, docs, strict=True):
        C.document_speaks = lambda *a: False
        fired[0] = 0
        C.no_agent = counting
        before = [(e.type, e.trigger.text) for e in coder(doc)._.ng_events or []]
        n_fired += bool(fired[0])
        C.no_agent = real_no_agent
        C.document_speaks = real_speaks
        after = [(e.type, e.trigger.text) for e in coder(doc)._.ng_events or []]
        if before != after:
            changed += 1
            print(f"CHANGED\t{before}\t{after}\t{s}")
    print(f"{len(sents)} sentences; no_agent fired in {n_fired}; changed {changed}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 3000)
