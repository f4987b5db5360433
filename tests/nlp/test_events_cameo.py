"""CAMEO verb classes the hand-written CAMEO-code probes (tests/data/events/cameo_probes.tsv,
tune rows) found missing or mistyped, fixed by whole class.

Every sentence here was written by hand for this file (none is a probe or gold row), its
expected type taken from the CAMEO code description and the PLOVER manual, and each failed on
the coder before the rule it tests was added."""

from __future__ import annotations

import pytest

from tests.nlp._docs import assert_found

# (sentence, PLOVER type, mode or None) that must be among the events
FOUND = [
    # acceding to demands is a concession (CAMEO 083), not an agreement
    ("The Thai government agreed to the protesters' demands for a new election.", "CONCEDE", None),
    ("The junta accepted the opposition's demands on Sunday.", "CONCEDE", None),
    # passing or handing intelligence to another state (064)
    ("Jordanian officials passed intelligence on the plot to Israel.", "COOPERATE", None),
    ("Turkey handed over intelligence files on the suspects to Germany.", "COOPERATE", None),
    # joint exercises conducted with another state's forces (062)
    (
        "India's navy conducted joint exercises with the French navy in the Arabian Sea.",
        "COOPERATE",
        None,
    ),
    # relief flown in (073)
    ("Germany flew blankets and medicine to earthquake survivors in Nepal.", "AID", None),
    # disapproval expressed, a stance of being troubled (110)
    (
        "Canada expressed its displeasure with Vietnam's treatment of the dissident.",
        "ACCUSE",
        "disapprove",
    ),
    (
        "The British foreign secretary said he was deeply troubled by Russia's actions in Georgia.",
        "ACCUSE",
        "disapprove",
    ),
    # bombs planted, set off, dropped (183, 195)
    (
        "Separatists planted a bomb outside the governor's office in Quetta.",
        "ASSAULT",
        "explosives",
    ),
    ("Russian jets dropped bombs on a market in Idlib.", "ASSAULT", "aerial"),
    # envoys, missions and agencies ordered to leave (166)
    (
        "Chad ordered the German ambassador to leave the country within 48 hours.",
        "SANCTION",
        "expel",
    ),
    ("The junta ordered the French diplomats out of Niger.", "SANCTION", "expel"),
    # inspectors let in through a small clause (086)
    ("Iraq let the weapons inspectors return to the sites on Monday.", "RETREAT", "access"),
    # talks and mediation called off or suspended (164, 165)
    (
        "The Philippine government called off peace talks with the communist rebels.",
        "SANCTION",
        "withdraw",
    ),
    ("Egypt suspended its mediation between Israel and Hamas.", "SANCTION", "withdraw"),
    # rioters damaging property, protesters occupying a place (145, 144)
    ("Rioters torched shops and cars in the centre of Nairobi.", "PROTEST", "riot"),
    ("Hundreds of protesters stormed the presidential palace in Colombo.", "PROTEST", "riot"),
    ("Protesters occupied the international airport in Bangkok.", "PROTEST", "obstruct"),
    # a warning of what its actor would do is a threat with no one warned as object (130)
    ("Hezbollah warned that it would respond to any Israeli incursion.", "THREATEN", None),
    # people freed by name of their trade (0841): engineers, crews, missionaries
    ("Gunmen in the Niger Delta released the three engineers on Tuesday.", "RETREAT", "release"),
    # civilians blocking roads or bridges are protesting (144); chaining themselves to gates
    ("Farmers blockaded the bridge into the capital with tractors.", "PROTEST", "obstruct"),
    ("Activists chained themselves to the railings of the embassy.", "PROTEST", "obstruct"),
    # verbal defence and lobbying on someone's behalf (052, 053)
    ("The Malaysian prime minister spoke out in defence of Myanmar's leader.", "SUPPORT", None),
    # things built or developed jointly (061)
    ("Brazil and Argentina jointly developed a nuclear fuel plant.", "COOPERATE", None),
    # money deposited in a central bank (071)
    ("The UAE deposited $1 billion in Pakistan's central bank.", "AID", None),
    # graves exhumed, evidence examined by investigators (090, 094)
    (
        "Bosnian investigators exhumed the bodies of the victims near Tuzla.",
        "ACCUSE",
        "investigate",
    ),
    # rallying support for someone (053); students occupying a building (144)
    ("Paris rallied European support for the sanctions at the summit.", "SUPPORT", None),
    (
        "Students occupied the university to press for the rector's dismissal.",
        "PROTEST",
        "obstruct",
    ),
    # protocols inked (057), playing host (043), going back to talks (046), talks agreed (036)
    ("Israel and Morocco inked a defence pact in Rabat.", "SUPPORT", None),
    ("The Egyptian president played host to the Sudanese general in Cairo.", "CONSULT", "visit"),
    ("The rebels returned to the negotiating table in Nairobi on Monday.", "CONSULT", None),
    ("Iran agreed on Sunday to return to the nuclear talks in Vienna.", "AGREE", None),
    # a meeting with elders, strikes by dockworkers, pledges by donors: people as sides
    ("The governor conferred with village elders in Helmand.", "CONSULT", None),
    (
        "Thousands of dockworkers downed tools at the port of Mombasa on Monday.",
        "PROTEST",
        "strike",
    ),
    ("Donors pledged $1.5 billion for Yemen at the conference.", "AGREE", None),
    # a statement blocked at the Security Council is a veto (129)
    ("Russia blocked a Security Council statement on the attack.", "REJECT", None),
    # a town or a base captured is territory occupied (192); fighters captured are abducted
    ("Government troops captured the rebel stronghold of Kalehe.", "COERCE", "seize"),
    ("The army captured 20 rebels near the border.", "ASSAULT", "abduct"),
    # an event noun whose sides hang on its verb ("between X and Y" on a passive)
    (
        "Heavy fighting was reported between government forces and rebels near Goma.",
        "ASSAULT",
        None,
    ),
    # strikes named by their length or by who strikes (143); controllers as strikers
    ("Teachers in Kenya began an indefinite strike over pay on Monday.", "PROTEST", "strike"),
    ("Air traffic controllers in Italy walked off the job on Friday.", "PROTEST", "strike"),
    # the PLOVER manual's RETREAT ambiguities: a rescue and debt forgiveness are AID
    ("Nigerian troops freed 40 kidnapped villagers in Zamfara state.", "AID", None),
    ("Paris agreed to cancel $300 million of Senegal's debts.", "AID", None),
    # restrictions eased whatever they restrict (081)
    ("Beijing eased travel restrictions on foreign journalists in Tibet.", "CONCEDE", None),
    # a crackdown relaxed is a concession (082), not the crackdown
    ("The Iranian authorities eased their crackdown on street protests.", "CONCEDE", None),
]


@pytest.mark.parametrize(("text", "etype", "mode"), FOUND)
def test_cameo_classes_are_found(code, text: str, etype: str, mode: str | None) -> None:  # type: ignore[no-untyped-def]
    assert_found(code(text), etype, mode)


# (sentence, type that must NOT be among the events)
NOT_FOUND = [
    # what is demanded, refused or offered has not happened: no second event for it
    ("Germany demanded that Poland extradite the two suspects.", "COOPERATE"),
    ("Japan said it was ready to cooperate with China on maritime security.", "COOPERATE"),
    ("Greece refused to let Turkish warships use its ports to attack Cyprus.", "ASSAULT"),
    ("Nepal requested Indian technical assistance for the dam project.", "AID"),
    # a demand answered is the answer's topic
    ("The government bowed to the unions' demands for higher wages.", "REQUEST"),
    # demands made in a clause of a protest are what the protest is for
    ("Tens of thousands marched through Minsk and demanded new elections.", "REQUEST"),
    # captors freeing hostages, police releasing detainees: releases, not rescues
    ("The kidnappers freed the two hostages on Sunday.", "AID"),
    ("Police released the detained protesters after questioning.", "AID"),
    # an air strike begun is no labour strike
    ("The coalition began air strikes against the militants in Raqqa.", "PROTEST"),
    # rallying support is no rally
    ("Paris rallied European support for the sanctions at the summit.", "PROTEST"),
    # students occupying their university protest; they do not seize it
    ("Students occupied the university to press for the rector's dismissal.", "COERCE"),
    # promised forces sent to someone are military aid offered, not a threat (0332/0334)
    ("Britain pledged to send tanks to the Ukrainian army.", "THREATEN"),
    ("The African Union promised to send peacekeepers to Somalia.", "THREATEN"),
    # a strike called off stays a concession, a call for talks stays a request
    ("The union called off the strike on Friday.", "SANCTION"),
    ("The U.N. envoy called for talks between the two sides.", "SANCTION"),
    # a clash of protesters with police stays violence as the gold codes it; looters are no
    # protesters
    ("Protesters clashed with police outside the parliament.", "PROTEST"),
    ("Looters ransacked the warehouse of the aid agency.", "PROTEST"),
]


@pytest.mark.parametrize(("text", "etype"), NOT_FOUND)
def test_cameo_class_boundaries(code, text: str, etype: str) -> None:  # type: ignore[no-untyped-def]
    events = code(text)
    assert etype not in {e.type for e in events}, [(e.type, e.rule) for e in events]


def test_sides_on_the_verb_of_an_event_noun(code) -> None:  # type: ignore[no-untyped-def]
    ev = next(
        e
        for e in code("Clashes were reported between police and protesters in Lagos.")
        if e.type == "ASSAULT"
    )
    # the police are the first side (the actor's extent is the actor coder's business)
    assert ev.sources and (ev.sources[0].code or "").endswith("COP"), ev.sources
    assert ev.targets and "protesters" in ev.targets[0].span.text, ev.targets


def test_promised_forces_are_agree(code) -> None:  # type: ignore[no-untyped-def]
    assert "AGREE" in {e.type for e in code("Britain pledged to send tanks to the Ukrainian army.")}


def test_peacekeepers_sent_are_aid(bare_nlp) -> None:  # type: ignore[no-untyped-def]
    from newsgraph.nlp.events._patterns import Pattern
    from newsgraph.nlp.events._retype import peacekeeping

    send = Pattern(
        name="mobilize.send_more",
        pos="V",
        lemma="send",
        with_=frozenset({"peacekeepers"}),
        type="MOBILIZE",
        mode="troops",
        cameo="152",
        targets=frozenset({"to"}),
        context=None,
        reciprocal=False,
    )
    doc = bare_nlp("Nigeria sent 500 peacekeepers to Liberia.")
    aid = peacekeeping(doc[1], send)
    assert aid is not None and (aid.type, aid.cameo, aid.context) == ("AID", "074", "peacekeeping")
    # troops are no peacekeepers
    doc = bare_nlp("Nigeria sent 500 troops to Liberia.")
    assert peacekeeping(doc[1], send) is None
