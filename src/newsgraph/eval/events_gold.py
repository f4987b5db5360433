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
"""

from __future__ import annotations

import hashlib
import json
import re
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from newsgraph.errors import InputError
from newsgraph.eval.splits import Part, part_of

PLOVER_TYPES: tuple[str, ...] = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)

#: The modes the PLOVER manual defines per event type (``sideAB`` and the commented-out
#: modes of the manual are not used). Types without modes map to an empty set.
PLOVER_MODES: dict[str, frozenset[str]] = {
    "AGREE": frozenset(),
    "CONSULT": frozenset({"visit", "third-party", "multilateral", "phone"}),
    "SUPPORT": frozenset(),
    "CONCEDE": frozenset(),
    "COOPERATE": frozenset(),
    "AID": frozenset(),
    "RETREAT": frozenset({"withdraw", "release", "disarm", "ceasefire", "access", "resign"}),
    "REQUEST": frozenset({"assist", "change", "yield", "meet"}),
    "ACCUSE": frozenset({"disapprove", "investigate", "allege"}),
    "REJECT": frozenset({"assist", "change", "yield", "meet"}),
    "THREATEN": frozenset({"restrict", "arrest", "relations", "expel", "territory", "violence"}),
    "PROTEST": frozenset({"demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"}),
    "SANCTION": frozenset({"convict", "expel", "withdraw", "discontinue"}),
    "MOBILIZE": frozenset({"troops", "weapons", "police", "militia"}),
    "COERCE": frozenset(
        {
            "seize",
            "restrict",
            "censor",
            "curfew",
            "martial-law",
            "arrest",
            "deport",
            "withhold",
            "misinformation",
            "cyber",
        }
    ),
    "ASSAULT": frozenset(
        {
            "abduct",
            "beat",
            "torture",
            "sexual",
            "targeted",
            "destroy",
            "primitive",
            "firearms",
            "explosives",
            "suicide-attack",
            "aerial",
            "drone",
            "heavy-weapons",
            "crowd-control",
            "unconventional",
        }
    ),
}

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
# Non-state prefixes whose "country" part is the organisation (first six characters).
_ORG_PREFIXES = ("IGO", "NGO", "IMG", "MNC")

Prediction = tuple[str, str, str]
"""One coded event: ``(PLOVER type, source code, target code)``; codes may be empty."""


class GoldFileError(InputError, ValueError):
    """A gold/negatives row that cannot be read; the message names file and line."""


@dataclass(frozen=True, slots=True)
class GoldEvent:
    """One gold sentence with its main PLOVER event."""

    id: str
    split: Part
    corpus: str
    path: str
    start: int
    end: int
    sentence: str
    type: str
    modes: tuple[str, ...]
    source_text: str
    source_code: str
    target_text: str
    target_code: str
    note: str


@dataclass(frozen=True, slots=True)
class NegativeSentence:
    """A sentence in which a coder should find no political event."""

    id: str
    split: Part
    corpus: str
    path: str
    start: int | None
    end: int | None
    sentence: str
    domain: str
    note: str


def sentence_check(text: str) -> str:
    """The ``check`` value of a sentence: the first ten hex digits of its UTF-8 SHA-1."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:10]


def actor_key(code: str) -> str:
    """The part of an actor code compared for "country" accuracy.

    The ISO-3166 alpha-3 country (first three letters) for state and sub-state actors
    (``USAGOV`` -> ``USA``); the organisation (first six letters) for IGO/NGO/IMG/MNC codes
    (``IGOUNOHLHWHO`` -> ``IGOUNO``, ``IGOWSTNAT`` -> ``IGOWST``); empty for an empty code.
    """
    code = code.strip().upper()
    if not code:
        return ""
    if code.startswith(_ORG_PREFIXES):
        return code[:6]
    return code[:3]


# ---------------------------------------------------------------------------------------------
# Reading the corpora


def _split_ref(path: str) -> tuple[str, str]:
    file_part, _, key = path.partition("#")
    return file_part, key


@lru_cache(maxsize=64)
def _json_object(file: Path) -> dict[str, dict[str, str]]:
    data = json.loads(file.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise ValueError("not a JSON object")
    return data


@lru_cache(maxsize=8)
def _lgl_texts(file: Path) -> dict[str, str]:
    root = ET.parse(file).getroot()
    out: dict[str, str] = {}
    for art in root.iter("article"):
        docid = art.get("docid")
        text = art.find("text")
        if docid is not None:
            out[docid] = (text.text or "") if text is not None else ""
    return out


@lru_cache(maxsize=512)
def _document_text(shared: Path, corpus: str, path: str) -> str:
    file_part, key = _split_ref(path)
    file = shared / file_part
    if not file.is_file():
        raise FileNotFoundError(f"{file} not found")
    if corpus == "tbaq":
        text_el = ET.parse(file).getroot().find("TEXT")
        if text_el is None:
            raise ValueError(f"{file} has no <TEXT> element")
        return "".join(text_el.itertext())
    if corpus in ("polnear", "ptc"):
        return file.read_text(encoding="utf-8")
    if corpus == "extraction":
        entry = _json_object(file).get(key)
        if not isinstance(entry, dict) or not isinstance(entry.get("articleBody"), str):
            raise KeyError(f"{file} has no entry {key!r} with an articleBody")
        return entry["articleBody"]
    if corpus == "lgl":
        texts = _lgl_texts(file)
        if key not in texts:
            raise KeyError(f"{file} has no article with docid {key!r}")
        return texts[key]
    raise ValueError(f"unknown corpus {corpus!r}")


def document_text(shared: Path, corpus: str, path: str) -> str:
    """The text of one referenced document (see the module docstring for the rule per corpus)."""
    return _document_text(Path(shared).resolve(), corpus, path)


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


# ---------------------------------------------------------------------------------------------
# Scoring


@dataclass(slots=True)
class TypeCounts:
    """Per PLOVER type: gold sentences, sentences predicted with the type, matches."""

    gold: int = 0
    predicted: int = 0
    matched: int = 0

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0


@dataclass(slots=True)
class EventScore:
    """The result of :func:`score`; ratios are unrounded, counts are kept beside them."""

    n_gold: int
    matched: int
    predicted: int
    precision: float
    recall: float
    f1: float
    source_correct: int
    source_total: int
    target_correct: int
    target_total: int
    negatives: int
    negatives_with_event: int
    per_type: dict[str, TypeCounts] = field(default_factory=dict)

    @property
    def source_accuracy(self) -> float:
        return self.source_correct / self.source_total if self.source_total else 0.0

    @property
    def target_accuracy(self) -> float:
        return self.target_correct / self.target_total if self.target_total else 0.0

    @property
    def false_positive_rate(self) -> float:
        return self.negatives_with_event / self.negatives if self.negatives else 0.0

    def as_dict(self) -> dict[str, object]:
        return {
            "n_gold": self.n_gold,
            "type_precision": round(self.precision, 4),
            "type_recall": round(self.recall, 4),
            "type_f1": round(self.f1, 4),
            "matched": self.matched,
            "predicted": self.predicted,
            "source_country": f"{self.source_correct}/{self.source_total}",
            "source_accuracy": round(self.source_accuracy, 4),
            "target_country": f"{self.target_correct}/{self.target_total}",
            "target_accuracy": round(self.target_accuracy, 4),
            "negatives": self.negatives,
            "negatives_with_event": self.negatives_with_event,
            "false_positive_rate": round(self.false_positive_rate, 4),
            "per_type": {
                t: {"gold": c.gold, "predicted": c.predicted, "matched": c.matched}
                for t, c in sorted(self.per_type.items())
            },
        }


def score(
    predicted: Mapping[str, Sequence[Prediction]],
    gold: Sequence[GoldEvent],
    negatives: Sequence[NegativeSentence] = (),
) -> EventScore:
    """Score coded events against the gold sentences and the no-event sentences.

    ``predicted`` maps a sentence id (gold or negative) to the events coded in that sentence;
    an id that is absent means no events.

    * Type matching is per sentence: a gold sentence is *matched* when at least one predicted
      event has the gold type. Recall = matched / gold sentences. Precision counts the distinct
      types predicted per gold sentence: matched / sum over gold sentences of the number of
      distinct predicted types. (The gold holds the sentence's main event only, so a second,
      genuine event in the sentence counts against precision: it is a lower bound.)
    * Actor accuracy on matched sentences: the first predicted event of the gold type is
      compared with the gold actor by :func:`actor_key` (country, or organisation for IGO/NGO
      codes). Only gold actors that have a code count; an empty or different prediction is wrong.
    * False-positive rate: share of the negative sentences with at least one predicted event.
    """
    per_type: dict[str, TypeCounts] = {t: TypeCounts() for t in PLOVER_TYPES}
    matched = n_pred = 0
    src_ok = src_n = tgt_ok = tgt_n = 0
    for g in gold:
        events = list(predicted.get(g.id, ()))
        types = {e[0] for e in events}
        per_type.setdefault(g.type, TypeCounts()).gold += 1
        n_pred += len(types)
        for t in types:
            per_type.setdefault(t, TypeCounts()).predicted += 1
        if g.type not in types:
            continue
        matched += 1
        per_type[g.type].matched += 1
        first = next(e for e in events if e[0] == g.type)
        if g.source_code:
            src_n += 1
            src_ok += actor_key(first[1]) == actor_key(g.source_code)
        if g.target_code:
            tgt_n += 1
            tgt_ok += actor_key(first[2]) == actor_key(g.target_code)
    p = matched / n_pred if n_pred else 0.0
    r = matched / len(gold) if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    neg_hit = sum(1 for n in negatives if predicted.get(n.id))
    return EventScore(
        n_gold=len(gold),
        matched=matched,
        predicted=n_pred,
        precision=p,
        recall=r,
        f1=f,
        source_correct=src_ok,
        source_total=src_n,
        target_correct=tgt_ok,
        target_total=tgt_n,
        negatives=len(negatives),
        negatives_with_event=neg_hit,
        per_type={t: c for t, c in per_type.items() if c.gold or c.predicted},
    )


def type_counts(gold: Iterable[GoldEvent]) -> Counter[tuple[str, str]]:
    """(type, split) -> number of gold sentences; for reports and tests."""
    return Counter((g.type, g.split) for g in gold)
