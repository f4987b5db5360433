""" "Demonstrate" in the sense of showing (issue 10 items 1 and 4, real30).

A demonstration is a protest (CAMEO 141) only when people demonstrate somewhere, for or
against something ("Thousands demonstrated against the new law", "students demonstrated
outside the ministry"). Political news uses the verb far more often for showing: "Trump has
clearly demonstrated that he has both the guts and the fortitude ...", "Christina Romer was
sidelined after demonstrating that the economic stimulus package needed to be much larger",
"Trump had demonstrated a fondness for brutal leaders", "Trump has demonstrated that those who
rise up to criticize him do so at their own peril" (PolNeAR tune texts; the first is tune
gold ev-1079, a SUPPORT the coder read as a PROTEST). :func:`shown` drops the PROTEST of
``protest.demonstrate`` when the verb has a clause of what is shown (a "that", "how", "what"
or "why" clause) or a direct object, unless its subject is a word for protesters ("Protesters
demonstrated their anger outside the embassy" stays a protest).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.nlp.events._patterns import Pattern

_PROTESTERS = frozenset(
    "protester protestor demonstrator marcher activist crowd striker picketer".split()
)


def _protesters(verb: Token) -> bool:
    subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(s.lemma_.lower() in _PROTESTERS for s in subj)


def shown(tok: Token, pattern: Pattern) -> bool:
    """True for a PROTEST on "demonstrate" that shows something (module doc)."""
    if pattern.type != "PROTEST" or tok.lemma_.lower() != "demonstrate" or pattern.pos != "V":
        return False
    showing = any(c.dep_ in ("ccomp", "dobj") for c in tok.children)
    return showing and not _protesters(tok)
