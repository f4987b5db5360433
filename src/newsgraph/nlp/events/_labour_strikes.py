"""Labour strikes told with the verb "strike" or a strike launched (issue 10 item 1, acled41).

Wire copy tells a walkout by workers, teachers, nurses or a union with the bare verb ("Teachers
in Ghana have been striking since last Monday", "Dockworkers said they were prepared to strike
early Tuesday", "Workers strike over pay") or as a strike launched or begun ("Teachers launched
a wildcat general strike", "the union began a strike"). The verb's built-in pattern is the
military one (``assault.strike``, which wins over ``protest.strike`` for the same lemma), and a
strike launched matched ``assault.launch_attack``: both were coded ASSAULT, or dropped when the
harm check found no one struck. A PLOVER coder codes a labour strike PROTEST ``strike`` (CAMEO
143), as ``protest.go_on_strike`` and the strike nouns of ``protest.n_strike`` already were.

:func:`labour_strike` gives the strike verb, with no one or nothing struck (no direct object
or passive subject, save the parser's "strike over pay" with "over" as a particle), whose
strikers are a labour side, and an ASSAULT verb whose "with" word is the noun "strike" when
the strikers are a labour side or the noun has one of the labour strike words of the
``protest.n_strike`` patterns ("general", "wildcat", "hunger", "indefinite", "nurses"), the
PROTEST ``strike`` fields of ``protest.strike``. A labour side is a striker the actor coder
codes with a labour, education or health sector (LAB, EDU, HLH: workers, unions, teachers,
students, nurses, doctors); the strikers are the verb's subjects, or for a verb with none the
subjects of the verb it complements or is conjoined to ("voted to strike", "are expected to
strike"). Armies, jets, rebels and states striking stay ASSAULT ("the jets struck several
targets", "rebels would strike Bangui", "launched air strikes")."""

from __future__ import annotations

import dataclasses
from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.tokens import Token

from newsgraph.nlp.events._patterns import Pattern, builtin_patterns

if TYPE_CHECKING:
    from newsgraph.nlp.events._actors import ActorCoder

# sectors of the people who go on strike (event_agents.txt: WORKER, UNION, TEACHER, STUDENT,
# NURSE, DOCTOR, DOCKWORKER ...)
_LABOUR_SECTORS = frozenset({"LAB", "EDU", "HLH"})
_PROTEST_STRIKE = "protest.strike"
_STRIKE_NOUNS = ("protest.n_strike", "protest.n_strike_kind")
_PASSED_DEPS = frozenset({"xcomp", "conj"})


@lru_cache(maxsize=1)
def _protest_strike() -> Pattern:
    return next(p for p in builtin_patterns() if p.name == _PROTEST_STRIKE)


@lru_cache(maxsize=1)
def _strike_words() -> frozenset[str]:
    """The words that make a "strike" a labour strike (the ``protest.n_strike`` rows)."""
    return frozenset(w for p in builtin_patterns() if p.name in _STRIKE_NOUNS for w in p.with_)


def _strikers(tok: Token) -> list[Token]:
    """The verb's subjects; for a verb with none, those of the verb it complements or is
    conjoined to ("decided to strike", "will meet and strike")."""
    verb = tok
    for _ in range(3):
        subs = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subs or verb.dep_ not in _PASSED_DEPS or verb.head is verb:
            break
        verb = verb.head
    return [t for s in subs for t in (s, *s.conjuncts)]


def _labour_code(code: str | None) -> bool:
    if not code:
        return False
    return any(code[i : i + 3] in _LABOUR_SECTORS for i in range(0, len(code), 3))


def _labour_side(tok: Token, coder: ActorCoder, date: str | None) -> bool:
    for s in _strikers(tok):
        actor = coder.actor(tok.doc, s, date)
        if actor is not None and _labour_code(actor.code):
            return True
    return False


def _nothing_struck(tok: Token) -> bool:
    """No direct object or passive subject, save the parser's "strike over pay" (a particle
    "over" before the object), and nothing struck back or at ("the union struck back at the
    minister" is a retort, "struck at the heart of" a blow)."""
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children):
        return False
    if any(c.lower_ in ("back", "at") for c in tok.children):
        return False
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    return not objs or any(c.dep_ == "prt" and c.lower_ == "over" for c in tok.children)


def labour_strike(
    tok: Token, pattern: Pattern, dep: Token | None, coder: ActorCoder, date: str | None
) -> Pattern | None:
    """PROTEST ``strike`` for a labour strike told with an ASSAULT verb pattern (module doc),
    else None; ``coder`` codes the strikers (``date`` the article's)."""
    if pattern.type != "ASSAULT" or pattern.pos != "V":
        return None
    if dep is not None and dep.lemma_.lower() == "strike" and dep.pos_ == "NOUN":
        words = {c.lower_ for c in dep.children if c.dep_ in ("amod", "compound", "nmod")}
        labour = bool(words & _strike_words()) or _labour_side(tok, coder, date)
    elif pattern.name == "assault.strike" and tok.lemma_.lower() == "strike":
        labour = _nothing_struck(tok) and _labour_side(tok, coder, date)
    else:
        return None
    if not labour:
        return None
    model = _protest_strike()
    return dataclasses.replace(
        pattern,
        name=f"{pattern.name}.labour",
        type=model.type,
        mode=model.mode,
        cameo=model.cameo,
        targets=model.targets,
        harm=None,
        context=None,
    )
