"""Demonstrations that are shows, not protests (issue 10 item 4, acled30).

"Demonstration" is a protest in the news ("Demonstrations were held in the capital") and a
show of a skill, a craft or a product in local news ("Interactive demonstrations being held
throughout the day will cover topics such as gardening", "open for blacksmithing
demonstrations from noon until 3 p.m.", "during timed demonstrations", "cooking
demonstrations will be held in the main tent"; LGL garden-show and museum listings). A
demonstration noun that a word of a show modifies (interactive, timed, live, hands-on, or
the craft or the thing shown: cooking, gardening, blacksmithing, product, safety ...) is no
protest, unless it is against or over something ("a live demonstration against the war").
A "signholding demonstration" stays a protest: the modifiers are listed, not guessed from
an "-ing"."""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.nlp.events._patterns import Pattern

_DEMONSTRATION = frozenset({"demonstration", "demo"})
# words of a show: its manner, or the craft, skill or product shown (form or lemma)
_SHOW = frozenset(
    """interactive timed live hands-on how-to cooking baking gardening blacksmithing
    blacksmithe woodworking weaving pottery craft crafts product products safety technique
    techniques software culinary""".split()
)
# what makes a demonstration a protest whatever modifies it
_PROTEST_PREPS = frozenset({"against", "over", "for"})
_HOLDERS = ("nsubj", "nsubjpass", "dobj")


def _nouns(tok: Token) -> list[Token]:
    """The demonstration nouns of a trigger: the noun itself, or the noun the verb holds
    ("cooking demonstrations will be held")."""
    if tok.lemma_.lower() in _DEMONSTRATION:
        return [tok]
    return [c for c in tok.children if c.dep_ in _HOLDERS and c.lemma_.lower() in _DEMONSTRATION]


def _show(noun: Token) -> bool:
    if any(c.dep_ == "prep" and c.lower_ in _PROTEST_PREPS for c in noun.children):
        return False  # "a live demonstration against the war"
    mods = [c for c in noun.children if c.dep_ in ("amod", "compound", "nmod")]
    return any(m.lower_ in _SHOW or m.lemma_.lower() in _SHOW for m in mods)


def show_demonstration(tok: Token, pattern: Pattern) -> bool:
    """A PROTEST trigger whose demonstration is a show (module doc): no event."""
    if pattern.type != "PROTEST":
        return False
    nouns = _nouns(tok)
    return bool(nouns) and all(_show(n) for n in nouns)
