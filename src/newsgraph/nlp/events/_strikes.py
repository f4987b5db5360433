"""Attacks told with the attack as the subject (issue 10 item 1, strikes31).

ACLED-style snippets name the weapon or the attack, not the attacker, as the subject of a verb
of landing or harm: "Saudi-led air strikes hit a wedding hall", "Rockets slammed into a
residential building", "A barrage of rockets hit the town", "An apartment block was struck by
a Russian missile". Three things made the coder drop them:

- the harm check wanted the object to be a person or a listed kind of place, so a weapon that
  hit "a wedding hall" or "an apartment block" made no event: what an attack noun lands on is
  the thing attacked, whatever its word (:func:`weapon_struck`);
- "slammed into", "ripped through", "tore through" are a disapproval or nothing with a person
  as the subject; with a weapon as the subject they are the attack (event_patterns.tsv,
  assault.weapon_slam and its siblings);
- with no attacker named, the weapon's attack is the news all the same
  (:func:`attack_news`, read by ``_planned_protests.news_without_actor``);
- "was hit by air strikes": a passive's "by" noun satisfied a "with" word only by its lemma,
  never as "modifier+head" (``_patterns._dependent_with``);
- "a barrage (volley, salvo) of rockets" is a weapon only by its "of" object (not "a barrage
  of criticism"; :func:`weapon_volley`).

An attack noun is a weapon or blast word, or "strike"/"fire"/"raid" with a weapon modifier
("air strike", "artillery fire", "air raid"); a labour strike, a "blast of cold air" and a
"hit song" are none.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.nlp.events._patterns import Pattern

# nouns that name an attack or its weapon by themselves
_ALONE = frozenset(
    "airstrike airstrikes air-strike shelling shellings shellfire bombardment bombardments "
    "missile missiles rocket rockets shell shells mortar mortars projectile projectiles bomb "
    "bombs car-bomb blast blasts explosion explosions artillery gunfire grenade grenades "
    "drone drones warplane warplanes".split()
)
# nouns that are an attack only with a weapon modifier ("air strike", "artillery fire")
_MODIFIED = frozenset({"strike", "strikes", "fire", "raid", "raids", "attack", "attacks"})
_WEAPON_MODIFIERS = frozenset(
    "air drone missile rocket artillery mortar tank sniper gun machine-gun cannon howitzer "
    "shell bomb aerial naval".split()
)
# nouns that are a weapon only by their "of" object ("a barrage of rockets")
_VOLLEYS = frozenset({"barrage", "barrages", "volley", "volleys", "salvo", "salvos", "hail"})
# nouns a weapon only when their "of" object is one, if they have one
_OF_KINDS = _VOLLEYS | {"blast", "explosion"}


def _of_object(noun: Token) -> Token | None:
    for p in noun.children:
        if p.dep_ == "prep" and p.lower_ == "of":
            for g in p.children:
                if g.dep_ == "pobj":
                    return g
    return None


def weapon_volley(noun: Token) -> bool:
    """A barrage, volley or salvo of an attack noun ("a barrage of rockets")."""
    if noun.lemma_.lower() not in _VOLLEYS and noun.lower_ not in _VOLLEYS:
        return False
    of = _of_object(noun)
    return of is not None and attack_noun(of)


def attack_noun(noun: Token) -> bool:
    """Whether a noun names an attack or its weapon (module doc)."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    lemma, lower = noun.lemma_.lower(), noun.lower_
    if lemma in _ALONE or lower in _ALONE:
        if lemma in ("blast", "explosion"):  # "the blast of cold air", not "the bomb blast"
            of = _of_object(noun)
            return of is None or attack_noun(of)
        return True
    if lemma in _MODIFIED or lower in _MODIFIED:
        return any(
            c.dep_ in ("compound", "amod", "nmod")
            and (c.lemma_.lower() in _WEAPON_MODIFIERS or c.lower_ in _WEAPON_MODIFIERS)
            for c in noun.children
        )
    return weapon_volley(noun)


def aux_attack(verb: Token) -> Token | None:
    """An attack noun the parser made the verb's auxiliary ("Russian shelling hit")."""
    for c in verb.children:
        if c.dep_ == "aux" and c.lower_ in _ALONE and c.i < verb.i:
            return c
    return None


def _attackers(tok: Token) -> list[Token]:
    """The verb's active subjects and the nouns of its passive's "by" phrase."""
    out = [c for c in tok.children if c.dep_ == "nsubj"]
    out += [g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return out


def weapon_struck(tok: Token, dep: Token | None) -> bool | None:
    """A violence verb whose matched dependent is an attack noun it has as its subject or its
    passive's agent ("air strikes hit a wedding hall", "was struck by a Russian missile"):
    True, what it lands on is the thing attacked, whatever its word. False for a blast or
    explosion, barrage or volley of something that is no weapon ("the blast of cold air hit the
    city", "a barrage of criticism hit the minister"); None
    when the dependent is neither."""
    if tok.pos_ != "VERB" or dep is None:
        return None
    if aux_attack(tok) == dep:  # "Syrian government shelling hit a bakery" (shelling: aux)
        return True
    if dep not in _attackers(tok):
        return None
    if attack_noun(dep):
        return True
    if dep.lemma_.lower() in _OF_KINDS and _of_object(dep) is not None:
        return False  # "a barrage of criticism hit the minister"
    return None


# subordinators of a condition ("if air strikes hit the port, ...")
_CONDITION = frozenset({"if", "unless", "whether"})


def attack_news(tok: Token, pattern: Pattern) -> bool:
    """An attack told by its weapon with no attacker named is the news, as ACLED codes it with
    an unknown source: a violence verb whose subject or passive agent is an attack noun ("A
    barrage of rockets hit the town", "A hospital was hit by air strikes"); not in a
    condition."""
    if pattern.type != "ASSAULT" or pattern.pos != "V" or tok.pos_ != "VERB":
        return False
    if any(c.dep_ == "mark" and c.lower_ in _CONDITION for c in tok.children):
        return False
    return any(attack_noun(a) for a in _attackers(tok))
