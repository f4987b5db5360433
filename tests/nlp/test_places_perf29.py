"""perf29: "<Capital>-<Capital>" pairs are found by a pattern without its look-behind, the
preceding character tested by hand; the matches are those of the look-behind pattern."""

from __future__ import annotations

import re

from newsgraph.nlp.places._hyphen_demonyms import _pairs

# the pattern as it was before perf29 (the reference the new search must agree with)
_OLD = re.compile(r"(?<![\w’'-])([A-Z][a-z]+)-([A-Z][a-z]+)(?![\w’'-]|-[A-Z])")


def _found(text: str) -> list[str]:
    return [m.group(0) for m in _pairs(text)]


def test_pairs_after_a_word_character_or_mark_are_skipped() -> None:
    text = (
        "Sino-Soviet talks, aMexican-American ties, the Russian-Chinese pact, "
        "'Iranian-German' deals, Israeli-Palestinian-Jordanian."
    )
    # "aMexican": after a letter; "'Iranian": after an apostrophe; the three-part chain:
    # followed by "-J", and its second part follows a hyphen
    assert _found(text) == ["Sino-Soviet", "Russian-Chinese"]
    assert _found(text) == [m.group(0) for m in _OLD.finditer(text)]


def test_control_pairs_at_the_start_and_after_spaces_or_brackets() -> None:
    text = "Russian-American (Israeli-Egyptian) and African-american"
    assert _found(text) == ["Russian-American", "Israeli-Egyptian"]
    assert [(m.span(1), m.span(2)) for m in _pairs(text)] == [
        ((0, 7), (8, 16)),
        ((18, 25), (26, 34)),
    ]
