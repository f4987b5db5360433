"""Queries behind the web UI's pages: places, event dates, flags, pagination and counts."""

from __future__ import annotations

from store_samples import ankara_article, moscow_article

from newsgraph.store import Store

MOSCOW = moscow_article()
ANKARA = ankara_article()


def test_places_one_row_per_place(filled: Store) -> None:
    rows = filled.places()
    # one mention each: ordered by count, then name
    assert [(p.name, p.n_mentions, p.n_articles) for p in rows] == [
        ("Ankara", 1, 1),
        ("Idlib", 1, 1),
        ("Moscow", 1, 1),
    ]
    assert filled.count_places() == 3
    assert [p.name for p in filled.places(limit=1, offset=1)] == ["Idlib"]
    idlib = rows[1]
    assert (idlib.geonameid, idlib.country_code) == (169389, "SY")
    assert round(idlib.lat, 2) == 35.93 and round(idlib.lon, 2) == 36.63  # type: ignore[arg-type]


def test_place_mentions_carry_their_sentence(filled: Store) -> None:
    (mention,) = filled.place_mentions(169389)
    assert mention.article.id == MOSCOW.id and mention.span.text == "Idlib"
    assert mention.evidence.text == "Mr. Lavrov said the U.S. was aiding militants in Idlib."
    assert MOSCOW.text[mention.evidence.start : mention.evidence.end] == mention.evidence.text
    assert filled.count_place_mentions(169389) == 1
    assert filled.place_mentions(999) == []


def test_events_own_date_and_timeline_order(filled: Store) -> None:
    (reject,) = filled.events(type="REJECT")
    assert reject.date == "2019-01-04"  # no day in "Friday" → the publication day
    assert reject.when == "2019-01"  # but the event's own time value says January 2019
    timeline = filled.events(by_when=True)
    assert [e.event.type for e in timeline][-1] == "REJECT"
    assert {e.when for e in timeline[:2]} == {"2018-08-29"}
    assert filled.event_months() == [("2018-08", 2), ("2019-01", 1)]


def test_events_pagination_and_counts(filled: Store) -> None:
    everything = [e.event.id for e in filled.events()]
    assert len(everything) == filled.count_events() == 3
    assert [e.event.id for e in filled.events(limit=1, offset=1)] == everything[1:2]
    assert filled.count_events(type="CONSULT") == 1
    assert filled.count_events(country="TUR") == 1


def test_event_flag_filters(store: Store) -> None:
    moscow = moscow_article()
    moscow.events[1].negated = True  # "aiding" → not aiding
    store.add_many([moscow, ankara_article()])
    assert [e.event.type for e in store.events(negated=True)] == ["AID"]
    assert sorted(e.event.type for e in store.events(negated=False)) == ["CONSULT", "REJECT"]
    assert store.count_events(negated=True) == 1
    assert store.events(negated=True, hypothetical=True) == []
    assert store.count_events(background=False) == 3


def test_quotes_and_search_pages(filled: Store) -> None:
    every = [q.quote.id for q in filled.quotes()]
    assert filled.count_quotes() == len(every) == 3
    assert [q.quote.id for q in filled.quotes(limit=2, offset=1)] == every[1:]
    assert filled.count_quotes(speaker="lavrov") == 2
    first, second = filled.search("Idlib", limit=1), filled.search("Idlib", limit=1, offset=1)
    assert len(first) == len(second) == 1 and first[0].article.id != second[0].article.id
