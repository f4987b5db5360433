"""Ids given in JSON input are kept (``source.id``); publication dates in any ISO form."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import jsonschema
import pytest
import spacy

from newsgraph.api import Pipeline
from newsgraph.errors import InputError
from newsgraph.ingest import RawArticle, iter_articles, raw_to_dict
from newsgraph.ingest.dates import iso_published
from newsgraph.model import Article

BODY = "Envoys from Armenia and Azerbaijan met in Geneva on Friday for talks on their border."


def _blank() -> Pipeline:
    pipe = Pipeline.__new__(Pipeline)
    pipe.nlp = spacy.blank("en")
    pipe.batch_size = 4
    pipe.max_chars = 100_000
    pipe.timeout = None
    pipe.config = {}
    return pipe


def test_ids_in_json_and_jsonl_are_kept(tmp_path: Path) -> None:
    (tmp_path / "a.json").write_text(json.dumps({"id": "wire-2018-0042", "text": BODY}))
    (tmp_path / "b.jsonl").write_text(
        json.dumps({"id": 17, "text": BODY + " One."})
        + "\n"
        + json.dumps({"text": BODY + " Two."})
        + "\n"
        + json.dumps({"id": True, "text": BODY + " Three."})
        + "\n"
    )
    raws = [x for x in iter_articles([str(tmp_path)]) if isinstance(x, RawArticle)]
    assert [r.source_id for r in raws] == ["wire-2018-0042", "17", None, None]
    assert raw_to_dict(raws[0])["id"] == "wire-2018-0042"
    art = next(iter(_blank().analyze_many(raws[:1])))
    assert isinstance(art, Article) and art.source.id == "wire-2018-0042"
    record = art.to_dict()
    assert record["source"]["id"] == "wire-2018-0042"
    schema = json.loads(
        resources.files("newsgraph.schema").joinpath("article.schema.json").read_text()
    )
    jsonschema.validate(record, schema)


@pytest.mark.parametrize(
    ("given", "date"),
    [
        ("2018-08-29", "2018-08-29"),
        ("2018-08-29T10:00:00Z", "2018-08-29"),
        ("2018-08-29T23:30:00-05:00", "2018-08-29"),  # the date as written, not shifted to UTC
        ("2018-08-29 10:00", "2018-08-29"),
        ("2018-08-29T10:00:00.123+02:00", "2018-08-29"),
        ("20180829", "2018-08-29"),
        # natural forms of feeds, mail headers and pages (issue 12: "the natural forms htmldate
        # and dateutil read")
        ("Wed, 29 Aug 2018 10:00:00 +0000", "2018-08-29"),
        ("Aug 29, 2018", "2018-08-29"),
        ("Wednesday, August 29, 2018 10:00 AM EDT", "2018-08-29"),
        ("29 August 2018 23:30 CET", "2018-08-29"),
        ("29/08/2018", "2018-08-29"),  # 29 cannot be a month
        ("08/29/2018", "2018-08-29"),
        ("29.08.2018", "2018-08-29"),
    ],
)
def test_published_accepts_iso_dates_and_times(given: str, date: str) -> None:
    assert iso_published(given) == date


@pytest.mark.parametrize(
    "bad",
    [
        "notadate",
        "2018-02-30",
        "",
        "03/04/2018",
        "August 2018",
        "10:00",
        "next tuesday",
        "Tue, 31 Feb 2018 10:00:00 +0000",
    ],
)
def test_published_refuses_what_is_not_an_iso_date(bad: str) -> None:
    with pytest.raises(ValueError, match="is not a date"):
        iso_published(bad)


def test_pipeline_takes_a_published_datetime() -> None:
    raw = RawArticle(f"Envoys meet\n\n{BODY}", "Envoys meet", path="a.txt", body_start=13)
    art = next(iter(_blank().analyze_many([raw], published="2018-08-29T10:00:00Z")))
    assert isinstance(art, Article) and art.published == "2018-08-29"
    with pytest.raises(InputError, match="'soon' is not a date"):
        list(_blank().analyze_many([raw], published="soon"))


def test_published_option_replaces_an_articles_own_date_and_is_a_no_op_when_absent() -> None:
    # what --help says for analyze/ingest: --published replaces each input's own date;
    # without it the article keeps the date its source gave
    raw = RawArticle(
        f"Envoys meet\n\n{BODY}", "Envoys meet", path="a.txt", body_start=13, published="2017-05-01"
    )
    given = next(iter(_blank().analyze_many([raw], published="2018-08-29")))
    assert isinstance(given, Article) and given.published == "2018-08-29"
    own = next(iter(_blank().analyze_many([raw])))
    assert isinstance(own, Article) and own.published == "2017-05-01"
