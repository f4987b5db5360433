"""What a lawsuit, a complaint or an indictment says is an allegation (issue 10 item 1, real40).

The manual codes lawsuits and indictments as ACCUSE (CAMEO 112, "accuse", mode ``allege``):
news tells what a court filing charges by making the filing the speaker: "The lawsuit contends
that the deaths ... were caused by the negligent and reckless actions of Clinton", "The
complaint filed Friday in federal court in Phoenix says Haig didn't have a license to
manufacture armor-piercing ammunition", "The suit alleges that the lessons ... advocate the Ten
Commandments", "..., the lawsuit says". With a filing for a subject no speaker is an actor, and
a verb of saying is no event on its own, so these had no event.

:func:`filed_claims` adds the allegation for a verb of saying (the ``say`` cues, "contend",
"argue") whose subject is a filing noun (lawsuit, suit, complaint, indictment, petition,
affidavit) and which has a content clause, when the sentence has no event of its own (a
reported act stays the sentence's event: "officers retrieved two baggies ..., the complaint
said"). The filer is not in the sentence, so the source is empty; the target is the content
clause's subject when it is an actor ("says Haig didn't have a license"), else the first named
actor in the clause ("caused by the ... actions of Clinton"); a clause that accuses no actor
("the bullets ... were armor-piercing, the complaint says") is none. A negated verb ("the
complaint does not say whether ...") is no allegation, and other subjects are left to the other
rules ("The mayor says the lawsuit is frivolous": the filing is no subject of "says").
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from newsgraph.model import Actor, Event
from newsgraph.nlp._doc_words import with_lemma
from newsgraph.nlp.events._accusations import accuse_pattern
from newsgraph.nlp.events._flags import cues
from newsgraph.nlp.events._roles import subject

ActorsOf = Callable[[Doc, list[Token], "str | None"], list[Actor]]
MakeEvent = Callable[..., Event]

# court filings whose words are an allegation
_FILINGS = frozenset({"lawsuit", "suit", "complaint", "indictment", "petition", "affidavit"})
# verbs of saying beyond the "say" cues that a filing is said to do
_MORE_SAYING = frozenset({"contend", "argue"})

_ACCUSE = accuse_pattern("accuse.filed_claim")


def _filing_subject(verb: Token) -> bool:
    return any(
        c.dep_ == "nsubj" and c.pos_ == "NOUN" and c.lemma_.lower() in _FILINGS
        for c in verb.children
    )


def filed_claims(
    doc: Doc, events: list[Event], date: str | None, actors: ActorsOf, make: MakeEvent
) -> list[Event]:
    """ACCUSE ``allege`` events for what a court filing says (module doc), for sentences with
    no event of their own."""
    filings = with_lemma(doc, _FILINGS)
    if not filings:
        return []
    saying = cues()["say"] | _MORE_SAYING
    busy_sents = set()  # sentences with an event that happened (a reported act stays theirs)
    for e in events:
        span = doc.char_span(e.trigger.start, e.trigger.end, alignment_mode="expand")
        if span is not None and not e.negated:
            busy_sents.add(span.root.sent.start)
    out: list[Event] = []
    for noun in filings:
        verb = noun.head
        if noun.dep_ != "nsubj" or verb.pos_ not in ("VERB", "AUX"):
            continue
        if verb.lemma_.lower() not in saying or not _filing_subject(verb):
            continue
        if verb.sent.start in busy_sents or any(c.dep_ == "neg" for c in verb.children):
            continue
        clauses = [c for c in verb.children if c.dep_ == "ccomp"]
        if not clauses:
            continue
        targets = _accused(doc, clauses[0], date, actors)
        if not targets:
            continue  # "the bullets were armor-piercing, the complaint says": no one accused
        end = verb.idx + len(verb)
        out.append(make(doc, verb, verb.idx, end, _ACCUSE, [], targets, date))
        busy_sents.add(verb.sent.start)
    return out


def _accused(doc: Doc, clause: Token, date: str | None, actors: ActorsOf) -> list[Actor]:
    """The actor the content clause accuses: its subject when that is an actor ("says Haig
    didn't have a license"), else the first named actor in it ("the deaths ... were caused by
    the negligent and reckless actions of Clinton")."""
    accused = subject(clause)
    found = actors(doc, [accused], date) if accused is not None else []
    if found:
        return found
    for tok in clause.subtree:
        if tok.pos_ == "PROPN" and tok.dep_ != "compound":
            found = actors(doc, [tok], date)
            if found:
                return found
    return []
