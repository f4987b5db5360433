"""Both sides coded on real news (issue 10 item 3, both22), by class of phrasing. Sentences
written for these tests; the expected sides and codes were worked out by hand from the text
(tests/data/events/README.md conventions) before running the coder.

(a) business people are Phoenix's business agents (CEO, ENTREPRENEUR, TYCOON,
    BUSINESS_LEADER, BUSINESSPERSON, EMPLOYER, MANUFACTURER, CORPORATION ... [~BUS]): a side
    named so had no code, or the sentence had no event at all;
(b) private people named by their part in a story -- donors, witnesses, an audience -- are
    civilians (CVL, as SUPPORTER, VOTER and CROWD already were), "the press" the media (MED,
    as MEDIA and REPORTER); as a modifier these words name no one ("a press conference",
    "donor countries", "the witness stand"; ``_codes._HEAD_ONLY``).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp._docs import coded_events as _events


def _side(events: list, side: str, words: str) -> list[str | None]:
    """The codes of every actor on ``side`` of any event whose span starts with ``words`` (the
    coder's span runs on over a place phrase: "donors in New York")."""
    return [
        a.code
        for e in events
        for a in (e.sources if side == "source" else e.targets)
        if a.span.text.startswith(words)
    ]


# --- (a) business people

BUSINESS = [
    # sentence, date, side, words, code
    ("Kenyan police arrested a tycoon in Nairobi.", "2019-05-01", "target", "tycoon", "KENBUS"),
    (
        "Chinese authorities detained a property tycoon in Beijing.",
        "2019-05-01",
        "target",
        "property tycoon",
        "CHNBUS",
    ),
    (
        "Pakistani police arrested a businesswoman in Karachi.",
        "2019-05-01",
        "target",
        "businesswoman",
        "PAKBUS",
    ),
    (
        "Maduro accused manufacturers of hoarding food.",
        "2016-05-01",
        "target",
        "manufacturers",
        "VENBUS",
    ),
    (
        "The French president met with business leaders in Paris.",
        "2019-05-01",
        "target",
        "business leaders",
        "FRABUS",
    ),
    (
        "Trump met with business leaders in New York.",
        "2016-05-01",
        "target",
        "business leaders",
        "USABUS",
    ),
    (
        "Egyptian police detained an entrepreneur in Cairo.",
        "2019-05-01",
        "target",
        "entrepreneur",
        "EGYBUS",
    ),
    (
        "Nigerian entrepreneurs criticized the government.",
        "2019-05-01",
        "source",
        "Nigerian entrepreneurs",
        "NGABUS",
    ),
    (
        "Russian investigators arrested the CEO of a bank in Moscow.",
        "2019-05-01",
        "target",
        "CEO of a bank",
        "RUSBUS",
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "date", "side", "words", "code"), BUSINESS)
def test_business_people_are_business(
    nlp: Language, text: str, date: str, side: str, words: str, code: str
) -> None:
    events = _events(nlp, text, date)
    assert code in _side(events, side, words), [
        (e.type, [(a.span.text, a.code) for a in e.sources + e.targets]) for e in events
    ]


# --- (b) donors, witnesses, an audience are civilians; the press is the media

PEOPLE = [
    ("Clinton met with donors in Manhattan.", "2016-05-01", "target", "donors", "USACVL"),
    ("Macron met with donors in Lyon.", "2019-05-01", "target", "donors", "FRACVL"),
    ("Gunmen shot a witness in Karachi.", "2019-05-01", "target", "witness", "PAKCVL"),
    (
        "The Nigerian army detained witnesses in Maiduguri.",
        "2019-05-01",
        "target",
        "witnesses",
        "NGACVL",
    ),
    ("Soldiers fired on an audience in Kinshasa.", "2019-05-01", "target", "audience", "CODCVL"),
    ("Trump mocked the audience in Ohio.", "2016-05-01", "target", "audience", "USACVL"),
    ("Trump criticized the press.", "2016-05-01", "target", "press", "USAMED"),
    ("Erdogan threatened the press.", "2017-05-01", "target", "press", "TURMED"),
    ("Duterte criticized the press in Manila.", "2017-05-01", "target", "press", "PHLMED"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "date", "side", "words", "code"), PEOPLE)
def test_people_named_by_their_part_are_coded(
    nlp: Language, text: str, date: str, side: str, words: str, code: str
) -> None:
    events = _events(nlp, text, date)
    assert code in _side(events, side, words), [
        (e.type, [(a.span.text, a.code) for a in e.sources + e.targets]) for e in events
    ]


MODIFIER_CONTROLS = [
    # the words as modifiers of another noun name no one
    ("Trump criticized Clinton at a press conference in Miami.", "2016-05-01", "press conference"),
    ("Donor countries pledged aid to Haiti.", "2019-05-01", "Donor countries"),
    ("The judge questioned the witness stand.", "2019-05-01", "witness stand"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "date", "phrase"), MODIFIER_CONTROLS)
def test_as_a_modifier_they_code_no_one(nlp: Language, text: str, date: str, phrase: str) -> None:
    events = _events(nlp, text, date)
    codes = [a.code for e in events for a in e.sources + e.targets if a.span.text.endswith(phrase)]
    assert not any(c and c[3:] in ("MED", "CVL") for c in codes), codes


@pytest.mark.model
def test_existing_people_codes_stay(nlp: Language) -> None:
    # controls: the agents the table already had keep their codes
    events = _events(nlp, "Police arrested journalists in Cairo.", "2019-05-01")
    assert "EGYMED" in _side(events, "target", "journalists")
    events = _events(nlp, "Obama met with business executives at the White House.", "2016-05-01")
    assert "USABUS" in _side(events, "target", "business executives")
    events = _events(nlp, "Trump criticized the media.", "2016-05-01")
    assert "USAMED" in _side(events, "target", "media")


# --- (c) people called foreign are not of the story's or the sentence's country
# (``_context.foreign``): "1,076 foreign donors" in a US story were USACVL

FOREIGN = [
    # sentence, date, side, words, country they must not get
    (
        "Foreign entrepreneurs criticized the Chinese government.",
        "2019-05-01",
        "source",
        "Foreign entrepreneurs",
        "CHN",
    ),
    (
        "Putin met foreign business leaders in Moscow.",
        "2019-05-01",
        "target",
        "foreign business leaders",
        "RUS",
    ),
    ("Egypt expelled foreign journalists.", "2019-05-01", "target", "foreign journalists", "EGY"),
    (
        "The Clinton Foundation thanked foreign donors.",
        "2016-05-01",
        "target",
        "foreign donors",
        "USA",
    ),
    (
        "Nigerian troops fought foreign fighters in Borno.",
        "2019-05-01",
        "target",
        "foreign fighters",
        "NGA",
    ),
    ("Erdogan criticized the foreign press.", "2019-05-01", "target", "foreign press", "TUR"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "date", "side", "words", "country"), FOREIGN)
def test_foreign_people_take_no_country_from_around_them(
    nlp: Language, text: str, date: str, side: str, words: str, country: str
) -> None:
    events = _events(nlp, text, date)
    codes = _side(events, side, words)
    assert codes, [(e.type, [(a.span.text, a.code) for a in e.sources + e.targets]) for e in events]
    assert not any((c or "").startswith(country) for c in codes), codes


FOREIGN_CONTROLS = [
    # a government's foreign minister or ministry is its own
    (
        "China's foreign minister criticized Japan.",
        "2019-05-01",
        "source",
        "China's foreign minister",
        "CHNGOV",
    ),
    (
        "The Egyptian foreign ministry summoned the British ambassador.",
        "2019-05-01",
        "source",
        "Egyptian foreign ministry",
        "EGYGOV",
    ),
    # people not called foreign keep the country around them
    (
        "Kenyan police arrested an entrepreneur in Nairobi.",
        "2019-05-01",
        "target",
        "entrepreneur",
        "KENBUS",
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "date", "side", "words", "code"), FOREIGN_CONTROLS)
def test_own_foreign_offices_keep_their_country(
    nlp: Language, text: str, date: str, side: str, words: str, code: str
) -> None:
    assert code in _side(_events(nlp, text, date), side, words)


# --- (d) a demonym before "-American" or "-born" names descent or birthplace, not whom the
# person acts for (``_countries_descent``): "Mexican-American reporter Jorge Ramos" was MEXMED,
# "the Canadian-born senator" (Ted Cruz) CANLEG

DESCENT = [
    # sentence, date, side, words, code
    (
        "Trump criticized the Mexican-American judge.",
        "2016-05-01",
        "target",
        "Mexican-American judge",
        "USAJUD",
    ),
    (
        "The Cuban-American senator criticized Obama.",
        "2016-05-01",
        "source",
        "Cuban-American senator",
        "USALEG",
    ),
    (
        "Iranian authorities arrested an Iranian-American journalist in Tehran.",
        "2016-05-01",
        "target",
        "Iranian-American journalist",
        "USAMED",
    ),
    (
        "Russian police detained a Russian-American businessman in Moscow.",
        "2019-05-01",
        "target",
        "Russian-American businessman",
        "USABUS",
    ),
    (
        "Trump criticized the Canadian-born senator.",
        "2016-05-01",
        "target",
        "Canadian-born senator",
        "USALEG",
    ),
    (
        "Turkish police arrested a German-born journalist in Istanbul.",
        "2019-05-01",
        "target",
        "German-born journalist",
        "TURMED",
    ),
    (
        "The Ukrainian-Canadian minister criticized Russia.",
        "2019-05-01",
        "source",
        "Ukrainian-Canadian minister",
        "CANGOV",
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "date", "side", "words", "code"), DESCENT)
def test_descent_and_birthplace_are_not_allegiance(
    nlp: Language, text: str, date: str, side: str, words: str, code: str
) -> None:
    events = _events(nlp, text, date)
    assert code in _side(events, side, words), [
        (e.type, [(a.span.text, a.code) for a in e.sources + e.targets]) for e in events
    ]


@pytest.mark.model
def test_a_birthplace_alone_gives_no_country(nlp: Language) -> None:
    events = _events(
        nlp, "The Somali-born lawmaker criticized the Kenyan government.", "2019-05-01"
    )
    codes = _side(events, "source", "Somali-born lawmaker")
    assert codes and not any((c or "").startswith("SOM") for c in codes), codes


DESCENT_CONTROLS = [
    (
        "The Mexican government criticized Trump.",
        "2016-05-01",
        "source",
        "Mexican government",
        "MEXGOV",
    ),
    (
        "Cuban dissidents criticized the Cuban government.",
        "2016-05-01",
        "source",
        "Cuban dissidents",
        "CUBOPP",
    ),
    (
        "A Turkish-backed militia attacked Kurdish fighters in Afrin.",
        "2019-05-01",
        "target",
        "Kurdish fighters",
        "SYRREB",
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "date", "side", "words", "code"), DESCENT_CONTROLS)
def test_plain_demonyms_keep_their_country(
    nlp: Language, text: str, date: str, side: str, words: str, code: str
) -> None:
    assert code in _side(_events(nlp, text, date), side, words)


# --- (e) a lone surname the tagger missed, of a person the article named in full before and
# nothing codes, is placed as that person's tagged mentions are: by the article's country
# (``_actors_owners._surname``; "Ramos used his acceptance speech to call for ..." had an
# uncoded source though "Jorge Ramos" was USA in the same article)

SURNAMES = [
    # article, date, event type, source words, source country
    (
        "Univision anchor Jorge Ramos spoke in Miami on Monday. The United States votes in "
        "November, and the United States is divided across the United States. Ramos used his "
        "acceptance speech to call for the resignation of President Enrique Pena Nieto.",
        "2016-04-12",
        "REQUEST",
        "Ramos",
        "USA",
    ),
    (
        "Celebrities Julianne Moore and Amy Schumer went on Twitter to applaud Obama's "
        "announcement in the United States. The United States is divided across the United "
        "States. Moore thanked him for taking action.",
        "2016-01-05",
        "SUPPORT",
        "Moore",
        "USA",
    ),
    (
        "Brazilian activist Marcelo Freixo spoke in Rio de Janeiro on Monday. Brazil votes in "
        "October, and Brazil's police are on alert across Brazil. Freixo thanked him for taking "
        "action.",
        "2017-05-01",
        "SUPPORT",
        "Freixo",
        "BRA",
    ),
    (
        "Kenyan activist Boniface Mwangi spoke in Nairobi on Monday. Kenya votes in August, and "
        "Kenya's police are on alert across Kenya. Mwangi used his speech to call for the "
        "resignation of President Uhuru Kenyatta.",
        "2017-05-01",
        "REQUEST",
        "Mwangi",
        "KEN",
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "date", "etype", "words", "country"), SURNAMES)
def test_a_lone_surname_is_placed_like_the_person(
    nlp: Language, text: str, date: str, etype: str, words: str, country: str
) -> None:
    events = [e for e in _events(nlp, text, date) if e.type == etype]
    codes = _side(events, "source", words)
    assert any((c or "")[:3] == country for c in codes), [
        (e.type, [(a.span.text, a.code) for a in e.sources + e.targets]) for e in events
    ]


# --- (f) a newspaper named after its city is that country's media (``_actors_media``): "The
# Washington Post" was USAGOV (the capital's government), "The Boston Globe" USA, "The New York
# Times" a bare MED

PAPERS = [
    # sentence, date, side, words, code
    ("The Washington Post criticized Trump.", "2016-05-01", "source", "Washington Post", "USAMED"),
    (
        "The Jerusalem Post criticized Netanyahu.",
        "2016-05-01",
        "source",
        "The Jerusalem Post",
        "ISRMED",
    ),
    ("The Moscow Times criticized Putin.", "2016-05-01", "source", "The Moscow Times", "RUSMED"),
    (
        "The Tehran Times criticized Saudi Arabia.",
        "2016-05-01",
        "source",
        "The Tehran Times",
        "IRNMED",
    ),
    ("The Boston Globe criticized Trump.", "2016-05-01", "source", "The Boston Globe", "USAMED"),
    (
        "The Times of India criticized Pakistan.",
        "2016-05-01",
        "source",
        "The Times of India",
        "INDMED",
    ),
    (
        "The New York Times criticized Trump.",
        "2016-05-01",
        "source",
        "The New York Times",
        "USAMED",
    ),
    (
        "Trump criticized the Washington Post.",
        "2016-05-01",
        "target",
        "the Washington Post",
        "USAMED",
    ),
    ("The Nairobi Star criticized Kenyatta.", "2016-05-01", "source", "Nairobi Star", "KENMED"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "date", "side", "words", "code"), PAPERS)
def test_a_newspaper_named_after_its_city_is_media(
    nlp: Language, text: str, date: str, side: str, words: str, code: str
) -> None:
    events = _events(nlp, text, date)
    assert code in _side(events, side, words), [
        (e.type, [(a.span.text, a.code) for a in e.sources + e.targets]) for e in events
    ]


@pytest.mark.model
@pytest.mark.parametrize(
    "text", ["Washington criticized Moscow.", "Officials in Washington criticized Moscow."]
)
def test_a_capital_that_acts_is_still_its_government(nlp: Language, text: str) -> None:
    events = _events(nlp, text, "2016-05-01")
    codes = [a.code for e in events for a in e.sources]
    assert "USAGOV" in codes, codes


# --- (g) a family named by the plural of a surname after its members were named in full is
# of the country they share (``_actors_owners._family``): "The Clintons made the State
# Department into ..." had an uncoded source

FAMILIES = [
    # article, date, source words, source country
    (
        "Bill Clinton and Hillary Clinton spoke in New York. The Clintons criticized Trump.",
        "2016-05-01",
        "Clintons",
        "USA",
    ),
    (
        "Barack Obama and Michelle Obama spoke in Chicago. The Obamas thanked the volunteers.",
        "2016-05-01",
        "Obamas",
        "USA",
    ),
    (
        "Nawaz Sharif and Maryam Sharif spoke in Lahore. The Sharifs criticized the army.",
        "2018-05-01",
        "Sharifs",
        "PAK",
    ),
    (
        "Rahul Gandhi and Sonia Gandhi spoke in Delhi. The Gandhis criticized Modi.",
        "2019-05-01",
        "Gandhis",
        "IND",
    ),
    (
        "Benjamin Netanyahu and Sara Netanyahu spoke in Jerusalem. The Netanyahus criticized the "
        "newspaper.",
        "2019-05-01",
        "Netanyahus",
        "ISR",
    ),
]


# the tagger takes the plural name in a quoted claim for a title (WORK_OF_ART); before, only a
# family it tagged as people was placed (the rows above, kept as they were); "made ... into"
# was an event only as the type classifier's proposal at "made", a verb of general meaning it
# no longer proposes at (polfp39): "pressured ... into" is a REQUEST the patterns tell
FAMILIES += [
    (
        "Hillary Clinton and Bill Clinton ran the Clinton Foundation. “The Clintons pressured the "
        "State Department into the same kind of Pay-to-Play operation as the Arkansas Government "
        "was,” Trump declared.",
        "2016-08-24",
        "The Clintons",
        "USA",
    ),
    (
        "Barack Obama and Michelle Obama live in Washington. “The Obamas pressured the White House "
        "into the same kind of Pay-to-Play operation as the Chicago Government was,” Trump "
        "declared.",
        "2016-08-24",
        "Obamas",
        "USA",
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "date", "words", "country"), FAMILIES)
def test_a_family_is_of_its_members_country(
    nlp: Language, text: str, date: str, words: str, country: str
) -> None:
    codes = _side(_events(nlp, text, date), "source", words)
    assert any((c or "")[:3] == country for c in codes), codes


@pytest.mark.model
def test_plural_names_of_no_family_named_before_stay_as_they_were(nlp: Language) -> None:
    events = _events(nlp, "The Philippines criticized China.", "2019-05-01")
    assert "PHL" in _side(events, "source", "Philippines")
    events = _events(nlp, "The Joneses criticized the mayor.", "2019-05-01")
    assert not any(_side(events, "source", "Joneses"))


# --- (h) political action committees and super PACs are party actors (PTY, as CAMPAIGN and
# CAMPAIGN_MANAGER are; ``event_agents.txt``): "Conservative Solutions PAC raised about $58
# million in support of Rubio" had an uncoded source, "the political action committee" read
# as a government committee. A US institution: the rows are US ones

PACS = [
    # sentence, date, side, words, code
    (
        "Conservative Solutions PAC attacked Trump in Iowa.",
        "2016-05-01",
        "source",
        "Conservative Solutions PAC",
        "USAPTY",
    ),
    ("A super PAC backing Cruz criticized Trump.", "2016-05-01", "source", "super PAC", "USAPTY"),
    ("Trump criticized the super PACs in Iowa.", "2016-05-01", "target", "super PACs", "USAPTY"),
    (
        "The political action committee criticized Clinton in Ohio.",
        "2016-05-01",
        "source",
        "political action committee",
        "USAPTY",
    ),
    ("Clinton thanked the super PAC in New York.", "2016-05-01", "target", "super PAC", "USAPTY"),
    (
        "A pro-Trump super PAC attacked Clinton in Florida.",
        "2016-05-01",
        "source",
        "pro-Trump super PAC",
        "USAPTY",
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "date", "side", "words", "code"), PACS)
def test_political_action_committees_are_party_actors(
    nlp: Language, text: str, date: str, side: str, words: str, code: str
) -> None:
    events = _events(nlp, text, date)
    codes = [
        a.code
        for e in events
        for a in (e.sources if side == "source" else e.targets)
        if words in a.span.text
    ]
    assert code in codes, [
        (e.type, [(a.span.text, a.code) for a in e.sources + e.targets]) for e in events
    ]


@pytest.mark.model
def test_other_committees_stay_government(nlp: Language) -> None:
    events = _events(nlp, "The Senate committee criticized the FBI.", "2016-05-01")
    codes = [a.code for e in events for a in e.sources]
    assert codes and not any("PTY" in (c or "") for c in codes), codes
