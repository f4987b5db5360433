"""ux35 walk (the library as a user calls it): ``iter_articles("/data/a.txt")`` took the path
for a list of one-letter sources: its first '/' walked the whole file system and each other
letter was "no such file or folder"; ``Pipeline(actors="my_actors.txt")`` (also ``agents``,
``patterns``) took one-letter file names. One path given alone is one source or one file, as
``newsgraph.ingest(path, db)`` already took it. Controls: lists are read as before."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from newsgraph import api
from newsgraph.ingest import Failure, RawArticle, iter_articles
from newsgraph.nlp import pipeline as _pipeline

TEXT = "Talks in Oslo\n\nMinisters of Norway and Chile met in Oslo on Monday to discuss fish.\n"


@pytest.mark.parametrize("as_path", [False, True])
def test_one_path_alone_is_one_source(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, as_path: bool
) -> None:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    monkeypatch.chdir(tmp_path)  # relative: the old reading's '.' stays in this folder
    got = list(iter_articles(Path("a.txt") if as_path else "a.txt"))
    assert [type(x) for x in got] == [RawArticle], got
    assert got[0].title == "Talks in Oslo"


def test_control_a_list_of_sources_is_read_as_before(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    got = list(iter_articles(["a.txt", "missing.txt"]))
    assert [type(x) for x in got] == [RawArticle, Failure]
    assert isinstance(got[1], Failure) and got[1].source == "missing.txt"


def _built(monkeypatch: pytest.MonkeyPatch, **given: Any) -> dict[str, Any]:
    seen: dict[str, Any] = {}

    def build(model: str, **kw: Any) -> Any:
        seen.update(kw)
        return None

    monkeypatch.setattr(_pipeline, "build", build)
    pipe = api.Pipeline(**given)
    seen["config"] = pipe.config
    return seen


def test_one_dictionary_file_given_alone_is_one_file(monkeypatch: pytest.MonkeyPatch) -> None:
    seen = _built(
        monkeypatch, actors="my_actors.txt", agents=Path("agents.txt"), patterns="extra.txt"
    )
    assert seen["actors"] == ["my_actors.txt"]
    assert seen["agents"] == ["agents.txt"]
    assert seen["patterns"] == ["extra.txt"]
    assert seen["config"]["actors"] == ["my_actors.txt"]


def test_control_lists_of_files_are_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    seen = _built(monkeypatch, actors=["a.txt", "b.txt"])
    assert seen["actors"] == ["a.txt", "b.txt"] and seen["agents"] == []
