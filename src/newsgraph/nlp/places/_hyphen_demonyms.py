"""Two countries' demonyms joined by a hyphen ("Mexican-American", "American-Hungarian",
"Russian-Chinese", "Israeli-Palestinian"): each part is a demonym mention.

The model tags the first part alone ("American" of "American-Hungarian joint venture") or the
whole as one group ("Russian-Chinese ties"), so the second part, or both, were read as
nothing; the sets label both parts ("Iranian-German" is two demonyms), and LGL's gold counts the
second ("Russian-American", "Israeli-Egyptian"). Both parts must be countries' demonyms by the
tables: "African-American" (no country's demonym first) stays as it was.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from newsgraph.nlp.places._resolve import Mention, demonym_country
from newsgraph.nlp.places.gazetteer import Gazetteer, norm

# "<Capital>-<Capital>" whose first letter follows no word character, apostrophe or hyphen;
# the pattern leaves that test out (a pattern opening on a look-behind is tried at every
# character, one opening on a letter class only where it may start) and ``_pairs`` makes it
_PAIR = re.compile(r"([A-Z][a-z]+)-([A-Z][a-z]+)(?![\w’'-]|-[A-Z])")
_BEFORE = re.compile(r"[\w’'-]")


def _pairs(text: str) -> Iterator[re.Match[str]]:
    """The matches of ``(?<![\\w’'-])`` + ``_PAIR``, as ``finditer`` would give them: a match
    after a word character, apostrophe or hyphen is skipped, the search going on from its next
    character."""
    pos = 0
    while (hit := _PAIR.search(text, pos)) is not None:
        s = hit.start()
        if s and _BEFORE.match(text, s - 1):
            pos = s + 1
            continue
        yield hit
        pos = hit.end()


def hyphen_demonyms(text: str, gaz: Gazetteer, found: list[Mention]) -> list[Mention]:
    """Demonym mentions for the parts of "<demonym>-<demonym>" no found mention covers."""
    out: list[Mention] = []
    for hit in _pairs(text):
        parts = [hit.span(1), hit.span(2)]
        if not all(demonym_country(norm(text[s:e]), gaz) for s, e in parts):
            continue
        for s, e in parts:
            if any(m.start < e and s < m.end for m in found + out):
                continue  # the part the model tagged alone, read as before
            # added: read, but no evidence for other names (as the other added mentions)
            out.append(Mention(s, e, "", "demonym", added=True))
    return out
