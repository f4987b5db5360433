"""Support someone holds or acts with: its giver is the source and the holder the target.

"Clinton has the backing of the unions", "the government retains the support of parliament":
a verb of holding (have, retain, keep, maintain, command, boast) whose object is a nominal
support or aid event says its subject receives it, as "won the support of X" does
(``_roles_noun._UNDERGO_GOOD``). "Syrian troops, with support from Iran, recaptured the town"
and "Trump leads the field with the support of 31 percent of Republican voters": support
someone acts *with*, its giver named ("of"/"from"/"among" or a possessor), is given to the
verb's subject. Not when the noun names whom it is for ("has support for the bill": the
subject gives it; an "of" phrase names the giver here), nor with a verb of handing over
("provided Ukraine with aid": the object receives)."""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.nlp.events._patterns import Pattern
from newsgraph.nlp.events._roles_common import _prep_objects
from newsgraph.nlp.events._roles_transfer import _TRANSFER

_HOLD = frozenset("have retain keep maintain command boast".split())
_RECEIVED = frozenset({"SUPPORT", "AID"})
# whose object gives the support a noun names ("the backing of X", "support among X")
GIVER_PREPS = frozenset({"of", "from", "among"})
# verbs that hand something "with" to their object ("equipped the army with aid")
_HAND_WITH = _TRANSFER | frozenset({"equip", "furnish", "arm", "reward", "present", "help"})


def held_support(gov: Token, noun: Token, pattern: Pattern) -> bool:
    """Whether the subject of ``gov`` receives the nominal support or aid ``noun``: held as
    its object, or acted with, its giver named (see the module doc)."""
    if pattern.type not in _RECEIVED or _prep_objects(noun, pattern.targets - GIVER_PREPS):
        return False  # "has support for the bill": the subject gives it
    lemma = gov.lemma_.lower()
    if noun.dep_ == "dobj" and noun.head == gov:
        return lemma in _HOLD
    if noun.dep_ != "pobj" or noun.head.lower_ != "with" or noun.head.head != gov:
        return False
    if lemma in _HAND_WITH:
        return False
    giver = _prep_objects(noun, GIVER_PREPS) or [
        c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"
    ]
    return bool(giver)
