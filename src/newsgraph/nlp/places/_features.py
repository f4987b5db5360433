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
    r"(?:[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?|[A-Z]\.|\d+(?:st|nd|rd|th)|Mc[A-Z][a-z]+"
    r"|Mac[A-Z][a-z]+|O['’][A-Z][a-z]+)"
)


# a street's quadrant after its type word ("Seventh Street Northwest", "Seventh Street N.W.")
_QUADRANT = r"(?: (?:North|South)(?:east|west)\b| [NS]\.[EW]\.| (?:NE|NW|SE|SW)\b)?"
_FEATURE_NAME = re.compile(
    rf"(?<![\w.])(?:{_CAP} ){{1,3}}"
    r"(?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Drive|Boulevard|Blvd\.|Lane|Parkway|Pkwy\.|Highway"
    r"|Freeway|Expressway|Turnpike|Pike|River|Creek|Lake|Township|Bypass)"
    rf"{_QUADRANT}"
    r"(?![\w-]| ?\d| (?!(?:North|South|East|West)(?:east|west)?\b|(?:Mon|Tues|Wednes|Thurs|Fri"
    r"|Satur|Sun)day\b)[A-Z])"
    r"|(?<![\w.])Lake (?:[A-Z][a-z]+ ){0,1}[A-Z][a-z]+(?![\w-]| [A-Z])"
    r"|(?<![\w.])(?:(?:State |U\.S\. |County |Farm )?(?:Highway|Route|Road|Interstate)"
    r"|Hwy\.?|I|US|SR|CR|FM)[ -]\d{1,4}(?:[NSEW](?![\w-]))?(?![\w-])"
    r"(?: (?:North|South|East|West)(?![\w-]))?"
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
    r"|Hwy|I|US|SR|CR|FM)(?!\w)"
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


_STREET_WORD = r"(?:[A-Z][\w’'-]*\.?|\d+(?:st|nd|rd|th))"
# "the 400 block of Broadway", "the 1300 block of Avenue Q", "the 100 block of O'Roark Avenue"
_BLOCK_OF = re.compile(
    rf"\b\d[\d,]* block of (?:the )?(?P<name>(?:(?:[NSEW]\.|North|South|East|West) )?"
    rf"{_STREET_WORD}(?: {_STREET_WORD}){{0,4}})"
)
# minor street types after a house number ("1204 Kings Court", "1300 Commerce Dr.") or, but
# "Court" (a court of law: "in Meigs County Court"), after a locative word ("in Holm Way");
# alone these words name too many other things ("United Way")
_MINOR_STREET = re.compile(
    r"\b\d{1,5} (?P<name>(?:[NSEW]\. )?(?:[A-Z][\w’'-]* ){1,3}"
    r"(?:Way|Place|Pl\.|Court|Ct\.|Circle|Cir\.|Terrace|Trail|Dr\.|Ln\.))(?![\w-])"
    r"|\b(?:in|on|at|off|along) (?P<name2>(?:[A-Z][\w’'-]* ){1,3}"
    r"(?:Way|Place|Circle|Terrace|Trail))(?![\w-])"
)
_ABBREVIATED_TYPES = frozenset("St. Ave. Rd. Blvd. Dr. Ln. Pl. Ct. Cir. Pkwy. Hwy.".split())
_NOT_LAST = frozenset(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday The A In On At And Police".split()
)


def _street_spans(text: str) -> list[tuple[int, int]]:
    """Streets named by their place in an address: after "the N block of", or with a minor
    type word ("Way", "Court", "Place", ...) after a house number or a locative word."""
    out: list[tuple[int, int]] = []
    for hit in (*_BLOCK_OF.finditer(text), *_MINOR_STREET.finditer(text)):
        group = "name" if hit.start("name") >= 0 else "name2"
        s, e = hit.span(group)
        words = text[s:e].split(" ")
        for k, w in enumerate(words[:-1]):
            if w.endswith(".") and w not in _ABBREVIATED_TYPES and len(w) > 2:
                words = words[: k + 1]  # "South 13th Terrace. Baer died": the sentence ends
                break
        while words and (words[-1] in _NOT_LAST or words[-1].rstrip(".") in _NOT_LAST):
            words.pop()
        if words and words[-1].endswith(".") and words[-1] not in _ABBREVIATED_TYPES:
            words[-1] = words[-1][:-1]  # the sentence's full stop
        if words and any(w[:1].isalpha() for w in words):
            out.append((s, s + len(" ".join(words))))
    return out


def _feature_names(doc: Doc, found: list[Mention]) -> list[Mention]:
    """Add streets, roads, rivers, lakes and townships named with a place-type word ("Nelson
    Street", "Highway 108", "Lake Lanier") that no mention found by the model overlaps; a name
    found inside one by a gazetteer look-up alone ("Nelson" of "Nelson Street") gives way."""
    text = doc_text(doc)
    out = list(found)
    spans: list[tuple[int, int]] = []
    for hit in _feature_hits(text):
        s, e = hit.start(), hit.end()
        first = hit.group(0).split(" ", 1)[0]
        if first in _FEATURE_NOT_FIRST:
            rest = hit.group(0).split(" ", 1)[1]
            if len(rest.split()) < 2:
                continue
            s += len(first) + 1
        spans.append((s, e))
    taken = [range(s, e) for s, e in spans]
    rules = ["feature"] * len(spans)
    for s, e in _street_spans(text):
        if not any(s in r or e - 1 in r for r in taken):
            spans.append((s, e))
            rules.append("street")  # placed at its town, never read from the gazetteer
    for (s, e), rule in zip(spans, rules, strict=True):
        inside = [m for m in out if m.start < e and s < m.end]
        if any(m.rule not in ("gazetteer", "inner") or m.start < s or m.end > e for m in inside):
            continue
        out = [m for m in out if not any(m is i for i in inside)]
        out.append(Mention(s, e, "", rule))
    return out
