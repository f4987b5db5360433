"""perf35: the framing tagger's sentence heat and quotation flags (framing._features._rows) read
as columns; values by hand from VADER's ratings and the quotation marks."""

from __future__ import annotations

from spacy.tokens import Doc


def test_framing_heat_and_quoted_columns(bare_nlp) -> None:  # type: ignore[no-untyped-def]
    from newsgraph.nlp.framing._features import _rows

    # 'They call it a "horrible disaster". It was calm and nice.': VADER rates horrible -2.5,
    # disaster -3.1, nice 1.8 (strong: |v| >= 1.5), calm 1.3 (not)
    words = ["They", "call", "it", "a", '"', "horrible", "disaster", '"', ".",
             "It", "was", "calm", "and", "nice", "."]  # fmt: skip
    spaces = [True, True, True, True, False, True, False, False, True,
              True, True, True, True, False, False]  # fmt: skip
    starts = [True] + [False] * 8 + [True] + [False] * 5
    doc = Doc(bare_nlp.vocab, words=words, spaces=spaces, sent_starts=starts)
    _, heat, inside = _rows(doc)
    assert heat == ["heat=2"] * 9 + ["heat=1"] * 6
    assert inside == [False] * 5 + [True, True] + [False] * 8  # the words between the marks


def test_framing_columns_without_quotations(bare_nlp) -> None:  # type: ignore[no-untyped-def]
    from newsgraph.nlp.framing._features import _rows

    doc = Doc(bare_nlp.vocab, words=["A", "horrible", "day", "."], sent_starts=[True] + [False] * 3)
    _, heat, inside = _rows(doc)
    assert heat == ["heat=1"] * 4 and inside == [False] * 4
    empty = Doc(bare_nlp.vocab, words=[])
    assert _rows(empty)[1:] == ([], [])
