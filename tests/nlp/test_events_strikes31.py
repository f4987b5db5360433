"""strikes31 (issue 10 item 1): attacks told with the attack or its weapon as the subject.

"Saudi-led air strikes hit a wedding hall", "Rockets slammed into a residential building", "A
barrage of rockets hit the town", "An apartment block was struck by a Russian missile": the
coder made no event of them. The sentences are written by hand after the class (varied
countries, tenses, passives); the expected values are read from the sentences, not from the
coder."""

from __future__ import annotations

import pytest

# (sentence, the attacker's code where the sentence names a coded one, else None)
ATTACKS = [
    ("Saudi-led air strikes hit a wedding hall in Yemen on Saturday.", None),
    ("Saudi-led airstrikes struck a funeral hall in Sanaa.", None),
    ("Rockets slammed into a residential building in Kyiv.", None),
    ("Israeli missiles slammed into a refugee camp in Rafah.", "ISR"),
    ("A bomb ripped through a crowded market in Baghdad on Monday.", None),
    ("A car bomb tore through a shopping street in Mogadishu.", None),
    ("A barrage of rockets hit the town of Sderot on Friday.", None),
    ("A hospital in Aleppo was hit by air strikes.", None),
    ("An apartment block in Dnipro was struck by a Russian missile.", "RUS"),
    ("Artillery shells have hit a sports hall in the city of Kharkiv.", None),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "source"), ATTACKS)
def test_strikes31_a_weapon_as_the_subject_is_an_attack(code, text: str, source) -> None:  # type: ignore[no-untyped-def]
    attacks = [e for e in code(text) if e.type == "ASSAULT"]
    assert attacks
    if source is not None:
        assert source in {a.code for e in attacks for a in e.sources}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "word", "attack"),
    [
        ("An air strike hit the port.", "strike", True),
        ("A barrage of missiles hit the port.", "barrage", True),
        ("The labour strike hit the port.", "strike", False),
        ("A barrage of criticism hit the minister.", "barrage", False),
        ("The blast of cold air hit the city.", "blast", False),
    ],
)
def test_strikes31_attack_nouns(bare_nlp, text: str, word: str, attack: bool) -> None:  # type: ignore[no-untyped-def]
    from newsgraph.nlp.events._strikes import attack_noun

    (tok,) = [t for t in bare_nlp(text) if t.lower_ == word]
    assert attack_noun(tok) is attack


# controls: a labour strike, markets, weather, a song, a person's disapproval stay no attack
NOT_ATTACKS = [
    "The strike hit the market hard as factories shut for a week.",
    "The blast of cold air hit the city on Monday.",
    "Her new single became a hit song across Europe.",
    "The teachers' strike hit schools across the country.",
    "Shares hit a record high on Wall Street.",
    "The storm hit the coast on Tuesday.",
    "A barrage of criticism hit the minister after the vote.",
]


@pytest.mark.model
@pytest.mark.parametrize("text", NOT_ATTACKS)
def test_strikes31_no_weapon_no_attack(code, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "ASSAULT" not in [e.type for e in code(text)]


# controls: a person who slams or rips into a decision disapproves (ACCUSE), no attack
DISAPPROVALS = [
    "The opposition leader slammed the government's decision to raise taxes.",
    "Senator Warren ripped into the bank's chief executive at the hearing.",
]


@pytest.mark.model
@pytest.mark.parametrize("text", DISAPPROVALS)
def test_strikes31_a_person_slamming_disapproves(code, text: str) -> None:  # type: ignore[no-untyped-def]
    types = [e.type for e in code(text)]
    assert "ACCUSE" in types
    assert "ASSAULT" not in types
