"""An agreement given under pressure is a concession (issue 10, long23).

The PLOVER manual codes yielding to pressure or demands as CONCEDE; a plain agreement about
future cooperation is AGREE. The sentence says which when the clause of the agreement has a
setting of pressure:

- "Under pressure from Washington, the Israeli government agreed to open a new crossing";
- "Facing pressure from the European Union, Serbia's president agreed to hold new local
  elections", "Bowing to the demands of the protesters, the junta agreed to ...";
- "After weeks of protests, the government agreed to ...", "amid mounting pressure from".

"Peru and Chile agreed to reopen border crossings" (no pressure) stays AGREE, and so does an
agreement in whose setting the pressure is only a word of another clause.

A law or plan dropped, scrapped or shelved by its owner is a concession too (the patterns
``concede.drop_law``/``scrap_law``/``shelve_law``, ``lex.concede.shelve``); one a court or
judge shelves is blocked, not given up: "the Supreme Court temporarily shelved his Clean Power
Plan" is COERCE (as "a federal judge blocked the state's voter ID law").
"""

from __future__ import annotations

import dataclasses

from spacy.tokens import Token

from newsgraph.nlp.events._patterns import Pattern

# verbs of agreeing that become a concession under pressure
_AGREE_VERBS = frozenset({"agree", "accept", "consent"})
# nouns of pressure and of the protest that applies it
_PRESSURE = frozenset(
    """pressure pressures protest protests demonstration demonstrations strike strikes
    outcry backlash demand demands ultimatum unrest uproar""".split()
)
# prepositions and participles that set an act under pressure
_UNDER = frozenset({"under", "amid", "after", "following"})
# modifiers that make a strike an armed one
_ARMED = frozenset(
    "air drone missile rocket military artillery aerial naval airstrike precision".split()
)
_FACING = frozenset({"face", "bow", "yield", "cave", "give"})


def _pressure_noun(tok: Token, depth: int = 0) -> bool:
    """``tok`` names pressure, itself or through an "of"/"from" phrase ("weeks of protests",
    "mounting pressure from protesters") or a prepositional object ("bowing to pressure")."""
    if tok.lemma_.lower() in _PRESSURE or tok.lower_ in _PRESSURE:
        # an air or drone strike is force, not a labour strike ("after days of air strikes,
        # Hamas agreed to a ceasefire" stays AGREE)
        return not any(c.lemma_.lower() in _ARMED for c in tok.children)
    if depth >= 2:
        return False
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("of", "to"):
            if any(_pressure_noun(o, depth + 1) for o in c.children if o.dep_ == "pobj"):
                return True
    return False


def _pressure_setting(verb: Token) -> bool:
    """The clause of ``verb`` has a setting of pressure (module doc)."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in _UNDER:
            if any(_pressure_noun(o) for o in c.children if o.dep_ == "pobj"):
                return True
        if c.dep_ == "advcl" and c.tag_ == "VBG" and c.lemma_.lower() in _FACING:
            objs = [o for o in c.children if o.dep_ == "dobj"]
            objs += [o for p in c.children if p.dep_ == "prep" for o in p.children]
            if any(_pressure_noun(o) for o in objs if o.dep_ in ("dobj", "pobj")):
                return True
    return False


# courts and judges: a law they shelve is blocked
_COURTS = frozenset({"court", "judge", "tribunal", "justice", "justices", "judiciary"})
# verbs of a concession that a court's subject turns into a block
_SHELVE_VERBS = frozenset({"drop", "scrap", "shelve"})


def concession(tok: Token, pattern: Pattern) -> Pattern | None:
    """CONCEDE for an agreement whose clause is set under pressure, COERCE for a law a court
    shelves (module doc), else None."""
    if pattern.type == "CONCEDE" and pattern.lemma in _SHELVE_VERBS:
        subjects = [c for c in tok.children if c.dep_ == "nsubj"]
        if any(s.lemma_.lower() in _COURTS for s in subjects):
            return dataclasses.replace(
                pattern, name=f"{pattern.name}.court", type="COERCE", mode=None, cameo="170"
            )
        return None
    if pattern.type != "AGREE" or pattern.pos != "V":
        return None
    if tok.lemma_.lower() not in _AGREE_VERBS or not _pressure_setting(tok):
        return None
    return dataclasses.replace(
        pattern, name=f"{pattern.name}.pressure", type="CONCEDE", mode=None, cameo="080"
    )
