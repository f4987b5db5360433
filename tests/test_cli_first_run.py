"""The first run says once that it builds the gazetteer index (issue 14, item 13)."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from newsgraph import cli
from newsgraph.nlp.places import gazetteer
from tests.conftest import ROOT

EXAMPLE = str(ROOT / "examples" / "sample-talks.json")


@pytest.mark.model
@pytest.mark.parametrize("ready", [False, True])
def test_building_the_index_is_announced_only_when_it_happens(monkeypatch, ready):
    monkeypatch.setattr(gazetteer, "index_ready", lambda: ready)
    result = CliRunner().invoke(cli.app, ["analyze", EXAMPLE, "--json"])
    assert result.exit_code == 0, result.output
    announced = "building the GeoNames index once" in result.output
    assert announced is (not ready)
