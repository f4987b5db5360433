"""An HTML page's author as trafilatura reads it, without the byline's date words (ux27).

trafilatura takes the author from the page's byline and keeps the words around the names that
say when the story went up: 'Posted March 2020' became the author 'Posted March', 'By Jane
Doe, posted March 5, 2020' became 'Jane Doe; Posted March 5', 'Jane Doe | Updated 10:15 AM'
became 'Jane Doe; Updated', and 'Jeff Foust Monday; November' (two of 78 bylines on the
extraction benchmark's tune pages). Each of its '; '-joined parts loses what follows a
publishing word (posted, published, updated, ...) or a weekday after a name, and a part
left with only date and time words
('March 5', 'Tuesday', 'Posted') is no author. Names are kept whole, date-like ones too
('Theresa May', 'April Ryan'): a part is dropped only when every word in it is a date word.
"""

from __future__ import annotations

import re

# a publishing word and everything after it: 'Posted March 5', 'last updated 10:15'
_STAMP = re.compile(
    r"(?:\blast\s+)?\b(?:posted|published|updated|modified|edited|created|released)\b.*$",
    re.IGNORECASE | re.DOTALL,
)
# a weekday after a name and everything after it: 'Jeff Foust Monday, November 5'
_WEEKDAY = re.compile(
    r"(?<=\S)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b.*$",
    re.IGNORECASE | re.DOTALL,
)
_MONTHS = (
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec"
)
_DAYS = (
    "monday tuesday wednesday thursday friday saturday sunday "
    "mon tue tues wed thu thurs fri sat sun"
)
_OTHER = (
    "on at am pm a.m. p.m. ago hour hours minute minutes day days today yesterday gmt utc est edt"
)
_DATE_WORDS = frozenset(f"{_MONTHS} {_DAYS} {_OTHER}".split())
_WORD = re.compile(r"[^\s,|/•·–—-]+")


def _date_word(word: str) -> bool:
    word = word.lower().rstrip(".,:")
    return (
        word in _DATE_WORDS
        or word.rstrip(".") in _DATE_WORDS
        or bool(re.fullmatch(r"[\d:.,/]+(?:st|nd|rd|th)?", word))
    )


def clean_author(author: str | None) -> str | None:
    """``author`` without its byline's date words; None when no name is left."""
    if not author:
        return None
    names = []
    for part in author.split(";"):
        part = _WEEKDAY.sub("", _STAMP.sub("", part)).strip(" \t,|/•·–—-")
        words = _WORD.findall(part)
        if words and not all(_date_word(w) for w in words):
            names.append(part)
    return "; ".join(names) or None
