"""Language detection: non-English articles are skipped (default) or flagged; language stored."""

from __future__ import annotations

import json
import logging
from importlib import resources
from pathlib import Path

import jsonschema
import pytest
import spacy

from newsgraph.api import Pipeline
from newsgraph.ingest import Failure, RawArticle, iter_articles
from newsgraph.ingest.language import detect_language
from newsgraph.model import Article

ENGLISH = (
    "Envoys meet in Geneva\n\n"
    "Envoys from Armenia and Azerbaijan met in Geneva on Friday for talks on their border, "
    "the Swiss foreign ministry said in a statement issued after the meeting ended. "
    "A new round of talks will be held in Vienna next month, one of the envoys told reporters.\n"
)
ITALIAN = (
    "Il governo incontra i sindacati\n\n"
    "Il presidente del Consiglio ha incontrato ieri a Roma i rappresentanti dei sindacati per "
    "discutere della manovra economica e delle pensioni. Secondo fonti di Palazzo Chigi, "
    "l'incontro è durato più di tre ore e un nuovo tavolo è previsto la prossima settimana.\n"
)


def test_detect_language() -> None:
    assert detect_language(ENGLISH) == "en"
    assert detect_language(ITALIAN) == "it"
    assert detect_language("Trump said so.") is None  # too little text to judge


def test_non_english_is_skipped_with_one_line(tmp_path: Path) -> None:
    (tmp_path / "en.txt").write_text(ENGLISH)
    (tmp_path / "it.txt").write_text(ITALIAN)
    en, it = iter_articles([str(tmp_path)], non_english="skip")
    assert isinstance(en, RawArticle) and en.language == "en"
    assert isinstance(it, Failure)
    assert str(it) == (
        f"{tmp_path}/it.txt: in Italian (it), not English: skipped "
        "(--non-english flag analyses it anyway)"
    )


def test_non_english_flagged_and_analysed_on_request(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "it.json"
    path.write_text(json.dumps({"text": ITALIAN, "id": "it-1"}))
    with caplog.at_level(logging.WARNING):
        (raw,) = iter_articles([str(path)], non_english="flag")
    assert isinstance(raw, RawArticle) and raw.language == "it"
    assert [r.getMessage() for r in caplog.records] == [
        f"{path}: in Italian (it), not English: analysed with the English model"
    ]
    pipe = Pipeline.__new__(Pipeline)
    pipe.nlp, pipe.batch_size, pipe.max_chars, pipe.timeout = spacy.blank("en"), 4, 10**5, None
    (art,) = pipe.analyze_many([raw])
    assert isinstance(art, Article) and art.language == "it"
    schema = json.loads(
        resources.files("newsgraph.schema").joinpath("article.schema.json").read_text()
    )
    jsonschema.validate(art.to_dict(), schema)


def test_library_default_keeps_and_labels(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    (tmp_path / "it.txt").write_text(ITALIAN)
    with caplog.at_level(logging.WARNING):
        (it,) = iter_articles([str(tmp_path)])  # extraction-only uses (the eval) keep all
    assert isinstance(it, RawArticle) and it.language == "it" and not caplog.records


def test_commands_skip_by_default(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from newsgraph.cli import app
    from newsgraph.runner import ingest

    (tmp_path / "it.txt").write_text(ITALIAN)
    failures: list[Failure] = []

    class NoModel:  # never reached: the article is skipped before analysis
        batch_size, config = 4, {}

        def analyze_many(self, items, published=None):  # type: ignore[no-untyped-def]
            raise AssertionError("analysed a skipped article")

    stats = ingest(
        [tmp_path / "it.txt"],
        tmp_path / "n.db",
        pipeline=NoModel(),  # type: ignore[arg-type]
        on_failure=failures.append,
    )
    assert stats.failed == 1 and "in Italian (it)" in failures[0].reason
    result = CliRunner().invoke(app, ["analyze", str(tmp_path / "it.txt"), "--non-english", "x"])
    assert result.exit_code == 2 and "--non-english 'x' is not one of: skip, flag" in result.stderr


def test_unknown_policy_refused() -> None:
    with pytest.raises(ValueError, match="non_english must be skip, flag or keep"):
        list(iter_articles(["x.txt"], non_english="maybe"))
