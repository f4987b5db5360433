"""polfp41 (issue 10 items 3 and 4): three classes of the polfp41 sample of real political news.

* a city compounded on an attack noun ("the Orlando attack", "the Brussels bombings") is where
  the attack happened, not who made it (:mod:`newsgraph.nlp.events._attack_sites`): no source
  from the city (it is the target), and none from the verb the noun is the object of; a
  country, a nation and a person compounded on the noun stay the source;
* "blame X on Y" blames Y (:mod:`newsgraph.nlp.events._blamed_on`): the "on" object is the
  target, the thing blamed and its owner are not; a date after "on" is no one blamed;
* "charge" as a price asked or a duty given is no accusation
  (:mod:`newsgraph.nlp.events._charge_senses`); people charged with crimes, and a body a finite
  verb charges, stay.

Sentences are hand-written (none copied from the data); expected values were written by hand
before the coder ran. Read with the full pipeline: the attack-site rule needs the gazetteer's
places."""

from __future__ import annotations

import pytest

from tests.nlp._docs import coded_events


def _events(nlp, text: str):  # type: ignore[no-untyped-def]
    return coded_events(nlp, text, "2016-06-20")


def _at(events, word: str):  # type: ignore[no-untyped-def]
    return [e for e in events if word in e.trigger.text]


# --- a city on an attack noun --------------------------------------------------------------

# the first version's rows "The Manchester bombing shocked Britain, ..." and "Months after the
# Madrid bombings, ..." were replaced after the first run: the coder finds no attack event in
# them before or after polfp41, so they could not fail; each row now requires the event
SITES = [
    (
        "The senator invoked the Brussels attacks in a speech about border security.",
        "attacks",
        "BEL",
    ),
    ("The Orlando shooting left 49 people dead.", "shooting", "USA"),
    ("The Istanbul bombing was the third this year.", "bombing", "TUR"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "trigger", "country"), SITES)
def test_polfp41_city_on_attack_noun_is_the_target_not_the_source(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, country: str
) -> None:
    found = _at(_events(nlp, text), trigger)
    assert found, "the attack is an event"
    e = found[0]
    assert not any(a.code and a.code.startswith(country) for a in e.sources)
    assert not any("senator" in a.span.text for a in e.sources)
    assert any(a.code == country for a in e.targets)


SITE_CONTROLS = [
    ("Israeli strikes on Gaza killed five people on Sunday.", "ISR"),
    ("A Russian attack on the port of Odessa damaged two cargo ships.", "RUS"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "country"), SITE_CONTROLS)
def test_polfp41_nation_on_attack_noun_stays_source(nlp, text: str, country: str) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in _events(nlp, text) if e.type == "ASSAULT"]
    assert any(a.code and a.code.startswith(country) for e in events for a in e.sources)


@pytest.mark.model
def test_polfp41_person_on_attack_noun_stays_source(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, "The Romney attack on Trump drew wide attention in the party.")
    assert any("Romney" in a.span.text for e in _at(events, "attack") for a in e.sources)


# --- blame X on Y ---------------------------------------------------------------------------


def _blamed(nlp, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [a.span.text for e in _at(_events(nlp, text), "blame") for a in e.targets]


@pytest.mark.model
def test_polfp41_blamed_on_a_body(nlp) -> None:  # type: ignore[no-untyped-def]
    targets = _blamed(nlp, "The governor blamed the budget shortfall on the state legislature.")
    assert any("legislature" in t for t in targets)
    assert not any("shortfall" in t for t in targets)


@pytest.mark.model
def test_polfp41_blamed_on_the_press_not_the_owner(nlp) -> None:  # type: ignore[no-untyped-def]
    targets = _blamed(nlp, "Senator Hale blamed his loss in the primary on the news media.")
    assert any("media" in t for t in targets)
    assert not any("Hale" in t or t.lower() == "his" for t in targets)


@pytest.mark.model
def test_polfp41_blamed_on_not_the_negated_party(nlp) -> None:  # type: ignore[no-untyped-def]
    # the first version's row blamed "outside agitators" (no code): the PETRARCH fallback then
    # takes the first coded actor of the verb's phrase, the residents (left, docs/events.md)
    text = "The mayor blamed some of the unrest on the state police, not on local residents."
    targets = _blamed(nlp, text)
    assert any("police" in t for t in targets)
    assert not any("residents" in t or "unrest" in t or t == "some" for t in targets)


BLAME_CONTROLS = [
    ("The minister blamed Iran on Tuesday for the riots in the capital.", "IRN"),
    ("The senator blamed the White House for the government shutdown.", "USAGOV"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "code"), BLAME_CONTROLS)
def test_polfp41_blamed_for_keeps_its_object(nlp, text: str, code: str) -> None:  # type: ignore[no-untyped-def]
    events = _at(_events(nlp, text), "blame")
    assert any(a.code == code for e in events for a in e.targets)


# --- charge as a price or a duty -------------------------------------------------------------

NOT_ACCUSED = [
    "The consultant charges clients $500 an hour for his advice.",
    "The hotel charged the delegation $40,000 for the rooms.",
    # added after the first run: the two rows above were no event before polfp41 either
    "The senator criticized the college for charging students more than $40,000 a year.",
    "Whatever the firm charged the campaign for rent came out of the candidate's own pocket.",
    "She was picked to lead a commission charged with redrawing the state's districts.",
    "The agency charged with protecting the president has a new director.",
]


@pytest.mark.model
@pytest.mark.parametrize("text", NOT_ACCUSED)
def test_polfp41_price_or_duty_is_no_charge(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not _at(_events(nlp, text), "charg")


ACCUSED = [
    "Prosecutors charged the senator's aide with lying to investigators.",
    "Two men were charged with attacking a police officer outside the stadium.",
    "Police charged the county board with violating the open meetings law.",
    "The county board was charged with violating the open meetings law.",
    "Federal prosecutors charged the company with fraud involving $2 million in contracts.",
]


@pytest.mark.model
@pytest.mark.parametrize("text", ACCUSED)
def test_polfp41_criminal_charges_stay(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _at(_events(nlp, text), "charg")


# --- a title-case wire dateline ("Washington (AFP) –") is no actor ------------------------
# (added later in the session, labelled before the coder ran on these rows)

DATELINES = [
    ("Geneva (AFP) – The foreign minister criticized Iran's missile tests on Monday.", "Geneva"),
    ("Cleveland (AFP) – Protesters clashed with police outside the convention hall.", "Cleveland"),
    (
        "Brussels (AFP) – Hungary's prime minister attacked the European Commission's plan.",
        "Brussels",
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "place"), DATELINES)
def test_polfp41_wire_dateline_is_no_source(nlp, text: str, place: str) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, text)
    assert events, "the sentence holds an event"
    assert not any(place in a.span.text for e in events for a in [*e.sources, *e.targets])


@pytest.mark.model
def test_polfp41_title_case_subject_without_wire_stays(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, "Washington criticized Moscow on Monday over the arrests.")
    assert any(a.span.text == "Washington" for e in events for a in e.sources)
