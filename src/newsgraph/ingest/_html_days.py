"""Whether a page writes the day of the date htmldate read from it (ux27).

htmldate never says whether the date it returns had a day: when a page dates itself only
in its text and names no day ('Posted March 2020', '© 2020', 'Updated 03/2020') it fills
one in (the 1st of the month, the 1st of January, or today's day through dateutil and
dateparser) and returns a full date, with no option to refuse. Its options do not help:
``extensive_search=False`` also fills in days (a ``<time>March 2020</time>``) and loses
the written full dates its text search finds; ``original_date`` only chooses between
dates. So a date is kept only when the page (its markup, attributes included, or its
URL) writes that date with its day, as ``--published``, feeds and JSON dates are read.
"""

from __future__ import annotations

import html as _html
import re
from functools import lru_cache

#: the first letters of each month's name in English, French, German, Spanish, Italian,
#: Portuguese, Dutch and Russian ('Sept.', 'März', 'juillet', 'diciembre', 'maart', 'марта');
#: a word starting so is the month
_MONTH_STEMS: tuple[tuple[str, ...], ...] = (
    ("jan", "ene", "gen", "янв"),
    ("feb", "fév", "fev", "фев"),
    ("mar", "mär", "maa", "мар"),
    ("apr", "avr", "abr", "апр"),
    ("may", "mai", "mag", "mei", "мая", "май"),
    ("jun", "juin", "giu", "июн"),
    ("jul", "juil", "lug", "июл"),
    ("aug", "ago", "aoû", "aou", "авг"),
    ("sep", "set", "сен"),
    ("oct", "okt", "ott", "окт"),
    ("nov", "ноя"),
    ("dec", "dez", "déc", "dic", "дек"),
)
_SEP = r"[\s,./\-]*"  # between a date's parts: 'March 5, 2020', '5-Mar-2020', '5. März 2020'
_OF = r"(?:(?:of|de|del)\s+)?"  # '5th of March', '5 de marzo de 2020'
_ORD = r"(?:st|nd|rd|th|er|e|º)?"  # '5th', '1er', '1º'
_TAGS = re.compile(r"<[^>]*>")


@lru_cache(maxsize=64)
def _patterns(year: int, month: int, day: int) -> re.Pattern[str]:
    y, yy = str(year), f"{year % 100:02d}"
    m = rf"0?{month}" if month < 10 else str(month)
    d = rf"0?{day}" if day < 10 else str(day)
    name = "(?:" + "|".join(_MONTH_STEMS[month - 1]) + r")[^\W\d_]*\.?"
    written = [
        # numbers: 2020-03-05, 2020/3/5, 20200305, 05.03.2020, 3/5/2020, 05/03/20
        rf"(?<!\d){y}[-/._]{m}[-/._]{d}(?!\d)",
        rf"(?<!\d){y}{month:02d}{day:02d}(?!\d)",
        rf"(?<!\d){d}[-/.]{m}[-/.](?:{y}|{yy})(?!\d)",
        rf"(?<!\d){m}[-/.]{d}[-/.](?:{y}|{yy})(?!\d)",
        # names: March 5, 2020; Thursday 5th of March 2020; 5 de marzo de 2020; 2020 March 5
        rf"(?<![^\W\d_]){name}{_SEP}{d}{_ORD}{_SEP}{_OF}{y}(?!\d)",
        rf"(?<!\d){d}{_ORD}{_SEP}{_OF}{name}{_SEP}{_OF}{y}(?!\d)",
        rf"(?<!\d){y}{_SEP}{name}{_SEP}{d}(?!\d)",
        # Chinese, Japanese and Korean: 2020年3月5日, 2020년 3월 5일
        rf"(?<!\d){y}\s*[年년]\s*{m}\s*[月월]\s*{d}\s*[日일]",
    ]
    return re.compile("|".join(f"(?:{w})" for w in written), re.IGNORECASE)


def writes_day(page: str, url: str | None, iso: str) -> bool:
    """Whether ``page`` (its HTML; tags, attributes and text all read) or ``url`` writes the
    date ``iso`` (``YYYY-MM-DD``) with its day."""
    try:
        year, month, day = (int(part) for part in iso[:10].split("-"))
    except ValueError:
        return False
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return False
    pattern = _patterns(year, month, day)
    page = _html.unescape(page)
    haystacks = (url or "", page, " ".join(_TAGS.sub(" ", page).split()))
    return any(pattern.search(h) for h in haystacks)
