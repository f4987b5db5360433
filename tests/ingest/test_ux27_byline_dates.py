"""ux27: an HTML page's author kept its byline's date words: 'Posted March 2020' became the
author 'Posted March', 'By Jane Doe, posted March 5, 2020' 'Jane Doe; Posted March 5',
'Jane Doe | Updated 10:15 AM' 'Jane Doe; Updated', 'Jeff Foust Monday, November 5' 'Jeff
Foust Monday; November' (as on the extraction benchmark). The date words are dropped now.
Controls: names, date-like ones too ('Theresa May', 'April Ryan'), are kept whole."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph.ingest import RawArticle, iter_articles
from newsgraph.ingest._byline import clean_author

PARA = (
    "Syrian government forces shelled villages held by rebels in southern Idlib on Friday, a "
    "monitoring group said. The Syrian Observatory for Human Rights said six civilians were "
    "killed in the shelling and dozens were wounded."
)


def _author(tmp_path: Path, byline: str) -> str | None:
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><title>Shelling</title></head><body><article><h1>Shelling in Idlib</h1>"
        f'<p class="byline">{byline}</p><p>{PARA}</p></article></body></html>'
    )
    (got,) = list(iter_articles([str(path)]))
    assert isinstance(got, RawArticle)
    return got.author


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        ("Posted March 2020", None),
        ("By Jane Doe, posted March 5, 2020", "Jane Doe"),
        ("Jane Doe | Updated 10:15 AM", "Jane Doe"),
        ("Published 3 hours ago", None),
    ],
)
def test_byline_date_words_are_no_author(tmp_path: Path, byline: str, author: str | None) -> None:
    assert _author(tmp_path, byline) == author


def test_a_weekday_after_a_name_and_a_lone_month_go() -> None:
    assert clean_author("Mike Wuerthele; Malcolm Owen Monday; November") == (
        "Mike Wuerthele; Malcolm Owen"
    )


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        ("By Jane Doe", "Jane Doe"),
        ("By Theresa May and April Ryan", "Theresa May; April Ryan"),
    ],
)
def test_control_names_are_kept(tmp_path: Path, byline: str, author: str) -> None:
    assert _author(tmp_path, byline) == author
