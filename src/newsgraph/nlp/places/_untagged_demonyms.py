"""Countries' demonyms the model tagged as nothing in a title-case headline ("ICE Deports
Guatemalan Man Wanted For Murder", "Obama: I'm Optimistic Americans Will Say No", "Canada's
Cape Breton Will Welcome American Refugees"), where the model tags few words. The
GeoWebNews-style sets count them as the model's `NORP` demonyms are counted.

A word counts when its line is written in title case (four words or more besides small words,
70% of them capitalised), it is a country's demonym by the tables (capitalised, not in
capitals), no found mention overlaps it, no entity holds it ("Mark Cuban", "the American
Medical Association" are left to the rules that read entities), no hyphen joins it to a
neighbour ("Muslim-American"), the word before is no demonym or ethnic compound's head and the
word after no "American(s)" ("Asian American Alliance").

Running text is left to the model: there the same test also finds "Malagasy people", "Turks
feel", "12,000 Britons", but GeoVirus, whose detect_exact the gate pins, annotates no demonym
(docs/geo.md, places39).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from newsgraph.nlp.places._resolve import Mention, demonym_country
from newsgraph.nlp.places.gazetteer import Gazetteer, norm

# small words a title-case headline may leave in lower case ("Trump Threatens to Send ...")
_SMALL = frozenset("a an and as at but by for from in into of on or the to via vs with".split())
_TITLE_MIN_WORDS = 4
_TITLE_SHARE = 0.7


def _title_line(text: str, start: int) -> bool:
    """Whether the line holding ``start`` is written in title case (a headline)."""
    s = text.rfind("\n", 0, start) + 1
    e = text.find("\n", start)
    words = re.findall(r"[A-Za-z][\w’'-]*", text[s : e if e >= 0 else len(text)])
    words = [w for w in words if w.lower() not in _SMALL]
    if len(words) < _TITLE_MIN_WORDS:
        return False
    return sum(w[0].isupper() for w in words) / len(words) >= _TITLE_SHARE


# words that open an ethnic compound with a demonym ("Asian American", "Arab Israeli")
_COMPOUND_HEADS = frozenset(
    "African Asian European Latin Native Arab Muslim Jewish Hispanic".split()
)


def _demonym_word(tok: Token, gaz: Gazetteer) -> bool:
    return tok.text in _COMPOUND_HEADS or bool(demonym_country(norm(tok.text), gaz))


def untagged_demonyms(doc: Doc, gaz: Gazetteer, found: list[Mention], text: str) -> list[Mention]:
    """Demonym mentions for the country demonyms the model left out (module docstring)."""
    out: list[Mention] = []
    for tok in doc:
        word = tok.text
        if not (word[:1].isupper() and word[1:2].islower()) or tok.ent_type_:
            continue
        if not demonym_country(norm(word), gaz) or not _title_line(text, tok.idx):
            continue
        s, e = tok.idx, tok.idx + len(word)
        if text[s - 1 : s] == "-" or text[e : e + 1] == "-":
            continue
        if any(m.start < e and s < m.end for m in found):
            continue
        prev = doc[tok.i - 1] if tok.i > 0 else None
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if prev is not None and _demonym_word(prev, gaz):
            continue
        if nxt is not None and nxt.text in ("American", "Americans"):
            continue
        # added: read, but no evidence for other names (as the other added mentions)
        out.append(Mention(s, e, "", "demonym", added=True))
    return out
