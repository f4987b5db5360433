"""Who did it to whom: source and target noun-phrase heads of a trigger, from the parse.

The code lives in ``_roles_common`` (subjects, noun-phrase heads and owners), ``_roles_verb``
(verbal triggers, a verb's phrase), ``_roles_noun`` (nominal triggers) and ``_roles_speech``
(addressees of statements); this module re-exports it."""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.nlp.events._patterns import Pattern, stance_roles
from newsgraph.nlp.events._roles_common import (
    _BETWEEN,
    _CHARGE_VERBS,
    _CLAUSE_UP,
    _DASHES,
    _GIVERS,
    _NO_OBJECT_CONTROL,
    _QUANTITY,
    _SAID_THINGS,
    _SUBJ,
    _THIRD_POSSESSIVE,
    _WH,
    POSSESSIVE,
    _after_dateline,
    _anti,
    _between,
    _counted,
    _dateline,
    _expand,
    _other,
    _owner,
    _pobjs,
    _prep_objects,
    _same_name,
    _thing,
    governing_verb,
    participants,
    subject,
)
from newsgraph.nlp.events._roles_counterpart import (
    clause_counterpart,
    condition_subject,
    willing_object,
)
from newsgraph.nlp.events._roles_noun import (
    _ENGAGED,
    _GIVEN_TYPES,
    _HOSTILE_TYPES,
    _REBUT,
    _TIME_PREPS,
    _UNDERGO,
    _UNDERGO_GOOD,
    _in_setting,
    _relative_owner,
    _undergoes,
    noun_roles,
)
from newsgraph.nlp.events._roles_placed import _WHERE_PREPS
from newsgraph.nlp.events._roles_scene import scene_targets
from newsgraph.nlp.events._roles_speech import (
    _ADDRESS_VERBS,
    _MESSAGE_NOUNS,
    _PRESS,
    _STATEMENT_VERBS,
    _heard_by,
    _press,
    commitment_object,
    own_message_addressee,
)
from newsgraph.nlp.events._roles_speech import addressee as _statement_addressee
from newsgraph.nlp.events._roles_targets import implied_target
from newsgraph.nlp.events._roles_transfer import _TRANSFER, _recipients
from newsgraph.nlp.events._roles_verb import (
    _ACTION_NOUNS,
    _AUTHORITIES,
    _AUTHORITY_TYPES,
    _CLAUSE_TARGET_TYPES,
    _PEOPLE_OBJECT_TYPES,
    _REPORT_VERBS,
    _SETTING_PREPS,
    _VP_STEP,
    _content_subject,
    _done_by,
    _located,
    _passive_patient,
    _people,
    _relative,
    _reporting_authority,
    _shared_object,
    _stance_object,
    phrase_candidates,
    verb_roles,
)


def addressee(trigger: Token) -> list[Token]:
    """Whom an event with no target in its own roles is directed at: the addressee of the
    statement that carries it (:func:`newsgraph.nlp.events._roles_speech.addressee`: "Putin
    told Erdogan that Russia would ..."), else, for a stance adjective, the object of its
    infinitive ("is not ready to support Trump", "unwilling to negotiate with the
    government"), else, for a commitment, whom its infinitive's act is aimed at ("offered to
    help Sudan", :func:`newsgraph.nlp.events._roles_speech.commitment_object`); empty when
    there is none; else whom the message the trigger's own act is made in is addressed to
    ("asked for the return of emails in a letter to the FBI",
    :func:`newsgraph.nlp.events._roles_speech.own_message_addressee`); else, for a nominal
    request, offer or threat, whoever answers it, or for a claim, its "that" clause's subject
    (:func:`newsgraph.nlp.events._roles_targets.implied_target`: "Mexico accepted the
    administration's request" -> Mexico)."""
    return (
        _statement_addressee(trigger)
        or _stance_object(trigger)
        or willing_object(trigger)
        or commitment_object(trigger)
        or clause_counterpart(trigger)
        or condition_subject(trigger)
        or own_message_addressee(trigger)
        or implied_target(trigger)
    )


def stance_sides(trigger: Token, pattern: Pattern) -> tuple[list[Token], list[Token]]:
    """Source and targets of a stance adjective (``_patterns.stance_roles``), a thing target
    standing for whoever gave it or the place it happened in, as for verbal reactions
    (``_roles_scene.scene_targets``: "heartened by cooperation from Kenya" -> Kenya)."""
    sources, targets = stance_roles(trigger, pattern)
    return sources, scene_targets(pattern.type, targets)


__all__ = [
    "_SUBJ",
    "_CLAUSE_UP",
    "_WH",
    "_NO_OBJECT_CONTROL",
    "_QUANTITY",
    "_UNDERGO",
    "_REBUT",
    "_HOSTILE_TYPES",
    "_GIVEN_TYPES",
    "_UNDERGO_GOOD",
    "_ENGAGED",
    "_BETWEEN",
    "_ACTION_NOUNS",
    "_CLAUSE_TARGET_TYPES",
    "_AUTHORITY_TYPES",
    "_REPORT_VERBS",
    "_AUTHORITIES",
    "POSSESSIVE",
    "subject",
    "_CHARGE_VERBS",
    "_DASHES",
    "_dateline",
    "_after_dateline",
    "_thing",
    "_pobjs",
    "_prep_objects",
    "verb_roles",
    "_ADDRESS_VERBS",
    "_STATEMENT_VERBS",
    "_MESSAGE_NOUNS",
    "_PRESS",
    "_press",
    "addressee",
    "_heard_by",
    "_WHERE_PREPS",
    "_located",
    "_PEOPLE_OBJECT_TYPES",
    "_people",
    "_TRANSFER",
    "_recipients",
    "_anti",
    "_content_subject",
    "_done_by",
    "_reporting_authority",
    "_shared_object",
    "_passive_patient",
    "_between",
    "_relative",
    "_owner",
    "_GIVERS",
    "_SAID_THINGS",
    "_other",
    "_THIRD_POSSESSIVE",
    "participants",
    "noun_roles",
    "_TIME_PREPS",
    "_in_setting",
    "_undergoes",
    "_relative_owner",
    "governing_verb",
    "_expand",
    "_same_name",
    "_counted",
    "_SETTING_PREPS",
    "_VP_STEP",
    "phrase_candidates",
    "stance_sides",
]
