"""The PLOVER vocabulary and the records of the event gold (see :mod:`.events_gold`): gold
sentences, no-event sentences, the sentence check and the actor key the scorer compares."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from newsgraph.errors import InputError
from newsgraph.eval.splits import Part

PLOVER_TYPES: tuple[str, ...] = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)

#: The modes the PLOVER manual defines per event type (``sideAB`` and the commented-out
#: modes of the manual are not used). Types without modes map to an empty set.
PLOVER_MODES: dict[str, frozenset[str]] = {
    "AGREE": frozenset(),
    "CONSULT": frozenset({"visit", "third-party", "multilateral", "phone"}),
    "SUPPORT": frozenset(),
    "CONCEDE": frozenset(),
    "COOPERATE": frozenset(),
    "AID": frozenset(),
    "RETREAT": frozenset({"withdraw", "release", "disarm", "ceasefire", "access", "resign"}),
    "REQUEST": frozenset({"assist", "change", "yield", "meet"}),
    "ACCUSE": frozenset({"disapprove", "investigate", "allege"}),
    "REJECT": frozenset({"assist", "change", "yield", "meet"}),
    "THREATEN": frozenset({"restrict", "arrest", "relations", "expel", "territory", "violence"}),
    "PROTEST": frozenset({"demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"}),
    "SANCTION": frozenset({"convict", "expel", "withdraw", "discontinue"}),
    "MOBILIZE": frozenset({"troops", "weapons", "police", "militia"}),
    "COERCE": frozenset(
        {
            "seize",
            "restrict",
            "censor",
            "curfew",
            "martial-law",
            "arrest",
            "deport",
            "withhold",
            "misinformation",
            "cyber",
        }
    ),
    "ASSAULT": frozenset(
        {
            "abduct",
            "beat",
            "torture",
            "sexual",
            "targeted",
            "destroy",
            "primitive",
            "firearms",
            "explosives",
            "suicide-attack",
            "aerial",
            "drone",
            "heavy-weapons",
            "crowd-control",
            "unconventional",
        }
    ),
}

# Non-state prefixes whose "country" part is the organisation (first six characters).
_ORG_PREFIXES = ("IGO", "NGO", "IMG", "MNC")

Prediction = tuple[str, str, str]
"""One coded event: ``(PLOVER type, source code, target code)``; codes may be empty."""


class GoldFileError(InputError, ValueError):
    """A gold/negatives row that cannot be read; the message names file and line."""


@dataclass(frozen=True, slots=True)
class GoldEvent:
    """One gold sentence with its main PLOVER event."""

    id: str
    split: Part
    corpus: str
    path: str
    start: int
    end: int
    sentence: str
    type: str
    modes: tuple[str, ...]
    source_text: str
    source_code: str
    target_text: str
    target_code: str
    note: str


@dataclass(frozen=True, slots=True)
class NegativeSentence:
    """A sentence in which a coder should find no political event."""

    id: str
    split: Part
    corpus: str
    path: str
    start: int | None
    end: int | None
    sentence: str
    domain: str
    note: str


def sentence_check(text: str) -> str:
    """The ``check`` value of a sentence: the first ten hex digits of its UTF-8 SHA-1."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:10]


def actor_key(code: str) -> str:
    """The part of an actor code compared for "country" accuracy.

    The ISO-3166 alpha-3 country (first three letters) for state and sub-state actors
    (``USAGOV`` -> ``USA``); the organisation (first six letters) for IGO/NGO/IMG/MNC codes
    (``IGOUNOHLHWHO`` -> ``IGOUNO``, ``IGOWSTNAT`` -> ``IGOWST``); empty for an empty code.
    """
    code = code.strip().upper()
    if not code:
        return ""
    if code.startswith(_ORG_PREFIXES):
        return code[:6]
    return code[:3]
