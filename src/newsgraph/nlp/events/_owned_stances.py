"""A person's own promise, support or news conference, and a person disagreeing, on political
news (polfp40, issue 10 item 4).

Two classes the polfp39 and targets39 samples passed on, counted over the events of the 424
PolNeAR train texts of the actors eval's tune part (``docs/events.md``, "polfp40"):

* **A noun of a stance, a promise or a press event owned by a person is no event** when its
  owner is its only side. "his promise to build a wall", "Trump's pledge to be neutral", "the
  president revisited his own promise to guide the country", "her long support for stem cell
  research", "Clinton's current support for licenses", "his Republican support remains
  consistent", "Clinton's greatest support came from naval personnel", "At his news conference
  in Turkey": the noun names a standing position, a campaign promise about policy, a share of
  voters or a press appearance; no one is promised, supported or consulted. A promise *to* an
  actor ("his promise to Kyiv of air defence") has a target and stays, as does support for a
  person or for a government's act or measure ("his support for Clinton", "Ryan's support for
  the bill") or given at a time ("Clinton weighed in with her support"), as do a state's or a
  body's pledge or support ("Berlin's pledge to add 7,000 soldiers", "the council's support for
  terminating the contracts": what event data record) and support come *to* its owner ("came
  to Carson's support": the owner is the one supported). The verb stays an event ("Trump
  promised to build a wall" AGREE, maintainers' tests; ``docs/events.md`` audit4).
* **A news conference is no CONSULT** unless it is held with someone: "she said at a news
  conference last week", "At his news conference"; "a joint news conference with Merkel"
  (a target) or two leaders' joint conference (two sources) stays.
* **A person disagreeing states a view, no REJECT**: "I disagree with the assertion", "many
  economists disagree", "Mr. Rubio only occasionally disagreed with him", "lawmakers disagree
  over how far-reaching it should be". States, governments and organisations disagreeing are a
  dispute between positions and stay ("Dublin and London disagreed over the border").

Read by :func:`newsgraph.nlp.events._filters_speech.speech_no_event`."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from newsgraph.model import Actor
from newsgraph.nlp.events._campaign_trail import _is_body
from newsgraph.nlp.events._patterns import Pattern
from newsgraph.nlp.events._pronouns import _personal
from newsgraph.nlp.events._roles_policy import government_act
from newsgraph.nlp.events._violated_persons import is_person

# nouns of a promise, a stance or a press event that a person owns
_OWNED_NOUNS = frozenset({"promise", "pledge", "vow", "support", "conference"})
_PRESS = frozenset({"news", "press"})
# verbs that give or state one's support at a time ("weighed in with her support", "lent his
# support"): the one supported is named before, the noun is the act
_GIVING = frozenset(
    """give lend offer throw weigh announce voice express extend add pledge""".split()
)
_OBJECT_PREPS = frozenset({"for", "of", "to", "behind"})


def _possessor(tok: Token) -> Token | None:
    return next((c for c in tok.children if c.dep_ == "poss"), None)


def _from(actor: Actor, tok: Token) -> bool:
    """The actor's span is the token's subtree ("his", "Mr. Trump's")."""
    sub = list(tok.subtree)
    lo, hi = sub[0].idx, sub[-1].idx + len(sub[-1])
    return actor.span.start < hi and lo < actor.span.end


def _for_person(tok: Token) -> bool:
    """ "his support for Clinton": the supported is a person; "Ryan's support for the bill":
    a government's act or a measure put to a vote (polfp39's ``_policy_stances``)."""
    return any(
        c.dep_ == "prep"
        and c.lower_ in _OBJECT_PREPS
        and (is_person(g) or _personal(g) or government_act(g))
        for c in tok.children
        for g in c.children
        if g.dep_ == "pobj"
    )


def _given(tok: Token) -> bool:
    """ "Clinton weighed in with her support", "lent his support": support given at a time,
    with no policy it is for."""
    verb = tok.head.head if tok.dep_ == "pobj" else tok.head
    if tok.dep_ not in ("dobj", "pobj") or verb.lemma_.lower() not in _GIVING:
        return False
    return not any(c.dep_ == "prep" and c.lower_ in _OBJECT_PREPS for c in tok.children)


def _press_conference(tok: Token) -> bool:
    return tok.lemma_.lower() == "conference" and any(
        c.dep_ in ("compound", "amod") and c.lower_ in _PRESS for c in tok.children
    )


def owned_stance(
    tok: Token, pattern: Pattern, sources: Sequence[Actor], targets: Sequence[Actor]
) -> bool:
    """A person's promise, support or news conference with no other side (module doc)."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in _OWNED_NOUNS or targets:
        return False
    if tok.lemma_.lower() == "conference":
        # a press event: no CONSULT with one side or none
        return pattern.type == "CONSULT" and _press_conference(tok) and len(sources) < 2
    if tok.dep_ == "pobj" and tok.head.lower_ == "to":
        return False  # "came to Carson's support": the owner is supported
    if _for_person(tok) or _given(tok):
        return False  # "his support for Clinton", "for the bill", "weighed in with her support"
    owner = _possessor(tok)
    if owner is None or not all(_from(a, owner) for a in sources):
        return False
    return not any(_is_body(a, tok.doc) for a in sources)


def opinion_disagreement(tok: Token, pattern: Pattern, sources: Sequence[Actor]) -> bool:
    """ "disagree" by people, not by states or bodies (module doc)."""
    if pattern.type != "REJECT" or tok.lemma_.lower() != "disagree":
        return False
    return not any(_is_body(a, tok.doc) for a in sources)
