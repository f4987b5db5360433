"""Issue 12 item 1 (places22): a world capital or a city of millions named next to another
country is the big city, not a small namesake in that country ("The United States criticized
Moscow" is Russia, not Moscow, Idaho). The namesake wins with a qualifier ("Moscow, Idaho"),
with its own first-level division named in the article ("In Idaho, ... Moscow"), or in an
article clearly local to that division.

Sentences written by hand before the resolver was run on them; each expected country was
labelled by hand (GeoNames country of the intended place). Entities are set by hand (a blank
pipeline), as the model tags them: place and country names GPE, demonyms NORP.
"""

from __future__ import annotations

import pytest

from newsgraph.model import Place
from newsgraph.nlp.places.component import PlacesComponent
from tests.nlp._docs import tagged

NORP = {"American", "Canadian", "British", "Russian", "Indian", "Greek", "Iraqi"}


def _places(text: str, names: list[str]) -> dict[str, Place]:
    ents = [(n, "NORP" if n in NORP else "GPE") for n in names]
    doc = PlacesComponent()(tagged(text, ents))
    return {p.span.text: p for p in doc._.ng_places or []}


# (sentence, entities left to right, the name under test, its GeoNames country). One sentence
# written with these was left out: "The American band cancelled its concert in Manchester after
# the bombing." (GB): Manchester (569,000) does not dwarf Manchester, N.H. (110,000), and with
# only "American" in the article the namesake keeps its reading.
BIG: list[tuple[str, list[str], str, str]] = [
    (
        "The United States criticized Moscow on Tuesday.",
        ["United States", "Moscow"],
        "Moscow",
        "RU",
    ),
    ("US officials said Moscow had broken the agreement.", ["US", "Moscow"], "Moscow", "RU"),
    (
        "Washington and Beijing agreed to resume trade talks.",
        ["Washington", "Beijing"],
        "Beijing",
        "CN",
    ),
    (
        "Canada and the United States will join the talks in Paris next month.",
        ["Canada", "United States", "Paris"],
        "Paris",
        "FR",
    ),
    (
        "Britain summoned the ambassador after the arrest of a British citizen in Tehran.",
        ["Britain", "British", "Tehran"],
        "Tehran",
        "IR",
    ),
    (
        "The United States condemned the bombing in Cairo that killed 12 people.",
        ["United States", "Cairo"],
        "Cairo",
        "EG",
    ),
    ("US officials met their counterparts in Athens on Monday.", ["US", "Athens"], "Athens", "GR"),
    (
        "Canada said it would send aid after the floods in Delhi.",
        ["Canada", "Delhi"],
        "Delhi",
        "IN",
    ),
    (
        "The United States welcomed the climate deal reached in Lima.",
        ["United States", "Lima"],
        "Lima",
        "PE",
    ),
    ("Berlin rejected the US proposal on Tuesday.", ["Berlin", "US"], "Berlin", "DE"),
    ("US officials said Toronto police had arrested two men.", ["US", "Toronto"], "Toronto", "CA"),
    (
        "The United States and Rome signed an agreement on migration.",
        ["United States", "Rome"],
        "Rome",
        "IT",
    ),
    ("US diplomats arrived in Vienna for the nuclear talks.", ["US", "Vienna"], "Vienna", "AT"),
    (
        "Warsaw welcomed the decision by the United States to send more troops.",
        ["Warsaw", "United States"],
        "Warsaw",
        "PL",
    ),
    (
        "Dublin and London disagreed over the border, a US envoy said.",
        ["Dublin", "London", "US"],
        "Dublin",
        "IE",
    ),
    (
        "Dublin and London disagreed over the border, a US envoy said.",
        ["Dublin", "London", "US"],
        "London",
        "GB",
    ),
    (
        "Canada expelled two diplomats and recalled its ambassador from Moscow.",
        ["Canada", "Moscow"],
        "Moscow",
        "RU",
    ),
    (
        "US officials accused Damascus of using chemical weapons.",
        ["US", "Damascus"],
        "Damascus",
        "SY",
    ),
    ("Canada's prime minister flew to London on Tuesday.", ["Canada", "London"], "London", "GB"),
    ("Canadian officials said Paris had agreed to the plan.", ["Canadian", "Paris"], "Paris", "FR"),
    (
        "The United States and Britain imposed sanctions on Minsk.",
        ["United States", "Britain", "Minsk"],
        "Minsk",
        "BY",
    ),
    ("American investors fled Moscow after the sanctions.", ["American", "Moscow"], "Moscow", "RU"),
    (
        "The United States accused Beijing of stealing trade secrets.",
        ["United States", "Beijing"],
        "Beijing",
        "CN",
    ),
    ("US troops left Berlin in 1994.", ["US", "Berlin"], "Berlin", "DE"),
    (
        "A summit in Rome brought together leaders from the United States, Canada and Japan.",
        ["Rome", "United States", "Canada", "Japan"],
        "Rome",
        "IT",
    ),
    ("US officials traveled to Lima for the summit.", ["US", "Lima"], "Lima", "PE"),
    ("Canada condemned the attack in Cairo.", ["Canada", "Cairo"], "Cairo", "EG"),
    ("Protesters gathered outside the US embassy in Athens.", ["US", "Athens"], "Athens", "GR"),
    (
        "The United States said talks in Vienna had stalled.",
        ["United States", "Vienna"],
        "Vienna",
        "AT",
    ),
    ("The US ambassador in Warsaw was summoned.", ["US", "Warsaw"], "Warsaw", "PL"),
    ("Britain's trade secretary arrived in Delhi on Sunday.", ["Britain", "Delhi"], "Delhi", "IN"),
    (
        "Canadian police said the suspect had flown in from Dublin.",
        ["Canadian", "Dublin"],
        "Dublin",
        "IE",
    ),
    (
        "The United States criticized Moscow and Tehran for backing the government.",
        ["United States", "Moscow", "Tehran"],
        "Moscow",
        "RU",
    ),
    ("US lawmakers said Madrid should pay more for defence.", ["US", "Madrid"], "Madrid", "ES"),
    (
        "American diplomats met Russian officials in Moscow.",
        ["American", "Russian", "Moscow"],
        "Moscow",
        "RU",
    ),
    ("The US-born singer moved to Toronto in 2010.", ["US", "Toronto"], "Toronto", "CA"),
    ("Britain recalled its ambassador from Lima.", ["Britain", "Lima"], "Lima", "PE"),
    ("US officials said Havana had released the prisoners.", ["US", "Havana"], "Havana", "CU"),
    (
        "The United States signed a trade deal with Canada in Ottawa.",
        ["United States", "Canada", "Ottawa"],
        "Ottawa",
        "CA",
    ),
    (
        "The United States and Britain evacuated their embassies in Khartoum.",
        ["United States", "Britain", "Khartoum"],
        "Khartoum",
        "SD",
    ),
    ("Canada joined the talks in Geneva on Monday.", ["Canada", "Geneva"], "Geneva", "CH"),
    ("Protests in Moscow were reported by US media.", ["Moscow", "US"], "Moscow", "RU"),
    ("US officials said Manila had agreed to host more troops.", ["US", "Manila"], "Manila", "PH"),
    (
        "Britain warned Baghdad that the Iraqi militias must be disarmed.",
        ["Britain", "Baghdad", "Iraqi"],
        "Baghdad",
        "IQ",
    ),
    (
        "The United States urged Athens and Ankara to lower tensions.",
        ["United States", "Athens", "Ankara"],
        "Athens",
        "GR",
    ),
    (
        "US officials flew to Birmingham to meet British police investigating the attack.",
        ["US", "Birmingham", "British"],
        "Birmingham",
        "GB",
    ),
]

# the small namesake must win: a qualifier, its own division named, or a local story
NAMESAKE: list[tuple[str, list[str], str, str]] = [
    ("The fair in Paris, Texas drew crowds.", ["Paris", "Texas"], "Paris", "US"),
    ("A student was killed in Moscow, Idaho, police said.", ["Moscow", "Idaho"], "Moscow", "US"),
    (
        "The University of Georgia in Athens, Georgia, raised fees as Georgia cut funds.",
        ["Athens", "Georgia", "Georgia"],
        "Athens",
        "US",
    ),
    (
        "The mayor of London, Ontario, met Canadian officials.",
        ["London", "Ontario", "Canadian"],
        "London",
        "CA",
    ),
    (
        "Police in Idaho said the victims lived in Moscow, near campus.",
        ["Idaho", "Moscow"],
        "Moscow",
        "US",
    ),
    ("Athens, Ohio, is home to Ohio University.", ["Athens", "Ohio"], "Athens", "US"),
    ("Lima, Ohio police arrested a man on Friday.", ["Lima", "Ohio"], "Lima", "US"),
    ("The tobacco farm is near Delhi, Ontario.", ["Delhi", "Ontario"], "Delhi", "CA"),
    ("A tornado hit Rome, Georgia, on Sunday.", ["Rome", "Georgia"], "Rome", "US"),
    ("The company is based in Vienna, Virginia.", ["Vienna", "Virginia"], "Vienna", "US"),
    (
        "Civil rights marchers were attacked in Birmingham, Alabama, in 1963.",
        ["Birmingham", "Alabama"],
        "Birmingham",
        "US",
    ),
    (
        "Candidates campaigned in Manchester, N.H., ahead of the primary.",
        ["Manchester", "N.H."],
        "Manchester",
        "US",
    ),
    ("The burger chain has its headquarters in Dublin, Ohio.", ["Dublin", "Ohio"], "Dublin", "US"),
    (
        "In Idaho, police in Moscow said three students were killed near campus.",
        ["Idaho", "Moscow"],
        "Moscow",
        "US",
    ),
    (
        "Ohio state troopers said the crash happened in Lima on Route 30.",
        ["Ohio", "Lima"],
        "Lima",
        "US",
    ),
    (
        "Indiana officials said the factory in Warsaw would close next year.",
        ["Indiana", "Warsaw"],
        "Warsaw",
        "US",
    ),
    (
        "The paper mill in Berlin, New Hampshire, closed in 2006.",
        ["Berlin", "New Hampshire"],
        "Berlin",
        "US",
    ),
    (
        "Texas authorities said the storm hit Paris and other towns in Lamar County.",
        ["Texas", "Paris", "Lamar County"],
        "Paris",
        "US",
    ),
    (
        "Georgia police said a man from Rome was arrested in Atlanta.",
        ["Georgia", "Rome", "Atlanta"],
        "Rome",
        "US",
    ),
    # a town the article names near the namesake: a local story ("Toronto" beside London, Ont.)
    (
        "Canada's trade minister said London could become a cargo hub, close to Toronto.",
        ["Canada", "London", "Toronto"],
        "London",
        "CA",
    ),
    # a county-level division the name starts (Virginia's independent city of Alexandria)
    (
        "The Alexandria City School Board met on Tuesday, and Alexandria parents asked for more.",
        ["Alexandria City", "Alexandria"],
        "Alexandria",
        "US",
    ),
    (
        "Virginia officials said traffic in Vienna and Tysons Corner would be heavy.",
        ["Virginia", "Vienna", "Tysons Corner"],
        "Vienna",
        "US",
    ),
]


@pytest.mark.parametrize(("text", "names", "name", "country"), BIG)
def test_a_capital_or_big_city_next_to_another_country_is_the_big_one(
    text: str, names: list[str], name: str, country: str
) -> None:
    got = _places(text, names)
    assert got[name].country_code == country, (text, name, got[name].geonameid)


@pytest.mark.parametrize(("text", "names", "name", "country"), NAMESAKE)
def test_the_namesake_wins_with_a_qualifier_or_its_division(
    text: str, names: list[str], name: str, country: str
) -> None:
    got = _places(text, names)
    assert got[name].country_code == country, (text, name, got[name].geonameid)


# A part of a country after the comma, with "in": "Tripoli, in northern Lebanon" is qualified
# like "Haifa, northern Israel" (the capital rule above must not take it to Libya). Written
# and labelled by hand (lead, 2026-11-30) after test_actor_audit's Lebanese Tripoli failed.
# "in the north of Lebanon" (no direction adjective) is not read as a qualifier yet.
IN_AREA: list[tuple[str, list[str], str, str]] = [
    (
        "Clashes broke out in Tripoli, in northern Lebanon, on Sunday.",
        ["Tripoli", "Lebanon"],
        "Tripoli",
        "LB",
    ),
    (
        "Flooding hit Valencia, in eastern Spain, after days of rain.",
        ["Valencia", "Spain"],
        "Valencia",
        "ES",
    ),
    (
        "A rally was held in Birmingham, in central England, on Saturday.",
        ["Birmingham", "England"],
        "Birmingham",
        "GB",
    ),
]


@pytest.mark.parametrize(("text", "names", "name", "country"), IN_AREA)
def test_a_part_of_a_country_after_in_qualifies_the_name(text, names, name, country):
    assert _places(text, names)[name].country_code == country


def test_the_libyan_capital_stays_the_capital():
    # control: the capital reading is kept when nothing qualifies the name
    text = "The United States sent envoys to Tripoli for talks with the Libyan government."
    places = _places(text, ["United States", "Tripoli", "Libyan"])
    assert places["Tripoli"].country_code == "LY"
