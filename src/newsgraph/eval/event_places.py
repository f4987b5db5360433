"""Score the events' action places (``place_source``, evplace42) on the blind gold of
``tests/data/event_places/gold.tsv`` (see that folder's README).

Each gold row is one event sentence of a PolNeAR or LGL document with the place where the
event happened (alternatives ``|``-separated, or ``unknown``) and its country. The documents
are run whole; the row's event is the one whose trigger lies in the row's span and starts with
the row's trigger word (else the first event in the span); a row with no such event is
``unmatched``. Per ``place_source`` (and over all sources):

* ``covered``: matched rows whose event has a place;
* ``place_right``: the place's name (or its mention's text) is one of the gold names;
* ``country_right``: the place's country is the gold country (a place on a row whose gold
  country is ``-`` is wrong).

A row with no event of ours is scored by running :func:`fallback_place` at its gold trigger
(the fallback alone, no coder's place, no actors); ``our events`` counts only rows whose event
the pipeline found.

Run: ``.venv/bin/python -m newsgraph.eval.event_places --part tune``.
"""

from __future__ import annotations

import argparse
import csv
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsgraph.eval._events_documents import document_text
from newsgraph.eval.actors import _make_doc, _published
from newsgraph.model import Span
from newsgraph.nlp.attach import fallback_place, located_places

GOLD = Path("tests") / "data" / "event_places" / "gold.tsv"
_PATHS = {
    "polnear": "data/polnear/train/text/{}.txt",
    "lgl": "data/geo/lgl.xml#{}",
}


@dataclass(frozen=True, slots=True)
class Row:
    id: str
    split: str
    corpus: str
    document: str
    start: int
    end: int
    trigger: str
    places: tuple[str, ...]  # empty: unknown
    country: str | None


def load(path: Path = GOLD) -> list[Row]:
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    return [
        Row(
            r["id"],
            r["split"],
            r["corpus"],
            r["document"],
            int(r["start"]),
            int(r["end"]),
            r["trigger"],
            () if r["place"] == "unknown" else tuple(r["place"].split("|")),
            None if r["country"] == "-" else r["country"],
        )
        for r in rows
    ]


def _event(events: list[Any], row: Row, alone: bool) -> Any | None:
    """The row's event: its trigger in the row's span, starting with the row's trigger word;
    else, when no other row shares the span (``alone``), the first event in it."""
    inside = [e for e in events if row.start <= e.trigger.start < row.end]
    stem = row.trigger.lower()[:4]
    same = [e for e in inside if e.trigger.text.lower().startswith(stem)]
    return (same or (inside if alone else []) or [None])[0]


def _trigger(text: str, row: Row) -> Span:
    """The row's trigger word in its span (the span's start when the word is not there)."""
    at = text.find(row.trigger, row.start, row.end)
    at = row.start if at < 0 else at
    return Span.of(text, at, at + len(row.trigger))


def judge(ev: Any, places: dict[str, Any], row: Row) -> tuple[bool, bool]:
    """(place right, country right) of one event's place against one gold row."""
    p = places.get(ev.place_id or "")
    if p is None:
        return False, False
    names = {n.lower() for n in row.places}
    place_ok = p.name.lower() in names or p.span.text.lower() in names
    return place_ok, row.country is not None and p.country_code == row.country


def score(rows: list[Row], nlp: Any, shared: Path) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    keys = sorted({(r.corpus, r.document) for r in rows})
    docs = []
    for corpus, document in keys:
        path = _PATHS[corpus].format(document)
        docs.append(
            _make_doc(nlp, document_text(shared, corpus, path), _published(shared, corpus, path))
        )
    found = dict(zip(keys, nlp.pipe(docs, batch_size=4), strict=True))
    tally: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    detail: list[dict[str, Any]] = []
    spans: dict[tuple[str, int], int] = defaultdict(int)
    for r in rows:
        spans[(r.document, r.start)] += 1
    for r in rows:
        doc = found[(r.corpus, r.document)]
        places = {p.id: p for p in doc._.ng_places or []}
        ev = _event(doc._.ng_events or [], r, spans[(r.document, r.start)] == 1)
        if ev is None:
            # no event of ours on the row: the fallback rule alone, at the gold trigger
            p, src = fallback_place(doc, _trigger(doc.text, r), located_places(doc), [])
            ev = argparse.Namespace(place_id=p.id if p else None, place_source=src)
            tally["all"]["unmatched"] += 1
        src = ev.place_source or "none"
        ok_place, ok_country = judge(ev, places, r)
        tallies = ["all", src] + (["our events"] if hasattr(ev, "trigger") else [])
        for key in tallies:
            t = tally[key]
            t["matched"] += 1
            t["covered"] += src != "none"
            t["place_right"] += ok_place
            t["country_right"] += ok_country
            t["gold_unknown_country"] += r.country is None
        p = places.get(ev.place_id or "")
        detail.append(
            {
                "id": r.id,
                "source": src,
                "event": "ours" if hasattr(ev, "trigger") else "gold trigger",
                "got": f"{p.name}/{p.country_code}" if p else None,
                "gold": f"{'|'.join(r.places) or 'unknown'}/{r.country or '-'}",
                "place_right": ok_place,
                "country_right": ok_country,
            }
        )
    return {k: dict(v) for k, v in tally.items()}, detail


def report(tally: dict[str, Any]) -> str:
    lines = []
    for key in ("all", "our events", "sentence", "paragraph", "dateline", "none"):
        t = tally.get(key)
        if not t:
            continue
        cov = t.get("covered", 0)
        line = f"{key:11s} matched={t.get('matched', 0)} covered={cov}"
        if cov:
            line += (
                f" place_acc={t.get('place_right', 0) / cov:.3f}"
                f" country_acc={t.get('country_right', 0) / cov:.3f}"
            )
        lines.append(line)
    if "unmatched" in tally.get("all", {}):
        lines.append(
            f"rows without an event of ours (the rule run at the gold trigger): "
            f"{tally['all']['unmatched']}"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--part", choices=("tune", "check"), required=True)
    ap.add_argument("--shared", default="../shared")
    ap.add_argument("--gold", default=str(GOLD))
    ap.add_argument("--rows", action="store_true", help="print each row (tune only)")
    a = ap.parse_args(argv)
    from newsgraph.nlp.pipeline import build

    rows = [r for r in load(Path(a.gold)) if r.split == a.part]
    tally, detail = score(rows, build(), Path(a.shared))
    print(report(tally))
    if a.rows and a.part == "tune":
        for d in detail:
            print("\t".join(str(v) for v in d.values()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
