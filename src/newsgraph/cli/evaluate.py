"""``newsgraph eval ...``: one command per scorer (from the gate's registry) and ``eval gate``."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ..errors import InputError
from ._app import eval_app, out
from ._common import _check_limit, _dumps, _fail
from ._eval_help import TEXTS_PART, eval_help, limit_help, part_help
from ._eval_paths import WRONG_GOLD, cannot_score, no_gold, wrong_gold
from ._examples import eval_examples, examples


def _eval_command(name: str, default_path: str) -> None:
    path_help = f"Gold data (default {default_path})."
    texts_part_hidden = name not in TEXTS_PART  # ux26: every scorer's help offered it

    def command(
        path: Path | None = typer.Argument(None, help=path_help),  # noqa: B008
        limit: int | None = typer.Option(None, help=limit_help(name)),  # noqa: B008
        as_json: bool = typer.Option(False, "--json", help="Print metrics as JSON."),  # noqa: B008
        part: str | None = typer.Option(  # noqa: B008
            None,
            help=part_help(name),
        ),
        texts_part: str | None = typer.Option(  # noqa: B008
            None,
            "--texts-part",
            help="Only the 'tune' or the 'check' texts of the folder (actors: the folder "
            "rates; see docs/events.md).",
            hidden=texts_part_hidden,
        ),
    ) -> None:
        from ..eval import gate

        if limit is not None:  # ux31: 0 scored everything (no limit), -3 all but the last 3
            _check_limit(limit)
        target = path or Path(default_path)
        if not target.exists():
            _fail(f"{target} does not exist; pass the gold data path")
            raise typer.Exit(2)
        if part not in (None, "tune", "check"):
            _fail(f"--part {part!r}: use 'tune' or 'check'")
            raise typer.Exit(2)
        if part and not gate.splits(name):
            _fail(f"--part: the {name} scorer scores its whole gold set (see docs/evaluation.md)")
            raise typer.Exit(2)
        if texts_part is not None:
            if texts_part_hidden:
                _fail(f"--texts-part: the {name} scorer has no folder of texts to split")
                raise typer.Exit(2)
            if texts_part not in ("tune", "check"):
                _fail(f"--texts-part {texts_part!r}: use 'tune' or 'check'")
                raise typer.Exit(2)
        try:
            metrics = gate.run(name, target, limit=limit, part=part, texts_part=texts_part)
        except WRONG_GOLD as exc:  # a path that holds something else (ux26)
            _fail(wrong_gold(name, target, exc))
            raise typer.Exit(2) from None
        except InputError as exc:  # ux31: its line named a path the user never gave
            _fail(cannot_score(name, target, exc))
            raise typer.Exit(2) from None
        empty = no_gold(name, target, metrics)
        if empty:
            _fail(empty)
            raise typer.Exit(2)
        print(_dumps(metrics)) if as_json else out.print(
            gate.report(name, metrics), highlight=False
        )

    command.__doc__ = eval_help(name)
    eval_app.command(name, epilog=eval_examples(name))(command)


def _register_eval() -> None:
    from ..eval.gate import SCORERS

    for name, (_module, default) in SCORERS.items():
        _eval_command(name, default)


_register_eval()


@eval_app.command("gate", epilog=examples("eval gate"))
def eval_gate(
    root: Annotated[
        Path, typer.Argument(help="The project root (gold paths are relative to it).")
    ] = Path("."),
    full: Annotated[
        bool, typer.Option(help="Score whole gold sets, not the pinned CI subsets.")
    ] = False,
) -> None:
    """Run every scorer with a pinned floor and fail if any metric fell below it."""
    from ..eval import gate

    failures: list[str] = []
    specs = gate.floors()
    missing = [str(root / s["path"]) for s in specs.values() if not (root / s["path"]).exists()]
    if missing:  # ux26: a wrong root was a traceback from the first scorer
        more = f" (and {len(missing) - 1} more)" if len(missing) > 1 else ""
        _fail(
            f"{root}: not the project root: {missing[0]} does not exist{more}; pass the "
            "folder holding tests/data, with the shared data at ../shared beside it"
        )
        raise typer.Exit(2)
    for name, spec in specs.items():
        target = root / spec["path"]
        try:
            metrics = gate.run(
                name, target, limit=None if full else spec.get("limit"), part=spec.get("part")
            )
        except WRONG_GOLD as exc:
            _fail(wrong_gold(name, target, exc))
            raise typer.Exit(2) from None
        out.print(gate.report(name, metrics), highlight=False)
        failures += gate.check(name, metrics, spec["metrics"])
    for f in failures:
        _fail(f)
    if failures:
        raise typer.Exit(1)
    out.print("[green]eval gate passed[/green]", markup=True)
