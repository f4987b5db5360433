"""ux23: every read command on a store without articles names the database and says what to
run first; on a store with articles a read that finds nothing keeps its plain line."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsgraph.cli import app
from newsgraph.store import Store
from tests.store.store_samples import moscow_article

FIRST = "run newsgraph ingest SOURCES --db DB first"


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["show", "abc123"], "error: no article 'abc123' in DB; DB has no articles yet: " + FIRST),
        (["stats"], "DB: no articles yet: " + FIRST),
        (["framing"], "no framing records in DB; DB has no articles yet: " + FIRST),
        (
            ["framing", "--actor", "Lavrov"],
            "no framing records match --actor 'Lavrov' in DB; DB has no articles yet: " + FIRST,
        ),
        (["quotes"], "no quotes in DB; DB has no articles yet: " + FIRST),
        (["actors"], "no actors in DB; DB has no articles yet: " + FIRST),
        (
            ["search", "Moscow"],
            "no articles match 'Moscow' in DB; DB has no articles yet: " + FIRST,
        ),
    ],
)
def test_a_read_on_an_empty_store_names_it_and_the_first_step(
    tmp_path: Path, args: list[str], expected: str
) -> None:
    db = tmp_path / "n.db"
    Store(db).close()
    result = CliRunner().invoke(app, [*args, "--db", str(db)])
    assert " ".join(result.output.split()) == expected.replace("DB", str(db))


def test_export_of_an_empty_store_names_it(tmp_path: Path) -> None:
    db = tmp_path / "n.db"
    Store(db).close()
    target = tmp_path / "e.csv"
    args = ["export", "--db", str(db), "--table", "events", "--format", "csv", "--out", str(target)]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    expected = f"0 rows → {target}; {db} has no articles yet: " + FIRST.replace("DB", str(db))
    assert " ".join(result.output.split()) == expected


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["search", "nothingxyz"], "no articles match 'nothingxyz' in DB"),
        (
            ["framing", "--actor", "Nobody Atall"],
            "no framing records match --actor 'Nobody Atall' in DB",
        ),
        (
            ["show", "ffff0000"],
            "error: no article 'ffff0000' in DB; list some with: newsgraph search QUERY --db DB",
        ),
    ],
)
def test_a_store_with_articles_keeps_the_plain_line(
    tmp_path: Path, args: list[str], expected: str
) -> None:
    db = tmp_path / "n.db"
    with Store(db) as store:
        store.add(moscow_article())
    result = CliRunner().invoke(app, [*args, "--db", str(db)])
    assert " ".join(result.output.split()) == expected.replace("DB", str(db))
