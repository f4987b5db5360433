"""ux33: an undeclared page (no server charset, no ``<meta charset>``, no BOM) in a Central
European or Turkish code page tied with windows-1252 in ux30's count of implausible
characters and was read as windows-1252: 'Cumhurbaþkaný' for 'Cumhurbaşkanı', 'jövõ' for
'jövő', and ISO-8859-2 read as windows-1250 gave 'ľe' for 'že'. The reading whose letters one
language writes (its frequent ones first) now wins; a page two code pages still read about
equally well is one line naming it. Controls: Western European pages stay windows-1252,
Polish windows-1250 as before, no line for them."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from newsgraph.ingest import RawArticle, iter_articles
from newsgraph.ingest._charset_letters import misfit

NAV = "".join(f"<li><a href='/s/{i}/'>Section {i}</a></li>" for i in range(60))


def _page(sentence: str) -> str:
    return (
        "<html><head><title>News</title></head><body>"
        f"<nav><ul>{NAV}</ul></nav><article><h1>News</h1><p>{sentence}</p><p>{sentence}</p>"
        "</article></body></html>"
    )


def _read(tmp_path: Path, sentence: str, codec: str) -> RawArticle:
    path = tmp_path / "page.html"
    path.write_bytes(_page(sentence).encode(codec))
    got = list(iter_articles([str(path)]))
    assert len(got) == 1 and isinstance(got[0], RawArticle), got
    return got[0]


CZECH = "Vláda v pondělí oznámila, že příští týden začnou jednání o rozpočtu v Brně."
SLOVAK = "Predseda vlády v stredu povedal, že rokovania budú pokračovať v Bratislave."
HUNGARIAN = "A miniszterelnök szerdán közölte, hogy a tárgyalások jövő héten folytatódnak."
TURKISH = (
    "Cumhurbaşkanı çarşamba günü İstanbul'da yaptığı açıklamada görüşmelerin süreceğini söyledi."
)
TURKISH_SHORT = "Başkan yarın Ankara'da konuşacak, dedi bakanlık sözcüsü."

CENTRAL = [
    (CZECH, "iso8859_2"),
    (SLOVAK, "iso8859_2"),
    (HUNGARIAN, "cp1250"),
    (HUNGARIAN, "iso8859_2"),
    (TURKISH, "cp1254"),
    (TURKISH, "iso8859_9"),
    (TURKISH_SHORT, "cp1254"),
]


@pytest.mark.parametrize(("sentence", "codec"), CENTRAL, ids=[c for _, c in CENTRAL])
def test_an_undeclared_central_european_or_turkish_page_keeps_its_letters(
    tmp_path: Path, sentence: str, codec: str, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING):
        got = _read(tmp_path, sentence, codec)
    assert sentence in got.text
    assert got.charset_note is None  # said by iter_articles, once
    assert "encoding" not in caplog.text


WESTERN = [
    "Le président a déclaré à Genève que l'été serait chaud, où les prix montent.",
    "Der Außenminister sagte, die Gespräche würden nächste Woche in Zürich fortgesetzt.",
    "El presidente dijo el miércoles que las negociaciones continuarán en España.",
    "Statsministeren sagde onsdag, at forhandlingerne fortsætter i Århus og Køge.",
    "Forsætisráðherra sagði á miðvikudag að viðræður myndu halda áfram í Reykjavík.",
    "O presidente disse que as negociações continuarão em São Paulo.",
]


@pytest.mark.parametrize("sentence", WESTERN)
def test_control_western_european_pages_stay_windows_1252_with_no_line(
    tmp_path: Path, sentence: str, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING):
        got = _read(tmp_path, sentence, "cp1252")
    assert sentence in got.text
    assert "encoding" not in caplog.text


def test_control_polish_windows_1250_reads_as_before(tmp_path: Path) -> None:
    polish = "Kurs złotego spadł w poniedziałek, podał bank w Łodzi, a ceny wzrosły."
    assert polish in _read(tmp_path, polish, "cp1250").text


def test_a_page_two_code_pages_read_equally_well_is_one_line_naming_it(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    # its one letter beyond ASCII is 'ž' in ISO-8859-2 and 'ľ' in windows-1250: both Slovak
    sentence = "Minister povedal, že rokovania budu pokracovat v Bratislave."
    with caplog.at_level(logging.WARNING):
        _read(tmp_path, sentence, "iso8859_2")
    lines = [r.getMessage() for r in caplog.records if "encoding" in r.getMessage()]
    assert len(lines) == 1, lines
    assert "page.html" in lines[0] and "windows-1250" in lines[0] and "\n" not in lines[0]
    assert "save it as UTF-8" in lines[0]


def test_misfit_counts_letters_no_one_language_writes() -> None:
    assert misfit("café crème") == misfit("café") + misfit("crème")
    assert misfit("plain ascii") == 0
    # 'ø' (Danish) with 'š' (Czech): no language writes both: one of them is outside
    assert misfit("pøíští") >= 3
    assert misfit("příští") < 3
