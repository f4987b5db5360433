"""Verdicts a speaker pronounces on a person (issue 10 item 1, political31).

2016 US political news quotes politicians judging a rival with a copula and no verb of
criticism: "He says she is unfit to serve", "Clinton said ... Donald Trump himself is a fraud",
'"She should be ashamed of herself," Christie said'. A PLOVER coder codes them ACCUSE
``disapprove`` (CAMEO 111) by the speaker, as the gold codes "cast Hillary Clinton as
unqualified" and "tweeted that she was 'Disgraceful!'". ``_retype_speech._verdict`` reads
verdicts of wrongdoing on a thing ("this is a disgrace"); :func:`person_verdict` adds the ones
on a person, read inside what a speech verb's named speaker says (``speech_act``):

* unfitness: "is unfit", "is unqualified" (not for a game or a match, not "unfit to stand
  trial", not medically or physically: a fitness told by a doctor, coach or court);
* a name of bad character: "is a fraud", "is a liar", "is a hypocrite", "is a crook" ...;
* shame the person ought to feel: "should be ashamed (of herself)", "ought to be ashamed".

The subject must be a person: a PERSON name, "he", "she", "they", or a noun of office the
coder codes ("the governor", ``_participant``); not the speaker or the hearer ("I was unfit",
"you should be ashamed" said to one's face is no report of criticism of a third party) and not
a thing ("the building is unfit for habitation", "the water is unfit to drink").
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.nlp.events._participants import _participant

_UNFIT = frozenset({"unfit", "unqualified"})
_BAD_NAMES = frozenset(
    {"fraud", "liar", "hypocrite", "crook", "phony", "charlatan", "bigot", "coward"}
)
_OUGHT = frozenset({"should", "ought", "must"})
_PEOPLE_PRONOUNS = frozenset({"he", "she", "they"})
# nouns of a person that name no office: "his rival is unqualified", "this guy is a fraud"
_PERSON_NOUNS = frozenset({"rival", "opponent", "nominee", "candidate", "guy", "man", "woman"})
_BODILY = frozenset({"medically", "physically"})
# "unfit for" an office is political; for a game, a match or duty it is fitness
_OFFICES = frozenset(
    "office presidency president job post position role command leadership".split()
)


def _a_person(subj: Token) -> bool:
    if subj.lower_ in _PEOPLE_PRONOUNS:
        return True
    if subj.pos_ == "PRON":
        return False
    if subj.lemma_.lower() in _PERSON_NOUNS:
        return True
    return subj.ent_type_ == "PERSON" or _participant(subj)


def _unfit(adj: Token) -> bool:
    """'unfit'/'unqualified' as a political verdict, not a body's or a defendant's fitness."""
    if any(c.lower_ in _BODILY for c in adj.children):
        return False
    for c in adj.children:
        if c.dep_ == "xcomp" and c.lemma_.lower() == "stand":
            return False  # "unfit to stand trial"
        if c.dep_ == "prep" and c.lower_ == "for":
            objs = [o for o in c.children if o.dep_ == "pobj"]
            if not objs or objs[0].lemma_.lower() not in _OFFICES:
                return False  # "unfit for Saturday's game", "unfit for habitation"
    return True


def person_verdict(clause: Token) -> bool:
    """A copular clause judging a person (module doc): "she is unfit to serve", "Trump is a
    fraud", "she should be ashamed of herself"; not of the speaker or hearer, not negated."""
    if clause.lemma_.lower() != "be" or any(c.dep_ == "neg" for c in clause.children):
        return False
    subj = [c for c in clause.children if c.dep_ == "nsubj"]
    if not subj or not _a_person(subj[0]):
        return False
    for c in clause.children:
        if c.dep_ == "acomp" and c.lower_ in _UNFIT:
            return _unfit(c)
        if c.dep_ == "attr" and c.lemma_.lower() in _BAD_NAMES:
            return True
        if c.dep_ == "acomp" and c.lower_ == "ashamed":
            if clause.head.lower_ == "ought" and clause.dep_ == "xcomp":
                return True  # "ought to be ashamed"
            return any(a.dep_ == "aux" and a.lower_ in _OUGHT for a in clause.children)
    return False
