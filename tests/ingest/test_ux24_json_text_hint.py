"""ux24: a JSON article whose text is under another name ('content', 'body', 'maintext' of
common scrapers) was refused with 'has no "text" or "html" string' and no word on which
field held it; the line now names the field to rename."""

from __future__ import annotations

import json
from pathlib import Path

from newsgraph.ingest import Failure, iter_articles

BODY = (
    "The mayor of Paris said on Monday that the city would review the tax on cafes and "
    "restaurants after a week of protests by their owners."
)


def _failure(tmp_path: Path, record: dict[str, object]) -> Failure:
    path = tmp_path / "a.json"
    path.write_text(json.dumps(record), encoding="utf-8")
    (item,) = list(iter_articles([str(path)]))
    assert isinstance(item, Failure)
    return item


def test_the_field_holding_the_text_is_named(tmp_path: Path) -> None:
    record = {"title": "Cafe tax", "summary": "Paris reviews its cafe tax.", "maintext": BODY}
    assert _failure(tmp_path, record).reason == (
        'the JSON object has no "text" or "html" string; its text seems to be in '
        '\'maintext\': name that field "text" ("html" for markup)'
    )


def test_without_a_text_like_field_the_line_is_as_before(tmp_path: Path) -> None:
    # control: short strings only (a title, a tag) are no article text
    record = {"title": "Cafe tax", "tag": "paris"}
    assert _failure(tmp_path, record).reason == 'the JSON object has no "text" or "html" string'
