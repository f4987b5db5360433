"""ux26: `newsgraph eval TASK PATH` on a path holding something else than the task's gold
gave a traceback (a folder for an XML file, a file for a folder) or printed scores of 0.0
over no gold at all (exit 0); `newsgraph train TASK ... --out` that cannot be written was
found only when saving, a traceback after the whole training. Each is one line now, exit 2,
before any training. Controls: a real (hand-written) gold still scores, a writable --out
still passes."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsgraph.cli import app
from newsgraph.eval import gate


def _run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.output


def _one_error_line(output: str) -> str:
    lines = [x for x in output.splitlines() if x.strip()]
    assert "Traceback" not in output and len(lines) == 1, output
    assert lines[0].startswith("error: ")
    return lines[0]


def test_eval_on_a_folder_where_an_xml_file_is_read_is_one_line(tmp_path: Path) -> None:
    code, output = _run("eval", "geo", str(tmp_path))
    line = _one_error_line(output)
    assert code == 2
    assert line.startswith(f"error: {tmp_path}: not the gold `eval geo` reads (IsADirectoryError")
    assert line.endswith(
        "it reads LGL-style XML toponym gold (character spans, GeoNames ids, points)"
    )


def test_eval_on_a_file_where_a_folder_is_read_is_one_line(tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("not gold\n")
    code, output = _run("eval", "extraction", str(notes))
    assert code == 2
    assert "(FileNotFoundError: No such file or directory: " in _one_error_line(output)


def test_eval_that_reads_no_gold_says_so_instead_of_zero_scores(tmp_path: Path) -> None:
    empty = tmp_path / "times.tsv"
    empty.write_text("# nothing here\n")
    code, output = _run("eval", "times", str(empty))
    assert code == 2
    assert _one_error_line(output) == (
        f"error: {empty}: no sentences read, nothing to score; `eval times` reads a TSV of "
        "sentences with a publication date and one TIMEX3 expression each"
    )


@pytest.mark.model
def test_control_a_hand_written_gold_still_scores(tmp_path: Path) -> None:
    gold = tmp_path / "times.tsv"
    head = "source\tpublished\tsentence\texpression\ttype\tvalue\tinterval_from\tinterval_to"
    row = "hand\t2018-08-29\tThe talks resumed on Monday in Geneva.\tMonday\tDATE\t2018-08-27\t-\t-"
    gold.write_text(f"{head}\n{row}\n")
    code, output = _run("eval", "times", str(gold), "--json")
    assert code == 0, output
    assert re.search(r'"sentences": 1\b', output)


def test_each_count_metric_is_one_its_scorer_reports() -> None:
    from newsgraph.cli._eval_paths import COUNTS

    for name in COUNTS:
        _reports(name, COUNTS[name])


def _reports(name: str, count: str) -> None:
    module = gate.SCORERS[name][0].replace(".", "/")
    source = (Path(gate.__file__).parents[2] / f"{module}.py").read_text(encoding="utf-8")
    assert f'"{count}"' in source, name


def _polnear_like(tmp_path: Path) -> Path:
    folder = tmp_path / "polnear"
    (folder / "text").mkdir(parents=True)
    (folder / "attributions").mkdir()
    return folder


def test_train_out_under_a_file_is_one_line_before_training(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import newsgraph.train.quotes as quotes

    def boom(*a: object, **k: object) -> None:
        raise AssertionError("trained before checking --out")

    monkeypatch.setattr(quotes, "train", boom)
    afile = tmp_path / "afile"
    afile.write_text("x")
    code, output = _run("train", "quotes", str(_polnear_like(tmp_path)), "-o", str(afile / "w"))
    assert code == 2
    assert _one_error_line(output) == (
        f"error: --out {afile / 'w'}: cannot be created: {afile} is a file, not a folder"
    )
    code, output = _run("train", "framing", str(tmp_path), "-o", str(afile))
    assert code == 2
    assert _one_error_line(output) == f"error: --out {afile}: is a file, not a folder"


def test_control_a_new_nested_out_folder_passes_the_check(tmp_path: Path) -> None:
    from newsgraph.cli.training import out_problem

    assert out_problem(tmp_path / "new" / "deeper") is None
    assert out_problem(tmp_path) is None


def test_eval_gate_on_a_wrong_root_is_one_line(tmp_path: Path) -> None:
    code, output = _run("eval", "gate", str(tmp_path))
    assert code == 2
    line = _one_error_line(output)
    assert line.startswith(f"error: {tmp_path}: not the project root: {tmp_path}/")
    assert "does not exist (and " in line


def test_control_eval_gate_on_the_project_root_runs_every_floor(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ran: list[str] = []
    monkeypatch.setattr(gate, "run", lambda name, *a, **k: ran.append(name) or {})
    monkeypatch.setattr(gate, "report", lambda name, metrics: name)
    monkeypatch.setattr(gate, "check", lambda *a: [])
    root = Path(gate.__file__).parents[3]  # the repository, ../shared beside it
    if not (root.parent / "shared").exists():
        pytest.skip("../shared is not beside the repository")
    code, output = _run("eval", "gate", str(root))
    assert code == 0, output
    assert ran == list(gate.floors())
