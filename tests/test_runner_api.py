"""The public batch API: ``newsgraph.ingest(sources, db)``; ``analyze`` refuses many articles."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import newsgraph
from newsgraph.api import Pipeline
from newsgraph.errors import InputError
from newsgraph.store.sqlite import Store
from tests.test_runner import _FakePipeline, _folder

BODY = "Envoys from Armenia and Azerbaijan met in Geneva on Friday for talks on their border."


def test_newsgraph_ingest_streams_sources_into_a_store(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    db = tmp_path / "news.db"
    failures: list[str] = []
    stats = newsgraph.ingest(
        [folder], db, pipeline=_FakePipeline(), on_failure=lambda f: failures.append(f.source)
    )
    assert (stats.added, stats.skipped, stats.failed) == (5, 0, 2)
    assert sorted(failures) == [f"{folder}/x_surrogate.txt", f"{folder}/y_crash.txt"]
    with Store(db) as store:
        assert store.count() == 5
    again = newsgraph.ingest(str(folder), db, pipeline=_FakePipeline())  # one source as a str
    assert (again.added, again.skipped) == (0, 5)


def test_ingest_is_still_the_ingest_package() -> None:
    from newsgraph.ingest import iter_articles

    assert callable(newsgraph.ingest) and callable(iter_articles)
    assert "ingest" in newsgraph.__all__


def _no_model() -> Pipeline:
    return Pipeline.__new__(Pipeline)  # refusing the input needs no model


def test_analyze_refuses_a_source_with_many_articles(tmp_path: Path) -> None:
    folder = tmp_path / "folder"
    folder.mkdir()
    (folder / "a.txt").write_text(f"One\n\n{BODY}\n")
    (folder / "b.txt").write_text(f"Two\n\n{BODY} Again.\n")
    jsonl = tmp_path / "two.jsonl"
    jsonl.write_text(json.dumps({"text": BODY}) + "\n" + json.dumps({"text": BODY + " 2"}) + "\n")
    for source in (folder, str(jsonl)):
        with pytest.raises(InputError) as caught:
            _no_model()._to_raw(source, clean=True)
        assert str(caught.value) == (
            f"{source}: holds more than one article; analyze() takes one. For all of them use "
            "Pipeline().analyze_many(newsgraph.ingest.iter_articles([source])) or "
            "newsgraph.ingest(sources, db)"
        )


def test_analyze_takes_a_folder_or_jsonl_with_one_article(tmp_path: Path) -> None:
    one = tmp_path / "one.jsonl"
    one.write_text(json.dumps({"text": BODY, "id": "x1"}) + "\n")
    raw = _no_model()._to_raw(str(one), clean=True)
    assert raw.source_id == "x1"
