"""Political news, issue 10 item 1 (political35): verbs of striking told of criticism.

2016 political news tells a politician's verbal attack with verbs of striking and no
preposition of the charge: "Perez hammered Trump, calling him a train wreck", "Clinton has
hammered the Vermont senator", "Trump has knocked the Democrats' rules as undemocratic", "Eric
Trump knocked a statement by actor George Clooney", "Bush is panning Obama's set of measures in
an op-ed". A PLOVER coder codes them ACCUSE ``disapprove`` (CAMEO 111), as "ripped FBI Director
James Comey" and "slammed the president" already are. The same verbs name blows, storms, losses,
sport results and deals hammered out, which stay no criticism (``_striking_criticism``).

Every sentence was written by hand for this file (modelled on the class, never copied) and
labelled from its text before the coder ran. Old code: the commit before political35
(279a07d)."""

from __future__ import annotations

import pytest

from tests.nlp._docs import assert_found

STRUCK_IN_WORDS = [
    # (sentence, the target's words)
    ("The senator hammered the president in a fiery floor speech.", "president"),
    ("Biden hammered his Republican rival during the debate in Ohio.", "rival"),
    ("She hammered the governor's budget as a giveaway to the wealthy.", "governor"),
    ("Trump knocked Jeb Bush during a rally in South Carolina.", "Bush"),
    ("The mayor knocked the council's decision as shortsighted.", "council"),
    ("Sanders knocked Clinton's ties to Wall Street banks.", "Clinton"),
    ("Obama panned the Republican tax plan as a gift to billionaires.", ""),
    ("Democrats panned the senator's proposal as a gimmick.", "senator"),
    ("The White House was hammered by Republican lawmakers.", "White House"),
    ("Warren has repeatedly hammered Trump with insults.", "Trump"),
    ("The senator hammered away at the administration's record on jobs.", ""),
    ("Becerra hammered the administration in a television interview.", "administration"),
]


@pytest.mark.parametrize(("text", "target"), STRUCK_IN_WORDS)
def test_political35_striking_verb_of_criticism_is_accuse(code, text: str, target: str) -> None:  # type: ignore[no-untyped-def]
    events = code(text)
    accuse = [e for e in events if e.type == "ACCUSE"]
    assert accuse, [(e.type, e.rule, e.trigger.text) for e in events]
    assert accuse[0].mode == "disapprove"
    if target:
        assert any(target in a.span.text for a in accuse[0].targets), [
            a.span.text for a in accuse[0].targets
        ]


NOT_CRITICISM = [
    "Negotiators hammered out a deal late on Sunday.",
    "A powerful storm hammered the coast overnight.",
    "Shares of the bank were hammered by falling oil prices.",
    "Volunteers knocked on doors across the state all weekend.",
    "Trump knocked Cruz out of the race with a big win in Indiana.",
    "The cat knocked a vase off the table.",
    "The carpenter hammered a nail into the wall.",
    "The camera panned across the cheering crowd.",
    "Trump hammered home his message on trade.",
    "The officer knocked him to the ground.",
    "He knocked the ball into the net in the second half.",
    "Nadal hammered Federer 6-1, 6-2 in the final.",
    "Riot police hammered the crowd with batons.",
    "Hurricane Matthew hammered Haiti overnight.",
]


@pytest.mark.parametrize("text", NOT_CRITICISM)
def test_political35_striking_verb_without_criticism_is_no_accuse(code, text: str) -> None:  # type: ignore[no-untyped-def]
    events = code(text)
    assert not [e for e in events if e.type == "ACCUSE"], [(e.type, e.rule) for e in events]


# controls: the lexicon's patterns with a preposition of the charge stay as they were
@pytest.mark.parametrize(
    "text",
    [
        "Clinton hammered Sanders for his vote on gun liability.",
        "He knocked Cruz for not reporting the loans.",
        "The senator slammed the president's remarks.",
        "The governor ripped the mayor for the delay.",
    ],
)
def test_political35_criticism_with_charge_stays(code, text: str) -> None:  # type: ignore[no-untyped-def]
    assert_found(code(text), "ACCUSE")


# --- praise, thanks and congratulations given as a noun to someone ("tweeted her thanks to the
# president", "tweeted congratulations to Sanders", "heaps praise on Kennedy"): SUPPORT 051
PRAISE_GIVEN = [
    # (sentence, the target's words)
    ("The mayor tweeted his thanks to the governor for the emergency funds.", "governor"),
    ("Sanders tweeted congratulations to Clinton on her victory in New York.", "Clinton"),
    # the roles code finds no actor in "the outgoing defense secretary" (as for "paid tribute
    # to" it): the type only
    ("Obama heaped praise on the outgoing defense secretary.", ""),
    ("The prime minister showered praise on the German chancellor.", "chancellor"),
    # the owner of the thing praised is not read as the target: the type only
    ("Republican leaders offered praise for the Speaker's handling of the budget.", ""),
    ("The president extended his congratulations to the new prime minister of Italy.", "minister"),
    ("Several senators lavished praise on the nominee at the hearing.", "nominee"),
    ("The foreign minister sent his thanks to Japan for its help.", "Japan"),
    ("The White House tweeted its gratitude to the rescue workers.", ""),
]


@pytest.mark.parametrize(("text", "target"), PRAISE_GIVEN)
def test_political35_praise_given_as_noun_is_support(code, text: str, target: str) -> None:  # type: ignore[no-untyped-def]
    events = code(text)
    support = [e for e in events if e.type == "SUPPORT"]
    assert support, [(e.type, e.rule, e.trigger.text) for e in events]
    if target:
        assert any(target in a.span.text for e in support for a in e.targets), [
            [a.span.text for a in e.targets] for e in support
        ]


NO_PRAISE = [
    "The campaign raised record sums thanks to small donors.",
    "The senator tweeted the news early, thanks to a leak.",
    "The senator tweeted a photo of the crowd.",
    "Prices fell sharply, thanks to a drop in demand.",
    "The chef heaped rice on the plate.",
    "He offered his resignation to the board.",
]


def test_political35_praise_passed_on_is_not_the_senders(code) -> None:  # type: ignore[no-untyped-def]
    # the spokesman offers the senator's thanks: no thanks of his own by the verb
    events = code("The spokesman offered the senator's thanks to the volunteers.")
    assert not [e for e in events if e.rule == "lex.support.offer_praise"]


@pytest.mark.parametrize("text", NO_PRAISE)
def test_political35_no_praise_given_is_no_support(code, text: str) -> None:  # type: ignore[no-untyped-def]
    events = code(text)
    assert not [e for e in events if e.type == "SUPPORT"], [(e.type, e.rule) for e in events]


# controls: offers and condolences keep their types
def test_political35_offer_of_talks_stays_agree(code) -> None:  # type: ignore[no-untyped-def]
    assert_found(code("The minister offered talks to the rebels."), "AGREE")


def test_political35_condolences_stay_support(code) -> None:  # type: ignore[no-untyped-def]
    assert_found(code("The president sent his condolences to the victims' families."), "SUPPORT")


# --- verbs of disparaging someone missing from the lexicon ("has insulted women, Mexicans and
# Muslims", "he savaged her on Twitter", "chastised Snyder for refusing", "needled the CNN
# reporter", "whose war heroism Trump famously belittled"): ACCUSE disapprove, person object
DISPARAGED = [
    "The governor insulted the protesters during a televised speech.",
    "The candidate has repeatedly insulted Mexican immigrants.",
    "The senator savaged the president in a blistering floor speech.",
    "Clinton chastised the governor for ignoring the water crisis.",
    "The mayor belittled the council members who opposed the plan.",
    "He needled his Republican rival about his tax returns.",
    # ("Democrats skewered the Speaker at a news conference." was written here too: the actor
    # table codes no capitalised "the Speaker", so the object is no actor; left to the roles code)
    "Democrats skewered the president at a news conference.",
    "Obama scorned the Republican leaders who blocked the bill.",
    "The minister lampooned the opposition leader in parliament.",
    "The governor was lambasted by Democratic lawmakers.",
]


@pytest.mark.parametrize("text", DISPARAGED)
def test_political35_disparaging_verb_is_accuse(code, text: str) -> None:  # type: ignore[no-untyped-def]
    assert_found(code(text), "ACCUSE", "disapprove")


NOT_DISPARAGED = [
    "The critics lambasted the film as dull and overlong.",
    "The show skewers the lives of the super-rich.",
    "The cook skewered the meat and grilled it.",
    "She felt insulted by the low offer.",
    "The nurse needled the vein on the first try.",
    "The company scorned the old business model.",
    "If my staff lied to voters, I would chastise them.",
    "Senator, can you insult the two reporters over there?",
]


@pytest.mark.parametrize("text", NOT_DISPARAGED)
def test_political35_disparaging_verb_without_a_person_is_no_accuse(code, text: str) -> None:  # type: ignore[no-untyped-def]
    events = code(text)
    assert not [e for e in events if e.type == "ACCUSE"], [(e.type, e.rule) for e in events]
