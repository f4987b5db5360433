"""Issue 12 item 1 (places29): classes places27/places28 left, tested on sentences written
by hand (expected places written from the sentence before the component ran on them).

Class 1: a building that houses a government, named for the government ("the White House
said", "according to the Kremlin", "White House hopefuls"), is no place (the GeoWebNews-style
sets' convention: an office named after its building is no place); where the text puts
someone in, at or near it ("outside the White House", "visited the Pentagon") it stays.
These need the parse, so they run the bare model.
"""

from __future__ import annotations

import pytest

from newsgraph.nlp.places.component import PlacesComponent


def _places(bare_nlp, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    doc = PlacesComponent()(bare_nlp(text))
    return [p.span.text for p in doc._.ng_places or []]


# --- class 1: an office named by its building


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Donald Trump, according to the White House, made a trip to a hospital on Saturday.",
        "The Pentagon rejected these accusations as false.",
        "The Kremlin denied the report on Tuesday.",
        "He faced criticism from White House hopefuls Hillary Clinton and Bernie Sanders.",
        "That is the explanation currently being offered by the White House.",
        "This is a President and a White House who have set a standard of honesty.",
    ],
)
def test_office_named_by_its_building_is_no_place(bare_nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    # the old code read each as the building (rule facility:landmark)
    found = _places(bare_nlp, text)
    assert not {"White House", "Pentagon", "Kremlin"} & set(found), found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "building"),
    [
        ("Protesters gathered outside the White House on Sunday.", "White House"),
        ("Putin met the envoy at the Kremlin on Friday.", "Kremlin"),
        ("The minister flew to Washington and visited the Pentagon.", "Pentagon"),
        ("Reporters waited on the White House lawn for hours.", "White House"),
        ("The senators sat in the White House East Room for the speech.", "White House"),
    ],
)
def test_building_where_someone_is_stays_a_place(bare_nlp, text: str, building: str) -> None:  # type: ignore[no-untyped-def]
    # control: the building as a location keeps its reading
    assert building in _places(bare_nlp, text)


@pytest.mark.model
def test_a_square_as_a_modifier_stays_a_place(bare_nlp) -> None:  # type: ignore[no-untyped-def]
    # control: only buildings that house a government stand for an office
    assert "Tiananmen Square" in _places(bare_nlp, "The Tiananmen Square protests were crushed.")
