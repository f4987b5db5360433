"""Demonyms of countries whose names have two or more words, formed from the name itself
("Puerto Rico" -> "Puerto Rican", "New Zealand" -> "New Zealander", "El Salvador" -> "El
Salvadoran", "Papua New Guinea" -> "Papua New Guinean", "Cabo Verde" -> "Cabo Verdean").

The shared lexicon lists most one-word demonyms ("Syrian") and some two-word ones ("Sri
Lankan", "Costa Rican"); the rest were read as nothing or as their last word ("Salvadoran").
Forms are made only from multi-word names: the whole name stays in the form, so a form cannot
be another word ("Niger" + "ian" is a real demonym of another country; "El Salvador" + "an"
is no other word). Plurals ("Puerto Ricans", "New Zealanders") are the caller's: it strips a
final "s".
"""

from __future__ import annotations

from newsgraph.nlp.places.gazetteer import Gazetteer, norm

# names that are no single people's land: their forms would be no demonym anyone writes
_SKIP_WORDS = frozenset({"and", "of", "the", "islands", "island", "republic", "territory"})

_cache: dict[str, dict[str, str]] = {}


def _forms(name: str) -> list[str]:
    """The suffixed forms of one multi-word country name."""
    last = name[-1].lower()
    if last in "aeiou":
        stem = name[:-1]
        return [name + "n", stem + "an", stem + "ean"]  # Guinean, Rican, Verdean
    return [name + "an", name + "er", name + "ese", name + "ian"]  # Salvadoran, Zealander


def derived_demonyms(gaz: Gazetteer) -> dict[str, str]:
    """norm(form) -> ISO alpha-2 for the forms of the gazetteer's multi-word country names."""
    key = str(getattr(gaz, "path", id(gaz)))
    table = _cache.get(key)
    if table is None:
        table = {}
        for cc in sorted(gaz._countries):
            row = gaz.country(cc)
            name = row.name.strip() if row is not None else ""
            words = name.lower().split()
            if len(words) < 2 or any(w in _SKIP_WORDS for w in words) or not name.isascii():
                continue
            for form in _forms(name):
                table.setdefault(norm(form), cc)
        _cache[key] = table
    return table
