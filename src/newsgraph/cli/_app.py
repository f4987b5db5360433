"""The Typer apps, the consoles, the options several commands share and the top-level callback."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console

from .. import __version__
from ._examples import examples

app = typer.Typer(
    help="newsgraph: who said what, who did what to whom, where and when — from news text.",
    epilog=examples("newsgraph"),
    no_args_is_help=True,
    add_completion=False,
)
eval_app = typer.Typer(
    help="Score newsgraph on gold data sets; `eval gate` checks the pinned floors.",
    # ux37: nothing here said where the README's scores come from, and two of them are no
    # subcommand (actor probes, event audit): a reader of --help could not reproduce them
    epilog=(
        "To reproduce a score of the README's evaluation table, run the command in its second "
        "column (e.g. newsgraph eval events --part check, newsgraph eval quotes "
        "../shared/data/polnear/dev); two are modules, not subcommands: python -m "
        "newsgraph.eval.actor_probes --part check and python -m newsgraph.eval.event_audit. "
        "Every gold set and its tune/check split: docs/evaluation.md. All gated scores at "
        "once: newsgraph eval gate --full (the pinned floors: src/newsgraph/eval/floors.json)."
    ),
)
app.add_typer(eval_app, name="eval")
train_app = typer.Typer(help="Learn newsgraph's statistical parts from gold data.")
app.add_typer(train_app, name="train")

# ux37: no console markup or emoji codes: rows and lines carry the user's text, in which
# '[the president]' is no style tag to drop and 'urn:x:2' no emoji code (':x:' was printed
# as a cross mark); a line that styles itself says markup=True
out = Console(markup=False, emoji=False)
err = Console(stderr=True, markup=False, emoji=False)


def _flags_without_metavar() -> None:
    """typer's help shows ``<bool>`` after flags and ``<int>`` after counted flags (``-v``,
    ``-vv``), which take no value: show nothing there (ux27 for the counted ones)."""
    from typer.core import TyperOption

    shown = getattr(TyperOption, "display_type_rich", None)
    if shown is None or getattr(shown, "_newsgraph", False):
        return

    def display_type_rich(self: Any, ctx: Any) -> str | None:
        takes_no_value = getattr(self, "is_flag", False) or getattr(self, "count", False)
        return None if takes_no_value else shown(self, ctx)

    display_type_rich._newsgraph = True  # type: ignore[attr-defined]
    TyperOption.display_type_rich = display_type_rich  # type: ignore[method-assign]


_flags_without_metavar()


def _lists_as_repeats() -> None:
    """typer's help shows a list parameter as its Python type, ``<list[str]>`` (the sources
    of analyze and ingest, search's words) or ``<list[Path]>`` (``--actors``): show its
    element, ``<str>``, ``<path>``, as for one value (ux40); an argument's name already ends
    with '...', an option's help says it repeats."""
    from typer.core import TyperArgument, TyperOption

    for cls in (TyperArgument, TyperOption):
        shown = cls.display_type
        if getattr(shown, "_newsgraph", False):
            continue

        def display_type(self: Any, ctx: Any, _shown: Any = shown) -> str:
            label = _shown(self, ctx)
            if label.startswith("<list[") and label.endswith("]>"):
                return f"<{label[6:-2].lower()}>"
            return label  # type: ignore[no-any-return]

        display_type._newsgraph = True  # type: ignore[attr-defined]
        cls.display_type = display_type  # type: ignore[method-assign]


_lists_as_repeats()

# readable=False: click's own check of an unreadable --db or dictionary was a usage box of
# four lines (hard38); the store and the dictionary readers say it in one line naming it
DbOpt = Annotated[Path, typer.Option("--db", help="SQLite database file.", readable=False)]
DEFAULT_DB = Path("newsgraph.db")
# options shared by the commands that read sources
SourcesArg = Annotated[
    list[str],
    typer.Argument(help="Files, directories, URLs, URL lists or - for stdin."),
]
NoCleanOpt = Annotated[bool, typer.Option("--no-clean", help="Keep the input text as it is.")]
ActorsOpt = Annotated[
    list[Path] | None,
    typer.Option(help="PETRARCH-format actor dictionary (repeat for more).", readable=False),
]
AgentsOpt = Annotated[
    list[Path] | None,
    typer.Option(help="PETRARCH-format agent dictionary (repeat for more).", readable=False),
]
PatternsOpt = Annotated[
    list[Path] | None,
    typer.Option(help="Extra event pattern file (repeat for more).", readable=False),
]
MaxBytesOpt = Annotated[int, typer.Option(help="Size cap per input in bytes.")]
MaxCharsOpt = Annotated[
    int, typer.Option(help="Budget per article: characters of text (longer ones fail alone).")
]
NonEnglishOpt = Annotated[
    str,
    typer.Option(
        "--non-english",
        help="Articles in another language: skip (one line each) or flag (analyse, warn).",
    ),
]
TimeoutOpt = Annotated[
    float,
    typer.Option(help="Budget per article: seconds of analysis (0: no limit)."),
]
StrictOpt = Annotated[bool, typer.Option(help="Exit non-zero if any input fails.")]


def _print_version(value: bool) -> None:
    """ux39: ``--version``, the version and where each shipped trained part comes from."""
    if not value:
        return
    from ..provenance import component_lines

    for line in [f"newsgraph {__version__}", *component_lines()]:
        out.print(line, highlight=False, markup=False, soft_wrap=True)
    raise typer.Exit()


@app.callback()
def _main(
    verbose: Annotated[
        int,
        typer.Option(
            "--verbose", "-v", count=True, help="Log progress details (-vv: debug, with libraries)."
        ),
    ] = 0,
    version: Annotated[
        bool,
        typer.Option(
            "--version",
            callback=_print_version,
            is_eager=True,
            help="Print the version and, one line each, when and on what the shipped trained "
            "parts (events classifier, quotes scorer, framing tagger, truecaser) were trained.",
        ),
    ] = False,
) -> None:
    levels = {0: logging.WARNING, 1: logging.INFO}
    logging.basicConfig(level=levels.get(verbose, logging.DEBUG), format="%(message)s")


@app.command(epilog=examples("version"))
def version() -> None:
    """Print the newsgraph version."""
    out.print(__version__)
