"""ux22: a folder holding a symbolic link back up its own tree is walked once, not ~40 times."""

from __future__ import annotations

from pathlib import Path

from newsgraph.ingest import RawArticle, iter_articles

BODY = "Ministers of Norway and Chile met in {} on Monday to discuss fishing rights.\n"


def _paths(folder: Path) -> list[str]:
    items = list(iter_articles([str(folder)]))
    assert all(isinstance(i, RawArticle) for i in items), items
    return sorted(Path(i.path or "").name for i in items if isinstance(i, RawArticle))


def test_link_back_up_the_tree_is_walked_once(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text(BODY.format("Oslo"))
    (tmp_path / "sub" / "b.txt").write_text(BODY.format("Lima"))
    (tmp_path / "sub" / "up").symlink_to("..", target_is_directory=True)
    assert _paths(tmp_path) == ["a.txt", "b.txt"]


def test_two_links_to_one_folder_walk_it_once(tmp_path: Path) -> None:
    (tmp_path / "real").mkdir()
    (tmp_path / "real" / "c.txt").write_text(BODY.format("Quito"))
    (tmp_path / "x_link").symlink_to("real", target_is_directory=True)
    assert _paths(tmp_path) == ["c.txt"]


def test_linked_folder_outside_the_tree_is_read(tmp_path: Path) -> None:  # control
    (tmp_path / "in").mkdir()
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "d.txt").write_text(BODY.format("Arica"))
    (tmp_path / "in" / "e.txt").write_text(BODY.format("Bergen"))
    (tmp_path / "in" / "more").symlink_to(tmp_path / "elsewhere", target_is_directory=True)
    assert _paths(tmp_path / "in") == ["d.txt", "e.txt"]
