"""Fighting as a struggle or advocacy in political news (issue 10 items 1 and 4, metaphor17).

"She will fight for the American people", "these candidates are all still fighting to
survive", "Debbie gets back up and keeps fighting", "fight to retain their fundraising edge":
no one is fought, no violence is done; the trigger is no event (no PLOVER type fits a
promise to work hard). :func:`figurative_fight` drops a ``fight`` verb in a sentence with no
weapon, force, armed, conflict or terror word (the test of
:mod:`newsgraph.nlp.events._retype_figurative`) and no armed, police or criminal side when
it fights *for* someone or something, fights *to* do something, or fights with no opponent
(no object, no "against"/"with"). "Troops fought rebels near Goma", "fight the Islamic State",
"Kurdish fighters fought for the town" stay ASSAULT.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from newsgraph.model import Actor
from newsgraph.nlp.events._patterns import Pattern
from newsgraph.nlp.events._retype_figurative import armed_side, violent_sentence

_OPPONENT_PREPS = frozenset({"against", "with", "off"})


def figurative_fight(tok: Token, pattern: Pattern, actors: Sequence[Actor]) -> bool:
    """True for a ``fight`` verb meaning a struggle or advocacy (see the module note)."""
    if pattern.type != "ASSAULT":
        return False
    return _struggle(tok, actors)


def _struggle(tok: Token, actors: Sequence[Actor]) -> bool:
    """A ``fight`` verb with no opponent, no violent word and no armed side."""
    if tok.lemma_.lower() != "fight" or tok.pos_ != "VERB":
        return False
    if violent_sentence(tok) or armed_side(list(actors)):
        return False
    kids = list(tok.children)
    if any(c.dep_ in ("dobj", "nsubjpass") for c in kids):
        return False  # someone or something is fought
    if any(c.dep_ in ("prep", "prt") and c.lower_ in _OPPONENT_PREPS for c in kids):
        return False  # "fought against the rebels", "fought with police"
    return True


_VOWS = frozenset({"vow", "pledge", "promise", "swear"})


def vow_to_struggle(tok: Token, pattern: Pattern, actors: Sequence[Actor]) -> bool:
    """True for a vow to fight for a cause ("vowed to fight for the middle class", "pledged to
    fight for working families"): a THREATEN read from the fight alone, when the fight has no
    opponent and the sentence no other force word (metaphor18). "Hamas vowed to fight Israel",
    "the rebels vowed to fight until the government falls" (an armed side), "vowed to fight
    and crush the rebels" stay THREATEN."""
    if pattern.type != "THREATEN" or tok.lemma_.lower() not in _VOWS:
        return False
    fights = [c for c in tok.children if c.dep_ == "xcomp" and c.lemma_.lower() == "fight"]
    if not fights or not all(_struggle(f, actors) for f in fights):
        return False
    others = pattern.with_ - {"fight"}
    return not any(t.lemma_.lower() in others or t.lower_ in others for t in tok.sent)


# words of an electoral contest: candidates beating or catching each other in it
_CONTEST = frozenset(
    {
        "nomination",
        "nominee",
        "primary",
        "primaries",
        "caucus",
        "caucuses",
        "election",
        "race",
        "poll",
        "polls",
        "vote",
        "voter",
        "voters",
        "candidate",
        "candidates",
        "challenger",
        "challenge",
        "rival",
        "rivals",
        "delegate",
        "delegates",
        "convention",
        "ballot",
        "point",
        "points",
        "margin",
        "field",
        "victory",
        "win",
        "wins",
    }
)
_CONTEST_VERBS = frozenset({"beat", "catch"})


def electoral_contest(tok: Token, pattern: Pattern, actors: Sequence[Actor]) -> bool:
    """True for beating or catching a rival in an electoral contest ("Trump beat a large
    field of Republican candidates", "beat back the Sanders challenge among voters", "hopes
    to catch Hillary Clinton in the delegate race"): a win or a chase, no beating or arrest.
    "Police beat protesters", "Soldiers beat the prisoners with sticks", "Thugs beat a
    candidate during the election" (an armed or criminal side) stay. Also a won prize
    (:func:`won_prize`)."""
    if won_prize(tok, pattern, actors):
        return True
    if pattern.type not in ("ASSAULT", "COERCE") or tok.lemma_.lower() not in _CONTEST_VERBS:
        return False
    if violent_sentence(tok) or armed_side(list(actors)):
        return False
    return any(t.lower_ in _CONTEST or t.lemma_.lower() in _CONTEST for t in tok.sent)


# people a campaign or a seller aims at: "target their voters", "targeting young men as
# consumers" (issue 10 items 1 and 4, metaphor18)
_AUDIENCE = frozenset(
    """voter voters electorate consumer consumers customer customers buyer buyers shopper
    shoppers donor donors audience audiences viewer viewers reader readers constituent
    constituents demographic demographics market markets""".split()
)


def audience_target(tok: Token, pattern: Pattern, actors: Sequence[Actor]) -> bool:
    """True for targeting voters, buyers or an audience ("campaigns can target their voters",
    "the working class voters that Trump is targeting", "stop targeting young men as their
    ideal consumers"): a campaign's or a seller's aim, no attack. "Militants targeted voters at
    a polling station" (an armed side) and "targeted the market with a car bomb" (a weapon)
    stay ASSAULT."""
    if pattern.type != "ASSAULT" or tok.lemma_.lower() != "target" or tok.pos_ != "VERB":
        return False
    if violent_sentence(tok) or armed_side(list(actors)):
        return False
    aimed = [*tok.subtree]
    if tok.dep_ == "relcl":
        aimed.append(tok.head)  # "the voters that Trump is targeting"
    return any(t.lower_ in _AUDIENCE or t.lemma_.lower() in _AUDIENCE for t in aimed)


# what a candidate wins: "locked up the nomination", "clinched enough delegates"
# (issue 10 items 1 and 4, metaphor19)
_PRIZE = frozenset(
    """nomination nominations primary primaries caucus caucuses race delegate delegates
    majority supermajority seat seats victory win election vote votes endorsement""".split()
)
_WIN_VERBS = frozenset({"lock", "clinch", "sew", "wrap", "seal", "secure"})


def won_prize(tok: Token, pattern: Pattern, actors: Sequence[Actor]) -> bool:
    """True for locking up or clinching a nomination, a race, delegates or a majority
    ("Trump locked up the Republican nomination", "close to locking up the delegates he
    needs", "the Democrats locked up a majority in the Senate"): a win, no detention (COERCE).
    "Police locked up dozens of protesters", "the regime locked up opposition candidates
    before the election" (a person locked up) stay. The prize object decides: a force word
    elsewhere in the sentence ("after the campaign struck a deal") does not make it a
    detention; an armed side does."""
    if pattern.type != "COERCE" or tok.lemma_.lower() not in _WIN_VERBS:
        return False
    if armed_side(list(actors)):
        return False
    objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    objs += [c for o in objs for c in o.conjuncts]
    return bool(objs) and all(o.lemma_.lower() in _PRIZE or o.lower_ in _PRIZE for o in objs)
