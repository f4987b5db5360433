"""ux40 walk (a first-time user reading ``--help``): no command's help showed how it is run,
and the train commands' helps broke their lines where the source's docstring did ("... tune
half, plus" / "the tune rows ..."). Every command's help now ends with examples, each a
command line its command's own parser takes; help paragraphs are reflowed."""

from __future__ import annotations

import shlex

import click
import pytest
import typer.main
from typer.testing import CliRunner

from newsgraph.cli import app
from newsgraph.cli._examples import EXAMPLES, examples_of, reflowed

try:  # Typer 0.2x parses with its own copy of click
    from typer._click.exceptions import UsageError
except ImportError:  # pragma: no cover - a Typer on click itself
    from click import UsageError

ROOT = typer.main.get_command(app)


def _leaves(group: click.Command, path: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    subs = getattr(group, "commands", None)
    if not subs:
        return [path]
    return [leaf for name, sub in subs.items() for leaf in _leaves(sub, (*path, name))]


LEAVES = _leaves(ROOT)


def _command(path: tuple[str, ...]) -> click.Command:
    cmd = ROOT
    for name in path:
        cmd = cmd.commands[name]  # type: ignore[attr-defined]
    return cmd


def _example_lines(help_text: str) -> list[str]:
    lines = help_text.splitlines()
    start = next(i for i, x in enumerate(lines) if x.strip() in ("Example:", "Examples:"))
    return [x.strip() for x in lines[start + 1 :] if x.strip().startswith("newsgraph ")]


def _parses(line: str) -> None:
    """Parse ``line`` (a shell command line, redirection cut off) with the parser of the
    command it names: an unknown option, a missing argument or a bad value raises."""
    words = shlex.split(line.split(" > ")[0])
    assert words[0] == "newsgraph"
    words = words[1:]
    cmd: click.Command = ROOT
    while getattr(cmd, "commands", None):
        cmd = cmd.commands[words.pop(0)]  # type: ignore[attr-defined]
    cmd.make_context(cmd.name or "", list(words))


def test_the_walk_found_the_commands() -> None:
    assert {("events",), ("export",), ("quotes",), ("train", "quotes"), ("eval", "gate")} <= set(
        LEAVES
    )
    assert len(LEAVES) > 30  # the scorers too


@pytest.mark.parametrize("path", LEAVES, ids=" ".join)
def test_every_help_ends_with_examples_of_its_own_command(path: tuple[str, ...]) -> None:
    result = CliRunner().invoke(app, [*path, "--help"], terminal_width=80)
    assert result.exit_code == 0
    lines = _example_lines(result.output)
    own = "newsgraph " + " ".join(path)
    assert any(x == own or x.startswith(own + " ") for x in lines), result.output
    for line in lines:
        assert len(line) <= 78  # one line on an 80-column terminal
        _parses(line)


def test_the_top_level_help_shows_a_first_hour() -> None:
    result = CliRunner().invoke(app, ["--help"], terminal_width=80)
    assert result.exit_code == 0
    lines = _example_lines(result.output)
    assert [x.split()[1] for x in lines] == ["analyze", "ingest", "quotes", "export", "serve"]


@pytest.mark.parametrize("line", [x for lines in EXAMPLES.values() for x in lines])
def test_every_listed_example_parses(line: str) -> None:
    _parses(line)


@pytest.mark.parametrize(
    "line",
    [
        "newsgraph events --db news.db --kind CONSULT",  # no such option
        "newsgraph events --db news.db --limit many",  # not a number
        "newsgraph show --db news.db",  # the article id is missing
        "newsgraph eval geo --parts tune",
    ],
)
def test_control_a_wrong_example_fails_to_parse(line: str) -> None:
    with pytest.raises(UsageError):
        _parses(line)


def test_control_no_examples_no_lines() -> None:
    with pytest.raises(StopIteration):
        _example_lines("Usage: newsgraph events [OPTIONS]\n\n newsgraph events --db x")
    assert examples_of(("newsgraph stats",)) == "Example:\n  newsgraph stats"


@pytest.mark.parametrize("path", [p for p in LEAVES if p[0] == "train"], ids=" ".join)
def test_train_helps_keep_each_paragraph_on_one_source_line(path: tuple[str, ...]) -> None:
    paragraphs = (_command(path).help or "").split("\n\n")
    assert len(paragraphs) >= 2
    assert all("\n" not in p.strip() for p in paragraphs)


def test_reflowed_joins_lines_and_keeps_paragraphs() -> None:
    def f() -> None:
        """First line.

        A paragraph written
        over two lines.

        Another.
        """

    assert reflowed(f).__doc__ == "First line.\n\nA paragraph written over two lines.\n\nAnother."


def test_the_scorers_examples_load_no_scorer() -> None:
    # the first version asked each scorer's module whether it splits its gold: importing the
    # command line loaded spaCy and every scorer, and `newsgraph --help` took 3 s, not 0.5 s
    import subprocess
    import sys

    code = (
        "import sys, newsgraph.cli; "
        "print('spacy' in sys.modules, 'newsgraph.eval.geo' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["False", "False"]


@pytest.mark.parametrize(
    "path", [("analyze",), ("ingest",), ("extract",), ("search",)], ids=" ".join
)
def test_a_list_parameter_shows_its_element_not_a_python_type(path: tuple[str, ...]) -> None:
    # ux40: 'sources...  <list[str]>', '--actors  <list[Path]>'
    result = CliRunner().invoke(app, [*path, "--help"], env={"COLUMNS": "160"})
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert "<list[" not in result.output
    assert any(("sources..." in x or "query..." in x) and "<str>" in x for x in lines)
    if path in (("analyze",), ("ingest",)):
        actors = next(x for x in lines if "--actors" in x)
        assert "<path>" in actors and "repeat for more" in actors


def test_control_a_one_value_option_keeps_its_type() -> None:
    result = CliRunner().invoke(app, ["search", "--help"], env={"COLUMNS": "160"})
    assert any("--limit" in x and "<int>" in x for x in result.output.splitlines())
