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


def test_documents_named_by_their_path_under_shared_data(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    (shared / "data" / "extraction").mkdir(parents=True)
    (shared / "data" / "extraction" / "ground-truth.json").write_text("{}")
    tml = shared / "data" / "time" / "tbaq" / "x.tml"
    tml.parent.mkdir(parents=True)
    # the TimeML text without its tags: "HAVANA (AP) -- Fidel Castro spoke on Tuesday."
    tml.write_text(
        "<TimeML><DCT><TIMEX3 tid='t0' type='DATE' value='2000-03-28'>x</TIMEX3></DCT><TEXT>"
        "HAVANA (AP) -- Fidel Castro spoke on <TIMEX3 tid='t1' type='DATE' value='2000-03-28'>"
        "Tuesday</TIMEX3>.</TEXT></TimeML>"
    )
    ptc = shared / "data" / "framing" / "ptc" / "articles" / "a.txt"
    ptc.parent.mkdir(parents=True)
    ptc.write_text("RIO DE JANEIRO — Brazilian police say", encoding="utf-8")
    header = "id\tdoc\tstart\tend\tkind\tplace\tlat\tlon\tsplit\tcheck"
    d1, d2 = "time/tbaq/x.tml", "framing/ptc/articles/a.txt"
    # sha1("HAVANA")[:10], sha1("Brazilian")[:10] (python3 -c "import hashlib; ...")
    rows = [
        f"r1\t{d1}\t0\t6\tlit\tHavana\t23.13\t-82.38\t{part_of(d1)}\t484ec48997",
        f"r2\t{d2}\t17\t26\tdem\tBrazil\t-10\t-55\t{part_of(d2)}\t4de2a3b8f6",
    ]
    path = tmp_path / "g.tsv"
    path.write_text("\n".join([header, *rows]) + "\n")
    got, texts = load(path, shared)
    assert [texts[g.doc][g.start : g.end] for g in got] == ["HAVANA", "Brazilian"]
    assert texts[d1] == "HAVANA (AP) -- Fidel Castro spoke on Tuesday."
    outside = path.with_name("h.tsv")
    d3 = "../secret.txt"
    outside.write_text(f"{header}\nr3\t{d3}\t0\t1\tlit\tX\t0\t0\t{part_of(d3)}\t0000000000\n")
    with pytest.raises(GoldFileError, match=r"h\.tsv:2: document \.\./secret\.txt is not under"):
        load(outside, shared)


def test_the_third_blind_gold_loads_and_shares_no_document_with_the_others() -> None:
    shared = shared_path("data", "extraction", "ground-truth.json").parents[2]
    world, texts = load(GOLD.with_name("geoweb_gold_world.tsv"), shared)
    first, _ = load(GOLD, shared)
    extra, _ = load(GOLD.with_name("geoweb_gold_extra.tsv"), shared)
    assert len(texts) == 25 and len(world) == 368
    assert all(r.split == part_of(r.doc) for r in world)
    assert not {r.doc for r in world} & ({r.doc for r in first} | {r.doc for r in extra})
    assert sum(r.split == "tune" for r in world) == 272
