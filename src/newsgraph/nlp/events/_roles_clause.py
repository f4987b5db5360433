"""A sentence the parser read as one noun phrase: "The Qatari emir hosted Hamas leaders in
Doha" parsed with "leaders" as the root, "hosted" as its adjective and "emir" as a modifier of
"hosted". The verb's subject and object are those two nouns."""

from __future__ import annotations

from spacy.tokens import Token

_NOUNS = ("NOUN", "PROPN")
_LEAD = ("det", "amod", "compound")


def clause_read_as_noun(verb: Token) -> tuple[Token, Token] | None:
    """(subject, object) of a verb the parser made an adjective (``amod``) of the sentence's
    root noun after it, with a noun before it hanging on the verb (``npadvmod``/``nsubj``),
    set off by a space: the subject of a clause, not the first half of a compound adjective
    ("a state-hosted summit", "a Saudi-funded group" stay modifiers)."""
    if verb.pos_ != "VERB" or verb.dep_ != "amod" or verb.tag_ not in ("VBD", "VBN"):
        return None
    obj = verb.head
    if obj.dep_ != "ROOT" or obj.i <= verb.i or obj.pos_ not in _NOUNS:
        return None
    if verb.i == verb.sent.start:
        return None
    before = verb.doc[verb.i - 1]
    if before.pos_ not in _NOUNS or not before.whitespace_:
        return None
    # the noun hangs on the verb ("emir" npadvmod) or, like the verb, on the root ("The
    # Egyptian spy chief hosted Fatah leaders": "chief" an nmod of "leaders")
    if (before.head == verb and before.dep_ in ("npadvmod", "nsubj")) or (
        before.head == obj and before.dep_ in ("nmod", "npadvmod")
    ):
        return before, obj
    return None


def clause_phrase(head: Token, toks: list[Token]) -> list[Token]:
    """The noun-phrase tokens ``toks`` of ``head`` mended for a sentence read as one noun
    phrase: the object's phrase starts after the verb ("Syrian officials", not "The Qatari emir
    hosted Syrian officials"); the subject's takes the words before it the parser hung on the
    root ("The Qatari emir"). Other phrases are returned as they are."""
    for c in head.children:
        if c.i < head.i and (clause := clause_read_as_noun(c)) is not None and clause[1] == head:
            return [t for t in toks if t.i > c.i]
    verb = head.head
    if head.i < verb.i and (clause := clause_read_as_noun(verb)) is not None:
        if clause[0] == head:
            obj = clause[1]
            lead = [
                t for t in obj.children if t.i < head.i and t.dep_ in ("det", "amod", "compound")
            ]
            return sorted({*lead, *toks}, key=lambda t: t.i)
    return toks
