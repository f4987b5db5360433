"""Hand-labelled PLOVER event gold and the no-event set, and a coder-independent scorer.

The files live in ``tests/data/events/`` (``gold.tsv``, ``negatives.tsv``; their README and the
``#`` header of each file give the labelling conventions). They do not contain the corpus
sentences: a row points at a document under ``../shared`` by ``corpus``, ``path`` and character
offsets ``start``/``end``, and this module reads the sentence from there. How the document text
is obtained (the offsets index exactly this string):

* ``tbaq`` -- a TimeML ``.tml`` file: the text content of its ``<TEXT>`` element with all tags
  removed and XML entities decoded (``"".join(root.find("TEXT").itertext())``).
* ``polnear`` and ``ptc`` -- a plain text file, decoded as UTF-8 in Python text mode.
* ``extraction`` -- ``data/extraction/ground-truth.json#<key>``: the ``articleBody`` string of
  entry ``<key>`` in that JSON object.
* ``lgl`` -- ``data/geo/lgl.xml#<docid>``: the text of the ``<text>`` element of the
  ``<article docid="...">`` with that id.
* ``handwritten`` (negatives only) -- no document; the sentence is in the row's ``text`` column.

Every row carries ``check``, the first ten hex digits of the SHA-1 of the sentence it means, so a
corpus that changed under the offsets is reported instead of silently scoring other text. The
``split`` column is :func:`newsgraph.eval.splits.part_of` of the row id (``check`` when
sha1(id) is odd) and is verified on load.

:func:`score` compares a coder's output, given as plain data (sentence id -> list of
``(type, source_code, target_code)``), with the gold; it does not import the coder.

The parts live beside it: ``_events_records`` (the PLOVER vocabulary, the records, the
sentence check, the actor key), ``_events_documents`` (reading the corpora) and
``_events_score`` (the scorer); every name is importable from here.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence
from pathlib import Path

from newsgraph.eval._events_documents import document_text
from newsgraph.eval._events_records import (
    PLOVER_MODES,
    PLOVER_TYPES,
    GoldEvent,
    GoldFileError,
    NegativeSentence,
    Prediction,
    actor_key,
    sentence_check,
)
from newsgraph.eval._events_score import EventScore, TypeCounts, score, type_counts
from newsgraph.eval.splits import Part, part_of

__all__ = [
    "CORPORA",
    "GOLD_COLUMNS",
    "HANDWRITTEN",
    "NEGATIVE_COLUMNS",
    "PLOVER_MODES",
    "PLOVER_TYPES",
    "EventScore",
    "GoldEvent",
    "GoldFileError",
    "NegativeSentence",
    "Prediction",
    "TypeCounts",
    "actor_key",
    "document_text",
    "load_gold",
    "load_negatives",
    "score",
    "sentence_check",
    "type_counts",
]

GOLD_COLUMNS: tuple[str, ...] = (
    "id",
    "split",
    "corpus",
    "path",
    "start",
    "end",
    "check",
    "type",
    "mode",
    "source_text",
    "source_code",
    "target_text",
    "target_code",
    "note",
)
NEGATIVE_COLUMNS: tuple[str, ...] = (
    "id",
    "split",
    "corpus",
    "path",
    "start",
    "end",
    "check",
    "text",
    "domain",
    "note",
)
CORPORA: frozenset[str] = frozenset({"tbaq", "polnear", "ptc", "extraction", "lgl"})
HANDWRITTEN = "handwritten"

# CAMEO-style codes: groups of three capitals (USAGOV, IGOUNO, NGOHRIAMN, RUS), or empty.
_CODE = re.compile(r"^(?:[A-Z]{3})+$")


# ---------------------------------------------------------------------------------------------
# Parsing the TSV files


def _rows(file: Path, columns: Sequence[str]) -> Iterable[tuple[int, dict[str, str]]]:
    """(line number, row) for every data line; the first non-comment line is the header."""
    try:
        lines = Path(file).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldFileError(str(file), f"cannot read: {exc}") from exc
    header: list[str] | None = None
    for lineno, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            if tuple(cells) != tuple(columns):
                raise GoldFileError(
                    f"{file}:{lineno}",
                    f"header must be the {len(columns)} tab-separated columns "
                    f"{' '.join(columns)}; found {' '.join(cells)}",
                )
            header = cells
            continue
        if len(cells) != len(columns):
            raise GoldFileError(
                f"{file}:{lineno}",
                f"expected {len(columns)} tab-separated cells, found {len(cells)}",
            )
        yield lineno, dict(zip(columns, cells, strict=True))
    if header is None:
        raise GoldFileError(str(file), "no header line")


def _common(where: str, row: dict[str, str], seen: set[str]) -> Part:
    rid = row["id"]
    if not rid:
        raise GoldFileError(where, "empty id")
    if rid in seen:
        raise GoldFileError(where, f"duplicate id {rid!r}")
    seen.add(rid)
    split = row["split"]
    if split not in ("tune", "check"):
        raise GoldFileError(where, f"split must be 'tune' or 'check', not {split!r}")
    if split != part_of(rid):
        raise GoldFileError(
            where, f"split {split!r} of {rid!r} disagrees with sha1(id) (expected {part_of(rid)!r})"
        )
    return "check" if split == "check" else "tune"


def _offsets(where: str, row: dict[str, str]) -> tuple[int, int]:
    try:
        start, end = int(row["start"]), int(row["end"])
    except ValueError:
        raise GoldFileError(
            where, f"start/end must be integers, found {row['start']!r}/{row['end']!r}"
        ) from None
    if not 0 <= start < end:
        raise GoldFileError(where, f"bad offsets {start}..{end}")
    return start, end


def _resolve(where: str, shared: Path, row: dict[str, str], start: int, end: int) -> str:
    corpus = row["corpus"]
    if corpus not in CORPORA:
        raise GoldFileError(
            where, f"unknown corpus {corpus!r} (one of {', '.join(sorted(CORPORA))})"
        )
    try:
        doc = document_text(shared, corpus, row["path"])
    except (OSError, ValueError, KeyError, ET.ParseError) as exc:
        raise GoldFileError(where, f"cannot read {corpus} document {row['path']!r}: {exc}") from exc
    if end > len(doc):
        raise GoldFileError(
            where, f"offsets {start}..{end} run past the end of {row['path']} ({len(doc)} chars)"
        )
    sentence = doc[start:end]
    if sentence_check(sentence) != row["check"]:
        raise GoldFileError(
            where,
            f"{row['path']}[{start}:{end}] is {sentence[:40]!r}..., whose check "
            f"{sentence_check(sentence)} differs from {row['check']!r}: the corpus or the offsets "
            "changed",
        )
    return sentence


def _code(where: str, what: str, code: str) -> str:
    if code and not _CODE.match(code):
        raise GoldFileError(where, f"{what} {code!r} is not a CAMEO-style code (e.g. USAGOV)")
    return code


def load_gold(root: Path, shared: Path) -> list[GoldEvent]:
    """Read ``gold.tsv`` (``root`` is that file or the folder holding it) with sentences resolved.

    Raises :class:`GoldFileError` (a ``ValueError``) naming file and line for a malformed row, a
    sentence whose ``check`` no longer matches, an unknown type or mode, or an actor text that
    does not occur in its sentence.
    """
    file = Path(root)
    if file.is_dir():
        file = file / "gold.tsv"
    out: list[GoldEvent] = []
    seen: set[str] = set()
    for lineno, row in _rows(file, GOLD_COLUMNS):
        where = f"{file}:{lineno}"
        split = _common(where, row, seen)
        start, end = _offsets(where, row)
        etype = row["type"]
        if etype not in PLOVER_MODES:
            raise GoldFileError(where, f"unknown PLOVER type {etype!r}")
        modes = tuple(m for m in row["mode"].split(";") if m)
        bad = [m for m in modes if m not in PLOVER_MODES[etype]]
        if bad:
            raise GoldFileError(where, f"mode {bad[0]!r} is not a PLOVER mode of {etype}")
        sentence = _resolve(where, shared, row, start, end)
        for side in ("source", "target"):
            text, code = row[f"{side}_text"], row[f"{side}_code"]
            _code(where, f"{side}_code", code)
            if text and text not in sentence:
                raise GoldFileError(where, f"{side}_text {text!r} does not occur in the sentence")
            if code and not text:
                raise GoldFileError(where, f"{side}_code {code!r} given without {side}_text")
        out.append(
            GoldEvent(
                id=row["id"],
                split=split,
                corpus=row["corpus"],
                path=row["path"],
                start=start,
                end=end,
                sentence=sentence,
                type=etype,
                modes=modes,
                source_text=row["source_text"],
                source_code=row["source_code"],
                target_text=row["target_text"],
                target_code=row["target_code"],
                note=row["note"],
            )
        )
    return out


def load_negatives(root: Path, shared: Path) -> list[NegativeSentence]:
    """Read ``negatives.tsv`` (``root`` is that file or its folder) with sentences resolved.

    Corpus rows give offsets and no text; ``handwritten`` rows give the text and no offsets.
    """
    file = Path(root)
    if file.is_dir():
        file = file / "negatives.tsv"
    out: list[NegativeSentence] = []
    seen: set[str] = set()
    for lineno, row in _rows(file, NEGATIVE_COLUMNS):
        where = f"{file}:{lineno}"
        split = _common(where, row, seen)
        if not row["domain"]:
            raise GoldFileError(where, "empty domain")
        start: int | None
        end: int | None
        if row["corpus"] == HANDWRITTEN:
            if row["path"] or row["start"] or row["end"]:
                raise GoldFileError(where, "a handwritten row has no path or offsets")
            sentence = row["text"]
            if not sentence:
                raise GoldFileError(where, "a handwritten row needs its sentence in 'text'")
            if sentence_check(sentence) != row["check"]:
                raise GoldFileError(where, f"check {row['check']!r} does not match the text")
            start = end = None
        else:
            if row["text"]:
                raise GoldFileError(
                    where, "corpus rows give offsets, not text (the sentence stays in ../shared)"
                )
            start, end = _offsets(where, row)
            sentence = _resolve(where, shared, row, start, end)
        out.append(
            NegativeSentence(
                id=row["id"],
                split=split,
                corpus=row["corpus"],
                path=row["path"],
                start=start,
                end=end,
                sentence=sentence,
                domain=row["domain"],
                note=row["note"],
            )
        )
    return out
