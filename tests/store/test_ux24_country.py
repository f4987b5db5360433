"""ux24: the country filter of events and actors takes an ISO alpha-3 code; anything else is
one line naming the code meant. Events matched it as a code prefix ('CH', Switzerland's
alpha-2, found China and Chile; 'S' every S country; 'russia' nothing, silently), actors
exactly ('SD' found nothing)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from store_samples import ankara_article, moscow_article
from typer.testing import CliRunner

from newsgraph.cli import app
from newsgraph.store import Store, StoreError


@pytest.mark.parametrize(
    ("given", "meant"),
    [
        ("russia", "RUS (Russian Federation)"),
        ("RU", "RUS (Russian Federation)"),
        ("tr", "TUR (Türkiye)"),
    ],
)
def test_a_name_or_alpha2_names_the_code(filled: Store, given: str, meant: str) -> None:
    with pytest.raises(
        StoreError, match=re.escape(f"country '{given}' is not an ISO alpha-3 code: use {meant}.")
    ):
        filled.events(country=given)
    with pytest.raises(StoreError, match="is not an ISO alpha-3 code"):
        filled.count_events(country=given)


def test_a_prefix_no_longer_matches_every_country_it_starts(filled: Store) -> None:
    # 'S' matched Saudi Arabia, Syria... as a code prefix
    with pytest.raises(StoreError, match="use three letters such as RUS, USA or SYR"):
        filled.events(country="S")


def test_alpha3_codes_still_filter(filled: Store) -> None:
    # control: the Moscow article's events have Russian sources, Ankara's a Turkish one
    rus = filled.events(country="rus")
    assert (
        rus and all("RUS" in h.event_codes() for h in rus)
        if hasattr(rus[0], "event_codes")
        else rus
    )
    assert {h.article.id for h in rus} == {moscow_article().id}
    assert {h.article.id for h in filled.events(country="TUR")} == {ankara_article().id}


def test_the_commands_say_it_in_one_line(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    with Store(db) as store:
        store.add_many([moscow_article(), ankara_article()])
    for command in ("events", "actors"):
        result = CliRunner().invoke(app, [command, "--db", str(db), "--country", "russia"])
        assert result.exit_code == 2, result.output
        assert result.output.strip() == (
            "error: country 'russia' is not an ISO alpha-3 code: use RUS (Russian Federation)."
        )
