"""ux39: a Ctrl-C in the first fraction of a second of any ``newsgraph`` command, while the
command line was still being imported, ended with Python's own KeyboardInterrupt traceback;
one that no command handled was Typer's silent exit 130. The console script is now
``newsgraph._main:run``, which catches both: one line, exit 130, no traceback."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import tomllib
from pathlib import Path

import pytest

from newsgraph import _main
from newsgraph.cli import _app
from newsgraph.cli import analyze as cli_analyze

ROOT = Path(__file__).resolve().parents[1]

# the console script's own code, with a marker once newsgraph._main is imported (so the
# signal cannot land while Python itself starts, which no module can catch)
_SCRIPT = (
    "import sys\n"
    "from newsgraph._main import run\n"
    "sys.argv[0] = 'newsgraph'\n"
    "sys.stdout.write('ready\\n'); sys.stdout.flush()\n"
    "sys.exit(run())\n"
)


def test_the_console_script_is_the_tiny_entry_point() -> None:
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["scripts"]
    assert scripts == {"newsgraph": "newsgraph._main:run"}


def test_importing_the_entry_point_loads_no_command_line() -> None:
    # the heavy imports stay lazy: newsgraph and newsgraph._main import neither Typer nor the
    # command line (nor typing), so --help costs what it did and the uncaught window is tiny
    code = (
        "import sys; import newsgraph._main\n"
        "print(sorted(m for m in ('newsgraph.cli', 'typer', 'rich', 'typing', 'spacy')"
        " if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


@pytest.mark.parametrize("delay", [0.0, 0.05, 0.1])
def test_an_early_ctrl_c_is_one_line_and_exit_130(delay: float) -> None:
    # SIGINT to our own child right after it starts, while it imports the command line
    child = subprocess.Popen(
        [sys.executable, "-c", _SCRIPT, "--help"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "COLUMNS": "100"},
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline() == "ready\n"
        time.sleep(delay)  # when to press Ctrl-C; nothing is timed
        child.send_signal(signal.SIGINT)
        out, err = child.communicate(timeout=120)
    finally:
        if child.poll() is None:
            child.kill()
            child.communicate()
    assert "Traceback" not in err and "KeyboardInterrupt" not in err, err
    if child.returncode == 0:  # a fast machine: the help was all printed before the signal
        assert "Usage" in out and err == ""
        return
    assert child.returncode == 130
    assert err.splitlines() in ([_main.STARTING], ["stopped"])
    if delay == 0.0:  # the import of the command line takes far longer than sending a signal
        assert err.splitlines() == [_main.STARTING] and out == ""


def _ctrl_c(*args: object, **kwargs: object) -> None:
    raise KeyboardInterrupt


def _run(argv: list[str], monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setattr(sys, "argv", ["newsgraph", *argv])
    with pytest.raises(SystemExit) as stop:
        _main.run()
    return int(stop.value.code or 0)


def test_a_ctrl_c_no_command_handled_is_stopped_not_silence(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # Typer turned it into exit 130 without a word
    monkeypatch.setattr(_app.out, "print", _ctrl_c)  # `version` is interrupted as it prints
    assert _run(["version"], monkeypatch) == 130
    captured = capsys.readouterr()
    assert captured.err == "stopped\n" and "Traceback" not in captured.err


def test_a_commands_own_ctrl_c_line_is_not_doubled(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # control: ingest says what it kept (here: nothing) and the entry point adds nothing
    story = tmp_path / "story.txt"
    story.write_text("The night bus to the harbour was cancelled after the bridge flooded.\n")
    db = tmp_path / "news.db"
    monkeypatch.setattr(cli_analyze, "new_paths", _ctrl_c)
    assert _run(["ingest", str(story), "--db", str(db)], monkeypatch) == 130
    captured = capsys.readouterr()
    lines = [*captured.out.splitlines(), *captured.err.splitlines()]
    assert len(lines) == 1, lines
    assert "interrupted before any input was read" in lines[0]


def test_other_exits_pass_through(monkeypatch: pytest.MonkeyPatch) -> None:
    # control: a usage error keeps its own code (2), and success is 0
    assert _run(["no-such-command"], monkeypatch) == 2
    assert _run(["version"], monkeypatch) == 0


@pytest.mark.parametrize(
    ("name", "ignored"), [("Dask Worker process", True), ("MainProcess", False)]
)
def test_a_spawned_process_ignores_sigint_as_the_entry_point_is_imported(
    name: str, ignored: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    # hard39's rule, now run by the console script's module (a spawned local worker imports
    # it first, as its main module); control: the process the user started keeps Ctrl-C
    import multiprocessing

    class Named:
        def __init__(self) -> None:
            self.name = name

    monkeypatch.setattr(multiprocessing, "current_process", Named)
    before = signal.getsignal(signal.SIGINT)
    try:
        _main.ignore_sigint_if_spawned()
        assert (signal.getsignal(signal.SIGINT) == signal.SIG_IGN) is ignored
    finally:
        signal.signal(signal.SIGINT, before)
