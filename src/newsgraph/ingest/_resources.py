"""Load the readable data files in ``ingest/resources/`` (patterns, cues, word lists)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from newsgraph import datafiles


@dataclass(frozen=True, slots=True)
class LinePattern:
    """A scrape-noise pattern for one whole line (see ``resources/noise_patterns.tsv``)."""

    kind: str
    name: str
    max_words: int
    regex: re.Pattern[str]


def _lines(name: str) -> list[str]:
    return [line.text for line in datafiles.lines(f"ingest/{name}")]


@cache
def word_list(name: str) -> frozenset[str]:
    """A one-word-a-line resource file as a set."""
    return frozenset(line.strip() for line in _lines(name))


@cache
def phrase_regex(name: str) -> re.Pattern[str]:
    """A one-phrase-a-line resource file as one case-insensitive whole-word regex."""
    phrases = sorted(word_list(name), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(p) for p in phrases) + r")\b", re.IGNORECASE)


@cache
def noise_patterns() -> tuple[LinePattern, ...]:
    out = []
    for line in _lines("noise_patterns.tsv"):
        kind, name, max_words, regex = line.split("\t", 3)
        out.append(LinePattern(kind, name, int(max_words), re.compile(regex, re.IGNORECASE)))
    return tuple(out)


@cache
def caption_cues() -> tuple[tuple[str, re.Pattern[str]], ...]:
    out = []
    for line in _lines("caption_cues.tsv"):
        name, regex = line.split("\t", 1)
        out.append((name, re.compile(regex)))
    return tuple(out)
