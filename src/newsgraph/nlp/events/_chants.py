"""Slogans chanted or shouted (issue 10 item 1, types25).

A crowd chanting or shouting a quoted slogan protests (the ``protest.*_quote`` patterns); the
slogan's own words are what was chanted, no event ("chanted 'Free him now'" is no release,
"shouted 'Death to the occupiers'" no attack). One person shouting words ("The preacher
shouted 'Repent!'") is no protest: the quote patterns want a crowd, a group or people in the
plural as who chants.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.nlp.events._patterns import Pattern

# verbs whose quoted object is a slogan
_CHANT = frozenset({"chant", "shout", "scream", "yell", "sing"})
_QUOTES = frozenset({"'", '"', "“", "”", "‘", "’", "``", "''"})
# singular nouns for many people
_CROWDS = frozenset({"crowd", "mob", "group", "throng", "gathering", "procession", "march"})


def _quoted_under(verb: Token, tok: Token) -> bool:
    """``tok`` comes after the verb inside a quotation opened after it (an odd number of quote
    marks between them)."""
    if tok.i <= verb.i or tok.sent != verb.sent:
        return False
    marks = sum(1 for t in verb.doc[verb.i + 1 : tok.i] if t.text in _QUOTES)
    return marks % 2 == 1


def chanted_words(tok: Token) -> bool:
    """A trigger inside the quoted slogan a verb of chanting governs (module doc)."""
    return any(
        a.lemma_.lower() in _CHANT and a.pos_ == "VERB" and _quoted_under(a, tok)
        for a in tok.ancestors
    )


def _crowd(verb: Token) -> bool:
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects and verb.dep_ in ("conj", "advcl", "xcomp"):
        return _crowd(verb.head)  # "marched through the city, chanting '...'"
    return any(
        s.tag_ in ("NNS", "NNPS") or s.lemma_.lower() in _CROWDS or s.lower_ in ("they", "we")
        for s in subjects
    )


def chant_no_event(tok: Token, pattern: Pattern) -> bool:
    """The words of a chanted slogan, or a quote shouted by one person (module doc)."""
    if pattern.name.startswith("protest.") and pattern.name.endswith("_quote"):
        return not _crowd(tok)
    return chanted_words(tok)
