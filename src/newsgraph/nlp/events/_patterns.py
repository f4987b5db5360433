"""Event trigger patterns (resource files) and the CAMEO/PLOVER tables the event coder uses."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Token

from newsgraph import datafiles
from newsgraph.nlp.events.dictionaries import VerbEntry

PLOVER_TYPES = (
    "AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT THREATEN "
    "PROTEST SANCTION MOBILIZE COERCE ASSAULT"
).split()

_DICT_PREPS = frozenset({"with", "against", "on", "to", "for", "between"})
_VERB_POS = {"VERB", "AUX"}
_NOUN_POS = {"NOUN", "PROPN"}


@dataclass(frozen=True, slots=True)
class Pattern:
    """One trigger pattern: a lemma (plus an optional dependent) -> PLOVER type, mode, CAMEO."""

    name: str
    pos: str  # "V" or "N"
    lemma: str
    with_: frozenset[str]
    type: str
    mode: str | None
    cameo: str
    targets: frozenset[str]
    context: str | None
    reciprocal: bool
    compound: str | None = None  # "source"/"target": applies only when that actor is coordinated


def _resource_text(name: str) -> str:
    return datafiles.text(f"events/{name}")


def _rows(text: str) -> Iterable[list[str]]:
    for line in text.splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            yield [c.strip() for c in line.split("\t")]


def _opt(value: str) -> str | None:
    return None if value in ("", "-") else value


def _set(value: str) -> frozenset[str]:
    return frozenset() if value in ("", "-") else frozenset(v.lower() for v in value.split("|"))


def parse_patterns(text: str, *, origin: str = "<patterns>") -> list[Pattern]:
    """Patterns from the text of a pattern file (format: see resources/event_patterns.tsv)."""
    out: list[Pattern] = []
    for n, row in enumerate(_rows(text), 1):
        if len(row) < 7:
            raise ValueError(
                f"{origin}: pattern row {n} has {len(row)} columns; expected at least 7 "
                "(name, pos, lemma, with, type, mode, cameo[, targets, context, options])"
            )
        row = row + ["-"] * (10 - len(row))
        name, pos, lemma, with_, etype, mode, cameo, targets, context, options = row[:10]
        if etype not in PLOVER_TYPES:
            raise ValueError(f"{origin}: pattern {name!r} has unknown PLOVER type {etype!r}")
        if pos not in ("V", "N"):
            raise ValueError(f"{origin}: pattern {name!r} has pos {pos!r}; use V or N")
        out.append(
            Pattern(
                name=name,
                pos=pos,
                lemma=lemma.lower(),
                with_=_set(with_),
                type=etype,
                mode=_opt(mode),
                cameo=cameo,
                targets=_set(targets),
                context=_opt(context),
                reciprocal="reciprocal" in options.split("|"),
            )
        )
    return out


@lru_cache(maxsize=1)
def builtin_patterns() -> tuple[Pattern, ...]:
    return tuple(parse_patterns(_resource_text("event_patterns.tsv"), origin="event_patterns.tsv"))


def load_patterns(paths: Iterable[str | Path]) -> list[Pattern]:
    """Read user pattern files (same format as resources/event_patterns.tsv)."""
    out: list[Pattern] = []
    for p in paths:
        path = Path(p)
        out.extend(parse_patterns(path.read_text(encoding="utf-8"), origin=str(path)))
    return out


def patterns_from_verbs(
    entries: Iterable[VerbEntry], to_plover: Callable[[str], str | None]
) -> list[Pattern]:
    """Trigger patterns from a PETRARCH verb dictionary (codes converted to PLOVER types);
    entries whose code has no PLOVER type are left out."""
    out: list[Pattern] = []
    for e in entries:
        ptype = to_plover(e.code)
        if not ptype:
            continue
        out.append(
            Pattern(
                name=f"verbs.{e.lemma}" + (f"_{e.word}" if e.word else ""),
                pos="V",
                lemma=e.lemma,
                with_=frozenset({e.word}) if e.word else frozenset(),
                type=ptype,
                mode=None,
                cameo=e.code,
                targets=_DICT_PREPS,
                context=None,
                reciprocal=False,
                compound=e.compound,
            )
        )
    return out


@lru_cache(maxsize=1)
def plover_quads() -> dict[str, int]:
    return {row[0]: int(row[1]) for row in _rows(_resource_text("plover_types.tsv"))}


@lru_cache(maxsize=1)
def goldstein() -> dict[str, float]:
    """CAMEO code -> Goldstein score (resources/event_cameo.tsv)."""
    return {row[0]: float(row[1]) for row in _rows(_resource_text("event_cameo.tsv"))}


def goldstein_of(cameo: str) -> float | None:
    """Goldstein score of a CAMEO code, falling back to its 3- and 2-digit parents' "0" code."""
    table = goldstein()
    for code in (cameo, cameo[:3], cameo[:2] + "0"):
        if code in table:
            return table[code]
    return None


class PatternIndex:
    """Patterns indexed by (pos, lemma) for a fast per-token lookup."""

    def __init__(self, patterns: Iterable[Pattern]) -> None:
        self._by: dict[tuple[str, str], list[Pattern]] = {}
        for p in patterns:
            self._by.setdefault((p.pos, p.lemma), []).append(p)
        # patterns with a compound or "with" constraint first; later files override earlier
        for key, pats in self._by.items():
            self._by[key] = sorted(reversed(pats), key=lambda p: (p.compound is None, not p.with_))

    def match(self, token: Token) -> tuple[Pattern, Token | None] | None:
        """The pattern a token triggers and the dependent that satisfied its "with", if any."""
        if token.pos_ in _VERB_POS:
            pos = "V"
        elif token.pos_ in _NOUN_POS:
            pos = "N"
        else:
            return None
        pats = self._by.get((pos, token.lemma_.lower()))
        if not pats:
            return None
        for p in pats:
            if p.compound == "source" and not _compound_subject(token):
                continue
            if not p.with_:
                return p, None
            dep = _dependent_with(token, p.with_)
            if dep is not None and (p.compound != "target" or _compound_object(dep)):
                return p, dep
        return None


def _compound_subject(verb: Token) -> bool:
    """Whether the verb's subject is coordinated ("Gondor and Osgiliath agree")."""
    return any(
        c.dep_ in ("nsubj", "nsubjpass") and any(g.dep_ == "conj" for g in c.children)
        for c in verb.children
    )


def _compound_object(word: Token) -> bool:
    """Whether the object of a pattern's word is coordinated ("with Arnor and Gondor")."""
    heads = [word, *(c for c in word.children if c.dep_ == "pobj")]
    return any(any(g.dep_ == "conj" for g in h.children) for h in heads)


def _dependent_with(token: Token, lemmas: frozenset[str]) -> Token | None:
    for child in token.children:
        if child.lemma_.lower() in lemmas or child.lower_ in lemmas:
            return child
        if child.dep_ in ("prep", "dobj", "prt", "agent"):
            for grand in child.children:
                if grand.dep_ in ("pobj", "compound", "amod") and (
                    grand.lemma_.lower() in lemmas or grand.lower_ in lemmas
                ):
                    return grand
    if token.dep_ in ("dobj", "pobj", "nsubjpass") and token.head.lemma_.lower() in lemmas:
        return token.head
    return None
