"""ux31: an ``--actors`` file in which no name has a ``[CODE]`` (a list of names, prose) was
taken silently, every line an actor with no code: the run coded nothing from it, as if the
option were not given. It is one line naming the file, exit 2, before the model loads; a
dictionary whose names are coded (some without a code of their own) is taken as before."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import typer

from newsgraph.cli._common import _pipeline


class _Built:
    """Stands in for the pipeline: records what it was built with."""

    made: list[dict[str, Any]] = []

    def __init__(self, **kwargs: Any) -> None:
        _Built.made.append(kwargs)


@pytest.fixture(autouse=True)
def _fresh() -> None:
    _Built.made = []


def test_a_names_list_with_no_code_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    names = tmp_path / "names.txt"
    names.write_text("JANE_SMITH_\nJOHN_DOE_\n+JOHNNY_DOE\n", encoding="utf-8")
    with pytest.raises(typer.Exit) as stop:
        _pipeline(_Built, [names], None, None)  # type: ignore[arg-type]
    assert stop.value.exit_code == 2
    text = " ".join(capsys.readouterr().err.split())
    assert f"error: {names}: no actor in it has a [CODE] (3 names, none coded;" in text
    assert _Built.made == []


def test_a_malformed_line_is_named_before_the_model_loads(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_text("JANE_SMITH_\n    [USAGOV\n", encoding="utf-8")
    with pytest.raises(typer.Exit):
        _pipeline(_Built, [bad], None, None)  # type: ignore[arg-type]
    assert f"{bad}: line 2: unbalanced [ ]" in " ".join(capsys.readouterr().err.split())
    assert _Built.made == []


def test_control_a_coded_dictionary_is_taken(tmp_path: Path) -> None:
    coded = tmp_path / "actors.txt"
    coded.write_text("JANE_SMITH_ [USAGOV]\nJOHN_DOE_\n", encoding="utf-8")
    _pipeline(_Built, [coded], None, None)  # type: ignore[arg-type]
    assert _Built.made[0]["actors"] == [str(coded)]


def test_a_folder_as_a_dictionary_is_named_before_the_model_loads(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(typer.Exit):
        _pipeline(_Built, [tmp_path], None, None)  # type: ignore[arg-type]
    assert f"{tmp_path}: is a directory" in " ".join(capsys.readouterr().err.split())
    assert _Built.made == []


def test_control_a_missing_dictionary_is_left_to_the_coder(tmp_path: Path) -> None:
    _pipeline(_Built, [tmp_path / "nope.txt"], None, None)  # type: ignore[arg-type]
    assert _Built.made[0]["actors"] == [str(tmp_path / "nope.txt")]


def test_a_malformed_agents_file_is_named_before_the_model_loads(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    agents = tmp_path / "agents.txt"
    agents.write_text("POLICE_ [~COP]\nSOLDIER_\n", encoding="utf-8")
    with pytest.raises(typer.Exit):
        _pipeline(_Built, None, [agents], None)  # type: ignore[arg-type]
    assert f"{agents}: line 2: no [code] in 'SOLDIER_'" in " ".join(capsys.readouterr().err.split())
    assert _Built.made == []


def test_control_a_good_agents_file_is_taken(tmp_path: Path) -> None:
    agents = tmp_path / "agents.txt"
    agents.write_text("POLICE_ [~COP]\nSOLDIER_ [~MIL]\n", encoding="utf-8")
    _pipeline(_Built, None, [agents], None)  # type: ignore[arg-type]
    assert _Built.made[0]["agents"] == [str(agents)]
