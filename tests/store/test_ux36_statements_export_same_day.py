"""ux36 (ux35's leftover): `quotes --statements` and the actor page name the other outlets that
ran a statement on its first day ("huff (same day: post)", since 2c1b458: the store keeps no
time of day), but `export --table statements` had no such column, so an export named one
outlet first. A `same_day_outlets` column (a list, null when none) in every format. Control:
an outlet that ran it a day later is no same-day outlet (null)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from tests.store.test_ux35_statement_same_day import _db
from typer.testing import CliRunner

from newsgraph.cli import app


def _export(db: Path, out: Path) -> list[dict[str, object]]:
    args = ["export", "--db", str(db), "--table", "statements", "--out", str(out)]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    if out.suffix == ".csv":
        with out.open(encoding="utf-8", newline="") as f:
            return list(csv.DictReader(f))
    if out.suffix == ".parquet":
        return list(pq.read_table(out).to_pylist())
    if out.suffix == ".json":
        return list(json.loads(out.read_text(encoding="utf-8")))
    return [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("ext", [".jsonl", ".json", ".parquet"])
def test_the_same_days_other_outlets_are_a_column(tmp_path: Path, ext: str) -> None:
    (row,) = _export(_db(tmp_path, "2015-12-20"), tmp_path / f"s{ext}")
    assert (row["first_outlet"], row["same_day_outlets"]) == ("huff", ["post"])


def test_the_same_days_other_outlets_in_csv(tmp_path: Path) -> None:
    (row,) = _export(_db(tmp_path, "2015-12-20"), tmp_path / "s.csv")
    assert (row["first_outlet"], row["same_day_outlets"]) == ("huff", "post")


@pytest.mark.parametrize("ext", [".jsonl", ".json", ".parquet"])
def test_control_a_later_outlet_is_null(tmp_path: Path, ext: str) -> None:
    (row,) = _export(_db(tmp_path, "2015-12-21"), tmp_path / f"s{ext}")
    assert (row["first_outlet"], row["same_day_outlets"], row["outlets"]) == (
        "huff",
        None,
        ["huff", "post"],
    )


def test_control_a_later_outlet_is_an_empty_csv_cell(tmp_path: Path) -> None:
    (row,) = _export(_db(tmp_path, "2015-12-21"), tmp_path / "s.csv")
    assert (row["first_outlet"], row["same_day_outlets"]) == ("huff", "")
