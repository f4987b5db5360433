"""The cue and unnamed-source lexicons of ``newsgraph_quotes``, read from ``resources/``."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from newsgraph import datafiles

_DEFAULT_WEIGHT = 0.8
_GATES = {"main", "direct", "clause"}


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Cue lemmas by kind with their base confidence, and unnamed-source words."""

    verbs: dict[str, float] = field(default_factory=dict)
    nouns: dict[str, float] = field(default_factory=dict)
    preps: dict[str, float] = field(default_factory=dict)
    venues: dict[str, float] = field(default_factory=dict)
    seems: dict[str, float] = field(default_factory=dict)
    unnamed: frozenset[str] = frozenset()
    labels: frozenset[str] = frozenset()  # heading words that are no speaker ("Editor's note:")
    gates: dict[str, str] = field(default_factory=dict)  # lemma -> "main" | "direct" | "clause"
    acts: frozenset[str] = frozenset()  # "refuse", "agree": an infinitive after them is an act
    silence: frozenset[str] = frozenset()  # "comment", "request": a statement not made
    institutions: frozenset[str] = frozenset()  # "ministry", "pentagon": named organisations


def _lines(name: str) -> list[str]:
    return [ln.text.strip() for ln in datafiles.lines(f"quotes/{name}")]


@lru_cache(maxsize=4)
def load_lexicon(
    cues: str = "quote_cues.txt",
    unnamed: str = "quote_unnamed.txt",
    gates: str = "quote_cue_gates.txt",
    labels: str = "quote_colon_labels.txt",
) -> Lexicon:
    """Parse the cue file (``lemma<TAB>kind[<TAB>weight]``), unnamed sources and cue gates."""
    by_kind: dict[str, dict[str, float]] = {
        "verb": {},
        "noun": {},
        "prep": {},
        "venue": {},
        "seem": {},
    }
    for line in _lines(cues):
        cols = line.split("\t")
        if len(cols) < 2 or cols[1] not in by_kind:
            raise ValueError(
                f"{cues}: bad cue line {line!r} (want lemma<TAB>verb|noun|prep|venue|seem)"
            )
        weight = float(cols[2]) if len(cols) > 2 else _DEFAULT_WEIGHT
        by_kind[cols[1]][cols[0].lower()] = weight
    return Lexicon(
        verbs=by_kind["verb"],
        nouns=by_kind["noun"],
        preps=by_kind["prep"],
        venues=by_kind["venue"],
        seems=by_kind["seem"],
        unnamed=frozenset(w.lower() for w in _lines(unnamed)),
        gates=_gates(gates),
        labels=frozenset(w.lower() for w in _lines(labels)),
        institutions=frozenset(w.lower() for w in _lines("quote_institutions.txt")),
        **_non_statements("quote_non_statements.txt"),
    )


def _non_statements(name: str) -> dict[str, frozenset[str]]:
    kinds: dict[str, set[str]] = {"act": set(), "silence": set()}
    for row in datafiles.rows(f"quotes/{name}", min_cols=2, max_cols=2):
        if row[1] not in kinds:
            raise ValueError(f"{name}: bad line {row!r} (want lemma<TAB>act|silence)")
        kinds[row[1]].add(row[0].lower())
    return {"acts": frozenset(kinds["act"]), "silence": frozenset(kinds["silence"])}


def _gates(name: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for line in _lines(name):
        cols = line.split("\t")
        if len(cols) != 2 or cols[1] not in _GATES:
            raise ValueError(f"{name}: bad gate line {line!r} (want lemma<TAB>main|direct|clause)")
        out[cols[0].lower()] = cols[1]
    return out
