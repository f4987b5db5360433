"""The PLOVER event coder: hand-built parses (fast) and the seed article (model)."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc
from spacy.tokens import Span as TokenSpan

from newsgraph.errors import ResourceError
from newsgraph.model import Quote, Span
from newsgraph.nlp.events._patterns import goldstein_of, load_patterns, parse_patterns
from newsgraph.nlp.events.component import EventCoder

NLP = spacy.blank("en")


def _doc(rows: list[tuple[str, int, str, str, str]]) -> Doc:
    """Rows of (word, head index, dep, pos, lemma)."""
    words = [r[0] for r in rows]
    spaces = [
        i + 1 < len(rows) and rows[i + 1][3] != "PUNCT" and rows[i + 1][0] != "'s"
        for i in range(len(rows))
    ]
    return Doc(
        NLP.vocab,
        words=words,
        spaces=spaces,
        heads=[r[1] for r in rows],
        deps=[r[2] for r in rows],
        pos=[r[3] for r in rows],
        lemmas=[r[4] for r in rows],
    )


def _support_doc() -> Doc:
    # Turkey 's support for Hamas angered the Syrian government .
    return _doc(
        [
            ("Turkey", 2, "poss", "PROPN", "Turkey"),
            ("'s", 0, "case", "PART", "'s"),
            ("support", 5, "nsubj", "NOUN", "support"),
            ("for", 2, "prep", "ADP", "for"),
            ("Hamas", 3, "pobj", "PROPN", "Hamas"),
            ("angered", 5, "ROOT", "VERB", "anger"),
            ("the", 8, "det", "DET", "the"),
            ("Syrian", 8, "amod", "ADJ", "syrian"),
            ("government", 5, "dobj", "NOUN", "government"),
            (".", 5, "punct", "PUNCT", "."),
        ]
    )


def _meet_doc(neg: bool) -> Doc:
    # Iran and the Syrian army did (not) meet with militants .
    m = 7 if neg else 6  # index of "meet"
    rows = [
        ("Iran", m, "nsubj", "PROPN", "Iran"),
        ("and", 0, "cc", "CCONJ", "and"),
        ("the", 4, "det", "DET", "the"),
        ("Syrian", 4, "amod", "ADJ", "syrian"),
        ("army", 0, "conj", "NOUN", "army"),
    ]
    if neg:
        rows += [("did", m, "aux", "AUX", "do"), ("not", m, "neg", "PART", "not")]
    else:
        rows += [("will", m, "aux", "AUX", "will")]
    rows += [
        ("meet", m, "ROOT", "VERB", "meet"),
        ("with", m, "prep", "ADP", "with"),
        ("militants", m + 1, "pobj", "NOUN", "militant"),
        (".", m, "punct", "PUNCT", "."),
    ]
    doc = _doc(rows)
    # the entities the small model tags here: Iran a place, "Syrian" a nationality (two
    # countries in the sentence, so the militants take neither)
    doc.ents = [TokenSpan(doc, 0, 1, "GPE"), TokenSpan(doc, 3, 4, "NORP")]
    return doc


def test_possessive_source_and_for_target() -> None:
    doc = EventCoder()(_support_doc())
    (ev,) = [e for e in doc._.ng_events if e.type == "SUPPORT"]
    assert ev.trigger.text == "support" and ev.rule == "support.n_support"
    assert [a.span.text for a in ev.sources] == ["Turkey"] and ev.sources[0].code == "TUR"
    assert [a.span.text for a in ev.targets] == ["Hamas"]
    assert ev.cameo == "050" and ev.quad == 1 and ev.goldstein == 3.5
    assert ev.id.startswith("event-") and ev.sentence == 0
    assert doc.text[ev.trigger.start : ev.trigger.end] == ev.trigger.text


def test_coordinated_reciprocal_actors_and_agents() -> None:
    doc = EventCoder()(_meet_doc(neg=False))
    (ev,) = doc._.ng_events
    # PLOVER: a meeting announced for the future is an intention to meet (AGREE, CAMEO 036)
    assert ev.type == "AGREE" and ev.rule == "consult.meet.intent" and ev.cameo == "036"
    assert [a.code for a in ev.sources] == ["IRN", "SYRMIL"]  # "the Syrian army" -> SYRMIL
    assert [a.code for a in ev.targets] == ["REB"]  # "militants" -> REB
    assert ev.hypothetical and not ev.negated  # "will meet"


def test_negation() -> None:
    (ev,) = EventCoder()(_meet_doc(neg=True))._.ng_events
    assert ev.negated and not ev.hypothetical


def test_reported_by_quote_covering_the_trigger() -> None:
    doc = _support_doc()
    doc._.ng_quotes = [
        Quote(
            "quote-1",
            "indirect",
            Span(0, 24, doc.text[:24]),
            None,
            None,
            None,
            None,
            True,
            0,
            0.5,
            "t",
        )
    ]
    ev = next(e for e in EventCoder()(doc)._.ng_events if e.type == "SUPPORT")
    assert ev.reported_by == "quote-1"


def test_user_patterns_and_dictionaries(tmp_path: Path) -> None:
    pats = tmp_path / "mine.tsv"
    pats.write_text(
        "# mine\nmine.anger\tV\tanger\t-\tACCUSE\tdisapprove\t111\t-\t-\t-\n", encoding="utf-8"
    )
    actors = tmp_path / "actors.txt"
    actors.write_text("HAMAS [PSEREBHMS]\n", encoding="utf-8")
    assert load_patterns([pats])[0].type == "ACCUSE"
    coder = EventCoder(extra_patterns=[str(pats)], actors=[str(actors)])
    doc = coder(_support_doc())
    acc = next(e for e in doc._.ng_events if e.rule == "mine.anger")
    assert [a.code for a in acc.targets] == ["SYRGOV"]
    sup = next(e for e in doc._.ng_events if e.type == "SUPPORT")
    assert sup.targets[0].code == "PSEREBHMS"


def test_bad_pattern_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ResourceError, match="^mine.tsv: line 2: pattern 'x' has unknown PLOVER"):
        parse_patterns("# mine\nx\tV\tmeet\t-\tMEET\t-\t040\n", origin="mine.tsv")
    bad = tmp_path / "bad.tsv"
    bad.write_text("# mine\n\nok\tV\tmeet\t-\tCONSULT\t-\t040\nshort\tV\tmeet\n", encoding="utf-8")
    with pytest.raises(ResourceError) as info:
        load_patterns([bad])
    assert str(info.value).startswith(f"{bad}: line 4: pattern has 3 tab-separated columns")
    with pytest.raises(ResourceError, match="unknown option"):
        parse_patterns("y\tV\tmeet\t-\tCONSULT\t-\t040\t-\t-\tmutual\n")
    with pytest.raises(ResourceError, match="no such file"):
        load_patterns([tmp_path / "missing.tsv"])


def test_goldstein_falls_back_to_parent_code() -> None:
    assert goldstein_of("190") == -10.0
    assert goldstein_of("0874") is not None  # 087


def _seed_text() -> str:
    from tests.conftest import shared_path

    lines = shared_path("seed", "presstv-idlib-2018-08-29.txt").read_text().splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("Lavrov: Terror"))
    body = [
        ln
        for ln in lines[start:]
        if not ln.startswith(("US Rep. Ilhan Omar", "Russian Foreign Minister Sergei Lavrov (R)"))
    ]
    while body and not body[-1].strip():
        body.pop()
    return "\n".join(body[:-2]).strip() + "\n"


@pytest.mark.model
def test_seed_article(bare_nlp) -> None:  # type: ignore[no-untyped-def]
    coder = EventCoder()
    doc = bare_nlp.make_doc(_seed_text())
    doc._.ng_published = "2018-08-29"
    doc = coder(bare_nlp(doc))
    evs = doc._.ng_events

    def find(trigger: str, etype: str):  # type: ignore[no-untyped-def]
        hits = [e for e in evs if trigger in e.trigger.text and e.type == etype]
        assert hits, f"no {etype} event on {trigger!r}"
        return hits[0]

    conf = find("press conference", "CONSULT")
    assert "Lavrov" in [a.span.text for a in conf.sources]
    assert any("Jubeir" in a.span.text for a in conf.targets)
    hashed = find("hashed over", "CONSULT")
    # a meeting of two named from one side is coded the CAMEO way: the first -> the other
    assert [a.span.text for a in hashed.sources] == ["Lavrov"]
    assert [a.span.text for a in hashed.targets][:1] == ["Mevlut Cavusoglu"]
    assert find("agree", "AGREE").negated
    kremlin = find("discussing", "CONSULT")
    assert kremlin.sources[0].code == "RUSGOV"  # "it" = the Kremlin
    assert [a.code for a in kremlin.targets] == ["IRN", "TUR"]
    sup = find("support", "SUPPORT")
    assert sup.sources[0].code == "TUR" and "Hayat Tahrir al-Sham" in sup.targets[0].span.text
    rej = find("refused", "REJECT")
    assert not rej.negated
    action = find("military action", "ASSAULT")
    assert action.hypothetical and action.sources[0].code == "SYRGOV"  # Damascus
    acc = find("says", "ACCUSE")
    assert acc.sources[0].code == "SYRGOV" and acc.targets[0].code == "ISRGOV"
    assert find("killed", "ASSAULT").background
    assert find("mediating", "CONSULT").background
    for e in evs:
        assert doc.text[e.trigger.start : e.trigger.end] == e.trigger.text
        assert 0 <= e.confidence <= 1


def _coder(tmp_path: Path, pattern: str) -> EventCoder:
    pats = tmp_path / "p.tsv"
    pats.write_text(f"# test patterns\n{pattern}\n", encoding="utf-8")
    actors = tmp_path / "a.txt"
    actors.write_text(
        "GONDOR_ [GON]\nFORNOST_ [FOR]\nERIADOR_ [ERI]\nSEOUL_ [KOR]\nMORDOR_ [MOR]\n"
        "WHITE_HOUSE_ [USAGOV]\n",
        encoding="utf-8",
    )
    agents = tmp_path / "g.txt"
    agents.write_text("LAWMAKER [~LEG]\nOFFICIAL [~GOV]\nMEDIA {} [~MED]\n", encoding="utf-8")
    return EventCoder(extra_patterns=[str(pats)], actors=[str(actors)], agents=[str(agents)])


def test_target_falls_back_to_first_coded_actor_in_the_verb_phrase(tmp_path: Path) -> None:
    coder = _coder(tmp_path, "t.fire\tV\tfire\t-\tASSAULT\t-\t190\t-\t-\t-")

    def fired(prep: str, place: str) -> list[str | None]:
        doc = _doc(
            [
                ("Gondor", 1, "nsubj", "PROPN", "Gondor"),
                ("fired", 1, "ROOT", "VERB", "fire"),
                ("shells", 1, "dobj", "NOUN", "shell"),
                (prep, 1, "prep", "ADP", prep),
                (place, 3, "pobj", "PROPN", place),
                (".", 1, "punct", "PUNCT", "."),
            ]
        )
        (ev,) = coder(doc)._.ng_events
        assert [a.code for a in ev.sources] == ["GON"]
        return [a.code for a in ev.targets]

    assert fired("at", "Seoul") == ["KOR"]  # "shells" has no code: the next actor is the target
    assert fired("in", "Mordor") == []  # where it happened is no target


def test_agents_and_countries_shared_across_a_coordination(tmp_path: Path) -> None:
    coder = _coder(tmp_path, "t.welcome\tV\twelcome\t-\tCONSULT\t-\t040\t-\t-\t-")
    # Lawmakers and officials in Fornost and Gondor welcomed Eriador .
    doc = _doc(
        [
            ("Lawmakers", 7, "nsubj", "NOUN", "lawmaker"),
            ("and", 0, "cc", "CCONJ", "and"),
            ("officials", 0, "conj", "NOUN", "official"),
            ("in", 0, "prep", "ADP", "in"),
            ("Fornost", 3, "pobj", "PROPN", "Fornost"),
            ("and", 0, "cc", "CCONJ", "and"),
            ("Gondor", 0, "conj", "PROPN", "Gondor"),
            ("welcomed", 7, "ROOT", "VERB", "welcome"),
            ("Eriador", 7, "dobj", "PROPN", "Eriador"),
            (".", 7, "punct", "PUNCT", "."),
        ]
    )
    (ev,) = coder(doc)._.ng_events
    assert {a.code for a in ev.sources} == {"FORLEG", "FORGOV", "GONLEG", "GONGOV"}
    assert [a.code for a in ev.targets] == ["ERI"]
    # Danish media and government welcomed White House officials .
    doc = _doc(
        [
            ("Danish", 1, "amod", "ADJ", "danish"),
            ("media", 4, "nsubj", "NOUN", "media"),
            ("and", 1, "cc", "CCONJ", "and"),
            ("government", 1, "conj", "NOUN", "government"),
            ("welcomed", 4, "ROOT", "VERB", "welcome"),
            ("White", 6, "compound", "PROPN", "White"),
            ("House", 7, "compound", "PROPN", "House"),
            ("officials", 4, "dobj", "NOUN", "official"),
            (".", 4, "punct", "PUNCT", "."),
        ]
    )
    (ev,) = coder(doc)._.ng_events
    assert [a.code for a in ev.sources] == ["DNKMED", "DNKGOV"]
    assert [a.code for a in ev.targets] == ["USAGOV"]  # not USAGOVGOV: the agent is in the code
