"""Signing what is no accord (issue 10 item 1, types29).

PLOVER's SUPPORT for signing is the manual's "ratify, sign, or finalize an agreement"; the
patterns ``support.sign`` and ``lex.support.sign_plan`` code it when the thing signed is an
accord, a plan or a charter. The learned classifier (rule ``model:support.sign``) also proposes
SUPPORT on a "sign" that signs nothing of the kind: enrolling ("Kevin McCarthy signs up to be a
Trump delegate", "signed up as a Trump delegate", "have already signed on for two film
sequels"), autographs ("Trump signs autographs for supporters"), forms and letters ("signed
'false certifications' attesting they had made their rounds", tune no-event row neg-1201; "The
missive is signed by ..."), and a pardon, which the gold codes as what it grants (ev-871,
CONCEDE), not as a signed accord. :func:`unsigned_accord` drops such a classifier-proposed
SUPPORT when "sign" has the particle of enrolling (up, on) or names what it signs (object,
passive subject, or the noun it describes: "the letter signed by ...") and that is none of the
documents of politics or laws below. Pattern events are not touched ("signed up to a new framework"
is ``lex.support.sign_plan``'s), nor a "sign" with nothing named.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.nlp.events._patterns import Pattern

# documents whose signing is support, agreement or a public stand, and laws signed (left as
# the classifier reads them: "signed legislation", "would sign laws passed by the Senate")
_DOCUMENTS = frozenset(
    """agreement deal accord treaty pact protocol memorandum declaration plan programme
    program charter convention communique roadmap framework compact armistice ceasefire truce
    statement petition pledge resolution bill law legislation measure order decree act""".split()
)
# "sign up", "sign on": enrolling, joining a list or a job
_ENROL = frozenset({"up", "on"})


def _signed(verb: Token) -> list[Token]:
    """What the verb signs: its object or passive subject, or the noun a participle describes
    ("the aid package signed by Trump")."""
    found = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        found.append(verb.head)
    return found


def unsigned_accord(tok: Token, pattern: Pattern) -> bool:
    """True for a classifier-proposed SUPPORT on "sign" that signs no accord (module doc)."""
    if not pattern.name.startswith("model:") or pattern.type != "SUPPORT":
        return False
    if tok.pos_ != "VERB" or tok.lemma_.lower() != "sign":
        return False
    if any(c.dep_ == "prt" and c.lower_ in _ENROL for c in tok.children):
        return True
    signed = _signed(tok)
    return bool(signed) and not any(
        s.lemma_.lower() in _DOCUMENTS
        or any(c.dep_ == "compound" and c.lemma_.lower() in _DOCUMENTS for c in s.children)
        for s in signed
    )
