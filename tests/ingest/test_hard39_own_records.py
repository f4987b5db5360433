"""hard39: the way to merge two stores is to export one's articles and ingest them into the
other; the export's records (``newsgraph.article/1``) keep outlet, URL and the input's id
under ``source``, which the JSON reader ignored: every merged article lost its outlet and URL
without a word (``framing --by outlet``, statements' outlets), and newsgraph's own article id
became its source id. Control: another JSON article with a ``source`` object keeps its
top-level fields only, as before."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from newsgraph.cli import app
from newsgraph.ingest import RawArticle, iter_articles
from newsgraph.model import Article, Source, article_id
from newsgraph.store import Store

TEXT = (
    "Dockworkers in the northern port voted on Thursday to end a nine-day strike after the "
    "operator raised its pay offer, the union said."
)


def test_an_articles_export_ingested_keeps_outlet_url_and_id(tmp_path: Path) -> None:
    db, out = tmp_path / "a.db", tmp_path / "articles.jsonl"
    source = Source(
        path="p.html", url="https://harbour.example/strike", outlet="Harbour News", id="h-77"
    )
    with Store(db) as store:
        store.add(Article(id=article_id(TEXT), text=TEXT, title="Strike ends", source=source))
    result = CliRunner().invoke(
        app, ["export", "--db", str(db), "--table", "articles", "--out", str(out)]
    )
    assert result.exit_code == 0, result.output
    (got,) = list(iter_articles([str(out)]))
    assert isinstance(got, RawArticle)
    assert (got.outlet, got.url, got.source_id) == (
        "Harbour News",
        "https://harbour.example/strike",
        "h-77",
    )
    assert got.title == "Strike ends" and TEXT in got.text


def test_control_another_records_source_object_is_not_read(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    record = {
        "id": "n1",
        "text": TEXT,
        "url": "https://a.example/x",
        "source": {"name": "Wire", "url": "https://b.example/y"},
    }
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    (got,) = list(iter_articles([str(path)]))
    assert isinstance(got, RawArticle)
    assert (got.outlet, got.url, got.source_id) == (None, "https://a.example/x", "n1")
