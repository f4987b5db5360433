"""Filters for the kinds of real news the ACLED-style judge reads (issue 10): a protest told by
what the crowd did with its signs, and private contracts that are no agreements.

Waving flags, carrying banners and holding up placards or portraits is how news reports a
peaceful demonstration ("Demonstrators waved Cuban flags on the shore", "Marchers held up
portraits of the jailed leader"), but the same acts are everyday ones for fans, children or a
shop ("Fans waved flags as the team bus arrived", "The shop displayed posters of the film"):
the display patterns of ``event_lexicon.tsv`` (``lex.protest.display_*``) stand only when their
subject is a protesting crowd, or part of one ("Dozens in the crowd held signs with the names
of ...", "Some in the crowd carried signs like ...": acled36).

A signed book deal, licensing or sponsorship agreement is a private contract whoever signs it
("The senator signed a book deal with Simon & Schuster"), not the manual's SUPPORT for signing
an agreement between political actors ("Russia signed a gas supply agreement with China"); and
what a contract bars its signatory from doing is a term of it, no coercion ("She signed an
agreement barring her from writing about the marriage")."""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.nlp.events._crowds import crowd_not_subject
from newsgraph.nlp.events._deals import deal_not_made
from newsgraph.nlp.events._patterns import Pattern
from newsgraph.nlp.events._pushed import unasked_push
from newsgraph.nlp.events._rammings import not_into_people
from newsgraph.nlp.events._roles_common import subject
from newsgraph.nlp.events._show_demonstrations import show_demonstration

# verbs and objects of a display of signs (the lexicon's display patterns)
DISPLAY_VERBS = frozenset({"wave", "carry", "hold", "brandish", "display", "raise"})
DISPLAY_OBJECTS = frozenset(
    "banner banners placard placards poster posters portrait portraits flag flags sign signs "
    "effigy effigies".split()
)
# who displays signs as a protest
_PROTESTERS = frozenset(
    "protester protesters protestor protestors demonstrator demonstrators marcher marchers "
    "rioter rioters activist activists crowd crowds striker strikers picketer picketers".split()
)


# words for part of a group, whose "in"/"among" object is the group ("Dozens in the crowd held
# signs", "Some among the protesters waved flags": acled36)
_PARTS = frozenset("some many several few dozens hundreds thousands scores others most".split())


def _who(verb: Token) -> list[Token]:
    """The subject of the display and, for a quantity, its "of" object ("hundreds of
    activists") or, for part of a group, its "in"/"among" object ("dozens in the crowd")."""
    who = subject(verb)
    if who is None:
        return []
    out = [who]
    part = who.lower_ in _PARTS or who.like_num
    for prep in who.children:
        if prep.dep_ == "prep" and (
            prep.lower_ == "of" or (part and prep.lower_ in ("in", "among"))
        ):
            out.extend(g for g in prep.children if g.dep_ == "pobj")
    return out


def display_not_protest(tok: Token, pattern: Pattern) -> bool:
    """A display of flags, banners, placards or portraits whose subject is no protesting crowd
    (module doc), or a demonstration that is a show (acled30, :mod:`._show_demonstrations`):
    no event."""
    if show_demonstration(tok, pattern):  # "cooking demonstrations will be held"
        return True
    if pattern.type != "PROTEST" or tok.lemma_.lower() not in DISPLAY_VERBS:
        return False
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    if not any(o.lower_ in DISPLAY_OBJECTS for o in objs):
        return False
    return not any(w.lower_ in _PROTESTERS or w.lemma_.lower() in _PROTESTERS for w in _who(tok))


# kinds of contract that are private whoever signs them
_PRIVATE_DEALS = frozenset(
    "book licensing license licence publishing record recording sponsorship endorsement "
    "nondisclosure non-disclosure confidentiality prenuptial lease rental franchise marketing "
    "advertising modeling modelling film movie television tv broadcasting streaming employment "
    "severance".split()
)
_SIGN_VERBS = frozenset({"sign", "ink", "reach", "strike", "seal", "conclude"})
# what a contract is called when it is the subject of "barring"
_CONTRACTS = frozenset({"agreement", "contract", "clause", "deal", "term", "covenant"})


def private_contract(tok: Token, pattern: Pattern) -> bool:
    """A private contract signed or struck, or a contract's term barring its signatory (module
    doc): no event."""
    if pattern.type == "COERCE":
        return tok.dep_ == "acl" and tok.head.lemma_.lower() in _CONTRACTS
    if pattern.type not in ("SUPPORT", "AGREE") or tok.lemma_.lower() not in _SIGN_VERBS:
        return False
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    return any(
        m.dep_ in ("compound", "amod", "nmod") and m.lower_ in _PRIVATE_DEALS
        for o in objs
        for m in o.children
    )


def acled_kind(tok: Token, pattern: Pattern) -> bool:
    """Whether a filter of this module vetoes the event: a display that is no protest, a
    private contract, a push that asks no one to act (:mod:`._pushed`, acled33), a deal told
    as background (:mod:`._deals`, acled33), a crowd verb whose protesters are no subject
    (:mod:`._crowds`, acled33), a ramming into no people (:mod:`._rammings`, acled33)."""
    return (
        display_not_protest(tok, pattern)
        or private_contract(tok, pattern)
        or unasked_push(tok, pattern)
        or deal_not_made(tok, pattern)
        or crowd_not_subject(tok, pattern)
        or not_into_people(tok, pattern)
    )
