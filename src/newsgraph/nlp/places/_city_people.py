"""The people of a big city named by a word of their own ("Parisians", "a Parisian
congregation", "Clevelanders", "Glaswegian"): a mention of the city, read as the city's name
would be in the article (the GeoWebNews-style sets count a city's demonym for its city, as
"New Yorker" and "South Dakotans" for theirs; ``tests/data/places/README.md``, eighth set).

The words are the hand-written table ``geo_city_people.tsv`` (singulars; "s" makes the
plural). A word inside a name the model tagged as something other than a group of people
("the Parisian Hotel" as an organisation or a building) is left alone, as in
``_place_people``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

from newsgraph import datafiles
from newsgraph.nlp._doc import doc_ents
from newsgraph.nlp.places._mentions import Mention


@lru_cache(maxsize=1)
def _people() -> dict[str, str]:
    """People noun (singular and plural) -> the city's name."""
    out: dict[str, str] = {}
    for word, city in datafiles.rows("places/geo_city_people.tsv", min_cols=2, max_cols=2):
        out[word] = city
        out[word + "s"] = city
    return out


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    words = sorted(_people(), key=len, reverse=True)
    return re.compile(r"(?<![\w’'-])(" + "|".join(map(re.escape, words)) + r")(?![\w’'-])")


def city_people(doc: Doc, found: list[Mention], text: str) -> list[Mention]:
    """Mentions for the people words of big cities, each read as its city's name."""
    ents = [(e.start_char, e.end_char) for e in doc_ents(doc) if e.label_ not in ("NORP", "PERSON")]
    out = []
    for hit in _pattern().finditer(text):
        s, e = hit.span()
        if any(m.start < e and s < m.end for m in found):
            continue
        if any(a < e and s < b and (a, b) != (s, e) for a, b in ents):
            continue  # part of a longer name of something else
        out.append(Mention(s, e, "", "ner", alias=_people()[hit.group(1)], added=True))
    return out
