"""The attacker and the mode of attacks told with the weapon as the subject (issue 10 items 2
and 3, strikes32; the attacks themselves are :mod:`._strikes`).

- "Ukrainian drone strikes hit an oil depot", "Saudi-led air strikes hit a wedding hall": the
  attack noun is itself a nominal trigger, whose sides replace the verb's; the attacker named
  by a modifier of the noun's compound ("Ukrainian drone") or by an "X-led"/"X-backed" modifier
  was no side of the noun, so the attack had no source (:func:`attack_sources`);
- "Russian shelling hit a hospital": the parser may make "shelling" the verb's auxiliary, so the
  verb has no subject, or a verb as the subject; the modifier of that attack noun is the
  attacker (:func:`weapon_verb_roles`; an auxiliary attack noun also makes what it hits the thing
  attacked, ``_strikes.weapon_struck``: "Syrian government shelling hit a bakery");
- "Rockets slammed into a building": the parser may make a sentence-initial "Rockets" a proper
  noun, left unlemmatized, and the mode rules ("rocket": heavy weapons) missed it; the mode is
  read from the weapon's singular (:func:`weapon_verb_roles`).

An attacker modifier is a nationality adjective ("Ukrainian", "Israeli"), the "X" of "X-led" or
"X-backed", or an acting group word ("government", "rebel", "army"); a proper-noun place
compounded into the weapon ("Gaza air strikes") is where it landed, no attacker.
"""

from __future__ import annotations

import dataclasses

from spacy.tokens import Token

from newsgraph.nlp.events._harm_lexicon import mode_rules
from newsgraph.nlp.events._patterns import Pattern
from newsgraph.nlp.events._roles import verb_roles
from newsgraph.nlp.events._roles_noun import ACTING_GROUPS
from newsgraph.nlp.events._strikes import _ALONE, attack_noun, aux_attack, weapon_struck

# "Saudi-led", "Iran-backed": the "X" of these participles leads the attack
_LEADING = frozenset({"led", "backed", "supported", "sponsored"})


def _attacker_modifier(mod: Token) -> list[Token]:
    if mod.dep_ not in ("amod", "compound", "nmod", "npadvmod"):
        return []
    if mod.lower_ in _LEADING:  # "Saudi-led", "US-led"
        return [c for c in mod.children if c.dep_ in ("npadvmod", "compound", "nmod")][:1]
    if mod.pos_ == "ADJ" and mod.ent_type_ in ("NORP", "GPE"):
        return [mod]  # "Ukrainian", "Russian"
    if mod.lemma_.lower() in ACTING_GROUPS:
        return [mod]  # "government", "rebel", "army"
    return []


def _modifier_attackers(noun: Token) -> list[Token]:
    """The attacker modifiers of an attack noun and of its compounds ("Ukrainian drone")."""
    out: list[Token] = []
    for child in noun.children:
        if child.i > noun.i:
            continue
        out += _attacker_modifier(child)
        if child.dep_ == "compound":
            out += [m for g in child.children if g.i < child.i for m in _attacker_modifier(g)]
    return out


def attack_sources(dep: Token | None, n_src: list[Token]) -> list[Token]:
    """The sources of a verb whose subject is a nominal attack trigger: the noun's own, else
    the attacker its modifiers name ("Ukrainian drone strikes hit", "Saudi-led air strikes")."""
    if n_src or dep is None or not attack_noun(dep):
        return n_src
    return _modifier_attackers(dep)


def _misparsed(dep: Token) -> bool:
    """An attack noun subject the parser tagged a verb ("Russian shelling hit a power plant")."""
    return dep.dep_ == "nsubj" and dep.pos_ in ("VERB", "AUX") and dep.lower_ in _ALONE


def _weapon_mode(dep: Token) -> str | None:
    lower = dep.lower_
    forms = {lower, lower[:-1]} if lower.endswith("s") else {lower}
    for etype, mode, words in mode_rules():
        if etype == "ASSAULT" and words & forms:
            return mode
    return None


def weapon_verb_roles(
    verb: Token, pattern: Pattern, dep: Token | None
) -> tuple[tuple[list[Token], list[Token]], Pattern]:
    """:func:`verb_roles`, with the attacker of an auxiliary attack noun ("Russian shelling
    hit") and the mode of an unlemmatized weapon subject ("Rockets slammed into")."""
    sources, targets = verb_roles(verb, pattern, dep)
    if pattern.type != "ASSAULT":
        return (sources, targets), pattern
    # "Russian shelling hit": "shelling" parsed as the auxiliary, or a verb as the subject
    weapon = aux_attack(verb) or (dep if dep is not None and _misparsed(dep) else None)
    if not sources and weapon is not None and (dep is None or dep == weapon):
        sources = _modifier_attackers(weapon)
    if (
        pattern.mode is None
        and dep is not None
        and dep.pos_ == "PROPN"
        and weapon_struck(verb, dep)
        and (mode := _weapon_mode(dep)) is not None
    ):
        pattern = dataclasses.replace(pattern, mode=mode)
    return (sources, targets), pattern
