"""No events where there are none, by the kind of participant or object
(``newsgraph.nlp.events._filters_domain``): firms in a market report, price movements, support
for an economic quantity, a firm's offer to its customers, a meeting that is won or lost,
agreeing with a view, an accident in a relative clause hung on a time phrase, a visit to a web
page, money as the subject of "fund", a rescue from a vehicle or rubble, a business dealing in
a contest for a firm, harm by accident, agreeing with a view, a visit to no one, a pronoun for
an abstract subject, a warning about a disease, an everyday word with no political actor in a
paragraph with no political word, place or people, an invitation to take part, a post taken, a
purpose clause of private people, a warning that something is, and a relative "which" for a
thing as an agent. Each NO_EVENT sentence got an event from the coder before these filters
(checked by hand); each EVENTS sentence is the political reading the same filter must leave
alone."""

from __future__ import annotations

import pytest

from newsgraph.model import Actor, Span
from newsgraph.nlp.events._filters_domain import _own_code

NO_EVENT = [
    # firms as the only participants, in a market report (was ASSAULT)
    "Speculators, betting on a coming clash between Renault and Fiat, pushed up Nissan's share "
    "price in Paris yesterday.",
    # a price movement measured in per cent (was PROTEST)
    "It fell 30% last year, and the rally has only now climbed back above that line.",
    "Down 40% since March, the rally finally broke above its long-term trend line.",
    # support for an economic quantity (was SUPPORT, GOV)
    "Consumer spending was supported by government stimulus, the bank said.",
    # a firm's goods or services offered to customers (was AGREE)
    "Dell acknowledged the defect and launched a recall in May, before it eventually offered "
    "free repairs for all laptops with the old hinge.",
    "Amazon offered free shipping to Prime members.",
    # a meeting one wins or loses is a game (was CONSULT, ARG / ITA -> ESP)
    "Brazil have won their last eight meetings with Argentina.",
    "Italy lost both meetings with Spain last year.",
    # agreeing with a view (was AGREE)
    '"This deal is not something Jones agrees with," the insider said of the feud.',
    '"It is not a plan that Smith agrees with," a friend said.',
    # an accident's victims, the relative clause hung on the time phrase (was ASSAULT)
    "The airline has struggled since two crashes of its planes in six months that killed 300 "
    "people.",
    # a visit to a web page (was CONSULT)
    "\u201cI was stunned to see how many people visited my profile,\u201d she said.",
    # money as the subject of "fund" (was AGREE)
    "This grant will fund Evidence Action Beta to create an incubator.",
    "The grant will fund the Red Cross to train volunteers.",
    # a rescue from a vehicle or rubble (was RETREAT)
    "Neighbours dug for an hour as they worked to free the boy from the rubble.",
    "Police held the road as they worked to free the victim from underneath the car.",
    "Firefighters said they freed the woman from the car.",
    # a lawsuit, accusation or refusal in a contest for a firm or a sponsorship (was ACCUSE,
    # ACCUSE, REJECT)
    "Acme Corp. filed a lawsuit to block a hostile tender offer by Zeta Partners.",
    "The chairman accused Beta Holdings of planning to pay for the takeover with borrowed money.",
    "Cadillac declined to renew its sponsorship of the golf event.",
    # harm by accident (was ASSAULT)
    "A man was killed on Sunday when his neighbour accidentally hit him while reversing out of "
    "a garage.",
    "A boy was wounded when a hunter accidentally shot him in the woods.",
    "Maria Lopez, 52, was struck while crossing Main Street, the coroner said.",
    # agreeing with what was said (was AGREE)
    "Johnson agreed, while pointing out that the budget was tight.",
    "Smith agreed that the schedule was too tight.",
    # a visit to no one (was CONSULT)
    "School groups can take part by visiting and joining the programs.",
    "The club hopes members will help out by visiting and taking part in the activities.",
    # "they" for an abstract subject of the clause before (was ASSAULT)
    "These bad habits have entered the school, and they destroy the school.",
    "The old ideas have entered the church, and they destroy the church.",
    # a warning whose content is a disease (was THREATEN)
    "Nine countries are sounding warnings that the plague is spreading.",
    "Health officials issued warnings that the flu is spreading fast.",
    # an everyday word with no coded or named actor, in a paragraph with no political word and
    # no place or people (was AID, SUPPORT, REQUEST, REQUEST)
    "The group has provided support and information to them since the diagnosis.",
    "Neighbours who share your worries are generous with their support.",
    "Users and critics have been asking for wireless charging since the first model came out.",
    "He wants neighbourhood groups to take part in the clean-up.",
    # an invitation to take part, a place in the sentence (was REQUEST)
    "Ortiz said he wants church youth groups in Ohio to be a part of the summer camp.",
    # a post taken, a place in the sentence (was AGREE)
    "Ortiz said he agreed to serve as treasurer of the Ohio Friends of the Park.",
    "Back in Texas, she said she agreed to serve as chair of the quilting guild.",
    # a purpose clause of private people (was SUPPORT)
    "To express her gratitude to the school, Kim said she would donate books.",
    # a warning that something is, no one's (was THREATEN)
    "Her persistence about the dangers which menace the parish is a divine warning against the "
    "folly of change.",
    "Iran is a warning to the region.",
    # a relative "which" for a thing as the subject of a threat (was THREATEN)
    "The dangers which menace the Church is a warning against change.",
]

EVENTS = [
    ("Iran seized the tanker as oil prices rose.", "COERCE"),
    ("The United States supported the rebels in Syria.", "SUPPORT"),
    ("Israel agreed with Hamas on a ceasefire.", "AGREE"),
    ("Egypt offered free passage to the refugees.", "AGREE"),
    ("The rebels offered a truce to the government.", "AGREE"),
    ("Russia offered a ceasefire to Ukraine.", "AGREE"),
    ("The U.S. held three meetings with China last year.", "CONSULT"),
    (
        "Rebel raids on the town in less than six months that killed 300 people forced the "
        "army out.",
        "ASSAULT",
    ),
    ("Protesters held a rally in Athens after wages fell 20%.", "PROTEST"),
    ("Obama visited China.", "CONSULT"),
    ("The EU will fund the Palestinian Authority.", "AGREE"),
    ("The United States will fund the Afghan army.", "AGREE"),
    ("Rebels freed the hostages from a prison in Mali.", "RETREAT"),
    ("The army freed the prisoners from the camp.", "RETREAT"),
    ("The Justice Department sued to block the merger of AT&T and Time Warner.", "ACCUSE"),
    ("Prosecutors accused the company of fraud in the takeover.", "ACCUSE"),
    ("Troops accidentally killed three civilians in an air strike.", "ASSAULT"),
    ("The army accidentally shelled a village, killing six people.", "ASSAULT"),
    ("Two soldiers were struck during the fighting near the border.", "ASSAULT"),
    ("A soldier was struck by a sniper's bullet.", "ASSAULT"),
    ("Iraq agreed.", "AGREE"),
    ("The two ministers agreed.", "AGREE"),
    ("Iran agreed to resume talks with the European Union.", "AGREE"),
    ("The minister is visiting Paris.", "CONSULT"),
    ("The rebels entered the town and they destroyed the church.", "ASSAULT"),
    ("Moscow issued warnings that the strikes would harm relations.", "THREATEN"),
    ("The ministry provided support to the farmers.", "AID"),
    ("The United Nations provided aid to them.", "AID"),
    ("Critics have been asking the government for an inquiry.", "REQUEST"),
    ("Protesters in Cairo have been asking for reforms.", "REQUEST"),
    ("Bradley apologized for the remarks.", "CONCEDE"),
    ("He wants Iran to be part of the talks.", "REQUEST"),
    ("The president wants Congress to join the talks.", "REQUEST"),
    ("Karzai agreed to serve as interim president.", "AGREE"),
    ("The rebels agreed to serve as guarantors of the truce.", "AGREE"),
    ("The minister's speech was a warning to Iran.", "THREATEN"),
    ("The army's build-up on the border is a warning to Kiev.", "THREATEN"),
    ("The group which kidnapped the journalists released a video.", "ASSAULT"),
]


# Accidents, disasters, epidemics and mourning (``_filters_hazard``, ``_filters.harm_ok`` and
# ``hazard_topic``; issue 10, third pass). Written by hand in the style of wire reports on
# disasters and epidemics; each got an event from the coder of commit cf44f2b (checked by hand:
# the type it gave is in the comment).
NO_EVENT_HAZARD = [
    # harm suffered in an accident named by the setting phrase (was ASSAULT)
    "The company will compensate the families of the workers killed in the blast.",
    "A hospital spokesman said doctors treated the workers injured in the fire.",
    # a vigil for the dead of an accident is mourning (was PROTEST)
    "Mourners held a candlelight vigil for the miners killed in the explosion.",
    "Hundreds of people gathered for a vigil for the victims of the bus crash.",
    # an appeal after an accident by no political actor (was REQUEST)
    "The Red Cross appealed for blood donations after the train crash.",
    # a mobilisation with no arms or armed force (was MOBILIZE)
    "The government's mobilization of 12 million doses of vaccine began on Monday.",
    "The agency deployed a team of ten inspectors to the farm to find the source of the outbreak.",
    "Health officials are conducting tests on samples from the patient.",
    # an appeal or a warning to the public about a disease (was REQUEST, THREATEN)
    "Public health officials urged residents to get a flu shot before the winter.",
    "Officials in the state are asking citizens to take steps to slow the spread of the flu "
    "outbreak.",
    "Health authorities warned people not to drink the water after the cholera outbreak.",
    "The agency issued a warning on frozen berries after a hepatitis outbreak.",
    # an emergency declared over a disease (was COERCE)
    "The governor declared a public health emergency over the measles outbreak.",
    # cases of a disease are no charges (was ACCUSE)
    "This brings the country's number of confirmed cases of the virus to 40.",
    # a disease as the agent, also through a verb the parser hung on it (was ASSAULT)
    "H5N1 has killed three people in the province this year.",
    "State health officials issued an alert on Thursday after an outbreak of cholera killed "
    "over 60 people in the last five months.",
    # an explosion of a machine timing the harm; harm continuing an accident's coordinated
    # verb (was ASSAULT)
    "Two people were killed when a gas cylinder exploded in a restaurant.",
    "The tanker truck overturned and burst into flames, killing 60 villagers.",
    # inquiries about an accident or a hazard (was ACCUSE)
    "The trooper who investigated the wreck said the driver had been speeding.",
    "Health authorities are investigating whether the strain of the virus found in the pigs "
    "poses a threat to humans.",
    # complaining of a symptom (was ACCUSE)
    "Petrov was admitted to a hospital in north London on November 1, 2006 complaining of "
    "feeling sick.",
    # an event noun naming people ("Aid workers", parsed as a verb and its object; was AID)
    "Aid workers claim that the disease is much more of a problem in Kenya than in Uganda.",
]

EVENTS_HAZARD = [
    # harm in an explosion with armed forces, or with an attacker
    ("Three soldiers were killed in the explosion near the border.", "ASSAULT"),
    ("A roadside bomb exploded near a convoy, killing four soldiers.", "ASSAULT"),
    ("Rebels attacked an aid convoy near the border.", "ASSAULT"),
    ("Militants set fire to a school in the village.", "ASSAULT"),
    # a vigil with a grievance, or for the victims of an attack
    (
        "Protesters held a vigil for the victims of the crash and demanded the minister's "
        "resignation.",
        "PROTEST",
    ),
    ("Mourners held a vigil for the victims of the bombing.", "PROTEST"),
    ("Protesters blocked the highway to demand faster help after the hurricane.", "PROTEST"),
    # relief by a government or across borders
    ("The government sent aid to the victims of the train crash.", "AID"),
    ("The European Union sent emergency aid to the flood victims in Pakistan.", "AID"),
    # armed mobilisation
    ("Pakistan deployed 2,000 soldiers to the border.", "MOBILIZE"),
    ("China held military drills near Taiwan.", "MOBILIZE"),
    # appeals to and warnings of political actors, threats of one's own acts
    ("The WHO urged China to share data on the outbreak.", "REQUEST"),
    ("The United Nations appealed for $50 million to help cyclone victims in Myanmar.", "REQUEST"),
    (
        "Russia warned that it would punish countries that hoard vaccines during the pandemic.",
        "THREATEN",
    ),
    # emergencies in a conflict, charges, complaints and inquiries about political acts
    (
        "The government declared a state of emergency after rebels attacked the capital.",
        "COERCE",
    ),
    ("Prosecutors brought charges against the minister.", "ACCUSE"),
    ("The minister complained of interference by foreign governments.", "ACCUSE"),
    ("The United Nations is investigating whether the army shot the protesters.", "ACCUSE"),
    ("The health ministry accused the hospital of hiding the outbreak.", "ACCUSE"),
    ("Police arrested the driver after the crash that killed three children.", "COERCE"),
    ("Sheriff's deputies arrested the man who caused the crash.", "COERCE"),
]


@pytest.mark.parametrize("text", NO_EVENT_HAZARD)
def test_no_event_in_hazards(code, text: str) -> None:  # type: ignore[no-untyped-def]
    assert [(e.type, e.trigger.text) for e in code(text)] == []


@pytest.mark.parametrize(("text", "etype"), EVENTS_HAZARD)
def test_political_acts_stay_in_hazards(code, text: str, etype: str) -> None:  # type: ignore[no-untyped-def]
    assert etype in {e.type for e in code(text)}


@pytest.mark.parametrize("text", NO_EVENT)
def test_no_event(code, text: str) -> None:  # type: ignore[no-untyped-def]
    assert [(e.type, e.trigger.text) for e in code(text)] == []


@pytest.mark.parametrize(("text", "etype"), EVENTS)
def test_event_kept(code, text: str, etype: str) -> None:  # type: ignore[no-untyped-def]
    assert etype in {e.type for e in code(text)}


def test_own_code(bare_nlp) -> None:  # type: ignore[no-untyped-def]
    """A firm's country-only code is the article's, not its own; a country's is its own."""
    doc = bare_nlp("Ford and Germany signed a deal.")
    assert [(e.text, e.label_) for e in doc.ents][:2] == [("Ford", "ORG"), ("Germany", "GPE")]
    ford = Actor(entity=None, span=Span(0, 4, "Ford"), code="GBR", country="GBR", sector=None)
    germany = Actor(
        entity=None, span=Span(9, 16, "Germany"), code="DEU", country="DEU", sector=None
    )
    ford_bus = Actor(
        entity=None, span=Span(0, 4, "Ford"), code="USABUS", country="USA", sector="BUS"
    )
    assert not _own_code(doc, ford)
    assert _own_code(doc, germany)
    assert _own_code(doc, ford_bus)


# Over-reach of the filters (issue 10, real-gold check: the filters dropped real events). Each
# OVER_REACH event got no event from the coder of f3a14a6 (checked by hand: "the two sides"
# had no political context, "a round of talks" was sport, peacekeepers no armed force, an
# agentless curfew no actor, a landmine or a blast no agent, a state's appeal for aid a
# disaster response, a highway no target, fans no people, an explosion called intentional an
# accident, regulations no political word, a court's ruling no agent, traders a market
# report, bandits no agent, a section of a railroad no target); each control is the nearby
# reading that must stay without an event.
OVER_REACH = [
    # the sides of a dispute or negotiation are political actors
    ("Both sides agreed to a truce after two days of talks.", "AGREE"),
    ("After weeks of haggling, the two sides finally reached a deal.", "AGREE"),
    # a round of talks is a measure of the talks, no game
    ("Negotiators from both camps wrapped up a round of talks on Friday.", "CONSULT"),
    ("The delegations concluded a second round of negotiations.", "CONSULT"),
    # peacekeepers are armed force (peacekeeping is AID in the manual)
    ("The African Union deployed 3,000 peacekeepers in Somalia.", "AID"),
    # coercion in an agentless passive that happened: unknown source
    ("A curfew was imposed in the capital after the riots.", "COERCE"),
    ("A curfew has been imposed on the town.", "COERCE"),
    # a landmine, a blast with no accident named, stand for whoever set them off
    ("A landmine exploded under a bus, killing eight passengers.", "ASSAULT"),
    ("The blast killed five people in the market.", "ASSAULT"),
    # a state's or a government's appeal for aid in a disaster is a request of its own
    ("Somalia appealed for food aid as drought threatened millions.", "REQUEST"),
    ("The government appealed for international aid after the earthquake.", "REQUEST"),
    # roads and highways are physical targets of a blockade
    ("Farmers blockaded the main highway into the capital.", "PROTEST"),
    # fans and shoppers are people violence can hit
    ("Gunmen attacked fans outside the stadium, killing four.", "ASSAULT"),
    # an explosion called intentional is no accident
    (
        "Twenty people were injured by an explosion that the mayor described as an "
        "intentional act.",
        "ASSAULT",
    ),
    # regulations are a word of government
    ("The group objects to the new regulations.", "ACCUSE"),
    # an instrument of authority acts for its issuer
    ("The ruling freed three opposition leaders from prison.", "RETREAT"),
    # people of a market acting are actors, not a market report
    ("Traders shut their shops in protest against new taxes.", "PROTEST"),
    # bandits are armed violence; a part of a thing stands for it
    ("Bandits stormed a school and abducted 80 pupils.", "ASSAULT"),
    ("Militants blew up a section of the railroad.", "ASSAULT"),
    # a quantity of the weapon fired is the weapon, no object harmed ("dozens of rockets")
    ("Hamas fired dozens of rockets into southern Israel.", "ASSAULT"),
    ("Separatists fired hundreds of shells into the town overnight.", "ASSAULT"),
]

OVER_REACH_CONTROLS = [
    "Both sides of the family accepted the proposal.",
    "Smith attacked relentlessly in the final round of the tournament.",
    "The hospital deployed extra nurses to the ward.",
    # a standing rule in the present tense
    "Photography is banned inside the museum.",
    "Dogs are banned from the beach in summer.",
    # the passive subject is no coercion noun
    "Parking was banned on Main Street during the parade.",
    # a passive in a relative clause describes its noun
    "The bakery is run by two brothers who were banned from driving last year.",
    # explosions with an accident's cause, fires
    "A gas explosion killed three people in a restaurant.",
    "A boiler explosion killed two workers.",
    "A blaze killed five people in an apartment block.",
    # telling the public what to do, private people's appeals
    "Authorities urged residents to leave as the floodwaters rose.",
    "Residents appealed for help as the floodwaters rose.",
    # a highway blocked by weather or an accident
    "Snow blocked the main highway for hours.",
    "A truck blocked the highway after it overturned.",
    "The striker attacked the fans in a post-match interview.",
    "Twenty people were injured in an explosion at a gas station.",
    "The group objects to the new seating plan.",
    "The measure will help farmers sell more grain.",
    # closures in an epidemic; laws in general are no agent
    "All schools and universities in the city have been closed indefinitely.",
    "New laws will be introduced to restrict the movement of poultry.",
    "Traders launched a late rally in bank stocks.",
    "The driver was airlifted to a hospital in Columbia, where he later died.",
    "The chef blew up part of the kitchen while testing a recipe.",
    "The striker fired dozens of shots at goal in the second half.",
]


@pytest.mark.parametrize(("text", "etype"), OVER_REACH)
def test_over_reach_fixed(code, text: str, etype: str) -> None:  # type: ignore[no-untyped-def]
    assert etype in {e.type for e in code(text)}


@pytest.mark.parametrize("text", OVER_REACH_CONTROLS)
def test_over_reach_controls(code, text: str) -> None:  # type: ignore[no-untyped-def]
    assert [(e.type, e.trigger.text) for e in code(text)] == []


# Attacks known by their casualties (issue 10, blind gold tune rows ev-494, ev-501, ev-503, the
# classes written by hand): an explosion as the agent of harm to people is an attack unless an
# accident is named (was dropped by hazard_kind); an attack noun in a sentence that reports
# casualties, or harm suffered in one, is the news with an unknown source (was dropped by the
# minimum-actor check). Each ATTACK sentence got no event before (checked by hand); each
# ACCIDENT_OR_NO_CASUALTY sentence stays without one.
ATTACKS = [
    "Twenty people were injured by an explosion in a crowded market.",
    "The bombings claimed at least 200 lives.",
    "The massacre in the village left 40 people dead.",
    "In all, the bombings in Kenya and Tanzania last week claimed at least 217 lives and "
    "injured nearly 5,000.",
    "The following are the latest figures for the dead and injured in the bombings of the "
    "embassies.",
]

ACCIDENT_OR_NO_CASUALTY = [
    "Twenty people were injured by a gas explosion.",
    "Five people were hurt by an explosion at a fireworks factory.",
    "Two workers were killed by an explosion after a tanker overturned.",
    "The bombings were the subject of a documentary.",
    "The following are the latest figures for the dead and injured in the crash.",
]


@pytest.mark.parametrize("text", ATTACKS)
def test_attack_known_by_casualties(code, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "ASSAULT" in {e.type for e in code(text)}


@pytest.mark.parametrize("text", ACCIDENT_OR_NO_CASUALTY)
def test_accident_or_no_casualty_stays_no_event(code, text: str) -> None:  # type: ignore[no-untyped-def]
    assert [(e.type, e.trigger.text) for e in code(text)] == []
