"""ux30 walk: `newsgraph framing --json` gave an article with no outlet the outlet
"(no outlet)" and a label of no actor the actor "(no actor)", the table's placeholders, which
a program reading the JSON cannot tell from a name (ux26 made them null in the export). They
are null in the JSON. Controls: named outlets and actors are kept, and the table still
prints the placeholders."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

from typer.testing import CliRunner

from newsgraph.cli import app
from newsgraph.model import Source
from newsgraph.store import Store
from tests.store.framing_samples import presstv_article, reuters_article


def _store(tmp_path: Path) -> Path:
    art = reuters_article()
    actorless = dataclasses.replace(
        art.framing[0], id="framing-none", target=None, target_name=None, target_code=None
    )
    # the Reuters piece saved with no outlet, one label of no actor added
    nameless = dataclasses.replace(
        art, source=Source(path="saved/page.txt"), framing=[*art.framing, actorless]
    )
    db = tmp_path / "n.db"
    with Store(db) as store:
        store.add_many([presstv_article(), nameless])
    return db


def test_framing_json_gives_no_outlet_and_no_actor_as_null(tmp_path: Path) -> None:
    db = _store(tmp_path)
    result = CliRunner().invoke(app, ["framing", "--db", str(db), "--json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    outlets = {r["outlet"] for r in rows}
    actors = {r["actor"] for r in rows}
    assert outlets == {None, "Press TV"}
    assert None in actors
    assert "(no outlet)" not in outlets and "(no actor)" not in actors
    # controls: the actors of the labels keep their keys
    assert {"SYRREB", "Government of Israel"} <= actors


def test_control_the_table_still_prints_the_placeholders(tmp_path: Path) -> None:
    db = _store(tmp_path)
    result = CliRunner().invoke(app, ["framing", "--db", str(db)], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert "(no outlet)" in result.stdout and "(no actor)" in result.stdout
