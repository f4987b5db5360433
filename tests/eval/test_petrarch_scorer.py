"""The PETRARCH-suite scorer on tiny hand-made inputs, with hand-computed numbers."""

from __future__ import annotations

from pathlib import Path

from newsgraph.eval.petrarch import Record, dyads, read_conversion, read_records, score, to_plover
from newsgraph.model import Actor, Event, Span

TABLE_TEXT = """# toy conversion table
03: AGREE
030: AGREE,  , diplomatic # Express intent to cooperate
04: CONSULT
040: CONSULT, ,  # Consult
19: ASSAULT
190: ASSAULT, , military # Use conventional military force
"""


def _actor(code: str | None) -> Actor:
    return Actor(None, Span(0, 1, "x"), code, None, None)


def _event(etype: str, sources: list[str], targets: list[str], *, negated: bool = False) -> Event:
    return Event(
        id="e",
        type=etype,
        mode=None,
        quad=1,
        cameo="040",
        trigger=Span(0, 1, "x"),
        sources=[_actor(c) for c in sources],
        targets=[_actor(c) for c in targets],
        place=None,
        time=None,
        negated=negated,
        hypothetical=False,
        background=False,
        reported_by=None,
        sentence=0,
        confidence=0.5,
        rule="t",
    )


def test_conversion(tmp_path: Path) -> None:
    p = tmp_path / "t.txt"
    p.write_text(TABLE_TEXT, encoding="utf-8")
    table = read_conversion(p)
    assert to_plover("040", table) == "CONSULT"
    assert to_plover("0311", table) == "AGREE"  # via the 2-digit cue category
    assert to_plover("023", table) == ""  # appeals: dropped by PLOVER
    assert to_plover("903", table) is None  # not CAMEO
    assert to_plover("023?", table) is None


def test_dyads_reciprocal_and_negated() -> None:
    evs = [_event("CONSULT", ["GON", "OSG"], []), _event("AGREE", ["ARN"], ["GON"], negated=True)]
    assert dyads(evs) == {("GON", "CONSULT", "OSG"), ("OSG", "CONSULT", "GON")}
    assert dyads([_event("ASSAULT", ["---MIL"], ["A", "B"])]) == {
        ("MIL", "ASSAULT", "A"),
        ("MIL", "ASSAULT", "B"),
    }


def test_score_hand_computed() -> None:
    r1 = Record("1", "DEMO", "", "", [("ARN", "CONSULT", "GON")])
    r2 = Record("2", "DEMO", "", "", [])  # no gold event
    r3 = Record("3", "VERB", "", "", [("A", "ASSAULT", "B"), ("A", "AGREE", None)])
    pairs = [
        (r1, [_event("CONSULT", ["ARN"], ["GON"])]),  # right
        (r2, [_event("AGREE", ["X"], [])]),  # false positive
        (r3, [_event("ASSAULT", ["A"], ["C"])]),  # right type, wrong target; AGREE missed
    ]
    m = score(pairs)
    # detection: TP 2 (r1, r3), FP 1 (r2), FN 0
    assert m["detection_precision"] == round(2 / 3, 4) and m["detection_recall"] == 1.0
    assert m["detection_f1"] == 0.8
    # types: TP CONSULT, ASSAULT = 2; FP AGREE(r2) = 1; FN AGREE(r3) = 1 -> P = R = F = 2/3
    assert m["type_f1"] == round(2 / 3, 4)
    # triples: TP 1; FP (X,AGREE,None), (A,ASSAULT,C) = 2; FN 2 -> P = R = 1/3
    assert m["triple_precision"] == round(1 / 3, 4) and m["triple_f1"] == round(1 / 3, 4)
    # per category: VERB has one sentence, type TP 1 FP 0 FN 1 -> P 1, R .5, F 2/3
    assert m["verb_sentences"] == 1
    assert m["verb_type_precision"] == 1.0 and m["verb_type_recall"] == 0.5


def test_read_records_skips_and_drops(tmp_path: Path) -> None:
    table = {"04": "CONSULT", "040": "CONSULT"}
    xml = """<Validation><Sentences>
<Sentence date="19950102" id="A-1" category="DEMO"><EventCoding sourcecode="ARN" targetcode="---"
 eventcode="040"></EventCoding><Text>Arnor met.</Text></Sentence>
<Sentence date="19950102" id="A-2" category="DEMO"><EventCoding sourcecode="ARN" targetcode="GON"
 eventcode="023"></EventCoding><Text>Arnor appealed.</Text></Sentence>
<Sentence date="19950102" id="A-3" category="DEMO"><EventCoding sourcecode="ARN" targetcode="GON"
 eventcode="903"></EventCoding><Text>Arnor did a test.</Text></Sentence>
<Sentence date="19950102" id="A-4" category="ERROR"><EventCoding error="dateline"></EventCoding>
<Text>Bad.</Text></Sentence>
</Sentences></Validation>"""
    p = tmp_path / "r.xml"
    p.write_text(xml, encoding="utf-8")
    records, skipped = read_records(p, table)
    assert [r.id for r in records] == ["A-1", "A-2"]
    assert records[0].gold == [("ARN", "CONSULT", None)] and records[0].date == "1995-01-02"
    assert records[1].gold == []  # the appeal is dropped: a no-event sentence
    assert skipped == {"non_cameo_code": 1, "error_record": 1}
