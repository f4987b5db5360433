"""Score ``newsgraph_times`` on TimeML folders with TempEval-3's measures.

Input: a folder of ``.tml`` files (TimeBank, AQUAINT, TempEval-3 platinum). A document's text
is its ``<TEXT>`` element with every tag removed (entities such as ``&amp;`` decoded); gold
expressions are the ``<TIMEX3>`` elements inside it, with ``type`` and ``value``; the document
creation time (``<DCT>``'s TIMEX3 ``value``) is the publication date the tagger anchors on.

Measures (UzZaman et al. 2013, TempEval-3 task A):

* ``strict_*``: precision, recall, F1 of exact span matches;
* ``relaxed_*``: the same where any overlap counts, one-to-one, paired as the TempEval-3
  toolkit pairs them (:func:`te3_pairs`);
* ``type_f1`` / ``value_f1_te3``: attribute F1 over relaxed matches exactly as the toolkit
  computes it (attribute accuracy over the matches times relaxed F1, which with one-to-one
  matches equals P = right / predicted, R = right / gold); values compare as exact strings;
* ``value_f1``: the same, but two notations of one value count as equal (:func:`_canonical`:
  ``P2DE`` = ``P20Y``, ``P3Q`` = ``P9M``, AQUAINT's ``2000-W7`` = ``2000-W07``, ``199X`` =
  ``199``). It is never below ``value_f1_te3``; the difference is the notation, not the value.
  ``value_f1_te3`` is the number comparable with published TempEval-3 scores;
* ``type_accuracy`` / ``value_accuracy``: the share of relaxed matches with the attribute right.

The toolkit (``TE3-evaluation.py``: TimeML-Normalizer, then ``evaluate_entities.py``) gives
each system TIMEX3 the id of the gold TIMEX3 it overlaps and counts precision over system
TIMEX3s with a gold id and recall over gold TIMEX3s with a system id; its value test is
``g.value == s.value``. Tune on TimeBank, check on AQUAINT (or the reverse):
``newsgraph eval timeml ../shared/data/time/tbaq/AQUAINT``.

Each corpus is also split in two by document (:func:`newsgraph.eval.splits.part_of` on the file
stem: sha1 odd = check, even = tune); ``part="tune"``/``"check"`` (``--part``) scores one half.
Rules are fitted on one corpus's tune half and reported on the other corpus's check half (and
the reverse).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spacy.language import Language

from newsgraph.errors import InputError
from newsgraph.eval._metrics import prf
from newsgraph.eval.splits import part_of

_EQUIV = {"P1DE": "P10Y", "P1CE": "P100Y"}


@dataclass(frozen=True, slots=True)
class Timex:
    start: int
    end: int
    type: str
    value: str


@dataclass(frozen=True, slots=True)
class TimeMLDoc:
    name: str
    dct: str | None
    text: str
    timexes: tuple[Timex, ...]


def _walk(el: ET.Element, parts: list[str], out: list[Timex], pos: list[int]) -> None:
    if el.text:
        parts.append(el.text)
        pos[0] += len(el.text)
    for child in el:
        start = pos[0]
        _walk(child, parts, out, pos)
        if child.tag == "TIMEX3":
            out.append(Timex(start, pos[0], child.get("type") or "", child.get("value") or ""))
        if child.tail:
            parts.append(child.tail)
            pos[0] += len(child.tail)


def read_doc(path: Path) -> TimeMLDoc:
    """One TimeML document: its text without tags, its gold TIMEX3s and its DCT."""
    try:
        root = ET.parse(path).getroot()
    except (ET.ParseError, OSError) as exc:
        raise InputError(str(path), f"not a readable TimeML file ({exc})") from exc
    dct_el = root.find("DCT/TIMEX3")
    dct = dct_el.get("value") if dct_el is not None else None
    text_el = root.find("TEXT")
    if text_el is None:
        raise InputError(str(path), "no <TEXT> element")
    parts: list[str] = []
    timexes: list[Timex] = []
    _walk(text_el, parts, timexes, [0])
    text = "".join(parts)
    return TimeMLDoc(path.stem, dct, text, tuple(sorted(timexes, key=lambda t: t.start)))


def read_folder(path: Path, *, limit: int | None = None) -> list[TimeMLDoc]:
    files = [path] if path.is_file() else sorted(path.glob("*.tml"))
    if not files:
        raise InputError(str(path), "no .tml files here")
    return [read_doc(f) for f in files[:limit]]


_MULTIPLE = {"DE": ("Y", 10), "CE": ("Y", 100), "Q": ("M", 3)}


def _canonical(value: str) -> str:
    """One spelling per meaning: a duration in decades, centuries or quarters written in
    years or months (P2DE = P20Y, P3Q = P9M); ISO week numbers zero-padded (AQUAINT writes
    ``2000-W7`` for ``2000-W07``); a decade with TIDES' trailing ``X`` (``199X``) as TimeML's
    ``199``. Only notations of the same value are merged, never different granularities
    (clock hours stay hours: PT24H is not P1D)."""
    m = re.fullmatch(r"P(\d+)(DE|CE|Q)", value)
    if m is not None:
        unit, k = _MULTIPLE[m.group(2)]
        return f"P{int(m.group(1)) * k}{unit}"
    if w := re.fullmatch(r"(\d{4})-W(\d)(-.*)?", value):
        return f"{w.group(1)}-W0{w.group(2)}{w.group(3) or ''}"
    if d := re.fullmatch(r"(\d{3})X", value):
        return d.group(1)
    return _EQUIV.get(value, value)


def _same_value(pred: str | None, gold: str) -> bool:
    return _canonical(pred or "") == _canonical(gold)


def te3_pairs(pred: list[tuple[int, int]], gold: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Relaxed matches (i, j) as TempEval-3's toolkit makes them.

    Its TimeML-Normalizer walks the text token by token; an expression that begins while an
    expression of the other annotation is still open takes that one's id, unless an earlier
    expression of its own annotation took it already; at the same token the gold one begins
    first. So each side matches at most once, and an expression that overlaps two others
    matches the one that began first, not the one it overlaps most ("6 a.m." and "ten days"
    against gold "6 a.m. ten days": "6 a.m."). Spans within one annotation do not overlap.
    """
    events = sorted(
        [(s, 0, j, e) for j, (s, e) in enumerate(gold)]
        + [(s, 1, i, e) for i, (s, e) in enumerate(pred)]
    )
    last: list[tuple[int, int] | None] = [None, None]  # per side: (index, end) begun last
    matched: tuple[set[int], set[int]] = (set(), set())
    out: list[tuple[int, int]] = []
    for start, side, k, end in events:
        other = last[1 - side]
        if other is not None and other[1] > start and other[0] not in matched[1 - side]:
            matched[1 - side].add(other[0])
            matched[side].add(k)
            out.append((k, other[0]) if side == 1 else (other[0], k))
        last[side] = (k, end)
    return sorted(out)


@dataclass(frozen=True, slots=True)
class _Pred:
    start: int
    end: int
    type: str
    value: str | None


_RANGE_PARTS = re.compile(
    r"(?i)^(?:from|between)\s+(?P<a>.+?)\s*(?:\b(?:to|until|till|through|and)\b|-|–)\s*(?P<b>\S.*)$"
)
_SINCE = re.compile(r"(?i)^since\s+")


def timeml_view(text: str, ref: Any) -> list[_Pred]:
    """A TimeRef as TimeML annotates it: a range ("from 1991 to 1997", "between May and June")
    is two TIMEX3s, one per end, without "from"/"between"; "since 1949" is the date without
    "since" (TimeML leaves prepositions out of the span). Values are the interval's ends."""
    start, end = ref.span.start, ref.span.end
    surface = text[start:end]
    interval = ref.interval or {}
    if ref.rule == "range" and (m := _RANGE_PARTS.match(surface)):
        return [
            _Pred(start + m.start("a"), start + m.end("a"), ref.type, interval.get("from")),
            _Pred(start + m.start("b"), end, ref.type, interval.get("to")),
        ]
    if ref.rule.endswith("+since") and (m := _SINCE.match(surface)):
        start += m.end()
    return [_Pred(start, end, ref.type, ref.value)]


def _published(dct: str | None) -> str | None:
    if not dct:
        return None
    m = re.match(r"\d{4}-\d{2}-\d{2}", dct)
    return m.group(0) if m else None


def _default_nlp() -> Language:
    from newsgraph.nlp.pipeline import load_model

    nlp = load_model()
    nlp.add_pipe("newsgraph_times")
    return nlp


def _tagged(nlp: Language, d: TimeMLDoc) -> list[_Pred]:
    doc = nlp.make_doc(d.text)
    doc._.ng_published = _published(d.dct)
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return [p for ref in doc._.ng_times or [] for p in timeml_view(d.text, ref)]


def _docs(path: Path, part: str | None, limit: int | None) -> list[TimeMLDoc]:
    if part not in (None, "tune", "check"):
        raise ValueError(f"part {part!r}: use 'tune' or 'check'")
    docs = read_folder(Path(path))
    if part is not None:
        docs = [d for d in docs if part_of(d.name) == part]
    return docs[:limit]


_REFS = ("PAST_REF", "PRESENT_REF", "FUTURE_REF")


def error_kind(kind: str, pred: _Pred | None, gold: Timex | None) -> str:
    """A coarse category of one disagreement, for reading a tune half's errors: span missed /
    spurious (vague or not), wrong type, a value right only in another notation (TempEval-3's
    toolkit counts it wrong: ``2000-W07`` for ``2000-W7``), or a wrong value of a kind (vague
    reference, set,
    duration length, date read as duration or the reverse, gold left underspecified, other
    granularity, other value: anchor or tense)."""
    if kind == "missed" and gold is not None:
        return "missed: vague" if gold.value in _REFS else "missed"
    if kind == "spurious" and pred is not None:
        return "spurious: vague" if pred.value in _REFS else "spurious"
    if pred is None or gold is None:
        return kind
    pv, gv = pred.value or "", gold.value
    if kind == "type":
        return f"type: {pred.type} for {gold.type}"
    if kind == "notation":
        return "value: notation (right in value_f1, wrong in value_f1_te3)"
    if pv in _REFS or gv in _REFS:
        return "value: vague reference"
    if "SET" in (pred.type, gold.type):
        return "value: set"
    if pv.startswith("P") and gv.startswith("P"):
        return "value: duration length"
    if pv.startswith("P") != gv.startswith("P"):
        return "value: date vs duration"
    if "X" in gv and "X" not in pv:
        return "value: gold underspecified"
    if re.sub(r"\d", "9", pv) != re.sub(r"\d", "9", gv):
        return "value: granularity"
    return "value: anchor or tense"


def errors(
    path: Path,
    *,
    limit: int | None = None,
    nlp: Language | None = None,
    part: str | None = None,
) -> list[dict[str, Any]]:
    """Every disagreement with the gold, one dict per missed, spurious, mistyped or misvalued
    expression (document, DCT, category, predicted and gold type/value, the sentence around
    it); read a *tune* half's, never a check half's."""
    nlp = nlp or _default_nlp()
    rows: list[dict[str, Any]] = []
    for d in _docs(path, part, limit):
        preds = _tagged(nlp, d)
        pairs = te3_pairs([(p.start, p.end) for p in preds], [(g.start, g.end) for g in d.timexes])
        found = {i for i, _ in pairs}
        hit = {j for _, j in pairs}
        cases: list[tuple[str, _Pred | None, Timex | None]] = []
        for i, j in pairs:
            pm, gm = preds[i], d.timexes[j]
            if not _same_value(pm.value, gm.value):
                cases.append(("value", pm, gm))
            elif pm.type != gm.type:
                cases.append(("type", pm, gm))
            elif (pm.value or "") != gm.value:
                cases.append(("notation", pm, gm))  # "2000-W07" for AQUAINT's "2000-W7"
        cases += [("spurious", x, None) for i, x in enumerate(preds) if i not in found]
        cases += [("missed", None, y) for j, y in enumerate(d.timexes) if j not in hit]
        for kind, p, g in cases:
            at: _Pred | Timex | None = p if p is not None else g
            s, e = (at.start, at.end) if at is not None else (0, 0)
            rows.append(
                {
                    "document": d.name,
                    "dct": d.dct,
                    "category": error_kind(kind, p, g),
                    "text": d.text[s:e],
                    "predicted": f"{p.type} {p.value}" if p else None,
                    "gold": f"{g.type} {g.value}" if g else None,
                    "context": " ".join(d.text[max(0, s - 80) : e + 40].split()),
                }
            )
    return rows


def evaluate(
    path: Path,
    *,
    limit: int | None = None,
    nlp: Language | None = None,
    part: str | None = None,
) -> dict[str, Any]:
    """TempEval-3 measures of the time tagger on a TimeML folder (one half of its documents
    with ``part``: ``"tune"`` or ``"check"``, by sha1 of the file stem); a flat dict."""
    docs = _docs(path, part, limit)
    nlp = nlp or _default_nlp()
    n_pred = n_gold = strict = relaxed = type_ok = value_ok = value_exact = 0
    for d in docs:
        preds = _tagged(nlp, d)
        n_pred += len(preds)
        n_gold += len(d.timexes)
        spans = [(p.start, p.end) for p in preds]
        gold = [(g.start, g.end) for g in d.timexes]
        for i, j in te3_pairs(spans, gold):
            relaxed += 1
            strict += spans[i] == gold[j]
            type_ok += preds[i].type == d.timexes[j].type
            value_ok += _same_value(preds[i].value, d.timexes[j].value)
            value_exact += (preds[i].value or "") == d.timexes[j].value
    out: dict[str, Any] = {"documents": len(docs), "gold": n_gold, "predicted": n_pred}
    if part is not None:
        out["part"] = part
    for name, hits in (("strict", strict), ("relaxed", relaxed)):
        p, r, f = prf(hits, hits, n_pred, n_gold)
        out |= {f"{name}_p": round(p, 4), f"{name}_r": round(r, 4), f"{name}_f1": round(f, 4)}
    for name, hits in (("type", type_ok), ("value", value_ok)):
        out[f"{name}_f1"] = round(prf(hits, hits, n_pred, n_gold)[2], 4)
        out[f"{name}_accuracy"] = round(hits / relaxed, 4) if relaxed else 0.0
    out["value_f1_te3"] = round(prf(value_exact, value_exact, n_pred, n_gold)[2], 4)
    return out


def report(metrics: dict[str, Any]) -> str:
    width = max(len(k) for k in metrics)
    return "\n".join(f"{k:<{width}}  {v}" for k, v in metrics.items())
