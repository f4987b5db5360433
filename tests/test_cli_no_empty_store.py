"""ux23: an ``ingest`` that stores nothing (every input failed) into a ``--db`` that did not
exist leaves no empty store behind, and its final line says so; an existing store stays."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from newsgraph import api, cli
from newsgraph.ingest import RawArticle
from newsgraph.model import Article, Source, article_id
from newsgraph.nlp.places import gazetteer
from newsgraph.store.sqlite import Store

GOOD = "Talks\n\nMinisters of Norway and Chile met in Oslo on Monday to discuss fishing.\n"


class _Plain:
    """Stands in for Pipeline (no model)."""

    def __init__(self, **kw: Any) -> None:
        self.batch_size = 32

    def analyze_many(self, items: Iterable[Any], published: str | None = None) -> Iterator[Any]:
        for raw in items:
            assert isinstance(raw, RawArticle)
            yield Article(id=article_id(raw.text), text=raw.text, source=Source(path=raw.path))


@pytest.fixture
def failing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder of two inputs that both fail (empty files: no text)."""
    monkeypatch.setattr(api, "Pipeline", _Plain)
    monkeypatch.setattr(gazetteer, "index_ready", lambda: True)
    folder = tmp_path / "bad"
    folder.mkdir()
    (folder / "a.txt").write_text("")
    (folder / "b.txt").write_text("   \n")
    return folder


def _ingest(source: Path, db: Path) -> Any:
    return CliRunner().invoke(cli.app, ["ingest", str(source), "--db", str(db)])


def _text(result: Any) -> str:
    """The output with line wraps undone."""
    return " ".join(result.output.split())


def test_every_input_failing_creates_no_store(failing: Path, tmp_path: Path) -> None:
    db = tmp_path / "new.db"
    result = _ingest(failing, db)
    assert result.exit_code == 1
    line = f"0 articles added, 0 already stored, 2 failed → nothing stored, {db} not created"
    assert line in _text(result)
    assert not db.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad"]  # no -wal, -shm, .dataset
    assert "Next:" not in result.output


def test_an_existing_store_stays_when_every_input_fails(failing: Path, tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    (tmp_path / "good.txt").write_text(GOOD)
    first = _ingest(tmp_path / "good.txt", db)
    assert first.exit_code == 0, first.output
    assert f"1 article added, 0 already stored, 0 failed → {db} " in _text(first)
    again = _ingest(failing, db)
    assert again.exit_code == 1
    assert f"0 articles added, 0 already stored, 2 failed → {db} " in _text(again)
    with Store(db, read_only=True) as store:
        assert store.count() == 1


def test_a_new_store_with_one_article_is_created(failing: Path, tmp_path: Path) -> None:
    (failing / "c.txt").write_text(GOOD)
    db = tmp_path / "new.db"
    result = _ingest(failing, db)
    assert result.exit_code == 0, result.output
    assert f"1 article added, 0 already stored, 2 failed → {db} " in _text(result)
    with Store(db, read_only=True) as store:
        assert store.count() == 1
