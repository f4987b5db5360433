"""The eval gate: every pinned floor holds, floors only rise, gold sets are the pinned ones."""

from __future__ import annotations

import json
import os
import re
import subprocess

import pytest

from newsgraph.eval import gate
from tests.conftest import ROOT

FLOORS = "src/newsgraph/eval/floors.json"


def _missing(path) -> None:
    """Skip when a gold set is absent on a user's clone; in CI a missing set is a failure."""
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"{path} is missing in CI: the eval gate cannot be skipped there")
    pytest.skip(f"{path} not present")


def test_check_reports_drops():
    assert gate.check("x", {"f1": 0.9}, {"f1": 0.8}) == []
    assert gate.check("x", {"f1": 0.7}, {"f1": 0.8}) == [
        "x: f1 = 0.7000 fell below its floor 0.8000"
    ]
    assert gate.check("x", {}, {"f1": 0.8}) == ["x: metric 'f1' missing from the scorer's output"]


def test_lowered_finds_a_lowered_or_removed_floor():
    old = {"a": {"sha256": "1", "metrics": {"f1": 0.5, "p": 0.4}}, "b": {"metrics": {"r": 0.1}}}
    same = {"a": {"sha256": "1", "metrics": {"f1": 0.6, "p": 0.4}}, "b": {"metrics": {"r": 0.1}}}
    assert gate.lowered(old, same) == []
    low = {"a": {"sha256": "1", "metrics": {"f1": 0.45}}, "b": {"metrics": {"r": 0.1}}}
    assert gate.lowered(old, low) == [
        "a: floor f1 lowered from 0.5 to 0.45",
        "a: floor 'p' was removed",
    ]
    assert gate.lowered(old, {"a": same["a"]}) == ["b: the gate entry was removed"]


def test_gold_hash_of_a_folder_depends_on_names_and_bytes(tmp_path):
    (tmp_path / "a.txt").write_text("x")
    first = gate.gold_sha256(tmp_path)
    (tmp_path / "a.txt").write_text("y")
    assert gate.gold_sha256(tmp_path) != first
    (tmp_path / "a.txt").write_text("x")
    assert gate.gold_sha256(tmp_path) == first
    (tmp_path / "a.txt").rename(tmp_path / "b.txt")
    assert gate.gold_sha256(tmp_path) != first


@pytest.mark.parametrize("name", sorted(gate.floors()))
def test_entry_is_documented(name):
    spec = gate.floors()[name]
    assert spec["part"] in ("check", "tune", "all"), name
    assert isinstance(spec["in_sample"], bool), name
    assert re.fullmatch(r"[0-9a-f]{64}", spec["sha256"]), name
    assert spec["metrics"], name


def _history() -> list[dict]:
    """floors.json as committed, newest first (HEAD and earlier), when git is there."""
    try:
        revs = subprocess.run(
            ["git", "log", "--format=%H", "-n", "20", "--", FLOORS],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
            timeout=30,
        ).stdout.split()
    except (OSError, subprocess.SubprocessError):
        return []
    out = []
    for rev in revs:
        shown = subprocess.run(
            ["git", "show", f"{rev}:{FLOORS}"], cwd=ROOT, capture_output=True, text=True
        )
        if shown.returncode == 0:
            out.append(json.loads(shown.stdout)["floors"])
    return out


def test_lowered_lets_a_changed_also_set_start_afresh():
    old = {"a": {"sha256": "1", "also": [{"path": "x", "sha256": "2"}], "metrics": {"f1": 0.5}}}
    same = {"a": {"sha256": "1", "also": [{"path": "x", "sha256": "2"}], "metrics": {"f1": 0.4}}}
    assert gate.lowered(old, same) == ["a: floor f1 lowered from 0.5 to 0.4"]
    grown = {"a": {"sha256": "1", "also": [{"path": "x", "sha256": "3"}], "metrics": {"f1": 0.4}}}
    assert gate.lowered(old, grown) == []
    # adding an also pin to an entry that had none is no re-pin
    bare = {"a": {"sha256": "1", "metrics": {"f1": 0.5}}}
    assert gate.lowered(bare, grown) == ["a: floor f1 lowered from 0.5 to 0.4"]


def test_floors_only_rise():
    history = _history()
    if not history:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail("no git history of floors.json in CI")
        pytest.skip("not a git checkout")
    now = gate.floors()
    # the working tree against the last commit, and each commit against the one before it
    pairs = [(history[0], now)] + list(zip(history[1:], history[:-1], strict=False))
    problems = [p for old, new in pairs for p in gate.lowered(old, new)]
    assert problems == []


@pytest.mark.parametrize("name", sorted(gate.floors()))
def test_gold_set_is_the_pinned_one(name):
    spec = gate.floors()[name]
    path = ROOT / spec["path"]
    if not path.exists():
        _missing(path)
    assert gate.gold_sha256(path) == spec["sha256"], f"{name}: gold set changed"
    for other, sha in gate.pinned_also(spec).items():
        assert gate.gold_sha256(ROOT / other) == sha, f"{name}: gold set {other} changed"


@pytest.mark.model
@pytest.mark.parametrize("name", sorted(gate.floors()))
def test_floor_holds(name, nlp):
    spec = gate.floors()[name]
    path = ROOT / spec["path"]
    if not path.exists():
        _missing(path)
    metrics = gate.run(name, path, limit=spec.get("limit"), nlp=nlp, part=spec.get("part"))
    assert gate.check(name, metrics, spec["metrics"]) == []
