"""A country's own name is the country, not a small town of another country that bears it:
"shift some production to Mexico" in a story about Indiana is no Mexico, New York (1,600
people), "an embargo on Cuba" in an Iowa story no Cuba, Illinois, "sanctions on Russia" no
Russia, Ohio, "Panama" no Panama City, Florida, "Greenland" no Greenland, New Hampshire.

The article's country (the US) and the town's state named somewhere in the article gave such
towns more than the country reading. The town keeps the name only with evidence of its own
place (``_capitals.has_local_evidence``, its state counted only when named near the name): a
qualifier ("Mexico, Mo."), a division word, its county named, or another town of the article
near it (a local story: "Lebanon" beside other towns of Tennessee). Only a story whose other
names vote for a country other than the town's is read so: a local story that names no other
country keeps its town (LGL's "Jordan", a Minnesota town named five times).
"""

from __future__ import annotations

from newsgraph.nlp.places._capitals import Scored, has_local_evidence
from newsgraph.nlp.places._mentions import Context, Mention
from newsgraph.nlp.places.gazetteer import CITY, COUNTRY, GeoRow


def country_reading(top: GeoRow, scored: list[Scored], ctx: Context, m: Mention) -> Scored | None:
    """The country of the name, when ``top`` is a town of another country with no evidence
    of its own place; else None."""
    if top.feature != CITY:
        return None
    country = next((t for t in scored if t[2] and t[1].feature == COUNTRY), None)
    if country is None or country[1].country_code == top.country_code:
        return None
    own: dict[str, float] = ctx.own.get(m.key) or {}
    if not any(
        cc != top.country_code and v - own.get("c:" + cc, 0.0) > 0
        for cc, v in ctx.countries.items()
    ):
        return None  # a local story that names no other country: "Jordan" is its own town
    if has_local_evidence(top, ctx, m.key, m.start):
        return None
    return country
