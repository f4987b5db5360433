"""Streets, roads, rivers, lakes and townships named with a place-type word ("Nelson
Street", "Highway 108", "Lake Lanier") and state routes ("W.Va. 61").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from newsgraph.nlp._doc import doc_text
from newsgraph.nlp.places._resolve import Mention
from newsgraph.nlp.places.gazetteer import Gazetteer

# streets, roads, rivers, lakes and townships the model does not tag: capitalised words before
# a place-type head ("Nelson Street", "S. Clinton Avenue", "Neches River", "Readington
# Township"), "Lake Lanier", and numbered roads ("Highway 108", "County Road 43", "US-24")
_CAP = (
    r"(?:[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?|[A-Z]\.|\d+(?:st|nd|rd|th)|Mc[A-Z][a-z]+"
    r"|Mac[A-Z][a-z]+)"
)


_FEATURE_NAME = re.compile(
    rf"(?<![\w.])(?:{_CAP} ){{1,3}}"
    r"(?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Drive|Boulevard|Blvd\.|Lane|Parkway|Pkwy\.|Highway"
    r"|Freeway|Expressway|Turnpike|Pike|River|Creek|Lake|Township|Bypass)"
    r"(?![\w-]| ?\d| (?!(?:North|South|East|West)(?:east|west)?\b)[A-Z])"
    r"|(?<![\w.])Lake (?:[A-Z][a-z]+ ){0,1}[A-Z][a-z]+(?![\w-]| [A-Z])"
    r"|(?<![\w.])(?:(?:State |U\.S\. |County |Farm )?(?:Highway|Route|Road|Interstate)"
    r"|I|US|SR|CR|FM)[ -]\d{1,4}(?![\w-])"
)


_FEATURE_NOT_FIRST = frozenset("The A An In On At Of For To From By And Or But".split())


# a state route in AP style: "W.Va. 61", "Ky. 52", "KY 90"
_STATE_ROUTE = re.compile(r"(?<![\w.])((?:[A-Z][a-z]*\.){1,2}|[A-Z]{2}) \d{1,4}(?![\w.,-]\d|[\w-])")


def _state_routes(doc: Doc, gaz: Gazetteer, found: list[Mention]) -> list[Mention]:
    """A US state abbreviation followed by a number is the state's road ("W.Va. 61",
    "KY 90"; rule feature); the state abbreviation inside it gives way."""
    text = doc_text(doc)
    out = list(found)
    for hit in _STATE_ROUTE.finditer(text):
        abbr = hit.group(1)
        code = gaz.us_abbrev.get(abbr) or gaz.us_abbrev.get(abbr.rstrip("."))
        if code is None or (abbr.isupper() and abbr != code):
            continue
        s, e = hit.span()
        inside = [m for m in out if m.start < e and s < m.end]
        if any(m.start < s or m.end > e for m in inside):
            continue
        out = [m for m in out if not any(m is i for i in inside)]
        out.append(Mention(s, e, "", "feature"))
    return out


_FEATURE_HEAD = re.compile(
    r"(?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Drive|Boulevard|Blvd\.|Lane|Parkway|Pkwy\.|Highway"
    r"|Freeway|Expressway|Turnpike|Pike|River|Creek|Lake|Township|Bypass|Route|Interstate"
    r"|I|US|SR|CR|FM)(?!\w)"
)


def _feature_hits(text: str) -> list[re.Match[str]]:
    """Matches of ``_FEATURE_NAME``, searched only in windows around a place-type word (the
    full pattern is slow to try at every character of a long text)."""
    out: list[re.Match[str]] = []
    end = 0
    for head in _FEATURE_HEAD.finditer(text):
        lo = max(end, head.start() - 80)
        if head.end() <= end:
            continue
        for hit in _FEATURE_NAME.finditer(text, lo, min(len(text), head.end() + 40)):
            if hit.start() <= head.start() < hit.end() and hit.start() >= end:
                out.append(hit)
                end = hit.end()
                break
    return out


def _feature_names(doc: Doc, found: list[Mention]) -> list[Mention]:
    """Add streets, roads, rivers, lakes and townships named with a place-type word ("Nelson
    Street", "Highway 108", "Lake Lanier") that no mention found by the model overlaps; a name
    found inside one by a gazetteer look-up alone ("Nelson" of "Nelson Street") gives way."""
    text = doc_text(doc)
    out = list(found)
    for hit in _feature_hits(text):
        s, e = hit.start(), hit.end()
        first = hit.group(0).split(" ", 1)[0]
        if first in _FEATURE_NOT_FIRST:
            rest = hit.group(0).split(" ", 1)[1]
            if len(rest.split()) < 2:
                continue
            s += len(first) + 1
        inside = [m for m in out if m.start < e and s < m.end]
        if any(m.rule not in ("gazetteer", "inner") or m.start < s or m.end > e for m in inside):
            continue
        out = [m for m in out if not any(m is i for i in inside)]
        out.append(Mention(s, e, "", "feature"))
    return out
