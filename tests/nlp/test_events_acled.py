"""The kinds of real news the held-out ACLED-style judge found weakest: protests, property
destruction, sexual and mob violence, meetings; and no violence in disasters and accidents.

Every sentence here was written by hand for this file (none is a gold row) and failed on the
coder before the rule it tests was added."""

from __future__ import annotations

import pytest

# (sentence, type, mode) that must be among the events
FOUND = [
    # a hyphenated event noun the tokenizer splits ("sit - in"), after a verb the lemmatizer
    # misreads ("staged" -> "stag")
    ("Residents staged a sit-in outside the governor's office over water shortages.", "PROTEST"),
    # stoning, ransacking
    ("Villagers stoned a suspected thief to death in the market.", "ASSAULT"),
    ("Looters ransacked the warehouse of the World Food Programme.", "ASSAULT"),
    # a quantity's "of" object is what the violence hits; common nouns for people are victims
    ("Authorities demolished dozens of homes in the village.", "ASSAULT"),
    ("Gunmen abducted 20 passengers on the highway.", "ASSAULT"),
    # protesters disrupting, heckling and greeting
    ("Dozens of protesters interrupted the minister's speech in parliament.", "PROTEST"),
    ("A stream of demonstrators disrupted the governor's news conference.", "PROTEST"),
    # setting alight, bulldozing farmland, lives claimed, sexual abuse and defilement
    ("Police set alight the houses of suspected militants in the village.", "ASSAULT"),
    ("Israeli forces bulldozed Palestinian farmland near Hebron.", "ASSAULT"),
    ("Mob justice claimed the life of a suspected thief in Kampala.", "ASSAULT"),
    ("Soldiers sexually abused women at the displacement camp.", "ASSAULT"),
    ("A teenage girl was defiled by a police officer in Lira.", "ASSAULT"),
    # a family attacked by a crowd is no family matter
    ("A mob of youths attacked a Christian family in the village.", "ASSAULT"),
    # a protest by a group of people the actor coder leaves uncoded is still news
    ("Tribal elders organised a sit-in to demand compensation for their land.", "PROTEST"),
    ("University lecturers boycotted classes to demand better pay.", "PROTEST"),
    ("Shopkeepers shut their businesses in protest against the new tax.", "PROTEST"),
    # a protest by kin is no family matter
    (
        "A group of mothers held a vigil outside the prison where their sons are detained.",
        "PROTEST",
    ),
    # gathering to demand
    (
        "Supporters of the jailed cleric gathered in front of the court to denounce the verdict.",
        "PROTEST",
    ),
    ("Hundreds of nurses gathered outside the health ministry to demand unpaid wages.", "PROTEST"),
    # molesting, teargas lobbed, heckling
    ("A priest molested two altar boys in the parish.", "ASSAULT"),
    ("Police lobbed teargas at the crowd outside the stadium.", "ASSAULT"),
    ("Students heckled the education minister during his visit to the campus.", "PROTEST"),
    # signing a plan or a charter is signing an agreement (PLOVER SUPPORT)
    (
        "The two presidents on Friday signed the plan, which calls for cooperation in the "
        "energy industries.",
        "SUPPORT",
    ),
    ("The foreign ministers signed a charter on regional security in Astana.", "SUPPORT"),
    # a leader or a delegation arriving in a place is a visit
    ("The Iranian foreign minister arrived in Moscow on Tuesday.", "CONSULT"),
    (
        "A delegation led by Pope Francis arrived in Brazzaville to deliver a message of peace.",
        "CONSULT",
    ),
    # a courtesy call, a visitor welcomed to a place
    ("The new ambassador paid a courtesy call on the prime minister.", "CONSULT"),
    ("Emmanuel Macron welcomed Joe Biden to the Elysee Palace on Thursday.", "CONSULT"),
    # crowd-control weapons named as nouns
    ("Riot police responded with rubber bullets and water cannon.", "ASSAULT"),
    # greeted by (a quantity of) protesters
    (
        "The new bishop was greeted by hundreds of angry protesters at his installation.",
        "PROTEST",
    ),
    # a bare counted crowd as the subject ("Thousands marched"; "thousands of fans" below
    # stays no protest), and a security body named by its kind as the agent of an arrest
    (
        "Thousands marched through the capital on Sunday to demand the release of political "
        "prisoners.",
        "PROTEST",
    ),
    ("Hundreds protested outside the parliament against the new finance bill.", "PROTEST"),
    ("Five activists were detained by the security services in Cairo.", "COERCE"),
    # infrastructure as a physical target: towers, masts, pylons
    ("Militants destroyed a telecommunications tower in the district.", "ASSAULT"),
    ("Rebels blew up an electricity pylon near the town.", "ASSAULT"),
    ("Insurgents bombed a mobile phone mast in the province.", "ASSAULT"),
    # captors are people who act, and captivity is political context: a release is RETREAT
    ("The journalists were freed by their captors on Tuesday.", "RETREAT"),
    ("The aid workers were released by their captors after two months.", "RETREAT"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "etype"), FOUND)
def test_kinds_of_events_are_found(code, text: str, etype: str) -> None:  # type: ignore[no-untyped-def]
    assert etype in [e.type for e in code(text)]


@pytest.mark.model
def test_sexual_assault_has_the_sexual_mode(code) -> None:  # type: ignore[no-untyped-def]
    (ev,) = [e for e in code("Two women were sexually assaulted by soldiers at a checkpoint.")]
    assert (ev.type, ev.mode) == ("ASSAULT", "sexual")


@pytest.mark.model
def test_plastic_bullets_are_crowd_control(code) -> None:  # type: ignore[no-untyped-def]
    evs = code("Riot police responded with rubber bullets and water cannon.")
    assert [(e.type, e.mode) for e in evs][0] == ("ASSAULT", "crowd-control")


NO_EVENT = [
    # harm from an accident: a participle continuing the accident's clause, a time clause,
    # a relative clause on the accident noun, an explosion at a works
    "A truck overturned on the highway, killing five people.",
    "Nine soldiers were killed when their helicopter crashed near the border.",
    "Two crashes of the jet that killed 346 people hurt the company's sales.",
    "An explosion at a fuel depot injured 12 workers, officials said.",
    "A gas explosion injured four people in an apartment block.",
    # a vehicle exploding with no weapon named; troops deployed for a rescue
    "A truck carrying fuel exploded on the highway, killing 20 people.",
    "Soldiers were deployed to help with the rescue effort.",
    # warnings and investigations about hazards
    "Police are investigating a two-car crash on the motorway.",
    "Flood warnings were issued for three counties on Sunday.",
    # lives claimed by a disaster or a disease; a shrine defiled; a family quarrel
    "The floods claimed 40 lives in the north.",
    "Covid claimed the lives of three nurses at the hospital.",
    "The man defiled the shrine with graffiti.",
    "He beat his wife after an argument.",
    # trains and refugees arriving are no visits
    "The train arrived in the station two hours late.",
    "Thousands of refugees arrived in Greece by boat last month.",
    # a hotel's guests, a firm's contract
    "The hotel welcomed guests to its new spa.",
    "The company signed a framework contract with its suppliers.",
    # fans and tourists are no protesting group
    "Thousands of fans marched to the stadium ahead of the final.",
    "Tourists gathered in the square to watch the fireworks.",
    # a tower or a stadium that is no target: a firm's demolition, a concert's idiom
    "The company demolished the old water tower to make way for flats.",
    "The band destroyed the stadium with a thunderous set.",
    # a politician's campaign rally is no protest
    "Senator Bernie Sanders held a rally in Des Moines on Tuesday.",
]


@pytest.mark.model
@pytest.mark.parametrize("text", NO_EVENT)
def test_disasters_accidents_and_campaign_rallies_are_no_events(code, text: str) -> None:  # type: ignore[no-untyped-def]
    assert [(e.type, e.rule) for e in code(text)] == []


@pytest.mark.model
def test_a_truck_bomb_and_a_deployment_to_a_border_stay(code) -> None:  # type: ignore[no-untyped-def]
    truck = code("A truck packed with explosives exploded outside the base, killing 20 soldiers.")
    assert "ASSAULT" in [e.type for e in truck]
    deployed = code("The army deployed 500 troops to the border after the clashes.")
    assert "MOBILIZE" in [e.type for e in deployed]


@pytest.mark.model
def test_a_group_rally_stays_a_protest(code) -> None:  # type: ignore[no-untyped-def]
    evs = code("Supporters of the opposition held a rally in the capital.")
    assert "PROTEST" in [e.type for e in evs]


@pytest.mark.model
def test_bombs_exploding_stay_an_attack(code) -> None:  # type: ignore[no-untyped-def]
    # an explosion is an accident only at a works or with an industrial modifier
    evs = code("Two bombs exploded outside the embassy, killing 12 people.")
    assert "ASSAULT" in [e.type for e in evs]


@pytest.mark.model
def test_a_negation_does_not_reach_past_a_time_phrase(code) -> None:  # type: ignore[no-untyped-def]
    # the meetings happened; only the progress is denied
    text = (
        "The envoy did not report any progress following two days of meetings with "
        "Iranian officials in Tehran."
    )
    assert "CONSULT" in [e.type for e in code(text)]


DISASTER_RESPONSE = [
    "The Kenyan government declared a state of emergency in three counties after the floods.",
    "Pakistan deployed 2,000 soldiers to help flood victims in Sindh.",
    "The Red Cross distributed food and blankets to families hit by the earthquake in Nepal.",
    "Indonesian authorities evacuated 5,000 people as the volcano erupted.",
    "Officials in Florida urged residents to leave before the hurricane made landfall.",
]


@pytest.mark.model
@pytest.mark.parametrize("text", DISASTER_RESPONSE)
def test_responses_to_a_natural_disaster_are_no_events(code, text: str) -> None:  # type: ignore[no-untyped-def]
    assert [(e.type, e.rule) for e in code(text)] == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "etype"),
    [
        # the same acts in a conflict, or against a disease, stay events
        (
            "The government declared a state of emergency after rebels attacked the capital.",
            "COERCE",
        ),
        ("The Red Cross distributed food to families displaced by the fighting.", "AID"),
        ("WHO delivered vaccines to fight the cholera outbreak in Yemen.", "AID"),
    ],
)
def test_responses_in_a_conflict_or_an_epidemic_stay(code, text: str, etype: str) -> None:  # type: ignore[no-untyped-def]
    assert etype in [e.type for e in code(text)]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "mode"),
    [
        ("Violent protests broke out in Dhaka after the verdict.", "riot"),
        ("Violent demonstrations erupted in several cities after the election results.", "riot"),
        ("Peaceful protests were held in Dhaka after the verdict.", "demo"),
    ],
)
def test_a_violent_protest_is_a_riot(code, text: str, mode: str) -> None:  # type: ignore[no-untyped-def]
    assert [(e.type, e.mode) for e in code(text)] == [("PROTEST", mode)]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # arranging talks, or showing interest in resuming them, agrees a future meeting
        # (PLOVER AGREE); the talks have not happened, so no CONSULT beside it
        "Russian officials have succeeded in arranging emergency talks between Armenian and "
        "Azerbaijani officials for Friday.",
        "Syria had indicated its interest in resuming talks with Israel, the newspaper said.",
    ],
)
def test_an_agreed_meeting_is_agree_only(code, text: str) -> None:  # type: ignore[no-untyped-def]
    assert [e.type for e in code(text)] == ["AGREE"]


@pytest.mark.model
def test_talks_that_happen_stay_consult(code) -> None:  # type: ignore[no-untyped-def]
    evs = code("Iranian and Saudi officials resumed talks in Baghdad after a year.")
    assert [e.type for e in evs] == ["CONSULT"]


@pytest.mark.model
def test_a_fronted_gerund_of_setting_is_no_event(code) -> None:  # type: ignore[no-untyped-def]
    # "After meeting the Pope": the praise is the news; a trailing "before convicting" is not
    # a setting (see the second sentence)
    evs = code(
        "After meeting the Pope at the Vatican, the Argentine president praised his "
        "commitment to the poor."
    )
    assert [e.type for e in evs] == ["SUPPORT"]
    evs = code("A federal jury deliberated for ten minutes before convicting the smuggler.")
    assert "SANCTION" in [e.type for e in evs]


@pytest.mark.model
def test_what_happened_years_before_is_background(code) -> None:  # type: ignore[no-untyped-def]
    evs = code(
        "The opposition leader visited Washington on Monday, two years after she was released "
        "from prison."
    )
    assert [e.type for e in evs] == ["CONSULT"]
    # hours after: both are the news
    evs = code("Gunmen killed three soldiers hours after the army shelled their village.")
    assert len([e for e in evs if e.type == "ASSAULT"]) == 2


@pytest.mark.model
def test_storming_is_no_storm(code) -> None:  # type: ignore[no-untyped-def]
    # a disaster is named by a noun: the verb "stormed" does not make the arrest a response
    evs = code("Rioters stormed the parliament and police arrested dozens of them.")
    assert "COERCE" in [e.type for e in evs]


@pytest.mark.model
def test_relief_across_borders_stays_an_event_in_a_disaster(code) -> None:  # type: ignore[no-untyped-def]
    # one country helping another after a disaster is international AID (future: AGREE);
    # the same help at home is a disaster response, no political event
    sent = code("Japan sent rescue teams to Turkey after the earthquake.")
    assert [(e.type, [a.country for a in e.sources]) for e in sent] == [("AID", ["JPN"])]
    pledged = code("The United States will send aid to the flood victims in Pakistan.")
    assert [e.type for e in pledged] == ["AGREE"]
    home = code("Pakistani authorities evacuated 20,000 people from Sindh as the floods rose.")
    assert home == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "country"),
    [
        # a withdrawal with only a time or no complement at all ("lex.retreat.withdraw_bare")
        ("Russia withdrew on Friday.", "RUS"),
        ("Israel withdrew after three weeks.", "ISR"),
    ],
)
def test_a_bare_withdrawal_by_an_actor_is_a_retreat(code, text: str, country: str) -> None:  # type: ignore[no-untyped-def]
    evs = code(text)
    assert [(e.type, e.mode, [a.country for a in e.sources]) for e in evs] == [
        ("RETREAT", "withdraw", [country])
    ]


@pytest.mark.model
def test_a_refused_bare_withdrawal_told_to_a_leader(code) -> None:  # type: ignore[no-untyped-def]
    # "would not withdraw" is a refusal (REJECT) by Russia, told to Erdogan (its target)
    evs = code("Putin told Erdogan that Russia would not withdraw.")
    assert [(e.type, [a.code for a in e.sources], [a.code for a in e.targets]) for e in evs] == [
        ("REJECT", ["RUS"], ["TURGOV"])
    ]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # the bare withdrawal needs an actor as subject and no object
        "The runner withdrew.",
        "Investors withdrew.",
        "Russia withdrew its offer.",
        # retreating, pulling out and withdrawing by markets, nature and sport
        "The stock market retreated on Tuesday.",
        "Shares retreated from record highs.",
        "The tide pulled out.",
        "The glacier retreated.",
        "The runner withdrew from the race.",
        "The coach resigned.",
    ],
)
def test_withdrawals_that_are_no_political_event(code, text: str) -> None:  # type: ignore[no-untyped-def]
    assert [e.type for e in code(text) if e.type == "RETREAT"] == []


def test_the_intransitive_option_is_read() -> None:
    from newsgraph.nlp.events._patterns import parse_patterns

    (p,) = parse_patterns(
        "x\tV\twithdraw\t-\tRETREAT\twithdraw\t0872\tfrom\tmilitary\tintransitive\n"
    )
    (q,) = parse_patterns("y\tV\twithdraw\t-\tRETREAT\twithdraw\t0872\tfrom\tmilitary\t-\n")
    assert (p.intransitive, q.intransitive, p.harm) == (True, False, None)


# --- ACLED classes, second pass (issue 10): each class written as 3-5 sentences of its own
# (other verbs, nouns, actors, passives) before its rule; every FOUND2 sentence failed on the
# code before the rule, the controls hold on both.

FOUND2 = [
    # looting is property violence (ASSAULT `destroy`, as ACLED's looting/property destruction)
    # by whoever does it, a riot only by rioters or protesters; with no one named, too
    ("Dozens of shops were looted in the city centre.", "ASSAULT", "destroy"),
    ("The offices of the ruling party were looted overnight.", "ASSAULT", "destroy"),
    ("Gunmen looted the village market.", "ASSAULT", "destroy"),
    ("Soldiers looted homes in the border town.", "ASSAULT", "destroy"),
    # sending an envoy, a delegation or an emissary is a visit (CAMEO 042/043)
    ("China dispatched a special envoy to Myanmar on Tuesday.", "CONSULT", "visit"),
    ("Washington has sent its Middle East envoy to the region.", "CONSULT", "visit"),
    ("The African Union sent a delegation to Khartoum.", "CONSULT", "visit"),
    ("Moscow sent an emissary to Damascus with a message for Assad.", "CONSULT", "visit"),
    # kept in custody is a detention; a prison sentence received or served is a conviction
    ("The journalists stayed in jail for three more weeks.", "COERCE", "arrest"),
    ("The suspect remains in custody in Lagos.", "COERCE", "arrest"),
    ("The activists have been kept in custody since March.", "COERCE", "arrest"),
    ("He received a three-year prison sentence.", "SANCTION", "convict"),
    ("The journalist received a suspended sentence of two years.", "SANCTION", "convict"),
    ("The activist is serving a life sentence in Evin prison.", "SANCTION", "convict"),
    # an arraignment is a formal charge
    ("The former mayor was arraigned on corruption charges on Monday.", "ACCUSE", "allege"),
    ("Prosecutors arraigned the suspect in federal court in Miami.", "ACCUSE", "allege"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "etype", "mode"), FOUND2)
def test_acled_classes_second_pass(code, text: str, etype: str, mode: str) -> None:  # type: ignore[no-untyped-def]
    assert (etype, mode) in [(e.type, e.mode) for e in code(text)]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "etype", "mode"),
    [
        ("Rioters looted shops in the city centre.", "PROTEST", "riot"),
        ("Protesters looted a supermarket after the rally.", "PROTEST", "riot"),
        ("Police arrested the suspect on Monday.", "COERCE", "arrest"),
        ("The opposition leader remains in detention in Minsk.", "COERCE", "arrest"),
        ("The court sentenced him to five years in prison.", "SANCTION", "convict"),
    ],
)
def test_riots_arrests_and_sentences_stay(code, text: str, etype: str, mode: str) -> None:  # type: ignore[no-untyped-def]
    assert (etype, mode) in [(e.type, e.mode) for e in code(text)]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "She received a letter from her brother in prison.",
        "He remains in office until the end of the year.",
        "The band sent a demo to the record label.",
        "The school sent a delegation of students to the science fair.",
        "The raccoons looted the garbage cans behind the diner.",
    ],
)
def test_everyday_custody_letters_and_delegations_are_no_events(code, text: str) -> None:  # type: ignore[no-untyped-def]
    assert code(text) == []


# a verb conjoined to one that carries the future or an intention shares it: a planned visit
# or meeting is AGREE (CAMEO 036), as "will meet" is
@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Merkel plans to travel to Kiev and meet Zelensky.",
        "The president will fly to Hanoi and hold talks with the Vietnamese leadership.",
        "The minister will travel to Ankara next week and visit refugee camps on the border.",
        "The general will also travel to Gori and visit the first infantry brigade.",
    ],
)
def test_a_planned_trip_and_meeting_is_agree(code, text: str) -> None:  # type: ignore[no-untyped-def]
    types = [e.type for e in code(text)]
    assert "AGREE" in types and "CONSULT" not in types


@pytest.mark.model
def test_a_trip_and_meeting_that_happened_stays_consult(code) -> None:  # type: ignore[no-untyped-def]
    assert [e.type for e in code("He traveled to Paris and met President Macron.")] == ["CONSULT"]


# calling an election, a referendum or a session is scheduling it, not a call for something
@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Cameron called a referendum on EU membership for June.",
        "The prime minister called a snap election for June.",
        "Parliament called early elections for October.",
        "The governor called a special session of the legislature for next week.",
    ],
)
def test_calling_an_election_is_no_request(code, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "REQUEST" not in [e.type for e in code(text)]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The UN called for an immediate ceasefire.",
        "Residents called for more police patrols.",
    ],
)
def test_calls_for_something_stay_requests(code, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "REQUEST" in [e.type for e in code(text)]


# a visit to a show, a fair, an exhibition or a conference is an outing, not a meeting
@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Nadella spoke to reporters while visiting the CES trade show in Las Vegas.",
        "The minister visited the Frankfurt Book Fair.",
        "The ambassador visited an art exhibition in Paris.",
        "The senator visited a technology conference in Austin on Friday.",
    ],
)
def test_visiting_a_show_is_no_event(code, text: str) -> None:  # type: ignore[no-untyped-def]
    assert code(text) == []


@pytest.mark.model
def test_a_visit_to_a_country_stays_consult(code) -> None:  # type: ignore[no-untyped-def]
    assert [(e.type, e.mode) for e in code("The Pope visited Cuba in January.")] == [
        ("CONSULT", "visit")
    ]


# a protest told by the crowd's signs; the same acts by fans, children or a shop are no events
@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Protesters waved flags and banners outside the embassy.",
        'Demonstrators held placards reading "No to war".',
        "Marchers held up portraits of the jailed leader.",
        "Hundreds of activists carried banners through the city centre.",
        "The demonstrators brandished posters of the missing students.",
    ],
)
def test_a_crowd_with_signs_is_a_protest(code, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("PROTEST", "demo") in [(e.type, e.mode) for e in code(text)]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Fans waved flags as the team bus arrived.",
        "The shop displayed posters of the new film.",
        "Supporters waved banners at the final.",
        "The soldiers raised the flag over the fort.",
    ],
)
def test_signs_without_a_protesting_crowd_are_no_events(code, text: str) -> None:  # type: ignore[no-untyped-def]
    assert code(text) == []


# a disease or hazard word that only names the victims' work or plight did not harm them
@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Five polio workers were killed in a blast in northwest Pakistan.",
        "Gunmen shot dead two Ebola health workers in Congo.",
        "Three flood relief workers were abducted by militants.",
        "Militants attacked a convoy of cholera vaccinators in Nigeria.",
    ],
)
def test_attacks_on_health_and_relief_workers_stay(code, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "ASSAULT" in [e.type for e in code(text)]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The flood killed five polio workers.",
        "Flood waters killed three people in the village.",
        "Two Ebola patients died in the hospital.",
    ],
)
def test_a_hazard_that_kills_is_still_no_attack(code, text: str) -> None:  # type: ignore[no-untyped-def]
    assert code(text) == []


# market traders and vendors who protest are news: a market word in the clause does not make a
# protest word a market idiom (rallies and marches of stocks stay idioms, a game's protests too)
@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Traders staged a peaceful protest against the new market levy.",
        "Market vendors protested against their relocation to the outskirts.",
        "Fish traders protested outside the market authority's offices.",
    ],
)
def test_market_traders_protesting_is_a_protest(code, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("PROTEST", "demo") in [(e.type, e.mode) for e in code(text)]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Stocks rallied in late trading.",
        "Traders rallied behind the dollar.",
        "Players protested the referee's decision.",
        "Investors protested the company's decision to cut the dividend.",
    ],
)
def test_market_rallies_and_game_protests_stay_no_events(code, text: str) -> None:  # type: ignore[no-untyped-def]
    assert code(text) == []


# a courtesy call by a diplomat or an office-holder on another is a visit (CAMEO 042), not a
# call on them to act
@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The Chinese ambassador called on the Prime Minister.",
        "The visiting US envoy called on President Museveni at State House.",
        "The new High Commissioner called on the foreign minister on Tuesday.",
        "A delegation of EU officials called on the Speaker of Parliament.",
    ],
)
def test_a_courtesy_call_is_a_visit(code, text: str) -> None:  # type: ignore[no-untyped-def]
    assert [(e.type, e.mode) for e in code(text)] == [("CONSULT", "visit")]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Protesters called on the president to resign.",
        "The ambassador called on the government to respect the ceasefire.",
        "Critics called on the minister.",
    ],
)
def test_a_call_on_someone_to_act_stays_a_request(code, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "REQUEST" in [e.type for e in code(text)]


# a private contract (a book deal, a licensing or sponsorship agreement) is no agreement
# between political actors whoever signs it, and what it bars its signatory from is a term
@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The senator signed a book deal with Simon & Schuster.",
        "The former president signed a licensing agreement with a clothing maker.",
        "The mayor signed a sponsorship deal with the brewery for the festival.",
        "She signed an agreement barring her from writing about the marriage.",
        "He agreed to a clause barring him from competing with the firm for two years.",
    ],
)
def test_private_contracts_are_no_events(code, text: str) -> None:  # type: ignore[no-untyped-def]
    assert code(text) == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Russia signed a gas supply agreement with China.", "SUPPORT"),
        ("Iran signed a nuclear agreement with the six powers.", "SUPPORT"),
        ("The governor signed a law barring protesters from blocking roads.", "COERCE"),
    ],
)
def test_agreements_between_states_and_bans_by_law_stay(code, text: str, etype: str) -> None:  # type: ignore[no-untyped-def]
    assert etype in [e.type for e in code(text)]


# violence, looting or a protest stated with no one named, as wire news states it: in an
# existential clause, as what was reported, seen or heard, or as what reports are of
@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("There were protests in the capital on Friday.", "PROTEST"),
        ("Clashes were reported in the north of the country.", "ASSAULT"),
        ("There was heavy fighting in the suburbs overnight.", "ASSAULT"),
        ("There was widespread looting in the capital overnight.", "ASSAULT"),
        ("Looting was reported in several districts of the city.", "ASSAULT"),
        ("There have been reports of looting in the port.", "ASSAULT"),
        ("Gunfire was heard near the presidential palace.", "ASSAULT"),
    ],
)
def test_stated_violence_and_protests_are_events(code, text: str, etype: str) -> None:  # type: ignore[no-untyped-def]
    assert etype in [e.type for e in code(text)]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "There were no protests in the capital.",
        "People will be up in revolt, there will be riots.",
        "There was a rally on Wall Street.",
        "There was a march of penguins on the beach.",
        "There was a strike in the second half.",
    ],
)
def test_no_forecast_or_idiom_is_stated_violence(code, text: str) -> None:  # type: ignore[no-untyped-def]
    assert code(text) == []
