"""ux28 (ux27's rule in other languages): a date htmldate read with its day from a page
written in a language whose month names newsgraph did not list ('5 kwietnia 2020',
'5 квітня 2020', '5 Απριλίου 2020', '2020. április 5.'), or in digits of another script (an
ISO date in Arabic-Indic or Persian digits), was taken for a day htmldate made up, and the
page went undated. The month's names now come from every language htmldate reads dates in,
and digits of any script count. Controls: an ISO date in a meta tag, JSON-LD or
``<time datetime>`` of a page in any language is kept; a month and year with no day (text
or ``datetime="2020-04"``) stays undated; a word naming another month is not this month."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsgraph.ingest import RawArticle, iter_articles
from newsgraph.ingest._html_days import writes_day

PARA = (
    "Syrian government forces shelled villages held by rebels in southern Idlib on Friday, a "
    "monitoring group said. The Syrian Observatory for Human Rights said six civilians were "
    "killed in the shelling and dozens were wounded."
)


def _page(tmp_path: Path, name: str, lang: str, *, head: str = "", dateline: str = "") -> Path:
    path = tmp_path / f"{name}.html"
    path.write_text(
        f'<html lang="{lang}"><head><title>Shelling</title>{head}</head><body><article>'
        f"<h1>Shelling in Idlib</h1>{dateline}<p>{PARA}</p><p>{PARA}</p></article></body></html>",
        encoding="utf-8",
    )
    return path


def _date(path: Path) -> str | None:
    got = list(iter_articles([str(path)]))
    assert [type(g) for g in got] == [RawArticle], got
    assert isinstance(got[0], RawArticle)
    return got[0].published


@pytest.mark.parametrize(
    ("lang", "dateline"),
    [
        ("pl", "<p><time>5 kwietnia 2020</time></p>"),
        ("uk", '<p><span class="date">5 квітня 2020</span></p>'),
        ("cs", "<p><time>5. dubna 2020</time></p>"),
        ("el", '<p><span class="date">5 Απριλίου 2020</span></p>'),
        ("hu", "<p><time>2020. április 5.</time></p>"),
        ("tr", "<p>Yayınlanma 5 Nisan 2020</p>"),
        ("fa", '<p><span class="date">۵ آوريل ۲۰۲۰</span></p>'),
    ],
)
def test_a_full_date_in_another_language_is_kept(tmp_path: Path, lang: str, dateline: str) -> None:
    assert _date(_page(tmp_path, lang, lang, dateline=dateline)) == "2020-04-05"


def test_an_iso_date_in_arabic_indic_digits_is_kept(tmp_path: Path) -> None:
    head = '<meta property="article:published_time" content="٢٠٢٠-٠٤-٠٥">'
    assert _date(_page(tmp_path, "ar", "ar", head=head)) == "2020-04-05"


def test_control_iso_dates_in_markup_are_kept_in_any_language(tmp_path: Path) -> None:
    ld = {"@type": "NewsArticle", "headline": "x", "datePublished": "2020-04-05T08:00:00+03:00"}
    pages = [
        _page(tmp_path, "meta", "uk", head='<meta name="date" content="2020-04-05">'),
        _page(
            tmp_path,
            "ld",
            "ar",
            head=f'<script type="application/ld+json">{json.dumps(ld)}</script>',
        ),
        _page(
            tmp_path,
            "time",
            "pl",
            dateline='<p><time datetime="2020-04-05T10:00">5 kwietnia 2020</time></p>',
        ),
    ]
    assert [_date(p) for p in pages] == ["2020-04-05"] * 3


def test_control_a_month_and_year_stay_undated(tmp_path: Path) -> None:
    pages = [
        _page(tmp_path, "pl", "pl", dateline="<p><time>kwiecień 2020</time></p>"),
        _page(tmp_path, "uk", "uk", dateline="<p>Опубліковано квітень 2020</p>"),
        _page(
            tmp_path, "dt", "pl", dateline='<p><time datetime="2020-04">kwiecień 2020</time></p>'
        ),
    ]
    assert [_date(p) for p in pages] == [None, None, None]


def test_control_another_months_name_is_not_this_month() -> None:
    assert not writes_day("<p>5 maja 2020</p>", None, "2020-04-05")  # 5 May
    assert not writes_day("<p>5 dni 2020</p>", None, "2020-04-05")  # '5 days 2020'
    assert not writes_day("<p>5 квітня 2020</p>", None, "2020-05-05")


def test_a_long_run_of_word_characters_is_read_in_one_pass() -> None:
    # hostile markup: the month word is at most 20 characters and starts where a run of word
    # characters starts, so a run of them ('+a+a...') is read once, not once per place in it
    # (the first form of this rule, unbounded, spent about 50 s on this 20 KB run)
    page = "<p>" + "+a" * 10_000 + " posted 5 kwietnia 2020</p>"
    assert writes_day(page, None, "2020-04-05")
    assert not writes_day("<p>5 " + "a" * 21 + " 2020</p>", None, "2020-04-05")


def test_control_a_month_name_in_quotes_is_read() -> None:
    assert writes_day("<p>«März 5, 2020»</p>", None, "2020-03-05")
    assert writes_day("<p>5 kwi. 2020</p>", None, "2020-04-05")
