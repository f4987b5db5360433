"""ux25: a source that is a symbolic link to nothing said 'no such file or folder' (the link
is there), and a broken link inside a folder was skipped without a word; both are one line
naming the link's target now. Sound files and links keep their articles."""

from __future__ import annotations

import os
from pathlib import Path

from newsgraph.ingest import Failure, RawArticle, iter_articles

TEXT = "Talks in Oslo\n\nMinisters of Norway and Chile met in Oslo on Monday to discuss trade.\n"


def test_a_broken_link_given_as_source_names_its_target(tmp_path: Path) -> None:
    link = tmp_path / "a.txt"
    os.symlink(tmp_path / "gone.txt", link)
    (item,) = list(iter_articles([str(link)]))
    assert isinstance(item, Failure)
    assert item.reason == f"a symbolic link to {tmp_path / 'gone.txt'}, which does not exist"


def test_a_broken_link_in_a_folder_is_one_line_and_the_rest_is_read(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    os.symlink(tmp_path / "gone.txt", tmp_path / "b.txt")
    items = list(iter_articles([str(tmp_path)]))
    assert [type(x).__name__ for x in items] == ["RawArticle", "Failure"]
    failed = items[1]
    assert isinstance(failed, Failure)
    assert failed.source == str(tmp_path / "b.txt")
    assert "which does not exist" in failed.reason


def test_a_loop_of_links_is_named(tmp_path: Path) -> None:
    os.symlink(tmp_path / "y.txt", tmp_path / "x.txt")
    os.symlink(tmp_path / "x.txt", tmp_path / "y.txt")
    (item,) = list(iter_articles([str(tmp_path / "x.txt")]))
    assert isinstance(item, Failure) and "loop of links" in item.reason


def test_a_sound_link_and_a_missing_path_are_as_before(tmp_path: Path) -> None:
    # control: a link to a file is read; a path that is not there keeps its line
    (tmp_path / "real.txt").write_text(TEXT, encoding="utf-8")
    os.symlink(tmp_path / "real.txt", tmp_path / "link.txt")
    (read,) = list(iter_articles([str(tmp_path / "link.txt")]))
    assert isinstance(read, RawArticle) and "Oslo" in read.text
    (missing,) = list(iter_articles([str(tmp_path / "nothing.txt")]))
    assert isinstance(missing, Failure) and missing.reason == "no such file or folder"
