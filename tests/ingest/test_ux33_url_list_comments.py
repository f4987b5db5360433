"""ux33 walk: a URL list's comments were read only as whole lines starting at the margin: a
URL followed by a comment ('URL  # from the wire') was refused as "not an http(s) URL", and
in a ``.txt`` list an indented '  # note' made the list one article of its URLs. A comment
after whitespace and an indented comment are dropped as '#' lines are (a URL holds no
space). Controls: a URL with a '#fragment' keeps it; a bad line is still named."""

from __future__ import annotations

from pathlib import Path

from newsgraph.ingest import Failure, iter_articles

DEAD = "http://127.0.0.1:9/story"  # nothing listens on port 9: one fetch failure, no network


def _got(tmp_path: Path, lines: str, name: str) -> list[str]:
    path = tmp_path / name
    path.write_text(lines)
    got = list(iter_articles([str(path)], timeout=2.0))
    assert all(isinstance(g, Failure) for g in got), got
    return [str(g).replace(str(tmp_path) + "/", "") for g in got]


def test_a_comment_after_a_url_is_dropped(tmp_path: Path) -> None:
    got = _got(tmp_path, f"# list\n\n{DEAD}  # from the wire\n\t{DEAD}/2\t# second\n", "l.urls")
    assert [g.split(": ")[0] for g in got] == [DEAD, f"{DEAD}/2"]
    assert all("could not connect" in g for g in got)


def test_an_indented_comment_keeps_a_text_list_a_list(tmp_path: Path) -> None:
    got = _got(tmp_path, f"   # my reading list\n{DEAD}\n{DEAD}/2\n", "list.txt")
    assert [g.split(": ")[0] for g in got] == [DEAD, f"{DEAD}/2"]


def test_control_a_fragment_stays_and_a_bad_line_is_named(tmp_path: Path) -> None:
    got = _got(tmp_path, f"{DEAD}#part-2\nnot a url\n", "l.urls")
    assert got[0].split(": ")[0] == f"{DEAD}#part-2"
    assert got[1].startswith("l.urls:2: not an http(s) URL ('not a url')")
