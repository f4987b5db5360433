"""Nouns of an event used for a state, not an act (polfp35, issue 10 items 3 and 4).

* **A candidate's following** is no act of support: "support" as the share of voters or poll
  respondents behind a candidate ("leading the field with the support of 31 percent of
  Republican voters", "Clinton wins with 38 percent support", "Trump's support holding steady",
  "Sanders' support is strong among the most progressive", "Carson is losing support",
  "sapping her support", "lingering Sanders support", "the backbone of her support", "the bill
  lacks bipartisan support") names no one supporting anyone. Support declared, announced,
  thrown behind someone or drawn from a named person stays SUPPORT ("came out in support of
  Cruz", "has drawn the support of Governor Chris Sununu").
* **A threat that is a danger** is no threat made: "poses a threat to", "is a direct threat to",
  "face the threat from", "described the gang as a serious threat", "under constant threat",
  "the threat the NRA poses", "counter the terrorist threat". THREATEN needs an actor who
  threatens to do something: a threat issued, made or repeated, a threat "to cut gas
  supplies", "of sanctions", or someone's own threat ("Washington's threat") stays.

Read by :func:`newsgraph.nlp.events._filters_speech.speech_no_event`."""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.nlp.events._patterns import Pattern

# --- a candidate's following -----------------------------------------------------------------

# words of a share of people or of a poll result
_SHARE = frozenset({"percent", "%", "percentage", "majority", "half", "third", "quarter"})
# people whose support is counted, not given
_VOTERS = frozenset(
    {"voter", "electorate", "constituent", "caucusgoer", "respondent", "poll", "survey"}
)
# kinds of voters that name a following ("Latino support", "evangelical support")
_VOTER_KINDS = frozenset(
    """latino hispanic evangelical minority black white female male youth millennial
    suburban rural grassroots popular voter""".split()
)
# a following as the subject: it rises, falls, holds, erodes; is strong or soft
_CHANGES = frozenset(
    """rise grow fall drop slip erode fade surge climb decline shrink increase decrease soften
    dwindle plummet collapse evaporate hold crater sink jump""".split()
)
_MEASURES = frozenset({"strong", "soft", "weak", "solid", "firm", "thin", "high", "low"})
# a following as the object: lost, gained, sapped, shored up, lacked
_GAINS = frozenset(
    """lose gain sap erode consolidate solidify siphon bleed boost broaden expand flip lack
    maintain dampen shore""".split()
)
# a following cut into, drawn or carved from
_TAKEN = frozenset({"cut", "draw", "carve"})
# a following as the "of"/"in" object of a measure of it
_MEASURE_NOUNS = frozenset(
    """base share erosion bastion backbone level loss lack surge drop rise decline dip slide
    slippage collapse""".split()
)


def _pobjs(tok: Token, preps: tuple[str, ...]) -> list[Token]:
    return [
        g
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ in preps
        for g in c.children
        if g.dep_ == "pobj"
    ]


def _share_words(phrase: Token) -> bool:
    """A share or a count of people in the phrase ("31 percent of voters", "four in 10")."""
    words = list(phrase.subtree)
    if any(t.lemma_.lower() in _SHARE or t.lower_ in _SHARE for t in words):
        return True
    return any(
        t.like_num and t.i + 2 < len(t.doc) and t.nbor(1).lower_ == "in" and t.nbor(2).like_num
        for t in words
    )  # "nearly four in 10 likely voters"


def _voters(phrase: Token) -> bool:
    return any(t.lemma_.lower() in _VOTERS for t in phrase.subtree)


def electoral_following(tok: Token, pattern: Pattern) -> bool:
    """The noun "support" names a candidate's share of voters or respondents, not an act."""
    if pattern.type != "SUPPORT" or pattern.pos != "N" or tok.lemma_.lower() != "support":
        return False
    kids = list(tok.children)
    if any(c.dep_ in ("compound", "nummod", "nmod", "amod") and _share_words(c) for c in kids):
        return True  # "38 percent support", "more than 60% support"
    holders = _pobjs(tok, ("of", "from", "among"))
    if any(_share_words(h) or _voters(h) for h in holders):
        return True  # "the support of 31 percent of Republican voters", "from voters"
    if _pobjs(tok, ("among",)):
        return True  # "support among evangelical voters", "among emerging nations"
    for c in kids:
        if c.dep_ in ("amod", "compound") and c.lower_ in _VOTER_KINDS:
            return True  # "Latino support", "evangelical support"
        if c.dep_ == "compound" and c.ent_type_ == "PERSON" and not _pobjs(tok, ("for", "of")):
            return True  # "lingering Sanders support", "a bastion of Trump support"
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ in ("of", "in", "with", "at"):
        owner = head.head
        if owner.lemma_.lower() in _SHARE or owner.lemma_.lower() in _MEASURE_NOUNS:
            return True  # "51 percent of the support", "the backbone of her support"
        if _pobjs(owner, ("among",)):
            return True  # "had his greatest support among the Marines"
    if tok.dep_ in ("nsubj", "nsubjpass"):
        if head.lemma_.lower() in _CHANGES:
            return True  # "Trump's support holding steady", "support will fall further"
        if any(c.dep_ == "acomp" and c.lemma_.lower() in _MEASURES for c in head.children):
            return True  # "Sanders' support is particularly strong", "Support was soft"
    if tok.dep_ == "dobj" and head.lemma_.lower() in _GAINS:
        return True  # "Carson is losing support", "sapping her support", "lacks support"
    # "cut into President Obama's support", "draw from Clinton's support"
    return tok.dep_ == "pobj" and head.lower_ in ("into", "from") and head.head.lemma_ in _TAKEN


# --- a threat that is a danger ---------------------------------------------------------------

_THREAT_NOUNS = frozenset({"threat", "menace"})
# verbs whose object is a danger: posed, faced, countered
_DANGER_VERBS = frozenset(
    """pose represent constitute face counter confront combat address tackle fight defeat meet
    highlight assess underestimate understand neutralize neutralise eliminate reduce""".split()
)
# verbs of which a danger is the subject: it exists, looms, persists
_DANGER_SUBJECT_VERBS = frozenset({"exist", "loom", "persist", "emerge"})
# ... and of a clause on the noun ("the threat the NRA poses", "a major threat facing her")
_DANGER_CLAUSES = _DANGER_SUBJECT_VERBS | {"pose", "face", "represent"}


def _made_threat(tok: Token) -> bool:
    """Someone's threat to do something: a to-infinitive ("a threat to cut gas supplies"), an
    "of" phrase ("the threat of sanctions"), an owner ("Washington's threat")."""
    for c in tok.children:
        if c.dep_ in ("acl", "relcl") and any(
            g.dep_ == "aux" and g.lower_ == "to" for g in c.children
        ):
            return True
        if c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of"):
            return True
    return False


def danger_threat(tok: Token, pattern: Pattern) -> bool:
    """The noun "threat" names a danger ("poses a threat to the region", "is a threat to
    Japan", "under constant threat"), not a threat someone made."""
    if pattern.type != "THREATEN" or pattern.pos != "N":
        return False
    if tok.lemma_.lower() not in _THREAT_NOUNS or _made_threat(tok):
        return False
    noun = tok
    while noun.dep_ == "conj" and noun.head is not noun:
        noun = noun.head  # "threats, intimidation, physical violence"
    head = noun.head
    if noun.dep_ in ("attr", "oprd"):
        return True  # "North Korea is a direct threat to Japan", "called it the greatest threat"
    if noun.dep_ == "pobj" and head.lower_ in ("as", "under"):
        return True  # "described the gang as a serious threat", "under constant threat"
    if noun.dep_ == "dobj" and head.lemma_.lower() in _DANGER_VERBS:
        return True  # "poses a grave threat", "face the threat from militant groups"
    if noun.dep_ == "pobj" and head.lower_ == "with" and head.head.lemma_.lower() == "deal":
        return True  # "dealing with the threat"
    if noun.dep_ in ("nsubj", "nsubjpass") and head.lemma_.lower() in _DANGER_SUBJECT_VERBS:
        return True  # "the strategic threats that exist out there"
    return any(  # "the threat the NRA poses", "a threat posed by", "threats that exist"
        c.dep_ in ("relcl", "acl") and c.lemma_.lower() in _DANGER_CLAUSES for c in noun.children
    )
