"""perf35: the time grammar's trigger words found in the text by one scan of its words (each
trigger word then searched where it stands) rather than by indexing every word of the text."""

from __future__ import annotations

from newsgraph.nlp.times._grammar import candidates, select


def test_every_rules_trigger_words_in_one_set() -> None:
    from newsgraph.nlp.times._grammar import _all_trigger_words

    words = _all_trigger_words()
    # a weekday, a month, a unit of duration: the weekday, date and duration rules' triggers
    assert {"monday", "january", "years"} <= words
    assert "officials" not in words


def test_control_triggers_found_as_whole_words() -> None:
    text = "Talks resume on Monday, officials said on 3 January 2016."
    spans = [(c.start, c.end) for c in select(candidates(text))]
    # "Monday" is text[16:22], "3 January 2016" text[42:56]
    assert any(a <= 16 and b >= 22 for a, b in spans)
    assert any(a <= 42 and b >= 56 for a, b in spans)
    assert not any(a < 33 and b > 24 for a, b in spans)  # "officials": no time
    # a trigger word inside a longer run of letters triggers nothing
    assert select(candidates("Mondaynight talks")) == []
