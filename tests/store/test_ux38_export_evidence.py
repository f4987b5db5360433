"""ux38 walk (a user checking a place, a time, a quote or a label against the article): the
places, times, quotes and framing exports gave the row's characters and a sentence *index*,
so checking a row meant opening the article and counting sentences. Every row of those four
tables now ends with its sentence as written (``evidence``, ``evidence_start``,
``evidence_end``: the events table's names), in every format, with the old columns kept in
their order; a quote that runs over two sentences gets both, with its speaker and cue; the
JSON API's quote rows carry the same three keys. Controls: a row's own span is unchanged,
and rows of two articles each get their own article's sentence."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from tests.store.evidence_samples import (
    FLOOD,
    FLOOD_FIRST,
    FLOOD_LAST,
    FLOOD_QUOTE,
    HARBOUR,
    HARBOUR_FIRST,
    flood_store,
)
from tests.store.store_samples import span

from newsgraph.model import article_id
from newsgraph.store import Store
from newsgraph.store._rows import sentence_around
from newsgraph.store._tables import TABLES
from newsgraph.store.export import export

OLD_COLUMNS = {
    "places": "id article_id start end text geonameid name feature country_code lat lon "
    "metonymy confidence rule sentence",
    "times": "id article_id start end text type value granularity interval_from interval_to "
    "anchor sentence rule confidence",
    "framing": "id article_id outlet published kind label start end text actor target "
    "target_name target_code polarity sentence rule confidence article_tone",
}


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return flood_store(tmp_path / "n.db")


def _jsonl(db: Path, table: str, out: Path) -> list[dict]:
    with Store(db, read_only=True) as store:
        export(store, "jsonl", out / f"{table}.jsonl", table=table)  # type: ignore[arg-type]
    lines = (out / f"{table}.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines]


def _texts() -> dict[str, str]:
    return {article_id(t): t for t in (FLOOD, HARBOUR)}


@pytest.mark.parametrize("table", ["places", "times", "quotes", "framing"])
def test_every_row_carries_its_sentence(db: Path, tmp_path: Path, table: str) -> None:
    rows = _jsonl(db, table, tmp_path)
    assert rows
    texts = _texts()
    for r in rows:
        text = texts[r["article_id"]]
        assert r["evidence"] == text[r["evidence_start"] : r["evidence_end"]]
        first = r["start"] if "start" in r else min(r["content_start"], r["source_start"])
        last = r["end"] if "end" in r else max(r["content_end"], r["cue_end"])
        assert r["evidence_start"] <= first < last <= r["evidence_end"]


def test_the_sentences_are_the_ones_a_reader_sees(db: Path, tmp_path: Path) -> None:
    places = {r["text"]: r["evidence"] for r in _jsonl(db, "places", tmp_path)}
    assert places == {"Porto Alegre": FLOOD_FIRST, "Rotterdam": HARBOUR_FIRST}
    times = {r["text"]: r["evidence"] for r in _jsonl(db, "times", tmp_path)}
    assert times == {"Thursday": FLOOD_FIRST, "Monday": HARBOUR_FIRST}
    (label,) = _jsonl(db, "framing", tmp_path)
    assert label["evidence"] == FLOOD_LAST and label["evidence_start"] == FLOOD.index(FLOOD_LAST)


def test_a_quote_over_two_sentences_gets_both_with_its_speaker(db: Path, tmp_path: Path) -> None:
    (quote,) = _jsonl(db, "quotes", tmp_path)
    assert quote["evidence"] == FLOOD_QUOTE  # "Gov." ends no sentence; both quoted ones kept
    assert quote["evidence_start"] == FLOOD.index("Gov.")
    assert quote["evidence_end"] == FLOOD.index(FLOOD_LAST) - 1


def test_control_the_row_spans_are_unchanged(db: Path, tmp_path: Path) -> None:
    (quote,) = _jsonl(db, "quotes", tmp_path)
    source = FLOOD[quote["source_start"] : quote["source_end"]]
    assert source == quote["source"] == "Gov. Ana Ribeiro"
    assert FLOOD[quote["cue_start"] : quote["cue_end"]] == "told"
    (label,) = _jsonl(db, "framing", tmp_path)
    assert FLOOD[label["start"] : label["end"]] == label["text"] == "so-called"


#: columns appended after the evidence by later sessions (ux40: the article's title)
LATER = {"places": [], "times": [], "framing": ["title"], "quotes": ["title"]}


@pytest.mark.parametrize("table", sorted(OLD_COLUMNS))
def test_old_columns_kept_in_order_and_evidence_added(table: str) -> None:
    names = [n for n, _ in TABLES[table].columns]
    old = OLD_COLUMNS[table].split()
    assert names[: len(old)] == old
    assert names[len(old) :] == ["evidence", "evidence_start", "evidence_end", *LATER[table]]


def test_quotes_keep_their_columns_too() -> None:
    names = [n for n, _ in TABLES["quotes"].columns]
    assert names[:6] == ["id", "article_id", "kind", "content", "content_start", "content_end"]
    assert names[-6:] == [
        "actor_id", "statement_id", "evidence", "evidence_start", "evidence_end", *LATER["quotes"]
    ]  # fmt: skip


def test_csv_and_parquet_carry_the_same_sentences(db: Path, tmp_path: Path) -> None:
    with Store(db, read_only=True) as store:
        export(store, "csv", tmp_path / "q.csv", table="quotes")
        export(store, "parquet", tmp_path / "q.parquet", table="quotes")
    with (tmp_path / "q.csv").open(encoding="utf-8", newline="") as f:
        (row,) = list(csv.DictReader(f))
    assert row["evidence"] == FLOOD_QUOTE and int(row["evidence_start"]) == FLOOD.index("Gov.")
    table = pq.read_table(tmp_path / "q.parquet")
    assert table.column("evidence").to_pylist() == [FLOOD_QUOTE]
    assert str(table.schema.field("evidence_end").type) == "int64"


def test_the_quotes_query_rows_carry_the_sentence(db: Path) -> None:
    with Store(db, read_only=True) as store:
        (hit,) = store.quotes(speaker="Ribeiro")
    row = hit.to_dict()
    assert row["evidence"] == FLOOD_QUOTE
    assert (row["evidence_start"], row["evidence_end"]) == (
        FLOOD.index("Gov."),
        FLOOD.index(FLOOD_LAST) - 1,
    )
    assert "article_text" not in row and "_evidence_from" not in row


def test_a_sentence_initial_span_keeps_only_its_own_sentence() -> None:
    text = "Talks stalled in Vienna. Tehran said no. Brussels asked for more time."
    s = span(text, "Tehran")
    assert text[slice(*sentence_around(text, s.start, s.end))] == "Tehran said no."


def test_a_span_ending_in_its_full_stop_and_quote_keeps_only_its_sentence() -> None:
    text = 'The minister spoke. "We will rebuild the bridge." Crews arrived on Friday.'
    s = span(text, '"We will rebuild the bridge."')
    assert text[slice(*sentence_around(text, s.start, s.end))] == s.text


def test_control_titles_and_initials_end_no_sentence() -> None:
    text = "Rain fell. Dr. J. Okafor said the U.S. team left. Nobody stayed."
    s = span(text, "team")
    assert text[slice(*sentence_around(text, s.start, s.end))] == (
        "Dr. J. Okafor said the U.S. team left."
    )
