"""Targets a nominal event with no target phrase of its own still has in its sentence: whoever
answers it ("Mexico accepted the administration's request" -> Mexico), whom it is given to
("gave Clinton a glowing endorsement" -> Clinton), the "of" object of one its possessor does
("Trump's praise of Boyle" -> Boyle) and the subject of its content clause
("Trump's accusation that Obama created ISIS" -> Obama). Used by
:func:`newsgraph.nlp.events._roles.addressee`, i.e. only for an event with a source and no
target; each returns heads that name someone (a name, a pronoun, a noun the participant or agent
lists know), never a thing ("rejected the request", "the claim that the plan would fail")."""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.nlp.events._roles_common import _thing, subject

# nouns for something said to someone that the hearer answers: a request, offer or threat is
# answered by whom it was made to
_ANSWERED_NOUNS = frozenset(
    """request demand call appeal plea petition offer proposal invitation overture ultimatum
    threat warning""".split()
)
# verbs whose subject answers the request, offer or threat in their object ("Mexico accepted
# the request", "Iran rebuffed the offer", "Congress ignored his demands")
_ANSWER_VERBS = frozenset(
    """accept reject refuse deny grant heed ignore answer welcome rebuff dismiss decline
    approve honor honour spurn snub turn""".split()
)
# support given to someone, who takes it or turns it down ("Clinton welcomed Sanders's
# endorsement", "Cruz refused to disavow Graham's endorsement"); only with no phrase of its own
# saying what it is for ("welcomed Ryan's support for the bill" is the bill's)
_GIVEN_NOUNS = frozenset("endorsement support backing".split())
_GIVEN_VERBS = frozenset(
    "accept reject refuse welcome disavow repudiate renounce decline seek tout".split()
)
# verbs whose "to" object they answer ("Mexico would respond to Trump's threats")
_ANSWER_TO = frozenset("respond reply react accede yield bow listen".split())

# nouns for a claim about someone, whose "that" clause says who did what ("the accusation that
# Obama created ISIS" is aimed at Obama)
_CLAIM_NOUNS = frozenset(
    "accusation allegation charge claim insinuation suggestion criticism complaint".split()
)


def _someone(tok: Token) -> bool:
    return tok.pos_ in ("PROPN", "PRON", "NOUN") and not _thing(tok) and tok.lower_ != "it"


def answerer(noun: Token) -> list[Token]:
    """The subject of the verb that answers a nominal request, offer or threat: "Mexico
    accepted the Bush administration's request" -> Mexico, "Mexico would respond to Mr. Trump's
    threats" -> Mexico; or that takes or refuses support given to it ("Trump disavowed Duke's
    endorsement" -> Trump); [] elsewhere ("he repeated the request": repeating is no answer)."""
    if noun.pos_ != "NOUN":
        return []
    head = noun.head
    gov: Token | None = None
    lemma = noun.lemma_.lower()
    if lemma in _GIVEN_NOUNS:
        if noun.dep_ == "dobj" and head.pos_ == "VERB" and head.lemma_.lower() in _GIVEN_VERBS:
            if not any(c.dep_ == "prep" and c.i > noun.i for c in noun.children):
                gov = head
    elif lemma not in _ANSWERED_NOUNS:
        return []
    elif noun.dep_ == "dobj" and head.pos_ == "VERB":
        if head.lemma_.lower() in _ANSWER_VERBS and (
            head.lemma_.lower() != "turn"
            or any(c.dep_ == "prt" and c.lower_ == "down" for c in head.children)
        ):
            gov = head
    elif noun.dep_ == "pobj" and head.lower_ == "to" and head.head.pos_ == "VERB":
        if head.head.lemma_.lower() in _ANSWER_TO:
            gov = head.head
    if gov is None:
        return []
    subj = subject(gov)
    if subj is None or subj in noun.subtree or not _someone(subj):
        return []
    return [subj]


def claim_subject(noun: Token) -> list[Token]:
    """The subject of a claim noun's "that" clause: "Trump's accusation that Obama and Clinton
    created the Islamic State" -> Obama (and Clinton, its conjunct, added by the caller's
    coordination); [] when the clause's subject is a thing ("the claim that the plan would
    fail") or there is no such clause."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _CLAIM_NOUNS:
        return []
    for clause in noun.children:
        if clause.dep_ not in ("acl", "ccomp", "relcl") or clause.pos_ not in ("VERB", "AUX"):
            continue
        if not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
            continue  # "the accusations that he made": a relative clause, not the content
        subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and _someone(subj):
            return [subj, *subj.conjuncts]
    return []


# verbs that hand the nominal event in their object to someone ("gave Clinton a glowing
# endorsement", "lent his support to Cruz", "offered Kiev aid")
_GIVING_VERBS = frozenset("give offer extend lend throw pledge send hand grant".split())


def recipient(noun: Token) -> list[Token]:
    """Whom the verb that gives a nominal event hands it to: its indirect object ("the Times
    gave Clinton a glowing endorsement" -> Clinton) or its "to" object ("lent his support to
    Cruz"); [] elsewhere, and for a thing ("gave the bill his support")."""
    if noun.pos_ != "NOUN" or noun.dep_ != "dobj":
        return []
    verb = noun.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _GIVING_VERBS:
        return []
    found = [c for c in verb.children if c.dep_ == "dative" and c.lower_ != "to"]
    found += [
        o
        for c in verb.children
        if c.dep_ in ("dative", "prep") and c.lower_ == "to" and c.i > noun.i
        for o in c.children
        if o.dep_ == "pobj"
    ]
    return [t for t in found if _someone(t)][:1]


def owned_of_object(noun: Token) -> list[Token]:
    """The "of" object of a nominal event whose possessor is its source: "Trump's praise of
    Boyle" -> Boyle, "Russia's backing of Assad" -> Assad; a named actor or a noun for people,
    never a thing ("Trump's support of 31 percent", "Obama's defense of his record")."""
    if noun.pos_ != "NOUN" or not any(c.dep_ == "poss" for c in noun.children):
        return []
    objs = [
        o
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ == "of" and c.i > noun.i
        for o in c.children
        if o.dep_ == "pobj"
    ]
    return [
        o
        for o in objs
        if o.pos_ == "PROPN"
        or o.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
        or (o.pos_ == "NOUN" and not _thing(o))
    ][:1]


def implied_target(trigger: Token) -> list[Token]:
    """Whom a nominal event with no target phrase is aimed at, by :func:`answerer`, else
    :func:`recipient`, :func:`owned_of_object` or :func:`claim_subject`; [] when none
    applies."""
    return (
        answerer(trigger)
        or recipient(trigger)
        or owned_of_object(trigger)
        or claim_subject(trigger)
    )
