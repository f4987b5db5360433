"""The framing-attachment scorer on a tiny hand-made table, and the gold file's integrity."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph.eval.framing_attach import GOLD, SHARED, GoldRow, Prediction, load, score


def _row(rid: str, use: str, actors: tuple[tuple[int, int], ...] = (), code: str = "") -> GoldRow:
    return GoldRow(rid, "tune", "the regime shelled the town", (4, 10), use, actors, code)


def test_score_hand_table() -> None:
    pairs = [
        # found, attached to the gold span (0..10 overlaps 0..10), right code
        (_row("a", "label", ((0, 10),), "SYRGOV"), Prediction(True, ((4, 10),), "SYRGOV")),
        # found, attached elsewhere (22..26 does not overlap 0..10), wrong code
        (_row("b", "label", ((0, 10),), "SYRGOV"), Prediction(True, ((22, 26),), "SYRREB")),
        # found, gold NONE and no predicted actor: attached right
        (_row("c", "label"), Prediction(True, (), None)),
        # missed
        (_row("d", "label", ((0, 10),)), Prediction(False)),
        # a non-label use coded as a label, and one left alone
        (_row("e", "nonlabel"), Prediction(True, ((4, 10),), "SYRGOV")),
        (_row("f", "nonlabel"), Prediction(False)),
    ]
    m = score(pairs)
    assert m["label_rows"] == 4 and m["nonlabel_rows"] == 2
    assert m["label_recall"] == pytest.approx(3 / 4)
    assert m["label_precision"] == pytest.approx(3 / 4)  # 3 found, 1 false label
    assert m["attach_accuracy"] == pytest.approx(2 / 3)
    assert m["code_rows"] == 2 and m["code_accuracy"] == pytest.approx(1 / 2)
    assert m["false_labels"] == 1 and m["false_label_rate"] == pytest.approx(1 / 2)


def test_gold_none_but_actor_predicted_is_wrong() -> None:
    m = score([(_row("a", "label"), Prediction(True, ((0, 3),), None))])
    assert m["attach_accuracy"] == 0.0


@pytest.mark.skipif(not (SHARED / "data").is_dir(), reason="../shared not present")
def test_gold_loads_and_splits() -> None:
    rows = load(GOLD, SHARED)
    assert len(rows) == 536  # 232 (attach26) + 169 (attach28) + 135 (attach30)
    assert sum(r.use == "nonlabel" for r in rows) == 145
    tune = load(GOLD, SHARED, "tune")
    assert {r.split for r in tune} == {"tune"} and len(tune) == 275


def test_bad_label_offsets_raise(tmp_path: Path) -> None:
    lines = Path(GOLD).read_text(encoding="utf-8").splitlines()
    head = [ln for ln in lines if ln.startswith("id\t")]
    row = next(ln for ln in lines if ln.startswith("fa-001\t")).split("\t")
    row[9] = "nonsense"
    bad = tmp_path / "gold.tsv"
    bad.write_text("\n".join([*head, "\t".join(row)]) + "\n", encoding="utf-8")
    if not (SHARED / "data").is_dir():
        pytest.skip("../shared not present")
    with pytest.raises(ValueError, match="not at its offsets"):
        load(bad, SHARED)
