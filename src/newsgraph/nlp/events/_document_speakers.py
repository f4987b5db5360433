"""A document or message as the one who speaks (issue 10 item 1, lost43).

"The letter also accuses one of the journalists of ignoring information", "a letter strongly
disputing accusations by Exxon Mobil", "The tweet was a not-so-subtle dig at Trump's
statement": a letter, tweet, statement or lawsuit accuses, rejects, demands, warns or backs
for whoever wrote or filed it. :func:`._agency.no_agent` vetoes an event whose every source
head is a common noun naming no one ("Tragedy struck the club"), and so dropped these. A
text can only act in words, so the exception holds for the verbal types a text performs on
someone (:data:`_SPOKEN`), never for force ("the report hit the markets"), meetings or deals.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from newsgraph.nlp.events._patterns import Pattern

__all__ = ["document_speaks"]

# texts and messages that carry their author's words
_DOCUMENTS = frozenset(
    {
        "letter",
        "tweet",
        "statement",
        "memo",
        "memorandum",
        "lawsuit",
        "complaint",
        "editorial",
        "op-ed",
        "ad",
        "advertisement",
        "petition",
        "email",
        "e-mail",
        "communique",
        "communiqué",
        "resolution",
    }
)
# the verbal acts a text performs on someone
_SPOKEN = frozenset({"ACCUSE", "REJECT", "REQUEST", "THREATEN", "SUPPORT"})


def document_speaks(pattern: Pattern, src_heads: Sequence[Token]) -> bool:
    """Whether a verbal event's every source head is a document noun (module doc)."""
    if pattern.type not in _SPOKEN or not src_heads:
        return False
    return all(h.pos_ == "NOUN" and h.lemma_.lower() in _DOCUMENTS for h in src_heads)
