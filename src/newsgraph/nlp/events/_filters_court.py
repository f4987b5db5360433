"""The routine of a court case, no political event (issue 10 item 4, long22; hooked into
``_filters_routine.routine_no_event``):

* a proceeding put off: postponing, adjourning, deferring or delaying a ruling, hearing,
  verdict, trial or sentencing ("An appeals court in Paris postponed its ruling in a
  long-running dispute between two telecoms companies", "The court adjourned the trial") is
  the calendar of a case, no SANCTION ("postponed the talks", "delayed the visit" stay);
* time asked by a party to the case: lawyers, attorneys, the defence or the prosecution asking
  or applying for more time, an adjournment or an extension ("his lawyers asked for more time
  to review documents") is no REQUEST ("Iran asked for more time to respond" stays).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.nlp.events._custody_told import charges_held
from newsgraph.nlp.events._patterns import Pattern

_PUT_OFF = frozenset({"postpone", "adjourn", "defer", "delay", "suspend", "reschedule"})
_PROCEEDINGS = frozenset(
    {"ruling", "hearing", "verdict", "trial", "sentencing", "judgment", "judgement",
     "proceeding", "proceedings", "arraignment", "case", "inquest"}
)  # fmt: skip
_PARTIES = frozenset(
    {"lawyer", "attorney", "counsel", "defence", "defense", "prosecutor", "prosecution",
     "barrister", "solicitor"}
)  # fmt: skip
_TIME = frozenset({"time", "adjournment", "extension", "postponement", "delay", "continuance"})
_ASKING = frozenset({"ask", "request", "seek", "apply", "petition"})


def _objects(tok: Token) -> list[Token]:
    """The direct objects of a verb and the objects of its "for" phrases."""
    out = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ == "for":
            out += [g for g in prep.children if g.dep_ == "pobj"]
    return out


def court_routine(tok: Token, pattern: Pattern) -> bool:
    """True when the trigger is a step of a court case's routine (module doc)."""
    if not charges_held(tok, pattern):  # "held hearings on the charges" (_custody_told)
        return True
    lemma = tok.lemma_.lower()
    if pattern.type == "SANCTION" and lemma in _PUT_OFF:
        return any(o.lemma_.lower() in _PROCEEDINGS for o in _objects(tok))
    if pattern.type == "REQUEST" and lemma in _ASKING:
        askers = [c for c in tok.children if c.dep_ == "nsubj"]
        return any(s.lemma_.lower() in _PARTIES for s in askers) and any(
            o.lemma_.lower() in _TIME for o in _objects(tok)
        )
    return False
