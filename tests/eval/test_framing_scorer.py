"""The PTC scorer: the task's partial-overlap measure, the split, the loader (no model)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph.errors import InputError
from newsgraph.eval import framing as ptc


def test_partial_credit_as_in_da_san_martino_2019() -> None:
    t = ptc.Tally()
    t.add([(0, 10)], [(5, 15)])  # half of each overlaps
    assert t.scores() == (0.5, 0.5, 0.5)
    t = ptc.Tally()
    # one long prediction over two gold spans: precision (5 + 5) / 20, recall (1 + 1) / 2
    t.add([(0, 20)], [(0, 5), (10, 15)])
    assert t.scores() == (0.5, 1.0, pytest.approx(0.6667, abs=1e-4))
    t = ptc.Tally()
    t.add([], [(0, 5)])
    t.add([(3, 4)], [])  # a prediction in an article without gold costs precision
    assert t.scores() == (0.0, 0.0, 0.0)


def test_overlapping_spans_are_merged() -> None:
    assert ptc.merge([(3, 8), (0, 5), (10, 12), (12, 14)]) == [(0, 8), (10, 12), (12, 14)]


def test_pooled_ignores_the_technique() -> None:
    pred = {"loaded_language": [(0, 4)], "name_calling": []}
    gold = {"loaded_language": [], "name_calling": [(0, 4)]}
    m = ptc.score([(pred, gold)])
    assert m["ll_f1"] == 0.0 and m["nc_f1"] == 0.0 and m["pooled_f1"] == 1.0


def test_split_by_sha1_parity() -> None:
    # sha1("111111111") ends in ...36 (even), sha1("111111112") in ...01 (odd) (sha1sum)
    assert ptc.part_of("111111111") == "tune"
    assert ptc.part_of("111111112") == "check"
    assert ptc.part_of("111111114") == "check"


def _ptc(tmp_path: Path) -> Path:
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "article111111111.txt").write_text("A vile smear.\n", "utf-8")
    (tmp_path / "articles" / "article111111112.txt").write_text("Calm words.\n", "utf-8")
    (tmp_path / "labels.tsv").write_text(
        "111111111\tLoaded_Language\t2\t6\n"
        "111111111\tName_Calling,Labeling\t7\t12\n"
        "111111111\tDoubt\t0\t12\n",
        "utf-8",
    )
    return tmp_path


def test_loader_keeps_the_two_techniques_and_splits(tmp_path: Path) -> None:
    root = _ptc(tmp_path)
    arts = ptc.load(root)
    assert [a.id for a in arts] == ["111111111", "111111112"]
    assert arts[0].gold == {"loaded_language": [(2, 6)], "name_calling": [(7, 12)]}
    assert arts[0].text[2:6] == "vile"
    assert [a.id for a in ptc.load(root, part="check")] == ["111111112"]
    assert ptc.data_sha256(arts[:1]) != ptc.data_sha256(arts)


def test_bad_folder_is_one_clear_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="not a PTC folder"):
        ptc.load(tmp_path)
    root = _ptc(tmp_path)
    (root / "labels.tsv").write_text("111111111\tLoaded_Language\t2\n", "utf-8")
    with pytest.raises(InputError, match="line 1: expected 4"):
        ptc.load(root)
