"""ux24: a source that held no article said nothing at all: 'newsgraph extract emptydir' (or
analyze, or a folder of hidden files only, an empty JSON array, a JSONL file of blank lines)
printed nothing and exited 0. Each is one line naming it now."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from newsgraph.cli import app
from newsgraph.ingest import Failure, RawArticle, iter_articles


def _only_failure(source: Path) -> Failure:
    (item,) = list(iter_articles([str(source)]))
    assert isinstance(item, Failure)
    assert item.source == str(source)
    return item


def test_an_empty_folder_is_one_line(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    hidden = tmp_path / "hidden"
    hidden.mkdir()
    (hidden / ".notes.txt").write_text("The mayor of Paris met the minister on Monday.")
    for folder in (empty, hidden):
        assert _only_failure(folder).reason == (
            "a folder with no files to read (hidden files and folders are skipped)"
        )


def test_an_empty_array_or_blank_jsonl_is_one_line(tmp_path: Path) -> None:
    array = tmp_path / "none.json"
    array.write_text("[]")
    blank = tmp_path / "blank.jsonl"
    blank.write_text("\n\n")
    for source in (array, blank):
        assert _only_failure(source).reason == (
            "no articles in it (an empty JSON array, or only blank lines)"
        )


def test_extract_of_an_empty_folder_says_so(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["extract", str(tmp_path)])
    assert result.exit_code == 1
    assert result.output.splitlines() == [
        f"error: {tmp_path}: a folder with no files to read (hidden files and folders are skipped)",
        "0 succeeded, 1 failed",
    ]


def test_sources_with_articles_add_no_line(tmp_path: Path) -> None:
    # control: a folder with a file gives its article and nothing else
    (tmp_path / "a.txt").write_text("Talks\n\nThe mayor of Paris met the minister on Monday.\n")
    items = list(iter_articles([str(tmp_path)]))
    assert [type(i) for i in items] == [RawArticle]
