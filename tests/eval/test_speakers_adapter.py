"""newsgraph's quotes scored against the speaker gold: the adapter, halves and the command."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import spacy

from newsgraph.errors import InputError
from newsgraph.eval.gate import SCORERS
from newsgraph.eval.speakers import (
    COLUMNS,
    evaluate,
    predictions_from_quotes,
    report,
    shared_for,
    split_of,
)
from newsgraph.model import Quote, Span
from newsgraph.nlp._doc import register_extensions

TEXT = 'Rain fell. "We will go," said Amina Diallo, the envoy. Officials said it was over.\n'


def _quote(cue: str, name: str | None, unnamed: bool, *, with_cue: bool = True) -> Quote:
    a = TEXT.index(cue)
    return Quote(
        id=f"q-{a}",
        kind="direct",
        content=Span.of(TEXT, 11, 23),
        cue=Span.of(TEXT, a, a + len(cue)) if with_cue else None,
        source=None,
        speaker=None,
        speaker_name=name,
        unnamed=unnamed,
        sentence=1,
        confidence=0.9,
        rule="test",
    )


def test_predictions_are_cue_offsets_name_and_unnamed_flag() -> None:
    quotes = [
        _quote("said Amina", "Amina Diallo", False),
        _quote("Officials said", None, True, with_cue=False),  # no cue: nothing to match on
    ]
    assert predictions_from_quotes(quotes) == [(25, 35, "Amina Diallo", False)]


class _StubNlp:
    """Stands in for the pipeline: one quote per speech cue, as newsgraph would record them."""

    def __init__(self, quotes: list[Quote]) -> None:
        self.blank = spacy.blank("en")
        self.quotes = quotes

    def make_doc(self, text: str) -> Any:
        return self.blank.make_doc(text)

    def pipe(self, docs: list[Any]) -> Any:
        for doc in docs:
            doc._.ng_quotes = self.quotes
            yield doc


def _repo(tmp_path: Path) -> Path:
    """A repository beside a ``shared`` tree holding one PTC article, with a two-row gold."""
    register_extensions()
    (tmp_path / "shared/data/framing/ptc/articles").mkdir(parents=True)
    (tmp_path / "shared/data/framing/ptc/articles/a.txt").write_text(TEXT, encoding="utf-8")
    gold = tmp_path / "repo/tests/data/speakers/gold.tsv"
    gold.parent.mkdir(parents=True)
    said = TEXT.index("said Amina")
    officials = TEXT.index("Officials")
    rows = [
        # sha1("q1") is even: tune; sha1("q2") is odd: check (the loader checks the rule)
        f"q1\t{split_of('q1')}\tptc\ta.txt\t{said}\t{said + 4}\t{said + 5}\t{said + 17}\t"
        'Amina Diallo\tperson\t"We will go,\tdirect',
        f"q2\t{split_of('q2')}\tptc\ta.txt\t{officials + 10}\t{officials + 14}\t{officials}\t"
        f"{officials + 9}\tUNNAMED\tunnamed\tOfficials sa\tindirect",
    ]
    gold.write_text("\t".join(COLUMNS) + "\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return gold


def test_evaluate_reports_the_check_half_and_labels_the_tune_half(tmp_path: Path) -> None:
    gold = _repo(tmp_path)
    assert (split_of("q1"), split_of("q2")) == ("tune", "check")
    assert shared_for(gold) == (tmp_path / "shared").resolve()
    nlp = _StubNlp(
        [
            _quote("said Amina", "Amina Diallo", False),  # right
            _quote("said it", "Officials", False),  # gold says unnamed: wrong
        ]
    )
    m = evaluate(gold, nlp=nlp)
    assert (m["part"], m["quotes"], m["found"], m["correct"]) == ("check", 1, 1, 0)
    assert (m["coverage"], m["speaker_accuracy"]) == (1.0, 0.0)
    assert (m["tune_quotes"], m["tune_correct"], m["tune_speaker_accuracy"]) == (1, 1, 1.0)
    assert m["wrong"] == [["q2", "Officials", False]]
    table = report(m)
    assert "check" in table and "tune (in-sample)" in table
    # the tune half as the primary part, the check half alongside
    t = evaluate(gold, nlp=nlp, part="tune")
    assert (t["speaker_accuracy"], t["check_speaker_accuracy"]) == (1.0, 0.0)


def test_a_missed_cue_counts_against_coverage_not_accuracy(tmp_path: Path) -> None:
    gold = _repo(tmp_path)
    m = evaluate(gold, nlp=_StubNlp([_quote("said Amina", "Amina Diallo", False)]))
    assert (m["quotes"], m["found"], m["coverage"], m["speaker_accuracy"]) == (1, 0, 0.0, 0.0)


def test_bad_part_and_missing_shared_are_one_line_errors(
    tmp_path: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    gold = _repo(tmp_path)
    with pytest.raises(InputError, match="part must be check or tune"):
        evaluate(gold, nlp=_StubNlp([]), part="all")
    lone = tmp_path_factory.mktemp("lone") / "gold.tsv"
    lone.write_text(gold.read_text(encoding="utf-8"), encoding="utf-8")
    with pytest.raises(InputError, match="no ../shared/data beside"):
        evaluate(lone, nlp=_StubNlp([]))


def test_eval_speakers_is_a_command() -> None:
    from typer.testing import CliRunner

    from newsgraph.cli import app

    assert SCORERS["speakers"][1] == "tests/data/speakers/gold.tsv"
    result = CliRunner().invoke(app, ["eval", "speakers", "--help"])
    assert result.exit_code == 0 and "speakers" in result.output
