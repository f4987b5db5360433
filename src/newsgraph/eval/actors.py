"""Actor-coding rates on real news: how many events get actors an event-data user can use.

``newsgraph eval actors [FOLDER]`` (default ``../shared/data/polnear``) runs the whole pipeline
on the first 200 PolNeAR texts (``dev/text/*.txt`` then ``train/text/*.txt``, each sorted by
name; ``--limit`` changes the number), each with its publication date from ``metadata.tsv``,
and reports, over all events found:

- ``source_coded``: share of events with at least one source coded with a country (a known
  ISO alpha-3 or CAMEO country code) or an international organisation (``IGO``/``NGO``/``IMG``);
- ``both_coded``: share with such a source *and* such a target;
- ``source_any``: share with any source code at all;
- ``bare_sector``: share of coded actors whose code is a sector with no country (``GOV``,
  ``LEG``), which an event-data user cannot place;
- ``no_source``: share of events with no source at all (a role-finding, not a coding, miss).

These rates involve no gold. Accuracy comes from the hand-labelled event gold
(``tests/data/events/gold.tsv``, :mod:`newsgraph.eval.events_gold`): each gold sentence's whole
article runs through the pipeline with its publication date (PolNeAR ``metadata.tsv``, the
TimeBank/AQUAINT creation time, LGL's ``dltime``, else the date the tool infers from the text),
so actors can take their country from the article as a coder reading it would; the events whose
trigger lies in the sentence are scored with ``events_gold.score``: source and target country
(or organisation) accuracy on type-matched events. ``gold_check_*`` is the check half, reported;
``gold_tune_*`` the tune half the rules were fitted on (in-sample). ``--part check`` (or
``tune``) adds them; without it only the rates are computed.

``--texts-part tune`` (or ``check``) restricts the rates to those of the 200 texts whose name
:func:`newsgraph.eval.splits.part_of` puts in that part (110 tune, 90 check of the first 200):
actor rules are fitted on the tune texts and reported on the check texts. Without it the rates
cover all the texts, so earlier numbers stay comparable.
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from functools import lru_cache
from pathlib import Path
from typing import Any

import pycountry
from spacy.language import Language

DEFAULT_LIMIT = 200
INTERNATIONAL = ("IGO", "NGO", "IMG")
# CAMEO country codes that are not ISO 3166 alpha-3 (Palestine as PSE is ISO; these are not),
# and XKX, the code the EU and the IMF give Kosovo (the lexicons' code for it)
_CAMEO_COUNTRIES = {
    *"KSV XKX YUG SCG CSK SUN DDR USR EUR MEA AFR WST".split(),
}


@lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    return frozenset({c.alpha_3 for c in pycountry.countries} | _CAMEO_COUNTRIES)


def placed(code: str | None) -> bool:
    """Whether a code names a country or an international organisation."""
    if not code:
        return False
    return code[:3] in _countries() or code.startswith(INTERNATIONAL)


def bare_sector(code: str | None) -> bool:
    return bool(code) and not placed(code)


def texts(
    folder: Path, limit: int | None, part: str | None = None
) -> list[tuple[str, str, str | None]]:
    """(name, text, published) of the first ``limit`` PolNeAR texts, dev then train; with
    ``part`` ("tune" or "check") only those of them whose name is in that part."""
    folder = Path(folder)
    dates: dict[str, str] = {}
    meta = folder / "metadata.tsv"
    if meta.exists():
        with meta.open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh, delimiter="\t"):
                dates[row["filename"]] = row["publication_date"]
    out: list[tuple[str, str, str | None]] = []
    for compartment in ("dev", "train"):
        for p in sorted((folder / compartment / "text").glob("*.txt")):
            out.append((p.stem, p.read_text(encoding="utf-8"), dates.get(p.stem)))
    if not out:
        out = [
            (p.stem, p.read_text(encoding="utf-8"), dates.get(p.stem))
            for p in sorted(folder.glob("*.txt"))
        ]
    n = DEFAULT_LIMIT if limit is None else limit
    if part is None:
        return out[:n]
    if part not in ("tune", "check"):
        raise ValueError(f"texts part {part!r}: use 'tune' or 'check'")
    from newsgraph.eval.splits import part_of

    return [item for item in out[:n] if part_of(item[0]) == part]


def rates(events: list[Any]) -> dict[str, Any]:
    """The coding rates of a list of :class:`newsgraph.model.Event`."""
    n = len(events)
    src = sum(any(placed(a.code) for a in e.sources) for e in events)
    both = sum(
        any(placed(a.code) for a in e.sources) and any(placed(a.code) for a in e.targets)
        for e in events
    )
    anycode = sum(any(a.code for a in e.sources) for e in events)
    nosrc = sum(not e.sources for e in events)
    actors = [a for e in events for a in [*e.sources, *e.targets] if a.code]
    bare = sum(bare_sector(a.code) for a in actors)
    return {
        "events": n,
        "source_coded": round(src / n, 4) if n else 0.0,
        "both_coded": round(both / n, 4) if n else 0.0,
        "source_any": round(anycode / n, 4) if n else 0.0,
        "no_source": round(nosrc / n, 4) if n else 0.0,
        "bare_sector": round(bare / len(actors), 4) if actors else 0.0,
    }


GOLD_DIR = Path("tests") / "data" / "events"
_DCT = re.compile(r'<TIMEX3[^>]*value="(\d{4}-\d{2}-\d{2})[^"]*"[^>]*CREATION_TIME')
_DLTIME = re.compile(r'<article docid="(\d+)">\s*<dltime>(\d{4}-\d{2}-\d{2})')


def _make_doc(nlp: Language, text: str, published: str | None) -> Any:
    doc = nlp.make_doc(text)
    doc._.ng_cache = {}
    if published is None:
        from newsgraph.nlp.times.component import infer_published

        published = infer_published(text)
    doc._.ng_published = published
    return doc


def _published(shared: Path, corpus: str, path: str) -> str | None:
    """The publication date of a gold document, where its corpus records one."""
    file_part, _, key = path.partition("#")
    file = shared / file_part
    if corpus == "polnear":
        meta = shared / "data" / "polnear" / "metadata.tsv"
        with meta.open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh, delimiter="\t"):
                if row["filename"] == Path(file_part).stem:
                    return row["publication_date"] or None
    elif corpus == "tbaq":
        m = _DCT.search(file.read_text(encoding="utf-8"))
        return m.group(1) if m else None
    elif corpus == "lgl":
        for m in _DLTIME.finditer(_read(file)):
            if m.group(1) == key:
                return m.group(2)
    return None


@lru_cache(maxsize=4)
def _read(file: Path) -> str:
    return file.read_text(encoding="utf-8")


def gold_scores(
    nlp: Language, root: Path, shared: Path, parts: tuple[str, ...] = ("tune", "check")
) -> dict[str, Any]:
    """Source/target country accuracy on the event gold, per half (see the module docstring)."""
    from newsgraph.eval.events_gold import document_text, load_gold, score

    gold = [g for g in load_gold(root, shared) if g.split in parts]
    by_doc: dict[tuple[str, str], list[Any]] = {}
    for g in gold:
        by_doc.setdefault((g.corpus, g.path), []).append(g)
    keys = sorted(by_doc)
    docs = [_make_doc(nlp, document_text(shared, c, p), _published(shared, c, p)) for c, p in keys]
    predicted: dict[str, list[tuple[str, str, str]]] = {}
    for key, doc in zip(keys, nlp.pipe(docs, batch_size=8), strict=True):
        for g in by_doc[key]:
            inside = [e for e in doc._.ng_events or [] if g.start <= e.trigger.start < g.end]
            predicted[g.id] = [
                (
                    e.type,
                    next((a.code for a in e.sources if a.code), "") or "",
                    next((a.code for a in e.targets if a.code), "") or "",
                )
                for e in inside
            ]
    out: dict[str, Any] = {}
    for part in parts:
        res = score(predicted, [g for g in gold if g.split == part])
        out[f"gold_{part}_matched"] = res.matched
        out[f"gold_{part}_source_accuracy"] = round(res.source_accuracy, 4)
        out[f"gold_{part}_source_country"] = f"{res.source_correct}/{res.source_total}"
        out[f"gold_{part}_target_accuracy"] = round(res.target_accuracy, 4)
        out[f"gold_{part}_target_country"] = f"{res.target_correct}/{res.target_total}"
    return out


def evaluate(
    path: Path,
    *,
    limit: int | None = None,
    nlp: Language | None = None,
    part: str | None = None,
    gold: Path | None = GOLD_DIR,
    texts_part: str | None = None,
) -> dict[str, Any]:
    """Coding rates on the folder's first ``limit`` texts (default 200), only those of one part
    with ``texts_part`` ("tune" or "check"); with ``part`` ("tune" or "check") also country
    accuracy on that half of the event gold in ``gold`` (default ``tests/data/events``, all of
    its sentences)."""
    if nlp is None:
        from newsgraph.nlp.pipeline import build

        nlp = build()
    items = texts(Path(path), limit, texts_part)
    docs = [_make_doc(nlp, text, published) for _name, text, published in items]
    events: list[Any] = []
    uncoded: Counter[str] = Counter()
    untargeted: Counter[str] = Counter()
    bare: Counter[str] = Counter()
    for doc in nlp.pipe(docs, batch_size=16):
        for e in doc._.ng_events or []:
            events.append(e)
            if not any(placed(a.code) for a in e.sources):
                key = "; ".join(a.span.text for a in e.sources) or "(no source)"
                uncoded[key] += 1
            if not any(placed(a.code) for a in e.targets):
                key = "; ".join(a.span.text for a in e.targets) or "(no target)"
                untargeted[key] += 1
            for a in [*e.sources, *e.targets]:
                if bare_sector(a.code):
                    bare[f"{a.code}: {a.span.text}"] += 1
    out = rates(events)
    out["texts"] = len(items)
    if texts_part is not None:
        out["texts_part"] = texts_part
    out["top_uncoded_sources"] = uncoded.most_common(15)
    out["top_uncoded_targets"] = untargeted.most_common(15)
    out["top_bare_sector"] = bare.most_common(10)
    shared = Path(path).resolve().parent.parent
    if part in ("tune", "check") and gold is not None and (Path(gold) / "gold.tsv").exists():
        out.update(gold_scores(nlp, Path(gold), shared, (part,)))
    return out


def report(metrics: dict[str, Any]) -> str:
    which = f" ({metrics['texts_part']} part)" if metrics.get("texts_part") else ""
    lines = [
        f"Actor coding on {metrics['texts']} real-news texts{which}, {metrics['events']} events",
        f"  source with a country/IGO code  {metrics['source_coded']:.3f}",
        f"  both sides country/IGO-coded    {metrics['both_coded']:.3f}",
        f"  source with any code            {metrics['source_any']:.3f}",
        f"  no source at all                {metrics['no_source']:.3f}",
        f"  coded actors with a bare sector {metrics['bare_sector']:.3f}",
        "  most frequent sources without a country/IGO code:",
    ]
    lines += [f"    {n:4d}  {s}" for s, n in metrics.get("top_uncoded_sources", [])]
    lines.append("  most frequent targets without a country/IGO code:")
    lines += [f"    {n:4d}  {s}" for s, n in metrics.get("top_uncoded_targets", [])]
    lines.append("  most frequent bare-sector actors:")
    lines += [f"    {n:4d}  {s}" for s, n in metrics.get("top_bare_sector", [])]
    for part, label in (("check", "check half"), ("tune", "tune half, in-sample")):
        if f"gold_{part}_source_accuracy" in metrics:
            lines.append(
                f"Event gold, {label}: {metrics[f'gold_{part}_matched']} type-matched events; "
                f"source country {metrics[f'gold_{part}_source_accuracy']:.3f} "
                f"({metrics[f'gold_{part}_source_country']}), target country "
                f"{metrics[f'gold_{part}_target_accuracy']:.3f} "
                f"({metrics[f'gold_{part}_target_country']})"
            )
    return "\n".join(lines)
