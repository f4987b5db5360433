"""The TimeML reader and TempEval-3 arithmetic, on a hand-made document."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph.errors import InputError
from newsgraph.eval import timeml

DOC = """<?xml version="1.0" ?>
<TimeML>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-07">1998-08-07</TIMEX3></DCT>
<TEXT>
Bombs hit <TIMEX3 type="DATE" value="1998-08-07">Friday</TIMEX3> in Nairobi &amp; Dar.
Talks began <TIMEX3 tid="t2" type="DATE" value="1998-07">last month</TIMEX3>.
</TEXT>
</TimeML>
"""


def test_reader_strips_tags_and_keeps_offsets(tmp_path: Path):
    f = tmp_path / "a.tml"
    f.write_text(DOC, encoding="utf-8")
    doc = timeml.read_doc(f)
    assert doc.dct == "1998-08-07"
    assert "<" not in doc.text and "Nairobi & Dar." in doc.text
    assert [(doc.text[t.start : t.end], t.type, t.value) for t in doc.timexes] == [
        ("Friday", "DATE", "1998-08-07"),
        ("last month", "DATE", "1998-07"),
    ]


def test_broken_file_is_one_named_error(tmp_path: Path):
    f = tmp_path / "bad.tml"
    f.write_text("<TimeML><TEXT>unclosed", encoding="utf-8")
    with pytest.raises(InputError, match="bad.tml"):
        timeml.read_doc(f)
    with pytest.raises(InputError, match="no .tml files"):
        timeml.read_folder(tmp_path / "nothing")


@pytest.mark.model
def test_measures_on_a_small_document(tmp_path: Path):
    (tmp_path / "a.tml").write_text(DOC, encoding="utf-8")
    m = timeml.evaluate(tmp_path)
    # checked by hand: "Friday" in a story dated Friday 1998-08-07 is that day, "last month"
    # is 1998-07; both spans are the gold's own
    assert (m["gold"], m["predicted"]) == (2, 2)
    assert m["strict_f1"] == m["relaxed_f1"] == 1.0
    assert m["type_f1"] == m["value_f1"] == 1.0


def test_attribute_f1_counts_only_right_attributes(tmp_path: Path, monkeypatch):
    (tmp_path / "a.tml").write_text(DOC, encoding="utf-8")

    class _Pred:
        def __init__(self, start, end, type_, value):
            self.span = type("S", (), {"start": start, "end": end})()
            self.type, self.value = type_, value
            self.rule, self.interval = "weekday", None

    doc = timeml.read_doc(tmp_path / "a.tml")
    friday = doc.timexes[0]
    preds = [_Pred(friday.start, friday.end + 3, "DATE", "1998-08-06")]  # overlaps, wrong value

    class _Doc:
        class _:  # noqa: N801
            ng_published = None
            ng_times = preds

    class _Nlp:
        pipeline: list = []

        def make_doc(self, text):
            return _Doc()

    m = timeml.evaluate(tmp_path, nlp=_Nlp())
    assert (m["strict_f1"], m["relaxed_p"], m["relaxed_r"]) == (0.0, 1.0, 0.5)
    assert m["type_f1"] == round(2 * 1.0 * 0.5 / 1.5, 4)
    assert m["value_f1"] == 0.0 and m["value_accuracy"] == 0.0


def test_durations_in_other_units_are_the_same_value():
    assert timeml._same_value("P2DE", "P20Y") and timeml._same_value("P1DE", "P10Y")
    assert timeml._same_value("P3Q", "P9M") and timeml._same_value("P1CE", "P100Y")
    assert not timeml._same_value("P2DE", "P2Y")
    assert not timeml._same_value("PT24H", "P1D")  # clock hours stay as written
    assert not timeml._same_value(None, "P1Y")


def test_same_value_in_other_notations():
    # TimeML and TIDES spellings of one value compare equal; different granularities do not
    assert timeml._same_value("2000-W07", "2000-W7")
    assert timeml._same_value("199", "199X")
    assert timeml._same_value("P2DE", "P20Y")
    assert not timeml._same_value("1949", "1949-XX")
    assert not timeml._same_value("2000-W07", "2000-W17")


def test_ranges_and_since_are_read_as_timeml_spans():
    text = "Sales fell from 1991 to 1997 and have grown since 1999."

    class _Ref:
        def __init__(self, start, end, rule, value, interval):
            self.span = type("S", (), {"start": start, "end": end})()
            self.type, self.value, self.rule, self.interval = "DATE", value, rule, interval

    rng = _Ref(11, 28, "range", "1991/1997", {"from": "1991", "to": "1997"})
    since = _Ref(44, 54, "year+since", "1999", {"from": "1999", "to": None})
    parts = timeml.timeml_view(text, rng) + timeml.timeml_view(text, since)
    assert [(text[p.start : p.end], p.value) for p in parts] == [
        ("1991", "1991"),
        ("1997", "1997"),
        ("1999", "1999"),
    ]


def test_part_scores_one_half_of_the_documents(tmp_path: Path):
    # sha1("a") is even (tune), sha1("e") odd (check); both hold DOC's two gold TIMEX3s
    (tmp_path / "a.tml").write_text(DOC, encoding="utf-8")
    (tmp_path / "e.tml").write_text(DOC.replace("last month", "in July"), encoding="utf-8")

    class _Doc:
        class _:  # noqa: N801
            ng_published = None
            ng_times: list = []

    class _Nlp:
        pipeline: list = []
        texts: list[str] = []

        def make_doc(self, text):
            self.texts.append(text)
            return _Doc()

    nlp = _Nlp()
    tune = timeml.evaluate(tmp_path, nlp=nlp, part="tune")
    assert (tune["documents"], tune["gold"], tune["part"]) == (1, 2, "tune")
    assert "last month" in nlp.texts[-1]
    check = timeml.evaluate(tmp_path, nlp=nlp, part="check")
    assert (check["documents"], check["part"]) == (1, "check")
    assert "in July" in nlp.texts[-1]
    assert timeml.evaluate(tmp_path, nlp=nlp)["documents"] == 2
    with pytest.raises(ValueError, match="part"):
        timeml.evaluate(tmp_path, nlp=nlp, part="dev")


def test_error_categories():
    t = timeml.Timex
    p = timeml._Pred
    # worked out by hand from the category definitions
    assert timeml.error_kind("missed", None, t(0, 3, "DATE", "PAST_REF")) == "missed: vague"
    assert timeml.error_kind("spurious", p(0, 3, "DATE", "1998"), None) == "spurious"
    assert timeml.error_kind("type", p(0, 3, "TIME", "X"), t(0, 3, "DATE", "X")) == (
        "type: TIME for DATE"
    )
    assert timeml.error_kind("notation", p(0, 3, "DATE", "199"), t(0, 3, "DATE", "199X")) == (
        "value: notation (right in value_f1, wrong in value_f1_te3)"
    )
    value = [
        (p(0, 3, "DATE", "PAST_REF"), t(0, 3, "DURATION", "PXY"), "value: vague reference"),
        (p(0, 3, "DURATION", "P1Y"), t(0, 3, "DATE", "1997"), "value: date vs duration"),
        (p(0, 3, "DATE", "1994"), t(0, 3, "DATE", "1994-XX-XX"), "value: gold underspecified"),
        (p(0, 3, "TIME", "2000-01-07TNI"), t(0, 3, "DATE", "2000-01-07"), "value: granularity"),
        (p(0, 3, "DATE", "1990-08-14"), t(0, 3, "DATE", "1990-08-07"), "value: anchor or tense"),
    ]
    for pred, gold, kind in value:
        assert timeml.error_kind("value", pred, gold) == kind


def test_errors_lists_each_disagreement(tmp_path: Path):
    (tmp_path / "a.tml").write_text(DOC, encoding="utf-8")
    doc = timeml.read_doc(tmp_path / "a.tml")
    friday = doc.timexes[0]

    class _Ref:
        def __init__(self, start, end, value):
            self.span = type("S", (), {"start": start, "end": end})()
            self.type, self.value, self.rule, self.interval = "DATE", value, "weekday", None

    class _Doc:
        class _:  # noqa: N801
            ng_published = None
            ng_times = [_Ref(friday.start, friday.end, "1998-08-06")]

    class _Nlp:
        pipeline: list = []

        def make_doc(self, text):
            return _Doc()

    rows = timeml.errors(tmp_path, nlp=_Nlp())
    # "Friday" valued a day off, "last month" not found
    assert [(r["category"], r["text"]) for r in rows] == [
        ("value: anchor or tense", "Friday"),
        ("missed", "last month"),
    ]


def test_relaxed_matches_pair_as_the_tempeval3_toolkit_does():
    # worked out by hand from TimeML-Normalizer's walk: an expression that begins inside one of
    # the other side's still unmatched expressions takes it; the first to begin wins
    # gold "6 a.m. ten days" [0, 15); system "6 a.m." [0, 6) and "ten days" [7, 15): the
    # toolkit pairs "6 a.m." (greedy-by-overlap would pair "ten days", 8 characters to 6)
    assert timeml.te3_pairs([(0, 6), (7, 15)], [(0, 15)]) == [(0, 0)]
    # a system span that begins before the gold one: "last Sunday" against gold "Sunday"
    assert timeml.te3_pairs([(0, 11)], [(5, 11)]) == [(0, 0)]
    # a chain: gold [0, 4), system [2, 8), gold [6, 12), system [10, 14): two matches
    assert timeml.te3_pairs([(2, 8), (10, 14)], [(0, 4), (6, 12)]) == [(0, 0), (1, 1)]
    # one system span over two gold ones matches the first only; touching spans do not overlap
    assert timeml.te3_pairs([(0, 14)], [(0, 6), (7, 14)]) == [(0, 0)]
    assert timeml.te3_pairs([(0, 6)], [(6, 10)]) == []


def test_te3_value_f1_compares_values_as_written(tmp_path: Path):
    # AQUAINT writes the seventh ISO week "2000-W7"; we write "2000-W07". TempEval-3's
    # evaluate_entities.py tests g.value == s.value, so only value_f1 (notations merged)
    # counts the match
    text = DOC.replace('value="1998-07">last month', 'value="2000-W7">this week')
    (tmp_path / "a.tml").write_text(text, encoding="utf-8")
    doc = timeml.read_doc(tmp_path / "a.tml")
    friday, week = doc.timexes

    class _Ref:
        def __init__(self, start, end, value):
            self.span = type("S", (), {"start": start, "end": end})()
            self.type, self.value, self.rule, self.interval = "DATE", value, "relunit", None

    class _Doc:
        class _:  # noqa: N801
            ng_published = None
            ng_times = [
                _Ref(friday.start, friday.end, "1998-08-07"),
                _Ref(week.start, week.end, "2000-W07"),
            ]

    class _Nlp:
        pipeline: list = []

        def make_doc(self, text):
            return _Doc()

    m = timeml.evaluate(tmp_path, nlp=_Nlp())
    assert m["value_f1"] == 1.0
    assert m["value_f1_te3"] == 0.5  # 1 right of 2 predicted and 2 gold
    rows = timeml.errors(tmp_path, nlp=_Nlp())
    assert [(r["category"], r["text"], r["gold"]) for r in rows] == [
        ("value: notation (right in value_f1, wrong in value_f1_te3)", "this week", "DATE 2000-W7")
    ]
