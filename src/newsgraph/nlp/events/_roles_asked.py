"""Whom help is asked of when the text names the helper only by its nation's adjective (issue
10 item 3, actors28): "The Malian government requested French military assistance against the
Islamist rebels" (France is asked: not the rebels the help would be used against), "Lebanon
sought French assistance", "Sri Lanka asked for Indian financial support". CAMEO codes such a
request (CAMEO 03/PLOVER REQUEST of aid) as directed at the nation asked; the adjective's
country is the target, ahead of any "against" phrase (whom the help is for use against).

Only requests for help, aid, support, funding or intervention; only a nation or place word on
that noun itself ("requested a ceasefire from the Malian government" names whom it is asked
of, and stays as it was)."""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.nlp.events._roles_common import _pobjs

# what is asked of a state that gives it: help of every kind
_HELP = frozenset(
    "help assistance aid support backing intervention mediation funding funds financing loan"
    " investment protection relief expertise guarantee".split()
)
_NATIONS = frozenset({"NORP", "GPE"})


def _asked_things(verb: Token) -> list[Token]:
    """What ``verb`` asks for: its objects and the objects of its "for" phrase ("asked for
    Indian support")."""
    return [c for c in verb.children if c.dep_ == "dobj"] + [
        o for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" for o in _pobjs(c)
    ]


def asked_nation(verb: Token) -> Token | None:
    """The nation word on the help ``verb`` asks for ("French" in "requested French
    assistance"); None when there is none."""
    for thing in _asked_things(verb):
        if thing.lemma_.lower() not in _HELP and thing.lower_ not in _HELP:
            continue
        for c in thing.children:
            if c.dep_ in ("amod", "compound") and c.ent_type_ in _NATIONS and c.i < thing.i:
                return c
    return None


def asked_of(verb: Token, event_type: str, targets: list[Token]) -> list[Token]:
    """``targets`` of a request with the nation asked for help first
    (:func:`asked_nation`), the help itself and whom it is to be used against dropped."""
    if event_type != "REQUEST":
        return targets
    nation = asked_nation(verb)
    if nation is None:
        return targets
    against = {
        o
        for t in (nation.head, verb)
        for c in t.children
        if c.dep_ == "prep" and c.lower_ == "against"
        for o in _pobjs(c)
    }
    return [nation] + [t for t in targets if t is not nation.head and t not in against]
