"""Retorts told with a verb of shooting (issue 10 item 1, real39).

Political news tells a sharp reply as gunfire or a blow struck back: "Rubio fired back at
Christie over New Jersey's credit rating", "Trump shot back in a statement", "Jeff Sessions
lashes back at Trump", "the candidate's desire to punch back at nearly any critic". A PLOVER
coder codes them ACCUSE ``disapprove`` (CAMEO 111), as the lexicon's "hit back at"
(``lex.accuse.hit_back``) already was; before, "fired back at Christie" was ASSAULT
``firearms`` (``assault.fire_at``) and "shot back in a statement" ASSAULT by ``assault.shoot``.
The lexicon's ``lex.accuse.fire_back``, ``shoot_back``, ``lash_back`` and ``punch_back`` match
the verb with its particle "back"; a "back" that is a body part ("shot in the back") is no
retort (:func:`struck_in_the_back`: the verb's other patterns are read).

Troops and police still fire back with guns: :func:`gunfire_back` gives a "fired back" or
"shot back" in a sentence with a word of weapons, force or armed people outside the doer's own
words (:func:`~newsgraph.nlp.events._retype_figurative.violent_sentence`: "soldiers fired back
at the attackers, killing two", "When the gunmen opened fire, police shot back") back to
ASSAULT ``firearms`` (CAMEO 190), unless the reply is told as words: a clause or a quotation of
what was said ("shot back that ...", '"...," the chief shot back'), a reply made "with", "in"
or "on" a word of speech ("with a snarky statement", "in a statement", "on Twitter"), or a
target that is an official, a legislator, a party, a court or the press and no armed side
("the police chief fired back at the mayor"). A bare "X fired back." whose only such word is
the doer's own title tells neither words nor shots ("Police fired back.", "the country's top
law enforcement officer fired back", of an attorney general): :func:`unclear_fire_back` drops
it, as before the retort patterns (no pattern matched a bare "fired back").
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from spacy.tokens import Token

from newsgraph.model import Actor
from newsgraph.nlp.events._patterns import Pattern
from newsgraph.nlp.events._retype_figurative import armed_side, code_segments, violent_sentence

_GUN_RULES = frozenset({"lex.accuse.fire_back", "lex.accuse.shoot_back"})
_BACK_RULES = _GUN_RULES | {"lex.accuse.lash_back", "lex.accuse.punch_back"}
# what a reply is made with, in or on when it is words
_SPEECH = frozenset(
    """statement statements tweet tweets twitter post response reply remark remarks comment
    comments interview op-ed letter ad ads speech message video facebook instagram""".split()
)
_QUOTES = frozenset("\"“”'‘’")
# sectors of people whose quarrels are words: officials, legislators, parties, courts, press
_POLITICAL = frozenset({"GOV", "LEG", "PTY", "JUD", "MED", "ELI", "OPP"})


def _told_as_words(tok: Token, targets: Sequence[Actor]) -> bool:
    if any(c.dep_ == "ccomp" for c in tok.children):
        return True  # "shot back that the journalist had not been called on"
    if tok.dep_ in ("ccomp", "parataxis") and any(t.text in _QUOTES for t in tok.sent):
        return True  # '"Jeb wants to be a tough guy tonight," Trump shot back.'
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("with", "in", "on"):
            if any(g.lemma_.lower() in _SPEECH for g in c.subtree if g.i != c.i):
                return True
    coded = [a for a in targets if a.code]
    return (
        bool(coded)
        and not armed_side(coded)
        and all(code_segments(a.code or "") & _POLITICAL for a in coded)
    )


def _doer(tok: Token) -> frozenset[int]:
    return frozenset(t.i for c in tok.children if c.dep_ == "nsubj" for t in c.subtree)


def unclear_fire_back(tok: Token, pattern: Pattern, targets: Sequence[Actor]) -> bool:
    """True for a "fired back" or "shot back" not told as words whose only word of force is
    the doer's own ("Police fired back."): neither a retort nor shots are told (module doc)."""
    if pattern.name not in _GUN_RULES or _told_as_words(tok, targets):
        return False
    return violent_sentence(tok) and not violent_sentence(tok, _doer(tok))


def gunfire_back(
    tok: Token, pattern: Pattern, sources: Sequence[Actor], targets: Sequence[Actor]
) -> Pattern | None:
    """ASSAULT ``firearms`` for a "fired back" or "shot back" told among weapons or armed
    people and not as words (module doc); None otherwise (the retort stays ACCUSE)."""
    if pattern.name not in _GUN_RULES:
        return None
    if not violent_sentence(tok, _doer(tok)) or _told_as_words(tok, targets):
        return None
    return dataclasses.replace(
        pattern,
        name=f"{pattern.name}.gunfire",
        type="ASSAULT",
        mode="firearms",
        cameo="190",
        context="military",
    )


def struck_in_the_back(tok: Token, pattern: Pattern, dep: Token | None) -> bool:
    """True when a ``*_back`` retort pattern matched through a "back" that is no particle of
    the verb: a body part ("he was shot a second time in the back", "punched him in the
    back"); the verb's other patterns are then read instead (module doc)."""
    if pattern.name not in _BACK_RULES:
        return False
    return dep is None or dep.head.i != tok.i or dep.dep_ not in ("prt", "advmod")
