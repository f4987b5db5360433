"""People captured by the police (issue 10 item 1, real39).

Local news tells the arrest of a wanted person with "capture": "Clark was captured following a
brief manhunt", "A man charged with murder ... has been captured by Middletown police", "The
men ... were captured Thursday evening in Alliance and taken to the county jail". PLOVER codes
the detention of non-combatants COERCE ``arrest`` (CAMEO 173); the lexicon's
``lex.coerce.capture_person`` matches the verb with a person as object (option
``harm_human``). Fighters and hostages captured stay ASSAULT ``abduct``
(``assault.capture_fighters``, preferred for its object word) and towns COERCE ``seize``.

:func:`captured_thing` drops the match when what was captured is no person: a thing a camera,
a record or a system "captured" ("the confrontation was captured on video", "emails were
captured in the State Department's record system"), which the actor lookup may still read as
an actor through a name in it ("State Department emails"). The one captured must be a personal
pronoun, a person's name, a plain noun of a person ("man", "fugitive") or a noun of people
(event_participants.txt).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.nlp.events._participants import _participant
from newsgraph.nlp.events._patterns import Pattern

_RULES = frozenset({"lex.coerce.capture_person"})
_PERSONAL = frozenset({"he", "she", "they", "him", "her", "them", "who", "whom"})
# plain nouns of a person the participant list leaves out ("A man charged with murder")
_PERSONS = frozenset(
    "man woman boy girl teen teenager person youth juvenile escapee fugitive".split()
)


def _captured(tok: Token) -> list[Token]:
    """Who or what was captured: the object or passive subject (a dateline may parse as a
    second one: "MIDDLETOWN — A man ... has been captured"), or the noun a participle
    modifies ("three inmates captured in the Sandhills")."""
    heads = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    if not heads and tok.dep_ == "acl" and tok.tag_ == "VBN":
        heads = [tok.head]
    return heads


def _person(head: Token) -> bool:
    if head.lower_ in _PERSONAL or head.ent_type_ == "PERSON" or head.lemma_.lower() in _PERSONS:
        return True
    return head.pos_ in ("NOUN", "PROPN") and _participant(head)


def captured_thing(tok: Token, pattern: Pattern) -> bool:
    """True when a "captured" of ``lex.coerce.capture_person`` names no person (module doc)."""
    if pattern.name not in _RULES:
        return False
    return not any(_person(h) for h in _captured(tok))
