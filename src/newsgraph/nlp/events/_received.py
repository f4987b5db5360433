"""Receiving a thing is no hosting (issue 10 items 1 and 4, fp29). CONSULT ``visit`` from
"receive" (CAMEO 043, host a visit) needs a visitor received: "The president received the
Chinese foreign minister", "The king received a delegation". Read whole, unused LGL stories
coded companies "receiving government bailout money", "that have received at least $5 billion
in government bailout money" and commissioners who "received a certificate of completion" as
visits: the object is money or a document, not a person. A CONSULT from "receive" whose
object is an amount of money (the parser's MONEY entity) or whose head noun names money, aid
or a document is no event; money received as aid is coded by the aid noun's own pattern.

A call, tip, complaint or report received from a member of the public is no hosting either
(acled35): "APD received a call from a family member reporting the girl had been assaulted",
"Crimestoppers had received a tip from a private citizen concerning Barnett's whereabouts",
"police say they received a call from a concerned citizen who reported that ...": the
received thing is a report to the police, and its sender no counterpart of a meeting. A
CONSULT from "receive" whose object heads are such reports and whose senders are all
civilians or uncoded (:func:`received_report`) is no event; a call from an official or a
state ("received a call from prison officials", "received a phone call from Putin") stays.

An act received from someone is no hosting either (acled36): "Ted Cruz ... received the
endorsement of Gov. ...", "Palau said it had received a request from Australian authorities",
"She had received threats from security officials", "It also has received backing from the
Obama administration", "expected to receive a letter of invitation from the Eritrean
authorities": the object is the sender's act (an endorsement, request, threat, approval,
invitation), coded by the noun's own pattern where it has one, not a visitor received. Such an
object counts as a thing received (:func:`received_thing`), and so does a letter or message
"of" such an act.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from newsgraph.model import Actor
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


# acts of the sender received as the object of "receive" (acled36)
_ACTS = frozenset(
    {
        "endorsement", "endorsements", "backing", "support", "praise", "blessing", "approval",
        "assurance", "assurances", "pledge", "pledges", "invitation", "invitations", "threat",
        "threats", "warning", "warnings", "criticism", "apology", "apologies", "condolences",
        "congratulations", "ultimatum", "demand", "demands", "request", "requests", "appeal",
        "appeals", "offer", "offers", "inquiry", "inquiries", "enquiry", "enquiries",
    }
)  # fmt: skip
# what carries such an act: "a letter of support", "a message of congratulations"
_CARRIERS = frozenset({"letter", "letters", "message", "messages", "note", "notes"})


def _act(noun: Token) -> bool:
    """An act of the sender, or a letter or message "of" one (acled36)."""
    if noun.lower_ in _ACTS:
        return True
    if noun.lower_ not in _CARRIERS:
        return False
    return any(
        g.lower_ in _ACTS
        for p in noun.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for g in p.children
        if g.dep_ == "pobj"
    )


def _objects(tok: Token) -> list[Token]:
    return [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]


def _thing(noun: Token) -> bool:
    if noun.ent_type_ == "MONEY":
        return True
    return noun.lower_ in _THINGS or noun.lemma_.lower() in _THINGS


def received_thing(tok: Token, pattern: Pattern) -> bool:
    """A CONSULT read from "receive" whose object is money, aid or a document ("companies
    receiving government bailout money", "received a certificate of completion"), or an act
    of the sender ("received the endorsement of", "received a request from": acled36)."""
    if pattern.type != "CONSULT" or tok.lemma_.lower() != "receive":
        return False
    objects = _objects(tok)
    return bool(objects) and all(_thing(o) or _act(o) for o in objects)


# what the public reports to the police or an agency (acled35)
_REPORTS = frozenset(
    {"call", "calls", "tip", "tips", "complaint", "complaints", "report", "reports", "911"}
)


def received_report(tok: Token, pattern: Pattern, sources: Sequence[Actor]) -> bool:
    """A CONSULT read from "receive" whose objects are calls, tips, complaints or reports
    and whose senders are all civilians or uncoded (module doc)."""
    if pattern.type != "CONSULT" or tok.lemma_.lower() != "receive":
        return False
    objects = _objects(tok)
    if not objects or not all(
        o.lower_ in _REPORTS or o.lemma_.lower() in _REPORTS for o in objects
    ):
        return False
    return all(a.code is None or a.code.endswith("CVL") for a in sources)
