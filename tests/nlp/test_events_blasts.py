"""Blasts that kill or wound people (issue 10, recall on conflict news of ACLED's kind: remote
violence). A blast or explosion in the setting phrase of harm to people ("killed in a blast")
is an attack with an unknown source unless an accident is named
(``_filters_hazard.harm_in_accident`` with ``_attacking_blast``), and victims counted by a bare
number ("Blast kills 5", "Three killed in blast") are a target side
(``_participants._counted_victims``).

Every sentence was written by hand for this file and labelled before the change. Each ATTACK
row gave no event on the coder before the change (checked on the tree without it); the
KEPT attacks and every ACCIDENT control passed before and must still. Known misses left:
"Two policemen died in an explosion near a checkpoint" (no pattern reads "die" as harm) and
"Explosion kills 8 at wedding in Nangarhar" (the domain filter reads "wedding", as it reads
"market" in "killed 8 at a market", as private life).
"""

from __future__ import annotations

import pytest

from tests.nlp._docs import coded_events, one_event

# (sentence, the victims' text): blasts and explosions with victims and no attacker named
ATTACKS = [
    ("Three people were killed in a blast in Kabul.", "Three people"),
    ("Three killed in blast.", "Three"),
    ("A blast ripped through a crowded market in Peshawar, killing 11.", "11"),
    ("At least 30 people were killed in twin blasts in Baghdad.", "At least 30 people"),
    ("Blast kills 5 in Mogadishu", "5"),
    (
        "Five people were wounded in an explosion outside a mosque in Quetta on Friday.",
        "Five people",
    ),
    ("Eleven civilians were killed in a blast at a bus station in Maiduguri.", "Eleven civilians"),
    ("Four children were injured in an explosion near a school in Mogadishu.", "Four children"),
    ("Dozens of people were injured in a blast near the governor's office in Jalalabad.", "people"),
    ("A man was killed in an explosion in the Syrian town of Azaz on Monday.", "man"),
    (
        "Six worshippers were killed in a blast during Friday prayers in Peshawar.",
        "Six worshippers",
    ),
    ("Twin explosions kill 20 in Damascus", "20"),
]

# attacks the coder found before the change too
KEPT = [
    "At least 12 people were killed and 40 wounded in an explosion at a crowded market in "
    "Kandahar.",
    "Seven people were killed in a car bomb blast in the centre of Mogadishu.",
    "Nine people were killed in a series of explosions in Baghdad on Sunday.",
    "Three people were killed and 15 injured in an explosion in the northern city of Kirkuk.",
    "A blast in a busy shopping street in Karachi killed four people.",
]

# accidents named (industrial modifier, works place, mishap, cause, household setting), fires,
# leaks and lightning: no event
ACCIDENTS = [
    "Three people were killed in a gas explosion in an apartment block in Moscow.",
    "Two workers died in a boiler blast at a textile factory in Dhaka.",
    "Five people were killed in an explosion at a fireworks warehouse in Mexico.",
    "Twenty miners were trapped after a methane explosion in a coal mine in Shanxi.",
    "At least 40 people were killed in a tanker blast after a crash on the highway.",
    "Fourteen people died in a fire at a nightclub in Bucharest.",
    "Six people were killed in a pipeline explosion in Nigeria.",
    "Two farmers were killed by lightning in Bihar.",
    "Four workers were injured in an explosion at a chemical plant in Texas.",
    "A family of five died in a house fire in Leeds.",
    "Three people were hurt in a kitchen fire at a restaurant in Paris.",
    "Two people died in an explosion caused by an electrical fault in a shop.",
    "Eight people were killed in a blast at a fireworks factory in Gujarat.",
    "Twelve people were killed when a fuel tanker exploded after a collision.",
    "Three workers were killed in an explosion at an oil refinery in Texas.",
    "Two children were injured in a gas leak in an apartment in Kiev.",
    "Seven people died when a building collapsed after a gas explosion.",
    "Nine people were killed in a blaze at a market in Lagos.",
    "Five people were killed in a boiler explosion at a hospital.",
    "Gas explosion kills 3 in Moscow apartment",
]


@pytest.mark.parametrize(("text", "victims"), ATTACKS)
def test_blast_with_victims_is_an_attack(nlp, text: str, victims: str) -> None:
    ev = one_event(coded_events(nlp, text), "ASSAULT")
    assert ev.mode == "explosives"
    assert not ev.sources  # the attacker is not named: an unknown source
    assert [a.span.text for a in ev.targets] == [victims]
    assert not ev.negated


# written for the second round (issue 10) and labelled before the change; each gave no event on
# the coder before it. A blast that kills or wounds people passes the domain filter whatever
# culture or market word names the place ("at a wedding", "at a market"), as a weapon does;
# workers named by a mission that attacks target ("aid workers") are no accident cue.
BLAST_AT_VENUE = [
    ("Explosion kills 8 at wedding in Nangarhar", "8"),
    ("A blast killed 8 at a market in Kabul.", "8"),
]
TARGETED_WORKERS = [
    ("Three aid workers were killed in a blast in Kabul.", "Three aid workers"),
    ("Two election workers were wounded in an explosion in Kandahar.", "Two election workers"),
    (
        "Four health workers were killed in an explosion near a clinic in Mogadishu.",
        "Four health workers",
    ),
    ("Five vaccination workers were killed in a blast in Peshawar.", "Five vaccination workers"),
    (
        "Two humanitarian workers were injured in an explosion in Aleppo.",
        "Two humanitarian workers",
    ),
]
# controls, labelled before the change: attacks found before and after, and accidents (workers
# at their works, an industrial blast at a market) that stay no event
VENUE_KEPT = [
    "Three people were killed in a blast at a wedding party in Kunduz.",
    "An explosion killed six people at a football stadium in Mogadishu.",
    "A bomb killed 12 at a concert in Manchester.",
]
WORKER_ACCIDENTS = [
    "Two factory workers were killed in an explosion at the plant.",
    "Four construction workers were injured in a blast at a quarry.",
    "Three workers were killed in an explosion at a fireworks factory.",
    "A gas explosion killed 8 at a market in Lagos.",
    "The miners were killed in the explosion.",
    "The workers killed in the blast were employed at the plant.",
    "Two workers died in a gas explosion at a factory.",
]


@pytest.mark.parametrize(("text", "victims"), BLAST_AT_VENUE + TARGETED_WORKERS)
def test_blast_at_venue_or_on_targeted_workers_is_an_attack(nlp, text: str, victims: str) -> None:
    ev = one_event(coded_events(nlp, text), "ASSAULT")
    assert ev.mode == "explosives"
    assert not ev.sources
    assert [a.span.text for a in ev.targets] == [victims]


@pytest.mark.parametrize("text", KEPT + VENUE_KEPT)
def test_blast_attack_kept(nlp, text: str) -> None:
    one_event(coded_events(nlp, text), "ASSAULT")


@pytest.mark.parametrize("text", ACCIDENTS + WORKER_ACCIDENTS)
def test_accident_is_no_event(nlp, text: str) -> None:
    events = coded_events(nlp, text)
    assert not events, [(e.type, e.trigger.text) for e in events]


# victims who died or perished in a named attack are its targets, not its makers (written by
# hand; before, "civilians" was the shelling's source and the soldiers the air strike's; the
# militiamen row passed before too and guards the named attacker)
DIED_IN = [
    ("Five civilians died in the shelling of Donetsk.", None, "civilians"),
    ("Three Syrian soldiers died in an air strike.", None, "Three Syrian soldiers"),
    ("Two protesters perished in an attack by militiamen.", "militiamen", "protesters"),
]


@pytest.mark.parametrize(("text", "attacker", "victims"), DIED_IN)
def test_victims_who_died_in_an_attack_are_no_source(
    nlp, text: str, attacker: str | None, victims: str
) -> None:
    ev = one_event(coded_events(nlp, text), "ASSAULT")
    sources = [a.span.text for a in ev.sources]
    assert not any(victims in s for s in sources), sources
    assert sources == ([] if attacker is None else [attacker])


def test_a_man_who_died_during_a_clash_is_no_side(nlp) -> None:
    # a time preposition: the clash's sides are its own ("during", _in_setting), not the man
    ev = one_event(
        coded_events(nlp, "A man died during a clash between protesters and police."), "ASSAULT"
    )
    sides = [a.span.text for a in (*ev.sources, *ev.targets)]
    assert "man" not in " ".join(sides)
    assert "police" in sides
