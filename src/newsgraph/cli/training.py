"""``newsgraph train ...``: fit the quote, event and framing models from gold data."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated, Any, Protocol

import typer

from ._app import err, out, train_app
from ._common import _check_limit, _dumps, _fail
from ._examples import examples, reflowed


class _Saves(Protocol):
    def to_disk(self, path: Path | str) -> None: ...


def out_problem(target: Path) -> str | None:
    """Why the weights folder ``target`` cannot be written, else None (ux26: a file or a path
    under a file was found only when saving, a traceback after minutes of training)."""
    if target.exists():
        if not target.is_dir():
            return "is a file, not a folder"
        return None if os.access(target, os.W_OK | os.X_OK) else "the folder cannot be written"
    parent = target.parent
    while not parent.exists() and parent != parent.parent:
        parent = parent.parent
    if not parent.is_dir():
        return f"cannot be created: {parent} is a file, not a folder"
    if not os.access(parent, os.W_OK | os.X_OK):
        return f"cannot be created: the folder {parent} cannot be written"
    return None


def _check_folder(path: Path, hint: str) -> None:
    """One line for a folder argument that is a file or missing (ux31: the line named a path
    under it, '/tmp/notes.txt/data/events/synthetic/...: not found')."""
    if not path.is_dir():
        state = "is a file, not a folder" if path.exists() else "does not exist"
        _fail(f"{path}: {state}; {hint}")
        raise typer.Exit(2)


def _check_out(target: Path | None) -> None:
    """Refuse, before any training, an ``--out`` that cannot be written: one line, exit 2."""
    reason = out_problem(target) if target is not None else None
    if reason:
        _fail(f"--out {target}: {reason}")
        raise typer.Exit(2)


def _write(model: _Saves, target: Path, info: dict[str, Any]) -> None:
    """Save a trained ``model`` to ``target`` and print its training record and where it went."""
    try:
        model.to_disk(target)
    except OSError as exc:  # a full disk, or the folder changed while training
        _fail(f"--out {target}: could not write the weights ({exc.strerror or exc})")
        raise typer.Exit(1) from None
    out.print(_dumps(info), highlight=False)
    out.print(f"wrote {target}", highlight=False)


@train_app.command("quotes", epilog=examples("train quotes"))
@reflowed
def train_quotes(
    path: Annotated[
        Path, typer.Argument(help="PolNeAR-style split: text/*.txt and attributions/*.ann.")
    ],
    out_dir: Annotated[
        Path, typer.Option("--out", "-o", help="The weights folder to write (cue, end, meta).")
    ] = Path("quote-weights"),
    limit: Annotated[int | None, typer.Option(help="Use only the first N articles.")] = None,
    crf: Annotated[
        bool, typer.Option("--crf", help="Also fit the sequence tagger (crf.npz; off by default).")
    ] = False,
    cv_threshold: Annotated[
        bool,
        typer.Option(
            "--cv-threshold/--held-back-threshold",
            help="Choose the cue threshold on all five folds' pooled held-out scores (mean of "
            "source, cue and content exact F1; the default) or, as before 2026-11-30, on one "
            "held-back fifth's content F1.",
        ),
    ] = True,
    threshold: Annotated[
        float | None,
        typer.Option(
            "--threshold",
            help="Hold the cue threshold at this value (no search; meta.json's "
            "threshold_choice is 'fixed'). The shipped weights: --threshold 0.45.",
        ),
    ] = None,
) -> None:
    """Learn the quote cue scorer and content-end chooser from attribution gold.

    Writes a weights folder (cue.npz, end.npz, meta.json) as the newsgraph_quotes component
    saves it; the shipped one is src/newsgraph/nlp/quotes/weights. Point the component's
    weights setting at another.
    """
    from ..train.quotes import train

    if limit is not None:  # ux31: 0 read no article, then 'no thresholds to choose from'
        _check_limit(limit)
    if threshold is not None and not 0.0 < threshold < 1.0:
        _fail(f"--threshold {threshold}: want a number between 0 and 1")
        raise typer.Exit(2)
    if not (path / "attributions").is_dir() or not (path / "text").is_dir():
        _fail(f"{path}: want a directory with text/ and attributions/")
        raise typer.Exit(2)
    _check_out(out_dir)
    try:
        weights, info = train(
            path,
            limit=limit,
            progress=lambda m: err.print(m, highlight=False),
            crf=crf,
            cv=cv_threshold,
            threshold=threshold,
        )
    except ValueError as exc:  # e.g. a split too small to hold every role label
        _fail(f"{path}: {exc}")
        raise typer.Exit(2) from exc
    _write(weights, out_dir, info)


@train_app.command("events", epilog=examples("train events"))
@reflowed
def train_events(
    shared: Annotated[
        Path, typer.Argument(help="The shared data folder (synthetic stories, PETRARCH suite).")
    ] = Path("../shared"),
    gold: Annotated[
        Path, typer.Option(help="Event gold folder (gold.tsv, negatives.tsv); tune rows only.")
    ] = Path("tests/data/events"),
    out_dir: Annotated[
        Path | None,
        typer.Option("--out", "-o", help="Weights folder to write (default: the shipped one)."),
    ] = None,
    limit: Annotated[
        int | None, typer.Option(help="Use only the first N weakly labelled sentences.")
    ] = None,
    probes: Annotated[
        Path, typer.Option(help="CAMEO-code probe file; its tune rows join the training data.")
    ] = Path("tests/data/event_probes/cameo_probes.tsv"),
) -> None:
    """Learn the event-type classifier of newsgraph_events (see docs/events.md).

    Weak labels from the NGEC synthetic PLOVER stories and the PETRARCH suite's tune half, plus
    the tune rows of the event gold and of the CAMEO-code probes; writes event_types.npz and its
    meta record.
    """
    from ..nlp.events._model import shipped_dir
    from ..nlp.pipeline import shared as shared_pipeline
    from ..train.events import PETRARCH, SYNTHETIC, train

    if limit is not None:  # ux31: a count below 1 reached the data readers
        _check_limit(limit)
    _check_folder(shared, "pass the shared data folder (the one holding data/)")
    _check_folder(gold, "--gold takes the gold folder")
    for need in (shared / SYNTHETIC, shared / PETRARCH, gold / "gold.tsv", probes):
        if not need.exists():
            _fail(f"{need}: not found; pass the shared data folder, --gold and --probes")
            raise typer.Exit(2)
    _check_out(out_dir or shipped_dir())
    model, info = train(
        shared,
        gold,
        shared_pipeline(),
        limit=limit,
        probes=probes,
        progress=lambda m: err.print(m),
    )
    _write(model, out_dir or shipped_dir(), info)


@train_app.command("framing", epilog=examples("train framing"))
@reflowed
def train_framing(
    path: Annotated[
        Path, typer.Argument(help="PTC folder: articles/ and labels.tsv (the tune part is used).")
    ],
    out_dir: Annotated[
        Path | None,
        typer.Option(
            "--out", "-o", help="Folder for tagger.npz, clusters.npz, meta.json (default: shipped)."
        ),
    ] = None,
    limit: Annotated[int | None, typer.Option(help="Use only the first N tune articles.")] = None,
) -> None:
    """Learn the framing span tagger (loaded language, name-calling) from PTC's tune part.

    First learns word clusters from the unlabeled news text under the data folder two levels
    above PTC_DIR (PolNeAR, synthetic event stories, extraction pages, the tune articles).
    Writes the weights, the clusters and their meta record (feature version, training-data
    SHA-256, spaCy model and version, date, decoding chosen by 5-fold cross-validation) to the
    newsgraph_framing component's weights/.
    """
    from newsgraph.errors import InputError

    from ..train.framing import train

    if limit is not None:  # ux31: a count below 1 reached the data readers
        _check_limit(limit)
    _check_out(out_dir)
    try:
        info = train(path, out=out_dir, limit=limit, progress=lambda m: err.print(m))
    except InputError as exc:
        _fail(str(exc))
        raise typer.Exit(2) from None
    out.print(_dumps(info), highlight=False)


@train_app.command("truecase", epilog=examples("train truecase"))
@reflowed
def train_truecase(
    shared: Annotated[
        Path, typer.Argument(help="The shared data folder (synthetic stories, PolNeAR train).")
    ] = Path("../shared"),
    out_dir: Annotated[
        Path | None,
        typer.Option("--out", "-o", help="Folder for the case tables (default: the shipped one)."),
    ] = None,
    gold: Annotated[
        Path, typer.Option(help="The hand gold folder whose PolNeAR texts are left out.")
    ] = Path("tests/data"),
    tune: Annotated[
        bool, typer.Option("--tune", help="Also score the threshold grid on the tune split.")
    ] = False,
) -> None:
    """Learn the headline truecaser's case tables from news text (see docs/truecase.md).

    Counts how often each word is written lowercase inside sentences of ordinary lines (NGEC
    synthetic story bodies, PolNeAR train texts no gold names); writes lowercase.txt,
    acronyms.txt and meta.json to src/newsgraph/nlp/resources/truecase.
    """
    from importlib import resources

    from ..train.truecase import POLNEAR, SYNTHETIC, train

    _check_folder(shared, "pass the shared data folder (the one holding data/)")
    _check_folder(gold, "--gold takes the gold folder")
    for need in (shared / SYNTHETIC, shared / POLNEAR, gold):
        if not need.exists():
            _fail(f"{need}: not found; pass the shared data folder and --gold")
            raise typer.Exit(2)
    target = out_dir or Path(str(resources.files("newsgraph.nlp").joinpath("resources/truecase")))
    _check_out(target)
    info = train(shared, target, gold=gold, tune=tune, progress=lambda m: err.print(m))
    out.print(_dumps(info), highlight=False)
    out.print(f"wrote {target}", highlight=False)
