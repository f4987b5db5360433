"""ux35 walk (a media researcher: `newsgraph framing --by outlet --actor SYRREB` on a store of
two outlets): each row gave a count and an example sentence but not the article it is in, so
the example could not be opened (`newsgraph show`); only `--json` had it. The example's cell
ends with its article's id prefix, `[0517e3c1]`. Control: each outlet keeps its own row and
count."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from newsgraph.cli import app
from newsgraph.store import Store
from tests.store.framing_samples import presstv_article, reuters_article


def _rows(tmp_path: Path) -> tuple[list[str], str, str]:
    presstv, reuters = presstv_article(), reuters_article()
    db = tmp_path / "n.db"
    with Store(db) as store:
        store.add_many([presstv, reuters])
    args = ["framing", "--db", str(db), "--by", "outlet", "--actor", "SYRREB"]
    result = CliRunner().invoke(app, args, env={"COLUMNS": "250"})
    assert result.exit_code == 0, result.output
    return result.stdout.splitlines(), presstv.id, reuters.id


def test_each_framing_row_names_its_example_article(tmp_path: Path) -> None:
    lines, presstv, reuters = _rows(tmp_path)
    assert any("example [article]" in line for line in lines)
    press = next(line for line in lines if "Press TV" in line)
    assert f"[{presstv[:8]}]" in press and reuters[:8] not in press
    wire = next(line for line in lines if "Reuters" in line)
    assert f"[{reuters[:8]}]" in wire


def test_control_each_outlet_keeps_its_own_count(tmp_path: Path) -> None:
    lines, _, _ = _rows(tmp_path)
    press = next(line for line in lines if "Press TV" in line)
    wire = next(line for line in lines if "Reuters" in line)
    # Press TV calls the armed groups "terrorists" twice, Reuters "so-called rebels" once
    assert "terrorists" in press and " 2 " in press
    assert "so-called" in wire and " 1 " in wire


def test_on_an_80_column_terminal_the_id_is_whole(tmp_path: Path) -> None:
    # long actor names and labels leave the example column about ten characters wide
    from tests.store.test_ux35_framing_top import _article

    art = _article("The Northern Provinces Evening Chronicle", "murderous terrorist gangs", 2)
    db = tmp_path / "n.db"
    with Store(db) as store:
        store.add_many([art])
    result = CliRunner().invoke(app, ["framing", "--db", str(db)], env={"COLUMNS": "80"})
    assert result.exit_code == 0, result.output
    assert f"[{art.id[:8]}]" in result.stdout
