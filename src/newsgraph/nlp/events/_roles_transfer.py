"""Transfers: who receives what a verb hands over (the target of "sent supplies to Kenya",
"gave Israel aid"), split from ``_roles_verb``."""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.nlp.events._roles_common import _pobjs, subject

# verbs that hand something or someone over to a recipient named by "to"
_TRANSFER = frozenset(
    """hand turn send deliver give transfer extradite return provide supply ship sell lend
    donate deport repatriate release surrender airlift offer pledge promise grant""".split()
)
# what is handed over, not who: a recipient may be parsed into it ("gave Israel aid", "offered
# Ukraine military aid": the small model makes the place a compound of the object)
_GOODS = frozenset(
    """aid assistance relief support help money funds funding loan loans credit grant grants
    weapons arms ammunition equipment supplies food medicine vaccines training""".split()
)


def _recipients(verb: Token) -> list[Token]:
    """The "to" objects of a transfer verb: "handed over to the United States"."""
    if verb.lemma_.lower() not in _TRANSFER:
        return []
    out: list[Token] = []
    for host in [verb] + [c for c in verb.children if c.dep_ == "prt"]:
        for child in host.children:
            if child.dep_ in ("prep", "dative") and child.lower_ == "to":
                out.extend(o for o in _pobjs(child) if o.pos_ in ("NOUN", "PROPN", "PRON"))
    return out or _compound_recipient(verb)


def _compound_recipient(verb: Token) -> list[Token]:
    """A double object the parser read as one noun phrase: "gave Israel aid", "offered Ukraine
    military aid", "sent Nepal emergency relief" (a place name opening the object of goods,
    parsed as its compound): the place is the recipient. Not when the giver's own place name
    is the word, nor an initialism ("sent U.S. aid", "UK arms": the goods' own country), nor when
    the goods are people ("sent U.S. troops": not goods)."""
    subj = subject(verb)
    for obj in verb.children:
        if obj.dep_ != "dobj" or obj.pos_ != "NOUN" or obj.lemma_.lower() not in _GOODS:
            continue
        first = obj.doc[obj.left_edge.i]
        if first.dep_ not in ("compound", "nmod") or first.ent_type_ != "GPE":
            continue
        if first.is_upper or "." in first.text:
            continue  # "sent U.S. aid", "UK arms": initialisms name the goods' own country
        name = first  # the object phrase opens with the name (no determiner: "the Nepal fund")
        while name.head is not obj and name.head.ent_type_ == "GPE":
            name = name.head  # "South Sudan": the name's head word
        if subj is not None and _gpe_words(subj) & _gpe_words(name):
            continue
        return [name]
    return []


def _gpe_words(t: Token) -> set[str]:
    return {w.lower_ for w in t.subtree if w.ent_type_ == "GPE"}
