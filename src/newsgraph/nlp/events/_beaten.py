"""A named person beaten, stabbed or attacked in the passive (issue 10 item 1, types25).

``harm_human`` patterns ("beat" with no particle) want a person or group noun as the one
harmed so that a named team or player beaten in a game is no assault ("Madrid beat
Barcelona"). A passive whose subject the tagger names a person is the person harmed ("Jamal
Okoro was beaten by police officers", "Rights lawyer Chen Wei was badly beaten by unidentified
men"), unless a name beat them ("Nadal was beaten by Djokovic": a game); sport told otherwise
("Nadal was beaten in the final") is left to the sport filter (``_filters_speech.sport``).
"""

from __future__ import annotations

from spacy.tokens import Token


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
