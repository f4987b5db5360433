"""Declining a reporter's question (issue 10 items 1 and 4, real30).

"Declined to comment" is a press formula, no rejection (CAMEO 011 "decline comment", which
PLOVER does not code; :func:`newsgraph.nlp.events._filters_cognition.no_comment` drops it).
Political news words the same thing in more ways: "Cook declined to say whether it was a
violation of Pentagon email policies", "Clinton declined to directly respond to a question
about whether she thought ...", "Trump's campaign manager declined to discuss the candidate's
latest attacks on Cruz", "Mark-Viverito ... declined a question about whether she would lead
the Office". :func:`press_refusal` drops a REJECT on decline or refuse when what is declined
is such an answer:

* "to say" with a question clause (whether, if, how, why, what, who, when, where, which):
  "refused to say in an interview that Sanders was up to the challenge" and "refused to say
  the words 'radical Islam'" withhold a statement asked for and stay REJECT;
* "to discuss" with no "with" party ("declined to discuss the sale with Iran" is a refused
  meeting) and no way to meet ("declined to discuss it at the summit" stays);
* "to respond to" or "to answer" a question, query or inquiry;
* a question, a query, an interview or a request for comment as the object ("declined a
  question", "declined interview requests"); "declined the invitation", "refused the
  demand" stay REJECT.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.nlp.events._patterns import Pattern

_QUESTION_WORDS = frozenset(
    {"whether", "if", "how", "why", "what", "who", "when", "where", "which"}
)
_QUESTIONS = frozenset({"question", "query", "inquiry", "enquiry", "interview"})


def _question_clause(verb: Token) -> bool:
    """A clause of "say" that opens on a question word ("whether it was", "how much")."""
    for c in verb.children:
        if c.dep_ not in ("ccomp", "dobj", "advcl"):
            continue
        first = verb.doc[min(w.i for w in c.subtree)]
        if first.lower_ in _QUESTION_WORDS or any(
            w.dep_ == "mark" and w.lower_ in _QUESTION_WORDS for w in c.children
        ):
            return True
    return False


def _a_question(word: Token) -> bool:
    if word.lemma_.lower() in _QUESTIONS:
        return True
    if word.lemma_.lower() == "request":  # "requests for comment", "interview requests"
        return any(
            c.lemma_.lower() in ("interview", "comment")
            or (c.dep_ == "prep" and any(g.lemma_.lower() == "comment" for g in c.children))
            for c in word.children
        )
    return False


def _answered(verb: Token) -> bool:
    """ "to respond to a question", "to answer questions", "to answer the query"."""
    if any(c.dep_ == "dobj" and _a_question(c) for c in verb.children):
        return True
    return any(
        c.dep_ == "prep" and any(g.dep_ == "pobj" and _a_question(g) for g in c.children)
        for c in verb.children
    )


def press_refusal(tok: Token, pattern: Pattern) -> bool:
    """A REJECT on decline/refuse of an answer to the press (module doc)."""
    if pattern.type != "REJECT" or tok.lemma_.lower() not in ("decline", "refuse"):
        return False
    if any(c.dep_ == "dobj" and _a_question(c) for c in tok.children):
        return True
    for comp in (c for c in tok.children if c.dep_ == "xcomp"):
        lemma = comp.lemma_.lower()
        if lemma == "say" and _question_clause(comp):
            return True
        if lemma == "discuss" and not any(
            c.dep_ == "prep" and c.lower_ in ("with", "at") for c in comp.children
        ):
            return True
        if lemma in ("respond", "answer", "reply") and _answered(comp):
            return True
    return False
