"""Where a label's actor is when the phrase it sits in is not the actor (attach28, issue 11
item 2).

- A predicate nominal labels its subject only when the subject can be an actor: "HTS is a
  terrorist group" (a name), "This is a radical group" (a pronoun), "the group is ..." (a noun
  of people or one the event coder codes). "The chief impediment to the region is Iran's
  tyrannical regime" labels the regime itself: "impediment" is no actor.
- A relative pronoun stands for the noun its clause hangs on: "the PKK, which the Turks have
  designated as a terrorist organization" labels the PKK, not "which"; when that noun is a
  place in the "in" phrase of another noun ("the PKK in Turkey, which ..."), the other noun.
- A label on an act ("terrorist acts", "terror attacks") labels the perpetrators; where the
  phrase names them, as the act's possessor or its "of" phrase ("the Tamils' terrorist acts",
  "terrorist acts of the Liberation Tigers"), they are the actor. Otherwise the act names no
  actor (attach26's ``act_noun``). So with a place where they are: "terror nests",
  "terrorist hideouts", "militant camps" label the unnamed people there, not the place.
"""

from __future__ import annotations

from spacy.tokens import Token

_RELATIVE = frozenset({"which", "who", "whom", "that"})
_NAME_POS = frozenset({"PROPN", "PRON"})
_NOUN_POS = frozenset({"NOUN", "PROPN"})
_PLACES = frozenset({"GPE", "LOC", "FAC"})
# places where a labelled group is: a label modifying them labels the people there
_HIDEOUTS = frozenset(
    {
        "nest", "hideout", "hide-out", "haven", "sanctuary", "base", "camp", "den", "lair",
        "stronghold", "enclave", "bunker", "safehouse",
    }
)  # fmt: skip


def actor_noun(tok: Token) -> bool:
    """``tok`` heads a phrase that can stand for an actor: a name, a pronoun, a noun of people
    or groups, or a noun the event coder codes as an actor."""
    from newsgraph.nlp.framing._attach import coded_actor
    from newsgraph.nlp.framing._nonactor import _PEOPLE, name_calling_noun

    if tok.pos_ in _NAME_POS or tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
        return True
    if tok.pos_ != "NOUN":
        return False
    if tok.lower_ in _PEOPLE or tok.lemma_.lower() in _PEOPLE or name_calling_noun(tok):
        return True
    return coded_actor(tok)


def predicate_subject(head: Token) -> Token | None:
    """The subject a predicate nominal or adjective ``head`` labels ("HTS is a terrorist
    group"), None when ``head`` is no predicate of "be" or its subject is no actor."""
    if head.dep_ not in ("attr", "acomp") or head.head.lemma_ != "be":
        return None
    for child in head.head.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            if head.pos_ == "NOUN" and not actor_noun(child):
                return None  # "the chief impediment is Iran's regime"
            return child
    return None


def antecedent(tok: Token) -> Token:
    """The noun a relative pronoun stands for ("the PKK, which ..." -> PKK), else ``tok``."""
    if tok.lower_ not in _RELATIVE or tok.tag_ not in ("WDT", "WP", "WP$", ""):
        return tok
    clause = tok.head
    while clause.dep_ not in ("relcl", "acl") and clause.head.i != clause.i:
        if clause.dep_ not in ("xcomp", "ccomp", "conj", "advcl"):
            return tok
        clause = clause.head
    if clause.dep_ not in ("relcl", "acl") or clause.head.pos_ not in ("NOUN", "PROPN"):
        return tok
    noun = clause.head
    if noun.ent_type_ in _PLACES and noun.dep_ == "pobj" and noun.head.head.pos_ in _NOUN_POS:
        # "the PKK in Turkey, which ... designated as a terrorist organization": the clause
        # describes the group the place locates, as the parser cannot tell
        return noun.head.head
    return noun


def perpetrator(act: Token) -> Token | None:
    """The actor an act's phrase names: its possessor or the object of its "of" ("the
    Tamils' terrorist acts", "terrorist acts of the Liberation Tigers"); None when it names
    none or they are no actor ("acts of violence")."""
    for child in act.children:
        if child.dep_ == "poss" and child.i < act.i and actor_noun(child):
            return child
    for child in act.children:
        if child.dep_ == "prep" and child.lower_ in ("of", "by") and child.i > act.i:
            for obj in child.children:
                if obj.dep_ == "pobj" and actor_noun(obj) and obj.pos_ != "PRON":
                    return obj
    return None


def hideout(head: Token) -> bool:
    """The noun a label modifies is a place where a group is ("terror nests")."""
    return head.pos_ == "NOUN" and head.lemma_.lower() in _HIDEOUTS
