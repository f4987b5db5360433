"""All SQL lives in the store: the web layer only calls store query functions (issue 9)."""

from __future__ import annotations

import re
from pathlib import Path

from store_samples import ankara_article, bare_article, moscow_article

from newsgraph.store import Store

_PKG = Path(__file__).resolve().parents[2] / "src" / "newsgraph"
_WEB = _PKG / "web"
_SQL = re.compile(r"\b(SELECT|INSERT|UPDATE|DELETE)\b.+\b(FROM|INTO|SET)\b|\.execute\(|\.conn\b")


def _sql_lines_of(path: Path) -> list[str]:
    return [
        f"{path.relative_to(_PKG)}:{n}"
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if _SQL.search(line)
    ]


def _sql_lines(folder: Path) -> list[str]:
    return [hit for path in sorted(folder.rglob("*.py")) for hit in _sql_lines_of(path)]


def test_web_layer_has_no_sql() -> None:
    assert _sql_lines(_WEB) == []


def test_nothing_outside_the_store_touches_its_tables() -> None:
    # the corpus algorithms are pure; the tables they feed are kept by store/corpus/. The one
    # other SQLite user is the gazetteer's own read-only index file (a cache, not the store).
    for stage in ("corpus", "nlp", "ingest", "scale", "eval", "train", "runner.py", "cli"):
        path = _PKG / stage
        found = _sql_lines(path) if path.is_dir() else _sql_lines_of(path)
        assert [f for f in found if not f.startswith("nlp/places/gazetteer.py")] == [], stage


def test_recent_newest_first_with_counts(store: Store) -> None:
    undated = bare_article("An undated note about nothing in particular.")
    store.add_many([moscow_article(), ankara_article(), undated])
    rows = store.recent(10)
    # Ankara 2019-01-04, Moscow 2018-08-29, then the undated one.
    assert [r["id"] for r in rows] == [ankara_article().id, moscow_article().id, undated.id]
    moscow = rows[1]
    assert (moscow["n_quotes"], moscow["n_events"]) == (2, 2)
    assert set(moscow) >= {"id", "title", "published", "outlet", "url", "n_quotes", "n_events"}
    assert [r["id"] for r in store.recent(1, offset=1)] == [moscow_article().id]
    assert store.recent(5, offset=3) == []
