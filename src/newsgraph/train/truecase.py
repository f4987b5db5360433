"""``newsgraph train truecase``: learn the case tables of the headline truecaser.

``newsgraph train truecase ../shared`` reads news text and counts, for every word seen inside
a sentence (not its first word, not after ``.``, ``!``, ``?``, ``:``, a quote or a dash) on a
line that is neither title case nor all caps (:func:`newsgraph.nlp.truecase.line_kind`), how
often it is written lowercase, capitalised or all in capitals. It writes
``src/newsgraph/nlp/resources/truecase/``:

* ``lowercase.txt``: the words written lowercase in at least ``threshold`` of at least
  ``min_count`` sightings (a sorted list, one a line, after a ``#`` header);
* ``acronyms.txt``: the words written all in capitals (two or more letters) at least
  ``min_acronym`` times and in at least ``acronym_share`` of their sightings;
* ``meta.json``: the sources and how many texts, lines and words each gave, the thresholds,
  the table sizes, the date.

The texts (:func:`sources`): the NGEC synthetic event stories' bodies
(``data/events/synthetic``) and the PolNeAR train texts that no hand-written gold of
``tests/data`` points at (any part: event gold, audit, probes, speakers, places), so no check
text of any gold is read. ``min_count`` and ``threshold`` were chosen with :func:`restore`
on a tune split (docs/truecase.md): the tables are counted on the texts whose key is in the
"tune" part of :func:`newsgraph.eval.splits.part_of`, and the lines of the others, put into
title case, are truecased and compared with their original casing.
"""

from __future__ import annotations

import csv
import gzip
import json
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from newsgraph.eval.splits import part_of
from newsgraph.nlp.truecase import FUNCTION_WORDS, line_kind, truecase

SYNTHETIC = Path("data/events/synthetic/ngec_synthetic_plover_stories.csv.gz")
POLNEAR = Path("data/polnear/train/text")
#: chosen on the tune split (docs/truecase.md)
MIN_COUNT = 3
THRESHOLD = 0.9
MIN_ACRONYM = 3
ACRONYM_SHARE = 0.2

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
# a word after one of these (and spaces) starts a sentence or a quotation: its case is no evidence
_OPENERS = frozenset(".!?:;\"“‘'—–-([")


@dataclass
class Counts:
    """Sightings of each word (lowercased key): lowercase, capitalised, all capitals."""

    lower: Counter[str] = field(default_factory=Counter)
    upper: Counter[str] = field(default_factory=Counter)
    caps: Counter[str] = field(default_factory=Counter)
    texts: int = 0
    lines: int = 0
    words: int = 0

    def add(self, text: str) -> None:
        self.texts += 1
        for line in text.splitlines():
            if not line.strip() or line_kind(line) is not None:
                continue
            self.lines += 1
            for word, initial in inner_words(line):
                if initial:
                    continue
                key = word.lower()
                self.words += 1
                if word == key:
                    self.lower[key] += 1
                elif len(word) >= 2 and word.isupper():
                    self.caps[key] += 1
                elif word[0].isupper():
                    self.upper[key] += 1


def inner_words(line: str) -> Iterator[tuple[str, bool]]:
    """Each word of ``line`` and whether it opens a sentence, quotation or the line."""
    for m in _WORD.finditer(line):
        before = line[: m.start()].rstrip()
        yield m.group(), not before or before[-1] in _OPENERS


def tables(
    counts: Counts,
    min_count: int = MIN_COUNT,
    threshold: float = THRESHOLD,
    min_acronym: int = MIN_ACRONYM,
    acronym_share: float = ACRONYM_SHARE,
) -> tuple[frozenset[str], frozenset[str]]:
    """(lowercase words, acronyms) from ``counts`` with these thresholds."""
    lowercase = set()
    for key, low in counts.lower.items():
        total = low + counts.upper[key] + counts.caps[key]
        if total >= min_count and low >= threshold * total:
            lowercase.add(key)
    # inflections of a lowercase word that were seen too rarely to be judged ("endorses" of
    # "endorse"): headlines use forms the counted text may lack; a form seen often enough
    # keeps its own verdict (a name such as "Rogers" is seen capitalised)
    for key in list(lowercase):
        for form in inflections(key):
            seen = counts.lower[form] + counts.upper[form] + counts.caps[form]
            if seen < min_count:
                lowercase.add(form)
    lowercase |= FUNCTION_WORDS  # articles, conjunctions, prepositions: lowercase inside a line
    acronyms = set()
    for key, caps in counts.caps.items():
        total = caps + counts.lower[key] + counts.upper[key]
        if caps >= min_acronym and caps >= acronym_share * total:
            acronyms.add(key.upper())
    return frozenset(lowercase), frozenset(acronyms)


def inflections(word: str) -> list[str]:
    """Regular English inflections of ``word`` (plural / third person, past, -ing)."""
    if len(word) < 3 or not word.isalpha():
        return []
    forms = []
    if word.endswith("e"):
        forms += [word + "s", word + "d", word[:-1] + "ing"]
    elif word.endswith("y") and word[-2] not in "aeiou":
        forms += [word[:-1] + "ies", word[:-1] + "ied", word + "ing"]
    elif word.endswith(("s", "x", "z", "ch", "sh")):
        forms += [word + "es", word + "ed", word + "ing"]
    else:
        forms += [word + "s", word + "ed", word + "ing"]
    return forms


def sources(shared: Path, gold: Path = Path("tests/data")) -> Iterator[tuple[str, str, str]]:
    """(source, key, text) of every counted text: synthetic story bodies, then PolNeAR train
    texts no gold under ``gold`` (the repository's ``tests/data``) points at."""
    csv.field_size_limit(1 << 30)
    with gzip.open(shared / SYNTHETIC, "rt", encoding="utf-8", newline="") as fh:
        for i, row in enumerate(csv.DictReader(fh)):
            yield "ngec_synthetic", f"synthetic-{i}", row.get("text") or ""
    excluded = gold_texts(gold)
    for path in sorted((shared / POLNEAR).glob("*.txt")):
        if path.stem not in excluded:
            yield "polnear_train", path.stem, path.read_text(encoding="utf-8")


def gold_texts(folder: Path) -> set[str]:
    """Stems of PolNeAR texts named anywhere in the hand gold under ``folder``."""
    names: set[str] = set()
    if not folder.is_dir():
        return names
    pattern = re.compile(r"[\w.-]+_\d{4}-\d\d-\d\d_[\w.-]+?(?=\.txt|\s|$|#|\"|')")
    for path in folder.rglob("*"):
        if path.is_file() and path.suffix in {".tsv", ".txt", ".json", ".jsonl", ".csv"}:
            names.update(pattern.findall(path.read_text(encoding="utf-8", errors="replace")))
    return names


def title_case(line: str) -> str:
    """``line`` as a headline writer would title-case it: every word capitalised but the small
    function words (after the first); same length."""
    out = list(line)
    first = True
    for m in _WORD.finditer(line):
        w = m.group()
        if first or w.lower() not in FUNCTION_WORDS:
            up = w[0].upper()
            if len(up) == 1:
                out[m.start()] = up
        first = False
    return "".join(out)


def restore(
    lines: Iterable[str], lowercase: frozenset[str], acronyms: frozenset[str]
) -> dict[str, Any]:
    """Put each prose line into title case, truecase it, and count per word (after the first)
    against the original: lowercase words restored, lowercase words left capitalised, and
    capitalised words wrongly lowercased."""
    restored = missed = wrong = kept = lines_used = 0
    for line in lines:
        titled = title_case(line)
        if line_kind(titled) != "title":
            continue
        lines_used += 1
        cased = truecase(titled, lowercase, acronyms) or titled
        for i, (m_orig, m_new) in enumerate(
            zip(_WORD.finditer(line), _WORD.finditer(cased), strict=True)
        ):
            if i == 0:
                continue
            orig, new = m_orig.group(), m_new.group()
            if orig[0].islower():
                restored += new[0].islower()
                missed += not new[0].islower()
            else:
                wrong += new[0].islower()
                kept += not new[0].islower()
    return {
        "lines": lines_used,
        "lowercase_restored": restored,
        "lowercase_missed": missed,
        "capitals_lowered": wrong,
        "capitals_kept": kept,
        "restore_rate": round(restored / max(1, restored + missed), 4),
        "wrong_rate": round(wrong / max(1, wrong + kept), 4),
    }


def tune_lines(texts: Iterable[str], limit: int = 4000) -> list[str]:
    """Prose lines of the held-out texts, short enough to be headlines (up to ``limit``)."""
    out: list[str] = []
    for text in texts:
        for line in text.splitlines():
            words = _WORD.findall(line)
            if 5 <= len(words) <= 25 and line_kind(line) is None:
                out.append(line)
                if len(out) >= limit:
                    return out
    return out


def train(
    shared: Path,
    out: Path,
    *,
    gold: Path = Path("tests/data"),
    min_count: int = MIN_COUNT,
    threshold: float = THRESHOLD,
    tune: bool = False,
    progress: Callable[[str], None] = lambda m: None,
) -> dict[str, Any]:
    """Count the texts under ``shared``, write the tables and meta to ``out``, return the meta.
    With ``tune``, also score a grid of (min_count, threshold) on the tune split (counted on
    the "tune" texts, scored on lines of the others) and record it."""
    counts = Counts()
    tune_counts = Counts()
    held_out: list[str] = []
    per_source: Counter[str] = Counter()
    for source, key, text in sources(shared, gold):
        per_source[source] += 1
        counts.add(text)
        if tune:
            if part_of(key) == "tune":
                tune_counts.add(text)
            elif len(held_out) < 600:
                held_out.append(text)
    progress(f"counted {counts.texts} texts, {counts.lines} lines, {counts.words} inner words")
    meta: dict[str, Any] = {
        "what": "newsgraph headline truecaser case tables (newsgraph train truecase)",
        "sources": {
            "ngec_synthetic": f"{SYNTHETIC} (story bodies; NGEC project, MIT)",
            "polnear_train": f"{POLNEAR} (texts no gold under tests/data names)",
        },
        "excluded_gold_texts": sum(1 for _ in (shared / POLNEAR).glob("*.txt"))
        - per_source["polnear_train"],
        "texts": dict(per_source),
        "lines": counts.lines,
        "inner_words": counts.words,
        "min_count": min_count,
        "threshold": threshold,
        "min_acronym": MIN_ACRONYM,
        "acronym_share": ACRONYM_SHARE,
        "date": date.today().isoformat(),
    }
    if tune:
        lines = tune_lines(held_out)
        grid = []
        for n in (2, 3, 5, 10, 20):
            for t in (0.8, 0.85, 0.9, 0.95):
                low, acr = tables(tune_counts, n, t)
                row = {"min_count": n, "threshold": t, "size": len(low)}
                grid.append(row | restore(lines, low, acr))
        meta["tune"] = grid
    lowercase, acronyms = tables(counts, min_count, threshold)
    meta["lowercase_words"] = len(lowercase)
    meta["acronyms"] = len(acronyms)
    out.mkdir(parents=True, exist_ok=True)
    header = "# newsgraph truecase table; see meta.json (newsgraph train truecase)\n"
    (out / "lowercase.txt").write_text(
        header + "".join(f"{w}\n" for w in sorted(lowercase)), encoding="utf-8"
    )
    (out / "acronyms.txt").write_text(
        header + "".join(f"{w}\n" for w in sorted(acronyms)), encoding="utf-8"
    )
    (out / "meta.json").write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
    return meta
