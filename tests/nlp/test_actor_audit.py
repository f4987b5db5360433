"""Actor codes the batch-3 hand audit of real news (issue 10) and other engineers found wrong:
dotted US agency initialisms, "ICE", the dated Soviet Union, plural demonyms, "the
Europeans", a city named like a foreign capital, a city naming an accord, a person's name
read as a town, and undated "Trump" coded as a businessman. Each expected code was checked by
hand against CAMEO and our tables' conventions (``office_holders.tsv`` header)."""

from __future__ import annotations

import pytest

from newsgraph.nlp.events.actor_table import builtin_table, pieces, role_of
from newsgraph.nlp.events.dictionaries import ActorEntry, DatedCode
from tests.nlp._docs import coded_events, one_event


def test_initialisms_with_and_without_dots_are_one_name() -> None:
    assert pieces("I.R.S.") == pieces("IRS") == ("irs",)
    assert pieces("F.B.I. agents") == ("fbi", "agents")
    assert pieces("Washington, D.C.") == ("washington", "dc")
    # a middle initial stays a piece of its own
    assert pieces("Michael R. Pompeo") == ("michael", "r", "pompeo")


def test_undated_trump_is_no_businessman_but_a_dated_2010_one_is() -> None:
    trump = builtin_table().person("Donald Trump")
    assert trump is not None
    assert role_of(trump, None) == "USAGOV"
    assert role_of(trump, "2010-05-01") == "USABUS"
    assert role_of(trump, "2016-09-01") == "USAPTY"
    # a business person with no political role stays business with no date
    ceo = ActorEntry(phrases=[("jane", "roe")], codes=[DatedCode("USABUS", None, None)])
    assert role_of(ceo, None) == "USABUS"


def _codes(nlp, text: str, date: str | None, etype: str) -> tuple[list, list]:  # type: ignore[no-untyped-def]
    ev = one_event(coded_events(nlp, text, date), etype)
    return [a.code for a in ev.sources], [a.code for a in ev.targets]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "etype", "source"),
    [
        ("The I.R.S. accused the charity of fraud.", "ACCUSE", "USAGOV"),
        ("The IRS accused the charity of fraud.", "ACCUSE", "USAGOV"),  # control
        ("The F.B.I. arrested the senator on Tuesday.", "COERCE", "USACOP"),
        ("ICE arrested 20 immigrants in Texas on Monday.", "COERCE", "USACOP"),
    ],
)
def test_us_agency_initialisms(nlp, text: str, etype: str, source: str) -> None:  # type: ignore[no-untyped-def]
    sources, _ = _codes(nlp, text, "2018-05-01", etype)
    assert sources == [source]


@pytest.mark.model
def test_capitalised_common_noun_is_no_agency(nlp) -> None:  # type: ignore[no-untyped-def]
    sources, _ = _codes(
        nlp, "Ice blocked the road and police arrested two drivers.", None, "COERCE"
    )
    assert sources == ["COP"]  # the police, no US agency from "Ice"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "date", "source"),
    [
        ("The Soviets invaded Afghanistan in December.", "1980-01-05", "SUN"),
        ("The Soviet Union invaded Afghanistan in December.", "1980-01-05", "SUN"),
        ("Soviet troops attacked the village.", "1985-01-05", "SUNMIL"),
        ("Soviet troops attacked the village.", None, "SUNMIL"),  # the word names the USSR
        ("Soviet troops attacked the village.", "2016-01-05", "RUSMIL"),  # dated after 1991
    ],
)
def test_soviet_by_the_article_date(nlp, text: str, date: str | None, source: str) -> None:  # type: ignore[no-untyped-def]
    sources, _ = _codes(nlp, text, date, "ASSAULT")
    assert sources == [source]


@pytest.mark.model
def test_plural_peoples_and_the_europeans(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _codes(nlp, "Angry Britons stormed the embassy.", "2012-01-01", "ASSAULT")[0] == ["GBR"]
    assert _codes(nlp, "The Europeans criticized the deal.", "2016-09-08", "ACCUSE")[0] == [
        "IGOEUREEC"
    ]


@pytest.mark.model
def test_undated_trump_in_a_sentence_is_not_business(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _codes(nlp, "Trump criticized the deal.", None, "ACCUSE")[0] == ["USAGOV"]
    assert _codes(nlp, "Trump criticized the deal.", "2010-05-01", "ACCUSE")[0] == ["USABUS"]


@pytest.mark.model
def test_lebanese_tripoli_is_not_libya(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Gunmen attacked an army post in Tripoli, in northern Lebanon, killing two soldiers."
    assert _codes(nlp, text, "2013-05-01", "ASSAULT")[1] == ["LBN"]
    # control: Libya's capital in a Libya sentence stays Libya
    libya = "Libyan militias attacked the airport in Tripoli."
    assert _codes(nlp, libya, "2014-07-01", "ASSAULT")[1] == ["LBY"]


@pytest.mark.model
def test_a_city_naming_an_accord_is_no_party(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Obama and Xi formally committed their nations to the Paris accord."
    events = coded_events(nlp, text, "2016-09-08")
    codes = {a.code for e in events for a in (*e.sources, *e.targets)}
    assert "FRAGOV" not in codes and "FRA" not in codes
    # control: a country naming a deal stays its party
    assert _codes(nlp, "The Council of Europe criticized the Iran deal.", "2016-01-01", "ACCUSE")[
        1
    ] == ["IRN"]


@pytest.mark.model
def test_a_persons_name_read_as_a_town_places_nobody(nlp) -> None:  # type: ignore[no-untyped-def]
    # the gazetteer makes "DuVernay" a Canadian town; she is the film director
    text = (
        "Ava DuVernay is a film director. In her film, DuVernay highlights the police "
        "killings of Trayvon Martin."
    )
    _, targets = _codes(nlp, text, "2016-10-07", "ASSAULT")
    assert "CAN" not in targets


@pytest.mark.model
def test_a_former_office_holder_is_an_elite(nlp) -> None:  # type: ignore[no-untyped-def]
    # the audit's Council of Europe politician "a former Greek foreign minister" was GRCGOV
    text = "A former Greek foreign minister criticized Russia."
    assert _codes(nlp, text, "2009-03-15", "ACCUSE")[0] == ["GRCELI"]
    # control: a serving one stays GOV
    text = "The Greek foreign minister criticized Russia."
    assert _codes(nlp, text, "2009-03-15", "ACCUSE")[0] == ["GRCGOV"]
