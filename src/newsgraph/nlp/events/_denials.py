"""A denial told as insisting on a negated fact (issue 10 item 1, types25).

"Insist" is a demand when what is insisted on is to be done ("insisted on a ceasefire",
"insisted that Israel must withdraw": PLOVER REQUEST), and a denial when it is a fact said not
to have happened or not to be so: "insisted she had not approved the sale", "insisted it had
not targeted the hospital", "insisted Beijing had never supplied weapons", "insisted there
had been no civilian casualties". The PLOVER manual suggests REJECT for CAMEO 016 "deny
responsibility", as the coder's ``reject.deny`` codes "denied that ...". A content clause with
its own negation and no modal ("must not", "should not", "will not" stay demands or refusals)
is a denial.
"""

from __future__ import annotations

import dataclasses

from spacy.tokens import Token

from newsgraph.nlp.events._patterns import Pattern

_INSIST = frozenset({"insist", "maintain"})
_MODALS = frozenset("will would 'll shall should could can may might must ought".split())


def _denied(clause: Token) -> bool:
    """A content clause negated with no modal: "she had not approved", "it never supplied",
    "there had been no casualties"."""
    kids = list(clause.children)
    none = any(  # "there had been no civilian casualties", "no shots were fired"
        c.dep_ in ("attr", "nsubj", "nsubjpass", "dobj")
        and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)
        for c in kids
    )
    return (none or any(c.dep_ == "neg" for c in kids)) and not any(
        c.dep_ == "aux" and c.lower_ in _MODALS for c in kids
    )


def denied_fact(tok: Token, pattern: Pattern) -> Pattern | None:
    """REJECT for insisting a fact is not so (module doc); None otherwise."""
    if pattern.type != "REQUEST" or pattern.pos != "V" or tok.lemma_.lower() not in _INSIST:
        return None
    if any(c.dep_ == "neg" for c in tok.children):
        return None  # "did not insist that ..."
    clauses = [c for c in tok.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")]
    if not clauses or not all(_denied(c) for c in clauses):
        return None
    return dataclasses.replace(
        pattern, name=f"{pattern.name}.denial", type="REJECT", mode=None, cameo="120"
    )
