"""ux35 walk: a JSON file as news APIs return it, the articles in an array inside a wrapper
object (``{"status": "ok", "articles": [...]}``), was one line "the JSON object has no "text"
or "html" string" with no word on where the articles are: the line names the array and how
to give it. Controls: a record whose text is under another name keeps its hint, and a list of
plain strings is no array of articles."""

from __future__ import annotations

import json
from pathlib import Path

from newsgraph.ingest import Failure, iter_articles

TEXT = "Ministers met in Oslo on Monday to discuss fishing rights, officials said on Tuesday."


def _reason(tmp_path: Path, record: dict[str, object]) -> str:
    path = tmp_path / "dump.json"
    path.write_text(json.dumps(record), encoding="utf-8")
    (got,) = list(iter_articles([str(path)]))
    assert isinstance(got, Failure), got
    return got.reason


def test_a_wrapper_names_the_array_holding_the_articles(tmp_path: Path) -> None:
    record = {"status": "ok", "totalResults": 2, "articles": [{"title": "A", "text": TEXT}]}
    reason = _reason(tmp_path, record)
    assert "its articles seem to be in the array 'articles'" in reason
    assert "jq '.articles'" in reason


def test_control_other_hints_and_lists_of_strings(tmp_path: Path) -> None:
    assert "its text seems to be in 'body'" in _reason(tmp_path, {"body": TEXT})
    reason = _reason(tmp_path, {"tags": ["politics", "fishing"], "title": "Talks"})
    assert "array" not in reason
