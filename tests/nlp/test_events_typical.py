"""Classes of typical political and local news that a blind batch of real sentences read front
to back (gold rows ev-567..658, tune half; issue 10) showed missing or mistyped, fixed by whole
class: calling someone out, campaign ads against a rival, names that brand a person, verbal
attacks launched against a person, crowd-control weapons used on people, suspects held on bond
or without bail, investigations begun, started or conducted, leads and tips pursued, faults
admitted in a that-clause, and a quantifier standing alone for people ("Both were charged") as a
side.

Every sentence here was written by hand for this file (none is a gold or probe row); its
expected type is the PLOVER manual's, and each FOUND row failed on the coder before the rule it
tests was added (checked on the tree without them). The controls passed before and must
still."""

from __future__ import annotations

import pytest

from tests.nlp._docs import assert_found

# (sentence, PLOVER type, mode or None) that must be among the events
FOUND = [
    # calling someone out is criticism (111), not a call for something
    ("The senator called out the governor for his handling of the budget.", "ACCUSE", None),
    ("Activists called out the mayor over the police contract.", "ACCUSE", "disapprove"),
    # ads run or launched against a rival are criticism (111)
    ("The campaign launched attack ads against the senator.", "ACCUSE", "disapprove"),
    ("The group is running negative ads against the mayor in Ohio.", "ACCUSE", "disapprove"),
    # calling or describing a person by a name that brands them (111)
    ("The mayor called the councilman a hater and a phony.", "ACCUSE", "disapprove"),
    ("Senator Ellis described the governor as a charlatan.", "ACCUSE", "disapprove"),
    # attacks launched or unleashed against a person in words are criticism (111)
    ("Sanders launched sharp attacks against Hillary Clinton during the debate.", "ACCUSE", None),
    ("Trump launched a new attack on Elizabeth Warren on Twitter.", "ACCUSE", "disapprove"),
    # crowd-control weapons used on people (PLOVER mode crowd-control)
    ("A protester was pepper-sprayed by a deputy outside the courthouse.", "ASSAULT", None),
    ("Police tear-gassed the protesters near the bridge.", "ASSAULT", "crowd-control"),
    ("Officers tased the man twice during the arrest.", "ASSAULT", "crowd-control"),
    # a suspect held on bond or without bail is detained (173)
    ("The suspect was held on $10,000 bond in the county jail.", "COERCE", "arrest"),
    ("She is being held without bail.", "COERCE", "arrest"),
    # an investigation begun, started or conducted (090)
    ("State police began an investigation after the shooting.", "ACCUSE", "investigate"),
    ("The inspector general started a probe last month.", "ACCUSE", "investigate"),
    # leads, tips and clues pursued or followed are an investigation (090)
    ("The sheriff's office is pursuing a tip about the stolen truck.", "ACCUSE", "investigate"),
    ("Detectives are following up on several leads in the case.", "ACCUSE", "investigate"),
    ("Police are following new leads in the disappearance of the girl.", "ACCUSE", None),
    # a that-clause admitting a fault is what is admitted: a concession (080)
    ("The ministry acknowledged that the new voting rules were a problem.", "CONCEDE", None),
    ("The minister admitted that the government had made mistakes.", "CONCEDE", None),
    ("The police chief acknowledged that his department had mishandled the case.", "CONCEDE", None),
    # a quantifier standing alone for people is an (uncoded) side
    ("Both were charged with disturbing the peace.", "ACCUSE", "allege"),
    ("Several were arrested after the march.", "COERCE", "arrest"),
    ("Others were detained at the border.", "COERCE", None),
]


@pytest.mark.parametrize(("text", "etype", "mode"), FOUND)
def test_typical_news_classes_are_found(code, text: str, etype: str, mode: str | None) -> None:  # type: ignore[no-untyped-def]
    assert_found(code(text), etype, mode)


# (sentence, type that must NOT be among the events)
NOT_FOUND = [
    # calling out is no call for something
    ("The senator called out the governor for his handling of the budget.", "REQUEST"),
    # a verbal attack is no assault; ads launched are no attack
    ("Sanders launched sharp attacks against Hillary Clinton during the debate.", "ASSAULT"),
    ("The campaign launched attack ads against the senator.", "ASSAULT"),
    # controls: no actor called out, an ad for a product, a film's caricature
    ("The coach called out the plays from the sideline.", "ACCUSE"),
    ("The company launched a new ad for its phone.", "ACCUSE"),
    ("Fans called the movie a caricature of the novel.", "ACCUSE"),
    # controls: spraying plants, a concert in a prison yard, a study begun
    ("The gardener sprayed the roses with a chemical.", "ASSAULT"),
    ("The farmer sprayed pesticide on the field.", "ASSAULT"),
    ("The concert was held in the old prison yard.", "COERCE"),
    ("Scientists began a study of the coral reef.", "ACCUSE"),
    # controls: a captain's lead, a career pursued, tips in a newsletter
    ("The team followed the lead of its captain.", "ACCUSE"),
    ("She pursued a career in law after college.", "ACCUSE"),
    ("Investors followed the tips in the newsletter.", "ACCUSE"),
    # controls: a that-clause with no fault admitted
    ("The company acknowledged that sales fell in March.", "CONCEDE"),
    ("The governor acknowledged that the budget is tight.", "CONCEDE"),
    # controls: people who visit a museum, things destroyed in a fire
    ("Many visited the museum over the weekend.", "CONSULT"),
    ("Some were destroyed in the fire.", "ASSAULT"),
]


@pytest.mark.parametrize(("text", "etype"), NOT_FOUND)
def test_typical_news_class_boundaries(code, text: str, etype: str) -> None:  # type: ignore[no-untyped-def]
    events = code(text)
    assert etype not in {e.type for e in events}, [(e.type, e.rule) for e in events]


# (sentence, type that must stay): force against troops or a city is still an assault
KEPT = [
    ("Rebels launched attacks against government troops.", "ASSAULT"),
    ("Insurgents launched a rocket attack on the city.", "ASSAULT"),
]


@pytest.mark.parametrize(("text", "etype"), KEPT)
def test_typical_news_force_stays_assault(code, text: str, etype: str) -> None:  # type: ignore[no-untyped-def]
    assert_found(code(text), etype)
