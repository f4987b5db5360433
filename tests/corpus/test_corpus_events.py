"""Events counted like GDELT across articles, and the GDELT-style exports."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsgraph.corpus.events import date_of, event_date
from newsgraph.model import Actor, Article, TimeRef, article_id, record_id
from newsgraph.store import Store, export
from newsgraph.store.corpus import Corpus
from tests.corpus._samples import OWN, REPRINT, WIRE, entity, meeting, span, story


@pytest.fixture
def store() -> Iterator[Store]:
    with Store(":memory:") as s:
        yield s


def _add(store: Store, *arts: Article) -> None:
    store.add_many(arts)
    Corpus(store.conn).add(a.id for a in arts)


def _rows(store: Store, tmp_path: Path, table: str) -> list[dict[str, str]]:
    out = tmp_path / f"{table}.csv"
    export(store, "csv", out, table=table)  # type: ignore[arg-type]
    with out.open(encoding="utf-8") as f:
        return list(csv.DictReader(f))


def test_dates_of_timex_values() -> None:
    assert date_of("2018-08-29") == ("2018-08-29", "day")
    assert date_of("2018-W34") == ("2018-08-20", "week")  # ISO week 34 of 2018 starts Mon 20th
    assert date_of("2016-01") == ("2016-01-01", "month")
    assert date_of("2016") == ("2016-01-01", "year")
    assert date_of("P5Y") is None and date_of("PRESENT_REF") is None
    # "since January 2016": no value, the interval's start
    assert event_date(None, "2016-01", "2018-08-29") == ("2016-01-01", "month")
    assert event_date(None, None, "2018-08-29") == ("2018-08-29", "published")


def test_same_event_in_several_outlets_is_one_corpus_event(store: Store, tmp_path: Path) -> None:
    wire = story(WIRE, "AP", "2018-08-29")
    reprint = story(REPRINT, "Reuters", "2018-08-30")
    again = story(REPRINT + " Updated.", "Reuters", "2018-08-30")  # same outlet again
    own = story(OWN, "PressTV", "2018-08-29")  # al-Jubeir -> Lavrov: the other direction
    _add(store, wire, reprint, again, own)
    rows = _rows(store, tmp_path, "corpus_events")
    assert len(rows) == 2
    meet = next(r for r in rows if r["Actor1Code"] == "RUSGOV")
    assert (meet["NumMentions"], meet["NumArticles"], meet["NumSources"]) == ("3", "3", "2")
    assert (meet["FirstSeen"], meet["LastSeen"]) == ("2018-08-29", "2018-08-30")
    assert meet["SQLDATE"] == "20180829" and meet["DateResolution"] == "day"
    assert meet["SOURCEURL"] == "https://ap.example/idlib"  # the first report
    assert meet["IsRootEvent"] == "1"
    assert (meet["EventCode"], meet["EventBaseCode"], meet["EventRootCode"]) == ("040", "040", "04")
    assert meet["Actor1Type1Code"] == "GOV" and meet["Actor2CountryCode"] == "SAU"
    # no metonymic place: the actor's country, as a GDELT country-level location
    assert meet["Actor1Geo_Type"] == "1" and meet["Actor1Geo_FullName"] == "Russia"
    assert (meet["Actor1Geo_CountryCode"], meet["Actor1Geo_FeatureID"]) == ("RU", "2017370")
    assert meet["ActionGeo_Type"] == "4" and meet["ActionGeo_FullName"] == "Moscow"  # WORLDCITY
    assert len(meet["DATEADDED"]) == 14 and meet["DATEADDED"].isdigit()
    other = next(r for r in rows if r["Actor1Code"] == "SAUGOV")
    assert (other["NumMentions"], other["NumSources"]) == ("1", "1")
    # the per-article export carries each mention's corpus event and its counts
    per_article = _rows(store, tmp_path, "events")
    assert len(per_article) == 4
    assert {r["CorpusEventID"] for r in per_article} == {
        meet["GlobalEventID"],
        other["GlobalEventID"],
    }
    assert all(r["NumMentions"] == "3" for r in per_article if r["Actor1Code"] == "RUSGOV")


def _dated(
    text: str,
    published: str,
    value: str | None,
    *,
    interval_from: str | None = None,
    sentence: int = 0,
    place: bool = True,
    negated: bool = False,
    second_source: bool = False,
) -> Article:
    """A Lavrov-meets-al-Jubeir article whose event carries the time ``value``."""
    art = story(text, "Outlet " + published, published)
    t = art.times[0]
    art.times[0] = TimeRef(
        t.id,
        t.span,
        "DATE",
        value,
        "day",
        {"from": interval_from, "to": None} if interval_from else None,
        "published",
    )
    ev = art.events[0]
    ev.sentence, ev.negated = sentence, negated
    if not place:
        ev.place, ev.place_id, art.places = None, None, []
    if second_source:
        putin = entity(art.id, text, "Vladimir Putin", "PERSON", "RUS", "Putin", sector="GOV")
        art.entities.append(putin)
        ev.sources.append(Actor(putin.id, putin.mentions[0], "RUSGOV", "RUS", "GOV", putin.name))
    return art


BASE = (
    "Sergei Lavrov met Adel al-Jubeir in Moscow on Wednesday, the ministry said. "
    "Putin was not there."
)


def test_window_place_and_negation(store: Store, tmp_path: Path) -> None:
    first = _dated(BASE, "2018-08-29", "2018-08-29")
    near = _dated(BASE + " (1)", "2018-08-31", "2018-08-31", place=False)  # 2 days, no place
    late = _dated(BASE + " (2)", "2018-09-03", "2018-09-02")  # 4 days after the first
    denied = _dated(BASE + " (3)", "2018-08-29", "2018-08-29", negated=True)
    _add(store, first, near, late, denied)
    rows = sorted(_rows(store, tmp_path, "corpus_events"), key=lambda r: r["SQLDATE"])
    assert [(r["SQLDATE"], r["NumArticles"]) for r in rows] == [
        ("20180829", "2"),
        ("20180902", "1"),
    ]


def test_different_place_is_another_event(store: Store, tmp_path: Path) -> None:
    first = _dated(BASE, "2018-08-29", "2018-08-29")
    elsewhere = _dated(BASE + " (1)", "2018-08-29", "2018-08-29")
    elsewhere.places[0].geonameid = 108410  # Riyadh
    _add(store, first, elsewhere)
    assert len(_rows(store, tmp_path, "corpus_events")) == 2


def test_multi_actor_events_give_one_row_per_pair(store: Store, tmp_path: Path) -> None:
    art = _dated(BASE, "2018-08-29", "2018-W34", sentence=4, second_source=True)
    _add(store, art)
    rows = _rows(store, tmp_path, "events")
    ev = art.events[0].id
    assert [(r["GlobalEventID"], r["Actor1Name"], r["Actor2Name"]) for r in rows] == [
        (ev, "Sergei Lavrov", "Adel al-Jubeir"),
        (ev + ".1.0", "Vladimir Putin", "Adel al-Jubeir"),
    ]
    # "last week"-style value: the event's own date (the week's Monday), not publication
    assert {(r["SQLDATE"], r["DateResolution"], r["IsRootEvent"]) for r in rows} == {
        ("20180820", "week", "0")
    }
    assert len(_rows(store, tmp_path, "corpus_events")) == 1  # same codes RUSGOV -> SAUGOV
    assert store.conn.execute("SELECT num_mentions FROM corpus_events").fetchone()[0] == 2


def test_interval_start_dates_the_event(store: Store, tmp_path: Path) -> None:
    art = _dated(BASE, "2018-08-29", None, interval_from="2016-01")
    _add(store, art)
    (row,) = _rows(store, tmp_path, "events")
    assert (row["SQLDATE"], row["DateResolution"]) == ("20160101", "month")


def test_metonymic_place_is_the_actor_geography(store: Store, tmp_path: Path) -> None:
    text = "Moscow rejected the proposal on Friday."
    aid = article_id(text)
    from tests.corpus._samples import moscow

    place = moscow(aid, text)
    place.metonymy = True
    ev = meeting(
        aid,
        text,
        "rejected",
        [Actor(None, span(text, "Moscow"), "RUS", "RUS", None)],
        [],
        cameo="120",
        place=None,
    )
    art = Article(id=aid, text=text, published="2018-08-31", events=[ev], places=[place])
    _add(store, art)
    (row,) = _rows(store, tmp_path, "events")
    assert (row["Actor1Geo_FullName"], row["Actor1Geo_Type"], row["Actor1Geo_FeatureID"]) == (
        "Moscow",
        "4",
        "524901",
    )
    assert row["Actor2Code"] == "" and row["Actor2Geo_Type"] == ""
    assert record_id(aid, "event", ev.trigger.start, ev.trigger.end) == row["GlobalEventID"]


def test_corpus_events_by_actor_and_date_range(store: Store) -> None:
    first = _dated(BASE, "2018-08-29", "2018-08-29")
    late = _dated(BASE + " (2)", "2018-09-03", "2018-09-02")
    _add(store, first, late)
    assert [e["date"] for e in store.corpus_events(actor="RUS")] == ["2018-08-29", "2018-09-02"]
    assert [e["date"] for e in store.corpus_events(actor="SAUGOV", since="2018-09-01")] == [
        "2018-09-02"
    ]
    got = store.corpus_events(actor="RUSGOV", since="2018-08-01", until="2018-08-31")
    assert [(e["actor1"], e["actor2"], e["num_articles"]) for e in got] == [("RUSGOV", "SAUGOV", 1)]
    assert store.corpus_events(actor="USA") == []
