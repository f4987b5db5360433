"""States and their officials named by a region (issue 10 item 3, actors26): CAMEO's region
codes.

"European leaders", "African states", "Western powers": no one country stands for them, so
the article's or the sentence's country is kept off them (:func:`._context.regional`). CAMEO
codes such actors by region instead (its codebook's regional codes: EUR Europe, AFR Africa,
ASA Asia, MEA the Middle East, WST the West, LAM Latin America, ...), with the sector of the
noun: "European leaders" -> EURGOV, "European nations" -> EUR, "Latin American governments"
-> LAMGOV. A word with no CAMEO region ("Arab", "Baltic") leaves the actor as it was, and so
does a grouping named in an "of" phrase ("the leaders of the G-20").
"""

from __future__ import annotations

from spacy.tokens import Token

# two-word regions first (the word before the head's last region word)
_REGION_PAIRS = {
    ("middle", "eastern"): "MEA",
    ("latin", "american"): "LAM",
    ("south", "american"): "SAM",
    ("north", "african"): "NAF",
    ("west", "african"): "WAF",
    ("east", "african"): "EAF",
    ("southern", "african"): "SAF",
    ("central", "african"): "CFR",
    ("eastern", "european"): "EEU",
    ("central", "european"): "CEU",
    ("south", "asian"): "SAS",
    ("central", "asian"): "CAS",
    ("southeast", "asian"): "SEA",
}
_REGION_WORDS = {
    "european": "EUR",
    "african": "AFR",
    "asian": "ASA",
    "western": "WST",
    "scandinavian": "SCN",
    "nordic": "SCN",
    "balkan": "BLK",
    "caribbean": "CRB",
}
# every region code above: a code's location part, like a country's ("EURGOV" is GOV of Europe)
REGION_CODES = frozenset(_REGION_PAIRS.values()) | frozenset(_REGION_WORDS.values())
# nouns for states and their officials (as ``_context._STATE_LEVEL``)
_STATE_LEVEL = frozenset(
    """leader state country nation government minister diplomat official ally power partner
    capital""".split()
)


def region_of(head: Token) -> str | None:
    """The CAMEO region code of the region word before a noun for states or their officials
    ("European leaders" -> EUR, "Middle Eastern governments" -> MEA), or None."""
    if head.lemma_.lower() not in _STATE_LEVEL:
        return None
    doc = head.doc
    left = [t for t in doc[head.left_edge.i : head.i] if t.dep_ in ("amod", "compound", "nmod")]
    for tok in reversed(left):
        word = tok.lower_
        prev = doc[tok.i - 1].lower_ if tok.i > 0 else ""
        if (prev, word) in _REGION_PAIRS:
            return _REGION_PAIRS[(prev, word)]
        if word in _REGION_WORDS:
            return _REGION_WORDS[word]
    return None
