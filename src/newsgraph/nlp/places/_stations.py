"""A station named after its town, written as a location: "transported to Yuma Station",
"known locally as Greer Station", "the west boundary of Greer Station".

The model tags such names as people or organisations, and the inner-name rules read the town
alone ("Yuma"). Written after a word that puts someone or something in it, the whole name is
the toponym (GeoWebNews counts a Border Patrol station as a building, LGL a town's old depot
district by its name); it is resolved as its town. Elsewhere the town alone stays: "Yuma
Station agents responded" names the station's people by their town ("ERO Detroit").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from newsgraph.nlp._doc import doc_text
from newsgraph.nlp.places._resolve import Mention

_STATION = re.compile(r" Station(?![\w’'-])")
# words before a name that put someone or something in the named place
_LOCATING = frozenset("at to in into from inside outside near of as".split())
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\s+(?:the\s+)?$")


def _with_station_word(doc: Doc, found: list[Mention]) -> list[Mention]:
    """Mentions of a town followed by "Station" and written as a location take the word; the
    town's name stays the name looked up (``alias``)."""
    text = doc_text(doc)
    for m in found:
        if "demonym" in m.rule or m.alias:
            continue
        hit = _STATION.match(text, m.end)
        if hit is None:
            continue
        before = _WORD_BEFORE.search(text, max(0, m.start - 40), m.start)
        if before is None or before.group(1).lower() not in _LOCATING:
            continue
        m.alias = text[m.start : m.end]
        m.end = hit.end()
    return found
