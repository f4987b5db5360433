"""A known past event named in a time phrase is no event of the sentence (issue 10, real36).

News dates what it reports by events the reader already knows: "After the Paris attacks, Trump
released a new radio ad calling it 'dangerous' that Obama 'has no strategy to defeat ISIS'",
"At the time of Barnett's arrest Wednesday morning, Taylor said a pickup was parked in the
driveway", "as a senator from New York during the 9/11 terrorist attacks". The attacks and the
arrest are the time of the sentence, named by the place, the person or the date everyone knows
them by; a PLOVER coder codes what the sentence reports (the ad as ACCUSE) or nothing, never the
event it is dated by.

:func:`named_past_event` is such a nominal trigger: the object of a time preposition ("after",
"since", "following", "during", "before", "amid", "at the time of") whose noun phrase carries a
name: a possessive of a person or group ("Barnett's"), a place or name compound ("the Paris
attacks"), or a date-like number ("the 9/11 attacks"; a count, "the two attacks", is no name).
A phrase dated by a day or a date ("after Sunday's clashes", "during Friday's protests") is
often the news itself and keeps its event, as does one with no name ("hit by a brick during a
clash between protesters and police").

:func:`known_past_event` (real40) is the same phrase told with a definite or demonstrative
determiner and no name: the event the article has already reported, taken up again to date
what follows ("maintaining his lead among Republicans after the attacks", "Republican
candidate Ben Carson said after the attacks", "Kopp vanished after the shooting", "in an
interview just hours before the horrible attack in Paris"). The
indefinite "during a clash between protesters and police" is still news, and so is a phrase
whose noun has a clause of its own ("after the attack that killed 58", told by the clause).
"""

from __future__ import annotations

from spacy.tokens import Token

_TEMPORAL = frozenset({"after", "since", "following", "during", "before", "amid"})
# entity kinds of a name that dates a phrase rather than naming the event
_TIME_ENTS = frozenset({"DATE", "TIME"})


def _time_phrase(tok: Token) -> bool:
    """Whether ``tok`` is the object of a time preposition, or of "of" in "at the time of"."""
    if tok.dep_ != "pobj":
        return False
    prep = tok.head
    if prep.lower_ in _TEMPORAL:
        return True
    time = prep.head
    return (
        prep.lower_ == "of"
        and time.lower_ == "time"
        and time.dep_ == "pobj"
        and time.head.lower_ == "at"
    )


def _name(child: Token) -> bool:
    """A modifier that names the event: a person's or group's possessive, a proper-noun
    compound, or a date-like number ("9/11"), not a day or date."""
    if child.ent_type_ in _TIME_ENTS:
        return False
    if child.dep_ == "poss":
        return child.pos_ == "PROPN"
    if child.dep_ == "compound":
        return child.pos_ == "PROPN"
    # a date-like number that names an attack ("9/11", "7/7"), not a count ("two attacks")
    return child.dep_ == "nummod" and any(ch in child.text for ch in "/-")


def named_past_event(tok: Token) -> bool:
    """Whether the nominal trigger ``tok`` names a known event that dates the sentence (module
    doc)."""
    if tok.pos_ != "NOUN" or not _time_phrase(tok):
        return False
    return any(_name(c) for c in tok.children)


# determiners that take up an event the reader already knows of
_KNOWN = frozenset({"the", "that", "this", "those", "these"})


def known_past_event(tok: Token) -> bool:
    """Whether the nominal trigger ``tok`` takes up an already reported event to date the
    sentence ("after the attacks", "before the shooting"; module doc)."""
    if tok.pos_ != "NOUN" or not _time_phrase(tok):
        return False
    kids = list(tok.children)
    if any(c.dep_ in ("relcl", "acl") for c in kids):
        return False  # "after the attack that killed 58 people": the clause tells it
    return any(c.dep_ == "det" and c.lower_ in _KNOWN for c in kids)
