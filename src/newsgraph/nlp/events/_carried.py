"""Who did a nominal event that is the subject of the verb carrying it (issue 10, long23).

A nominal event told as the subject of a passive verb of saying, deciding or doing has no
"by" phrase of its own, so the noun's own roles find no source and the event was dropped
with no actor:

- "The lifting of the state of emergency was announced by the Ethiopian government",
  "The deployment of 2,000 police officers was ordered by the interior minister", "A protest
  was staged by thousands of workers": the carrier verb's agent did the act (a verb of
  deciding, ordering or doing; not a witness: "confirmed by monitors" says who saw it);
- "The withdrawal of Eritrean troops ... was confirmed by African Union monitors": an act one
  does oneself (a withdrawal, a retreat) is done by its "of" object, when the verb tells that
  it happened ("was rejected/denied/demanded by" does not: no withdrawal);
- "The arrest of a blogger by Uzbek police ...": the parser hung the noun's "by" phrase on
  the "of" object; it is the noun's agent.

Only when the noun's own roles have no source; the sides of "fighting was reported between
the army and the rebels" are the carrier verb's "between" phrase as before (``_between``).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.nlp.events._charges_faced import charge_roles
from newsgraph.nlp.events._property_violence import unowned_vandalism
from newsgraph.nlp.events._roles_common import _between, _expand

# carrier verbs whose passive agent is the one who acted: announced, ordered, decided, made
_DOERS = frozenset(
    """announce order decree approve authorize authorise decide declare stage organize
    organise hold launch mount conduct carry issue impose make deliver sign unveil
    implement""".split()
)

# event nouns of an act one does oneself: the "of" object is the agent ("the withdrawal of
# Eritrean troops"), unlike "the arrest of a blogger" (the one arrested)
_SELF_ACTS = frozenset({"withdrawal", "retreat", "pullout", "pull-out", "drawdown"})
# verbs that tell such an act happened (not "was rejected/denied/demanded by": no act)
_WITNESSED = frozenset(
    "confirm report announce verify observe see complete finish document note begin".split()
)


def _pobj(prep: Token) -> Token | None:
    return next((c for c in prep.children if c.dep_ == "pobj"), None)


def _of_object(tok: Token) -> Token | None:
    prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return _pobj(prep) if prep is not None else None


def _hung_by(obj: Token) -> Token | None:
    """The object of a "by" phrase the parser hung on the noun's "of" object."""
    prep = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "by"), None)
    return _pobj(prep) if prep is not None else None


def _carrier_agent(tok: Token) -> Token | None:
    """The "by" agent of the passive doer verb whose subject is the event noun."""
    verb = tok.head
    if tok.dep_ != "nsubjpass" or verb.lemma_.lower() not in _DOERS:
        return None
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    return _pobj(agent) if agent is not None else None


def carried_roles(
    tok: Token, sources: list[Token], targets: list[Token]
) -> tuple[list[Token], list[Token]]:
    """The sides of a nominal event ``tok`` completed from the verb carrying it (see the module
    docstring); ``sources``/``targets`` are the noun's own roles, returned unchanged when
    they name a source."""
    sources, targets = unowned_vandalism(tok, sources, targets)  # "after acts of vandalism"
    sources, targets = charge_roles(tok, sources, targets)  # "charges of arson" (_charges_faced)
    if sources:
        return sources, targets
    if not targets and tok.dep_ in ("nsubj", "nsubjpass"):
        sources, targets = _between(tok.head, [], [])
        if sources:
            return sources, targets
    of_obj = _of_object(tok)
    found = _hung_by(of_obj) if of_obj is not None else None
    if found is None:
        found = _carrier_agent(tok)
    if found is None and of_obj is not None and tok.lemma_.lower() in _SELF_ACTS:
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_.lower() in _WITNESSED:
            found = of_obj
    if found is None:
        return sources, targets
    return _expand([found]), [t for t in targets if t is not found]
