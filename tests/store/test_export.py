"""Exports: jsonl articles, and flat tables as csv, jsonl and Parquet, read back."""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pyarrow.parquet as pq
import pytest
from store_samples import ankara_article, bare_article, moscow_article

from newsgraph.store import Store, StoreError, _writes, export
from newsgraph.store.export import arrow_schema

MOSCOW = moscow_article()
ANKARA = ankara_article()
TABLES = ("articles", "entities", "quotes", "events", "places", "times")
N_ROWS = {"articles": 2, "entities": 4, "quotes": 3, "events": 3, "places": 3, "times": 2}


def _csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def _parquet(path: Path) -> list[dict[str, Any]]:
    return pq.read_table(path).to_pylist()  # type: ignore[no-any-return]


def _by(rows: list[dict[str, Any]], key: str, value: Any) -> dict[str, Any]:
    (row,) = [r for r in rows if r[key] == value]
    return row


def test_jsonl_articles_are_the_article_json(filled: Store, tmp_path: Path) -> None:
    out = tmp_path / "articles.jsonl"
    assert export(filled, "jsonl", out) == 2
    lines = out.read_text(encoding="utf-8").splitlines()
    by_id = {json.loads(line)["id"]: json.loads(line) for line in lines}
    assert by_id[MOSCOW.id] == json.loads(json.dumps(MOSCOW.to_dict()))
    assert "Çavuşoğlu" in out.read_text(encoding="utf-8")  # not \u-escaped


class _Noon(dt.datetime):
    """A clock that always reads the same second."""

    @classmethod
    def now(cls, tz: dt.tzinfo | None = None) -> _Noon:
        return cls(2026, 1, 1, 12, tzinfo=tz)


def test_jsonl_is_byte_identical_whatever_the_insertion_order(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # each article's added_at (GDELT's DATEADDED) is the wall clock: the two stores are filled
    # one after the other, so a second boundary between them changed the bytes (a CI flake)
    monkeypatch.setattr(_writes, "dt", SimpleNamespace(datetime=_Noon, UTC=dt.UTC))
    with Store(":memory:") as one, Store(":memory:") as two:
        one.add_many([moscow_article(), ankara_article()])
        two.add_many([ankara_article(), moscow_article(), moscow_article()])
        for fmt in ("jsonl", "csv"):
            for table in TABLES:
                a, b = tmp_path / f"a.{fmt}", tmp_path / f"b.{fmt}"
                export(one, fmt, a, table=table)  # type: ignore[arg-type]
                export(two, fmt, b, table=table)  # type: ignore[arg-type]
                assert a.read_bytes() == b.read_bytes(), (fmt, table)
                if table == "events":
                    assert b"20260101120000" in a.read_bytes()  # the fixed clock was read


@pytest.mark.parametrize("fmt", ["csv", "parquet", "jsonl"])
@pytest.mark.parametrize("table", TABLES)
def test_every_table_in_every_format_has_its_rows(
    filled: Store, tmp_path: Path, fmt: str, table: str
) -> None:
    out = tmp_path / f"{table}.{fmt}"
    n = export(filled, fmt, out, table=table)  # type: ignore[arg-type]
    assert n == N_ROWS[table]
    if fmt == "csv":
        rows: list[dict[str, Any]] = _csv(out)
        assert list(rows[0]) == arrow_schema(table).names  # type: ignore[arg-type]
    elif fmt == "parquet":
        rows = _parquet(out)
        assert pq.read_schema(out).equals(arrow_schema(table))  # type: ignore[arg-type]
    else:
        rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == n


def test_events_parquet_has_gdelt_columns(filled: Store, tmp_path: Path) -> None:
    out = tmp_path / "events.parquet"
    export(filled, "parquet", out, table="events")
    consult = _by(_parquet(out), "PLOVER", "CONSULT")
    assert consult == consult | {
        "GlobalEventID": MOSCOW.events[0].id,
        "SQLDATE": 20180829,
        "date": "2018-08-29",
        "Actor1Code": "RUSGOV",
        "Actor1Name": "Sergei Lavrov",
        "Actor1CountryCode": "RUS",
        "Actor2Code": "SAUGOV",
        "Actor2Name": "Adel al-Jubeir",
        "Actor2CountryCode": "SAU",
        "EventCode": "043",
        "EventRootCode": "04",
        "mode": "visit",
        "QuadClass": 1,
        "GoldsteinScale": 2.8,
        "ActionGeo_FullName": "Moscow",
        "ActionGeo_CountryCode": "RU",
        "ActionGeo_Lat": 55.75222,
        "ActionGeo_Long": 37.61556,
        "ActionGeo_FeatureID": 524901,
        "negated": False,
        "hypothetical": False,
        "background": False,
        "SOURCEURL": "https://example.org/presstv/idlib",
        "trigger": "met",
        "evidence": (
            "Russian Foreign Minister Sergei Lavrov met his Saudi counterpart "
            "Adel al-Jubeir in Moscow on Wednesday."
        ),
        "article_id": MOSCOW.id,
    }
    reject = _by(_parquet(out), "PLOVER", "REJECT")
    # a month-resolved time ("2019-01") is the event's own date: the month's first day
    assert (reject["SQLDATE"], reject["DateResolution"]) == (20190101, "month")
    assert reject["Actor2Code"] is None and reject["Actor2Name"] is None


def test_events_csv_values(filled: Store, tmp_path: Path) -> None:
    out = tmp_path / "events.csv"
    export(filled, "csv", out, table="events")
    aid = _by(_csv(out), "PLOVER", "AID")
    assert aid["SQLDATE"] == "20180829"
    assert aid["Actor1Name"] == "United States" and aid["Actor2Name"] == "militants"
    assert aid["Actor2CountryCode"] == ""
    assert aid["ActionGeo_FeatureID"] == "169389"
    assert aid["negated"] == "false"
    assert aid["evidence"] == "Mr. Lavrov said the U.S. was aiding militants in Idlib."


def test_entities_quotes_places_times_values(filled: Store, tmp_path: Path) -> None:
    export(filled, "parquet", tmp_path / "e.parquet", table="entities")
    export(filled, "csv", tmp_path / "e.csv", table="entities")
    lavrov = _by(_parquet(tmp_path / "e.parquet"), "name", "Sergei Lavrov")
    assert lavrov["aliases"] == ["Lavrov"] and lavrov["n_mentions"] == 3
    assert _by(_csv(tmp_path / "e.csv"), "name", "Sergei Lavrov")["aliases"] == "Lavrov"

    export(filled, "csv", tmp_path / "q.csv", table="quotes")
    direct = _by(_csv(tmp_path / "q.csv"), "kind", "direct")
    assert direct["content"] == "The terrorist abscess must be liquidated,"
    start, end = int(direct["content_start"]), int(direct["content_end"])
    assert MOSCOW.text[start:end] == direct["content"]
    assert direct["unnamed"] == "false" and direct["speaker_name"] == "Sergei Lavrov"

    export(filled, "parquet", tmp_path / "p.parquet", table="places")
    ankara = _by(_parquet(tmp_path / "p.parquet"), "name", "Ankara")
    assert (ankara["geonameid"], ankara["country_code"], ankara["metonymy"]) == (
        323786,
        "TR",
        False,
    )

    export(filled, "parquet", tmp_path / "t.parquet", table="times")
    friday = _by(_parquet(tmp_path / "t.parquet"), "text", "Friday")
    assert (friday["value"], friday["granularity"]) == ("2019-01", "month")


def test_articles_flat_table_counts_records(filled: Store, tmp_path: Path) -> None:
    export(filled, "parquet", tmp_path / "a.parquet", table="articles")
    row = _by(_parquet(tmp_path / "a.parquet"), "id", MOSCOW.id)
    assert (row["n_entities"], row["n_quotes"], row["n_events"]) == (3, 2, 2)
    assert row["outlet"] == "Press TV" and row["text"] == MOSCOW.text


def test_parquet_streams_in_row_groups(store: Store, tmp_path: Path) -> None:
    store.add_many(bare_article(f"Article number {i}.", outlet="X") for i in range(25))
    out = tmp_path / "many.parquet"
    assert export(store, "parquet", out, batch_size=10) == 25
    meta = pq.ParquetFile(out).metadata
    assert (meta.num_rows, meta.num_row_groups) == (25, 3)


def test_empty_store_exports_headers_and_schema(store: Store, tmp_path: Path) -> None:
    assert export(store, "parquet", tmp_path / "e.parquet", table="events") == 0
    assert pq.read_table(tmp_path / "e.parquet").schema.equals(arrow_schema("events"))
    assert export(store, "csv", tmp_path / "e.csv", table="events") == 0
    header = (tmp_path / "e.csv").read_text(encoding="utf-8").splitlines()
    assert header == [",".join(arrow_schema("events").names)]


def test_bad_format_or_table_leaves_no_file(filled: Store, tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="unknown export format 'xlsx'"):
        export(filled, "xlsx", tmp_path / "x.xlsx")  # type: ignore[arg-type]
    # ux26: 'mentions' is a table now
    with pytest.raises(StoreError, match="unknown export table 'sentences'"):
        export(filled, "csv", tmp_path / "x.csv", table="sentences")  # type: ignore[arg-type]
    assert list(tmp_path.iterdir()) == []


def test_export_creates_parent_directories(filled: Store, tmp_path: Path) -> None:
    out = tmp_path / "deep" / "er" / "articles.jsonl"
    assert export(filled, "jsonl", out) == 2
    assert sorted(p.name for p in out.parent.iterdir()) == ["articles.jsonl"]  # no temp file left
