"""Loader and scorer for the hand-labelled PLOVER event gold (tests/data/events/)."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from newsgraph.eval.events_gold import (
    GOLD_COLUMNS,
    NEGATIVE_COLUMNS,
    PLOVER_TYPES,
    GoldEvent,
    GoldFileError,
    NegativeSentence,
    actor_key,
    load_gold,
    load_negatives,
    score,
    sentence_check,
)
from newsgraph.eval.splits import part_of
from tests.conftest import ROOT, shared_path

EVENTS_DIR = ROOT / "tests" / "data" / "events"

# --- a tiny ../shared stand-in ------------------------------------------------------------------

TML = (
    '<?xml version="1.0" ?>\n<TimeML>\n<DOCID>X1</DOCID>\n<TEXT>\n'
    'Rebels <EVENT eid="e1">attacked</EVENT> a convoy &amp; fled. '
    'Officials <EVENT eid="e2">said</EVENT> so.\n</TEXT>\n</TimeML>\n'
)
PLAIN = "Headline.\nThe minister met his French counterpart in Paris.\n"
LGL = (
    '<?xml version="1.0" encoding="utf-8"?>\n<articles>\n'
    '  <article docid="77"><title>t</title>'
    "<text><![CDATA[Police arrested two men. Rain fell.]]></text></article>\n</articles>\n"
)
BODY = "Markets rose. The UN condemned the strike."


def _fake_shared(tmp: Path) -> Path:
    shared = tmp / "shared"
    (shared / "data/time/tbaq/TimeBank").mkdir(parents=True)
    (shared / "data/time/tbaq/TimeBank/X1.tml").write_text(TML, encoding="utf-8")
    (shared / "data/polnear/dev/text").mkdir(parents=True)
    (shared / "data/polnear/dev/text/a.txt").write_text(PLAIN, encoding="utf-8")
    (shared / "data/geo").mkdir(parents=True)
    (shared / "data/geo/lgl.xml").write_text(LGL, encoding="utf-8")
    (shared / "data/extraction").mkdir(parents=True)
    (shared / "data/extraction/ground-truth.json").write_text(
        json.dumps({"k1": {"articleBody": BODY, "url": "u"}}), encoding="utf-8"
    )
    return shared


def _row(rid: str, corp: str, pth: str, s0: int, s1: int, sentence: str, **kw: str) -> str:
    cells = {
        "id": rid,
        "split": part_of(rid),
        "corpus": corp,
        "path": pth,
        "start": str(s0),
        "end": str(s1),
        "check": sentence_check(sentence),
        "type": "ASSAULT",
        "mode": "",
        "source_text": "",
        "source_code": "",
        "target_text": "",
        "target_code": "",
        "note": "",
    }
    cells.update(kw)
    return "\t".join(cells[c] for c in GOLD_COLUMNS)


def _write_gold(tmp: Path, rows: list[str]) -> Path:
    f = tmp / "gold.tsv"
    f.write_text(
        "# test gold\n" + "\t".join(GOLD_COLUMNS) + "\n" + "\n".join(rows) + "\n", encoding="utf-8"
    )
    return f


# The sentences, located by hand in the fixture texts above.
# TEXT content of the .tml: "\nRebels attacked a convoy & fled. Officials said so.\n"
S_TML = "Rebels attacked a convoy & fled."  # chars 1..33
S_PLAIN = "The minister met his French counterpart in Paris."  # chars 10..59
S_LGL = "Police arrested two men."  # chars 0..24
S_BODY = "The UN condemned the strike."  # chars 14..42


def test_round_trip_resolves_sentences_from_every_corpus(tmp_path: Path) -> None:
    shared = _fake_shared(tmp_path)
    f = _write_gold(
        tmp_path,
        [
            _row(
                "t-1",
                "tbaq",
                "data/time/tbaq/TimeBank/X1.tml",
                1,
                33,
                S_TML,
                mode="explosives;firearms",
                source_text="Rebels",
                source_code="SYRREB",
                note="a note",
            ),
            _row(
                "t-2",
                "polnear",
                "data/polnear/dev/text/a.txt",
                10,
                59,
                S_PLAIN,
                type="CONSULT",
                mode="visit",
                source_text="The minister",
                source_code="DEUGOV",
                target_text="his French counterpart",
                target_code="FRAGOV",
            ),
            _row(
                "t-3",
                "lgl",
                "data/geo/lgl.xml#77",
                0,
                24,
                S_LGL,
                type="COERCE",
                mode="arrest",
                source_text="Police",
                source_code="USACOP",
            ),
            _row(
                "t-4",
                "extraction",
                "data/extraction/ground-truth.json#k1",
                14,
                42,
                S_BODY,
                type="ACCUSE",
                mode="disapprove",
                source_text="The UN",
                source_code="IGOUNO",
            ),
        ],
    )
    gold = load_gold(f, shared)
    assert [g.sentence for g in gold] == [S_TML, S_PLAIN, S_LGL, S_BODY]
    first = gold[0]
    assert first.modes == ("explosives", "firearms")
    assert (first.source_text, first.source_code, first.note) == ("Rebels", "SYRREB", "a note")
    assert gold[1].target_code == "FRAGOV" and gold[1].type == "CONSULT"
    assert [g.split for g in gold] == [part_of(f"t-{i}") for i in range(1, 5)]
    # the folder form finds gold.tsv too
    assert [g.id for g in load_gold(tmp_path, shared)] == ["t-1", "t-2", "t-3", "t-4"]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"check": "0000000000"}, "the corpus or the offsets changed"),
        ({"type": "ATTACK"}, "unknown PLOVER type 'ATTACK'"),
        ({"mode": "visit"}, "mode 'visit' is not a PLOVER mode of ASSAULT"),
        ({"source_text": "Soldiers", "source_code": "SYRMIL"}, "does not occur in the sentence"),
        ({"source_code": "SYRMIL"}, "given without source_text"),
        ({"source_text": "Rebels", "source_code": "syr-reb"}, "not a CAMEO-style code"),
        ({"split": "tune" if part_of("t-1") == "check" else "check"}, "disagrees with sha1(id)"),
        ({"end": "9999"}, "run past the end"),
        ({"start": "x"}, "start/end must be integers"),
        ({"corpus": "wiki"}, "unknown corpus 'wiki'"),
    ],
)
def test_malformed_row_names_file_and_line(
    tmp_path: Path, change: dict[str, str], message: str
) -> None:
    shared = _fake_shared(tmp_path)
    good = _row("t-0", "tbaq", "data/time/tbaq/TimeBank/X1.tml", 1, 33, S_TML)
    bad = _row("t-1", "tbaq", "data/time/tbaq/TimeBank/X1.tml", 1, 33, S_TML, **change)
    f = _write_gold(tmp_path, [good, bad])
    with pytest.raises(GoldFileError) as err:
        load_gold(f, shared)
    # header on line 2, the bad row is the second data row: line 4
    assert f"{f}:4:" in str(err.value)
    assert message in str(err.value)
    assert isinstance(err.value, ValueError)


def test_wrong_cell_count_and_missing_document(tmp_path: Path) -> None:
    shared = _fake_shared(tmp_path)
    short = "t-1\ttune\ttbaq"
    f = _write_gold(tmp_path, [short])
    with pytest.raises(
        GoldFileError, match=r"gold\.tsv:3: expected 14 tab-separated cells, found 3"
    ):
        load_gold(f, shared)
    gone = _row("t-2", "polnear", "data/polnear/dev/text/nope.txt", 0, 5, "Headl")
    f = _write_gold(tmp_path, [gone])
    with pytest.raises(GoldFileError, match=r"gold\.tsv:3: cannot read polnear document"):
        load_gold(f, shared)


def test_negatives_round_trip_and_errors(tmp_path: Path) -> None:
    shared = _fake_shared(tmp_path)
    hand = "The market crashed on Monday."

    def neg(rid: str, **kw: str) -> str:
        cells = dict.fromkeys(NEGATIVE_COLUMNS, "")
        cells.update(id=rid, split=part_of(rid), domain="finance")
        cells.update(kw)
        return "\t".join(cells[c] for c in NEGATIVE_COLUMNS)

    rows = [
        neg("n-1", corpus="handwritten", text=hand, check=sentence_check(hand)),
        neg(
            "n-2",
            corpus="lgl",
            path="data/geo/lgl.xml#77",
            start="25",
            end="35",
            check=sentence_check("Rain fell."),
            domain="weather",
        ),
    ]
    f = tmp_path / "negatives.tsv"
    f.write_text("\t".join(NEGATIVE_COLUMNS) + "\n" + "\n".join(rows) + "\n", encoding="utf-8")
    negs = load_negatives(tmp_path, shared)
    assert [(n.sentence, n.domain, n.start) for n in negs] == [
        (hand, "finance", None),
        ("Rain fell.", "weather", 25),
    ]
    # a corpus row must not carry the corpus text
    rows[1] = rows[1].replace("\t\tweather", "\tRain fell.\tweather")
    f.write_text("\t".join(NEGATIVE_COLUMNS) + "\n" + "\n".join(rows) + "\n", encoding="utf-8")
    with pytest.raises(GoldFileError, match=r"negatives\.tsv:3: corpus rows give offsets"):
        load_negatives(f, shared)


# --- scorer -----------------------------------------------------------------------------------


def _gold(rid: str, etype: str, src: str = "", tgt: str = "") -> GoldEvent:
    return GoldEvent(
        id=rid,
        split="check",
        corpus="polnear",
        path="p",
        start=0,
        end=1,
        sentence="x",
        type=etype,
        modes=(),
        source_text="s" if src else "",
        source_code=src,
        target_text="t" if tgt else "",
        target_code=tgt,
        note="",
    )


def _neg(rid: str) -> NegativeSentence:
    return NegativeSentence(rid, "check", "handwritten", "", None, None, "x", "sport", "")


def test_actor_key() -> None:
    assert actor_key("USAGOV") == "USA"
    assert actor_key("SYR") == "SYR"
    assert actor_key("IGOUNOHLHWHO") == "IGOUNO"
    assert actor_key("IGOWSTNAT") == "IGOWST"
    assert actor_key("NGOHRIAMN") == "NGOHRI"
    assert actor_key("") == ""


def test_score_arithmetic_by_hand() -> None:
    gold = [
        _gold("g1", "ASSAULT", "SYRMIL", "SYRREB"),
        _gold("g2", "ACCUSE", "USAGOV", "RUSGOV"),
        _gold("g3", "CONSULT", "FRAGOV"),
        _gold("g4", "PROTEST"),
    ]
    pred = {
        # g1: right type (first ASSAULT: source SYR ok, target USA wrong) + an extra COERCE
        "g1": [
            ("ASSAULT", "SYRGOV", "USAMIL"),
            ("COERCE", "", ""),
            ("ASSAULT", "SYRMIL", "SYRREB"),
        ],
        # g2: right type, source right, target empty -> wrong
        "g2": [("ACCUSE", "USALEG", "")],
        # g3: wrong type only
        "g3": [("SUPPORT", "FRAGOV", "")],
        # g4: nothing predicted
        "n1": [("ASSAULT", "", "")],
        "n2": [],
    }
    s = score(pred, gold, [_neg("n1"), _neg("n2"), _neg("n3")])
    # matched g1, g2 -> recall 2/4; distinct predicted types: g1 {ASSAULT, COERCE}, g2 {ACCUSE},
    # g3 {SUPPORT} -> 4 -> precision 2/4
    assert (s.matched, s.predicted, s.n_gold) == (2, 4, 4)
    assert s.recall == pytest.approx(0.5)
    assert s.precision == pytest.approx(0.5)
    assert s.f1 == pytest.approx(0.5)
    # sources with a gold code on matched sentences: g1 (SYR==SYR), g2 (USA==USA) -> 2/2
    assert (s.source_correct, s.source_total) == (2, 2)
    # targets: g1 SYR vs USA wrong, g2 RUS vs "" wrong -> 0/2
    assert (s.target_correct, s.target_total) == (0, 2)
    # negatives: only n1 has an event -> 1/3
    assert (s.negatives_with_event, s.negatives) == (1, 3)
    assert s.false_positive_rate == pytest.approx(1 / 3)
    assert s.per_type["ASSAULT"].gold == 1 and s.per_type["ASSAULT"].matched == 1
    assert s.per_type["SUPPORT"].predicted == 1 and s.per_type["SUPPORT"].matched == 0
    assert s.per_type["CONSULT"].recall == 0.0
    assert s.as_dict()["target_country"] == "0/2"


def test_score_empty_prediction_is_zero_not_error() -> None:
    s = score({}, [_gold("g1", "AID", "USAGOV")], [_neg("n1")])
    assert (s.precision, s.recall, s.f1, s.false_positive_rate) == (0.0, 0.0, 0.0, 0.0)
    assert s.source_total == 0


# --- the real files ---------------------------------------------------------------------------


def test_real_gold_and_negatives_load_against_shared() -> None:
    shared = shared_path("data")
    gold = load_gold(EVENTS_DIR, shared.parent)
    negs = load_negatives(EVENTS_DIR, shared.parent)
    assert len(gold) >= 320
    assert len(negs) >= 170
    types = Counter(g.type for g in gold)
    assert set(types) == set(PLOVER_TYPES)
    assert min(types.values()) >= 7
    assert all(g.source_text in g.sentence and g.target_text in g.sentence for g in gold)
    # both halves are used and neither is tiny
    splits = Counter(g.split for g in gold)
    assert min(splits.values()) >= 0.4 * len(gold)
    hand = [n for n in negs if n.corpus == "handwritten"]
    assert 0.3 * len(negs) <= len(hand) <= 0.7 * len(negs)
    assert len({g.sentence for g in gold}) == len(gold)
    assert not {g.sentence for g in gold} & {n.sentence for n in negs}
