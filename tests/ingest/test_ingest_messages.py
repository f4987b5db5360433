"""Messages: one line per failed input, never wrapped, no library noise, no markup injection."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from newsgraph.cli import app
from newsgraph.ingest import Failure

ARTICLE = "Envoys meet\n\nEnvoys from Armenia and Azerbaijan met in Geneva on Friday for talks.\n"


def _extract(*args: str) -> tuple[int, list[str]]:
    result = CliRunner().invoke(app, ["extract", *args])
    return result.exit_code, result.stderr.splitlines()


def test_each_failure_is_one_unwrapped_line(tmp_path: Path) -> None:
    long = "x" * 150
    (tmp_path / f"{long}.txt").write_bytes(b"\x00\x01" * 100)
    urls = [f"http://127.0.0.1:9/{'junk' * 40}{i}" for i in range(3)]
    (tmp_path / "links.urls").write_text("\n".join(urls) + "\n")
    (tmp_path / "ok.txt").write_text(ARTICLE)
    code, lines = _extract(str(tmp_path))
    assert code == 0
    assert len(lines) == 5, lines  # 4 failures and the summary
    assert lines[0] == f"error: {tmp_path}/links.urls: " or lines[0].startswith(
        f"error: {urls[0]}: could not connect"
    )
    assert lines[3] == f"error: {tmp_path}/{long}.txt: binary file, not text"
    assert lines[4] == "1 succeeded, 4 failed"


def _cli(*args: str) -> list[str]:
    """The real command in a process of its own (its logging set up as users get it)."""
    code = "import sys; from newsgraph.cli import run; sys.argv[0] = 'newsgraph'; run()"
    done = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, timeout=120
    )
    return done.stderr.splitlines()


def test_library_log_lines_without_an_input_are_debug_only(tmp_path: Path) -> None:
    (tmp_path / "gar.html").write_text("<<<>>> <p <div <<")
    (tmp_path / "bad.html").write_text("<html><head></head><body><div></div></body></html>")
    lines = _cli("extract", str(tmp_path / "gar.html"), str(tmp_path / "bad.html"))
    assert lines == [
        f"error: {tmp_path}/gar.html: no article text found in the HTML "
        "(malformed or not an article)",
        f"error: {tmp_path}/bad.html: no article text found in the HTML "
        "(malformed or not an article)",
        "0 succeeded, 2 failed",
    ]
    debug = _cli("-vv", "extract", str(tmp_path / "gar.html"))
    assert any("parsed tree length" in line for line in debug)  # there for whoever asks


def test_markup_in_an_input_name_is_printed_as_is() -> None:
    url = "http://127.0.0.1:9/[/oops][bold]x"
    code, lines = _extract(url)
    assert lines[0].startswith(f"error: {url}: could not connect")


def test_failure_is_one_line_whatever_its_parts() -> None:
    f = Failure("a\nb.txt", "could not be read (line one\nline two\x1b[31m)")
    assert str(f) == "a\\nb.txt: could not be read (line one line two\\x1b[31m)"
