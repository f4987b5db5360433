"""ux30 walk: a text file or a JSON Lines file that is not UTF-8 (no BOM) was read as
windows-1252 whatever its script: a Russian file came out 'Ìèíèñòð èíîñòðàííûõ äåë', a
Greek one 'Ï ðñùèõðïõñãüò'. Undeclared bytes are read in the legacy code page that reads
them best, as web pages are (ux30 item 1). Controls: a windows-1252 French file and a UTF-8
file read as before."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests.ingest.test_ux30_undeclared_charset import GREEK, RUSSIAN, WESTERN

from newsgraph.ingest import RawArticle, iter_articles


def _text(path: Path) -> str:
    (got,) = list(iter_articles([str(path)]))
    assert isinstance(got, RawArticle), got
    return got.text


@pytest.mark.parametrize(
    ("sentence", "codec"), [(RUSSIAN, "cp1251"), (GREEK, "iso8859_7")], ids=["cp1251", "iso8859_7"]
)
def test_a_text_file_in_a_legacy_code_page_is_read_in_it(
    tmp_path: Path, sentence: str, codec: str
) -> None:
    path = tmp_path / "story.txt"
    path.write_bytes(f"Headline\n\n{sentence} {sentence}".encode(codec))
    assert sentence in _text(path)


def test_a_json_lines_record_in_windows_1251_is_read_in_it(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    line = json.dumps({"title": "Headline", "text": RUSSIAN}, ensure_ascii=False) + "\n"
    path.write_bytes(line.encode("cp1251"))
    assert RUSSIAN in _text(path)


@pytest.mark.parametrize("codec", ["cp1252", "utf-8"])
def test_control_windows_1252_and_utf8_files_read_as_before(tmp_path: Path, codec: str) -> None:
    path = tmp_path / "story.txt"
    path.write_bytes(f"Headline\n\n{WESTERN}".encode(codec))
    assert WESTERN in _text(path)


FRENCH = "Le président a déclaré mercredi à Genève que les négociations reprendraient bientôt."


def test_the_lines_of_one_json_lines_file_share_the_code_page_found(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a guess costs 5-30 ms a line (a cp1251 file of 100,000 lines: most of an hour); the
    # code page found for one line is checked first on the next
    from newsgraph.ingest import _charset_guess

    picks: list[bytes] = []
    pick = _charset_guess._pick
    monkeypatch.setattr(_charset_guess, "_pick", lambda s: picks.append(s) or pick(s))
    path = tmp_path / "in.jsonl"
    rows = [RUSSIAN, RUSSIAN.replace("Президент", "Министр"), RUSSIAN[:40], FRENCH]
    codecs = ["cp1251", "cp1251", "cp1251", "cp1252"]
    path.write_bytes(
        b"".join(
            (json.dumps({"title": "Headline", "text": t}, ensure_ascii=False) + "\n").encode(c)
            for t, c in zip(rows, codecs, strict=True)
        )
    )
    got = list(iter_articles([str(path)]))
    assert [type(g) for g in got] == [RawArticle] * 4
    assert [t in g.text for t, g in zip(rows, got, strict=True)] == [True] * 4  # type: ignore[union-attr]
    assert len(picks) == 2  # the first line, and the French line the Cyrillic page misreads
