"""Receiving a thing is no hosting (issue 10 items 1 and 4, fp29). CONSULT ``visit`` from
"receive" (CAMEO 043, host a visit) needs a visitor received: "The president received the
Chinese foreign minister", "The king received a delegation". Read whole, unused LGL stories
coded companies "receiving government bailout money", "that have received at least $5 billion
in government bailout money" and commissioners who "received a certificate of completion" as
visits: the object is money or a document, not a person. A CONSULT from "receive" whose
object is an amount of money (the parser's MONEY entity) or whose head noun names money, aid
or a document is no event; money received as aid is coded by the aid noun's own pattern."""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.nlp.events._patterns import Pattern

# head nouns of things received: money, aid and documents (not people or bodies)
_THINGS = frozenset(
    {
        "money", "fund", "funds", "funding", "bailout", "bailouts", "grant", "grants", "loan",
        "loans", "payment", "payments", "dollar", "dollars", "cash", "aid", "assistance",
        "donation", "donations", "certificate", "certificates", "award", "awards", "diploma",
        "license", "licence", "permit", "bonus", "bonuses", "compensation", "reimbursement",
        "subsidy", "subsidies", "stimulus",
    }
)  # fmt: skip


def _objects(tok: Token) -> list[Token]:
    return [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]


def _thing(noun: Token) -> bool:
    if noun.ent_type_ == "MONEY":
        return True
    return noun.lower_ in _THINGS or noun.lemma_.lower() in _THINGS


def received_thing(tok: Token, pattern: Pattern) -> bool:
    """A CONSULT read from "receive" whose object is money, aid or a document ("companies
    receiving government bailout money", "received a certificate of completion")."""
    if pattern.type != "CONSULT" or tok.lemma_.lower() != "receive":
        return False
    objects = _objects(tok)
    return bool(objects) and all(_thing(o) for o in objects)
