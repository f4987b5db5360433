"""The eval gate: scores on gold sets are pinned in ``floors.json``; a drop fails CI.

Each entry names its gold set (``path``, relative to the project root), the part it scores
(``part``: ``check`` — never fitted to —, ``tune`` or ``all``; ``in_sample`` says whether rules
or models were fitted on that data), the set's SHA-256 (``sha256``: the gate refuses to compare
scores on a gold set that changed) and the floors. A scorer that also reads another gold set
(the actors scorer scores the event gold's check half too) pins it in ``also``: a list of
{"path", "sha256"}. A floor is only ever raised: a test compares ``floors.json`` with its
previous committed version; only a changed gold set (``sha256`` or one of ``also``) starts an
entry's floors afresh, a re-pin documented in its note. Each scorer is
``newsgraph.eval.<module>.evaluate(path, limit=.., nlp=.., [part=..])``.
"""

from __future__ import annotations

import hashlib
import importlib
import inspect
import json
from importlib import resources
from pathlib import Path
from typing import Any

# scorer name -> (module, default gold data path relative to the project root)
SCORERS: dict[str, tuple[str, str]] = {
    "extraction": ("newsgraph.eval.extraction", "../shared/data/extraction"),
    "quotes": ("newsgraph.eval.quotes", "../shared/data/polnear/dev"),
    "petrarch": ("newsgraph.eval.petrarch", "../shared/data/events/petrarch"),
    # PLOVER event gold and no-event sentences, hand-labelled blind (sentences read from ../shared)
    "events": ("newsgraph.eval.events", "tests/data/events"),
    # hand-written CAMEO-code probes (two per CAMEO code, more phrasings), labelled blind
    "event_probes": ("newsgraph.eval.events_probes", "tests/data/event_probes/cameo_probes.tsv"),
    "geo": ("newsgraph.eval.geo", "../shared/data/geo/lgl.xml"),
    # the resolver was fitted on LGL: GeoVirus is its check set
    "geovirus": ("newsgraph.eval.geo", "../shared/data/geo/geovirus.xml"),
    # GeoWebNews-style toponyms (streets, buildings, demonyms) on ../shared pages, written blind
    "geoweb": ("newsgraph.eval.geoweb", "tests/data/places/geoweb_gold.tsv"),
    # a third GeoWebNews-style set on world news (wire, extraction pages, PTC, PolNeAR), blind
    "geoweb_world": ("newsgraph.eval.geoweb", "tests/data/places/geoweb_gold_world.tsv"),
    # TempEval-3 training data: the tagger is tuned on TimeBank, checked on AQUAINT
    "timeml": ("newsgraph.eval.timeml", "../shared/data/time/tbaq/AQUAINT"),
    "timeml_timebank": ("newsgraph.eval.timeml", "../shared/data/time/tbaq/TimeBank"),
    "times": ("newsgraph.eval.times", "tests/data/times_gold.tsv"),
    # a second, blind gold set written without looking at the tagger's output
    "times_blind": ("newsgraph.eval.times", "tests/data/times_gold_blind.tsv"),
    # actor-coding rates on real news (first PolNeAR texts); --part adds the event gold's half
    "actors": ("newsgraph.eval.actors", "../shared/data/polnear"),
    # speaker resolution on quotes from ../shared articles, gold written blind (check half)
    "speakers": ("newsgraph.eval.speakers", "tests/data/speakers/gold.tsv"),
    # PTC (SemEval-2020 Task 11): the framing tagger is trained on the tune half (sha1 even)
    "framing": ("newsgraph.eval.framing", "../shared/data/framing/ptc"),
    # framing labels on real sentences and the actor each labels, gold written blind (attach26)
    "framing_attach": ("newsgraph.eval.framing_attach", "tests/data/framing_attach/gold.tsv"),
}

TOLERANCE = 1e-9


def floors() -> dict[str, dict[str, Any]]:
    """The pinned floors: {scorer: {"path", "part", "in_sample", "sha256", "limit", "metrics"}}.

    ``path`` is relative to the project root (the gold sets live in ../shared/data).
    """
    text = resources.files("newsgraph.eval").joinpath("floors.json").read_text(encoding="utf-8")
    return json.loads(text)["floors"]  # type: ignore[no-any-return]


def run(
    name: str,
    path: Path,
    *,
    limit: int | None = None,
    nlp: Any = None,
    part: str | None = None,
    texts_part: str | None = None,
) -> dict[str, Any]:
    """Score one gold set; ``part`` ("tune"/"check") goes to scorers that split a set,
    ``texts_part`` to those that also split their folder of texts (``actors``).

    A scorer that does not split scores its whole set, which is then one part as a whole
    (GeoVirus is all check; see docs/evaluation.md).
    """
    module = importlib.import_module(SCORERS[name][0])
    kwargs: dict[str, Any] = {"limit": limit, "nlp": nlp}
    if part in ("tune", "check") and splits(name):
        kwargs["part"] = part
    if texts_part is not None:
        kwargs["texts_part"] = texts_part
    return module.evaluate(path, **kwargs)  # type: ignore[no-any-return]


def splits(name: str) -> bool:
    """Whether a scorer can score the tune or check half of its gold set."""
    module = importlib.import_module(SCORERS[name][0])
    return "part" in inspect.signature(module.evaluate).parameters


def report(name: str, metrics: dict[str, Any]) -> str:
    module = importlib.import_module(SCORERS[name][0])
    return module.report(metrics)  # type: ignore[no-any-return]


def check(name: str, metrics: dict[str, Any], pinned: dict[str, float]) -> list[str]:
    """Failures (one sentence each) where a metric fell below its floor."""
    bad = []
    for key, floor in pinned.items():
        got = metrics.get(key)
        if got is None:
            bad.append(f"{name}: metric {key!r} missing from the scorer's output")
        elif float(got) + TOLERANCE < float(floor):
            bad.append(f"{name}: {key} = {float(got):.4f} fell below its floor {float(floor):.4f}")
    return bad


def gold_sha256(path: Path) -> str:
    """SHA-256 of a gold set: of the file, or of a folder's sorted (relative path, file hash)."""
    path = Path(path)
    if path.is_file():
        return hashlib.sha256(path.read_bytes()).hexdigest()
    h = hashlib.sha256()
    for f in sorted(p for p in path.rglob("*") if p.is_file()):
        rel = f.relative_to(path).as_posix()
        h.update(rel.encode("utf-8") + b"\0")
        h.update(hashlib.sha256(f.read_bytes()).hexdigest().encode("ascii") + b"\n")
    return h.hexdigest()


def lowered(old: dict[str, dict[str, Any]], new: dict[str, dict[str, Any]]) -> list[str]:
    """Floors in ``new`` below (or missing from) ``old``'s, for the same scorer and gold set."""
    bad = []
    for name, spec in old.items():
        if name not in new:
            bad.append(f"{name}: the gate entry was removed")
            continue
        if spec.get("sha256") and new[name].get("sha256") != spec.get("sha256"):
            continue  # another gold set: its floors start afresh (a documented re-pin)
        if pinned_also(spec) and pinned_also(new[name]) != pinned_also(spec):
            continue  # another gold set it also reads: a documented re-pin too
        for key, floor in spec.get("metrics", {}).items():
            now = new[name].get("metrics", {}).get(key)
            if now is None:
                bad.append(f"{name}: floor {key!r} was removed")
            elif float(now) + TOLERANCE < float(floor):
                bad.append(f"{name}: floor {key} lowered from {floor} to {now}")
    return bad


def pinned_also(spec: dict[str, Any]) -> dict[str, str]:
    """The other gold sets an entry reads, {path: sha256} (``also`` in ``floors.json``)."""
    return {str(a["path"]): str(a["sha256"]) for a in spec.get("also", [])}
