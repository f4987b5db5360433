"""Whom a nominal act of force is done to when the verb it hangs on names them.

"The man subjected her to a serious sexual assault", "the gang exposed the girls to abuse": a
verb of exposing (subject, expose) puts its object through the act in its "to" phrase, so
that object is the act's target (the verb's subject, who did it, stays its source).

"The peacekeepers protected civilians against attacks by militias", "His men held the
stronghold against repeated attacks by government troops": an act someone is defended or
held "against"/"from" is aimed at the people the verb protects (its object, when it names
people), else at whoever holds out (the subject of "hold" or of a verb with no object; not
"defended the church from an attack", where the church is struck); the defender is then no
attacker, so the nominal takes no source from that verb (:func:`defended`)."""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.nlp.events._roles_common import _thing, subject

_HARM_TYPES = frozenset({"ASSAULT", "COERCE", "ACCUSE", "THREATEN", "SANCTION"})
_EXPOSE = frozenset({"subject", "expose"})
_DEFEND = frozenset(
    "defend protect shield guard safeguard hold shelter save rescue evacuate".split()
)


def _verb_of(noun: Token, preps: frozenset[str]) -> Token | None:
    """The verb whose ``preps`` phrase the noun is the object of."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in preps or noun.head.dep_ != "prep":
        return None
    verb = noun.head.head
    return verb if verb.pos_ == "VERB" else None


def defended(noun: Token, ptype: str) -> Token | None:
    """The verb of defending or holding out the act ``noun`` is "against"/"from", or None."""
    if ptype not in _HARM_TYPES:
        return None
    verb = _verb_of(noun, frozenset({"against", "from"}))
    return verb if verb is not None and verb.lemma_.lower() in _DEFEND else None


def exposed_targets(noun: Token, ptype: str) -> list[Token]:
    """The targets of a nominal act of force named by the verb it hangs on (module doc)."""
    if ptype not in _HARM_TYPES:
        return []
    verb = _verb_of(noun, frozenset({"to"}))
    if verb is not None and verb.lemma_.lower() in _EXPOSE:
        return [c for c in verb.children if c.dep_ == "dobj"]
    verb = defended(noun, ptype)
    if verb is None:
        return []
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    people = [c for c in objects if not _thing(c)]
    if people:
        return people
    if objects and verb.lemma_.lower() != "hold":
        return []  # "defended the church from an attack": the church is struck, not the police
    subj = subject(verb)  # "held the stronghold against attacks", "held out against attacks"
    return [subj] if subj is not None else []


def kept_from(verb: Token, prep: Token) -> bool:
    """Whether ``prep`` is the "from"/"against" phrase of a verb of defending: what it names
    is kept away, no side the defender acts on ("protected the schoolgirls from an attack by
    Boko Haram": the AID is not aimed at Boko Haram)."""
    return (
        prep.dep_ == "prep"
        and prep.lower_ in ("from", "against")
        and verb.lemma_.lower() in _DEFEND
    )


# acts done to a person whose possessor is whom they are done to (as _roles_noun's list)
_DONE_TO = frozenset("arrest detention release extradition deportation execution".split())


def done_to_someone(tok: Token) -> bool:
    """Whether a prepositional target is an act done to a person and owned by "his"/"her"
    ("called for her release", "a warrant for his arrest"): the owner is the target."""
    return (
        tok.dep_ == "pobj"
        and tok.lemma_.lower() in _DONE_TO
        and any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in tok.children)
    )
