"""Event classes missed on the fresh hand-written set tests/data/events_fresh/fresh21.tsv (issue 10
items 1 and 4, recall21), fixed by class: weapons a state sends or delivers to another state
are military aid; bans and curbs on trade are an embargo (SANCTION); a call on forces to act
is a request; joint drills are cooperation; forces disengaging or retreating withdraw;
"sexual violence by X against Y" is an assault; trees burned are property attacked; a person
handed over to another state to face charges is extradition; refugees hosted are sheltered.
Working together is cooperation only when done, not wished or possible (on PolNeAR train texts
the first pattern coded "the whole nation needs to work together" and "we can work together").
From the second, wire-style set fresh21b.tsv: leaving an organisation is SANCTION
``withdraw``; relief carried is aid; a war strike on families is no private matter; a warning
that something would be done is a threat; a future attack on a condition is a threat; "declined
to comment" is no refusal; "attacks on army posts" are no attacks in words; easing a ban,
freezing lending, slapping curbs, moving ships, information sharing, returning children and
banging pots are their types. From the third, ACLED-note-style set fresh21c.tsv: a date is
never a pattern's word ("On 21 March ... held talks" is no march); suspending broadcasts or
newspapers is censorship; talks suspended are SANCTION though the noun carries the event.
From the fourth, US-political-news set fresh21d.tsv: money released or disbursed to a recipient
is aid; briefing the press is no consultation. From the fifth set fresh21e.tsv
(constructions): blocking a package, aid or sanctions is a veto; a misdeed someone is said to
have done (rig, steal, embezzle, bribe ...) is an allegation; the lifting of a curfew, ban or
sanctions is a concession. From the seventh set fresh21g.tsv (long wire sentences): an attack
or operation an actor will or could launch is a threat; revoking an agreement is a sanction.
From the eighth set fresh21h.tsv: forces withdrawing from a place under a deal retreat. From
the ninth, fresh21i.tsv: restrictions placed or curbs imposed on exports are an embargo; a
refusal to take part in talks is a rejection. From the tenth, fresh21j.tsv: exercises held by
two states are cooperation; protection granted and a field hospital sent are aid; a meeting
that is the setting of another act ("at the end of its summit", "during talks") is no second
event.

The rows marked "fresh21", "fresh21b" ... are sentences of those files with their blind labels
(fixed before the coder ran on them); the others were written by hand for this file, each
labelled from its text. Rows marked "old: ..." failed on the coder of commit 5c6d15a (second
block: of c09896a; third: 2e268b0; fourth: cbcd4e2; fifth: 8be86ba; sixth: 92a23e6; seventh:
92289cd; eighth: 96a454c; ninth: e9c3741); the controls passed there and must still."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.nlp._docs import assert_found

FRESH = Path(__file__).resolve().parents[1] / "data" / "events_fresh" / "fresh21.tsv"

# (sentence, PLOVER type) that must be among the events
FOUND = [
    # weapons delivered or sent to another state (old: no event, or MOBILIZE)
    ("The United States sent Patriot air defence systems to Ukraine.", "AID"),  # fresh21
    ("Germany delivered Leopard tanks to Ukraine.", "AID"),
    ("Britain sent long-range missiles to Ukraine.", "AID"),
    ("Britain shipped anti-tank missiles to Kyiv.", "AID"),
    ("Germany delivered IRIS-T air defense systems and ammunition to Ukraine.", "AID"),
    ("The United States sent tanks to Poland.", "AID"),
    # control (AID before too)
    ("Russia supplied arms to Syria.", "AID"),
    # bans and curbs on trade with a country (old: COERCE or no event)
    ("Saudi Arabia banned imports of fruit and vegetables from Lebanon.", "SANCTION"),  # fresh21
    # fresh21:
    ("Japan tightened export controls on semiconductor materials to South Korea.", "SANCTION"),
    ("China banned imports of seafood from Japan.", "SANCTION"),
    ("Russia restricted exports of grain to Kazakhstan.", "SANCTION"),
    ("China imposed a ban on imports of Japanese seafood.", "SANCTION"),
    # a call on the army to act (old: MOBILIZE call-up)
    (
        "The UN Secretary-General called on Myanmar's military to release all political prisoners.",
        "REQUEST",
    ),  # fresh21
    ("The governor called on the National Guard to restore order.", "REQUEST"),
    # controls: a call-up stays MOBILIZE
    ("The governor called in the National Guard.", "MOBILIZE"),
    ("Israel called up 300,000 reservists after the attack.", "MOBILIZE"),  # fresh21
    # joint drills wherever "joint" sits in the phrase (old: MOBILIZE)
    ("The Philippines and Japan conducted joint coast guard drills near Manila Bay.", "COOPERATE"),
    # control: COOPERATE before too
    ("Russia and China conducted joint naval drills in the Sea of Japan.", "COOPERATE"),
    # disengaging troops (old: no event)
    ("India and China disengaged their troops at two friction points in Ladakh.", "RETREAT"),
    # amassing hardware (old: no event)
    ("China amassed warships near Taiwan.", "MOBILIZE"),
    # control (MOBILIZE before too)
    ("Russia massed tanks near the border with Ukraine.", "MOBILIZE"),
    # sexual violence named as a noun (old: no event)
    (
        "On 9 May 2024, sexual violence by Burmese soldiers against Rohingya women was "
        "reported in Maungdaw township.",
        "ASSAULT",
    ),  # fresh21
    ("The UN documented sexual violence by RSF fighters against women in Darfur.", "ASSAULT"),
    # trees burned on purpose (old: no event, trees no target)
    (
        "On 7 October 2023, settlers burned olive trees belonging to Palestinian farmers near "
        "Nablus.",
        "ASSAULT",
    ),  # fresh21
    # working together, done (old: no event)
    (
        "Interpol and Brazilian federal police worked together to dismantle a trafficking ring.",
        "COOPERATE",
    ),  # fresh21
    (
        "The FBI and local police are working together on the investigation, officials said.",
        "COOPERATE",
    ),  # fresh21d
    # a person handed over to face charges (old: no event)
    (
        "Chile handed over a former army officer to Argentina to face charges of human rights "
        "abuses.",
        "COOPERATE",
    ),  # fresh21
    # control: handing over suspects was COOPERATE before too
    ("Turkey handed over two suspects to Iraq to stand trial.", "COOPERATE"),
    # refugees hosted are sheltered (old: CONSULT visit)
    ("Jordan hosted thousands of Iraqi refugees.", "AID"),
    ("Lebanon hosted Syrian refugees.", "AID"),
    # control: hosting a minister is a visit
    ("Qatar hosted the Afghan foreign minister.", "CONSULT"),
]


# second block (fresh21b classes), old = commit c09896a
FOUND += [
    # leaving an organisation or talks (old: RETREAT)
    ("Burkina Faso, Mali and Niger withdrew from ECOWAS.", "SANCTION"),
    ("Britain withdrew from the European Union in 2020.", "SANCTION"),
    ("The opposition party withdrew from the talks.", "SANCTION"),
    # controls: forces withdrawing retreat
    ("Russian troops withdrew from Kherson.", "RETREAT"),
    ("US troops withdrew from the UN base.", "RETREAT"),
    # relief carried (old: MOBILIZE)
    ("India dispatched a naval ship carrying relief material to cyclone-hit Myanmar.", "AID"),
    # a strike on families (old: no event, private life)
    (
        "An Israeli strike on a school sheltering displaced families killed at least 30 people.",
        "ASSAULT",
    ),  # fresh21b
    # a warning of a passive act (old: no event)
    (
        "The Houthis warned that ships linked to Israel would be targeted in the Red Sea.",
        "THREATEN",
    ),
    ("Hezbollah warned that Israeli towns would be hit.", "THREATEN"),
    # a future attack on a condition (old: ASSAULT)
    (
        "Colombian rebels said they would resume attacks unless the government released "
        "their commanders.",
        "THREATEN",
    ),  # fresh21b
    # attacks on posts (old: ACCUSE, the posts read as messages)
    ("The rebels resumed attacks on army posts.", "ASSAULT"),
    # control: attacks in tweets stay criticism
    ("Trump's attacks on Clinton in tweets continued.", "ACCUSE"),
    # vocabulary (old: no event)
    (
        "The military authorities in Burkina Faso eased a ban on political party activities.",
        "CONCEDE",
    ),
    ("The World Bank froze new lending to Uganda.", "SANCTION"),  # fresh21b
    (
        "Washington slapped visa restrictions on Ugandan officials over the anti-gay law.",
        "SANCTION",
    ),
    ("The Pentagon moved an aircraft carrier group to the eastern Mediterranean.", "MOBILIZE"),
    (
        "The intelligence services of Morocco and France have stepped up information sharing "
        "on militant networks.",
        "COOPERATE",
    ),  # fresh21b
    ("Russia returned 48 Ukrainian children who had been taken to Russia.", "RETREAT"),
    # control: a refusal to act stays a refusal
    ("Iran refused to allow inspectors into the site.", "REJECT"),
    (
        "Argentines banged pots and pans in the streets of Buenos Aires against the "
        "president's austerity measures.",
        "PROTEST",
    ),  # fresh21b
]


# third block (fresh21c, ACLED-note style), old = commit 2e268b0
FOUND += [
    # a date is no pattern word: "On 21 March ..." is no march (old: PROTEST)
    (
        "On 21 March 2023, the Ethiopian prime minister held talks with TPLF leaders in Mekelle.",
        "CONSULT",
    ),  # fresh21c
    ("On 5 March 2024, the two foreign ministers held talks in Rabat.", "CONSULT"),
    # control: a march held is a protest (so before too)
    ("On 3 March 2024, hundreds of students held a march in Dakar.", "PROTEST"),
    # media suspended (old: no event)
    (
        "On 9 November 2022, the military junta suspended the broadcasts of Radio France "
        "Internationale in Burkina Faso.",
        "COERCE",
    ),  # fresh21c
    # control: COERCE before too
    ("The government suspended two newspapers for a month.", "COERCE"),
    # talks suspended, the verb's own pattern given way to the noun (old: CONSULT)
    ("The EU suspended trade talks with the bloc.", "SANCTION"),
    # control: SANCTION before too
    ("The EU suspended talks with Turkey.", "SANCTION"),
]


# fourth block (fresh21d, US political news style), old = commit cbcd4e2
FOUND += [
    # money released or disbursed to a recipient (old: RETREAT release, or no event)
    ("The US released $300 million in military aid to Ukraine.", "AID"),
    ("The World Bank released $500 million in budget support to Ghana.", "AID"),
    ("The IMF disbursed $1 billion to Sri Lanka.", "AID"),
    (
        "The administration released $1.1 billion in emergency funds to fight the Zika virus "
        "in Puerto Rico.",
        "AID",
    ),  # fresh21d
    # control: prisoners released
    ("Israel released 20 Palestinian prisoners.", "RETREAT"),
    # control: briefing political actors is a consultation
    ("The prime minister briefed opposition leaders on the security situation.", "CONSULT"),
]


# fifth block (fresh21e, constructions), old = commit 8be86ba
FOUND += [
    # a veto of a package, aid, sanctions or accession (old: no REJECT)
    ("Hungary blocks EU aid package for Ukraine", "REJECT"),  # fresh21e
    ("Hungary blocked new EU sanctions on Russia.", "REJECT"),
    # a misdeed said to have been done is an allegation (old: no event)
    ("Opposition parties in Zambia said the election commission had rigged the vote.", "ACCUSE"),
    ("The opposition said the president had stolen public funds.", "ACCUSE"),
    # the lifting of a curfew announced (old: no event)
    ("The government announced the lifting of the curfew in Nairobi.", "CONCEDE"),
]


# sixth block (fresh21g, long wire sentences), old = commit 92a23e6
FOUND += [
    # an attack its actor will or could launch is a threat (old: ASSAULT)
    (
        "Turkey's president said on Wednesday his country could launch a new military "
        "operation against Kurdish militants in northern Syria at any moment.",
        "THREATEN",
    ),  # fresh21g
    ("Israel will launch a military operation in Rafah, Netanyahu said.", "THREATEN"),
    # control: one launched is an attack
    ("The army launched a military operation in Rafah.", "ASSAULT"),
    # an agreement revoked (old: no event)
    (
        "Niger's military government revoked a military cooperation agreement with the "
        "United States.",
        "SANCTION",
    ),  # fresh21g
]


# seventh block (fresh21h, long wire sentences), old = commit 92289cd
FOUND += [
    # forces withdrawing from a place under a deal retreat (old: SANCTION, the deal read as
    # what they left)
    (
        "Ethiopian federal troops began withdrawing from the Tigray region's capital, Mekelle, "
        "on Thursday under a deal signed last month, residents and aid workers said.",
        "RETREAT",
    ),  # fresh21h
    # controls: leaving a pact stays SANCTION
    ("The United States withdrew from the nuclear deal in 2018.", "SANCTION"),
    ("Iran withdrew from the agreement.", "SANCTION"),
]


# eighth block (fresh21i, long wire sentences), old = commit 96a454c
FOUND += [
    # restrictions placed or curbs imposed on exports (old: no event, or COERCE)
    (
        "China placed export restrictions on gallium and germanium, two metals used in chipmaking.",
        "SANCTION",
    ),  # fresh21i
    ("India imposed curbs on rice exports.", "SANCTION"),
    ("The government imposed curbs on exports of rice.", "SANCTION"),
    # control: SANCTION before too
    ("The US placed sanctions on three Russian banks.", "SANCTION"),
    # curbs on people stay coercion (old: PROTEST, from the protests)
    ("The government imposed curbs on protests.", "COERCE"),
    ("The government placed restrictions on opposition rallies.", "COERCE"),
    # refusing to take part in talks (old: CONSULT)
    ("Hamas said on Tuesday it would not take part in new ceasefire talks in Cairo.", "REJECT"),
    # control: taking part in a protest stays a protest
    ("Thousands took part in the protest.", "PROTEST"),
]


# ninth block (fresh21j, long wire sentences, cooperative types), old = commit e9c3741
FOUND += [
    # exercises of two states are cooperation (old: MOBILIZE)
    ("India and France held naval exercises in the Arabian Sea.", "COOPERATE"),
    ("India held naval exercises with France in the Arabian Sea.", "COOPERATE"),
    # controls: one state's drills stay MOBILIZE
    ("Russia held military exercises near the border with Ukraine.", "MOBILIZE"),
    ("China began military exercises around Taiwan.", "MOBILIZE"),
    # controls: a meeting that is the news stays
    ("Biden and Xi met at the summit in Bali.", "CONSULT"),
    ("Leaders gathered in Doha for a summit on Gaza.", "CONSULT"),
    # protection granted and a field hospital sent are aid (old: CONCEDE, no event)
    ("Turkey granted temporary protection to more than 3,000 Afghans.", "AID"),
    (
        "The United Arab Emirates sent a field hospital and 50 tonnes of medical supplies to "
        "Sudan's Chad border region on Sunday to treat refugees fleeing fighting in Darfur.",
        "AID",
    ),  # fresh21j
]


@pytest.mark.parametrize(("text", "etype"), FOUND)
def test_fresh21_classes_are_found(code, text: str, etype: str) -> None:  # type: ignore[no-untyped-def]
    assert_found(code(text), etype)


# the type these sentences had before (or a wrong reading) must not be there
NOT_FOUND = [
    ("Britain sent long-range missiles to Ukraine.", "MOBILIZE"),
    ("Saudi Arabia banned imports of fruit and vegetables from Lebanon.", "COERCE"),
    ("China imposed a ban on imports of Japanese seafood.", "COERCE"),
    (
        "The UN Secretary-General called on Myanmar's military to release all political prisoners.",
        "MOBILIZE",
    ),
    ("The Philippines and Japan conducted joint coast guard drills near Manila Bay.", "MOBILIZE"),
    ("Jordan hosted thousands of Iraqi refugees.", "CONSULT"),
    # controls: deployments and bans on people keep their type
    ("Russia sent tanks to the border.", "AID"),
    ("Russia sent troops to Syria.", "AID"),
    ("The government banned opposition rallies.", "SANCTION"),
    ("The government imposed a ban on opposition rallies.", "SANCTION"),
    ("North Korea conducted military drills near the border.", "COOPERATE"),
    ("The rebels handed over their weapons to the army.", "COOPERATE"),
]


NOT_FOUND += [
    ("Burkina Faso, Mali and Niger withdrew from ECOWAS.", "RETREAT"),
    ("US troops withdrew from the UN base.", "SANCTION"),
    ("The candidate withdrew from the race.", "SANCTION"),
    ("India dispatched a naval ship carrying relief material to cyclone-hit Myanmar.", "MOBILIZE"),
    ("The rebels resumed attacks on army posts.", "ACCUSE"),
    # a past attack with an "if" of the reporter is no threat
    ("Rebels resumed attacks after the talks failed, if reports are true.", "THREATEN"),
    ("Colombian rebels said they would resume attacks unless the government released "
     "their commanders.", "ASSAULT"),
]  # fmt: skip


NOT_FOUND += [
    ("On 21 March 2023, the Ethiopian prime minister held talks with TPLF leaders in Mekelle.",
     "PROTEST"),
    ("The EU suspended trade talks with the bloc.", "CONSULT"),
    # control: talks resumed stay talks
    ("The two sides resumed trade talks in Geneva.", "SANCTION"),
]  # fmt: skip


NOT_FOUND += [("The US released $300 million in military aid to Ukraine.", "RETREAT")]


NOT_FOUND += [
    ("Israel will launch a military operation in Rafah, Netanyahu said.", "ASSAULT"),
    ("The army launched a military operation in Rafah.", "THREATEN"),
]


NOT_FOUND += [
    ("Hamas said on Tuesday it would not take part in new ceasefire talks in Cairo.", "CONSULT"),
    ("The government imposed curbs on protests.", "PROTEST"),
    # "over the crackdown" is no curb imposed: the sanctions stay
    ("The European Union imposed sanctions on Belarusian officials over the crackdown.", "COERCE"),
    ("Thousands took part in the protest.", "CONSULT"),
]


NOT_FOUND += [
    # a summit that is the setting of a statement is no second event (old: CONSULT beside it)
    (
        "The Gulf Cooperation Council backed Morocco's autonomy plan for Western Sahara in a "
        "statement at the end of its summit in Doha.",
        "CONSULT",
    ),
    # control (no CONSULT before either)
    ("The minister criticised Israel during talks with his Egyptian counterpart.", "CONSULT"),
    ("India and France held naval exercises in the Arabian Sea.", "MOBILIZE"),
    ("Russia held military exercises near the border with Ukraine.", "COOPERATE"),
    ("Turkey granted temporary protection to more than 3,000 Afghans.", "CONCEDE"),
]


@pytest.mark.parametrize(("text", "etype"), NOT_FOUND)
def test_fresh21_other_type_absent(code, text: str, etype: str) -> None:  # type: ignore[no-untyped-def]
    events = code(text)
    assert etype not in {e.type for e in events}, [(e.type, e.rule) for e in events]


# the new words make no event where nothing political happened
NO_EVENT = [
    "A wildfire burned thousands of trees.",
    "The company retreat was held in Vermont.",
    "The dollar's retreat continued.",
    # press formulas (old: REJECT) and a family quarrel (control: no event before too)
    "The government spokesman declined to comment on the report.",  # fresh21b
    "The minister refused to comment on the allegations.",
    "The man attacked his wife in their home.",
    # the press briefed (old: CONSULT); things released that are no money or people
    "The White House press secretary briefed reporters on the president's schedule.",  # 21d
    "The spokesman briefed reporters on the talks.",
    "The company released its quarterly results.",
    # said with no misdeed, lifting with no restriction: no event
    "He said the weather had been fine.",
    "The lifting of weights is good exercise.",
    # the words of the new patterns met elsewhere in a sentence (PolNeAR train, recall21)
    "The campaign said she never sent classified information on an unclassified system.",
    "Scalia's absence has handed Chief Justice Roberts the difficult task of steering the court.",
    "The whole nation needs to work together.",
    "We can do civil things together and work together.",
    "Braynard and Chrabaszcz worked together at the RNC.",
    "Donald Trump has delivered an impassioned defense of New York values.",
    "The company delivered a new billing system to the city.",
]


@pytest.mark.parametrize("text", NO_EVENT)
def test_fresh21_controls_have_no_event(code, text: str) -> None:  # type: ignore[no-untyped-def]
    events = code(text)
    assert not events, [(e.type, e.rule) for e in events]


def test_fresh21_file_is_complete() -> None:
    """240 rows: 10 PLOVER-style sentences per type, 40 ACLED-style, 40 with no event."""
    rows = [
        line.rstrip("\n").split("\t")
        for line in FRESH.read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#") and not line.startswith("id\t")
    ]
    assert len(rows) == 240
    assert all(len(r) == 8 for r in rows)
    plover = [r for r in rows if r[1] == "plover"]
    assert len(plover) == 160
    assert {r[2] for r in plover} == {
        "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
        "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
    }  # fmt: skip
    assert all(sum(r[2] == t for r in plover) == 10 for t in {r[2] for r in plover})
    assert sum(r[1] == "acled" for r in rows) == 40
    assert [r[2] for r in rows if r[1] == "none"] == ["NONE"] * 40
