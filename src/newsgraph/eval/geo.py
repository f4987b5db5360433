"""Score ``newsgraph_places`` on geoparsing gold: LGL and GeoVirus XML.

Input: an XML file of ``<article>`` elements, each with ``<text>`` and its toponyms, read in
either format:

* LGL (``<toponyms><toponym>``): ``<start>``/``<end>`` character offsets into the text and, when
  annotated, a ``<gaztag geonameid=...>`` with ``<lat>``/``<lon>``. Toponyms without a gaztag
  count for detection only.
* GeoVirus (``<locations><location>``): ``<start>``/``<end>`` (one past Python offsets: the
  name is ``text[start - 1:end - 1]``), ``<lat>``/``<lon>`` and a
  Wikipedia ``<page>``; no GeoNames ids, so only the distance measures (acc@161) are
  meaningful and the ``*_exact_acc`` ones are 0 by construction.

Two modes, run on the same parsed docs:

* **Resolution with gold spans** — the resolver (:func:`newsgraph.nlp.places.resolve_mentions`)
  is given the gold toponym spans. ``resolve_exact_acc``: share of gazetteered gold toponyms
  whose predicted GeoNames id equals the gold id; ``resolve_acc161``: share whose prediction is
  the gold id or lies within 161 km (100 miles) of the gold point, great-circle. A toponym the
  resolver leaves out counts as wrong.
* **End to end** — the component finds toponyms itself. Detection P/R/F1 over all gold
  toponyms, by exact span (``detect_exact_*``) and by one-to-one overlap (``detect_overlap_*``);
  ``e2e_acc161`` and ``e2e_exact_acc`` over the exactly matched gazetteered toponyms.

GeoVirus's points are Wikipedia's, and for a country or a first-level division Wikipedia's
point and GeoNames' can lie more than 161 km apart (United States: 40 N 100 W against
39.8 N 98.5 W; China 35 N 103 E against 35 N 105 E; Russia 60 N 90 E against 60 N 100 E), so
a resolver that names the right country can fail acc@161 by convention alone. The
``*_acc161_entity`` measures therefore also count a prediction right when it is a country or
a first-level division, the gold Wikipedia page's title names that entity in the gazetteer,
and the gold point lies in it (the nearest gazetteer town to the gold point is in the same
country, and for a division in the same division), or a continent the page names ("Europe":
GeoNames' point for Europe is 650 km from Wikipedia's). ``*_acc161`` stay the plain
distance test.

The corpora annotate different things: LGL marks demonyms ("Sri Lankan government") and place
names inside organisation names ("Alexandria Police", "U.S. Department of Education");
GeoVirus marks literal place mentions only (none of its 2,170 toponyms is a demonym or a
name inside an organisation's name). ``detect_literal_*`` score detection without the
component's demonym and inside-a-name mentions (rules ``demonym`` and ``inner*``): GeoVirus's
guideline; ``detect_exact_*`` score everything the component outputs (LGL's). The rules left
out are those starting ``demonym`` (countries' and divisions' demonyms) and ``inner`` (names
inside organisation names, ``inner-head`` places a facility is named after, ``inner-near``).

Points: LGL quotes GeoNames' point for a country or division, GeoVirus Wikipedia's. The
component gives GeoNames' by default; for a GeoVirus file (its toponyms name Wikipedia pages)
the scorer asks it for Wikipedia's (``points="wikipedia"``, :mod:`newsgraph.nlp.places.points`),
so each corpus is scored under its own convention.

``part`` ("tune"/"check") keeps the articles of one half (:func:`newsgraph.eval.splits.part_of`
on the article's ``docid``, or its source URL for GeoVirus).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from spacy.language import Language

from newsgraph.eval._metrics import greedy_pairs, overlap, prf
from newsgraph.eval.splits import part_of
from newsgraph.nlp.places.distance import haversine_km

ACC_KM = 161.0
# rules of mentions that are not literal place mentions (demonym, demonym-division, inner,
# inner-demonym, inner-head, inner-near)
_NOT_LITERAL = ("demonym", "inner")
# rules of mentions neither corpus annotates as a rule: buildings and facilities named as
# locations ("Sparrow Hospital", "the Embassy in London"; GeoWebNews counts them, LGL marks 1
# of the 36 "X Hospital" names in its texts, GeoVirus none of its 22): left out of every measure
_NOT_ANNOTATED = ("facility",)


@dataclass(frozen=True, slots=True)
class GoldToponym:
    start: int
    end: int
    geonameid: int | None
    lat: float | None
    lon: float | None
    page: str | None = None  # GeoVirus: the Wikipedia page the name refers to


@dataclass(frozen=True, slots=True)
class GoldArticle:
    docid: str
    text: str
    toponyms: tuple[GoldToponym, ...]


def parse(path: Path, *, limit: int | None = None) -> list[GoldArticle]:
    """Read the gold articles (the first ``limit`` of them)."""
    out: list[GoldArticle] = []
    for _ev, el in ET.iterparse(path, events=("end",)):
        if el.tag != "article":
            continue
        tops: list[GoldToponym] = []
        for loc in el.iter("location"):  # GeoVirus: offsets are one past ours (checked: all
            # 2,170 names equal text[start - 1:end - 1])
            lat_s, lon_s = loc.findtext("lat"), loc.findtext("lon")
            tops.append(
                GoldToponym(
                    int(loc.findtext("start") or 1) - 1,
                    int(loc.findtext("end") or 1) - 1,
                    None,
                    float(lat_s) if lat_s else None,
                    float(lon_s) if lon_s else None,
                    loc.findtext("page") or None,
                )
            )
        for t in el.iter("toponym"):
            g = t.find("gaztag")
            gid = lat = lon = None
            if g is not None and g.get("geonameid"):
                gid = int(g.get("geonameid") or 0)
                lat_s, lon_s = g.findtext("lat"), g.findtext("lon")
                lat = float(lat_s) if lat_s else None
                lon = float(lon_s) if lon_s else None
            tops.append(
                GoldToponym(
                    int(t.findtext("start") or 0), int(t.findtext("end") or 0), gid, lat, lon
                )
            )
        docid = el.get("docid") or el.findtext("source") or str(len(out))
        out.append(GoldArticle(docid, el.findtext("text") or "", tuple(tops)))
        el.clear()
        if limit is not None and len(out) >= limit:
            break
    return out


def correct_at(
    pred_id: int | None,
    plat: float | None,
    plon: float | None,
    gold: GoldToponym,
    km: float = ACC_KM,
) -> bool:
    """Same GeoNames id, or a predicted point within ``km`` of the gold point."""
    if pred_id is not None and pred_id == gold.geonameid:
        return True
    if None in (plat, plon, gold.lat, gold.lon):
        return False
    return haversine_km(plat, plon, gold.lat, gold.lon) <= km  # type: ignore[arg-type]


def page_title(page: str | None) -> str | None:
    """The entity a Wikipedia URL names: ".../wiki/Georgia_(U.S._state)" -> "Georgia"."""
    if not page or "/wiki/" not in page:
        return None
    from urllib.parse import unquote

    title = unquote(page.rsplit("/wiki/", 1)[1]).replace("_", " ")
    return title.split(" (")[0].strip() or None


@lru_cache(maxsize=4096)
def _division_at(lat: float, lon: float) -> tuple[str | None, str | None]:
    """(country, admin1) of the gazetteer town nearest to a point (within 300 km)."""
    from newsgraph.nlp.places.gazetteer import load

    row = load().nearest_city(lat, lon)
    return (row.country_code, row.admin1) if row else (None, None)


def same_entity(pred_id: int | None, feature: str | None, gold: GoldToponym) -> bool:
    """The prediction is a country or first-level division that the gold Wikipedia page names
    (its title reads as that entity in the gazetteer) and the gold point lies in it, or a
    continent the page names."""
    if pred_id is None or feature not in ("country", "admin1", "other") or gold.lat is None:
        return False
    title = page_title(gold.page)
    if title is None or gold.lon is None:
        return False
    from newsgraph.nlp.places.gazetteer import load

    row = next((r for r, _p in load().lookup(title) if r.geonameid == pred_id), None)
    if row is None:
        return False
    if row.feature == "other" and row.country_code is None:
        return True  # a continent: the page names it; there is no containment to test
    if row.feature != feature:
        return False
    cc, adm1 = _division_at(gold.lat, gold.lon)
    return cc == row.country_code and (feature == "country" or adm1 == row.admin1)


def match_overlap(pred: list[tuple[int, int]], gold: list[tuple[int, int]]) -> int:
    """Number of one-to-one pairs of overlapping spans (greedy by overlap length)."""
    return len(greedy_pairs(pred, gold, overlap))


def _prf(tp: float, n_pred: int, n_gold: int, prefix: str) -> dict[str, float]:
    p, r, f = prf(tp, tp, n_pred, n_gold)
    return {f"{prefix}_p": round(p, 4), f"{prefix}_r": round(r, 4), f"{prefix}_f1": round(f, 4)}


def evaluate(
    path: Path,
    *,
    limit: int | None = None,
    nlp: Language | None = None,
    part: str | None = None,
) -> dict[str, Any]:
    """Both modes on the gold file (one half of it with ``part``); a flat dict of metrics."""
    if nlp is None:
        from newsgraph.nlp.pipeline import load_model

        nlp = load_model()
        nlp.add_pipe("newsgraph_places")
    arts = parse(Path(path), limit=limit)
    if part is not None:
        if part not in ("tune", "check"):
            raise ValueError(f"part {part!r}: use 'tune' or 'check'")
        arts = [a for a in arts if part_of(a.docid) == part]
    points = point_convention(arts)
    component = nlp.get_pipe("newsgraph_places") if "newsgraph_places" in nlp.pipe_names else None
    before = getattr(component, "points", None)
    if component is not None:
        component.points = points  # type: ignore[attr-defined]
    try:
        return _score(arts, nlp, points, part)
    finally:
        if component is not None:
            component.points = before  # type: ignore[attr-defined]


def point_convention(arts: list[GoldArticle]) -> str:
    """The point convention of the gold: Wikipedia's for GeoVirus (its toponyms name pages)."""
    return "wikipedia" if any(t.page for a in arts for t in a.toponyms) else "geonames"


def _score(arts: list[GoldArticle], nlp: Language, points: str, part: str | None) -> dict[str, Any]:
    from newsgraph.nlp.places.component import resolve_mentions

    n_geo = res_exact = res_161 = res_ent = 0
    n_pred = n_gold = tp_exact = tp_overlap = n_lit = tp_lit = 0
    e2e_n = e2e_exact = e2e_161 = e2e_ent = 0
    for art, doc in zip(arts, nlp.pipe(a.text for a in arts), strict=True):
        geo = [t for t in art.toponyms if t.geonameid is not None or t.lat is not None]
        preds = {
            (p.span.start, p.span.end): p
            for p in resolve_mentions(doc, [(t.start, t.end) for t in geo], points=points)
        }
        for t in geo:
            n_geo += 1
            p = preds.get((t.start, t.end))
            if p is not None:
                res_exact += t.geonameid is not None and p.geonameid == t.geonameid
                ok = correct_at(p.geonameid, p.lat, p.lon, t)
                res_161 += ok
                res_ent += ok or same_entity(p.geonameid, p.feature, t)
        found = {
            (p.span.start, p.span.end): p
            for p in doc._.ng_places or []
            if not p.rule.startswith(_NOT_ANNOTATED)
        }
        gold_spans = [(t.start, t.end) for t in art.toponyms]
        n_pred += len(found)
        n_gold += len(gold_spans)
        tp_exact += len(set(found) & set(gold_spans))
        tp_overlap += match_overlap(list(found), gold_spans)
        literal = {k for k, p in found.items() if not p.rule.startswith(_NOT_LITERAL)}
        n_lit += len(literal)
        tp_lit += len(literal & set(gold_spans))
        for t in geo:
            p = found.get((t.start, t.end))
            if p is not None:
                e2e_n += 1
                e2e_exact += t.geonameid is not None and p.geonameid == t.geonameid
                ok = correct_at(p.geonameid, p.lat, p.lon, t)
                e2e_161 += ok
                e2e_ent += ok or same_entity(p.geonameid, p.feature, t)
    out: dict[str, Any] = {"articles": len(arts), "gold_toponyms": n_gold, "gold_geotagged": n_geo}
    if part is not None:
        out["part"] = part
    out["resolve_exact_acc"] = round(res_exact / n_geo, 4) if n_geo else 0.0
    out["resolve_acc161"] = round(res_161 / n_geo, 4) if n_geo else 0.0
    out["resolve_acc161_entity"] = round(res_ent / n_geo, 4) if n_geo else 0.0
    out.update(_prf(tp_exact, n_pred, n_gold, "detect_exact"))
    out.update(_prf(tp_overlap, n_pred, n_gold, "detect_overlap"))
    out.update(_prf(tp_lit, n_lit, n_gold, "detect_literal"))
    out["e2e_matched"] = e2e_n
    out["e2e_exact_acc"] = round(e2e_exact / e2e_n, 4) if e2e_n else 0.0
    out["e2e_acc161"] = round(e2e_161 / e2e_n, 4) if e2e_n else 0.0
    out["e2e_acc161_entity"] = round(e2e_ent / e2e_n, 4) if e2e_n else 0.0
    return out


def report(metrics: dict[str, Any]) -> str:
    """A readable table of the metrics."""
    width = max(len(k) for k in metrics)
    return "\n".join(f"{k:<{width}}  {v}" for k, v in metrics.items())
