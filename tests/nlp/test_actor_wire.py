"""Actors of wire-style sentences coded alone (the eighth session's rules): who made the attack
or raid a passive happened in, the ambassador summoned, a meeting's venue, children attacked or
seized; and the hand-written actor probe file's loader. Sentences written for these tests;
expected codes worked out by hand before running the coder (each failed on the old code)."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from newsgraph.eval.actor_probes import DEFAULT, ProbeFileError, load_probes, scored_pair
from tests.nlp._docs import coded_events as _events
from tests.nlp._docs import one_event as _one


@pytest.mark.model
def test_a_passive_with_no_agent_takes_who_made_the_attack_or_raid(nlp: Language) -> None:
    # the old coder left these events with no source at all
    ev = _one(_events(nlp, "Three soldiers were killed in a Taliban attack on Sunday."), "ASSAULT")
    assert [a.span.text for a in ev.sources] == ["Taliban"]
    assert ev.sources[0].country == "AFG"
    ev = _one(_events(nlp, "Five men were arrested in a police raid in Karachi."), "COERCE")
    assert [a.code for a in ev.sources] == ["PAKCOP"]
    text = "Two policemen were wounded in an attack by militants in Peshawar."
    ev = _one(_events(nlp, text), "ASSAULT")
    assert [a.code for a in ev.sources] == ["PAKREB"]
    # an adjective that names no one is no source ("a deadly attack")
    ev = _one(_events(nlp, "Two people were killed in a deadly attack in Baghdad."), "ASSAULT")
    assert ev.sources == []


@pytest.mark.model
def test_the_ambassador_summoned_is_the_target_as_his_government(nlp: Language) -> None:
    # old: no target ("the Turkish ambassador"), and RUS for "the ambassador of Russia"
    ev = _one(_events(nlp, "Egypt summoned the Turkish ambassador."), "ACCUSE")
    assert [a.code for a in ev.targets] == ["TURGOV"]
    ev = _one(_events(nlp, "The ministry summoned the ambassador of Russia."), "ACCUSE")
    assert [a.code for a in ev.targets] == ["RUSGOV"]


@pytest.mark.model
def test_a_meetings_venue_is_no_participants_country(nlp: Language) -> None:
    # old: TURGOV and CHNGOV from the venue alone
    ev = _one(_events(nlp, "The foreign ministers held talks in Ankara on Monday."), "CONSULT")
    assert [a.code for a in ev.sources] == ["GOV"]
    ev = _one(_events(nlp, "The two leaders met in Beijing to discuss trade."), "CONSULT")
    assert [a.code for a in ev.sources] == ["GOV"]
    # a place that is not a meeting's venue still places its sentence's actors
    ev = _one(_events(nlp, "The police arrested two men in Ankara."), "COERCE")
    assert [a.code for a in ev.sources] == ["TURCOP"]


@pytest.mark.model
def test_children_attacked_or_seized_are_civilians(nlp: Language) -> None:
    # old: schoolchildren uncoded (children are no agent since "the children fought over
    # the last slice of cake")
    text = "Gunmen kidnapped 20 schoolgirls in Zamfara state."
    ev = _one(_events(nlp, text), "ASSAULT")
    assert [a.code for a in ev.targets] == ["NGACVL"]
    text = "Israeli soldiers killed a Palestinian boy near Hebron."
    ev = _one(_events(nlp, text), "ASSAULT")
    assert [a.code for a in ev.targets] == ["PSECVL"]
    assert not _events(nlp, "The children fought over the last slice of cake.")


def test_probe_file_loads_split_by_id_hash() -> None:
    probes = load_probes(DEFAULT)
    assert len(probes) == 100
    # its own folder: the events gate hashes tests/data/events/ whole
    assert DEFAULT.parent.name == "actor_probes"
    assert {p.split for p in probes} == {"tune", "check"}
    first = probes[0]
    assert (first.id, first.source_code, first.target_code) == ("ap-001", "JPNGOV", "INDGOV")
    # the scored event: the first of the gold type, else the first; none: nothing coded
    assert scored_pair(first, [("ACCUSE", "A", "B"), ("CONSULT", "JPN", "IND")]) == ("JPN", "IND")
    assert scored_pair(first, [("ACCUSE", "A", "B")]) == ("A", "B")
    assert scored_pair(first, []) is None


def test_probe_file_errors_name_the_line(tmp_path: Path) -> None:
    bad = tmp_path / "probes.tsv"
    bad.write_text("# header\nap-001\ttune\tCONSULT\tX\tJPN\n", encoding="utf-8")
    with pytest.raises(ProbeFileError, match="line 2: expected 8"):
        load_probes(bad)
    # ap-001 is a tune id: a row that claims otherwise is refused
    row = "ap-001\tcheck\tCONSULT\tJapan\tJPN\t\t\tJapan met India.\n"
    bad.write_text(row, encoding="utf-8")
    with pytest.raises(ProbeFileError, match="ap-001 belongs to tune"):
        load_probes(bad)


@pytest.mark.model
def test_a_refusing_stance_is_aimed_at_the_object_of_its_infinitive(nlp: Language) -> None:
    # old: no target (the adjective's roles only read its own prepositions)
    text = "The rebels said they were unwilling to negotiate with the Malian government."
    ev = _one(_events(nlp, text), "REJECT")
    assert [a.code for a in ev.targets] == ["MLIGOV"]
    text = "Paul Ryan says he is not ready to support Donald Trump."
    ev = _one(_events(nlp, text, "2016-05-06"), "REJECT")
    assert [a.span.text for a in ev.targets] == ["Donald Trump"]
    assert ev.targets[0].code == "USAPTY"


@pytest.mark.model
def test_armed_groups_since_2014_are_placed_and_so_are_whom_they_attack(nlp: Language) -> None:
    # old: "the Wagner group" was an uncoded "group"; JNIM and ISWAP unknown; the soldiers
    # they attack had no country
    text = "The Wagner group withdrew its fighters from Bakhmut."
    ev = _one(_events(nlp, text), "RETREAT")
    assert [a.code for a in ev.sources] == ["RUSMIL"]
    ev = _one(_events(nlp, "ISWAP fighters killed ten soldiers in an ambush."), "ASSAULT")
    assert [a.code for a in ev.sources] == ["NGAREB"]
    assert [a.code for a in ev.targets] == ["NGAMIL"]
    text = "JNIM fighters attacked an army base, killing 20 soldiers."
    ev = _one(_events(nlp, text), "ASSAULT")
    assert [a.code for a in ev.targets] == ["MLIMIL"]


@pytest.mark.model
def test_a_country_named_only_as_the_other_side_is_not_this_sides(nlp: Language) -> None:
    # old: the minister was Japanese (JPNGOV) for criticising Japan; the people killed in
    # Gaza had no country (Israel and Gaza both named) and those in Kharkiv were Russian
    ev = _one(_events(nlp, "The foreign minister criticized Japan."), "ACCUSE")
    assert [a.code for a in ev.sources] == ["GOV"]
    events = _events(nlp, "Israeli air strikes killed ten people in Gaza.")
    ev = next(e for e in events if e.trigger.text == "killed")
    assert [a.code for a in ev.targets] == ["PSECVL"]
    ev = _one(_events(nlp, "Russian forces killed five civilians in Kharkiv."), "ASSAULT")
    assert [a.code for a in ev.targets] == ["UKRCVL"]
    # a target keeps the source's country when the sentence names no other
    ev = _one(_events(nlp, "Syrian troops killed 20 civilians."), "ASSAULT")
    assert [a.code for a in ev.targets] == ["SYRCVL"]


@pytest.mark.model
def test_his_country_is_the_owners_and_a_junta_governs(nlp: Language) -> None:
    # old: "his country" uncoded (France and Iraq both named); "the junta in Niger" no actor
    text = (
        "After meeting the Iraqi president, the French foreign minister said his country "
        "would send more aid."
    )
    ev = next(e for e in _events(nlp, text) if e.trigger.text.startswith("send"))
    assert [a.code for a in ev.sources] == ["FRA"]
    ev = _one(_events(nlp, "The junta in Niger arrested the deposed president."), "COERCE")
    assert [a.code for a in ev.sources] == ["NERGOV"]


@pytest.mark.model
def test_the_captives_released_are_the_target(nlp: Language) -> None:
    # old: no target (the pattern's own word was never a RETREAT's target)
    ev = _one(_events(nlp, "Hamas released 20 Israeli hostages."), "RETREAT")
    assert [a.code for a in ev.targets] == ["ISRCVL"]
    # an exchange stays between its two sides
    ev = _one(_events(nlp, "Russia and Ukraine exchanged prisoners."), "RETREAT")
    assert [a.code for a in ev.sources] == ["RUS"]
    assert [a.code for a in ev.targets] == ["UKR"]


@pytest.mark.model
def test_heads_of_state_by_title_are_government(nlp: Language) -> None:
    # old: DEU and SAU with no sector (Phoenix's CHANCELLOR and CROWN_PRINCE were missing)
    text = "Germany's chancellor urged Beijing to use its influence on Moscow."
    ev = _one(_events(nlp, text), "REQUEST")
    assert [a.code for a in ev.sources] == ["DEUGOV"]
    text = "The Saudi crown prince received the Iraqi prime minister in Riyadh."
    ev = _one(_events(nlp, text), "CONSULT")
    assert [a.code for a in ev.sources] == ["SAUGOV"]


def test_probe_scorer_names_a_missing_file_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from newsgraph.eval.actor_probes import main

    missing = tmp_path / "nope.tsv"
    assert main([str(missing)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "nope.tsv" in err[0]
