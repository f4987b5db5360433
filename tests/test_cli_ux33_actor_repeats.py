"""ux33: an ``--actors`` file naming the same actor twice with other codes kept the first and
dropped the second with no word. One warning line names the file, the repeated line and the
line kept (the first, as docs/events.md says), however many names repeat. Controls: a name
repeated with the same codes, and a dictionary with no repeat, say nothing."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import pytest

from newsgraph.cli._common import _pipeline
from newsgraph.nlp.events.dictionaries import ActorEntry, load_actors


class _Built:
    def __init__(self, **kwargs: Any) -> None:
        pass


def _lines(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if "repeats" in r.getMessage()]


def test_a_name_repeated_with_other_codes_is_one_line_naming_file_lines_and_kept(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "mine.actors.txt"
    path.write_text(
        "FRANCE [FRA]\n+FRENCH\nGERMANY [DEU]\nFRANCE [FRAGOV]\nGERMANY [DEUGOV]\n",
        encoding="utf-8",
    )
    with caplog.at_level(logging.WARNING):
        _pipeline(_Built, [path], None, None)  # type: ignore[arg-type]
    lines = _lines(caplog)
    assert len(lines) == 1, lines
    assert lines[0].startswith(f"{path}: line 4: 'france' repeats the actor at line 1")
    assert "the first (line 1) is kept (1 more name repeated so)" in lines[0]
    found = load_actors(path).match(["france"], 0)
    assert found is not None
    kept = found[1]
    assert isinstance(kept, ActorEntry) and [c.code for c in kept.codes] == ["FRA"]


def test_control_a_repeat_with_the_same_codes_or_no_repeat_says_nothing(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    same = tmp_path / "same.txt"
    same.write_text("FRANCE [FRA]\nGERMANY [DEU]\nFRANCE [FRA]\n", encoding="utf-8")
    plain = tmp_path / "plain.txt"
    plain.write_text("FRANCE [FRA]\n+FRENCH\nGERMANY [DEU]\n", encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        _pipeline(_Built, [same, plain], None, None)  # type: ignore[arg-type]
    assert _lines(caplog) == []


def test_an_agent_repeated_with_another_code_is_one_line_too(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "mine.agents.txt"
    path.write_text("GUNMAN [~REB]\nPOLICEMAN [~COP]\nGUNMAN [~CRM]\n", encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        _pipeline(_Built, None, [path], None)  # type: ignore[arg-type]
    lines = _lines(caplog)
    assert len(lines) == 1, lines
    assert lines[0].startswith(f"{path}: line 3: 'gunman' repeats the agent at line 1")
    assert "the first (line 1) is kept" in lines[0]


def test_control_an_agent_repeated_with_its_code_says_nothing(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "same.agents.txt"
    path.write_text("GUNMAN [~REB]\nGUNMAN [~REB]\n", encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        _pipeline(_Built, None, [path], None)  # type: ignore[arg-type]
    assert _lines(caplog) == []
