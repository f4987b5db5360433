"""Score ``newsgraph_events`` on the PETRARCH unit-test suite (``PETR.UnitTest.records.xml``).

The suite's fictional actors (Arnor, Gondor, ...) are coded with its own toy dictionaries
``PETR.Validate.actors.txt`` / ``PETR.Validate.agents.txt`` read by our PETRARCH-format loader.
**The gated metrics (unprefixed keys) are the built-in coder's**: newsgraph's own patterns and
learned classifier, never the suite's verb dictionary ``PETR.Validate.verbs.txt``, whose
(largely WEIS-derived) codes the suite's gold follows. The suite is split like every
development gold set (:func:`newsgraph.eval.splits.part_of` of the record id): the event
classifier is trained on the *tune* half (``newsgraph train events``), so only *check* scores
are out of sample; ``--part`` picks a half. ``suite_verbs_*`` keys report the coder with the
suite's verb dictionary added (dictionary-assisted, in-sample by construction, not gated).
Each sentence is coded with its date. Gold CAMEO codes are converted to PLOVER with the
conversion table ``../plover/CAMEO2PLOVER-2021.txt`` (exact code, else its 3-digit parent,
else its 2-digit cue category). Our documented choices:

* CAMEO 01 (statements) and 02 (appeals) are dropped by PLOVER: such gold events are removed,
  so a sentence left with none is a *no-event* sentence.
* Sentences whose gold uses codes that are not CAMEO at all (the suite's synset test codes such
  as 903, or WEIS codes such as 223) cannot be converted and are skipped, as are records marked
  ``error`` (parser/discard tests) and records with no ``EventCoding``.
* Predicted events flagged ``negated`` are not counted (PETRARCH codes what happened).

Metrics, micro-averaged, overall and per suite category:

* detection: per sentence, TP = gold and predicted events; FP = predicted, no gold; FN = gold,
  none predicted.
* type: per sentence, the sets of PLOVER types (TP = shared types).
* triple: per sentence, the sets of (source code, type, target code) dyads. An event with
  several sources and targets gives every source x target dyad; several sources and no target
  (a reciprocal "A and B met") give every ordered pair; gold "---" becomes no code.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.eval._metrics import prf
from newsgraph.model import Event
from newsgraph.nlp._doc import register_extensions
from newsgraph.nlp.events._patterns import patterns_from_verbs
from newsgraph.nlp.events.component import EventCoder
from newsgraph.nlp.events.dictionaries import load_verbs

register_extensions()  # the Doc._.ng_* extensions records live on

RECORDS = "PETR.UnitTest.records.xml"
ACTORS = "PETR.Validate.actors.txt"
AGENTS = "PETR.Validate.agents.txt"
VERBS = "PETR.Validate.verbs.txt"
CONVERSION = Path("..") / "plover" / "CAMEO2PLOVER-2021.txt"
DROPPED = {"01", "02"}

Triple = tuple[str | None, str, str | None]


@dataclass(slots=True)
class Record:
    id: str
    category: str
    date: str  # ISO
    text: str
    gold: list[Triple]  # PLOVER triples


@dataclass(slots=True)
class Counts:
    tp: float = 0
    fp: float = 0
    fn: float = 0

    def add(self, gold: set[Any], pred: set[Any]) -> None:
        self.tp += len(gold & pred)
        self.fp += len(pred - gold)
        self.fn += len(gold - pred)

    def prf(self) -> tuple[float, float, float]:
        p, r, f = prf(self.tp, self.tp, self.tp + self.fp, self.tp + self.fn)
        return round(p, 4), round(r, 4), round(f, 4)


@dataclass(slots=True)
class Tally:
    detection: Counts = field(default_factory=Counts)
    type: Counts = field(default_factory=Counts)
    triple: Counts = field(default_factory=Counts)
    sentences: int = 0


def read_conversion(path: Path) -> dict[str, str]:
    """CAMEO code -> PLOVER type from the conversion table (``030: AGREE, , diplomatic # ...``)."""
    out: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^\s*(\d{2,4})\s*:\s*([A-Z]+)", line)
        if m:
            out.setdefault(m.group(1), m.group(2))
    return out


def to_plover(code: str, table: dict[str, str]) -> str | None:
    """PLOVER type of a CAMEO code; "" when PLOVER drops it (01, 02); None when not CAMEO."""
    code = code.strip()
    if not re.fullmatch(r"\d{3,4}", code):
        return None
    if code[:2] in DROPPED:
        return ""
    for key in (code, code[:3], code[:2]):
        if key in table:
            return table[key]
    return None


def _norm(code: str | None) -> str | None:
    if code is None:
        return None
    code = code.strip().strip('"').upper()
    while code.startswith("---"):
        code = code[3:]
    return code or None


def read_records(path: Path, table: dict[str, str]) -> tuple[list[Record], dict[str, int]]:
    """The scorable records of the suite, and counts of the skipped ones by reason."""
    root = ET.parse(path).getroot()
    records: list[Record] = []
    skipped: dict[str, int] = defaultdict(int)
    for s in root.iter("Sentence"):
        codings = s.findall("EventCoding")
        text_el = s.find("Text")
        if text_el is None or not codings:
            skipped["no_coding"] += 1
            continue
        if any("error" in c.attrib for c in codings):
            skipped["error_record"] += 1
            continue
        gold: list[Triple] = []
        ok = True
        for c in codings:
            if c.get("noevents"):
                continue
            ptype = to_plover(c.get("eventcode", ""), table)
            if ptype is None:
                ok = False
                break
            if ptype:
                gold.append((_norm(c.get("sourcecode")), ptype, _norm(c.get("targetcode"))))
        if not ok:
            skipped["non_cameo_code"] += 1
            continue
        d = s.get("date", "")
        records.append(
            Record(
                id=s.get("id", ""),
                category=s.get("category", "").rstrip("x"),
                date=f"{d[:4]}-{d[4:6]}-{d[6:8]}" if len(d) == 8 else "",
                text=" ".join((text_el.text or "").split()),
                gold=gold,
            )
        )
    return records, dict(skipped)


def dyads(events: Iterable[Event]) -> set[Triple]:
    """(source code, type, target code) dyads of non-negated events (see module doc)."""
    out: set[Triple] = set()
    for ev in events:
        if ev.negated:
            continue
        srcs = [_norm(a.code) for a in ev.sources] or [None]
        tgts = [_norm(a.code) for a in ev.targets]
        if not tgts and len(srcs) > 1:
            out.update((a, ev.type, b) for a in srcs for b in srcs if a != b)
            continue
        for a in srcs:
            for b in tgts or [None]:
                out.add((a, ev.type, b))
    return out


def score(pairs: Iterable[tuple[Record, list[Event]]]) -> dict[str, Any]:
    """Metrics from (record, predicted events) pairs."""
    tallies: dict[str, Tally] = defaultdict(Tally)
    for rec, events in pairs:
        pred = dyads(events)
        gold = set(rec.gold)
        for key in ("overall", rec.category):
            t = tallies[key]
            t.sentences += 1
            t.detection.add({1} if gold else set(), {1} if pred else set())
            t.type.add({g[1] for g in gold}, {p[1] for p in pred})
            t.triple.add(gold, pred)
    metrics: dict[str, Any] = {}
    for key in sorted(tallies, key=lambda k: (k != "overall", k)):
        t = tallies[key]
        prefix = "" if key == "overall" else f"{key.lower()}_"
        metrics[f"{prefix}sentences"] = t.sentences
        for name, counts in (("detection", t.detection), ("type", t.type), ("triple", t.triple)):
            p, r, f = counts.prf()
            metrics[f"{prefix}{name}_precision"] = p
            metrics[f"{prefix}{name}_recall"] = r
            metrics[f"{prefix}{name}_f1"] = f
    return metrics


def _suite_dir(path: Path) -> Path:
    return path if path.is_dir() else path.parent


def evaluate(
    path: Path,
    *,
    limit: int | None = None,
    nlp: Language | None = None,
    verbs: bool = True,
    part: str | None = None,
) -> dict[str, Any]:
    """Code the suite's sentences and score them (``path``: the records file or its folder).

    Unprefixed keys: the built-in coder (no suite verbs) on ``part`` ("tune"/"check"; all
    records when None). With ``verbs``, ``suite_verbs_*`` keys score the coder with the suite's
    verb dictionary added, on the same records."""
    from newsgraph.eval.splits import part_of

    path = Path(path)
    folder = _suite_dir(path)
    records_path = path if path.is_file() else folder / RECORDS
    table = read_conversion(folder / CONVERSION)
    records, skipped = read_records(records_path, table)
    if part is not None:
        records = [r for r in records if part_of(r.id) == part]
    if limit is not None:
        records = records[:limit]
    dicts = {"actors": [str(folder / ACTORS)], "agents": [str(folder / AGENTS)]}
    coders = [("", EventCoder(**dicts))]  # type: ignore[arg-type]
    if verbs:
        extra = patterns_from_verbs(load_verbs(folder / VERBS), lambda c: to_plover(c, table))
        coders.append(("suite_verbs_", EventCoder(**dicts, patterns=extra)))  # type: ignore[arg-type]
    if nlp is None:
        from newsgraph.nlp.pipeline import load_model

        nlp = load_model()
    disabled = [n for n in nlp.pipe_names if n == "newsgraph_events"]
    docs = []
    for rec in records:
        doc = nlp.make_doc(rec.text)
        doc._.ng_published = rec.date or None
        docs.append(doc)
    with nlp.select_pipes(disable=disabled):
        parsed: list[Doc] = list(nlp.pipe(docs))
    metrics: dict[str, Any] = {"part": part or "all"}
    categories = tuple(f"{c}_" for c in {r.category.lower() for r in records})
    for prefix, coder in coders:
        preds = [list(coder(d)._.ng_events or []) for d in parsed]
        scored = score(zip(records, preds, strict=True))
        if prefix:
            scored = {k: v for k, v in scored.items() if not k.startswith(categories)}
        metrics.update({f"{prefix}{k}": v for k, v in scored.items()})
    for reason, n in sorted(skipped.items()):
        metrics[f"skipped_{reason}"] = n
    return metrics


def report(metrics: dict[str, Any]) -> str:
    """A readable table: overall and per category."""
    keys = sorted(
        {
            k[: -len("sentences")]
            for k in metrics
            if k.endswith("sentences") and not k.startswith("suite_verbs_")
        },
        key=lambda k: (k != "", k),
    )
    part = metrics.get("part", "all")
    sample = {"check": "out of sample", "tune": "IN-SAMPLE: the classifier trained on it"}
    lines = [
        f"PETRARCH unit-test suite, built-in coder (no suite verbs), part {part} "
        f"({sample.get(part, 'tune half in-sample')}); PLOVER events (P / R / F1)",
        f"{'category':<10} {'n':>4}  {'detection':>20}  {'type':>20}  {'triple':>20}",
    ]
    for k in keys:
        cells = []
        for name in ("detection", "type", "triple"):
            p, r, f = (metrics[f"{k}{name}_{m}"] for m in ("precision", "recall", "f1"))
            cells.append(f"{p:.2f} {r:.2f} {f:.2f}".rjust(20))
        label = k.rstrip("_").upper() or "OVERALL"
        lines.append(f"{label:<10} {metrics[f'{k}sentences']:>4}  " + "  ".join(cells))
    if "suite_verbs_type_f1" in metrics:
        lines.append(
            "with the suite's own verb dictionary added (not gated): detection/type/triple F1 "
            + " / ".join(
                f"{metrics[f'suite_verbs_{n}_f1']:.2f}" for n in ("detection", "type", "triple")
            )
        )
    skipped = {k: v for k, v in metrics.items() if k.startswith("skipped_")}
    if skipped:
        lines.append("skipped: " + ", ".join(f"{k[8:]}={v}" for k, v in skipped.items()))
    return "\n".join(lines)
