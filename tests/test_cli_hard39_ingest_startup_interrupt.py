"""hard39: Ctrl-C while ``ingest`` was starting (its imports, the model loading, the checks,
before any input was read) fell through to Typer, which exits 130 without a word; and Ctrl-C
while a parallel run started its local cluster said "0 articles stored by this run are kept
in DB" of a store it never created, leaving an empty ``.dataset`` folder. Each is one line
now, and nothing is left behind. Control: an existing store is never removed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from newsgraph.cli import analyze as cli_analyze
from newsgraph.cli import app
from newsgraph.scale import runner
from newsgraph.scale.shards import dataset_dir
from newsgraph.store import Store


def _ctrl_c(*args: Any, **kwargs: Any) -> Any:
    raise KeyboardInterrupt


@pytest.fixture
def story(tmp_path: Path) -> Path:
    path = tmp_path / "story.txt"
    path.write_text("The ferry to the island ran again on Monday after a week of storms.\n")
    return path


def test_ctrl_c_before_any_input_is_read_is_one_line(
    story: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "news.db"
    monkeypatch.setattr(cli_analyze, "new_paths", _ctrl_c)  # while it starts
    result = CliRunner().invoke(app, ["ingest", str(story), "--db", str(db)])
    assert result.exit_code == 130
    assert result.output.splitlines() == [
        f"error: interrupted before any input was read: nothing stored, {db} not changed. "
        "Run the same command again to start."
    ]
    assert not db.exists()


@pytest.mark.parametrize("existing", [False, True])
def test_ctrl_c_while_the_cluster_starts_stores_nothing_and_leaves_nothing(
    existing: bool, story: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "news.db"
    if existing:  # control: a store that was there stays
        Store(db).close()
    monkeypatch.setattr(runner, "_client", _ctrl_c)
    result = CliRunner().invoke(app, ["ingest", str(story), "--db", str(db), "--workers", "2"])
    assert result.exit_code == 130
    lines = [ln for ln in result.output.splitlines() if ln.startswith("error:")]
    assert len(lines) == 1
    if existing:
        assert db.exists() and "0 articles stored by this run are kept" in lines[0]
    else:
        assert lines[0] == (
            f"error: interrupted before any article was stored (0 failed): nothing stored, {db} "
            "not created. Run the same command again to start over."
        )
        assert not db.exists() and not dataset_dir(db).exists()
