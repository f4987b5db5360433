"""ux39: ``newsgraph --version`` prints the version and, one line each, where the shipped
trained parts come from (their ``meta.json``: date, features, training data, spaCy model)."""

from __future__ import annotations

import json
import subprocess
import sys
from importlib import resources
from pathlib import Path

from typer.testing import CliRunner

from newsgraph import __version__
from newsgraph.cli import app
from newsgraph.provenance import COMPONENTS, component_lines, describe


def test_a_classifier_meta_is_one_line() -> None:
    meta = {
        "date": "2031-03-04",
        "feature_version": "widgets-2",
        "training_data_sha256": "ab" * 32,
        "sentences": {"gold": 40, "synthetic": 60},
        "spacy_model": "en_core_web_sm 3.8.0",
    }
    assert describe(meta) == (
        "trained 2031-03-04, features widgets-2, data 100 sentences (sha256 abababababab), "
        "spaCy en_core_web_sm 3.8.0"
    )


def test_a_tagger_and_a_scorer_meta_name_their_data() -> None:
    tagger = {
        "date": "2031-05-06",
        "features": "tagger/3",
        "data": "a tune part (20 articles)",
        "data_sha256": "0123456789abcdef" * 4,
        "model": "en_core_web_sm",
        "model_version": "3.8.0",
    }
    assert describe(tagger) == (
        "trained 2031-05-06, features tagger/3, data a tune part (20 articles) "
        "(sha256 0123456789ab), spaCy en_core_web_sm 3.8.0"
    )
    scorer = {"date": "2031-07-08", "training_data": {"path": "train", "articles": 12}}
    assert describe(scorer) == "trained 2031-07-08, data train, 12 articles"


def test_a_table_meta_and_one_without_a_date() -> None:
    assert describe({"date": "2031-01-02", "texts": {"wire": 30, "blogs": 5}}) == (
        "trained 2031-01-02, data wire 30 texts, blogs 5 texts"
    )
    assert describe({}) == "training date not recorded"


def test_missing_and_broken_meta_files_are_said_not_raised(tmp_path: Path) -> None:
    (tmp_path / "good.json").write_text(json.dumps({"date": "2031-09-10"}))
    (tmp_path / "broken.json").write_text("{not json")
    (tmp_path / "list.json").write_text("[1, 2]")
    components = (
        ("good part", "good.json"),
        ("lost part", "gone/meta.json"),
        ("broken part", "broken.json"),
        ("odd part", "list.json"),
    )
    assert component_lines(components, root=tmp_path) == [
        "good part: trained 2031-09-10",
        "lost part: not shipped (no gone/meta.json)",
        "broken part: unreadable broken.json",
        "odd part: unreadable list.json",
    ]


def test_version_option_prints_the_version_and_each_shipped_part() -> None:
    result = CliRunner().invoke(app, ["--version"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == f"newsgraph {__version__}"
    assert len(lines) == 1 + len(COMPONENTS)
    root = resources.files("newsgraph")
    for line, (label, name) in zip(lines[1:], COMPONENTS, strict=True):
        shipped = json.loads(root.joinpath(name).read_text(encoding="utf-8"))
        assert line.startswith(f"{label}: trained {shipped['date']}")


def test_reading_the_provenance_loads_neither_spacy_nor_numpy() -> None:
    code = (
        "import sys\nfrom newsgraph.provenance import component_lines\ncomponent_lines()\n"
        "print(sorted(m for m in ('spacy', 'numpy', 'newsgraph.nlp') if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
