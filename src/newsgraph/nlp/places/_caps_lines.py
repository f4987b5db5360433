"""Countries and US states in a line written all in capitals: a headline or a digest's item
("3. EXPERTS DOWNPLAY PLANNED NORTH KOREA LAUNCH.", "WHY SENEGAL CLAMPS DOWN ON QURANIC
SCHOOLS", "MURDER MYSTERY UNFOLDING IN MISSISSIPPI", "KAZAKHSTAN WINS AGAIN"). The model
tags few words in capitals and the gazetteer look-up reads title-case words only, so these
were no place.

Only a whole line in capitals of three words or more counts (a slogan or a newspaper's name
in capitals inside a sentence, "MAKE AMERICA GREAT AGAIN", "the USA TODAY NETWORK", does
not), and only a country's or a US state's own name (the longest of three, two or one
words, four letters or more): towns and other countries' divisions in capitals ("SOUTHERN",
"BAR") and two-letter codes ("IN", "ME") are too often words.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from newsgraph.nlp._doc import doc_text
from newsgraph.nlp.places._resolve import Mention
from newsgraph.nlp.places.gazetteer import ADMIN1, COUNTRY, Gazetteer, norm

_LINE = re.compile(r"[^\n]+")
_WORD = re.compile(r"[A-Z][A-Z'’.&-]*")


def _capitals_line(line: str) -> bool:
    words = re.findall(r"[A-Za-z]+", line)
    return len(words) >= 3 and not any(c.islower() for c in line)


def _country_or_state(name: str, gaz: Gazetteer) -> bool:
    return any(
        primary and (row.feature == COUNTRY or (row.feature == ADMIN1 and row.country_code == "US"))
        for row, primary in gaz.lookup(name)
    )


def caps_line_places(doc: Doc, gaz: Gazetteer, found: list[Mention]) -> list[Mention]:
    """Gazetteer mentions of countries and US states in lines written all in capitals that
    no mention in ``found`` overlaps."""
    text = doc_text(doc)
    out: list[Mention] = []
    for line in _LINE.finditer(text):
        if not _capitals_line(line.group()):
            continue
        words = [
            (w.start() + line.start(), w.end() + line.start()) for w in _WORD.finditer(line.group())
        ]
        i = 0
        while i < len(words):
            for n in (3, 2, 1):
                if i + n > len(words):
                    continue
                s, e = words[i][0], words[i + n - 1][1]
                name = text[s:e].rstrip(".")
                e = s + len(name)
                if len(name) < 4 or not re.fullmatch(r"[A-Z]+(?: [A-Z]+)*", name):
                    continue
                if any(m.start < e and s < m.end for m in found) or not _country_or_state(
                    name, gaz
                ):
                    continue
                out.append(Mention(s, e, name, "gazetteer", key=norm(name)))
                i += n
                break
            else:
                i += 1
    return out
