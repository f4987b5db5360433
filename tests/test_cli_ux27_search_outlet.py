"""ux27: 'search' listed each outlet's copy of one story (ux26) as rows that differ only in
id and date (same title, same snippet), read as a duplicated row; the rows now name their
outlet. Control: the --json rows (which named the outlet already) are as before."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

from typer.testing import CliRunner

from newsgraph.cli import app
from newsgraph.model import Source
from newsgraph.store import Store
from tests.store.store_samples import ankara_article


def _rows(db: Path, query: str) -> list[str]:
    result = CliRunner().invoke(app, ["search", query, "--db", str(db)], terminal_width=200)
    assert result.exit_code == 0, result.output
    return [" ".join(line.split()) for line in result.output.splitlines() if line[:1] in "│┃"]


def test_each_outlet_copy_names_its_outlet(tmp_path: Path) -> None:
    first = dataclasses.replace(
        ankara_article(), source=Source(url="https://wire-a.example/ankara", outlet="Wire A")
    )
    copy = dataclasses.replace(
        first,
        id="b" * 20,
        published="2019-01-05",
        source=Source(url="https://other.example/ankara", outlet="Site B"),
    )
    db = tmp_path / "news.db"
    with Store(db) as store:
        store.add_many([first, copy])
    rows = _rows(db, "Idlib")
    assert rows[0] == "┃ id ┃ published ┃ outlet ┃ title ┃ snippet ┃"
    assert any(r.startswith(f"│ {first.id[:12]} │ 2019-01-04 │ Wire A │ Turkey") for r in rows)
    assert any(r.startswith("│ bbbbbbbbbbbb │ 2019-01-05 │ Site B │ Turkey") for r in rows)


def test_control_json_rows_as_before(tmp_path: Path) -> None:
    # the JSON rows named the outlet already; they stay as they were
    art = dataclasses.replace(ankara_article(), source=Source(path="a.txt"))
    db = tmp_path / "news.db"
    with Store(db) as store:
        store.add_many([art])
    result = CliRunner().invoke(app, ["search", "Idlib", "--db", str(db), "--json"])
    assert result.exit_code == 0, result.output
    (row,) = json.loads(result.output)
    assert list(row) == ["id", "title", "published", "outlet", "url", "snippet", "rank"]
    assert (row["id"], row["published"], row["outlet"]) == (art.id, "2019-01-04", None)
