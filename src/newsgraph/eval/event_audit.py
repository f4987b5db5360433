"""Hand audit of coded events on whole real articles (issue 10 item 5), GDELT-style.

``tests/data/event_audit/audit.tsv`` holds every event the coder produced on 120 real articles,
judged in four batches of 30 articles, each batch on the coder of one commit (:data:`BATCHES`;
the ``batch`` column of every row and article records which). Each event is judged by hand: is
there a real political event at the trigger, is the PLOVER type right, is the source's country
(and, separately, its sector) right, is the target's country right. The verdicts judge the
program's output (they are not blind gold). ``articles.tsv`` lists the articles with the
publication date the pipeline was given, the article's batch and its part:
:func:`newsgraph.eval.splits.part_of` of its path, as all our gold is split (checked on load).
Coder changes are fitted to the *tune* articles' rows; the *check* articles' rows are read as
totals only, and the report gives every number per batch and per part.

This module loads both files (checking every row's sentence against the corpus under
``../shared``), reports the precision numbers at audit time beside GDELT's own hand check, and,
after re-running the current coder on the articles, how many audited events it still
produces with the same type, with another type, or not at all (split by verdict), so a later
change can be read against the audit::

    python -m newsgraph.eval.event_audit            # audit numbers + the current coder
    python -m newsgraph.eval.event_audit --no-run   # audit numbers only (no model load)
"""

from __future__ import annotations

import argparse
import hashlib
import os
import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from newsgraph.eval._events_documents import document_text
from newsgraph.eval._events_records import PLOVER_TYPES
from newsgraph.eval.splits import Part, part_of

DEFAULT_DIR = Path(__file__).resolve().parents[3] / "tests" / "data" / "event_audit"
AUDITED_COMMIT = "93392d32540761a186ae98b0ae17629b98a99b2a"  # batch 1
BATCHES: dict[str, str] = {  # batch -> the commit whose coder produced (and was judged on) it
    "1": AUDITED_COMMIT,
    "2": "28f0cc76e92f2aa97e1824294c2873ec9476ac80",
    "3": "329c336e48539515f0550418294c3e75a09a43a4",
    "4": "2037e653c069844f417f1ad0788e5c3bb86a82eb",
}
GDELT_CODES = 0.81  # GDELT's own hand check: share of events with a correct event code
GDELT_ACTOR1 = 0.79  # ... and with a correct Actor1

HEADER = (
    "id", "corpus", "path", "published", "start", "end", "trigger", "sent_start", "sent_end",
    "check", "type", "mode", "source_code", "target_code", "flags", "event", "type_ok",
    "source_country_ok", "source_sector_ok", "target_ok", "reason", "batch",
)  # fmt: skip
ARTICLE_HEADER = ("corpus", "path", "published", "events", "split", "batch")
PARTS: tuple[Part, ...] = ("tune", "check")
CORPORA = ("polnear", "extraction", "lgl")
VERDICTS = ("y", "n")


class AuditFileError(ValueError):
    """A malformed audit file; the message names the file and line."""


@dataclass(frozen=True, slots=True)
class AuditRow:
    """One audited event: where it is, what the coder said at audit time, and the verdicts.

    ``type_ok`` .. ``target_ok`` are ``None`` when ``event`` is False (nothing to judge)."""

    id: str
    corpus: str
    path: str
    published: str | None
    start: int
    end: int
    trigger: str
    type: str
    source_code: str
    target_code: str
    event: bool
    type_ok: bool | None
    source_country_ok: bool | None
    source_sector_ok: bool | None
    target_ok: bool | None
    reason: str
    sentence: str = ""
    batch: str = "1"


@dataclass(frozen=True, slots=True)
class AuditArticle:
    corpus: str
    path: str
    published: str | None
    events: int
    split: Part = "tune"
    batch: str = "1"


@dataclass(slots=True)
class AuditNumbers:
    """Counts at audit time. Shares of ``events`` (every audited event) and of ``real``."""

    events: int = 0
    real: int = 0
    type_ok: int = 0
    source_country_ok: int = 0
    source_sector_ok: int = 0
    target_ok: int = 0
    all_right: int = 0  # real, type, source country and target all right

    def share(self, name: str, of: str = "events") -> float:
        den = getattr(self, of)
        return getattr(self, name) / den if den else 0.0


@dataclass(slots=True)
class Replay:
    """The current coder against the audit: each audited event is still produced with the
    same type at an overlapping trigger, produced with another type there, or gone."""

    same: int = 0
    changed: int = 0
    gone_no_event: int = 0  # judged "no event" and gone: fixed false positives
    gone_right: int = 0  # judged real with the right type and gone: lost good events
    gone_wrong_type: int = 0  # judged real with a wrong type and gone
    changed_ids: list[str] = field(default_factory=list)
    gone_ids: list[str] = field(default_factory=list)
    new_events: int = 0  # events now at a trigger no audited event overlaps (not judged)


def shared_root(path: Path) -> Path:
    """``../shared`` beside the project holding ``path``, or ``$NEWSGRAPH_SHARED``."""
    env = os.environ.get("NEWSGRAPH_SHARED")
    if env:
        return Path(env)
    for parent in Path(path).resolve().parents:
        if (parent / "pyproject.toml").exists():
            return parent.parent / "shared"
    return Path("..") / "shared"


def _rows(file: Path, header: Sequence[str]) -> Iterable[tuple[int, list[str]]]:
    try:
        lines = file.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise AuditFileError(f"{file}: cannot read ({exc.strerror or exc})") from None
    seen_header = False
    for no, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if not seen_header:
            if tuple(cells) != tuple(header):
                raise AuditFileError(f"{file}:{no}: header must be {' '.join(header)}")
            seen_header = True
            continue
        if len(cells) != len(header):
            raise AuditFileError(f"{file}:{no}: {len(cells)} cells, expected {len(header)}")
        yield no, cells
    if not seen_header:
        raise AuditFileError(f"{file}: no header line")


def _verdict(where: str, name: str, value: str, judged: bool) -> bool | None:
    if not judged:
        if value != "-":
            raise AuditFileError(f"{where}: {name} must be '-' when event is 'n', got {value!r}")
        return None
    if value not in VERDICTS:
        raise AuditFileError(f"{where}: {name} must be y or n, got {value!r}")
    return value == "y"


def _int(where: str, name: str, value: str) -> int:
    try:
        return int(value)
    except ValueError:
        raise AuditFileError(f"{where}: {name} is not an integer: {value!r}") from None


def load_audit(file: Path, shared: Path | None = None) -> list[AuditRow]:
    """The audited events of ``file``. With ``shared``, each row's sentence is read from the
    corpus and its hash and trigger checked; without, the corpus is not touched."""
    out: list[AuditRow] = []
    ids: set[str] = set()
    for no, c in _rows(file, HEADER):
        where = f"{file}:{no}"
        rec = dict(zip(HEADER, c, strict=True))
        if rec["id"] in ids:
            raise AuditFileError(f"{where}: duplicate id {rec['id']}")
        ids.add(rec["id"])
        if rec["corpus"] not in CORPORA:
            raise AuditFileError(f"{where}: unknown corpus {rec['corpus']!r}")
        if rec["type"] not in PLOVER_TYPES:
            raise AuditFileError(f"{where}: unknown PLOVER type {rec['type']!r}")
        start, end = _int(where, "start", rec["start"]), _int(where, "end", rec["end"])
        s0, s1 = (
            _int(where, "sent_start", rec["sent_start"]),
            _int(where, "sent_end", rec["sent_end"]),
        )
        if not (0 <= s0 <= start < end <= s1):
            raise AuditFileError(f"{where}: trigger {start}-{end} not inside sentence {s0}-{s1}")
        if rec["event"] not in VERDICTS:
            raise AuditFileError(f"{where}: event must be y or n, got {rec['event']!r}")
        real = rec["event"] == "y"
        if not rec["reason"].strip():
            raise AuditFileError(f"{where}: empty reason")
        if rec["batch"] not in BATCHES:
            raise AuditFileError(f"{where}: unknown batch {rec['batch']!r}")
        sentence = ""
        if shared is not None:
            try:
                text = document_text(shared, rec["corpus"], rec["path"])
            except (OSError, KeyError, ValueError) as exc:
                raise AuditFileError(f"{where}: {exc}") from None
            sentence = text[s0:s1]
            check = hashlib.sha1(sentence.encode("utf-8")).hexdigest()[:10]
            if check != rec["check"] or text[start:end] != rec["trigger"]:
                raise AuditFileError(
                    f"{where}: sentence or trigger differs from the corpus at these offsets; "
                    "the corpus or the offsets changed"
                )
        out.append(
            AuditRow(
                id=rec["id"],
                corpus=rec["corpus"],
                path=rec["path"],
                published=rec["published"] or None,
                start=start,
                end=end,
                trigger=rec["trigger"],
                type=rec["type"],
                source_code=rec["source_code"],
                target_code=rec["target_code"],
                event=real,
                type_ok=_verdict(where, "type_ok", rec["type_ok"], real),
                source_country_ok=_verdict(
                    where, "source_country_ok", rec["source_country_ok"], real
                ),
                source_sector_ok=_verdict(where, "source_sector_ok", rec["source_sector_ok"], real),
                target_ok=_verdict(where, "target_ok", rec["target_ok"], real),
                reason=rec["reason"],
                sentence=sentence,
                batch=rec["batch"],
            )
        )
    return out


def load_articles(file: Path) -> list[AuditArticle]:
    """The audited articles (``articles.tsv``), in audit order. An article's ``split`` must be
    ``part_of`` its path."""
    out: list[AuditArticle] = []
    for no, c in _rows(file, ARTICLE_HEADER):
        if c[0] not in CORPORA:
            raise AuditFileError(f"{file}:{no}: unknown corpus {c[0]!r}")
        split = part_of(c[1])
        if c[5] not in BATCHES:
            raise AuditFileError(f"{file}:{no}: unknown batch {c[5]!r}")
        if c[4] != split:
            raise AuditFileError(
                f"{file}:{no}: split {c[4]!r} of {c[1]!r} disagrees with sha1(path) "
                f"(expected {split!r})"
            )
        out.append(
            AuditArticle(
                c[0], c[1], c[2] or None, _int(f"{file}:{no}", "events", c[3]), split, c[5]
            )
        )
    return out


def in_part(
    rows: Sequence[AuditRow],
    articles: Sequence[AuditArticle],
    part: Part | None,
    batch: str | None = None,
) -> list[AuditRow]:
    """The rows of the articles of one part (all rows when ``part`` is None) and of one batch
    (all batches when ``batch`` is None). A row whose article is not listed, or whose batch is
    not its article's, is refused."""
    by_path = {a.path: a for a in articles}
    for r in rows:
        if r.path not in by_path:
            raise AuditFileError(f"audit row {r.id}: article {r.path!r} is not in articles.tsv")
        if r.batch != by_path[r.path].batch:
            raise AuditFileError(
                f"audit row {r.id}: batch {r.batch} but its article is in batch "
                f"{by_path[r.path].batch}"
            )
    return [
        r
        for r in rows
        if (part is None or by_path[r.path].split == part) and (batch is None or r.batch == batch)
    ]


def audit_numbers(rows: Sequence[AuditRow]) -> AuditNumbers:
    """Count the verdicts (plain data in, no corpus or model)."""
    n = AuditNumbers(events=len(rows))
    for r in rows:
        if not r.event:
            continue
        n.real += 1
        n.type_ok += bool(r.type_ok)
        n.source_country_ok += bool(r.source_country_ok)
        n.source_sector_ok += bool(r.source_sector_ok)
        n.target_ok += bool(r.target_ok)
        n.all_right += bool(r.type_ok and r.source_country_ok and r.target_ok)
    return n


Current = Mapping[str, Sequence[tuple[int, int, str]]]  # path -> (start, end, type) per event


def replay(rows: Sequence[AuditRow], current: Current) -> Replay:
    """Compare the audit with the current coder's events (``path`` -> trigger spans + types).

    An audited event is matched by the current events of its article whose trigger overlaps
    its trigger: one of them with the audited type -> ``same``; only others -> ``changed``;
    none -> gone, counted by the audited verdict."""
    out = Replay()
    for r in rows:
        here = [t for s, e, t in current.get(r.path, ()) if s < r.end and r.start < e]
        if r.type in here:
            out.same += 1
        elif here:
            out.changed += 1
            out.changed_ids.append(r.id)
        else:
            out.gone_ids.append(r.id)
            if not r.event:
                out.gone_no_event += 1
            elif r.type_ok:
                out.gone_right += 1
            else:
                out.gone_wrong_type += 1
    by_path: dict[str, list[AuditRow]] = {}
    for r in rows:
        by_path.setdefault(r.path, []).append(r)
    for path, events in current.items():
        audited = by_path.get(path, [])
        for s, e, _ in events:
            if not any(s < r.end and r.start < e for r in audited):
                out.new_events += 1
    return out


def run_current(
    articles: Sequence[AuditArticle], shared: Path
) -> dict[str, list[tuple[int, int, str]]]:
    """Run the current pipeline on the audited articles (uncleaned text, so offsets match the
    corpus; each with its publication date) and return each article's event triggers."""
    from newsgraph.api import Pipeline
    from newsgraph.ingest import raw_from_text

    pipe = Pipeline()
    out: dict[str, list[tuple[int, int, str]]] = {}
    for a in articles:
        text = document_text(shared, a.corpus, a.path)
        art = pipe.analyze(raw_from_text(text, clean=False, source=a.path), a.published)
        out[a.path] = [(e.trigger.start, e.trigger.end, e.type) for e in art.events]
    return out


def _pct(k: int, n: int) -> str:
    return f"{k}/{n} = {k / n:.0%}" if n else f"{k}/0"


def report(
    n: AuditNumbers,
    rep: Replay | None = None,
    articles: int = 0,
    part: Part | None = None,
    ids: bool = True,
    batch: str | None = None,
) -> str:
    """The numbers of one part (``part``) or of all rows, of one batch (``batch``, named with
    its commit) or of all batches; ``ids=False`` leaves the ids of changed and gone events out
    (the check part is read as totals only)."""
    what = "all articles" if part is None else f"the {part} articles"
    who = (
        f"batch {batch} (the coder of commit {BATCHES[batch][:7]})"
        if batch is not None
        else "all batches (" + ", ".join(f"{b}: {c[:7]}" for b, c in BATCHES.items()) + ")"
    )
    lines = [
        f"Hand audit, {who}, {what}: {articles} real "
        f"articles ({n.events} events, every event; judged output, not blind gold)",
        f"  real political event at the trigger: {_pct(n.real, n.events)}",
        f"  type right:              {_pct(n.type_ok, n.events)} of all events "
        f"({_pct(n.type_ok, n.real)} of real ones)   GDELT hand check: {GDELT_CODES:.0%} "
        "correct codes",
        f"  source country right:    {_pct(n.source_country_ok, n.events)} of all events "
        f"({_pct(n.source_country_ok, n.real)} of real ones)   GDELT: {GDELT_ACTOR1:.0%} "
        "correct Actor1",
        f"  source sector right:     {_pct(n.source_sector_ok, n.real)} of real ones",
        f"  target country right:    {_pct(n.target_ok, n.real)} of real ones",
        f"  real, type, source and target country all right: {_pct(n.all_right, n.events)}",
    ]
    if rep is not None:
        gone = rep.gone_no_event + rep.gone_right + rep.gone_wrong_type
        lines += [
            "Current coder on the same articles:",
            f"  audited events still produced with the same type: {rep.same}/{n.events}",
            f"  at the same trigger with another type: {rep.changed}"
            + (f" ({', '.join(rep.changed_ids)})" if rep.changed_ids and ids else ""),
            f"  gone: {gone} = {rep.gone_no_event} judged 'no event' (fixed false positives)"
            f" + {rep.gone_right} judged real with the right type (lost)"
            f" + {rep.gone_wrong_type} judged real with a wrong type",
            f"  new events at triggers the audit has not judged: {rep.new_events}",
        ]
        if rep.gone_ids and ids:
            lines.append(f"  gone ids: {', '.join(rep.gone_ids)}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m newsgraph.eval.event_audit")
    ap.add_argument("dir", nargs="?", default=str(DEFAULT_DIR), help="the audit folder")
    ap.add_argument("--shared", help="the shared data folder (default: ../shared)")
    ap.add_argument("--no-run", action="store_true", help="only the audit-time numbers")
    ap.add_argument(
        "--batch",
        choices=(*BATCHES, "all"),
        default="all",
        help="which batch to report (default: each batch apart, then all batches together)",
    )
    ap.add_argument(
        "--part",
        choices=("tune", "check", "all"),
        default="all",
        help="which part to report (default: tune and check apart, ids for tune only)",
    )
    args = ap.parse_args(argv)
    folder = Path(args.dir)
    shared = Path(args.shared) if args.shared else shared_root(folder)
    try:
        rows = load_audit(folder / "audit.tsv", shared)
        articles = load_articles(folder / "articles.tsv")
    except AuditFileError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    try:
        in_part(rows, articles, None)
    except AuditFileError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    parts = PARTS if args.part == "all" else (args.part,)
    batches: tuple[str | None, ...] = (*BATCHES, None) if args.batch == "all" else (args.batch,)
    chosen = [
        a for a in articles if a.split in parts and (args.batch == "all" or a.batch == args.batch)
    ]
    current = None if args.no_run else run_current(chosen, shared)
    blocks = []
    for batch in batches:
        for part in parts:
            these = in_part(rows, articles, part, batch)
            paths = {a.path for a in chosen if a.split == part and batch in (None, a.batch)}
            rep = (
                None
                if current is None
                else replay(these, {k: v for k, v in current.items() if k in paths})
            )
            blocks.append(
                report(audit_numbers(these), rep, len(paths), part, part == "tune", batch)
            )
    print("\n\n".join(blocks))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
