"""Verbs of striking told of criticism (issue 10 item 1, political35).

2016 US political news tells a politician's verbal attack with a verb of striking and no
preposition of the charge: "Perez hammered Trump, calling him a train wreck", "Clinton has
hammered the Vermont senator", "an op-ed hammering his unsuitability for office", "Trump has
knocked the Democrats' rules as undemocratic", "Eric Trump knocked a statement by actor George
Clooney", "Bush is panning Obama's set of measures". A PLOVER coder codes them ACCUSE
``disapprove`` (CAMEO 111), as the lexicon's "ripped FBI Director James Comey" (``accuse.rip``)
and "slammed the president" are. The patterns ``accuse.hammer``, ``accuse.knock`` and
``accuse.pan`` (event_patterns.tsv) match the bare verbs; the lexicon's "hammered X for/over/on"
and "knocked X for" are matched first, as before. :func:`striking_no_event` keeps a bare verb
only where it names criticism:

* someone struck in words: the object (the passive's subject) is a person or group (a named
  person, organisation, group or country, "him"/"her"/"them", an actor the coder codes) or a
  thing a person said or did (one owned by a person or an actor: "the governor's budget",
  "his unsuitability", "a statement by actor George Clooney"; or a word of policy or speech:
  "the Republican tax plan", "his remarks");
* struck by someone: the subject (the passive's "by" agent) is a person or a group (a name,
  a personal pronoun, an actor the coder codes); not a storm, a price, a loss, and not police
  or troops, whose blows are no words;
* no particle or adverb that makes another verb of it: "hammered out a deal", "hammered home
  his message", "knocked Cruz out of the race", "knocked down", "knocked on doors" (no
  object), "panned across the crowd"; "hammered away at" with its "at" stays criticism;
* no physical blow: not "knocked him to the ground", "into the wall", not "with" a thing
  other than words ("hammered Trump with insults" is criticism, "with a bat" is not), and no
  score in the sentence ("hammered Federer 6-1, 6-2").

acled38 adds ``accuse.bash`` ("continued bashing Robert S. Mueller III's Russia investigation",
"Bill Clinton ..., bashing Sanders during a rally"), read by the same checks, and one more for
all four: an object that is a physical thing of event_harm.tsv (a common noun: "bashed the
windows of the police station") is a blow, not words.

The verbs of disparaging someone the lexicon lacked (``accuse.insult``, ``savage``,
``chastise``, ``belittle``, ``needle``, ``skewer``, ``scorn``, ``lampoon``, with an actor as
object) are kept unless told only as possible ("I'd chastise them", "can you insult those two
people"): a conditional or an invitation is no act.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Token

from newsgraph.model import Actor
from newsgraph.nlp.events._harm_lexicon import harm_words
from newsgraph.nlp.events._patterns import Pattern
from newsgraph.nlp.events._property_violence import physical_thing

_RULES = frozenset({"accuse.hammer", "accuse.knock", "accuse.pan", "accuse.bash"})  # bash: acled38
# verbs of disparaging someone (event_patterns.tsv, ``actor_object``): no event when only told
# as possible: "If my kids called people names, I'd chastise them", "can you insult those two"
_DISPARAGING = frozenset(
    "accuse." + v for v in "insult savage chastise belittle needle skewer scorn lampoon".split()
)
_POSSIBLE = frozenset({"would", "'d", "could", "can", "might", "may"})
_NAMED = frozenset({"PERSON", "ORG", "NORP", "GPE"})
_OBJECT_PRONOUNS = frozenset({"him", "her", "them", "us", "me", "himself", "herself"})
_SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "who"})
# adverbs and prepositions right on the verb that give it another sense: "hammered out a
# deal", "hammered home the point", "knocked down", "knocked off", "knocked back a drink"
_OTHER_SENSE = frozenset({"out", "off", "down", "home", "back", "up", "over", "around", "about"})
# where a blow sends someone or something
_MOTION_PREPS = frozenset({"into", "onto", "against", "across", "through", "off", "to", "from"})
# what criticism is struck "with"
_WORDS = frozenset(
    """insult insults attack attacks criticism criticisms question questions ad ads tweet
    tweets word words barb barbs jab jabs charge charges accusation accusations claim claims
    remark remarks comment comments complaint complaints allegation allegations message
    messages speech speeches""".split()
)
# things a person says or does that a politician criticises
_DEEDS = frozenset(
    """plan proposal policy policies bill budget law statement remark comment comments
    decision record vote votes rule rules measure measures deal idea position stance
    speech ad tweet agenda approach strategy order ruling choice handling response
    program programme reform tax taxes platform campaign administration leadership
    performance tie ties""".split()
)
# bodies whose blows are blows
_FORCES = frozenset(
    """police officer officers cop cops deputy deputies trooper troopers soldier soldiers
    troops army forces guard guards""".split()
)
_SCORE = re.compile(r"^\d{1,3}-\d{1,3}$")


def _person(t: Token, actors: Sequence[Actor]) -> bool:
    if t.ent_type_ in _NAMED:
        return True
    return any(a.code and a.span.start <= t.idx < a.span.end for a in actors)


def _named_source(t: Token, actors: Sequence[Actor]) -> bool:
    """A proper name the coder took for an actor but could not code ("Perez hammered
    Trump")."""
    return t.pos_ == "PROPN" and any(a.span.start <= t.idx < a.span.end for a in actors)


def _natural(t: Token) -> bool:
    """A natural force names the striker ("Hurricane Matthew", "the storm")."""
    natural = harm_words().get("natural", frozenset())
    return any(w.lemma_.lower() in natural or w.lower_ in natural for w in t.subtree)


def _deed(obj: Token, actors: Sequence[Actor]) -> bool:
    """A thing a person said or did: owned by a person or an actor, told "by" one, or a word
    of policy or speech."""
    if obj.lemma_.lower() in _DEEDS:
        return True
    for c in obj.children:
        if c.dep_ == "poss" and (c.lower_ in ("his", "her", "their") or _person(c, actors)):
            return True
        if c.dep_ == "prep" and c.lower_ == "by":
            if any(_person(g, actors) for g in c.children if g.dep_ == "pobj"):
                return True
    return False


def _object(tok: Token) -> Token | None:
    for c in tok.children:
        if c.dep_ in ("dobj", "obj", "nsubjpass"):
            return c
    if tok.dep_ == "acl" and tok.tag_ == "VBN":
        return tok.head  # "a plan panned by Democrats"
    for c in tok.children:  # "hammered away at the administration's record"
        if c.dep_ == "prep" and c.lower_ == "at":
            return next((g for g in c.children if g.dep_ == "pobj"), None)
    return None


def _striker(tok: Token) -> Token | None:
    for c in tok.children:
        if c.dep_ == "nsubj":
            return c
        if c.dep_ == "agent":
            objs = [g for g in c.children if g.dep_ == "pobj"]
            if objs:
                return objs[0]
    return None


def _other_sense(tok: Token) -> bool:
    aimed_at = any(c.dep_ == "prep" and c.lower_ == "at" for c in tok.children)
    for c in tok.children:
        if c.dep_ == "prt" and not (c.lower_ == "away" and aimed_at):
            return True
        if c.dep_ in ("advmod", "prep", "npadvmod") and c.lower_ in _OTHER_SENSE:
            return True
    return False


def _blow(tok: Token) -> bool:
    for c in tok.children:
        if c.dep_ != "prep":
            continue
        objs = [g for g in c.children if g.dep_ == "pobj"]
        if c.lower_ in _MOTION_PREPS and c.lower_ != "to":
            return True
        if c.lower_ == "to" and any(o.ent_type_ not in _NAMED for o in objs):
            return True  # "knocked him to the ground"
        if c.lower_ == "with" and not any(o.lower_ in _WORDS for o in objs):
            return True  # "with a bat", not "with insults"
    return any(_SCORE.match(t.text) for t in tok.sent)


def _only_possible(tok: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in _POSSIBLE for c in tok.children)


def striking_no_event(
    tok: Token, pattern: Pattern, sources: Sequence[Actor], targets: Sequence[Actor]
) -> bool:
    """True when a bare verb of striking names no criticism, or a verb of disparaging is
    only told as possible (module doc)."""
    if pattern.name in _DISPARAGING:
        return _only_possible(tok)
    if pattern.name not in _RULES:
        return False
    if _other_sense(tok) or _blow(tok):
        return True
    obj = _object(tok)
    if obj is None:
        return True  # "knocked on doors", "the camera panned"
    if not (obj.lower_ in _OBJECT_PRONOUNS or _person(obj, targets) or _deed(obj, targets)):
        return True  # "hammered a nail", "knocked a vase"
    if obj.pos_ == "NOUN" and physical_thing(obj, harm_words().get("physical", frozenset())):
        return True  # "bashed the windows of the police station": a blow (acled38)
    striker = _striker(tok)
    if striker is None:  # "an op-ed hammering his unsuitability", "many slamming Trump"
        return not any(a.code for a in sources)
    if _natural(striker) or any(w.lower_ in _FORCES for w in striker.subtree):
        return True
    return not (
        striker.lower_ in _SUBJECT_PRONOUNS
        or _person(striker, sources)
        or _named_source(striker, sources)
    )
