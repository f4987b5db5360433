"""Event filters and modes read from word lists (``resources/events/event_harm.tsv``,
``event_modes.tsv``): violence idioms, natural forces, market and sport idioms, and PLOVER
modes from the text."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache

from spacy.tokens import Token

from newsgraph import datafiles
from newsgraph.model import Actor
from newsgraph.nlp.events._flags import clause_tokens
from newsgraph.nlp.events._patterns import Pattern
from newsgraph.nlp.events._roles import subject

_NAMED_TARGET = {"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"}
_HUMAN_PRONOUNS = {"him", "her", "them", "us", "me", "he", "she", "they", "we", "himself"}
# nominal modifiers that make a nominal violence trigger something else ("heart attack")
_NOMINAL_DEPS = ("compound", "amod", "nmod")


@lru_cache(maxsize=1)
def harm_words() -> dict[str, frozenset[str]]:
    """Words by kind: force, physical, natural, benign (see event_harm.tsv)."""
    out: dict[str, set[str]] = {}
    for kind, word in datafiles.rows("events/event_harm.tsv", min_cols=2, max_cols=2):
        out.setdefault(kind, set()).add(word.lower())
    return {k: frozenset(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def mode_rules() -> tuple[tuple[str, str, frozenset[str]], ...]:
    """(type, mode, words) rules in file order (see event_modes.tsv)."""
    return tuple(
        (t, m, frozenset(w.lower() for w in words.split("|")))
        for t, m, words in datafiles.rows("events/event_modes.tsv", min_cols=3, max_cols=3)
    )


def _objects(tok: Token, dep: Token | None) -> list[Token]:
    """What a violent trigger acts on: direct objects and passive subjects of a verb, the
    prepositional targets of a noun; the pattern's own dependent ("set *fire* to") excluded."""
    out: list[Token] = []
    for c in tok.children:
        if c == dep:
            continue
        if c.dep_ in ("dobj", "nsubjpass"):
            out.append(c)
        elif tok.pos_ in ("NOUN", "PROPN") and c.dep_ == "prep" and c.lower_ in ("on", "against"):
            out.extend(g for g in c.children if g.dep_ == "pobj")
    return out


def _forms(tok: Token) -> set[str]:
    """Lemma and lower-case forms ("Wildfires" may be tagged a name, lemma unchanged)."""
    low = tok.lower_
    return {tok.lemma_.lower(), low, low[:-1] if low.endswith("s") else low}


def _subjects(tok: Token) -> list[Token]:
    """The subject, inherited through coordination ("Wildfires killed 12 and destroyed ...")."""
    own = [c for c in tok.children if c.dep_ in ("nsubj", "csubj")]
    if own:
        return own
    inherited = subject(tok)
    return [inherited] if inherited is not None else []


def harm_ok(
    tok: Token, pattern: Pattern, dep: Token | None, is_actor: Callable[[Token], bool]
) -> bool:
    """Whether a violence pattern's constraint holds (see event_patterns.tsv, options)."""
    if pattern.harm is None:
        return True
    if pattern.harm == "actor_object":  # "received the minister", not "received evidence"
        objs = _objects(tok, dep)
        return any(
            o.lower_ in _HUMAN_PRONOUNS or o.ent_type_ in _NAMED_TARGET or is_actor(o) for o in objs
        )
    words = harm_words()
    natural = words.get("natural", frozenset())
    physical = words.get("physical", frozenset())
    benign = words.get("benign", frozenset())
    if any(_forms(s) & natural for s in _subjects(tok)):
        return False
    if tok.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ in _NOMINAL_DEPS and c.lemma_.lower() in benign for c in tok.children
    ):
        return False
    clause = clause_tokens(tok)
    if any(_forms(t) & natural and t.pos_ in ("NOUN", "PROPN") for t in clause):
        return False
    objs = _objects(tok, dep)

    def person(o: Token) -> bool:
        return o.lower_ in _HUMAN_PRONOUNS or o.ent_type_ in _NAMED_TARGET or is_actor(o)

    if dep is not None and dep.pos_ == "ADP" and pattern.harm in ("harm", "harm_object"):
        # "fired round after round of teargas at protesters": the pattern's preposition names
        # the target; the direct object is the ammunition
        aimed = [g for g in dep.children if g.dep_ == "pobj"]
        if any(person(o) or o.lemma_.lower() in physical for o in aimed):
            return True
    if not objs:
        return pattern.harm == "harm" or tok.pos_ in ("NOUN", "PROPN")

    if pattern.harm == "harm_person":
        return any(person(o) for o in objs)
    if pattern.harm == "harm_human":  # a person or group noun, not a named place or team
        return any(o.lower_ in _HUMAN_PRONOUNS or (o.pos_ == "NOUN" and is_actor(o)) for o in objs)
    return any(person(o) or o.lemma_.lower() in physical for o in objs)


def domain_idiom(tok: Token, actors: Sequence[Actor]) -> bool:
    """An event word used in a market report or a game ("the rally in bank stocks", "the
    dollar retreated", "the visitors launched a late offensive", "merger talks collapsed"): a
    nominal trigger with a commercial modifier, or an event none of whose actors has a code in
    a clause with a market, sport or culture word (event_harm.tsv kinds ``commercial``,
    ``market``, ``sport``, ``culture``). Coded actors keep it: "Iran seized the tanker as oil
    prices rose" is news."""
    words = harm_words()
    if tok.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ in _NOMINAL_DEPS and c.lemma_.lower() in words.get("commercial", frozenset())
        for c in tok.children
    ):
        return True
    if any(a.code for a in actors):
        return False
    domain = words.get("market", frozenset()) | words.get("sport", frozenset())
    domain |= words.get("culture", frozenset())
    return any(_forms(t) & domain for t in clause_tokens(tok) if t.pos_ in ("NOUN", "PROPN"))


def mode_from_text(etype: str, tok: Token, dep: Token | None) -> str | None:
    """The first mode rule of ``etype`` whose words occur at the trigger (itself, its pattern
    dependent, its dependents and theirs), else anywhere in its clause, else (ASSAULT: the
    means of an attack) anywhere in its sentence."""
    rules = [(m, ws) for t, m, ws in mode_rules() if t == etype]
    if not rules:
        return None
    near = {tok.lemma_.lower(), tok.lower_}
    if dep is not None:
        near |= {dep.lemma_.lower(), dep.lower_}
    for c in tok.children:
        near.add(c.lemma_.lower())
        near.update(g.lemma_.lower() for g in c.children)
    for mode, ws in rules:
        if ws & near:
            return mode
    clause = {t.lemma_.lower() for t in clause_tokens(tok)}
    for mode, ws in rules:
        if ws & clause:
            return mode
    if etype not in _SENTENCE_MODE_TYPES:
        return None
    # the weapon is often named in another clause of the sentence ("bombs exploded outside
    # the embassy, killing dozens"; "shots were fired at them, killing two officers")
    sentence = {t.lemma_.lower() for t in tok.sent} | {t.lower_ for t in tok.sent}
    for mode, ws in rules:
        if ws & sentence:
            return mode
    return None


# types whose mode may come from anywhere in the trigger's sentence (the means of an attack);
# other types' modes describe the trigger's own clause
_SENTENCE_MODE_TYPES = frozenset({"ASSAULT"})
