"""The GeoWebNews-style toponym gold and its scorer (``newsgraph.eval.geoweb``)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsgraph.eval import geoweb
from newsgraph.eval.geoweb import GoldFileError, WebToponym, load, score
from newsgraph.eval.splits import part_of
from tests.conftest import shared_path

GOLD = Path(__file__).resolve().parents[1] / "data" / "places" / "geoweb_gold.tsv"


def _g(
    doc: str, s: int, e: int, kind: str = "lit", lat: float = 0.0, lon: float = 0.0
) -> WebToponym:
    return WebToponym(f"x{s}", doc, s, e, kind, "p", lat, lon, part_of(doc))


def test_score_counts_exact_overlap_kinds_and_distance() -> None:
    gold = [
        _g("a", 0, 5, "lit", 51.5, -0.13),  # London
        _g("a", 10, 20, "fac", 51.5, -0.13),
        _g("a", 30, 36, "dem", 62.0, 15.0),  # Sweden
        _g("b", 0, 4, "street", 40.0, -74.0),
    ]
    predicted = {
        # exact, right point; exact, 300 km off (Paris is 344 km from London); overlap only
        "a": [(0, 5, 51.5, -0.13), (10, 20, 48.85, 2.35), (30, 33, 62.0, 15.0), (40, 44, 0.0, 0.0)],
        "b": [],
    }
    m = score(predicted, gold)
    # 2 exact of 4 predicted and 4 gold; 3 overlapping pairs
    assert (m["detect_exact_p"], m["detect_exact_r"], m["detect_exact_f1"]) == (0.5, 0.5, 0.5)
    assert (m["detect_overlap_p"], m["detect_overlap_r"]) == (0.75, 0.75)
    assert (m["recall_lit"], m["recall_fac"], m["recall_dem"], m["recall_street"]) == (
        1.0,
        1.0,
        0.0,
        0.0,
    )
    assert m["e2e_matched"] == 2 and m["e2e_acc161"] == 0.5
    assert "recall_nbhd" not in m


def test_a_prediction_without_a_point_is_wrong() -> None:
    m = score({"a": [(0, 5, None, None)]}, [_g("a", 0, 5)])
    assert m["detect_exact_f1"] == 1.0 and m["e2e_acc161"] == 0.0


def _write(tmp: Path, rows: list[str], pages: dict[str, str]) -> tuple[Path, Path]:
    shared = tmp / "shared"
    (shared / "data" / "extraction").mkdir(parents=True)
    corpus = {k: {"articleBody": v} for k, v in pages.items()}
    (shared / "data" / "extraction" / "ground-truth.json").write_text(json.dumps(corpus))
    path = tmp / "g.tsv"
    header = "id\tdoc\tstart\tend\tkind\tplace\tlat\tlon\tsplit\tcheck"
    path.write_text("\n".join([header, *rows]) + "\n")
    return path, shared


def test_load_checks_each_row(tmp_path: Path) -> None:
    text = "Fog over London today."
    doc = "k1"
    # sha1("London")[:10] = "4c57f0c88d" (python3 -c "import hashlib; ...")
    good = f"r1\t{doc}\t9\t15\tlit\tLondon\t51.5\t-0.13\t{part_of(doc)}\t4c57f0c88d"
    path, shared = _write(tmp_path, [good], {doc: text})
    rows, texts = load(path, shared)
    assert texts[doc][rows[0].start : rows[0].end] == "London"
    bad_span = good.replace("\t9\t15\t", "\t8\t15\t")
    path, shared = _write(tmp_path / "b", [bad_span], {doc: text})
    with pytest.raises(GoldFileError, match=r"g\.tsv:2: the corpus or the offsets changed"):
        load(path, shared)
    bad_kind = good.replace("\tlit\t", "\tcity\t")
    path, shared = _write(tmp_path / "c", [bad_kind], {doc: text})
    with pytest.raises(GoldFileError, match="kind 'city'"):
        load(path, shared)
    other = "tune" if part_of(doc) == "check" else "check"
    bad_split = good.replace(f"\t{part_of(doc)}\t", f"\t{other}\t")
    path, shared = _write(tmp_path / "d", [bad_split], {doc: text})
    with pytest.raises(GoldFileError, match="split"):
        load(path, shared)


def test_the_committed_gold_loads_and_is_split_by_document() -> None:
    shared = shared_path("data", "extraction", "ground-truth.json").parents[2]
    rows, texts = load(GOLD, shared)
    assert len(texts) == 25 and len(rows) == 338
    assert {r.split for r in rows} == {"tune", "check"}
    assert all(r.split == part_of(r.doc) for r in rows)
    kinds = {r.kind for r in rows}
    assert kinds == set(geoweb.KINDS)


def test_the_second_blind_gold_loads_and_shares_no_page_with_the_first() -> None:
    shared = shared_path("data", "extraction", "ground-truth.json").parents[2]
    extra, texts = load(GOLD.with_name("geoweb_gold_extra.tsv"), shared)
    first, _ = load(GOLD, shared)
    assert len(texts) == 4 and len(extra) == 84
    assert all(r.split == part_of(r.doc) for r in extra)
    assert not {r.doc for r in extra} & {r.doc for r in first}
