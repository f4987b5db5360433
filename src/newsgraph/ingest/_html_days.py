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
import unicodedata
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
# a word where a month name stands, in any script (Devanagari's vowel signs are no \w), read
# as the month only if it is one (_names_month): 'kwietnia', 'квітня', 'Απριλίου', 'أبريل'
_WORD_CHAR = r"[^\s\d,./\-<>\"'=:;()\[\]{}|]"
# at most 20 characters (month names are shorter) starting where such a run starts: each place
# costs at most 20 steps, so a long run of word characters ('+a+a+a...') stays linear (an
# unbounded word was quadratic: 40 KB of it took minutes)
_WORD = rf"(?<!{_WORD_CHAR})(?P<word>{_WORD_CHAR}{{1,20}}\.?)"
# a digit of another script (Arabic-Indic '٢٠٢٠', Persian '۲۰۲۰', full-width '２０２０')
_OTHER_DIGIT = re.compile(r"(?![0-9])\d")


@lru_cache(maxsize=64)
def _patterns(
    year: int, month: int, day: int
) -> tuple[re.Pattern[str], tuple[re.Pattern[str], ...]]:
    """The date written in numbers (any match is the date), and written with a word where
    its month's name stands (a match is the date when that word names the month)."""
    y, yy = str(year), f"{year % 100:02d}"
    m = rf"0?{month}" if month < 10 else str(month)
    d = rf"0?{day}" if day < 10 else str(day)
    numbers = [
        # 2020-03-05, 2020/3/5, 20200305, 05.03.2020, 3/5/2020, 05/03/20
        rf"(?<!\d){y}[-/._]{m}[-/._]{d}(?!\d)",
        rf"(?<!\d){y}{month:02d}{day:02d}(?!\d)",
        rf"(?<!\d){d}[-/.]{m}[-/.](?:{y}|{yy})(?!\d)",
        rf"(?<!\d){m}[-/.]{d}[-/.](?:{y}|{yy})(?!\d)",
        # Chinese, Japanese and Korean: 2020年3月5日, 2020년 3월 5일
        rf"(?<!\d){y}\s*[年년]\s*{m}\s*[月월]\s*{d}\s*[日일]",
    ]
    names = [
        # March 5, 2020; Thursday 5th of March 2020; 5 de marzo de 2020; 2020. április 5.
        rf"{_WORD}{_SEP}{d}{_ORD}{_SEP}{_OF}{y}(?!\d)",
        rf"(?<!\d){d}{_ORD}{_SEP}{_OF}{_WORD}{_SEP}{_OF}{y}(?!\d)",
        rf"(?<!\d){y}{_SEP}{_WORD}{_SEP}{d}(?!\d)",
    ]
    number = re.compile("|".join(f"(?:{w})" for w in numbers), re.IGNORECASE)
    return number, tuple(re.compile(n, re.IGNORECASE) for n in names)


@lru_cache(maxsize=1)
def _locale_months() -> tuple[frozenset[str], ...]:
    """Each month's names and abbreviations in every language dateparser knows (htmldate
    reads dates through it: 'kwietnia', 'квітня', 'huhtikuuta', 'Nisan', 'באפריל'), folded."""
    try:
        from dateparser.languages.loader import default_loader
    except ImportError:  # htmldate's dependency; without it the stems above only
        return tuple(frozenset() for _ in _MONTH_STEMS)
    keys: tuple[str, ...] = ("january", "february", "march", "april", "may", "june", "july")
    keys += ("august", "september", "october", "november", "december")
    months: list[set[str]] = [set() for _ in range(12)]
    for locale in default_loader.get_locales():
        for i, key in enumerate(keys):
            months[i].update(_fold(w) for w in locale.info.get(key, []) if isinstance(w, str))
    return tuple(frozenset(m) for m in months)


def _unquoted(word: str) -> str:
    """``word`` without the punctuation and symbols around it ('«März' -> 'März')."""
    start, end = 0, len(word)
    while start < end and unicodedata.category(word[start])[0] in "PS":
        start += 1
    while end > start and unicodedata.category(word[end - 1])[0] in "PS" and word[end - 1] != ".":
        end -= 1
    return word[start:end]


def _fold(word: str) -> str:
    return word.replace("ı", "i").replace("İ", "i").lower().rstrip(".")


def _names_month(word: str, month: int) -> bool:
    folded = _fold(_unquoted(word))
    if folded.startswith(_MONTH_STEMS[month - 1]):
        return True
    return folded in _locale_months()[month - 1]


def _ascii_digits(text: str) -> str:
    if text.isascii():
        return text
    return _OTHER_DIGIT.sub(lambda m: str(unicodedata.decimal(m.group(), "")), text)


def writes_day(page: str, url: str | None, iso: str) -> bool:
    """Whether ``page`` (its HTML; tags, attributes and text all read) or ``url`` writes the
    date ``iso`` (``YYYY-MM-DD``) with its day: in digits of any script, or with its month's
    name in any language htmldate reads (ux28: a Polish, Ukrainian, Greek or Arabic page's
    '5 kwietnia 2020', which htmldate read right, was taken for a made-up day)."""
    try:
        year, month, day = (int(part) for part in iso[:10].split("-"))
    except ValueError:
        return False
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return False
    number, names = _patterns(year, month, day)
    page = _ascii_digits(_html.unescape(page))
    haystacks = (_ascii_digits(url or ""), page, " ".join(_TAGS.sub(" ", page).split()))
    for text in haystacks:
        if number.search(text):
            return True
        for pattern in names:
            found = pattern.search(text)
            while found is not None:
                if _names_month(found.group("word"), month):
                    return True
                found = pattern.search(text, found.start() + 1)
    return False
