"""Praise, thanks and congratulations given as a noun (issue 10 item 1, political35).

Political news tells praise by the noun the speaker gives, tweets or heaps on someone: "Clinton
tweeted her thanks to the president", "Clinton tweeted congratulations to Sanders", "McDonough
heaps praise on Kennedy for his role", "Both are quick to offer praise for teachers unions". A
PLOVER coder codes them SUPPORT (CAMEO 051, praise), as the verbs "thanked", "congratulated",
"praised" and "expressed his gratitude to" already are. The patterns
(event_lexicon.tsv: ``lex.support.tweet_praise``, ``offer_praise``, ``extend_thanks``,
``heap_praise``, ``shower_praise``, ``lavish_praise``; event_patterns.tsv:
``support.send_thanks``, read before ``aid.send_aid``, whose "help" is often the thing thanked
for) name the verb and the noun; :func:`praise_not_given` keeps them only where the noun is
what is given, the verb's direct object: "raised record sums thanks to small donors" and
"tweeted the news early, thanks to a leak" hold "thanks to" (because of) and give no thanks;
"offered the senator's praise of the plan" passes on another's praise. "tweet" takes no
"praise": the noun is a trigger of its own (``lex.support.endorse_n``) with its giver, and
"tweeted out Trump's praise of Boyle" is Trump's.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.nlp.events._patterns import Pattern

_POSSESSIVES = frozenset({"her", "his", "their", "its", "my", "our", "your"})
_RULES = frozenset(
    {
        "lex.support.tweet_praise",
        "lex.support.offer_praise",
        "lex.support.extend_thanks",
        "support.send_thanks",
        "lex.support.heap_praise",
        "lex.support.shower_praise",
        "lex.support.lavish_praise",
    }
)


def praise_not_given(tok: Token, pattern: Pattern) -> bool:
    """True when a praise pattern's noun is not the verb's direct object (module doc)."""
    if pattern.name not in _RULES:
        return False
    return not any(
        (c.dep_ in ("dobj", "obj", "nsubjpass") or _misparsed_object(c))
        and (c.lower_ in pattern.with_ or c.lemma_.lower() in pattern.with_)
        and not _someone_elses(c)
        for c in tok.children
    )


def _misparsed_object(noun: Token) -> bool:
    """ "tweeted her thanks to the president": the parser takes "her" for the object and the
    noun after it for an adverbial; the noun is the object after a possessive pronoun."""
    if noun.dep_ != "npadvmod" or noun.i == 0:
        return False
    before = noun.doc[noun.i - 1]
    return before.lower_ in _POSSESSIVES and before.head.i == noun.head.i


def _someone_elses(noun: Token) -> bool:
    """Praise owned by a name ("read out the senator's praise"): passed on, not given."""
    for c in noun.children:
        if c.dep_ == "poss" and c.pos_ != "PRON":
            return True
        if c.dep_ == "compound" and any(g.dep_ == "case" for g in c.children):
            return True  # "Trump’s praise" with a curly apostrophe
    return False
