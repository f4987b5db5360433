"""The people of a place of several words, named by its name + "er" ("New Yorkers", "Rhode
Islanders", "New Englanders"): a mention of the place itself, read as the name would be.

The demonym tables list one-word forms ("Texan", "Floridians") and leave out "New Yorker"
because the magazine has that name. Plurals are people ("all New Yorkers", "wealthy New
Yorkers", "New Yorkers went to the polls"): a magazine has no plural. The singular is the
magazine after "the"/"The" ("told the New Yorker", "The New Yorker has published") and before
its nouns ("a New Yorker article"), so only the singular said of someone after a copula
counts ("Trump is a New Yorker in ways ...", "You'd have to be a New Yorker"). The base must
be a name of two or more words the gazetteer knows as a division, a region or a town, so one
word + "er" ("Berliner", "Hamburger") is never read. The mention's text is the place's name,
resolved in the article's context like the name itself.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from newsgraph.nlp._doc import doc_ents
from newsgraph.nlp.places._resolve import Mention
from newsgraph.nlp.places.gazetteer import Gazetteer

_PEOPLE = re.compile(r"(?<![\w’'.-])((?:[A-Z][a-z]+ )+[A-Z][a-z]+?)(ers?)(?![\w’'-])")
_COPULA_A = re.compile(
    r"(?:\b(?:is|was|am|are|were|be|been|being)|[’']s|[’']m)\s+an?\s+"
    r"(?:(?:native|lifelong|true|proud|born|real|fellow|former)\s+)?$"
)
_MAGAZINE_NOUN = re.compile(
    r"\s+(?:magazine|article|story|piece|profile|writer|editor|reporter|cover|essay|interview"
    r"|report|cartoon|staff|journalist|columnist)\b"
)


def _place_name(base: str, gaz: Gazetteer) -> bool:
    """A name of two or more words the gazetteer's first reading calls a place of people."""
    if " " not in base:
        return False
    return any(p and r.feature in ("admin1", "city", "other") for r, p in gaz.lookup(base))


def place_people(doc: Doc, gaz: Gazetteer, found: list[Mention], text: str) -> list[Mention]:
    """Mentions for "<place of several words>er(s)" naming the place's people."""
    ents = [(e.start_char, e.end_char, e.label_) for e in doc_ents(doc)]
    norp = {(a, b) for a, b, label in ents if label == "NORP"}
    other = [(a, b) for a, b, label in ents if label != "NORP"]
    out = []
    for hit in _PEOPLE.finditer(text):
        s, e = hit.span()
        words, suffix = hit.group(1).split(" "), hit.group(2)
        while len(words) > 1 and not _place_name(" ".join(words), gaz):
            s += len(words.pop(0)) + 1  # "Many Rhode Islanders": the sentence's first word
        base = " ".join(words)
        if any(m.start < e and s < m.end for m in found) or not _place_name(base, gaz):
            continue
        if suffix == "er":
            if any(a < e and s < b for a, b in other) and (s, e) not in norp:
                continue  # "the New Yorker" the model calls an organisation: the magazine
            if not _COPULA_A.search(text[max(0, s - 40) : s]) or _MAGAZINE_NOUN.match(text, e):
                continue
        elif any(
            a < e and s < b and (label != "PERSON" or (a, b) != (s, e))
            for a, b, label in ents
            if label != "NORP"
        ):
            continue  # inside a name of something else ("Rhode Islanders" alone may be a PERSON)
        out.append(Mention(s, e, "", "ner", alias=base, added=True))  # no evidence
    return out
