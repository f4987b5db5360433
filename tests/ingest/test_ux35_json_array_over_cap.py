"""ux35: a pretty-printed JSON array of articles over ``--max-bytes`` (``jq . dump.json |
newsgraph ingest -``, or a ``.json`` file) was refused whole ("<stdin>: larger than the 5 MB
cap"), while the same articles as JSON Lines were read one line at a time (ux33). The array
is now read one article at a time, each capped: an article over the cap, a malformed one or
the one an input cut short ends inside is one line naming it (``<stdin>[3]``), the others are
read. One JSON document that is no array, over the cap, is one line saying how to raise the
cap or split the input. Controls: an array under the cap reads as before, and a text over the
cap that starts with '[' is still the cap line."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from newsgraph.ingest import Failure, RawArticle, iter_articles

CAP = 4000


def _article(i: int, words: int = 30) -> dict[str, str]:
    text = (
        f'Ministers met in "Oslo" on day {i} to discuss [fishing] {{rights}}.\n' + "talks " * words
    )
    return {"title": f"Talks {i}", "text": text.strip(), "outlet": "Wire"}


def _stdin(monkeypatch: pytest.MonkeyPatch, data: str) -> list[RawArticle | Failure]:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data.encode("utf-8"))))
    return list(iter_articles(["-"], max_bytes=CAP))


def _titles(got: list[RawArticle | Failure]) -> list[str | None]:
    return [g.title for g in got if isinstance(g, RawArticle)]


def _failures(got: list[RawArticle | Failure]) -> list[tuple[str, str]]:
    return [(g.source, g.reason) for g in got if isinstance(g, Failure)]


def test_a_piped_pretty_printed_array_over_the_cap_is_read_one_article_at_a_time(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    articles = [_article(i) for i in range(20)]  # about 6.3 KB indented: over the 4 KB cap
    got = _stdin(monkeypatch, json.dumps(articles, indent=2))
    assert _titles(got) == [f"Talks {i}" for i in range(20)]
    assert _failures(got) == []


def test_an_article_over_the_cap_is_one_line_naming_it_and_the_rest_are_read(
    tmp_path: Path,
) -> None:
    articles = [_article(i) for i in range(6)]
    articles[3] = _article(3, words=1000)  # about 6 KB alone
    path = tmp_path / "dump.json"
    path.write_text(json.dumps(articles, indent=2), encoding="utf-8")
    got = list(iter_articles([str(path)], max_bytes=CAP))
    assert _titles(got) == ["Talks 0", "Talks 1", "Talks 2", "Talks 4", "Talks 5"]
    ((source, reason),) = _failures(got)
    assert source == f"{path}[3]" and "cap" in reason


def test_a_malformed_article_names_its_line_and_a_cut_array_its_last_article(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    items = [json.dumps(_article(i), indent=2) for i in range(20)]
    items[2] = items[2].replace('"outlet"', "outlet")  # a key without quotes
    data = "[\n" + ",\n".join(items) + "\n]"
    # the bad key's line: '[' is line 1, each article 5 lines, item 2 is lines 12-16
    assert data.splitlines()[14].strip().startswith("outlet")
    cut = data[: data.index('"Talks 19"') + 3]
    got = _stdin(monkeypatch, cut)
    assert _titles(got) == [f"Talks {i}" for i in range(19) if i != 2]
    assert _failures(got) == [
        (
            "<stdin>[2]",
            "malformed JSON at line 15: Expecting property name enclosed in double quotes",
        ),
        ("<stdin>[19]", "the input ends inside this article (the array cut short?)"),
    ]


def test_one_json_object_over_the_cap_says_how_to_raise_the_cap_or_split_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    got = _stdin(monkeypatch, json.dumps(_article(1, words=1000), indent=2))
    ((source, reason),) = _failures(got)
    assert source == "<stdin>"
    assert "0.004 MB cap" in reason and "--max-bytes" in reason and "JSON Lines" in reason


def test_control_an_array_under_the_cap_and_a_text_over_it_starting_with_a_bracket(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    path = tmp_path / "small.json"
    path.write_text(json.dumps([_article(1), _article(2)], indent=2), encoding="utf-8")
    assert _titles(list(iter_articles([str(path)], max_bytes=CAP))) == ["Talks 1", "Talks 2"]
    got = _stdin(monkeypatch, "[Reuters] Ministers met in Oslo on Monday. " * 120)
    assert _failures(got) == [("<stdin>", "larger than the 0.004 MB cap (set --max-bytes)")]
