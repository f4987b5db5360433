"""Word lists for the time tagger, read once from ``resources/time_*.txt``."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from newsgraph import datafiles


@dataclass(frozen=True, slots=True)
class TimeLexicon:
    """Everything the time grammar and normaliser look up, keyed by surface form."""

    months: dict[str, int]  # "Jan" -> 1 (case-sensitive, without period)
    weekdays: dict[str, int]  # "Monday" -> 1 (ISO)
    seasons: dict[str, str]  # "summer" -> "SU"
    parts: dict[str, str]  # "morning" -> "MO"
    units: dict[str, str]  # "years" -> "Y" (lower case)
    numbers: dict[str, str]  # "two" -> "2", "several" -> "X" (lower case)
    vague: dict[str, str]  # "recently" -> "PAST_REF" (lower case)
    sets: dict[str, str]  # "weekly" -> "P1W" (lower case)
    holidays: dict[str, str]  # "Christmas" -> "12-25"
    future_aux: frozenset[str]
    future_lemmas: frozenset[str]
    speech_lemmas: frozenset[str]
    comment_lemmas: frozenset[str]  # "could not be reached", "would not comment": past refusals


@lru_cache(maxsize=1)
def lexicon() -> TimeLexicon:
    """The time lexicon (parsed once per process)."""
    months: dict[str, int] = {}
    weekdays: dict[str, int] = {}
    seasons: dict[str, str] = {}
    parts: dict[str, str] = {}
    for kind, num, spellings in datafiles.rows("times/time_names.txt"):
        for s in spellings.split("|"):
            if kind == "month":
                months[s] = int(num)
            elif kind == "weekday":
                weekdays[s] = int(num)
            elif kind == "season":
                seasons[s] = num
            elif kind == "part":
                parts[s] = num
    units = {
        s: code for spell, code in datafiles.rows("times/time_units.txt") for s in spell.split("|")
    }
    numbers = {w: v for w, v in datafiles.rows("times/time_numbers.txt")}
    vague = {w.lower(): v for w, v in datafiles.rows("times/time_vague.txt")}
    sets = {w.lower(): v for w, v in datafiles.rows("times/time_sets.txt")}
    holidays = {w: v for w, v in datafiles.rows("times/time_holidays.txt")}
    cues: dict[str, set[str]] = {"aux": set(), "lemma": set(), "speech": set(), "comment": set()}
    for kind, word in datafiles.rows("times/time_tense_cues.txt"):
        cues[kind].add(word.lower())
    return TimeLexicon(
        months,
        weekdays,
        seasons,
        parts,
        units,
        numbers,
        vague,
        sets,
        holidays,
        frozenset(cues["aux"]),
        frozenset(cues["lemma"]),
        frozenset(cues["speech"]),
        frozenset(cues["comment"]),
    )


def alternation(words: Iterable[str], *, flags: str = "") -> str:
    """A regex group alternating ``words``, longest first, spaces matching any whitespace."""
    return f"(?{flags}:{_body(words)})"


def _body(words: Iterable[str]) -> str:
    ws = sorted(set(words), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ws)


_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_UNITS_1_9 = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
#: spelled decades: "the eighties" (the twenties come first: index 0 is the 1920s/2020s)
DECADE_WORDS = (
    "twenties",
    "thirties",
    "forties",
    "fifties",
    "sixties",
    "seventies",
    "eighties",
    "nineties",
)

ONES = _UNITS_1_9
_TEENS = (
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
)
_SMALL = dict(
    [(w, i + 1) for i, w in enumerate(_UNITS_1_9)]
    + [(w, i + 10) for i, w in enumerate(_TEENS)]
    + [(w, 10 * (i + 2)) for i, w in enumerate(_TENS)]
)


def spelled_year_pattern() -> str:
    """Regex for a year spelled out as broadcast transcripts write it ("nineteen ninety-six",
    "two thousand", "two thousand and one")."""
    ones, teens, tens = "|".join(_UNITS_1_9), "|".join(_TEENS), "|".join(_TENS)
    two = rf"(?:(?:{tens})(?:[\s-]+(?:{ones}))?|{teens}|oh[\s-]+(?:{ones}))"
    return (
        rf"(?i:(?:eighteen|nineteen|twenty)[\s-]+{two}|two\s+thousand"
        rf"(?:(?:\s+and)?[\s-]+(?:{two}|{ones}))?)"
    )


def spelled_year(text: str) -> int | None:
    """The year a spelled-out year names ("nineteen ninety-six" -> 1996), else None."""
    words = [w for w in re.split(r"[\s-]+", text.lower()) if w and w != "and"]
    if words[:2] == ["two", "thousand"]:
        rest = words[2:]
        base = 2000
    elif words and words[0] in ("eighteen", "nineteen", "twenty"):
        rest = words[1:]
        base = _SMALL[words[0]] * 100
    else:
        return None
    if rest[:1] == ["oh"]:
        rest = rest[1:]
    total = sum(_SMALL.get(w, 0) for w in rest)
    if any(w not in _SMALL for w in rest) or total > 99:
        return None
    return base + total


def number_value(text: str) -> float | None:
    """The value of a number phrase ("two", "twenty-five", "48", "a few" -> None for vague)."""
    t = " ".join(text.lower().replace("-", " - ").split()).replace(" - ", "-")
    if re.fullmatch(r"\d+(?:\.\d+)?", t.replace(",", "")):
        return float(t.replace(",", ""))
    nums = lexicon().numbers
    if t in nums:
        return None if nums[t] == "X" else float(nums[t])
    if re.fullmatch(r"[a-z]+ [a-z]+", t) and t.split()[0] in _TENS:
        t = t.replace(" ", "-")  # "twenty four"
    if "-" in t:
        tens, _, unit = t.partition("-")
        if tens in nums and unit in nums and nums[tens] != "X" and nums[unit] != "X":
            return float(nums[tens]) + float(nums[unit])
    return None


def number_pattern() -> str:
    """Regex for a number phrase: digits, number words, compound tens, vague amounts."""
    lex = lexicon()
    compound = f"(?:{'|'.join(_TENS)})[-\\s](?:{'|'.join(_UNITS_1_9)})"
    return f"(?i:{compound}|\\d{{1,3}}(?:,\\d{{3}})+|\\d+(?:\\.\\d+)?|{_body(lex.numbers)})"
