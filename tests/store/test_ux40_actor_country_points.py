"""ux40 walk (an event-data researcher mapping the events export): an actor with no place of
its own is put at its country's point, read from countryinfo's files apart from the
gazetteer: a Kosovo actor (XKXGOV) had its country's name and GeoNames id but no latitude or
longitude, and a Kuwaiti one was put at countryinfo's 45.75 E, in Saudi Arabia (the
gazetteer's corrected point is 47.75 E), while a `places` row of either country had the
gazetteer's. The export now takes the gazetteer's point. Control: an actor whose own words
name a place keeps that place's coordinates."""

from __future__ import annotations

from pathlib import Path

import pyarrow.parquet as pq
from tests.corpus._samples import span

from newsgraph.model import Actor, Article, Event, Place, Source, article_id, record_id
from newsgraph.nlp.places import gazetteer
from newsgraph.store import Store, export

TEXT = (
    "Kuwait's government offered on Monday to host envoys from Pristina for talks. "
    "Kosovo's prime minister accepted the invitation, his office said."
)


def _event(aid: str, trigger: str, source: tuple[str, str], target: tuple[str, str]) -> Event:
    t = span(TEXT, trigger)
    return Event(
        id=record_id(aid, "event", t.start, t.end),
        type="CONSULT",
        mode=None,
        quad=1,
        cameo="040",
        trigger=t,
        sources=[Actor(None, span(TEXT, source[0]), source[1], source[1][:3], "GOV")],
        targets=[Actor(None, span(TEXT, target[0]), target[1], target[1][:3], "GOV")],
        place=None,
        time=None,
        negated=False,
        hypothetical=False,
        background=False,
        reported_by=None,
        sentence=0 if t.start < TEXT.index(".") else 1,
        confidence=0.8,
        rule="test",
        goldstein=1.0,
    )


def _article() -> Article:
    aid = article_id(TEXT)
    pristina = span(TEXT, "Pristina")
    return Article(
        id=aid,
        text=TEXT,
        title="Kuwait offers to host Kosovo talks",
        published="2024-04-08",
        source=Source(outlet="Gulf Desk"),
        events=[
            _event(aid, "offered", ("Kuwait's government", "KWTGOV"), ("Pristina", "XKXGOV")),
            _event(
                aid,
                "accepted",
                ("Kosovo's prime minister", "XKXGOV"),
                ("Kuwait's government", "KWTGOV"),
            ),
        ],
        places=[
            Place(
                id=record_id(aid, "place", pristina.start, pristina.end),
                span=pristina,
                geonameid=786714,
                name="Pristina",
                feature="city",
                country_code="XK",
                lat=42.67272,
                lon=21.16688,
                metonymy=True,  # "envoys from Pristina": the city stands for the government
                confidence=0.8,
            )
        ],
    )


def _rows(tmp_path: Path) -> dict[str, dict]:  # type: ignore[type-arg]
    db, out = tmp_path / "n.db", tmp_path / "events.parquet"
    with Store(db) as store:
        store.add_many([_article()])
        export(store, "parquet", out, table="events")
    return {r["trigger"]: r for r in pq.read_table(out).to_pylist()}


def test_a_country_actor_is_at_the_gazetteers_point(tmp_path: Path) -> None:
    accepted = _rows(tmp_path)["accepted"]
    kosovo = gazetteer.load().country("XK")
    kuwait = gazetteer.load().country("KW")
    assert kosovo is not None and kosovo.lat is not None and kuwait is not None
    assert accepted["Actor1Geo_FullName"] == "Kosovo"
    assert (accepted["Actor1Geo_Lat"], accepted["Actor1Geo_Long"]) == (kosovo.lat, kosovo.lon)
    assert accepted["Actor1Geo_FeatureID"] == kosovo.geonameid
    assert (accepted["Actor2Geo_Lat"], accepted["Actor2Geo_Long"]) == (kuwait.lat, kuwait.lon)
    assert abs(accepted["Actor2Geo_Long"] - 47.75) < 0.5  # Kuwait, not Saudi Arabia (45.75)


def test_control_an_actor_named_by_a_place_keeps_the_places_point(tmp_path: Path) -> None:
    offered = _rows(tmp_path)["offered"]
    assert offered["Actor2Geo_FullName"] == "Pristina"
    assert (offered["Actor2Geo_Lat"], offered["Actor2Geo_Long"]) == (42.67272, 21.16688)
    assert offered["Actor2Geo_FeatureID"] == 786714
