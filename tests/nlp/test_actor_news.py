"""Actor countries on typical real news (issue #10, the blind rows read front to back): a name
nothing codes takes the country of the known people beside it when the text has no article
country, and institutions only one country has place their members there."""

from __future__ import annotations

import pytest

from tests.nlp._docs import coded_events, one_event

pytestmark = pytest.mark.model


def test_unknown_names_take_the_country_of_known_people_in_a_lone_sentence(nlp) -> None:
    # tune row ev-544: Axelrod and Dean are in no table; Trump is (USA), so both are American
    text = (
        "David Axelrod on Wednesday called on Howard Dean to apologize to Donald Trump "
        "for accusing him of being a cocaine user."
    )
    call = one_event(coded_events(nlp, text), "REQUEST")
    assert [(a.span.text, a.country) for a in call.sources] == [("David Axelrod", "USA")]
    assert (call.targets[0].span.text, call.targets[0].country) == ("Howard Dean", "USA")


def test_a_place_or_a_demonym_does_not_place_an_unknown_name(nlp) -> None:
    # a city says where, not whose: Assange is not Swedish, Khashoggi not Turkish
    stockholm = "Assange was accused of rape by a woman following a conference in Stockholm."
    accused = one_event(coded_events(nlp, stockholm), "ACCUSE")
    assert all(a.country != "SWE" for a in accused.targets if a.span.text == "Assange")
    turkish = "Turkish media reports have said Khashoggi was beaten to death in the building."
    beaten = one_event(coded_events(nlp, turkish), "ASSAULT")
    assert all(a.country != "TUR" for a in beaten.targets)


def test_a_known_person_on_the_other_side_does_not_place_the_source(nlp) -> None:
    # "a source never takes its target's": the union praising Clinton is not placed by her (a
    # union the actor table does not know: the Association of Flight Attendants joined it)
    text = "The Association of Hospital Chaplains called Clinton a champion for its members."
    praise = one_event(coded_events(nlp, text), "SUPPORT")
    assert [a.country for a in praise.sources] == [None]


def test_one_country_institutions_place_their_members(nlp) -> None:
    # tune rows ev-554 (grand jury) and ev-557 (SWAT): a grand jury, a SWAT team and a
    # district attorney are American; no other word in these sentences says so
    jury = one_event(coded_events(nlp, "A federal grand jury indicted the mayor."), "ACCUSE")
    assert jury.sources[0].code == "USAJUD"
    swat = "SWAT officers soon surrounded the home and tried to persuade the gunman to surrender."
    siege = one_event(coded_events(nlp, swat), "COERCE")
    assert siege.sources[0].code == "USACOP"


def test_a_plain_jury_or_a_named_place_keeps_its_own_country(nlp) -> None:
    plain = one_event(coded_events(nlp, "A jury indicted the mayor."), "ACCUSE")
    assert plain.sources[0].country is None
    kenya = "Police in Kenya arrested the gunman."
    arrest = one_event(coded_events(nlp, kenya), "COERCE")
    assert arrest.sources[0].code == "KENCOP"


def test_a_conjoined_name_keeps_its_own_code(nlp) -> None:
    # a tune no-event row: "Alexa" is not placed by "Google Assistant" beside it, so the
    # product list gains no coded actor and stays no event
    text = (
        "You’ll still be able to count on HomeKit and Siri control, along with support for "
        "Alexa, Google Assistant, and other smart home mediums."
    )
    assert [e.type for e in coded_events(nlp, text) if not e.negated] == []
