"""ux30 walk: a ``.urls`` file with one line that is no http(s) URL (a typo, an ftp:// link)
was refused whole, "a .urls file must list one http(s) URL a line", naming no line: every
other URL in it was lost. Each URL is fetched and each other line is one failure naming its
line. A ``.txt`` URL list with such a line was one article made of the URLs: it is read as a
URL list too. Controls: a list of URLs only is fetched as before, a list with no URL is one
line, and a text file of sentences that cites URLs stays an article."""

from __future__ import annotations

from pathlib import Path

from newsgraph.ingest import Failure, RawArticle, iter_articles

DEAD = "http://127.0.0.1:9/story"  # nothing listens on port 9: one fetch failure, no network


def _failures(tmp_path: Path, lines: str, name: str = "list.urls") -> list[str]:
    path = tmp_path / name
    path.write_text(lines)
    got = list(iter_articles([str(path)], timeout=2.0))
    assert all(isinstance(g, Failure) for g in got), got
    return [str(g).replace(str(tmp_path) + "/", "") for g in got]


def test_a_bad_line_is_its_own_failure_and_the_urls_are_fetched(tmp_path: Path) -> None:
    got = _failures(tmp_path, f"# my list\n\n{DEAD}\nnot a url\nftp://x.example/a\n")
    assert len(got) == 3
    assert got[0].startswith(f"{DEAD}: could not connect")  # fetched
    assert got[1] == "list.urls:4: not an http(s) URL ('not a url'): a URL list gives one a line"
    assert got[2].startswith("list.urls:5: not an http(s) URL ('ftp://x.example/a')")


def test_control_a_list_of_urls_only_and_a_list_of_none(tmp_path: Path) -> None:
    got = _failures(tmp_path, f"{DEAD}\n{DEAD}/2\n")
    assert [g.split(": ")[0] for g in got] == [DEAD, f"{DEAD}/2"]
    assert _failures(tmp_path, "# nothing yet\n\n") == [
        "list.urls: a .urls file with no URL in it (only blank or # lines)"
    ]


def test_a_text_file_url_list_with_a_typo_is_a_url_list(tmp_path: Path) -> None:
    got = _failures(tmp_path, f"{DEAD}\n{DEAD}/2\nhtp://typo.example/c\n", "list.txt")
    assert [g.split(": ")[0] for g in got] == [DEAD, f"{DEAD}/2", "list.txt:3"]


def test_control_a_text_citing_urls_stays_an_article(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text(
        f"Talks resume\n\nThe ministers met on Monday, the ministry said.\n{DEAD}\n{DEAD}/2\n"
    )
    (got,) = list(iter_articles([str(path)]))
    assert isinstance(got, RawArticle) and "The ministers met on Monday" in got.text
