"""Whom a verbal act on a thing is aimed at when the same speaker's conjoined verb blames or
warns the other party (issue 10 item 3, targets36).

News tells a reaction and its addressee as two verbs of one subject: "The Iranian foreign
ministry condemned the raid and accused Israel of violating the truce", "Moscow denounced the
expulsions and warned London of retaliation", "rejected the report and accused Greece of
spreading lies". The condemnation or rejection names only a thing (the raid, the expulsions,
the report) whose owner the sentence gives as the party the next verb accuses, blames or
warns; CAMEO codes both acts against that party. Only for the verbal conflict types whose
object is a thing: a first act with a party of its own keeps it ("condemned the United States
and warned Colombia ..."), a conjunct with a subject of its own is another speaker's act
("Egypt condemned the attack, and Jordan accused Israel ..."), a verb of asking ("urged",
"called on") is not read (its addressee is as often a third party asked to act: "condemned the
coup and urged the United Nations to act"), a material conjunct addresses no one ("welcomed
the agreement and sent aid to Lebanon"), and a pronoun object ("accused them") is no named
party.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.nlp.events._roles_common import _thing

# the event types of the first act: reactions that condemn or reject a thing
_FIRST_TYPES = frozenset({"ACCUSE", "REJECT"})
# verbs whose object is the party blamed or warned: "accused Israel", "warned London", "blamed
# Boko Haram". Not the verbs of asking ("urged", "called on", "asked"): their addressee is as
# often a third party asked to act ("condemned the coup and urged the United Nations to act")
_ADDRESSING = frozenset("accuse blame warn criticize criticise condemn denounce slam".split())
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})


def _addressed(conj: Token) -> Token | None:
    """The party a conjoined verb blames or warns: its object, when that is someone named."""
    obj = next((c for c in conj.children if c.dep_ == "dobj"), None)
    if obj is None or obj.pos_ == "PRON" or _thing(obj):
        return None
    return obj


def conjunct_party(verb: Token, etype: str, targets: list[Token]) -> list[Token]:
    """The targets of a verbal act (``verb`` of type ``etype``): unchanged unless it is a
    condemnation or rejection whose targets are only things (or none), when the party a later
    verb of the same subject addresses is the target (see the module doc)."""
    if etype not in _FIRST_TYPES or not all(_thing(t) for t in targets):
        return targets
    for conj in verb.conjuncts:
        if conj.i < verb.i or conj.pos_ != "VERB" or conj.lemma_.lower() not in _ADDRESSING:
            continue
        if any(c.dep_ in _SUBJECTS for c in conj.children):
            continue  # "Egypt condemned the attack, and Jordan urged Israel": another speaker
        party = _addressed(conj)
        if party is not None:
            return [party]
    return targets
