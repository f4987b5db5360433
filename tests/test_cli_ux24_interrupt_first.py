"""ux24: Ctrl-C during ingest before any article was stored left an empty store the user
did not ask for, and said '0 articles stored by this run are kept in DB'. Like a run that
stores nothing (ux23), it now removes the store it created and says so."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph import api
from newsgraph.nlp.places import gazetteer
from newsgraph.store.sqlite import Store
from tests._pipeline_stub import ingest_in_twos as _ingest
from tests.test_cli_interrupt import _Interrupting


@pytest.fixture
def first_stops(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(api, "Pipeline", _Interrupting)
    monkeypatch.setattr(gazetteer, "index_ready", lambda: True)
    monkeypatch.setattr(_Interrupting, "armed", True)
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a0.txt").write_text("Talks\n\nMinisters met in Oslo on Monday to talk. STOP\n")
    (folder / "a1.txt").write_text("Talks\n\nMinisters met in Lima on Tuesday to talk.\n")
    return folder


def test_ctrl_c_before_anything_is_stored_leaves_no_new_store(
    first_stops: Path, tmp_path: Path
) -> None:
    db = tmp_path / "n.db"
    result = _ingest(first_stops, db)
    assert result.exit_code == 130
    errors = [line for line in result.output.splitlines() if line.startswith("error:")]
    assert errors == [
        f"error: interrupted before any article was stored (0 failed): nothing stored, {db} "
        "not created. Run the same command again to start over."
    ]
    assert not db.exists()
    _Interrupting.armed = False
    again = _ingest(first_stops, db)
    assert again.exit_code == 0, again.output
    assert "2 articles added, 0 already stored, 0 failed" in again.output


def test_ctrl_c_on_an_existing_store_keeps_it(first_stops: Path, tmp_path: Path) -> None:
    # control: a store that was there before the run is never removed
    db = tmp_path / "n.db"
    Store(db).close()
    result = _ingest(first_stops, db)
    assert result.exit_code == 130
    assert f"0 articles stored by this run are kept in {db}" in result.output
    assert db.exists()
