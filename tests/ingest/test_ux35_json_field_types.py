"""ux35 walk (a config-like input: a JSON article record with a field of the wrong type): an
``"outlet": {"name": "Reuters"}`` or ``"author": ["A", "B"]`` was dropped with no word, so the
article was stored with no outlet and the user could not tell why. One line names the record
and each field ignored. Controls: text fields and a whole-number ``id`` say nothing."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from newsgraph.ingest import RawArticle, iter_articles

TEXT = "Ministers met in Oslo on Monday to discuss fishing rights, officials said."


def _read(tmp_path: Path, record: dict[str, object], caplog: pytest.LogCaptureFixture):  # type: ignore[no-untyped-def]
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        (got,) = list(iter_articles([str(path)]))
    assert isinstance(got, RawArticle), got
    lines = [r.getMessage() for r in caplog.records if "ignored" in r.getMessage()]
    return got, lines, path


def test_fields_of_the_wrong_type_are_one_line_naming_them(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    record = {"text": TEXT, "outlet": {"name": "Reuters"}, "author": ["A", "B"], "title": "T"}
    got, lines, path = _read(tmp_path, record, caplog)
    assert got.outlet is None and got.author is None
    assert len(lines) == 1, lines
    assert lines[0].startswith(f"{path}:1: ignored 'outlet' (dict")
    assert "'author' (list" in lines[0] and "take text" in lines[0] and "'title'" not in lines[0]


def test_control_text_fields_and_a_number_id_say_nothing(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    record = {"text": TEXT, "outlet": "Reuters", "author": "A. Writer", "id": 12, "url": None}
    got, lines, _ = _read(tmp_path, record, caplog)
    assert got.outlet == "Reuters" and got.source_id == "12"
    assert lines == []
