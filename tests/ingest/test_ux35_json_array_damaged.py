"""ux35: a JSON array of articles with one malformed article (a key without quotes) or cut
short (a download stopped) was one line "malformed JSON at line N" and none of its articles
was read, while the same array over --max-bytes is read one article at a time: under the cap
too, its good articles are read and the bad or cut one is named (`dump.json[1]`). Controls: a
malformed single object is still one "malformed JSON" line, and a whole array reads as
before."""

from __future__ import annotations

import json
from pathlib import Path

from newsgraph.ingest import Failure, RawArticle, iter_articles

TEXT = "Ministers met in {} on Monday to discuss fishing rights, officials said."


def _items(tmp_path: Path, data: str) -> list[tuple[str, str]]:
    path = tmp_path / "dump.json"
    path.write_text(data, encoding="utf-8")
    out = []
    for item in iter_articles([str(path)]):
        if isinstance(item, RawArticle):
            out.append(("article", item.title or ""))
        else:
            assert isinstance(item, Failure)
            out.append((item.source.replace(str(path), "dump.json"), item.reason))
    return out


def test_the_good_articles_of_a_damaged_array_are_read(tmp_path: Path) -> None:
    data = (
        "[\n"
        f' {{"title": "A", "text": "{TEXT.format("Oslo")}"}},\n'
        ' {"title": "B", text: "x"},\n'
        f' {{"title": "C", "text": "{TEXT.format("Bergen")}"}},\n'
        ' {"title": "D", "text": "cut'
    )
    assert _items(tmp_path, data) == [
        ("article", "A"),
        (
            "dump.json[1]",
            "malformed JSON at line 3: Expecting property name enclosed in double quotes",
        ),
        ("article", "C"),
        ("dump.json[3]", "the input ends inside this article (the array cut short?)"),
    ]


def test_control_a_bad_object_and_a_whole_array(tmp_path: Path) -> None:
    ((source, reason),) = _items(tmp_path, '{"text": "unclosed')
    assert source == "dump.json" and reason.startswith("malformed JSON at line 1")
    whole = json.dumps([{"title": t, "text": TEXT.format(t)} for t in ("Oslo", "Lima")])
    assert _items(tmp_path, whole) == [("article", "Oslo"), ("article", "Lima")]
