"""Sides named as one subject that are one another's (issue 10 item 3, actors28): two who
commit to act together ("Trump and Ryan pledged to work together", ``_roles_custody.joint``)
and two who make a bond between them: "Spain and Morocco restored full diplomatic
cooperation", "Vietnam and the Philippines inked a maritime cooperation accord", "Colombia and
Venezuela reestablished diplomatic relations". CAMEO codes such a dyadic act first named ->
the other; PLOVER's SUPPORT, AGREE and COOPERATE take it. Welcoming, backing or praising a
bond others made ("France and Germany welcomed the peace treaty") makes none: only verbs that
make, restore or seal the bond do."""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.nlp.events._roles_custody import JOINT_TYPES, joint

# the event types of a bond made together
BOND_TYPES = frozenset({"SUPPORT", "AGREE", "COOPERATE"})
# verbs that make, restore or seal a bond (not those that judge one: welcome, back, praise)
_MAKING = frozenset(
    "restore establish reestablish re-establish sign ink seal conclude forge renew normalize"
    " normalise upgrade strengthen deepen expand resume boost".split()
)
# nouns of a bond between two parties ("ties", "a pact", "an accord")
_BONDS = frozenset(
    "tie relation relationship cooperation pact accord treaty protocol partnership alliance"
    " memorandum".split()
)


# a time the parse hangs on the verb's phrase ("restored cooperation on Tuesday")
_WHEN = frozenset({"DATE", "TIME"})


def _bond(noun: Token) -> bool:
    return noun.lemma_.lower() in _BONDS or noun.lower_ in _BONDS


def bonded(verb: Token) -> bool:
    """Whether ``verb`` makes a bond its subject's parties share: a making verb whose object
    is a bond noun ("restored ties", "inked a cooperation accord"), or whose infinitive makes
    one ("inked protocols to establish diplomatic ties"); not when a "with" phrase names the
    other party (then that party is the target)."""
    verbs = [verb] + [c for c in verb.children if c.dep_ == "xcomp"]
    for v in verbs:
        if v.lemma_.lower() not in _MAKING:
            continue
        if any(c.dep_ == "prep" and c.lower_ == "with" for c in v.children):
            return False
        for obj in (c for c in v.children if c.dep_ == "dobj"):
            if _bond(obj):
                return True
    return False


def together(event_type: str, verb: Token, targets: list[Token]) -> bool:
    """Whether the several sources of ``verb`` act on one another: a commitment to act
    together with no target (:func:`newsgraph.nlp.events._roles_custody.joint`) or a bond
    made together whose targets are only the bond itself and times (:func:`bonded`:
    "restored relations on Tuesday", objects no one codes)."""
    if not targets and event_type in JOINT_TYPES and joint(verb):
        return True
    return (
        event_type in BOND_TYPES
        and all((t.pos_ == "NOUN" and _bond(t)) or t.ent_type_ in _WHEN for t in targets)
        and bonded(verb)
    )
