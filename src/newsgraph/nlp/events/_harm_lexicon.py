"""The word lists the event filters read (``resources/events/event_harm.tsv``,
``event_modes.tsv``), the entity types and pronouns that name a person or body, and the word
forms the lists are matched against.

Split out of ``_filters`` by responsibility (shared by ``_filters`` and ``_agency``); code moved
verbatim.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from newsgraph import datafiles

_NAMED_TARGET = {"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"}
_HUMAN_PRONOUNS = {"him", "her", "them", "us", "me", "he", "she", "they", "we", "himself"}
# nominal modifiers that make a nominal violence trigger something else ("heart attack")
_NOMINAL_DEPS = ("compound", "amod", "nmod")


@lru_cache(maxsize=1)
def harm_words() -> dict[str, frozenset[str]]:
    """Words by kind: force, physical, natural, benign (see event_harm.tsv)."""
    out: dict[str, set[str]] = {}
    for kind, word in datafiles.rows("events/event_harm.tsv", min_cols=2, max_cols=2):
        out.setdefault(kind, set()).add(word.lower())
    return {k: frozenset(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def mode_rules() -> tuple[tuple[str, str, frozenset[str]], ...]:
    """(type, mode, words) rules in file order (see event_modes.tsv)."""
    return tuple(
        (t, m, frozenset(w.lower() for w in words.split("|")))
        for t, m, words in datafiles.rows("events/event_modes.tsv", min_cols=3, max_cols=3)
    )


def _forms(tok: Token) -> set[str]:
    """Lemma and lower-case forms ("Wildfires" may be tagged a name, lemma unchanged)."""
    low = tok.lower_
    return {tok.lemma_.lower(), low, low[:-1] if low.endswith("s") else low}
