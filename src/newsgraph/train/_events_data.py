"""Training sentences for the event-type classifier: the NGEC synthetic stories (headline and
first sentence, story-level labels), the PETRARCH suite and the hand-labelled gold, and a hash
of what was read.
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from newsgraph.nlp.events._patterns import PLOVER_TYPES

SYNTHETIC = Path("data/events/synthetic/ngec_synthetic_plover_stories.csv.gz")
PETRARCH = Path("data/events/petrarch")


@dataclass(slots=True)
class Sentence:
    """One training sentence with its sentence-level PLOVER types (empty: no event)."""

    text: str
    types: frozenset[str]
    source: str  # synthetic | petrarch | gold | negatives
    weight: float
    date: str | None = None


_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")


def sentence_case(headline: str, body: str) -> str:
    """A title-case headline in sentence case: a word that occurs lower-case in ``body`` is
    lower-cased; names (never lower-case in the story) keep their capital."""
    lower = {w for w in _WORD.findall(body) if w.islower()}
    out: list[str] = []
    first = True

    def fix(m: re.Match[str]) -> str:
        nonlocal first
        w = m.group(0)
        if first:
            first = False
            return w
        return w.lower() if w.lower() in lower and not w.isupper() else w

    for part in re.split(r"(\s+)", headline):
        out.append(_WORD.sub(fix, part))
    return "".join(out).strip()


def _first_sentence(text: str) -> str:
    para = next((p for p in text.split("\n") if p.strip()), "").strip()
    m = re.search(r"(?<=[a-z0-9\)\"'][.!?])\s+(?=[A-Z\"'])", para)
    return para[: m.start()].strip() if m else para


def synthetic_sentences(path: Path) -> list[Sentence]:
    """Headline and first sentence of every synthetic story, with the story's label."""
    out: list[Sentence] = []
    with gzip.open(path, "rt", encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            label = (row.get("label") or "").strip().upper()
            if label not in PLOVER_TYPES:
                continue
            body = row.get("text") or ""
            title = (row.get("prompt") or "").split("\n", 1)[0].strip()
            if title and "{" not in title:
                out.append(
                    Sentence(sentence_case(title, body), frozenset({label}), "synthetic", 1.0)
                )
            first = _first_sentence(body)
            if 20 <= len(first) <= 400:
                out.append(Sentence(first, frozenset({label}), "synthetic", 0.5))
    return out


def petrarch_sentences(folder: Path, split: str = "tune") -> list[Sentence]:
    """The PETRARCH suite's scorable sentences of one split, types converted to PLOVER."""
    from newsgraph.eval.petrarch import CONVERSION, RECORDS, read_conversion, read_records
    from newsgraph.eval.splits import part_of

    table = read_conversion(folder / CONVERSION)
    records, _ = read_records(folder / RECORDS, table)
    return [
        Sentence(r.text, frozenset(g[1] for g in r.gold), "petrarch", 1.0, r.date or None)
        for r in records
        if part_of(r.id) == split
    ]


def gold_sentences(path: Path, split: str = "tune", weight: float = 3.0) -> list[Sentence]:
    """Rows of one split of our event gold and no-event set (``tests/data/events``)."""
    from newsgraph.eval.events import load

    gold, negatives = load(path)
    return [
        Sentence(g.sentence, frozenset({g.type}), "gold", weight) for g in gold if g.split == split
    ] + [
        Sentence(n.sentence, frozenset(), "negatives", weight)
        for n in negatives
        if n.split == split
    ]


def data_sha256(sentences: Sequence[Sentence]) -> str:
    """SHA-256 of the training sentences and labels, in order."""
    h = hashlib.sha256()
    for s in sentences:
        h.update(f"{s.source}\t{s.weight}\t{'|'.join(sorted(s.types))}\t{s.text}\n".encode())
    return h.hexdigest()
