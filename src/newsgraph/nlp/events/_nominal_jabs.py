"""A jab at someone told as a noun (issue 10 item 1, acled40).

Political news often reports criticism as the noun of a blow with its "at": "In her latest
public slam at the mayor, the senator said ...", "In an apparent jab at Beijing, the president
said ...", "..., a swipe at the unrest at his rival's rallies", "a thinly veiled dig at the
governor" (9 sentences in 8 unlabelled PolNeAR and PTC documents). A PLOVER coder codes it
ACCUSE ``disapprove`` (CAMEO 111), the one jabbed at the target. The lexicon's
``lex.accuse.n_<noun>_at`` rows match swipe, dig, jab, potshot, slam and broadside with an
"at" of their own ("took a swipe at" is ``lex.accuse.take_swipe``).

:func:`other_sense_jab` drops the nouns' other senses: an excavation ("an archaeological dig at
the site"), a vaccination ("got her flu jab at the pharmacy"), a game ("a grand slam at the
tournament"), a blow in the ring ("a left jab at his opponent's chin"), and any whose "at"
names a natural place or a thing ("a dig at the site").
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.nlp.events._filters import harm_words
from newsgraph.nlp.events._patterns import Pattern

_RULES = frozenset(
    f"lex.accuse.n_{n}_at" for n in ("swipe", "dig", "jab", "potshot", "slam", "broadside")
)
# modifiers of the noun in its other senses: an excavation, a blow in a fight, a card reader
_OTHER_MODIFIERS = frozenset(
    """archaeological archeological archaeology archeology excavation fossil grand left right
    card""".split()
)
# a jab one is given or gets is a vaccination
_RECEIVING = frozenset({"get", "have", "receive", "give", "administer", "book"})
_PLACE_ENTITIES = frozenset({"LOC"})  # not FAC: "a swipe at the White House"


def _at_objects(tok: Token) -> list[Token]:
    return [
        g
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ == "at"
        for g in c.children
        if g.dep_ == "pobj"
    ]


def other_sense_jab(tok: Token, pattern: Pattern) -> bool:
    """True when a nominal jab match (``lex.accuse.n_*_at``) is no criticism."""
    if pattern.name not in _RULES:
        return False
    words = harm_words()
    other = words.get("sport", frozenset()) | words.get("health", frozenset())
    mods = [c for c in tok.children if c.dep_ in ("amod", "compound", "nmod", "npadvmod")]
    if any(m.lower_ in _OTHER_MODIFIERS or m.lemma_.lower() in other for m in mods):
        return True  # "an archaeological dig", "a grand slam", "her flu jab"
    if tok.dep_ in ("dobj", "nsubjpass") and tok.head.lemma_.lower() in _RECEIVING:
        return True  # "got a jab at the clinic"
    for obj in _at_objects(tok):
        if obj.ent_type_ in _PLACE_ENTITIES or obj.lemma_.lower() in other:
            return True  # "a dig at the Nile Valley", "a jab at the opponent's chin"
        if obj.lemma_.lower() in words.get("physical", frozenset()) and obj.ent_type_ == "":
            return True  # "a dig at the site", "a swipe at the ball"
    return False
