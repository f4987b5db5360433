"""Who "is responsible for" a nominal act of force did it (issue 10 item 3, targets39).

News names the doer of an attack, a killing or an abduction as the one "responsible for" it:
"al-Shabab was responsible for the bombing", "militants who are responsible for the abduction
of hundreds of schoolgirls", "The Taliban are believed to be responsible for the killing of two
aid workers". The noun has no doer of its own (no possessor, no "by" phrase) and its governing
word is an adjective, so the verb-subject inheritance of ``_roles_noun`` does not reach it.

Only acts of force (ASSAULT, COERCE: "responsible for negotiations" is a duty, no act); not
after a negation ("were not responsible for the clashes" is a denial); not where the noun names
its doer itself ("the terrorist attacks" stay the terrorists', whoever a candidate's broadside
says "was responsible for" them: ``_roles_noun`` reads this after the noun's modifiers). Only a
copula's complement counts: one "held responsible" by someone else ("Israel held Hamas
responsible for the attack") is named by the holder, who did nothing; there the adjective's own
subject, when the parser gives it one, is the doer.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.nlp.events._roles_common import subject

# verbs whose complement "responsible" says what their subject is ("was", "seemed", "remains")
_COPULAS = frozenset({"be", "seem", "appear", "remain"})


def responsible_party(noun: Token) -> list[Token]:
    """The doer of a nominal act named as "responsible for" it, or []."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "for":
        return []
    adj = noun.head.head
    if adj.lemma_.lower() != "responsible" or adj.pos_ != "ADJ":
        return []
    if any(c.dep_ == "neg" for c in (adj, adj.head) for c in c.children):
        return []  # "the forces were not responsible for the clashes": a denial
    own = [c for c in adj.children if c.dep_ in ("nsubj", "nsubjpass")]
    if own:
        return own  # "held [Hamas responsible for ...]" as a small clause
    verb = adj.head
    if adj.dep_ != "acomp" or verb.lemma_.lower() not in _COPULAS:
        return []
    found = subject(verb)
    return [found] if found is not None else []
