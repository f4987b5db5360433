"""Whose the victims of an attack on a place are: not the attacker's (issue 10, actor
leftovers). "The attack by Russian troops on the village killed six civilians": the civilians
are of the village's country (the gazetteer's, :func:`newsgraph.nlp.events._countries.
victim_place_country`) or, where no one knows it, of no country; never of the attacker's
country, which the sentence names only in the attack's own phrase. Used by
:func:`newsgraph.nlp.events._countries.sides_apart`, as is :func:`same_act` (an infinitive's
object is the other side of the verb that governs it)."""

from __future__ import annotations

from spacy.tokens import Token

# entity types of an attack's object that name people, not a place struck (not PERSON: the
# small model tags towns such as "Kharkiv" as people)
_PEOPLE_ENTS = frozenset({"NORP"})


def attack_on_place(verb: Token, attack_nouns: frozenset[str]) -> tuple[int, int] | None:
    """The character range of the subject of ``verb`` when it is an attack noun (one of
    ``attack_nouns``) with a place or thing struck as its "on", "against" or "of" object ("the
    attack by Russian troops on the village killed", "the shelling of the town killed"): every
    country named in it is the attacker's or the place's, none the victims' by default. None
    for an attack on named people ("the attack on Kurds"), one with no object ("a Russian
    attack killed") or another subject."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ != "NOUN" or subj.lemma_.lower() not in attack_nouns:
        return None
    for prep in subj.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("on", "against", "of"):
            continue
        for obj in prep.children:
            if obj.dep_ == "pobj" and obj.pos_ in ("NOUN", "PROPN"):
                if obj.ent_type_ not in _PEOPLE_ENTS:
                    last = subj.right_edge
                    return subj.left_edge.idx, last.idx + len(last)
    return None


def same_act(verb: Token, governor: Token) -> bool:
    """Whether ``verb`` is ``governor`` or an infinitive it governs with no object of its own,
    up to two deep: in "The president vowed to block Iran's nuclear program" the object of
    "block" is the vow's other side, so Iran is no country of the president's; in "Axelrod
    called on Dean to apologize to Trump" Dean is the other side, not Trump."""
    for _ in range(3):
        if verb.i == governor.i:
            return True
        head = verb.head
        if verb.dep_ != "xcomp" or head.i == verb.i:
            return False
        if any(c.dep_ in ("dobj", "dative") or c.lower_ == "on" for c in head.children):
            return False  # object control: the infinitive's objects are the object's business
        verb = head
    return False
