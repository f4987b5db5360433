"""Hostile inputs: each becomes one Failure naming the input (or is repaired), never a crash."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from newsgraph.ingest import Failure, RawArticle, iter_articles
from newsgraph.model import article_id

BODY = (
    "Foreign ministers of Norway and Chile met in Oslo on Monday to discuss fishing rights. "
    "The two sides will meet again in Santiago in May, officials said after the talks."
)


def _items(*sources: str | Path) -> list[RawArticle | Failure]:
    return list(iter_articles([str(s) for s in sources]))


def _good(folder: Path, n: int = 3) -> None:
    for i in range(n):
        (folder / f"good{i}.txt").write_text(f"Good article {i}\n\n{BODY} Number {i}.\n")


def _encodable(raw: RawArticle) -> None:
    for value in (raw.text, raw.title, raw.url, raw.path):
        if value is not None:
            value.encode("utf-8")  # raises on a lone surrogate
    article_id(raw.text)


@pytest.mark.parametrize("field", ["text", "title", "url"])
def test_lone_surrogate_in_json_is_replaced_and_recorded(tmp_path: Path, field: str) -> None:
    record = {"text": BODY, "title": "Ministers meet", "url": "https://example.org/a"}
    record[field] = record[field] + "\ud800"
    path = tmp_path / "a.json"
    path.write_text(json.dumps(record))  # json.dumps writes the escape "\ud800"
    assert "\\ud800" in path.read_text()
    [raw] = _items(path)
    assert isinstance(raw, RawArticle), raw
    _encodable(raw)
    assert "\ufffd" in (getattr(raw, field) or "")
    [note] = [r for r in raw.removed if r.kind == "encoding"]
    assert note.reason == f"1 lone surrogate in {field} replaced with U+FFFD"


def test_lone_surrogate_in_a_jsonl_line(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_text(
        json.dumps({"text": BODY + " \udfff end."}) + "\n" + json.dumps({"text": BODY}) + "\n"
    )
    items = _items(path)
    assert [type(x).__name__ for x in items] == ["RawArticle", "RawArticle"]
    for raw in items:
        assert isinstance(raw, RawArticle)
        _encodable(raw)
    assert isinstance(items[0], RawArticle) and "\ufffd end." in items[0].text


def test_non_utf8_file_name_is_read_and_named_with_escapes(tmp_path: Path) -> None:
    name = os.fsencode(tmp_path) + b"/caf\xe9.txt"
    with open(name, "wb") as fh:
        fh.write(f"Cafe article\n\n{BODY}\n".encode())
    _good(tmp_path, 1)
    items = _items(tmp_path)
    assert [type(x).__name__ for x in items] == ["RawArticle", "RawArticle"]
    cafe = next(x for x in items if isinstance(x, RawArticle) and "caf" in (x.path or ""))
    assert cafe.path == f"{tmp_path}/caf\\xe9.txt"
    _encodable(cafe)


def test_non_utf8_file_name_failure_is_named_with_escapes(tmp_path: Path) -> None:
    name = os.fsencode(tmp_path) + b"/caf\xe9.txt"
    with open(name, "wb") as fh:
        fh.write(b"")
    [item] = _items(tmp_path)
    assert isinstance(item, Failure)
    assert str(item) == f"{tmp_path}/caf\\xe9.txt: empty input"
    str(item).encode("utf-8")


def test_deeply_nested_json_is_one_failure_and_the_batch_goes_on(tmp_path: Path) -> None:
    (tmp_path / "deep.json").write_text("[" * 100_000 + "]" * 100_000)
    (tmp_path / "deep.jsonl").write_text('{"a":' * 100_000 + "1" + "}" * 100_000 + "\n")
    _good(tmp_path)
    items = _items(tmp_path)
    fails = [x for x in items if isinstance(x, Failure)]
    assert sorted(str(f) for f in fails) == [
        f"{tmp_path}/deep.json: JSON nested too deeply",
        f"{tmp_path}/deep.jsonl:1: JSON nested too deeply",
    ]
    assert sum(isinstance(x, RawArticle) for x in items) == 3


def test_a_5000_digit_integer_does_not_stop_the_article(tmp_path: Path) -> None:
    (tmp_path / "big.json").write_text('{"text": "' + BODY + '", "views": ' + "9" * 5000 + "}")
    (tmp_path / "bigdate.jsonl").write_text(
        '{"text": "' + BODY + '", "published": ' + "7" * 5000 + "}\n"
    )
    _good(tmp_path)
    items = _items(tmp_path)
    assert all(isinstance(x, RawArticle) for x in items), items
    assert len(items) == 5


def test_an_unexpected_crash_is_one_failure_naming_input_and_stage(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from newsgraph.ingest import _article  # where ingest cleans an article's text

    real = _article.clean_text

    def explode(text: str, **kw: object):  # type: ignore[no-untyped-def]
        if "BOOM" in text:
            raise RuntimeError("kaboom\nsecond line")
        return real(text, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(_article, "clean_text", explode)
    (tmp_path / "a_bad.txt").write_text(f"BOOM\n\n{BODY}\n")
    _good(tmp_path)
    items = _items(tmp_path)
    [fail] = [x for x in items if isinstance(x, Failure)]
    assert str(fail) == (
        f"{tmp_path}/a_bad.txt: crashed while reading (RuntimeError: kaboom second line); "
        "please report this"
    )
    assert sum(isinstance(x, RawArticle) for x in items) == 3
