"""Headline truecasing (newsgraph.nlp.truecase, ``newsgraph train truecase``)."""

from __future__ import annotations

import csv
import gzip
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsgraph.nlp.truecase import ORIGINAL_KEY, line_kind, truecase
from tests.test_end_to_end import _spans


def test_title_case_headlines_lowercase_common_words() -> None:
    assert truecase("Ken Blackwell Endorses Ted Cruz") == "Ken Blackwell endorses Ted Cruz"
    assert (
        truecase("Police Arrest Two Men After Protest in Lagos")
        == "Police arrest two men after protest in Lagos"
    )
    # a headline line inside a text: only that line changes
    text = "U.S. Strikes Kill 20 Militants in Syria\n\nThe strikes hit a camp."
    assert truecase(text) == "U.S. strikes kill 20 militants in Syria\n\nThe strikes hit a camp."


def test_all_caps_line_keeps_acronyms_and_unknown_words() -> None:
    # ICE is an acronym of the table; BAY is not a lowercase word (Bay Area, Tampa Bay)
    assert truecase("ICE ARRESTS OVER 150 IN BAY AREA") == "ICE arrests over 150 in BAY area"
    assert truecase("POLICE ARREST TWO MEN") == "Police arrest two men"


def test_prose_starting_with_names_is_not_touched() -> None:
    for line in (
        "Donald Trump said on Tuesday that he would visit Mexico.",
        "Hillary Clinton gets testy on campaign trail.",
        "He now has 568. Ted Cruz has 370 delegates, Marco Rubio has 163 and John Kasich has 63.",
        "Barack Obama",
        "Crews closed Cabin Creek Road and Paint Creek Road near St. Clair Twp.",
    ):
        assert line_kind(line) is None, line
        assert truecase(line) is None, line


def test_line_kinds() -> None:
    assert line_kind("Wash Post Fact-Check: If Obama Says It, It’s True.") == "title"
    assert line_kind("Schlafly’s Final Column Explains Why She Sees Reagan-like Qualities") == (
        "title"
    )
    assert line_kind("5. TALIBAN CLOSING RANKS AROUND NEW LEADER.") == "caps"
    assert line_kind("DALLAS (AP) — Democratic presidential candidate Martin O’Malley is") is None


def test_non_ascii_letters_keep_length() -> None:
    # "ß" has no single-letter capital, "İ" lowercases to two characters: both stay
    line = "Straße Protest Turns Violent in İstanbul"
    out = truecase(line)
    assert out == "Straße protest turns violent in İstanbul"
    assert out is not None and len(out) == len(line)
    table = frozenset({"protesters", "İNVADE".lower(), "square"})
    out = truecase("PROTESTERS İNVADE SQUARE", lowercase=table, acronyms=frozenset())
    assert out == "Protesters İnvade square"
    assert len(out) == len("PROTESTERS İNVADE SQUARE")


def test_only_case_changes() -> None:
    text = "Ken Blackwell Endorses Ted Cruz\r\nICE ARRESTS OVER 150 IN BAY AREA\nplain text."
    out = truecase(text)
    assert out is not None and len(out) == len(text)
    assert out.lower() == text.lower()
    assert out.splitlines()[2] == "plain text."


def _fixture_shared(root: Path) -> Path:
    """A tiny ../shared: two synthetic stories and one PolNeAR train text."""
    synth = root / "data/events/synthetic"
    synth.mkdir(parents=True)
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["disclaimer", "text", "title", "source", "prompt", "label", "mode"])
    body = (
        "Officials said the police arrested the men. The police arrested them again, "
        "and Lagos police arrested more men on Sunday. Later the police arrested everyone."
    )
    w.writerow(["x", body, "Police Arrest Men", "r", "p", "COERCE", "arrest"])
    nato = "Reporters said the NATO summit met. The NATO summit ended."
    w.writerow(["x", nato, "t", "", "", "", ""])
    with gzip.open(synth / "ngec_synthetic_plover_stories.csv.gz", "wt", encoding="utf-8") as fh:
        fh.write(buf.getvalue())
    pol = root / "data/polnear/train/text"
    pol.mkdir(parents=True)
    (pol / "x_2016-01-01_a.txt").write_text(
        "Police Arrest Men Headline\n\nThe Lagos team met the Lagos mayor. The Lagos men met.\n"
    )
    # a gold text: if it were read, "summit" would reach 3 lowercase sightings
    (pol / "y_2016-01-02_b.txt").write_text("They said the summit began.\n")
    return root


def test_train_command_on_fixture_corpus(tmp_path: Path) -> None:
    from newsgraph.cli import app

    shared = _fixture_shared(tmp_path / "shared")
    out = tmp_path / "tables"
    gold = tmp_path / "gold"
    gold.mkdir()
    row = "ev-1\tcheck\tpolnear\tdata/polnear/train/text/y_2016-01-02_b.txt\n"
    (gold / "gold.tsv").write_text(row)
    args = ["train", "truecase", str(shared), "--out", str(out), "--gold", str(gold)]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    lower = (out / "lowercase.txt").read_text().split("\n")
    # inner sightings: police 4 lowercase, arrested 4, men 3, summit 2 (< 3), Lagos 0 lowercase
    assert "police" in lower and "arrested" in lower and "men" in lower
    assert "summit" not in lower and "lagos" not in lower
    assert "arrest" not in lower  # seen only in the (title-case) headlines, not counted
    assert "policing" in lower and "policed" in lower  # unseen inflections of "police"
    acronyms = (out / "acronyms.txt").read_text().split("\n")
    assert "NATO" not in acronyms  # 2 sightings, below the minimum of 3
    meta = json.loads((out / "meta.json").read_text())
    assert meta["texts"] == {"ngec_synthetic": 2, "polnear_train": 1}
    assert meta["excluded_gold_texts"] == 1  # y_..._b is named by the gold: not read
    assert meta["min_count"] == 3 and meta["threshold"] == 0.9


def test_train_command_missing_folder(tmp_path: Path) -> None:
    from newsgraph.cli import app

    result = CliRunner().invoke(app, ["train", "truecase", str(tmp_path / "nowhere")])
    assert result.exit_code == 2
    # one line naming the path the user gave (ux31: not a path under it)
    assert "nowhere: does not exist" in result.output
    assert "Traceback" not in result.output and result.output.count("\n") == 1


# --- the pipeline hook (loads the model) ---

HEADLINE_ARTICLE = (
    "Police Arrest Two Men After Protest in Lagos\n\n"
    "Police in Lagos arrested two men on Sunday after a protest over fuel prices, "
    '"We will not tolerate violence," the police spokesman Benjamin Hundeyin said.\n'
)


@pytest.mark.model
def test_headline_event_place_and_offsets(nlp) -> None:  # type: ignore[no-untyped-def]
    from newsgraph.api import to_article
    from newsgraph.ingest.records import RawArticle

    doc = nlp.make_doc(HEADLINE_ARTICLE)
    assert doc.user_data.get(ORIGINAL_KEY) == HEADLINE_ARTICLE
    doc._.ng_published = "2020-01-01"
    doc = nlp(doc)
    assert doc.text == HEADLINE_ARTICLE
    assert ORIGINAL_KEY not in doc.user_data
    assert [t.text for t in doc[:3]] == ["Police", "Arrest", "Two"]
    head = [e for e in doc._.ng_events if e.trigger.end <= 44]
    assert [(e.type, e.trigger.text) for e in head] == [("COERCE", "Arrest")]
    assert "arrest" in (head[0].mode or "")
    assert any(p.span.text == "Lagos" and p.span.start == 39 for p in doc._.ng_places)
    art = to_article(RawArticle(text=HEADLINE_ARTICLE), doc, "2020-01-01").to_dict()
    n = 0
    for kind in ("entities", "quotes", "events", "places", "times"):
        for span in _spans(art[kind]):
            assert HEADLINE_ARTICLE[span["start"] : span["end"]] == span["text"], (kind, span)
            n += 1
    assert n > 10


@pytest.mark.model
def test_texts_without_title_lines_are_untouched(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Police in Lagos arrested two men on Sunday.\n\nThe men were released later."
    doc = nlp.make_doc(text)
    assert ORIGINAL_KEY not in doc.user_data
    assert nlp(text).text == text
    tok = nlp.tokenizer
    headline = "Ken Blackwell Endorses Ted Cruz\n\nHe spoke in Ohio."
    try:
        tok.truecase = False
        off = nlp(headline)
    finally:
        tok.truecase = True
    on = nlp(headline)
    assert off.text == on.text == headline
    # off: the title-case line is read as one long name, no verb and no event
    assert [t.tag_ for t in off[:5]] == ["NNP"] * 5
    assert not [e for e in off._.ng_events if e.trigger.end <= 31]
    # on: the same characters, parsed as the sentence it is
    assert [t.text for t in on[:5]] == ["Ken", "Blackwell", "Endorses", "Ted", "Cruz"]
    assert on[2].tag_ == "VBZ" and on[2].dep_ == "ROOT" and on[2].lemma_ == "endorse"
    assert [(e.type, e.trigger.text) for e in on._.ng_events if e.trigger.end <= 31] == [
        ("SUPPORT", "Endorses")
    ]
    # the body after the headline is parsed as before
    assert [(t.tag_, t.dep_, t.ent_type_) for t in on[6:]] == [
        (t.tag_, t.dep_, t.ent_type_) for t in off[6:]
    ]


@pytest.mark.model
def test_inferred_publication_date_survives_truecasing(nlp) -> None:  # type: ignore[no-untyped-def]
    """The caller's "publication date was inferred" flag and the article id are no fact of the
    parse: rebuilding a truecased doc over its original text keeps them (it used to restart the
    per-doc cache with the text alone, so a Title Case headline turned the times' anchor from
    "inferred" into "published")."""
    from newsgraph.nlp._doc import _CACHE_KEY

    body = "DAMASCUS, March 12, 2015 -- Rebels seized the town on Monday."
    anchors = {}
    for headline in ("Rebels Seize Town In The North", "Rebels seize town in the north"):
        text = f"{headline}\n\n{body}"
        doc = nlp.make_doc(text)
        doc.user_data[_CACHE_KEY]["published_inferred"] = True
        doc._.ng_published = "2015-03-12"
        doc = nlp(doc)
        assert doc.text == text
        assert doc.user_data[_CACHE_KEY].get("published_inferred") is True
        monday = [t for t in doc._.ng_times if t.span.text == "Monday"]
        assert [t.value for t in monday] == ["2015-03-09"]  # the Monday before March 12, 2015
        anchors[headline] = monday[0].anchor
    assert set(anchors.values()) == {"inferred"}
