"""strikes32 (issue 10 items 2 and 3): the attacker and the mode of attacks told with the weapon
as the subject.

"Ukrainian drone strikes hit an oil depot": the attack noun is itself a nominal trigger, and the
attacker named only by a modifier of its compound ("Ukrainian drone") or by "X-led" was lost when
the noun's empty sides replaced the verb's subject; "Russian shelling hit a hospital" (the parser
may make "shelling" an auxiliary) had no subject at all; "Rockets slammed into ..." (the parser
may make "Rockets" a proper noun, unlemmatized) had no mode. Sentences and expected values are
written by hand from the text, before running the coder."""

from __future__ import annotations

import pytest

# (sentence, the attacker's code, the mode)
ATTACKERS = [
    ("Ukrainian drone strikes hit an oil depot in Bryansk.", "UKR", "drone"),
    ("Russian shelling hit a hospital in Kharkiv.", "RUS", "heavy-weapons"),
    ("Saudi-led air strikes hit a wedding hall in Yemen.", "SAU", "aerial"),
    ("Israeli missiles slammed into a refugee camp in Rafah.", "ISR", "heavy-weapons"),
    ("Russian drone strikes hit a power station near Odesa.", "RUS", "drone"),
    ("Turkish drone strikes killed two fighters in northern Syria.", "TUR", "drone"),
    ("Israeli shelling hit a school in southern Lebanon.", "ISR", "heavy-weapons"),
    ("Government air strikes hit a market in Idlib.", "GOV", "aerial"),
    ("Rebel shelling killed three civilians in Donetsk.", "REB", "heavy-weapons"),
    ("Israeli army missiles struck a school in Gaza.", "ISRMIL", "heavy-weapons"),
    ("Pakistani artillery fire hit villages in Kashmir.", "PAK", "heavy-weapons"),
    # "shelling" parsed as the verb's auxiliary (the bakery no listed place) or a verb subject
    ("Syrian government shelling hit a bakery in Aleppo.", "SYR", "heavy-weapons"),
    ("Russian shelling hit a power plant in Zaporizhzhia.", "RUS", "heavy-weapons"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "source", "mode"), ATTACKERS)
def test_strikes32_the_modifier_is_the_attacker(code, text: str, source: str, mode: str) -> None:  # type: ignore[no-untyped-def]
    attacks = [e for e in code(text) if e.type == "ASSAULT"]
    assert attacks
    codes = {a.code or "" for e in attacks for a in e.sources}
    assert any(c.startswith(source) for c in codes)
    assert mode in {e.mode for e in attacks}


# (sentence, the mode): no attacker named
NO_ATTACKER = [
    ("Rockets slammed into a residential building in Kyiv.", "heavy-weapons"),
    ("Missiles slammed into an apartment block in Kharkiv.", "heavy-weapons"),
    ("Drone strikes hit an oil depot in Bryansk.", "drone"),
    ("A bomb ripped through a crowded market in Baghdad on Monday.", "explosives"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "mode"), NO_ATTACKER)
def test_strikes32_no_modifier_no_source(code, text: str, mode: str) -> None:  # type: ignore[no-untyped-def]
    attacks = [e for e in code(text) if e.type == "ASSAULT"]
    assert attacks
    assert not any(a.code for e in attacks for a in e.sources)
    assert mode in {e.mode for e in attacks}


# controls: no attack
@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The blast of cold air hit the city on Monday.",
        "The Ukrainian miners' strike hit coal output.",
        "A barrage of Russian criticism hit the minister.",
    ],
)
def test_strikes32_no_weapon_no_attack(code, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "ASSAULT" not in [e.type for e in code(text)]


@pytest.mark.model
def test_strikes32_a_named_attacker_stays(code) -> None:  # type: ignore[no-untyped-def]
    attacks = [
        e for e in code("Russian troops shelled a hospital in Kharkiv.") if e.type == "ASSAULT"
    ]
    assert [a.code for e in attacks for a in e.sources] == ["RUSMIL"]
