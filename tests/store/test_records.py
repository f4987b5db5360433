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


def test_plain_json_dumps_of_an_article_and_its_records() -> None:
    # json.dumps with no default= (issue 14.11): records are dicts of their fields
    art = moscow_article()
    assert json.loads(json.dumps(art)) == art.to_dict()
    assert json.dumps(art) == json.dumps(art.to_dict())  # same keys, same order ("schema" first)
    quote = art.quotes[0]
    assert json.loads(json.dumps(quote))["content"] == {
        "start": quote.content.start,
        "end": quote.content.end,
        "text": art.text[quote.content.start : quote.content.end],
    }
    assert quote["speaker_name"] == quote.speaker_name  # the typed API and the row agree


def test_records_stay_in_step_when_changed() -> None:
    art = moscow_article()
    quote = art.quotes[0]
    quote.speaker_name = "Someone Else"
    art.title = "A new title"
    art.quotes.append(dataclasses.replace(quote, id="q-extra"))
    back = json.loads(json.dumps(art))
    assert back["title"] == "A new title"
    assert [q["speaker_name"] for q in back["quotes"][:1]] == ["Someone Else"]
    assert back["quotes"][-1]["id"] == "q-extra"
    assert model.article_from_dict(back) == art


def test_records_compare_by_value_and_survive_pickle_and_copy() -> None:
    import copy
    import pickle

    art = moscow_article()
    for other in (pickle.loads(pickle.dumps(art)), copy.deepcopy(art)):
        assert other == art and not (other != art)
        assert json.dumps(other) == json.dumps(art)
    span = art.quotes[0].content
    moved = dataclasses.replace(span, end=span.end + 1)
    assert span != moved and {span: 1}[model.Span(span.start, span.end, span.text)] == 1


def test_store_results_serialise_with_plain_json_dumps(filled: Store) -> None:
    got = filled.get(MOSCOW.id)
    assert got is not None and json.loads(json.dumps(got)) == MOSCOW.to_dict()
    (hit,) = filled.events(type="CONSULT")
    assert json.loads(json.dumps(hit)) == hit.to_dict()
    assert json.loads(json.dumps(hit))["type"] == "CONSULT"
    quote_hit = filled.quotes(speaker="lavrov")[0]
    assert json.loads(json.dumps(quote_hit))["speaker_name"] == quote_hit.quote.speaker_name
    (search,) = filled.search("abscess")
    assert json.loads(json.dumps(search))["id"] == MOSCOW.id
