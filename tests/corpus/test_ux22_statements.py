"""ux22: date-ordered lists (statements, quotes, framing hits) put undated rows after dated ones.

An article with no publication date used to sort first (SQLite puts NULL before any date),
so a statement nobody can date was listed as the one said first, and with ``--limit`` a
corpus of undated pages hid every dated quote.
"""

from __future__ import annotations

import dataclasses

from newsgraph.store import Store
from newsgraph.store.corpus import Corpus
from tests.corpus._samples import REPRINT, WIRE, story
from tests.store.framing_samples import presstv_article, reuters_article

SHORT = (
    "Lavrov met Adel al-Jubeir in Moscow on Wednesday. "
    "Lavrov said the West should stop arming militants in Syria."
)


def _store(undated: bool) -> Store:
    short = story(SHORT, "TASS", "2018-08-31", lavrov_name="Lavrov")
    if undated:
        short = dataclasses.replace(short, published=None)
    arts = [short, story(REPRINT, "Reuters", "2018-08-30"), story(WIRE, "AP", "2018-08-29")]
    store = Store(":memory:")
    store.add_many(arts)
    Corpus(store.conn).add(a.id for a in arts)
    return store


def _statements(undated: bool) -> list[tuple[str | None, str | None]]:
    with _store(undated) as s:
        return [(r["first_published"], r["first_outlet"]) for r in s.statements(speaker="Lavrov")]


def _quotes(undated: bool) -> list[str | None]:
    with _store(undated) as s:
        return [hit.article.outlet for hit in s.quotes(speaker="Lavrov")]


def test_undated_statement_comes_last() -> None:
    assert _statements(undated=True) == [("2018-08-29", "AP"), (None, "TASS")]


def test_undated_quote_comes_last() -> None:
    assert _quotes(undated=True) == ["AP", "Reuters", "TASS"]


def test_undated_framing_hit_comes_last() -> None:
    undated = dataclasses.replace(reuters_article(), published=None)
    with Store(":memory:") as s:
        s.add_many([undated, presstv_article()])
        outlets = [h["outlet"] for h in s.framing_hits(actor="SYRREB")]
    assert outlets == ["Press TV", "Press TV", "Reuters"]


# controls: dated rows keep their order, oldest first


def test_dated_rows_oldest_first_as_before() -> None:
    assert _statements(undated=False) == [("2018-08-29", "AP"), ("2018-08-31", "TASS")]
    assert _quotes(undated=False) == ["AP", "Reuters", "TASS"]
    with Store(":memory:") as s:
        s.add_many([reuters_article(), presstv_article()])
        outlets = [h["outlet"] for h in s.framing_hits(actor="SYRREB")]
    assert outlets == ["Press TV", "Press TV", "Reuters"]
