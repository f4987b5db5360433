"""The speaker-resolution gold: loader (tiny fixture and the real file) and scorer arithmetic."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsgraph.errors import InputError
from newsgraph.eval.speakers import (
    COLUMNS,
    GoldQuote,
    escape_cell,
    load_gold,
    names_match,
    score,
    split_of,
    unescape_cell,
)
from tests.conftest import ROOT, shared_path

HEADER = "\t".join(COLUMNS)

# Offsets below were counted by hand on these texts.
PTC_TEXT = 'Rain fell. "We will go," said Amina Diallo, the envoy.\n'
EXTRACTION_BODY = "Officials said it was over. He added more."
TML = (
    '<?xml version="1.0" ?>\n<TimeML><DOCID>x</DOCID><TEXT>\nThe <EVENT eid="e1">ministry'
    "</EVENT> said &amp; left.\n</TEXT></TimeML>\n"
)
GEOVIRUS = (
    "<articles><article><source>u</source><text>Dr Lee said so.</text></article>"
    "<article><source>u</source><text>They said no. Lee &amp; Kim agreed.</text></article>"
    "</articles>\n"
)

# sha1("q1") ends in a (even) -> tune; q2 ends in 1 -> check; q3 ends in f -> check;
# q4 ends in 8 -> tune.
ROWS = [
    'q1\ttune\tptc\ta.txt\t25\t29\t30\t42\tAmina Diallo\tperson\t"We will go,\tdirect',
    "q2\tcheck\textraction\tk1\t10\t14\t0\t9\tUNNAMED\tunnamed\tOfficials sa\tindirect",
    "q3\tcheck\ttbaq\tTimeBank/x.tml\t14\t18\t1\t13\tthe ministry\torganisation\tThe ministry",
    "q4\ttune\tgeovirus\t1\t5\t9\t0\t4\tLee; Kim\tgroup\tThey said no\tthey = pair",
]


@pytest.fixture()
def shared(tmp_path: Path) -> Path:
    root = tmp_path / "shared"
    (root / "data/framing/ptc/articles").mkdir(parents=True)
    (root / "data/framing/ptc/articles/a.txt").write_text(PTC_TEXT, encoding="utf-8")
    (root / "data/extraction").mkdir(parents=True)
    (root / "data/extraction/ground-truth.json").write_text(
        json.dumps({"k1": {"articleBody": EXTRACTION_BODY, "url": "u"}}), encoding="utf-8"
    )
    (root / "data/time/tbaq/TimeBank").mkdir(parents=True)
    (root / "data/time/tbaq/TimeBank/x.tml").write_text(TML, encoding="utf-8")
    (root / "data/geo").mkdir(parents=True)
    (root / "data/geo/geovirus.xml").write_text(GEOVIRUS, encoding="utf-8")
    return root


def _gold(tmp_path: Path, rows: list[str]) -> Path:
    path = tmp_path / "gold.tsv"
    path.write_text("# a comment\n" + HEADER + "\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_split_rule() -> None:
    assert [split_of(i) for i in ("q1", "q2", "q3", "q4")] == ["tune", "check", "check", "tune"]


def test_loader_resolves_every_corpus(tmp_path: Path, shared: Path) -> None:
    gold = load_gold(_gold(tmp_path, ROWS), shared)
    assert [q.id for q in gold] == ["q1", "q2", "q3", "q4"]
    assert [(q.cue, q.mention) for q in gold] == [
        ("said", "Amina Diallo"),
        ("said", "Officials"),
        ("said", "The ministry"),  # tags removed, text starts with the newline after <TEXT>
        ("said", "They"),
    ]
    assert gold[2].text == "\nThe ministry said & left.\n"  # entity decoded
    assert gold[3].text == "They said no. Lee & Kim agreed."  # the second <article>
    assert gold[0].doc == ("ptc", "a.txt")
    assert gold[0].check == '"We will go,'
    assert gold[1].note == "indirect" and gold[2].note == ""  # note cell may be left off
    # the directory form finds gold.tsv inside it
    assert len(load_gold(tmp_path, shared)) == 4


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("q1\ttune\tptc\ta.txt\t25\t29", "expected 12 tab-separated cells, got 6"),
        (ROWS[0].replace("q1\ttune", "q1\tcheck"), "split must be 'tune'"),
        (ROWS[0].replace('"We will go,', "Rain fell. X"), "not found just before the cue"),
        (ROWS[0].replace("\t25\t29\t", "\t25\t99\t"), "cue offsets 25:99 outside the document"),
        (ROWS[0].replace("\t25\t", "\tx\t"), "offsets must be integers"),
        (ROWS[0].replace("\tptc\t", "\tbbc\t"), "unknown corpus 'bbc'"),
        (ROWS[0].replace("a.txt", "b.txt"), "document ptc:b.txt"),
        (ROWS[3].replace("\t1\t5\t", "\t7\t5\t"), "no article '7'"),
        (ROWS[0].replace("Amina Diallo\tperson", "UNNAMED\tperson"), "UNNAMED goes with"),
        (ROWS[0].replace("\tperson\t", "\tpeople\t"), "speaker_kind 'people'"),
        (ROWS[0].replace('"We will go,', "too short"), "check must be 12 characters"),
    ],
)
def test_malformed_row_names_file_and_line(
    tmp_path: Path, shared: Path, row: str, message: str
) -> None:
    path = _gold(tmp_path, [ROWS[1], row])
    with pytest.raises(InputError) as err:
        load_gold(path, shared)
    text = str(err.value)
    assert text.startswith(f"{path}:4: "), text  # comment line 1, header 2, good row 3
    assert message in text


def test_duplicate_id_and_bad_header(tmp_path: Path, shared: Path) -> None:
    with pytest.raises(InputError, match=r"gold.tsv:4: id 'q2' already used on line 3"):
        load_gold(_gold(tmp_path, [ROWS[1], ROWS[1]]), shared)
    bad = tmp_path / "bad.tsv"
    bad.write_text("id\tsplit\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"bad.tsv:1: header must be"):
        load_gold(bad, shared)
    with pytest.raises(InputError, match="speaker gold file not found"):
        load_gold(tmp_path / "missing.tsv", shared)


def test_cell_escaping_round_trips() -> None:
    raw = 'a\tb\nc\\d"'
    assert escape_cell(raw) == 'a\\tb\\nc\\\\d"'
    assert unescape_cell(escape_cell(raw)) == raw


@pytest.mark.parametrize(
    ("predicted", "gold", "kind", "expected"),
    [
        ("Sergei Lavrov", "sergei lavrov", "person", True),
        ("Lavrov", "Sergei Lavrov", "person", True),
        ("Foreign Minister Sergei Lavrov", "Sergei Lavrov", "person", True),
        ("Liu", "Liu Xiaming", "person", True),
        ("Singh Jabarjung", "Lakshiwnder Singh", "person", False),
        ("Sergei Shoigu", "Sergei Lavrov", "person", False),
        ("African Union", "Amina Diallo", "person", False),
        ("the African Union", "African Union", "organisation", True),
        ("Russia's foreign ministry", "Russia's foreign ministry", "organisation", True),
        ("UNHCR", "United Nations High Commissioner for Refugees (UNHCR)", "organisation", True),
        ("European Union", "African Union", "organisation", False),
        ("Lavrov and Cavusoglu", "Sergei Lavrov; Mevlut Cavusoglu", "group", True),
        ("Cavusoglu, Lavrov", "Sergei Lavrov; Mevlut Cavusoglu", "group", True),
        ("Lavrov", "Sergei Lavrov; Mevlut Cavusoglu", "group", False),
        ("Russian Defense Ministry", "Russian ministry; Syrian ministry", "group", False),
        ("", "Sergei Lavrov", "person", False),
    ],
)
def test_names_match(predicted: str, gold: str, kind: str, expected: bool) -> None:
    assert names_match(predicted, gold, kind) is expected


def test_score_arithmetic(tmp_path: Path, shared: Path) -> None:
    gold = load_gold(_gold(tmp_path, ROWS), shared)
    predicted = {
        # q1 (cue 25:29): two overlaps, 4 chars and 1 char; the larger one wins -> correct
        ("ptc", "a.txt"): [(24, 30, "Diallo", False), (28, 40, None, True)],
        # q2 gold UNNAMED, predicted as a named speaker -> found, wrong
        ("extraction", "k1"): [(10, 14, "Officials", False)],
        # q3 (cue 14:18): the first does not overlap, the second does -> found, wrong name
        ("tbaq", "TimeBank/x.tml"): [(0, 5, "ministry", False), (15, 17, "African Union", False)],
        # q4: nothing predicted in its document (the other article has a prediction) -> missed
        ("geovirus", "0"): [(1, 5, "Lee; Kim", False)],
    }
    s = score(gold, predicted)
    assert (s.total.gold, s.total.found, s.total.correct) == (4, 3, 1)
    assert s.coverage == pytest.approx(0.75)
    assert s.accuracy == pytest.approx(1 / 3)
    assert s.missed == ["q4"]
    assert s.wrong == [("q2", "Officials", False), ("q3", "African Union", False)]
    kinds = {k: (t.gold, t.found, t.correct) for k, t in s.by_kind.items()}
    assert kinds == {
        "person": (1, 1, 1),
        "unnamed": (1, 1, 0),
        "organisation": (1, 1, 0),
        "group": (1, 0, 0),
    }
    check = score(gold, predicted, split="check")  # q2 and q3
    assert (check.total.gold, check.total.found, check.total.correct) == (2, 2, 0)
    assert check.as_dict()["speaker_accuracy"] == 0.0
    # fixing q2 (unnamed flag, any name) and q4 gives 3 correct of 4 found
    predicted[("extraction", "k1")] = [(9, 11, "officials", True)]
    predicted[("geovirus", "1")] = [(5, 9, "Lee and Kim", False)]
    s = score(gold, predicted)
    assert (s.total.found, s.total.correct) == (4, 3)
    assert s.as_dict()["coverage"] == 1.0 and s.as_dict()["speaker_accuracy"] == 0.75


def test_score_empty_is_zero() -> None:
    s = score([], {})
    assert (s.coverage, s.accuracy) == (0.0, 0.0)


def test_unnamed_gold_ignores_the_name() -> None:
    q = GoldQuote("z", "tune", "ptc", "a.txt", 0, 4, 5, 9, "UNNAMED", "unnamed", "x" * 12, "", "t")
    assert score([q], {("ptc", "a.txt"): [(0, 4, "officials", True)]}).total.correct == 1
    assert score([q], {("ptc", "a.txt"): [(0, 4, None, False)]}).total.correct == 0


def test_real_gold_loads() -> None:
    shared = shared_path("data").parent
    for part in (
        ("data", "extraction", "ground-truth.json"),
        ("data", "framing", "ptc", "articles"),
        ("data", "polnear", "dev", "text"),
        ("data", "time", "tbaq"),
        ("data", "geo", "geovirus.xml"),
    ):
        shared_path(*part)
    gold = load_gold(ROOT, shared)
    assert len(gold) >= 170
    kinds = {k: sum(q.speaker_kind == k for q in gold) for k in ("person", "organisation")}
    kinds |= {k: sum(q.speaker_kind == k for q in gold) for k in ("unnamed", "group")}
    assert kinds["person"] >= 80 and kinds["organisation"] >= 30
    assert kinds["unnamed"] >= 25 and kinds["group"] >= 8
    splits = [q.split for q in gold]
    assert splits.count("tune") >= 60 and splits.count("check") >= 60
    assert {q.corpus for q in gold} == {"extraction", "ptc", "polnear", "tbaq", "geovirus"}
    for q in gold:
        assert q.cue and q.cue == q.cue.strip(), q.id
        assert q.mention and q.mention == q.mention.strip(), q.id
        assert abs(q.cue_start - q.mention_start) < 1500, q.id
    by_id = {q.id: q for q in gold}
    # spot checks, read off the articles by hand
    bell = by_id["ext-833caf3b-4499"]
    assert (bell.cue, bell.mention, bell.speaker) == ("said", "Avi Bell", "Avi Bell")
    pair = by_id["tb-wsj_0505-459"]
    assert (pair.mention, pair.speaker_kind) == ("They", "group")
    assert pair.speaker == "Ratners Group PLC; Weisfield's Inc."
    typo = by_id["gv-211-2281"]
    assert (typo.cue, typo.mention, typo.speaker) == ("According to", "Mahetic", "Andrej Mahecic")
    # an oracle that returns the gold cue and speaker scores 1.0 (every gold name parses)
    oracle: dict[tuple[str, str], list[tuple[int, int, str | None, bool]]] = {}
    for q in gold:
        oracle.setdefault(q.doc, []).append(
            (q.cue_start, q.cue_end, q.speaker, q.speaker_kind == "unnamed")
        )
    perfect = score(gold, oracle)
    assert (perfect.coverage, perfect.accuracy) == (1.0, 1.0)
