"""False events on disaster and accident news (issue 10 items 1 and 4, fp29): classes found by
reading unused LGL and GeoVirus fire, storm, flood and crash stories whole (``_disasters``):

* a fire- or water-safety rule imposed or lifted (a burn ban, a ban on outdoor burning, a
  boil-water order) is no COERCE and no CONCEDE; a ban on rallies or on firearms, and a curfew
  imposed or lifted, stay;
* an appeal to the public or to road users to take a precaution (use caution, be careful, boil
  the water) is no REQUEST; an appeal to vote, to join a march or to help find a gunman, and an
  appeal for caution to rebels or to governments, stay;
* money, aid or a document received is no CONSULT ``visit`` (hosting): "firms receiving
  government bailouts"; a leader receiving a minister or a delegation stays (``_received``);
* a patient airlifted to a hospital or medical center by no political actor is no AID; a state
  or an army flying another side's wounded to its hospitals stays (``_hospital``).

Sentences written by hand for this file (none from the documents read); expected values from
the PLOVER manual, not from the program's output. Old code: 4258819."""

from __future__ import annotations

import pytest

from tests.nlp._docs import assert_found, coded_events

# (sentence, PLOVER type the old code coded wrongly)
NO_EVENT = [
    ("The county judge lifted the burn ban Monday.", "CONCEDE"),
    ("The Cherokee County Commissioners Court lifted the month-old burn ban on Monday.", "CONCEDE"),
    ("The fire chief imposed a burn ban for the whole township.", "COERCE"),
    ("The county imposed a ban on outdoor burning last week.", "COERCE"),
    ("The town lifted its boil-water order on Friday.", "CONCEDE"),
    ("The sheriff asked that drivers use caution on county roads this week.", "REQUEST"),
    ("The mayor asked residents to be careful on the roads this weekend.", "REQUEST"),
    ("Officials warned residents to boil their tap water until further notice.", "REQUEST"),
    ("Police urged motorists to be cautious on the icy bridge near the river.", "REQUEST"),
    ("The firms receiving government bailouts are under pressure to cut pay.", "CONSULT"),
    ("Farmers receiving government subsidies must file a report each year.", "CONSULT"),
    ("Ukraine received $5 billion in military aid from the United States.", "CONSULT"),
    (
        "Maria Lopez, 34, fell from a ladder at her home on Sunday. She was airlifted to "
        "Memorial Hospital, where she was treated for a broken hip.",
        "AID",
    ),
    (
        "Dan Miller, 17, was hit by a car while riding his bike. Miller was airlifted to "
        "Regional Medical Center in critical condition.",
        "AID",
    ),
]

# (sentence, PLOVER type, mode or None) that must stay
KEPT = [
    ("The government lifted the ban on opposition rallies in the capital.", "CONCEDE", None),
    ("The army lifted the curfew imposed on the city after the riots.", "CONCEDE", None),
    ("The military imposed a curfew on the province after the protests.", "COERCE", None),
    ("The county will lift its ban on firearms in parks.", "CONCEDE", None),
    ("The governor urged residents to vote against the referendum.", "REQUEST", None),
    ("Police asked the public to help find the gunman who shot two officers.", "REQUEST", None),
    ("The mayor urged residents to join the march against the new tax.", "REQUEST", None),
    ("The minister asked the rebels to be careful not to break the ceasefire.", "REQUEST", None),
    (
        "The United Nations urged both governments to exercise caution along the border.",
        "REQUEST",
        None,
    ),
    ("The president received the Chinese foreign minister in Kabul.", "CONSULT", "visit"),
    ("The king received a delegation of tribal leaders on Sunday.", "CONSULT", "visit"),
    ("The prime minister received the opposition leader at his residence.", "CONSULT", "visit"),
    ("Ukraine received $5 billion in military aid from the United States.", "AID", None),
    ("Turkey airlifted wounded Syrian fighters to hospitals in Ankara.", "AID", None),
    ("The Israeli army airlifted injured Syrians to a hospital in Safed.", "AID", None),
]


@pytest.mark.parametrize(("text", "etype"), NO_EVENT)
def test_fp29_no_event(nlp, text: str, etype: str) -> None:  # type: ignore[no-untyped-def]
    assert etype not in {e.type for e in coded_events(nlp, text)}


@pytest.mark.parametrize(("text", "etype", "mode"), KEPT)
def test_fp29_kept(nlp, text: str, etype: str, mode: str | None) -> None:  # type: ignore[no-untyped-def]
    assert_found(coded_events(nlp, text), etype, mode)
