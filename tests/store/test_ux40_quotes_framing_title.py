"""ux40 walk (a journalist's quotes export and a media researcher's framing export opened in
a spreadsheet): each row had its article's id, outlet and date (quotes: URL too) but not its
headline, which `newsgraph quotes --json` gives. Both tables end with the article's `title`,
after the evidence columns, so no earlier column moves. Control: a row of an article without
a title has a null title."""

from __future__ import annotations

from pathlib import Path

import pyarrow.parquet as pq
from framing_samples import presstv_article
from store_samples import moscow_article

from newsgraph.model import Article
from newsgraph.store import Store, export


def _rows(tmp_path: Path, table: str, *articles: Article) -> list[dict]:  # type: ignore[type-arg]
    db, out = tmp_path / "n.db", tmp_path / f"{table}.parquet"
    with Store(db) as store:
        store.add_many(list(articles))
        export(store, "parquet", out, table=table)  # type: ignore[arg-type]
    return pq.read_table(out).to_pylist()


def test_quote_rows_carry_their_articles_title(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "quotes", moscow_article())
    assert len(rows) == 2
    for row in rows:
        assert row["title"] == "Lavrov: Terror 'abscess' in Syria's Idlib needs to be destroyed"
        assert row["outlet"] == "Press TV"  # control: the columns before are as they were
    assert list(rows[0])[-4:] == ["evidence", "evidence_start", "evidence_end", "title"]


def test_framing_rows_carry_their_articles_title(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "framing", presstv_article())
    assert rows and {r["title"] for r in rows} == {"Terrorists attack Idlib"}


def test_control_no_title_is_null(tmp_path: Path) -> None:
    art = moscow_article()
    art.title = None
    rows = _rows(tmp_path, "quotes", art)
    assert [r["title"] for r in rows] == [None, None]
