"""A named person beaten, stabbed or attacked in the passive (issue 10 item 1, types25).

``harm_human`` patterns ("beat" with no particle) want a person or group noun as the one
harmed so that a named team or player beaten in a game is no assault ("Madrid beat
Barcelona"). A passive whose subject the tagger names a person is the person harmed ("Jamal
Okoro was beaten by police officers", "Rights lawyer Chen Wei was badly beaten by unidentified
men"), unless a name beat them ("Nadal was beaten by Djokovic": a game); sport told otherwise
("Nadal was beaten in the final") is left to the sport filter (``_filters_speech.sport``).

A violence verb with "to death" says that the one it names was killed (acled36): "an angry white
mob shot to death two black sharecroppers", "masked gunmen ... shot to death everyone who tried
to flee", "A prominent Orthodox Jew has been found beaten to death", "a video showed a young man
beaten to death by Moroccan youths". The harm to a person is in the phrase, whatever noun names
the dead (:func:`done_to_death`). Not for verbs that fire, cold and crowds share ("burned to
death", "froze", "trampled"), and not for a topic "beaten to death" (talked about too much).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.nlp.events._patterns import Pattern


def _named_agent(verb: Token) -> bool:
    """The passive's "by" object is a name ("was beaten by Djokovic", "by Barcelona")."""
    return any(
        g.dep_ == "pobj" and g.pos_ == "PROPN"
        for c in verb.children
        if c.dep_ == "agent"
        for g in c.children
    )


def beaten_person(obj: Token) -> bool:
    """A person's name as the passive subject of a harm verb no name acted on (module doc)."""
    return (
        obj.dep_ == "nsubjpass"
        and obj.pos_ == "PROPN"
        and obj.ent_type_ == "PERSON"
        and not _named_agent(obj.head)
    )


# verbs of violence whose "to death" is a killing by someone (not "burned", "froze", "crushed")
_KILLING_VERBS = frozenset({"shoot", "beat", "stab", "kick", "lynch", "torture"})
# what is "beaten to death" when it is talked about too much
_TOPICS = frozenset(
    "argument arguments topic topics issue issues subject subjects story stories joke jokes "
    "idea ideas point points theme themes question questions horse".split()
)


def done_to_death(verb: Token, pattern: Pattern) -> bool:
    """An ASSAULT verb of violence with a "to death" phrase whose object or passive subject is
    no topic (module doc)."""
    if pattern.type != "ASSAULT" or verb.lemma_.lower() not in _KILLING_VERBS:
        return False
    if not any(
        c.dep_ == "prep" and c.lower_ == "to" and any(g.lower_ == "death" for g in c.children)
        for c in verb.children
    ):
        return False
    harmed = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if verb.dep_ == "acl":
        harmed.append(verb.head)  # "a young man beaten to death"
    return not any(h.lemma_.lower() in _TOPICS for h in harmed)
