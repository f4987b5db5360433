"""Score ``newsgraph_places`` on the GeoWebNews-style toponym gold written for issue 12.

The gold (``tests/data/places/geoweb_gold.tsv``, described in that folder's README) marks every
toponym of 25 pages of ``../shared/data/extraction/ground-truth.json`` the way GeoWebNews
(Gritta et al. 2019) counts them: literal place names, streets, buildings and facilities named
as locations, neighbourhoods and districts, place names modifying a noun ("Hong Kong police",
"U.S. Attorney") and demonyms ("Syrian troops" -> Syria). Each row gives the character span in
the page's ``articleBody``, its kind (``lit``, ``dem``, ``fac``, ``street``, ``nbhd``), the place
meant and a point for it (a street or building: the point of its town).

Measures (all over the documents of one half with ``part``):

* detection P/R/F1 by exact span (``detect_exact_*``) and by one-to-one overlap
  (``detect_overlap_*``); recall per kind (``recall_<kind>``, exact span);
* ``e2e_acc161``: share of exactly matched toponyms whose predicted point lies within 161 km
  of the gold point (a prediction without a point is wrong).

The rows point into the corpus by offsets; no corpus text is in the repository. Each row keeps
the first ten hex digits of the SHA-1 of its span text, so a changed corpus fails loudly.
"""

from __future__ import annotations

import hashlib
import json
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spacy.language import Language

from newsgraph.eval._metrics import greedy_pairs, overlap, prf
from newsgraph.eval.geo import ACC_KM
from newsgraph.eval.splits import part_of
from newsgraph.nlp.places.distance import haversine_km

KINDS = ("lit", "dem", "fac", "street", "nbhd")
CORPUS = Path("data/extraction/ground-truth.json")
# Documents outside the extraction corpus are named by their path under ``../shared/data``,
# in these corpora (TimeBank/AQUAINT, PTC, PolNeAR).
_FILE_CORPORA = ("time", "framing", "polnear")
_COLUMNS = ["id", "doc", "start", "end", "kind", "place", "lat", "lon", "split", "check"]


class GoldFileError(ValueError):
    """A malformed gold row; the message names the file and line."""


@dataclass(frozen=True, slots=True)
class WebToponym:
    id: str
    doc: str
    start: int
    end: int
    kind: str
    place: str
    lat: float
    lon: float
    split: str


def _shared_of(path: Path) -> Path:
    """``../shared`` beside the repository the gold file is in (``tests/data/places/...``)."""
    for parent in path.resolve().parents:
        if (parent / "pyproject.toml").exists():
            return parent.parent / "shared"
    return Path("../shared")


def _file_text(shared: Path, doc: str) -> str | None:
    """The text of a document named by its path under ``../shared/data`` (``time/tbaq/...tml``:
    the TimeML ``<TEXT>`` without tags, as :mod:`newsgraph.eval.timeml` reads it; any other
    file: its UTF-8 text), or None when there is no such file."""
    parts = Path(doc).parts
    if not parts or parts[0] not in _FILE_CORPORA or ".." in parts:
        return None
    file = shared / "data" / doc
    if not file.is_file():
        return None
    if file.suffix == ".tml":
        try:
            text_el = ET.parse(file).getroot().find("TEXT")
        except ET.ParseError:
            return None
        return "".join(text_el.itertext()) if text_el is not None else None
    return file.read_text(encoding="utf-8")


def load(path: Path, shared: Path | None = None) -> tuple[list[WebToponym], dict[str, str]]:
    """The gold rows and the texts of their documents (key -> ``articleBody``).

    Raises :class:`GoldFileError` naming file and line for a malformed row, a row whose span no
    longer has its ``check`` hash, a wrong ``split`` or a document missing from the corpus.
    """
    path = Path(path)
    if path.is_dir():
        path = path / "geoweb_gold.tsv"
    shared_dir = shared or _shared_of(path)
    corpus = shared_dir / CORPUS
    if not corpus.exists():
        raise GoldFileError(f"{corpus}: the extraction corpus is missing")
    pages = json.loads(corpus.read_text(encoding="utf-8"))
    other: dict[str, str | None] = {}
    rows: list[WebToponym] = []
    texts: dict[str, str] = {}
    lines = path.read_text(encoding="utf-8").splitlines()
    if not lines or lines[0].split("\t") != _COLUMNS:
        raise GoldFileError(f"{path}:1: header must be {' '.join(_COLUMNS)}")
    for n, line in enumerate(lines[1:], 2):
        if not line.strip():
            continue
        cells = line.split("\t")
        where = f"{path}:{n}"
        if len(cells) != len(_COLUMNS):
            raise GoldFileError(f"{where}: {len(cells)} cells, expected {len(_COLUMNS)}")
        rid, doc, s, e, kind, place, lat, lon, split, check = cells
        try:
            start, end, la, lo = int(s), int(e), float(lat), float(lon)
        except ValueError as exc:
            raise GoldFileError(f"{where}: bad number ({exc})") from None
        if kind not in KINDS:
            raise GoldFileError(f"{where}: kind {kind!r} is not one of {', '.join(KINDS)}")
        if not (-90 <= la <= 90 and -180 <= lo <= 180):
            raise GoldFileError(f"{where}: point {la}, {lo} is off the globe")
        if split != part_of(doc):
            raise GoldFileError(f"{where}: split {split!r}, but part_of(doc) is {part_of(doc)!r}")
        if "/" in doc:
            if doc not in other:
                other[doc] = _file_text(shared_dir, doc)
            text_or_none = other[doc]
            if text_or_none is None:
                raise GoldFileError(f"{where}: document {doc} is not under {shared_dir / 'data'}")
            text = text_or_none
        else:
            page = pages.get(doc)
            if page is None:
                raise GoldFileError(f"{where}: document {doc} is not in {corpus}")
            text = page.get("articleBody") or ""
        if not 0 <= start < end <= len(text):
            raise GoldFileError(f"{where}: span {start}-{end} is outside the document")
        got = hashlib.sha1(text[start:end].encode("utf-8")).hexdigest()[:10]
        if got != check:
            raise GoldFileError(f"{where}: the corpus or the offsets changed (check {check})")
        texts[doc] = text
        rows.append(WebToponym(rid, doc, start, end, kind, place, la, lo, split))
    return rows, texts


def score(
    predicted: dict[str, list[tuple[int, int, float | None, float | None]]],
    gold: list[WebToponym],
) -> dict[str, Any]:
    """Detection and acc@161 from plain data: document key -> ``(start, end, lat, lon)`` of
    each predicted toponym. Documents are those the gold rows name."""
    by_doc: dict[str, list[WebToponym]] = {}
    for g in gold:
        by_doc.setdefault(g.doc, []).append(g)
    n_pred = n_gold = tp = tp_overlap = matched = right = 0
    kind_all: Counter[str] = Counter()
    kind_hit: Counter[str] = Counter()
    for doc, gs in by_doc.items():
        preds = predicted.get(doc, [])
        spans = {(s, e): (la, lo) for s, e, la, lo in preds}
        n_pred += len(spans)
        n_gold += len(gs)
        tp_overlap += len(greedy_pairs(list(spans), [(g.start, g.end) for g in gs], overlap))
        for g in gs:
            kind_all[g.kind] += 1
            point = spans.get((g.start, g.end))
            if point is None:
                continue
            tp += 1
            kind_hit[g.kind] += 1
            matched += 1
            la, lo = point
            right += (
                la is not None and lo is not None and (haversine_km(la, lo, g.lat, g.lon) <= ACC_KM)
            )
    out: dict[str, Any] = {"documents": len(by_doc), "gold_toponyms": n_gold}
    for name, hits in (("detect_exact", tp), ("detect_overlap", tp_overlap)):
        p, r, f = prf(hits, hits, n_pred, n_gold)
        out.update({f"{name}_p": round(p, 4), f"{name}_r": round(r, 4), f"{name}_f1": round(f, 4)})
    for kind in KINDS:
        if kind_all[kind]:
            out[f"recall_{kind}"] = round(kind_hit[kind] / kind_all[kind], 4)
            out[f"gold_{kind}"] = kind_all[kind]
    out["e2e_matched"] = matched
    out["e2e_acc161"] = round(right / matched, 4) if matched else 0.0
    return out


def evaluate(
    path: Path,
    *,
    limit: int | None = None,
    nlp: Language | None = None,
    part: str | None = None,
) -> dict[str, Any]:
    """Run the places component on the gold's documents (one half with ``part``) and score."""
    if part not in (None, "tune", "check"):
        raise ValueError(f"part {part!r}: use 'tune' or 'check'")
    gold, texts = load(Path(path))
    if part is not None:
        gold = [g for g in gold if g.split == part]
    docs = sorted({g.doc for g in gold})[:limit]
    gold = [g for g in gold if g.doc in set(docs)]
    if nlp is None:
        from newsgraph.nlp.pipeline import load_model

        nlp = load_model()
        nlp.add_pipe("newsgraph_places")
    predicted: dict[str, list[tuple[int, int, float | None, float | None]]] = {}
    for key, doc in zip(docs, nlp.pipe(texts[k] for k in docs), strict=True):
        predicted[key] = [(p.span.start, p.span.end, p.lat, p.lon) for p in doc._.ng_places or []]
    out = score(predicted, gold)
    if part is not None:
        out["part"] = part
    return out


def misses(
    predicted: dict[str, list[tuple[int, int, float | None, float | None]]],
    gold: list[WebToponym],
    texts: dict[str, str],
) -> list[str]:
    """Readable lines for error analysis: missed gold spans and spurious predictions."""
    lines: list[str] = []
    for doc in sorted({g.doc for g in gold}):
        gs = {(g.start, g.end): g for g in gold if g.doc == doc}
        ps = {(s, e) for s, e, _la, _lo in predicted.get(doc, [])}
        for s, e in sorted(set(gs) - ps):
            lines.append(f"MISS {doc[:12]} {gs[(s, e)].kind:6} {texts[doc][s:e]!r}")
        for s, e in sorted(ps - set(gs)):
            lines.append(f"EXTRA {doc[:12]} {texts[doc][s:e]!r}")
    return lines


def report(metrics: dict[str, Any]) -> str:
    """A readable table of the metrics."""
    width = max(len(k) for k in metrics)
    return "\n".join(f"{k:<{width}}  {v}" for k, v in metrics.items())
