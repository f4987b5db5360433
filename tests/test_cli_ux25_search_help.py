"""ux25: search's help said 'Start with -- for a leading -word', and a user who wrote
'newsgraph search -- "-x y" --db DB' got click's 'unexpected extra argument(s)' (after --,
options are arguments too); the help now shows the form that works, and that form works."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from newsgraph.cli import app
from newsgraph.store.sqlite import Store
from tests.store.store_samples import moscow_article


def test_the_help_shows_options_before_the_double_dash() -> None:
    result = CliRunner().invoke(app, ["search", "--help"])
    text = " ".join(result.output.replace("│", " ").split())
    assert 'newsgraph search --db DB -- "-turkey idlib"' in text


def test_the_form_the_help_shows_works(tmp_path: Path) -> None:
    # control: options first, then --, then the query with a leading -word
    db = tmp_path / "n.db"
    with Store(db) as store:
        store.add(moscow_article())
    result = CliRunner().invoke(app, ["search", "--db", str(db), "--json", "--", "-paris lavrov"])
    assert result.exit_code == 0, result.output
    assert moscow_article().id in result.output
