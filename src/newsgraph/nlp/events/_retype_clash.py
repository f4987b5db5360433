"""Clashes in words (issue 10 items 1 and 4, clash16).

"Clash" is a fight between armed sides ("Troops clashed with militants in Idlib", "Police
clashed with protesters") or a dispute in words between political sides ("Republicans clashed
with Democrats over the budget", "Putin and Erdogan clashed over Syria at the summit"). The
second is criticism, ACCUSE ``disapprove`` as the headline convention codes "Obama, Romney
clash in debate" (:func:`newsgraph.nlp.events._retype_speech.as_criticism`), never ASSAULT.

:func:`verbal_clash` retypes a clash when its sentence has no word of weapons, force, armed
people, conflict or harm (event_harm.tsv kinds ``force``, ``armed``, ``conflict`` and the few
below), no side is coded as an armed, police or criminal group, and a side is a political one
(a government, party, legislature, elite, opposition, international body or a state).
:func:`issue_targets` drops the issue disputed ("over Syria", "on immigration") from the
targets: it is what the clash is about, no side of it.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.model import Actor
from newsgraph.nlp.events._harm_lexicon import harm_words
from newsgraph.nlp.events._patterns import Pattern
from newsgraph.nlp.events._retype_figurative import ARMED_CODES, code_segments, verbal_attack
from newsgraph.nlp.events._retype_speech import as_criticism
from newsgraph.nlp.events._retype_supply import (
    arms_transfer,
    forces_withdraw,
    multinational_drill,
    organisation_exit,
)

_CLASH_RULES = frozenset({"assault.clash", "assault.n_clash"})
# violent context the lexicon's kinds miss: fighters, stones and tear gas, the dead and hurt,
# and a border or front line clashes are fought on
_VIOLENT = frozenset(
    {
        "fighter",
        "gunmen",
        "stone",
        "rock",
        "tear",
        "baton",
        "bullet",
        "dead",
        "death",
        "die",
        "casualty",
        "hurt",
        "injured",
        "wounded",
        "killed",
        "violent",
        "violence",
        "deadly",
        "bloody",
        "armed",
        "border",
        "frontier",
        "front",
        "mob",
        "crowd",
        "youth",
        "villager",
        "student",
    }
)
_POLITICAL_CODES = frozenset({"GOV", "PTY", "LEG", "ELI", "OPP", "JUD", "IGO", "NGO", "HRI"})
# prepositions introducing the issue disputed
_ISSUE_PREPS = frozenset({"over", "on", "about"})


def _violent(tok: Token) -> bool:
    words = harm_words()
    lexicon = words.get("force", frozenset()) | words.get("armed", frozenset())
    lexicon |= words.get("conflict", frozenset()) | _VIOLENT
    return any({t.lower_, t.lemma_.lower()} & lexicon for t in tok.sent if t.i != tok.i)


def _political(actors: list[Actor]) -> bool:
    """Whether no side is armed (ARMED_CODES) and a side is political (or a state, a bare
    country code); private sides alone are not political."""
    political = False
    for a in actors:
        segs = code_segments(a.code or "") | {a.sector or ""}
        if segs & ARMED_CODES:
            return False
        if a.code and len(a.code) == 3 and a.code == a.country:
            political = True
        elif segs & _POLITICAL_CODES:
            political = True
    return political


def verbal_clash(
    tok: Token, pattern: Pattern, sources: list[Actor], targets: list[Actor]
) -> Pattern | None:
    """ACCUSE ``disapprove`` for a clash between political sides in a sentence with no violent
    or armed context ("Merkel clashed with Macron over farm subsidies", "Senators clashed over
    the nominee during a heated hearing"); "Police clashed with protesters", "Hamas, Fatah clash
    in Gaza" (an armed group) and "clashed on their border, killing three soldiers" stay
    ASSAULT. An attack in words on a person is criticism too (_retype_figurative); weapons a
    state sends to another state are military aid, leaving an organisation a sanction, forces
    leaving a place a retreat, a drill of two states cooperation (_retype_supply), all decided
    by the sides."""
    by_sides = (
        arms_transfer(tok, pattern, sources, targets)
        or organisation_exit(tok, pattern, sources, targets)
        or forces_withdraw(tok, pattern, sources)
        or multinational_drill(tok, pattern, sources, targets)
    )
    if by_sides is not None:
        return by_sides
    verbal = verbal_attack(tok, pattern, sources, targets)
    if verbal is not None:
        return verbal
    if pattern.name not in _CLASH_RULES or pattern.type != "ASSAULT":
        return None
    if _violent(tok) or not _political([*sources, *targets]):
        return None
    return as_criticism(pattern)


def issue_targets(tok: Token, targets: list[Actor]) -> list[Actor]:
    """The targets of a clash in words without the issue it is about: an actor inside a phrase
    "over"/"on"/"about" hung on the trigger ("clashed over Syria": Syria is no side)."""
    spans = [
        (c.left_edge.idx, c.right_edge.idx + len(c.right_edge))
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ in _ISSUE_PREPS
    ]
    if not spans:
        return targets
    return [
        a for a in targets if a.span is None or not any(lo <= a.span.start < hi for lo, hi in spans)
    ]
