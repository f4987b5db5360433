"""Held-out weak classes of issue 10 (types12 session): property destruction, mob violence,
sexual violence, agreements signed or brokered, peaceful sit-ins, and disaster snippets that
must give no event.

Every sentence here was written by hand for this file in the style of wire news (none is a gold,
probe or audit row) and labelled with its PLOVER type before the coder ran on it. Each FOUND row
failed on the coder of commit 0f32219; the CONTROL rows (labelled the same way) passed there and
must still, and the NO_EVENT rows are disasters, accidents and everyday senses of the words the
fix added, which must give no event."""

from __future__ import annotations

import pytest

# (sentence, allowed PLOVER types, mode or None) of which one must be among the events
FOUND = [
    # nominal property destruction: "the torching of" a building (CAMEO 1712)
    (
        "The torching of a police station in Enugu on Monday left the town without officers.",
        ("ASSAULT",),
        None,
    ),
    # a health centre (British spelling) or a store is a physical target
    ("Gunmen burnt down a health centre in Borno state on Saturday.", ("ASSAULT",), None),
    # damage done by people to vehicles and offices
    (
        "Angry youths damaged police vehicles and a government office in Tharaka.",
        ("ASSAULT", "PROTEST"),
        None,
    ),
    # an attack named by its means or its doers with no one named
    ("An arson attack destroyed a mosque in the town.", ("ASSAULT",), None),
    ("A mob attack on a church in Jaranwala left dozens of homes burned.", ("ASSAULT",), None),
    # sexual violence: "sexually" + verb, and what someone was subjected to (1821)
    (
        "Armed men sexually violated three women at a checkpoint near Wad Madani.",
        ("ASSAULT",),
        "sexual",
    ),
    ("Peacekeepers sexually exploited women in the Central African Republic.", ("ASSAULT",), None),
    (
        "Security forces subjected female detainees to sexual violence, a UN report said.",
        ("ASSAULT",),
        "sexual",
    ),
    # mob violence: beatings by vigilantes and crowds, suspected criminals and clergy as victims
    ("Vigilantes thrashed three men suspected of cattle theft.", ("ASSAULT",), None),
    ("Members of a mob clubbed a pastor to death in a village near Jos.", ("ASSAULT",), None),
    ("An alleged thief was killed by a mob in the market.", ("ASSAULT",), None),
    ("The lynching of a cattle trader in Rajasthan sparked outrage.", ("ASSAULT",), None),
    # an agreement initialled (057), and one described by the participle of its signing or
    # brokering ("the agreement, signed by ...")
    (
        "Ministers from both sides initialled a memorandum of understanding on water sharing.",
        ("SUPPORT", "AGREE"),
        None,
    ),
    (
        "The agreement, signed by the army and the RSF in Jeddah, commits both sides to a truce.",
        ("SUPPORT", "AGREE"),
        None,
    ),
    (
        "The deal, brokered by Turkey and the UN, allows ships to leave Ukrainian ports.",
        ("AGREE", "CONSULT"),
        None,
    ),
    # a sit-in by families is a protest, not family life
    ("A sit-in by displaced families entered its third day in Khartoum.", ("PROTEST",), None),
]

# written and labelled the same way; the coder of 0f32219 found them and must still
CONTROL = [
    ("Unidentified men torched a primary school in the village of Kuje overnight.", ("ASSAULT",)),
    ("Israeli forces demolished three Palestinian homes in the West Bank.", ("ASSAULT",)),
    ("Soldiers raped at least twelve women in the village, a rights group said.", ("ASSAULT",)),
    ("A mob lynched a man accused of stealing a goat in Bihar.", ("ASSAULT",)),
    ("Armenia and Azerbaijan reached a deal on the demarcation of their border.", ("AGREE",)),
    ("Students held a sit-in at the university to protest tuition increases.", ("PROTEST",)),
    ("The Turkish foreign minister met his Iranian counterpart in Ankara.", ("CONSULT",)),
]

NO_EVENT = [
    # a named storm is a natural force ("Cyclone Freddy", "Hurricane Ian")
    "Cyclone Freddy flattened homes and killed more than 100 people in Mozambique.",
    "Hurricane Ian destroyed thousands of homes in Florida.",
    "Typhoon Haiyan killed more than 6,000 people in the Philippines.",
    # everyday senses of the words added
    "The scandal damaged the senator's reputation.",
    "She smashed the world record in the 100 metres.",
    "Madrid thrashed Barcelona 4-0 on Sunday.",
    "Hail damaged cars and roofs across the city.",
    "The burning of fossil fuels is warming the planet.",
    "Neighbours clubbed together to buy a new bus shelter.",
    "The panel subjected the plan to close scrutiny.",
    "The storm damaged power lines in three counties.",
    "A fire damaged the roof of the cathedral on Monday night.",
    "The new striker smashed the ball into the net.",
    # disasters and accidents
    "Floods swept away dozens of homes in northern Ghana after days of heavy rain.",
    "A fire gutted a market in Onitsha, destroying hundreds of shops.",
    "Heavy rains destroyed crops and washed away bridges in Borno state.",
    "A blaze at a textile factory in Dhaka killed 12 workers.",
]


@pytest.mark.parametrize(("text", "types", "mode"), FOUND)
def test_weak_class_found(code, text: str, types: tuple[str, ...], mode: str | None) -> None:  # type: ignore[no-untyped-def]
    found = [e for e in code(text) if e.type in types]
    assert found, f"no {types} in {[(e.type, e.trigger.text) for e in code(text)]}"
    if mode is not None:
        assert any(e.mode == mode for e in found), [(e.type, e.mode) for e in found]


@pytest.mark.parametrize(("text", "types"), CONTROL)
def test_weak_class_control(code, text: str, types: tuple[str, ...]) -> None:  # type: ignore[no-untyped-def]
    events = code(text)
    assert any(e.type in types for e in events), [(e.type, e.trigger.text) for e in events]


@pytest.mark.parametrize("text", NO_EVENT)
def test_no_event(code, text: str) -> None:  # type: ignore[no-untyped-def]
    assert code(text) == [], [(e.type, e.trigger.text, e.rule) for e in code(text)]


def test_participle_of_other_acts_is_no_new_event(code) -> None:  # type: ignore[no-untyped-def]
    # only an accord is made an event by the participle describing it: the sanctions
    # "imposed on Iran" are the noun's event, not a second imposing
    events = code("The sanctions imposed on Iran in 2018 have cut its oil exports by half.")
    assert "imposed" not in [e.trigger.text for e in events]


def test_sexual_assault_undergone_keeps_its_mode(code) -> None:  # type: ignore[no-untyped-def]
    # "subjected her to a sexual assault" is the assault noun's event, mode sexual (not beat)
    text = "The attacker dragged a woman into a field and subjected her to a sexual assault."
    found = [e for e in code(text) if e.type == "ASSAULT"]
    assert found and all(e.mode == "sexual" for e in found), [(e.type, e.mode) for e in found]


# second batch (same rules): written and labelled before the coder ran; each failed on 9b8797d
FOUND_2 = [
    # a particle the parser took for a preposition: "burned down the house of ..."
    (
        "On 20 March, a mob burned down the house of a man accused of witchcraft in Kasai.",
        ("ASSAULT",),
    ),
    # a statue or a building torn down (1712; a riot when rioters do it)
    ("Rioters tore down the statue of the former dictator.", ("ASSAULT", "PROTEST")),
    # forced into sexual slavery (1821)
    ("Fighters forced women into sexual slavery in the occupied towns.", ("ASSAULT",)),
]

NO_EVENT_2 = [
    # a fire of the forest or the bush is a natural force
    "Forest fires destroyed 300 homes on the island of Rhodes.",
    "A bush fire destroyed 50 homes in New South Wales.",
    # controls: "down" with no physical target, a natural force, burning cash
    "Critics shot down the proposal within hours.",
    "The wind blew down power lines across the county.",
    "The company burned through its cash reserves in six months.",
]


@pytest.mark.parametrize(("text", "types"), FOUND_2)
def test_weak_class_found_second_batch(code, text: str, types: tuple[str, ...]) -> None:  # type: ignore[no-untyped-def]
    events = code(text)
    assert any(e.type in types for e in events), [(e.type, e.trigger.text) for e in events]


@pytest.mark.parametrize("text", NO_EVENT_2)
def test_no_event_second_batch(code, text: str) -> None:  # type: ignore[no-untyped-def]
    assert code(text) == [], [(e.type, e.trigger.text, e.rule) for e in code(text)]


# verbless headlines (third batch, same rules; each FOUND row failed on 68eaaa2): a protest noun
# counted by its crowd, and a pair of names a comma joins as the two sides of a meeting
FOUND_HEADLINES = [
    ("Thousands rally in Belgrade against lithium mine", ("PROTEST",)),
    ("Hundreds march in Nairobi over tax hikes", ("PROTEST",)),
    ("Modi, Putin hold talks in Moscow", ("CONSULT",)),
]

NO_EVENT_HEADLINES = [
    # a market rally, a festive parade (culture), a body's own session
    "Stocks rally in Asia as inflation cools",
    "Shares rally on strong earnings",
    "Thousands march in annual Pride parade in Madrid",
    "Yesterday, the council met to approve the budget.",
]


@pytest.mark.parametrize(("text", "types"), FOUND_HEADLINES)
def test_headline_found(code, text: str, types: tuple[str, ...]) -> None:  # type: ignore[no-untyped-def]
    events = code(text)
    assert any(e.type in types for e in events), [(e.type, e.trigger.text) for e in events]


@pytest.mark.parametrize("text", NO_EVENT_HEADLINES)
def test_headline_no_event(code, text: str) -> None:  # type: ignore[no-untyped-def]
    assert code(text) == [], [(e.type, e.trigger.text, e.rule) for e in code(text)]


# disaster relief (fourth batch, same rules; each row failed on de5aaa6 but the controls)
def test_civil_servants_on_strike(code) -> None:  # type: ignore[no-untyped-def]
    # civil servants are a public group whose strike is news
    text = "Civil servants stayed away from work across the country in a general strike."
    assert any(e.type == "PROTEST" for e in code(text)), [(e.type, e.rule) for e in code(text)]


NO_EVENT_RELIEF = [
    # a disaster named by the participle of what it struck ("flooded villages")
    "Soldiers were deployed to help evacuate residents from flooded villages.",
    # a visit to a disaster's victims or areas is relief, no one consulted
    "The governor visited flood victims in the camp on Monday.",
    "The prime minister toured earthquake-hit areas on Sunday.",
]


@pytest.mark.parametrize("text", NO_EVENT_RELIEF)
def test_disaster_relief_no_event(code, text: str) -> None:  # type: ignore[no-untyped-def]
    assert code(text) == [], [(e.type, e.trigger.text, e.rule) for e in code(text)]


def test_visit_to_a_country_after_a_disaster_stays(code) -> None:  # type: ignore[no-untyped-def]
    # control: a visit to a country (a coded target) is diplomacy even after a disaster
    events = code("The UN secretary-general visited Pakistan after the floods.")
    assert any(e.type == "CONSULT" for e in events), [(e.type, e.rule) for e in events]


def test_crop_pests_are_no_attackers(code) -> None:  # type: ignore[no-untyped-def]
    # locusts and other crop pests are natural forces (failed on fd42d0e) ...
    text = "Locusts destroyed crops across the Horn of Africa."
    assert code(text) == [], [(e.type, e.rule) for e in code(text)]
    # ... and a militia destroying crops stays an attack (control)
    events = code("Suspected militiamen destroyed crops and torched farmland in Benue state.")
    assert any(e.type == "ASSAULT" for e in events), [(e.type, e.rule) for e in events]


# a private trip to places is no consultation (fifth batch; each failed on f409fba)
NO_EVENT_PRIVATE_VISITS = [
    "The chef visited farms across Italy for his new book.",
    "Hundreds of pilgrims visited the shrine on Sunday.",
]

# controls: a visit to a capital, to an official, by a religious leader, and by someone named
# only by a pronoun stay CONSULT
VISITS = [
    "A delegation of Kenyan lawmakers visited Addis Ababa last week.",
    "Residents visited the mayor's office to complain about the roads.",
    "The Pope visited a refugee camp in Lesbos.",
    "He later visited the troops at a base near Kandahar.",
]


@pytest.mark.parametrize("text", NO_EVENT_PRIVATE_VISITS)
def test_private_visit_no_event(code, text: str) -> None:  # type: ignore[no-untyped-def]
    assert code(text) == [], [(e.type, e.trigger.text, e.rule) for e in code(text)]


@pytest.mark.parametrize("text", VISITS)
def test_public_visit_stays(code, text: str) -> None:  # type: ignore[no-untyped-def]
    events = code(text)
    assert any(e.type == "CONSULT" for e in events), [(e.type, e.rule) for e in events]


# sixth batch (same rules; each FOUND row failed on f014be6): talks called bilateral or joint
# are talks, not a joint exercise; a classroom is a physical target
FOUND_6 = [
    ("The two sides held bilateral talks on the sidelines of the UN General Assembly.", "CONSULT"),
    ("The foreign ministers held a joint meeting in Tokyo.", "CONSULT"),
    ("Arsonists set alight three classrooms at a secondary school in Kisii.", "ASSAULT"),
]

# controls: joint exercises and drills stay cooperation
CONTROL_6 = [
    ("China and Russia held joint naval exercises in the Sea of Japan.", "COOPERATE"),
    ("India and France held a joint military exercise in Rajasthan.", "COOPERATE"),
]


@pytest.mark.parametrize(("text", "etype"), FOUND_6 + CONTROL_6)
def test_held_talks_and_exercises(code, text: str, etype: str) -> None:  # type: ignore[no-untyped-def]
    events = code(text)
    assert any(e.type == etype for e in events), [(e.type, e.rule) for e in events]


# seventh batch (same rules; each FOUND row failed on 06f3961): an official's or a delegation's
# trip abroad is a visit (042); teachers downing their chalk strike
FOUND_7 = [
    ("The Turkish foreign minister travelled to Baghdad on Monday.", "CONSULT"),
    ("Pakistan's army chief landed in Riyadh on Sunday.", "CONSULT"),
    ("A Hamas delegation travelled to Cairo on Tuesday.", "CONSULT"),
    ("Teachers downed their chalk to demand payment of salary arrears.", "PROTEST"),
]

# a trip at home, a deployment, a private trip, a plane, astronauts: no visit
NO_EVENT_7 = [
    "The president travelled to Ohio on Monday.",
    "French troops flew to Mali in January.",
    "The singer flew to Paris for the fashion show.",
    "The plane landed in Riyadh on Sunday.",
    "The senator travelled to his home state for the weekend.",
    "The astronauts landed in Kazakhstan after six months in space.",
]


@pytest.mark.parametrize(("text", "etype"), FOUND_7)
def test_trip_abroad_is_a_visit(code, text: str, etype: str) -> None:  # type: ignore[no-untyped-def]
    events = code(text)
    assert any(e.type == etype for e in events), [(e.type, e.rule) for e in events]


@pytest.mark.parametrize("text", NO_EVENT_7)
def test_trip_no_visit(code, text: str) -> None:  # type: ignore[no-untyped-def]
    assert code(text) == [], [(e.type, e.trigger.text, e.rule) for e in code(text)]


# eighth batch (same rules; each NO_EVENT row failed on 5ea3ca6): a deal landed, a metaphorical
# torching, a tour of a site with no one visited
NO_EVENT_8 = [
    "The Chinese premier landed a deal with German carmakers.",
    "The torching of the budget by critics was swift.",
    "Officials toured the new factory in Shenzhen.",
    "The prime minister toured a car plant in Sunderland.",
]

# controls: visits to a country, to troops, and to a site abroad stay CONSULT
VISITS_8 = [
    "Blinken visited Kyiv on Wednesday.",
    "The defence minister visited troops at a base near the border.",
    "The Chinese president visited a school in Moscow during his state visit.",
]


@pytest.mark.parametrize("text", NO_EVENT_8)
def test_no_event_eighth_batch(code, text: str) -> None:  # type: ignore[no-untyped-def]
    assert code(text) == [], [(e.type, e.trigger.text, e.rule) for e in code(text)]


@pytest.mark.parametrize("text", VISITS_8)
def test_visits_stay(code, text: str) -> None:  # type: ignore[no-untyped-def]
    events = code(text)
    assert any(e.type == "CONSULT" for e in events), [(e.type, e.rule) for e in events]


# ninth batch (same rules; each failed on 70e8a28): mob or jungle justice is mob violence
@pytest.mark.parametrize(
    "text",
    [
        "Residents meted out jungle justice to a suspected thief in Onitsha.",
        "A suspected phone thief fell victim to mob justice in Kampala on Sunday.",
    ],
)
def test_mob_justice(code, text: str) -> None:  # type: ignore[no-untyped-def]
    events = code(text)
    assert any(e.type == "ASSAULT" for e in events), [(e.type, e.rule) for e in events]


def test_justice_delivered_by_a_court_is_no_assault(code) -> None:  # type: ignore[no-untyped-def]
    # control: justice with no mob is no violence
    text = "The court delivered justice to the victims' families after ten years."
    assert not any(e.type == "ASSAULT" for e in code(text)), [(e.type, e.rule) for e in code(text)]


# tenth batch (same rules; each NO_EVENT row failed on 64ac661): a blaze named by no weapon or
# side, an explosion at a fuel station, troops clearing snow
NO_EVENT_10 = [
    "A fire at a mosque in Kano killed 15 worshippers.",
    "An explosion at a gas station in Nairobi killed three people.",
    "The government deployed soldiers to clear roads blocked by snow.",
]

# controls: weapon fire named by its side or weapon, a blast at a police station, a deployment
# after an attack
FOUND_10 = [
    ("Israeli fire killed two Palestinians near the border fence.", "ASSAULT"),
    ("Army fire killed three protesters in Khartoum.", "ASSAULT"),
    ("An explosion at a police station in Quetta killed five officers.", "ASSAULT"),
    ("Soldiers were deployed to the snowbound border after militants attacked a post.", "MOBILIZE"),
]


@pytest.mark.parametrize("text", NO_EVENT_10)
def test_no_event_tenth_batch(code, text: str) -> None:  # type: ignore[no-untyped-def]
    assert code(text) == [], [(e.type, e.trigger.text, e.rule) for e in code(text)]


@pytest.mark.parametrize(("text", "etype"), FOUND_10)
def test_weapon_fire_and_attacks_stay(code, text: str, etype: str) -> None:  # type: ignore[no-untyped-def]
    events = code(text)
    assert any(e.type == etype for e in events), [(e.type, e.rule) for e in events]


# eleventh batch (same rules; each failed on 297191b but the controls): a go-slow is a strike
@pytest.mark.parametrize(
    "text",
    [
        "Workers at the plant staged a go-slow over unpaid bonuses.",
        "Doctors began a go-slow in public hospitals on Monday.",
    ],
)
def test_go_slow_is_a_strike(code, text: str) -> None:  # type: ignore[no-untyped-def]
    events = code(text)
    assert any(e.type == "PROTEST" for e in events), [(e.type, e.rule) for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "Traffic was a go-slow on the M1 after the accident.",
        "The economy is in a go-slow as exports fall.",
    ],
)
def test_go_slow_of_traffic_is_no_event(code, text: str) -> None:  # type: ignore[no-untyped-def]
    assert code(text) == [], [(e.type, e.trigger.text, e.rule) for e in code(text)]


# twelfth batch (same rules; each failed on 0cf6f36): a ceasefire or truce concluded is agreed
@pytest.mark.parametrize(
    "text",
    [
        "The government and the National Liberation Front concluded a ceasefire in Bogota.",
        "Israel and Hezbollah concluded a truce after 34 days of war.",
    ],
)
def test_truce_concluded_is_agreed(code, text: str) -> None:  # type: ignore[no-untyped-def]
    events = code(text)
    assert any(e.type == "AGREE" for e in events), [(e.type, e.rule) for e in events]


def test_festival_concluded_is_no_event(code) -> None:  # type: ignore[no-untyped-def]
    text = "The festival concluded with a fireworks display."
    assert code(text) == [], [(e.type, e.trigger.text, e.rule) for e in code(text)]
