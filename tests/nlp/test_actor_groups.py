"""Actors an event coder places by what it knows about the world, on the full pipeline:
ethnic groups with no state of their own take the country they live in (the one the context
points to when several), a town attacked is its country, and a target phrase hung on a
participle ("sanctions imposed on Iraq") is the target. Sentences written for these tests;
the expected codes were worked out by hand before running the coder (the countries each group
lives in: Hutu and Tutsi in Rwanda and Burundi, Uyghurs in China, Kurds in Iraq, Syria,
Turkey and Iran; Mariupol is in Ukraine; Virginia and Iowa are US states)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsgraph.errors import ResourceError
from newsgraph.model import Event
from newsgraph.nlp.events import _countries

pytestmark = pytest.mark.model


def _events(nlp: Language, text: str, published: str | None = "2020-01-01") -> list[Event]:
    doc = nlp.make_doc(text)
    doc._.ng_cache = {}
    doc._.ng_published = published
    return [e for e in nlp(doc)._.ng_events or [] if not e.negated]


def _one(events: list[Event], etype: str) -> Event:
    found = [e for e in events if e.type == etype]
    assert found, f"no {etype} event in {[(e.type, e.trigger.text) for e in events]}"
    return found[0]


def _sides(ev: Event) -> tuple[list[str | None], list[str | None]]:
    return [a.code for a in ev.sources], [a.code for a in ev.targets]


def test_an_ethnic_group_takes_its_country_and_an_armed_one_its_sector(nlp: Language) -> None:
    ev = _one(_events(nlp, "Hutu militias killed hundreds of Tutsis in the village."), "ASSAULT")
    assert _sides(ev) == (["RWAREB"], ["RWACVL"])
    text = "Chinese authorities detained thousands of Uyghurs last year."
    ev = _one(_events(nlp, text), "COERCE")
    assert _sides(ev) == (["CHNGOV"], ["CHNCVL"])
    text = "Georgian officials denied reports that the South Ossetians had agreed to a ceasefire."
    ev = _one(_events(nlp, text), "REJECT")
    assert [a.code for a in ev.targets] == ["GEOCVL"]


def test_a_group_of_several_countries_takes_the_one_the_context_names(nlp: Language) -> None:
    # no country in the sentence or the article: the group's main country
    ev = _one(_events(nlp, "The Kurds accused Baghdad of betrayal."), "ACCUSE")
    assert [a.code for a in ev.sources] == ["IRQCVL"]
    # an article about Syria: the Kurds there
    text = (
        "Syrian troops entered Manbij on Monday. Damascus said Syria would restore order. "
        "The Kurds accused Turkey of betrayal."
    )
    ev = _one(_events(nlp, text), "ACCUSE")
    assert [a.code for a in ev.sources] == ["SYRCVL"]
    assert [a.code for a in ev.targets] == ["TUR"]


def test_the_people_of_a_region_are_its_countrys_civilians(nlp: Language) -> None:
    # Virginia and Iowa are US states: their people are US civilians
    text = "McAuliffe restored voting rights to 18,000 Virginians."
    ev = _one(_events(nlp, text), "CONCEDE")
    assert [a.code for a in ev.targets] == ["USACVL"]
    ev = _one(_events(nlp, "Hundreds of Iowans rallied against Trump."), "PROTEST")
    assert [a.code for a in ev.sources] == ["USACVL"]


def test_an_ethnic_adjective_on_a_thing_is_no_actor(nlp: Language) -> None:
    ev = _one(_events(nlp, "Turkish police arrested Kurdish journalists."), "COERCE")
    assert [a.code for a in ev.targets] == ["TURMED"]  # the journalists: media, in Turkey
    text = "The government criticized the Kurdish language curriculum."
    assert not any(a.code for e in _events(nlp, text) for a in e.targets)


def test_a_town_attacked_is_its_country(nlp: Language) -> None:
    ev = _one(_events(nlp, "Russian forces bombarded Mariupol."), "ASSAULT")
    assert _sides(ev) == (["RUSMIL"], ["UKR"])
    ev = _one(_events(nlp, "The shelling of Mariupol continued on Sunday."), "ASSAULT")
    assert [a.code for a in ev.targets] == ["UKR"]
    # a name the gazetteer knows as a town somewhere is no country when it is not attacked
    text = "Acting Circuit Judge Mary Day Coker sentenced Servance to 15 years in prison."
    ev = _one(_events(nlp, text), "SANCTION")
    assert [a.code for a in ev.targets] == [None]  # Servance is also a town in France


def test_a_target_hung_on_a_participle_of_the_object(nlp: Language) -> None:
    text = "The Security Council said it will not lift the sanctions imposed on Iraq."
    ev = _one(_events(nlp, text), "REJECT")
    assert [a.code for a in ev.targets] == ["IRQ"]
    text = "The United Nations lifted the sanctions imposed on Iran in 2015."
    ev = _one(_events(nlp, text), "CONCEDE")
    assert _sides(ev) == (["IGOUNO"], ["IRN"])
    text = "Prosecutors dropped an allegation made against the Iranian government."
    ev = _one(_events(nlp, text), "ACCUSE")
    assert [a.code for a in ev.targets] == ["IRNGOV"]


def test_the_ethnic_table_is_well_formed() -> None:
    table = _countries.ethnic_groups()
    assert table[("Tutsis",)] == ("RWA", "BDI")
    assert table[("South", "Ossetians")] == ("GEO",)
    assert all(h and all(len(c) == 3 and c.isupper() for c in h) for h in table.values())


def test_a_malformed_ethnic_table_line_names_the_file(monkeypatch: pytest.MonkeyPatch) -> None:
    from newsgraph import datafiles

    bad = (datafiles.Line(7, "Hutu\tRwanda"),)
    monkeypatch.setattr(datafiles, "lines", lambda name: bad)
    _countries.ethnic_groups.cache_clear()
    try:
        with pytest.raises(ResourceError, match="ethnic_groups.tsv"):
            _countries.ethnic_groups()
    finally:
        monkeypatch.undo()
        _countries.ethnic_groups.cache_clear()


def test_a_pronoun_takes_what_the_persons_own_phrase_says(nlp: Language) -> None:
    # nothing knows these people; the phrase they were named in places them
    text = (
        "The Ethiopian marathoner Feyisa Lilesa drew attention to the abuses when he "
        "criticized the government."
    )
    ev = _one(_events(nlp, text), "ACCUSE")
    assert [(a.span.text, a.code) for a in ev.sources] == [("he", "ETH")]
    text = "Iranian journalist Reza Valizadeh spoke to reporters. He accused the police of torture."
    ev = _one(_events(nlp, text), "ACCUSE")
    assert [(a.span.text, a.code) for a in ev.sources] == [("He", "IRNMED")]
