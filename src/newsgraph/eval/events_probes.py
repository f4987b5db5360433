"""Score event types on the hand-written CAMEO-code probes (``tests/data/event_probes``).

``cameo_probes.tsv`` holds short wire-news sentences in the style of the CAMEO manual's
examples, each written with its PLOVER type, mode, source and target *before* the coder ran on
it (``tests/data/event_probes/README.md``): two for every CAMEO code of
``../shared/data/events/plover/CAMEO2PLOVER-2021.txt`` (256 codes, rows cp-001..512), 119 more in
varied phrasings (cp-513..631) and 59 in the style of ACLED event notes (cp-632..690). They
measure coverage code by code: which CAMEO verb classes the coder finds at all.

Each sentence is coded alone (no article, no publication date) by the pipeline's event coder and
scored with :func:`newsgraph.eval.events_gold.score` (type recall/precision per sentence, source
and target country on type-matched sentences); there are no no-event rows here. Splits are
:func:`newsgraph.eval.splits.part_of` of the row id: rules are fitted to ``tune`` rows only;
``check`` rows are reported and gated (``event_probes`` in ``floors.json``).

``python -m newsgraph.eval.events_probes [--part tune|check] [--show]`` prints the scores per
half and the CAMEO codes with misses; ``--show`` lists every missed probe.
``newsgraph eval event_probes [--part check]`` runs the same scorer through the gate.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from spacy.language import Language

from newsgraph.eval._events_records import (
    PLOVER_MODES,
    GoldEvent,
    GoldFileError,
    Prediction,
)
from newsgraph.eval._events_score import score
from newsgraph.eval._tsv import header_rows
from newsgraph.eval.splits import part_of

DEFAULT = (
    Path(__file__).resolve().parents[3] / "tests" / "data" / "event_probes" / "cameo_probes.tsv"
)
COLUMNS: tuple[str, ...] = (
    "id",
    "split",
    "cameo",
    "text",
    "type",
    "mode",
    "source_text",
    "source_code",
    "target_text",
    "target_code",
    "note",
)
#: The corpus name the probes carry in their :class:`GoldEvent` records.
CORPUS = "cameo_probe"


def _code_ok(code: str) -> bool:
    return not code or (len(code) % 3 == 0 and code.isalpha() and code.isupper())


def load_probes(path: Path = DEFAULT) -> list[tuple[str, GoldEvent]]:
    """``(CAMEO code, probe)`` for every row of ``path``, as :class:`GoldEvent` records.

    Raises :class:`GoldFileError` (a ``ValueError``) naming file and line for a wrong cell
    count, a split that disagrees with the id hash, an unknown type or mode, a bad actor code
    or an actor text that is not in the sentence.
    """
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldFileError(str(path), f"cannot read: {exc}") from exc
    out: list[tuple[str, GoldEvent]] = []
    seen: set[str] = set()
    for where, row in header_rows(lines, COLUMNS, str(path)):
        rid = row["id"]
        if not rid or rid in seen:
            raise GoldFileError(where, f"empty or duplicate id {rid!r}")
        seen.add(rid)
        if row["split"] != part_of(rid):
            raise GoldFileError(where, f"split {row['split']!r} disagrees with sha1({rid!r})")
        if not row["cameo"].isdigit():
            raise GoldFileError(where, f"CAMEO code {row['cameo']!r} is not digits")
        etype = row["type"]
        if etype not in PLOVER_MODES:
            raise GoldFileError(where, f"unknown PLOVER type {etype!r}")
        modes = tuple(m for m in row["mode"].split(";") if m)
        if any(m not in PLOVER_MODES[etype] for m in modes):
            raise GoldFileError(where, f"mode {row['mode']!r} is not a PLOVER mode of {etype}")
        text = row["text"]
        for side in ("source", "target"):
            if row[f"{side}_text"] and row[f"{side}_text"] not in text:
                raise GoldFileError(where, f"{side}_text is not in the sentence")
            if not _code_ok(row[f"{side}_code"]) or (
                row[f"{side}_code"] and not row[f"{side}_text"]
            ):
                raise GoldFileError(where, f"bad {side}_code {row[f'{side}_code']!r}")
        out.append(
            (
                row["cameo"],
                GoldEvent(
                    id=rid,
                    split="check" if row["split"] == "check" else "tune",
                    corpus=CORPUS,
                    path="",
                    start=0,
                    end=len(text),
                    sentence=text,
                    type=etype,
                    modes=modes,
                    source_text=row["source_text"],
                    source_code=row["source_code"],
                    target_text=row["target_text"],
                    target_code=row["target_code"],
                    note=row["note"],
                ),
            )
        )
    return out


def code_misses(
    probes: Sequence[tuple[str, GoldEvent]], predicted: dict[str, list[Prediction]]
) -> dict[str, tuple[int, int]]:
    """CAMEO code -> (probes whose gold type was found, probes) over ``probes``."""
    out: dict[str, tuple[int, int]] = {}
    for cameo, g in probes:
        hit = any(p[0] == g.type for p in predicted.get(g.id, ()))
        found, total = out.get(cameo, (0, 0))
        out[cameo] = (found + hit, total + 1)
    return out


def code(nlp: Language, probes: Sequence[tuple[str, GoldEvent]]) -> dict[str, list[Prediction]]:
    """Code every probe sentence alone with the pipeline's event coder."""
    from newsgraph.eval.events import parse, predictions

    docs = parse(nlp, [g.sentence for _, g in probes])
    coder = nlp.get_pipe("newsgraph_events")
    return {
        g.id: predictions(coder(doc)._.ng_events or [])
        for (_, g), doc in zip(probes, docs, strict=True)
    }


def metrics(
    probes: Sequence[tuple[str, GoldEvent]],
    predicted: dict[str, list[Prediction]],
    parts: Sequence[str] = ("check", "tune"),
) -> dict[str, Any]:
    """Scores per half: type P/R/F1, source/target country, per type and CAMEO codes missed."""
    out: dict[str, Any] = {}
    for part in parts:
        sel = [(c, g) for c, g in probes if g.split == part]
        s = score(predicted, [g for _, g in sel])
        out[f"{part}_sentences"] = len(sel)
        out[f"{part}_type_precision"] = round(s.precision, 4)
        out[f"{part}_type_recall"] = round(s.recall, 4)
        out[f"{part}_type_f1"] = round(s.f1, 4)
        out[f"{part}_source_accuracy"] = round(s.source_accuracy, 4)
        out[f"{part}_target_accuracy"] = round(s.target_accuracy, 4)
        out[f"{part}_source_country"] = f"{s.source_correct}/{s.source_total}"
        out[f"{part}_target_country"] = f"{s.target_correct}/{s.target_total}"
        for t, c in sorted(s.per_type.items()):
            out[f"{part}_per_type_{t}"] = f"{c.matched}/{c.gold} (predicted {c.predicted})"
        missed = {k: v for k, v in code_misses(sel, predicted).items() if v[0] < v[1]}
        out[f"{part}_codes_missed"] = " ".join(
            f"{k}:{v[0]}/{v[1]}" for k, v in sorted(missed.items())
        )
    return out


def evaluate(
    path: Path = DEFAULT,
    *,
    limit: int | None = None,
    nlp: Language | None = None,
    part: str | None = None,
) -> dict[str, Any]:
    """Code and score the probes in ``path``; ``part`` ("tune"/"check") scores one half."""
    path = Path(path)
    if path.is_dir():
        path = path / "cameo_probes.tsv"
    parts = (part,) if part in ("tune", "check") else ("check", "tune")
    probes = [(c, g) for c, g in load_probes(path) if g.split in parts]
    if limit is not None:
        probes = probes[:limit]
    if nlp is None:
        from newsgraph.nlp.pipeline import shared

        nlp = shared()
    return metrics(probes, code(nlp, probes), parts)


def report(m: dict[str, Any]) -> str:
    lines = ["CAMEO-code probes (hand-written, one event each): event types and actor countries"]
    for part, label in (("check", "check half (gated)"), ("tune", "tune half (IN-SAMPLE)")):
        if f"{part}_sentences" not in m:
            continue
        lines.append(
            f"{label}: {m[f'{part}_sentences']} sentences, type P/R/F1 "
            f"{m[f'{part}_type_precision']:.3f} / {m[f'{part}_type_recall']:.3f} / "
            f"{m[f'{part}_type_f1']:.3f}; source country {m[f'{part}_source_country']} "
            f"({m[f'{part}_source_accuracy']:.3f}), target country "
            f"{m[f'{part}_target_country']} ({m[f'{part}_target_accuracy']:.3f})"
        )
        prefix = f"{part}_per_type_"
        per = [f"{k[len(prefix) :]} {v}" for k, v in m.items() if k.startswith(prefix)]
        lines.append(f"  per type (matched/gold): {'; '.join(per)}")
        lines.append(f"  CAMEO codes with misses (found/probes): {m[f'{part}_codes_missed']}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m newsgraph.eval.events_probes")
    ap.add_argument("path", nargs="?", default=str(DEFAULT))
    ap.add_argument("--part", choices=("tune", "check"))
    ap.add_argument("--show", action="store_true", help="list every missed or mistyped probe")
    args = ap.parse_args(argv)
    try:
        probes = load_probes(Path(args.path))
    except GoldFileError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    parts = (args.part,) if args.part else ("check", "tune")
    probes = [(c, g) for c, g in probes if g.split in parts]
    from newsgraph.nlp.pipeline import shared

    predicted = code(shared(), probes)
    print(report(metrics(probes, predicted, parts)))
    if args.show:
        for c, g in probes:
            got = predicted.get(g.id, [])
            if any(p[0] == g.type for p in got):
                continue
            shown = ", ".join(f"{t} {s or '-'}->{o or '-'}" for t, s, o in got) or "no event"
            print(f"{g.id}\t{g.split}\t{c}\t{g.type}\t{shown}\t{g.sentence}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
