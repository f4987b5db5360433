"""Store queries: full-text search, stats, quote and event filters."""

from __future__ import annotations

import datetime as dt

import pytest
from store_samples import ankara_article, moscow_article

from newsgraph.store import Store, StoreError

MOSCOW = moscow_article().id
ANKARA = ankara_article().id


# -- search ------------------------------------------------------------------------------------


def test_search_finds_words_and_marks_them(filled: Store) -> None:
    hits = filled.search("abscess")
    assert [h["id"] for h in hits] == [MOSCOW]
    assert "«abscess»" in hits[0]["snippet"]
    assert hits[0]["outlet"] == "Press TV"
    assert set(hits[0]) == {"id", "title", "published", "outlet", "url", "snippet", "rank"}


def test_search_ranks_and_limits(filled: Store) -> None:
    both = filled.search("Idlib")
    assert {h["id"] for h in both} == {MOSCOW, ANKARA}
    assert [h["rank"] for h in both] == sorted(h["rank"] for h in both)
    assert len(filled.search("Idlib", limit=1)) == 1


def test_search_fts_syntax_and_diacritics(filled: Store) -> None:
    assert [h["id"] for h in filled.search("lavrov NOT ankara")] == [MOSCOW]
    assert {h["id"] for h in filled.search('"foreign minister" turk*')} == {MOSCOW, ANKARA}
    assert filled.search('"minister foreign"') == []
    assert [h["id"] for h in filled.search("cavusoglu")] == [ANKARA]  # Çavuşoğlu
    assert [h["id"] for h in filled.search("Ceasefire", mark=("<b>", "</b>"))] == [ANKARA]
    assert "<b>ceasefire</b>" in filled.search("ceasefire", mark=("<b>", "</b>"))[0]["snippet"]


@pytest.mark.parametrize(
    "query", ['abscess"', "abscess AND", "terrorist: abscess", "(abscess", "abscess AND NOT"]
)
def test_search_falls_back_to_plain_terms_on_bad_syntax(filled: Store, query: str) -> None:
    assert [h["id"] for h in filled.search(query)] == [MOSCOW]


def test_search_rejects_empty_query(filled: Store) -> None:
    with pytest.raises(StoreError, match="empty"):
        filled.search("   ")
    with pytest.raises(StoreError, match="cannot search for 'AND'"):
        filled.search("AND")


# -- stats -------------------------------------------------------------------------------------


def test_stats(filled: Store) -> None:
    filled.add(moscow_article())  # a duplicate adds nothing to the counts
    s = filled.stats()
    assert {k: s[k] for k in ("articles", "entities", "quotes", "events", "places", "times")} == {
        "articles": 2,
        "entities": 4,
        "quotes": 3,
        "events": 3,
        "places": 3,
        "times": 2,
    }
    lavrov = {"name": "Sergei Lavrov", "type": "PERSON", "country": "RUS", "n": 1, "mentions": 3}
    assert lavrov in s["top_actors"]
    assert [t["type"] for t in s["top_event_types"]] == ["AID", "CONSULT", "REJECT"]
    assert s["outlets"] == [{"outlet": "Daily Sabah", "n": 1}, {"outlet": "Press TV", "n": 1}]
    assert s["date_range"] == {"from": "2018-08-29", "to": "2019-01-04"}


def test_stats_top_actors_count_articles(store: Store) -> None:
    store.add_many([moscow_article(), ankara_article()])
    # the Moscow actors, by the same names, in a second article
    other = moscow_article()
    other.text = other.text + " More later."
    other.id = "f" * 20
    store.add(other)
    top = store.stats(top=2)["top_actors"]
    # three actors are in 2 articles; ties are broken by mentions (Lavrov: 3 per article,
    # al-Jubeir 1), then by name
    assert [(a["name"], a["n"]) for a in top] == [("Sergei Lavrov", 2), ("Adel al-Jubeir", 2)]


def test_stats_on_empty_store(store: Store) -> None:
    s = store.stats()
    assert s["articles"] == 0 and s["top_actors"] == [] and s["date_range"]["from"] is None


# -- quotes ------------------------------------------------------------------------------------


def test_quotes_by_speaker_is_case_and_accent_insensitive(filled: Store) -> None:
    lavrov = filled.quotes(speaker="LAVROV")
    assert [q["kind"] for q in lavrov] == ["direct", "indirect"]  # in text order
    assert lavrov[0]["content"] == "The terrorist abscess must be liquidated,"
    assert lavrov[0]["unnamed"] is False and lavrov[0]["cue"] == "told"
    assert lavrov[0]["article_id"] == MOSCOW and lavrov[0]["outlet"] == "Press TV"
    assert [q["speaker_name"] for q in filled.quotes(speaker="cavusoglu")] == ["Mevlüt Çavuşoğlu"]
    assert filled.quotes(speaker="al-Jubeir") == []


def test_quotes_containing(filled: Store) -> None:
    assert [q["kind"] for q in filled.quotes(contains="abscess")] == ["direct"]
    assert [q["article_id"] for q in filled.quotes(contains="Idlib")] == [MOSCOW, ANKARA]
    # words as a phrase: FTS syntax in the text is taken literally
    assert filled.quotes(contains="liquidated abscess") == []
    assert len(filled.quotes(contains="abscess must")) == 1
    assert len(filled.quotes(contains="U.S. was")) == 1
    assert len(filled.quotes(contains=",")) == 1  # no words: plain substring


def test_quotes_by_article_and_limit(filled: Store) -> None:
    assert len(filled.quotes(article=MOSCOW)) == 2
    assert len(filled.quotes(article=ANKARA[:8])) == 1
    assert filled.quotes(article="0000") == []
    assert len(filled.quotes(limit=2)) == 2
    assert len(filled.quotes(speaker="lavrov", contains="idlib", article=MOSCOW)) == 1


# -- events ------------------------------------------------------------------------------------


def _types(events: list[dict[str, object]]) -> list[object]:
    return [e["type"] for e in events]


def test_events_by_type_or_cameo(filled: Store) -> None:
    assert _types(filled.events(type="consult")) == ["CONSULT"]
    assert _types(filled.events(type="04")) == ["CONSULT"]  # CAMEO root 04
    assert filled.events(type="PROTEST") == []  # a type no sample event has


def test_events_by_actor_code_and_name(filled: Store) -> None:
    assert _types(filled.events(actor="RUSGOV")) == ["CONSULT"]
    assert _types(filled.events(actor="RUS")) == ["CONSULT"]  # code prefix
    assert _types(filled.events(actor="SAU")) == ["CONSULT"]  # target's code
    assert _types(filled.events(actor="REB")) == ["AID"]
    assert _types(filled.events(actor="lavrov")) == ["CONSULT"]
    assert _types(filled.events(actor="cavusoglu")) == ["REJECT"]
    assert _types(filled.events(actor="militants")) == ["AID"]  # the actor's own words
    assert filled.events(actor="GBR") == []


def test_events_by_country(filled: Store) -> None:
    assert _types(filled.events(country="sau")) == ["CONSULT"]
    assert _types(filled.events(country="USA")) == ["AID"]
    assert _types(filled.events(country="TUR")) == ["REJECT"]
    assert filled.events(country="SYR") == []


def test_events_since_uses_event_then_published_date(filled: Store) -> None:
    events = filled.events()
    assert [(e["type"], e["date"]) for e in events] == [
        ("CONSULT", "2018-08-29"),
        ("AID", "2018-08-29"),
        ("REJECT", "2019-01-04"),
    ]
    assert _types(filled.events(since="2018-08-30")) == ["REJECT"]
    assert _types(filled.events(since=dt.date(2019, 1, 4))) == ["REJECT"]
    assert filled.events(since="2019-01-05") == []
    assert len(filled.events(since="2018-08-29", limit=2)) == 2


def test_events_carry_evidence_and_filters_combine(filled: Store) -> None:
    (aid,) = filled.events(type="AID", country="USA", actor="REB", since="2018-01-01")
    assert aid["evidence"] == "Mr. Lavrov said the U.S. was aiding militants in Idlib."
    assert aid["trigger"] == "aiding" and aid["published"] == "2018-08-29"
    assert (aid["source_names"], aid["target_codes"]) == ("United States", "REB")
    assert (aid["place_name"], aid["geonameid"], aid["negated"]) == ("Idlib", 169389, False)
    assert aid["context"] == [] and aid["time"] is None
    assert aid["reported_by"] == moscow_article().quotes[1].id
    assert filled.events(type="AID", country="RUS") == []


def test_events_bad_since(filled: Store) -> None:
    with pytest.raises(StoreError, match="YYYY-MM-DD"):
        filled.events(since="last week")
