"""Actor coding: the built-in actor table with dated roles, titles/agents, the article's country.

Hand-built parses (no model): each test gives words, heads, dependencies and parts of speech,
the NER spans and the linked entities the upstream components would have produced."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from newsgraph import datafiles
from newsgraph.errors import ResourceError
from newsgraph.model import Entity, Quote, Span
from newsgraph.nlp._doc import register_extensions
from newsgraph.nlp.events._actors import ActorCoder
from newsgraph.nlp.events.actor_table import TABLES, builtin_table, pieces, read_table

register_extensions()
NLP = spacy.blank("en")
ACTORS_DIR = Path(__file__).parents[2] / "src/newsgraph/nlp/resources/events/actors"


def _doc(
    rows: list[tuple[str, int, str, str]],
    ents: list[tuple[int, int, str]] = (),  # type: ignore[assignment]
    entities: list[tuple[str, str, list[int], str | None]] = (),  # type: ignore[assignment]
    published: str | None = None,
) -> Doc:
    """rows: (word, head, dep, pos); ents: (start token, end token, label); entities: (name,
    type, token indices of its mentions, country)."""
    doc = Doc(
        NLP.vocab,
        words=[r[0] for r in rows],
        heads=[r[1] for r in rows],
        deps=[r[2] for r in rows],
        pos=[r[3] for r in rows],
        lemmas=[r[0].lower() for r in rows],
    )
    doc.ents = [SpacySpan(doc, s, e, label=lab) for s, e, lab in ents]
    records = []
    for k, (name, etype, idx, country) in enumerate(entities):
        mentions = [Span(doc[i].idx, doc[i].idx + len(doc[i]), doc[i].text) for i in idx]
        records.append(Entity(f"entity-{k}", name, etype, country=country, mentions=mentions))
    doc._.ng_entities = records
    doc._.ng_places = []
    doc._.ng_cache = {}
    doc._.ng_published = published
    return doc


CODER = ActorCoder([], [])


def _trump_clinton(published: str) -> Doc:
    # Trump attacked Clinton .   (the article named them "Donald Trump", "Hillary Clinton")
    rows = [
        ("Trump", 1, "nsubj", "PROPN"),
        ("attacked", 1, "ROOT", "VERB"),
        ("Clinton", 1, "dobj", "PROPN"),
        (".", 1, "punct", "PUNCT"),
    ]
    return _doc(
        rows,
        ents=[(0, 1, "PERSON"), (2, 3, "PERSON")],
        entities=[("Donald Trump", "PERSON", [0], None), ("Hillary Clinton", "PERSON", [2], None)],
        published=published,
    )


def test_table_roles_follow_the_publication_date() -> None:
    t = builtin_table()
    assert t.get("Trump").code_on("2016-05-01") == "USAPTY"  # candidate
    assert t.get("Trump").code_on("2018-03-01") == "USAGOV"
    assert t.get("Clinton").code_on("1998-06-01") == "USAGOV"  # Bill Clinton in office
    assert t.get("Clinton").code_on("2016-09-01") == "USAPTY"  # Hillary Clinton, candidate
    assert t.get("Hillary Clinton").code_on("2011-01-01") == "USAGOV"  # secretary of state
    assert t.get("Ted Cruz").code_on("2016-02-01") == "USALEG"  # a sitting senator stays LEG
    # names compare on letters and digits, accents dropped
    assert pieces("Mevlüt Çavuşoğlu") == ("mevlut", "cavusoglu")
    assert t.get("Mevlut Cavusoglu").code_on("2018-01-01") == "TURGOV"
    assert t.get("Bashar al-Assad").code_on("2015-01-01") == "SYRGOV"
    assert t.get("Bashar al-Assad").code_on("2025-06-01") == "SYRELI"  # fell in December 2024
    # a person by any of the names the article gives: middle initials and nicknames aside
    assert t.person_of(["Michael R. Pompeo", "Pompeo"]).code_on("2019-01-01") == "USAGOV"
    # ... but a surname beside another full name is that person's ("Mary Trump"), and a
    # one-word name only counts when the hand-written table vouches for it
    assert t.person_of(["Mary Trump", "Trump"]) is None
    assert t.person_of(["Trump"]).code_on("2019-01-01") == "USAGOV"
    assert t.person("Hammarskjold") is None and t.get("Hammarskjold") is not None  # Phoenix
    # Phoenix-derived rows: organisations keep their international codes
    assert t.get("United Nations").code_on(None) == "IGOUNO"
    assert t.get("NATO").code_on(None) == "IGOWSTNAT"


def test_people_are_coded_by_their_role_on_the_article_date() -> None:
    doc = _trump_clinton("2016-10-01")
    src = CODER.actor(doc, doc[0], "2016-10-01")
    tgt = CODER.actor(doc, doc[2], "2016-10-01")
    assert (src.code, src.country, src.sector) == ("USAPTY", "USA", "PTY")
    assert tgt.code == "USAPTY" and tgt.name == "Hillary Clinton"
    doc = _trump_clinton("2018-03-01")
    assert CODER.actor(doc, doc[0], "2018-03-01").code == "USAGOV"
    assert CODER.actor(doc, doc[2], "2018-03-01").code == "USAELI"  # a former office-holder
    # a person is looked up by the full name the article gives, never by a part of it:
    # "Mary Trump" is not Donald Trump
    doc = _doc(
        [("Trump", 1, "nsubj", "PROPN"), ("spoke", 1, "ROOT", "VERB")],
        ents=[(0, 1, "PERSON")],
        entities=[("Mary Trump", "PERSON", [0], None)],
    )
    assert CODER.actor(doc, doc[0], "2016-10-01").code is None


def _us_story(
    rows: list[tuple[str, int, str, str]],
    ents: list[tuple[int, int, str]],
    people: list[tuple[str, str, list[int], str | None]] = (),  # type: ignore[assignment]
) -> Doc:
    # the article says "Ohio" twice: its dominant country is the United States
    n = len(rows)
    rows = [*rows, ("Ohio", n - 1, "dep", "PROPN"), ("Ohio", n - 1, "dep", "PROPN")]
    ents = [*ents, (n, n + 1, "GPE"), (n + 1, n + 2, "GPE")]
    return _doc(rows, ents, [*people, ("Ohio", "GPE", [n, n + 1], "USA")], "2016-10-01")


def test_titles_and_parties_code_unknown_people() -> None:
    # Senator Smith said .
    doc = _us_story(
        [
            ("Senator", 1, "compound", "PROPN"),
            ("Smith", 2, "nsubj", "PROPN"),
            ("said", 2, "ROOT", "VERB"),
        ],
        [(1, 2, "PERSON")],
        [("Smith", "PERSON", [1], None)],
    )
    assert CODER.actor(doc, doc[1], "2016-10-01").code == "USALEG"
    # Republican Jones said .  ("Republican" names a US party)
    doc = _us_story(
        [
            ("Republican", 1, "amod", "ADJ"),
            ("Jones", 2, "nsubj", "PROPN"),
            ("said", 2, "ROOT", "VERB"),
        ],
        [],
    )
    assert CODER.actor(doc, doc[1], "2016-10-01").code == "USAPTY"
    # Gov. Brown said .  (a governor: sub-national government, still the country's GOV)
    doc = _us_story(
        [
            ("Gov.", 1, "compound", "PROPN"),
            ("Brown", 2, "nsubj", "PROPN"),
            ("said", 2, "ROOT", "VERB"),
        ],
        [],
    )
    assert CODER.actor(doc, doc[1], "2016-10-01").code == "USAGOV"


def _syria_story(head_word: str, pos: str = "NOUN", times: int = 2) -> Doc:
    # <head_word> attacked . Syria Syria   (the article is about Syria)
    rows = [
        (head_word, 1, "nsubj", pos),
        ("attacked", 1, "ROOT", "VERB"),
        (".", 1, "punct", "PUNCT"),
    ]
    rows += [("Syria", 1, "dep", "PROPN")] * times
    ents = [(3 + k, 4 + k, "GPE") for k in range(times)]
    entities = [("Syria", "GPE", [3 + k for k in range(times)], "SYR")] if times else []
    return _doc(rows, ents, entities, "2017-05-01")


def test_groups_take_the_articles_country_for_domestic_sectors() -> None:
    assert (
        CODER.actor(_syria_story("terrorists"), _syria_story("terrorists")[0], None).code
        is not None
    )
    doc = _syria_story("terrorists")
    assert CODER.actor(doc, doc[0], "2017-05-01").code == "SYRREB"
    doc = _syria_story("police")
    assert CODER.actor(doc, doc[0], "2017-05-01").code == "SYRCOP"
    # one mention is not enough to call the article Syrian: no guess, the bare sector stays
    # when Syria is named in another sentence ...
    rows = [
        ("officials", 1, "nsubj", "NOUN"),
        ("attacked", 1, "ROOT", "VERB"),
        (".", 1, "punct", "PUNCT"),
        ("Syria", 3, "ROOT", "PROPN"),
    ]
    doc = _doc(rows, [(3, 4, "GPE")], [("Syria", "GPE", [3], "SYR")], "2017-05-01")
    assert CODER.actor(doc, doc[0], "2017-05-01").code == "GOV"
    # ... but with no article country, the one country the actor's own sentence names
    doc = _syria_story("officials", times=1)
    assert CODER.actor(doc, doc[0], "2017-05-01").code == "SYRGOV"
    # ... but people on the scene (police, civilians, rebels) take the one country their own
    # sentence names
    doc = _syria_story("police", times=1)
    assert CODER.actor(doc, doc[0], "2017-05-01").code == "SYRCOP"
    # an international organisation never takes the article's country
    doc = _syria_story("UN", pos="PROPN")
    assert CODER.actor(doc, doc[0], "2017-05-01").code == "IGOUNO"


def test_transnational_groups_are_local_rebels_at_home_only() -> None:
    doc = _syria_story("ISIS", pos="PROPN")
    assert CODER.actor(doc, doc[0], "2017-05-01").code == "SYRREB"
    # ISIS attacked . France France
    rows = [
        ("ISIS", 1, "nsubj", "PROPN"),
        ("attacked", 1, "ROOT", "VERB"),
        (".", 1, "punct", "PUNCT"),
    ]
    rows += [("France", 1, "dep", "PROPN")] * 2
    doc = _doc(rows, [(3, 4, "GPE"), (4, 5, "GPE")], [("France", "GPE", [3, 4], "FRA")])
    assert CODER.actor(doc, doc[0], "2017-05-01").code == "IMGMUSISI"


def test_demonym_and_agent_still_code_without_the_table() -> None:
    # the Syrian army attacked .
    rows = [
        ("the", 2, "det", "DET"),
        ("Syrian", 2, "amod", "ADJ"),
        ("army", 3, "nsubj", "NOUN"),
        ("attacked", 3, "ROOT", "VERB"),
    ]
    doc = _doc(rows)
    assert CODER.actor(doc, doc[2], None).code == "SYRMIL"


def test_actor_tables_are_well_formed_and_small() -> None:
    for name in TABLES:
        path = ACTORS_DIR / name
        assert path.stat().st_size < 2_000_000, name
        head = path.read_text(encoding="utf-8").splitlines()[0]
        assert head.startswith("# Actor table:"), name
        table = read_table(datafiles.lines(f"events/actors/{name}"), name)
        assert len(table) > 150, name


def test_a_malformed_table_row_names_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "mine.tsv"
    bad.write_text("# mine\nAda Lovelace\tGBRGOV@1840-01-01..1850\n", encoding="utf-8")
    with pytest.raises(ResourceError, match=r"mine.tsv: line 2: malformed code"):
        read_table(datafiles.user_lines(bad), str(bad))


def test_first_person_in_a_quote_is_its_speaker() -> None:
    # I attacked him .   -- inside a quote whose speaker the article names Donald Trump
    rows = [
        ("I", 1, "nsubj", "PRON"),
        ("attacked", 1, "ROOT", "VERB"),
        ("him", 1, "dobj", "PRON"),
        (".", 1, "punct", "PUNCT"),
        ("Trump", 1, "dep", "PROPN"),
        ("Putin", 1, "dep", "PROPN"),
    ]
    doc = _doc(
        rows,
        ents=[(4, 5, "PERSON"), (5, 6, "PERSON")],
        entities=[("Donald Trump", "PERSON", [4], None), ("Vladimir Putin", "PERSON", [5], None)],
        published="2018-07-16",
    )
    doc._.ng_quotes = [
        Quote(
            "quote-1",
            "direct",
            Span(0, 16, doc.text[:16]),
            None,
            None,
            "entity-0",
            "Donald Trump",
            False,
            0,
            0.9,
            "t",
        )
    ]
    me = CODER.actor(doc, doc[0], "2018-07-16")
    assert (me.code, me.entity, me.name) == ("USAGOV", "entity-0", "Donald Trump")
    # nobody speaks outside a quote: no guess
    doc._.ng_quotes = []
    assert CODER.actor(doc, doc[0], "2018-07-16") is None


def test_a_place_inside_a_phrase_does_not_make_it_an_actor() -> None:
    # they discussed the situation in Aleppo .   ("Aleppo" is in the actor table as SYR)
    rows = [
        ("they", 1, "nsubj", "PRON"),
        ("discussed", 1, "ROOT", "VERB"),
        ("the", 3, "det", "DET"),
        ("situation", 1, "dobj", "NOUN"),
        ("in", 3, "prep", "ADP"),
        ("Aleppo", 4, "pobj", "PROPN"),
        (".", 1, "punct", "PUNCT"),
    ]
    doc = _doc(rows, ents=[(5, 6, "GPE")])
    assert CODER.actor(doc, doc[3], "2016-01-01") is None
    assert CODER.actor(doc, doc[5], "2016-01-01").code == "SYR"  # the city itself


def test_first_person_in_a_transcript_is_the_labelled_speaker() -> None:
    # TRUMP : I attacked Clinton .   (a debate transcript; the article names Donald Trump)
    rows = [
        ("TRUMP", 3, "dep", "PROPN"),
        (":", 3, "punct", "PUNCT"),
        ("I", 3, "nsubj", "PRON"),
        ("attacked", 3, "ROOT", "VERB"),
        ("Clinton", 3, "dobj", "PROPN"),
        (".", 3, "punct", "PUNCT"),
    ]
    doc = _doc(
        rows,
        ents=[(0, 1, "PERSON"), (4, 5, "PERSON")],
        entities=[("Donald Trump", "PERSON", [0], None), ("Hillary Clinton", "PERSON", [4], None)],
        published="2016-10-09",
    )
    doc._.ng_quotes = []
    me = CODER.actor(doc, doc[2], "2016-10-09")
    assert (me.code, me.name) == ("USAPTY", "Donald Trump")


def test_snipers_thugs_and_protests_are_agents() -> None:
    # snipers shot thugs at the protest  (no country named: bare sectors)
    rows = [
        ("snipers", 1, "nsubj", "NOUN"),
        ("shot", 1, "ROOT", "VERB"),
        ("thugs", 1, "dobj", "NOUN"),
        ("at", 1, "prep", "ADP"),
        ("the", 5, "det", "DET"),
        ("protests", 3, "pobj", "NOUN"),
    ]
    doc = _doc(rows)
    codes = [CODER.actor(doc, doc[i], None) for i in (0, 2, 5)]
    assert [a.code if a else None for a in codes] == ["MIL", "CRM", "CVL"]


def test_a_city_acting_is_its_government() -> None:
    # the city lifted the curfew in the town .
    rows = [
        ("the", 1, "det", "DET"),
        ("city", 2, "nsubj", "NOUN"),
        ("lifted", 2, "ROOT", "VERB"),
        ("the", 4, "det", "DET"),
        ("curfew", 2, "dobj", "NOUN"),
        ("in", 2, "prep", "ADP"),
        ("the", 7, "det", "DET"),
        ("town", 5, "pobj", "NOUN"),
    ]
    doc = _doc(rows)
    city = CODER.actor(doc, doc[1], None)
    assert city is not None and city.code == "GOV"
    assert CODER.actor(doc, doc[7], None) is None  # a place, not an actor


def test_past_office_holders_are_former_officials_of_their_country() -> None:
    from newsgraph.nlp.events.dictionaries import ActorEntry, DatedCode

    entry = ActorEntry(
        phrases=[("x",)],
        codes=[DatedCode("IRQGOV", "1979-07-16", "2003-04-09")],
    )
    assert entry.role_on("1998-01-01") == "IRQGOV"
    assert entry.role_on("2016-05-01") == "IRQELI"  # after the last role: a former official
    assert entry.role_on("1970-01-01") is None  # before any role: nothing known
    assert entry.code_on("2016-05-01") is None  # PETRARCH dictionaries keep their rule
    un = ActorEntry(phrases=[("y",)], codes=[DatedCode("IGOUNO", "1997-01-01", "2006-12-31")])
    assert un.role_on("2010-01-01") == "IGOUNO"


def test_earlier_office_holders_by_surname() -> None:
    table = builtin_table()

    def code(name: str, date: str | None) -> str | None:
        entry = table.person(name)
        return entry.role_on(date) if entry is not None else None

    assert code("Annan", None) == "IGOUNO"
    assert code("Bush", "1998-03-01") == "USAGOV"  # neither Bush in office: 1993-95 only
    assert code("Bush", "1994-03-01") == "USAELI"
    assert code("Bush", "2015-10-01") == "USAPTY"  # Jeb Bush running
    assert code("Yeltsin", "1996-05-01") == "RUSGOV"
    assert code("Netanyahu", "1998-01-01") == "ISRGOV"  # his first term


def test_a_possessive_pronoun_gives_its_owners_country() -> None:
    # the nation of Bangladesh said its troops would join
    rows = [
        ("the", 1, "det", "DET"),
        ("nation", 4, "nsubj", "NOUN"),
        ("of", 1, "prep", "ADP"),
        ("Bangladesh", 2, "pobj", "PROPN"),
        ("said", 4, "ROOT", "VERB"),
        ("its", 6, "poss", "PRON"),
        ("troops", 8, "nsubj", "NOUN"),
        ("would", 8, "aux", "AUX"),
        ("join", 4, "ccomp", "VERB"),
    ]
    doc = _doc(rows, [(3, 4, "GPE")])
    nation = CODER.actor(doc, doc[1], None)
    troops = CODER.actor(doc, doc[6], None)
    assert nation is not None and nation.code == "BGD"
    assert troops is not None and troops.code == "BGDMIL"


def test_a_place_inside_the_phrase_gives_the_country() -> None:
    from newsgraph.model import Place

    # a federal jury in Fort Worth convicted Webb
    rows = [
        ("a", 2, "det", "DET"),
        ("federal", 2, "amod", "ADJ"),
        ("jury", 6, "nsubj", "NOUN"),
        ("in", 2, "prep", "ADP"),
        ("Fort", 5, "compound", "PROPN"),
        ("Worth", 3, "pobj", "PROPN"),
        ("convicted", 6, "ROOT", "VERB"),
        ("Webb", 6, "dobj", "PROPN"),
    ]
    doc = _doc(rows, [(4, 6, "GPE")])
    start, end = doc[4].idx, doc[5].idx + len(doc[5])
    doc._.ng_places = [
        Place(
            "place-0",
            Span(start, end, "Fort Worth"),
            4691930,
            "Fort Worth",
            "city",
            "US",
            32.7,
            -97.3,
            False,
            0.9,
        )
    ]
    jury = CODER.actor(doc, doc[2], None)
    assert jury is not None and jury.code == "USAJUD"


def test_the_country_is_the_articles_country() -> None:
    # the country rejected it . Syria Syria   (the article is about Syria)
    rows = [
        ("the", 1, "det", "DET"),
        ("country", 2, "nsubj", "NOUN"),
        ("rejected", 2, "ROOT", "VERB"),
        ("it", 2, "dobj", "PRON"),
        (".", 2, "punct", "PUNCT"),
        ("Syria", 2, "dep", "PROPN"),
        ("Syria", 2, "dep", "PROPN"),
    ]
    doc = _doc(rows, [(5, 6, "GPE"), (6, 7, "GPE")], [("Syria", "GPE", [5, 6], "SYR")])
    country = CODER.actor(doc, doc[1], "2017-05-01")
    assert country is not None and country.code == "SYR"
    # "a country" is no particular one
    rows[0] = ("a", 1, "det", "DET")
    doc = _doc(rows, [(5, 6, "GPE"), (6, 7, "GPE")], [("Syria", "GPE", [5, 6], "SYR")])
    assert CODER.actor(doc, doc[1], "2017-05-01") is None


def test_the_alliance_is_the_organisation_named_last() -> None:
    # NATO met . the alliance agreed .
    rows = [
        ("NATO", 1, "nsubj", "PROPN"),
        ("met", 1, "ROOT", "VERB"),
        (".", 1, "punct", "PUNCT"),
        ("the", 4, "det", "DET"),
        ("alliance", 5, "nsubj", "NOUN"),
        ("agreed", 5, "ROOT", "VERB"),
    ]
    doc = _doc(rows, [(0, 1, "ORG")], [("NATO", "ORG", [0], None)])
    alliance = CODER.actor(doc, doc[4], "2016-05-01")
    assert alliance is not None and alliance.code == "IGOWSTNAT"
    # no organisation named before it: not coded
    doc = _doc(rows, [], [])
    alliance = CODER.actor(doc, doc[4], "2016-05-01")
    assert alliance is None or alliance.code is None


def test_a_title_does_not_revive_a_past_office() -> None:
    # Former President Bill Clinton said .   (in 2016: a former office-holder, not USAELIGOV)
    rows = [
        ("President", 2, "compound", "PROPN"),
        ("Bill", 2, "compound", "PROPN"),
        ("Clinton", 3, "nsubj", "PROPN"),
        ("said", 3, "ROOT", "VERB"),
    ]
    doc = _doc(rows, [(1, 3, "PERSON")], [("Bill Clinton", "PERSON", [2], None)], "2016-10-01")
    clinton = CODER.actor(doc, doc[2], "2016-10-01")
    assert clinton is not None and (clinton.code, clinton.sector) == ("USAELI", "ELI")
    # in office the title adds nothing: USAGOV
    doc = _doc(rows, [(1, 3, "PERSON")], [("Bill Clinton", "PERSON", [2], None)], "1998-10-01")
    assert CODER.actor(doc, doc[2], "1998-10-01").code == "USAGOV"


def _quote(start: int, end: int, text: str, speaker: str | None) -> Quote:
    return Quote(
        "quote-1",
        "direct",
        Span(start, end, text[start:end]),
        None,
        None,
        speaker,
        "Donald Trump",
        False,
        0,
        0.9,
        "t",
    )


def test_first_person_object_in_a_quote_is_its_speaker() -> None:
    # they attacked me .   -- inside a quote whose speaker the article names Donald Trump
    rows = [
        ("they", 1, "nsubj", "PRON"),
        ("attacked", 1, "ROOT", "VERB"),
        ("me", 1, "dobj", "PRON"),
        (".", 1, "punct", "PUNCT"),
        ("Trump", 1, "dep", "PROPN"),
    ]
    doc = _doc(rows, [(4, 5, "PERSON")], [("Donald Trump", "PERSON", [4], None)], "2018-07-16")
    doc._.ng_quotes = [_quote(0, 19, doc.text, "entity-0")]
    me = CODER.actor(doc, doc[2], "2018-07-16")
    assert me is not None and (me.code, me.entity) == ("USAGOV", "entity-0")
    doc._.ng_quotes = []  # no quote: nobody to stand for
    assert CODER.actor(doc, doc[2], "2018-07-16") is None


def test_in_quotes_counts_the_marks_of_the_paragraph() -> None:
    from newsgraph.nlp.events._actors import _in_quotes

    text = "He said: \"We won.\" Then\n\"I will win,\" he said. ''I won'' and “I lost” I"
    assert _in_quotes(text, text.index("We"))
    assert not _in_quotes(text, text.index("Then"))
    assert _in_quotes(text, text.index("I will"))  # the quote reopens the paragraph
    assert _in_quotes(text, text.index("I won"))  # the newspaper's two apostrophes
    assert _in_quotes(text, text.index("I lost"))
    assert not _in_quotes(text, len(text) - 1)


def test_a_quote_run_on_past_the_quote_finder_keeps_its_speaker() -> None:
    # " We won , " Trump said . \n " I attacked him . "   -- the finder took only the first part
    rows = [
        ('"', 1, "punct", "PUNCT"),
        ("We", 2, "nsubj", "PRON"),
        ("won", 6, "ccomp", "VERB"),
        (",", 2, "punct", "PUNCT"),
        ('"', 2, "punct", "PUNCT"),
        ("Trump", 6, "nsubj", "PROPN"),
        ("said", 6, "ROOT", "VERB"),
        (".", 6, "punct", "PUNCT"),
        ("\n", 7, "dep", "SPACE"),
        ('"', 10, "punct", "PUNCT"),
        ("I", 10, "nsubj", "PRON"),
        ("attacked", 10, "ROOT", "VERB"),
        ("him", 10, "dobj", "PRON"),
        (".", 10, "punct", "PUNCT"),
        ('"', 10, "punct", "PUNCT"),
    ]
    doc = _doc(rows, [(5, 6, "PERSON")], [("Donald Trump", "PERSON", [5], None)], "2018-07-16")
    first = doc.text.index("We")
    doc._.ng_quotes = [_quote(first, first + 6, doc.text, "entity-0")]
    me = CODER.actor(doc, doc[10], "2018-07-16")
    assert me is not None and (me.code, me.entity) == ("USAGOV", "entity-0")
    # the same words outside quotation marks are the writer's: no speaker
    doc = _doc(
        [r if r[0] != '"' else ("-", r[1], "punct", "PUNCT") for r in rows],
        [(5, 6, "PERSON")],
        [("Donald Trump", "PERSON", [5], None)],
        "2018-07-16",
    )
    doc._.ng_quotes = [_quote(first, first + 6, doc.text, "entity-0")]
    assert CODER.actor(doc, doc[10], "2018-07-16") is None


def test_aides_act_for_whom_they_belong_to() -> None:
    # Putin 's aides met aides to Trump .   (2018: both heads of state)
    rows = [
        ("Putin", 2, "poss", "PROPN"),
        ("'s", 0, "case", "PART"),
        ("aides", 3, "nsubj", "NOUN"),
        ("met", 3, "ROOT", "VERB"),
        ("aides", 3, "dobj", "NOUN"),
        ("to", 4, "prep", "ADP"),
        ("Trump", 5, "pobj", "PROPN"),
        (".", 3, "punct", "PUNCT"),
    ]
    doc = _doc(
        rows,
        [(0, 1, "PERSON"), (6, 7, "PERSON")],
        [("Vladimir Putin", "PERSON", [0], None), ("Donald Trump", "PERSON", [6], None)],
        "2018-07-16",
    )
    theirs = CODER.actor(doc, doc[2], "2018-07-16")
    ours = CODER.actor(doc, doc[4], "2018-07-16")
    assert theirs is not None and theirs.code == "RUSGOV"
    assert ours is not None and ours.code == "USAGOV"
    # aides of nobody named are nobody's
    rows = [("aides", 1, "nsubj", "NOUN"), ("met", 1, "ROOT", "VERB"), (".", 1, "punct", "PUNCT")]
    assert CODER.actor(_doc(rows), _doc(rows)[0], "2018-07-16") is None


def test_the_kingdom_is_the_monarchy_the_story_is_about() -> None:
    # the kingdom denied it . X X   (X: the country the article is about)
    def story(name: str, iso: str) -> Doc:
        rows = [
            ("the", 1, "det", "DET"),
            ("kingdom", 2, "nsubj", "NOUN"),
            ("denied", 2, "ROOT", "VERB"),
            ("it", 2, "dobj", "PRON"),
            (".", 2, "punct", "PUNCT"),
            (name, 2, "dep", "PROPN"),
            (name, 2, "dep", "PROPN"),
        ]
        return _doc(rows, [(5, 6, "GPE"), (6, 7, "GPE")], [(name, "GPE", [5, 6], iso)])

    saudi = CODER.actor(story("Riyadh", "SAU"), story("Riyadh", "SAU")[1], "2016-05-19")
    assert saudi is not None and saudi.code == "SAU"
    # a republic is not "the kingdom"
    doc = story("Ohio", "USA")
    assert CODER.actor(doc, doc[1], "2016-05-19") is None
    # Saudis gave . the kingdom denied it . Ohio Ohio   (a US story: the monarchy named last)
    rows = [
        ("Saudis", 1, "nsubj", "PROPN"),
        ("gave", 1, "ROOT", "VERB"),
        (".", 1, "punct", "PUNCT"),
        ("the", 4, "det", "DET"),
        ("kingdom", 5, "nsubj", "NOUN"),
        ("denied", 5, "ROOT", "VERB"),
        (".", 5, "punct", "PUNCT"),
    ]
    doc = _us_story(rows, [(0, 1, "NORP")], [("Saudi Arabia", "NORP", [0], "SAU")])
    kingdom = CODER.actor(doc, doc[4], "2016-05-19")
    assert kingdom is not None and kingdom.code == "SAU"


def test_more_agents_code_common_nouns() -> None:
    # environmentalists welcomed it ; executives , employees , the executive council
    for word, sector in (
        ("environmentalists", "ENV"),
        ("executives", "BUS"),
        ("employees", "LAB"),
        ("immigrants", "CVL"),
    ):
        rows = [
            (word, 1, "nsubj", "NOUN"),
            ("welcomed", 1, "ROOT", "VERB"),
            ("it", 1, "dobj", "PRON"),
            (".", 1, "punct", "PUNCT"),
        ]
        doc = _us_story(rows, [])
        a = CODER.actor(doc, doc[0], "2016-10-01")
        assert a is not None and a.code == "USA" + sector, word
    # "executive" as a modifier is no business: "the executive council" is a council
    rows = [
        ("the", 2, "det", "DET"),
        ("executive", 2, "amod", "ADJ"),
        ("council", 3, "nsubj", "NOUN"),
        ("welcomed", 3, "ROOT", "VERB"),
    ]
    doc = _us_story(rows, [])
    a = CODER.actor(doc, doc[2], "2016-10-01")
    assert a is None or "BUS" not in (a.code or "")


def test_a_tagged_name_with_no_linked_entity_takes_the_articles_country() -> None:
    # Braynard declined .   (PERSON to the tagger, no entity record; a US story)
    rows = [
        ("Braynard", 1, "nsubj", "PROPN"),
        ("declined", 1, "ROOT", "VERB"),
        (".", 1, "punct", "PUNCT"),
    ]
    doc = _us_story(rows, [(0, 1, "PERSON")])
    a = CODER.actor(doc, doc[0], "2016-10-01")
    assert a is not None and (a.code, a.entity) == ("USA", None)
    # untagged, it stays a bare name
    doc = _us_story(rows, [])
    a = CODER.actor(doc, doc[0], "2016-10-01")
    assert a is None or a.code is None


def test_answers_of_an_interview_are_the_person_it_names_most() -> None:
    # Q : Biden ? \n A : I backed Clinton .   (an interview; Biden named twice, Clinton once)
    rows = [
        ("Q", 2, "dep", "PROPN"),
        (":", 2, "punct", "PUNCT"),
        ("Biden", 2, "ROOT", "PROPN"),
        ("?", 2, "punct", "PUNCT"),
        ("\n", 3, "dep", "SPACE"),
        ("A", 8, "dep", "PROPN"),
        (":", 8, "punct", "PUNCT"),
        ("I", 8, "nsubj", "PRON"),
        ("backed", 8, "ROOT", "VERB"),
        ("Clinton", 8, "dobj", "PROPN"),
        ("Biden", 8, "dep", "PROPN"),
    ]
    people = [("Joe Biden", "PERSON", [2, 10], None), ("Hillary Clinton", "PERSON", [9], None)]
    doc = _doc(
        rows, [(2, 3, "PERSON"), (9, 10, "PERSON"), (10, 11, "PERSON")], people, "2016-02-19"
    )
    doc._.ng_quotes = []
    me = CODER.actor(doc, doc[7], "2016-02-19")
    assert me is not None and (me.code, me.name) == ("USAGOV", "Joe Biden")
    # without a "Q:" the label "A" is no interview's answer
    rows[0] = ("So", 2, "dep", "ADV")
    doc = _doc(
        rows, [(2, 3, "PERSON"), (9, 10, "PERSON"), (10, 11, "PERSON")], people, "2016-02-19"
    )
    doc._.ng_quotes = []
    assert CODER.actor(doc, doc[7], "2016-02-19") is None


def test_a_dateline_outweighs_streets_and_a_misread_town() -> None:
    from newsgraph.model import Place

    # ARLINGTON : Titan Titan Titan on Cooper Street and Green Oaks Boulevard Arlington
    # (the gazetteer read the company "Titan" as a town in Afghanistan, and placed the streets
    # there too; the dateline and the town say Texas)
    words = "ARLINGTON : Titan Titan Titan Cooper Green Arlington".split()
    rows = [(w, 0, "dep", "PROPN") for w in words]
    doc = _doc(rows)

    def place(i: int, cc: str, feature: str, rule: str = "gazetteer") -> Place:
        tok = doc[i]
        return Place(
            f"place-{i}",
            Span(tok.idx, tok.idx + len(tok), tok.text),
            1,
            tok.text,
            feature,
            cc,
            0.0,
            0.0,
            False,
            0.9,
            rule=rule,
        )

    doc._.ng_places = [
        place(0, "US", "city", "dateline:gazetteer"),
        place(2, "AF", "city"),
        place(3, "AF", "city"),
        place(4, "AF", "city"),
        place(5, "AF", "other"),
        place(6, "AF", "other"),
        place(7, "US", "city"),
    ]
    assert ActorCoder([], []).dominant_country(doc, None) == "USA"
