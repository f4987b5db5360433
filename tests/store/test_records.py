"""Store queries return the typed records ``analyze`` returns; every record serialises to JSON."""

from __future__ import annotations

import dataclasses
import inspect
import json
import re
import textwrap
from pathlib import Path

import pytest
from store_samples import ankara_article, moscow_article

from newsgraph import model
from newsgraph.model import Article, Event, Quote
from newsgraph.store import Store
from newsgraph.store.records import ArticleRef, EventHit, QuoteHit, SearchHit

README = Path(__file__).resolve().parents[2] / "README.md"
MOSCOW = moscow_article()


def test_every_record_type_has_to_dict_and_serialises() -> None:
    records = [
        cls
        for _, cls in inspect.getmembers(model, inspect.isclass)
        if dataclasses.is_dataclass(cls) and cls.__module__ == model.__name__
    ]
    assert len(records) >= 11
    for cls in records:
        assert hasattr(cls, "to_dict"), cls.__name__
    for quote in MOSCOW.quotes:
        assert json.loads(json.dumps(quote.to_dict()))["content"]["text"] == quote.content.text
    event = MOSCOW.events[0]
    back = json.loads(json.dumps(event.to_dict()))
    assert back["trigger"] == {**event.trigger.to_dict()}
    assert back["sources"][0]["span"]["text"] == event.sources[0].span.text
    assert json.loads(json.dumps(MOSCOW.places[0].to_dict()))["name"] == MOSCOW.places[0].name


def test_get_and_iter_return_articles(filled: Store) -> None:
    got = filled.get(MOSCOW.id[:8])
    assert isinstance(got, Article) and got == MOSCOW
    assert [a.id for a in filled.iter_articles()] == sorted([MOSCOW.id, ankara_article().id])
    assert filled.get("nope") is None


def test_quotes_are_typed_hits(filled: Store) -> None:
    hits = filled.quotes(speaker="lavrov")
    assert hits and all(isinstance(h, QuoteHit) for h in hits)
    hit = hits[0]
    assert isinstance(hit.quote, Quote) and hit.quote in MOSCOW.quotes
    assert hit.article == ArticleRef(
        MOSCOW.id, MOSCOW.title, MOSCOW.published, MOSCOW.source.outlet, MOSCOW.source.url
    )
    flat = hit.to_dict()
    assert flat["content"] == hit.quote.content.text and flat["title"] == MOSCOW.title
    assert json.loads(json.dumps(flat)) == flat
    assert hit["speaker_name"] == hit.quote.speaker_name  # also read as the flat row


def test_events_are_typed_hits(filled: Store) -> None:
    hits = filled.events(type="CONSULT")
    assert len(hits) == 1 and isinstance(hits[0], EventHit)
    hit = hits[0]
    assert isinstance(hit.event, Event) and hit.event in MOSCOW.events
    assert hit.date == "2018-08-29" and hit.article.id == MOSCOW.id
    assert hit.evidence is not None
    assert MOSCOW.text[hit.evidence.start : hit.evidence.end] == hit.evidence.text
    assert hit.event.trigger.text in hit.evidence.text
    assert json.loads(json.dumps(hit.to_dict()))["type"] == "CONSULT"


def test_search_hits_are_typed(filled: Store) -> None:
    (hit,) = filled.search("abscess")
    assert isinstance(hit, SearchHit) and hit.article.id == MOSCOW.id
    assert "«abscess»" in hit.snippet


def _readme_store_example() -> str:
    text = README.read_text(encoding="utf-8")
    found = re.search(r"<!-- tested: store example -->\s*```python\n(.*?)```", text, re.S)
    assert found, "README has no tested Store example"
    return textwrap.dedent(found.group(1))


def test_readme_store_example_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with Store(tmp_path / "news.db") as store:
        store.add_many([MOSCOW, ankara_article()])
    monkeypatch.chdir(tmp_path)
    printed: list[str] = []
    code = _readme_store_example()
    assert "..." not in code
    exec(
        compile(code, "README.md", "exec"),
        {"print": lambda *a: printed.append(" ".join(map(str, a)))},
    )
    out = "\n".join(printed)
    assert "Sergei Lavrov" in out and "CONSULT" in out
