"""The read and export commands: format from the file name, option names in errors, help text."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
import typer.main
from store_samples import ankara_article, moscow_article
from typer.testing import CliRunner

from newsgraph.cli import app
from newsgraph.store import Store, StoreError

PLOVER = (
    "AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT THREATEN "
    "PROTEST SANCTION MOBILIZE COERCE ASSAULT"
).split()


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "news.db"
    with Store(path) as store:
        store.add_many([moscow_article(), ankara_article()])
    return path


def _run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.output


def test_export_format_from_extension(db: Path, tmp_path: Path) -> None:
    code, _ = _run("export", "--db", str(db), "--table", "events", "--out", str(tmp_path / "e.csv"))
    assert code == 0
    with (tmp_path / "e.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == 3  # 2 Moscow + 1 Ankara events
    code, _ = _run(
        "export", "--db", str(db), "--table", "quotes", "--out", str(tmp_path / "q.parquet")
    )
    assert code == 0
    assert pq.read_table(tmp_path / "q.parquet").num_rows == 3
    code, _ = _run("export", "--db", str(db), "--out", str(tmp_path / "a.json"))
    assert code == 0
    articles = json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))
    assert isinstance(articles, list)
    assert {a["id"] for a in articles} == {moscow_article().id, ankara_article().id}
    code, _ = _run("export", "--db", str(db), "--out", str(tmp_path / "a.jsonl"))
    assert code == 0
    assert len((tmp_path / "a.jsonl").read_text(encoding="utf-8").splitlines()) == 2


def test_export_refuses_unknown_or_conflicting_extension(db: Path, tmp_path: Path) -> None:
    code, output = _run("export", "--db", str(db), "--out", str(tmp_path / "events.xlsx"))
    assert code == 2
    assert "events.xlsx" in output and ".csv" in output and ".parquet" in output
    assert not (tmp_path / "events.xlsx").exists()
    code, output = _run(
        "export", "--db", str(db), "--format", "csv", "--out", str(tmp_path / "x.parquet")
    )
    assert code == 2 and "--format csv" in output and "x.parquet" in output
    code, _ = _run("export", "--db", str(db), "--format", "csv", "--out", str(tmp_path / "x.txt"))
    assert code == 0  # an explicit format for a name that says nothing


def test_events_since_names_its_option(db: Path) -> None:
    code, output = _run("events", "--db", str(db), "--since", "notadate")
    assert code == 2
    assert "--since 'notadate' is not a date" in output and "--published" not in output
    code, _ = _run("events", "--db", str(db), "--since", "2018-08-29T10:00:00Z")
    assert code == 0


def test_events_unknown_type_names_the_valid_ones(db: Path) -> None:
    code, output = _run("events", "--db", str(db), "--type", "FOO")
    assert code == 2
    assert "'FOO' is not an event type" in output
    for name in PLOVER:
        assert name in output
    assert _run("events", "--db", str(db), "--type", "consult")[0] == 0
    assert _run("events", "--db", str(db), "--type", "04")[0] == 0  # a CAMEO prefix


def test_store_events_refuses_unknown_type(db: Path) -> None:
    with Store(db, read_only=True) as store, pytest.raises(StoreError, match="ASSAULT"):
        store.events(type="FOO")


def _commands() -> list[tuple[str, typer.main.click.Command]]:
    group = typer.main.get_command(app)
    found = []
    for name, cmd in group.commands.items():  # type: ignore[attr-defined]
        subs = getattr(cmd, "commands", None)
        if subs:
            found += [(f"{name} {s}", c) for s, c in subs.items()]
        else:
            found.append((name, cmd))
    return found


def test_no_bool_metavars_and_every_json_has_help() -> None:
    for name, cmd in _commands():
        code, output = _run(*name.split(), "--help")
        assert code == 0, name
        assert "<bool>" not in output, name
        for param in cmd.params:
            if "--json" in getattr(param, "opts", []):
                assert (getattr(param, "help", None) or "").strip(), f"{name} --json"


def test_show_prints_the_stored_json_and_the_summary(db: Path) -> None:
    code, output = _run("show", moscow_article().id[:10], "--db", str(db), "--json")
    assert code == 0
    assert json.loads(output) == json.loads(json.dumps(moscow_article().to_dict()))
    code, output = _run("show", moscow_article().id[:10], "--db", str(db))
    assert code == 0 and "Sergei Lavrov" in output and "Places" in output
