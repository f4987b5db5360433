"""Sexual violence told in the passive of its victim, no doer named (issue 10 item 1, acled35).

As with property damaged on purpose (:mod:`._damaged_property`), wire and local news tell much
sexual violence in the passive, the attacker unknown or unnamed: "she was tied up and raped,
police said", "she was taken to a barn, where she was gang raped", "at least 13 women and girls
were sexually abused in April and May", "some 650 women were said to have been raped". With no
actor coded in the clause the event stood on the classifier's ``bare`` threshold, which these
clauses seldom reach. A verb pattern of mode ``sexual`` (rape, molest, grope, sexually assault
or abuse) in the passive (or coordinated with a passive verb: "tied up and raped") whose
passive subject is a person (a personal pronoun, a people noun of event_harm.tsv, a person's
name) is the news with no actor named (:func:`violated_person`). Not under a modal or a
condition ("If you or someone you know has been sexually assaulted"), not negated.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.nlp.events._harm_lexicon import harm_words
from newsgraph.nlp.events._patterns import Pattern

__all__ = ["is_person", "person_victim", "violated_person"]

_PRONOUNS = frozenset({"she", "he", "they", "i", "we", "her", "him"})
_MODALS = frozenset({"will", "would", "could", "can", "may", "might", "should", "must", "'ll"})
_CONDITION = frozenset({"if", "unless", "whether"})


def is_person(tok: Token) -> bool:
    """A personal pronoun, a person's name or a people noun of event_harm.tsv."""
    if tok.lower_ in _PRONOUNS or tok.ent_type_ == "PERSON":
        return True
    people = harm_words().get("people", frozenset())
    lower = tok.lower_
    return tok.lemma_.lower() in people or lower in people or lower.rstrip("s") in people


def unnamed_passive_subject(tok: Token, through: tuple[str, ...] = ("conj",)) -> Token | None:
    """The passive subject of a passive verb told with no doer of its own, or None.

    The subject may be that of the passive verb ``tok`` hangs on by a dependency in ``through``
    ("taken over and looted"; with "xcomp", "were said to have been raped"). None when the verb
    has an active subject of its own, is negated, or stands under a modal or a condition.
    """
    if not any(c.dep_ == "auxpass" for c in tok.children) and tok.dep_ != "conj":
        return None
    if any(c.dep_ == "nsubj" for c in tok.children):
        return None  # an active verb of its own: "the car was stolen and they torched it"
    verbs = (tok, tok.head) if tok.dep_ in through else (tok,)
    subj = next((c for verb in verbs for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subj is None:
        return None
    for verb in verbs:
        for c in verb.children:
            if c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in _MODALS):
                return None
            if c.dep_ == "mark" and c.lower_ in _CONDITION:
                return None
    return subj


def _people_of(subj: Token) -> list[Token]:
    """The subject and its conjuncts, through a count's "of" ("some of the women")."""
    inner = [g for c in subj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
    head = inner[0] if inner and subj.pos_ in ("NUM", "PRON", "ADJ", "NOUN") else subj
    return [subj, head, *head.conjuncts]


def person_victim(tok: Token) -> bool:
    """A verb ``tok`` in the passive of a person, no doer named (:func:`unnamed_passive_subject`
    through "conj" and "xcomp"; the subject, its counted "of" object or a conjunct a person)."""
    subj = unnamed_passive_subject(tok, ("conj", "xcomp"))
    return subj is not None and any(is_person(t) for t in _people_of(subj))


def violated_person(tok: Token, pattern: Pattern) -> bool:
    """A sexual-violence verb in the passive of a person (module doc)."""
    if pattern.type != "ASSAULT" or pattern.mode != "sexual" or pattern.pos != "V":
        return False
    return person_victim(tok)
