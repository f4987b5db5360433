"""The eval gate: every pinned floor holds (runs the scorers on the pinned subsets)."""

from __future__ import annotations

import pytest

from newsgraph.eval import gate
from tests.conftest import ROOT


def test_check_reports_drops():
    assert gate.check("x", {"f1": 0.9}, {"f1": 0.8}) == []
    assert gate.check("x", {"f1": 0.7}, {"f1": 0.8})
    assert gate.check("x", {}, {"f1": 0.8})


@pytest.mark.model
@pytest.mark.parametrize("name", sorted(gate.floors()))
def test_floor_holds(name, nlp):
    spec = gate.floors()[name]
    path = ROOT / spec["path"]
    if not path.exists():
        pytest.skip(f"{path} not present")
    metrics = gate.run(name, path, limit=spec.get("limit"), nlp=nlp)
    assert gate.check(name, metrics, spec["metrics"]) == []
