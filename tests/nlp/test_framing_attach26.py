"""attach26 (issue 11 item 2): labels on acts carry no actor, non-actor uses are no labels, a
name-calling noun with no sector is its own actor. Hand-built parses (no model); the expected
values follow the gold conventions of tests/data/framing_attach/README.md."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from newsgraph.model import Framing
from newsgraph.nlp.framing import _lexicon
from newsgraph.nlp.framing.component import FramingComponent

NLP = spacy.blank("en")
Row = tuple[str, int, str, str, str]  # word, head index, dep, pos, lemma


def _doc(rows: list[Row], nospace_before: tuple[int, ...] = ()) -> Doc:
    words = [r[0] for r in rows]
    spaces = [(k + 1) not in nospace_before and k < len(words) - 1 for k in range(len(words))]
    doc = Doc(
        NLP.vocab,
        words=words,
        spaces=spaces,
        heads=[r[1] for r in rows],
        deps=[r[2] for r in rows],
        pos=[r[3] for r in rows],
        lemmas=[r[4] for r in rows],
    )
    doc._.ng_cache = {}
    doc._.ng_entities = []
    doc._.ng_places = []
    return doc


def _records(rows: list[Row], nospace_before: tuple[int, ...] = ()) -> list[Framing]:
    doc = _doc(rows, nospace_before)
    return list(FramingComponent(NLP, "framing", tagger=False)(doc)._.ng_framing)


def _noun_phrase(modifier: str, lemma: str, noun: str, noun_lemma: str) -> list[Row]:
    # the <modifier> <noun> killed six .
    return [
        ("the", 2, "det", "DET", "the"),
        (modifier, 2, "amod", "ADJ", lemma),
        (noun, 3, "nsubj", "NOUN", noun_lemma),
        ("killed", 3, "ROOT", "VERB", "kill"),
        ("six", 3, "dobj", "NUM", "six"),
        (".", 3, "punct", "PUNCT", "."),
    ]


def test_a_label_on_an_act_names_no_actor() -> None:
    recs = _records(_noun_phrase("terror", "terror", "attacks", "attack"))
    assert [(r.kind, r.span.text, r.label) for r in recs] == [
        ("name_calling", "terror", "terrorist")
    ]
    # old code: the attacks themselves were the actor ("attacks", REB)
    assert recs[0].target is None and recs[0].target_name is None
    assert recs[0].target_code is None


def test_control_a_label_on_a_group_keeps_its_generic_actor() -> None:
    recs = _records(_noun_phrase("terror", "terror", "groups", "group"))
    assert len(recs) == 1
    assert "groups" in (recs[0].target_name or "") and recs[0].target_code == "REB"


def test_anti_terror_is_no_label() -> None:
    # the anti-terror strategy failed .
    rows: list[Row] = [
        ("the", 4, "det", "DET", "the"),
        ("anti", 3, "amod", "ADJ", "anti"),
        ("-", 3, "punct", "PUNCT", "-"),
        ("terror", 4, "compound", "NOUN", "terror"),
        ("strategy", 5, "nsubj", "NOUN", "strategy"),
        ("failed", 5, "ROOT", "VERB", "fail"),
        (".", 5, "punct", "PUNCT", "."),
    ]
    assert _records(rows, nospace_before=(2, 3, 6)) == []
    toks = list(_doc(rows, nospace_before=(2, 3, 6)))
    assert _lexicon.non_actor_tokens(toks) == frozenset({3})  # learned spans over it go too


def test_war_on_terror_is_no_label() -> None:
    # they fight the war on terror .
    rows: list[Row] = [
        ("they", 1, "nsubj", "PRON", "they"),
        ("fight", 1, "ROOT", "VERB", "fight"),
        ("the", 3, "det", "DET", "the"),
        ("war", 1, "dobj", "NOUN", "war"),
        ("on", 3, "prep", "ADP", "on"),
        ("terror", 4, "pobj", "NOUN", "terror"),
        (".", 1, "punct", "PUNCT", "."),
    ]
    assert _records(rows, nospace_before=(6,)) == []


def test_control_terror_suspects_are_labelled() -> None:
    rows = _noun_phrase("terror", "terror", "suspects", "suspect")
    assert [r.label for r in _records(rows)] == ["terrorist"]


def test_terror_suspects_block_no_learned_span() -> None:
    rows = _noun_phrase("terror", "terror", "suspects", "suspect")
    assert _lexicon.non_actor_tokens(list(_doc(rows))) == frozenset()


def test_regime_as_a_system_of_rules_or_a_change_is_no_label() -> None:
    # liberals decried testing regimes .
    testing: list[Row] = [
        ("liberals", 1, "nsubj", "NOUN", "liberal"),
        ("decried", 1, "ROOT", "VERB", "decry"),
        ("testing", 3, "compound", "NOUN", "testing"),
        ("regimes", 1, "dobj", "NOUN", "regime"),
        (".", 1, "punct", "PUNCT", "."),
    ]
    assert _records(testing, nospace_before=(4,)) == []
    # they planned regime change .
    change: list[Row] = [
        ("they", 1, "nsubj", "PRON", "they"),
        ("planned", 1, "ROOT", "VERB", "plan"),
        ("regime", 3, "compound", "NOUN", "regime"),
        ("change", 1, "dobj", "NOUN", "change"),
        (".", 1, "punct", "PUNCT", "."),
    ]
    assert _records(change, nospace_before=(4,)) == []


def test_control_the_syrian_regime_is_labelled() -> None:
    recs = _records(_noun_phrase("Syrian", "syrian", "regime", "regime"))
    assert [(r.label, r.target_code) for r in recs] == [("regime", "SYRGOV")]


def test_nazi_rule_is_history_not_a_label() -> None:
    # Jews under Nazi rule suffered .
    rows: list[Row] = [
        ("Jews", 4, "nsubj", "PROPN", "Jews"),
        ("under", 0, "prep", "ADP", "under"),
        ("Nazi", 3, "amod", "ADJ", "Nazi"),
        ("rule", 1, "pobj", "NOUN", "rule"),
        ("suffered", 4, "ROOT", "VERB", "suffer"),
        (".", 4, "punct", "PUNCT", "."),
    ]
    assert _records(rows, nospace_before=(5,)) == []


def test_control_calling_people_nazis_is_a_label() -> None:
    # they enable Nazis .
    rows: list[Row] = [
        ("they", 1, "nsubj", "PRON", "they"),
        ("enable", 1, "ROOT", "VERB", "enable"),
        ("Nazis", 1, "dobj", "NOUN", "nazi"),
        (".", 1, "punct", "PUNCT", "."),
    ]
    recs = _records(rows, nospace_before=(3,))
    assert [(r.kind, r.label) for r in recs] == [("name_calling", "nazi")]


def test_a_name_calling_noun_without_sector_is_its_own_actor() -> None:
    # we nominate a fascist .
    rows: list[Row] = [
        ("we", 1, "nsubj", "PRON", "we"),
        ("nominate", 1, "ROOT", "VERB", "nominate"),
        ("a", 3, "det", "DET", "a"),
        ("fascist", 1, "dobj", "NOUN", "fascist"),
        (".", 1, "punct", "PUNCT", "."),
    ]
    recs = _records(rows, nospace_before=(4,))
    assert [(r.kind, r.label) for r in recs] == [("name_calling", "fascist")]
    assert recs[0].target_name == "fascist" and recs[0].target_code is None  # old: no actor


def test_control_a_loaded_noun_alone_still_names_no_actor() -> None:
    # this abscess grows .
    rows: list[Row] = [
        ("this", 1, "det", "DET", "this"),
        ("abscess", 2, "nsubj", "NOUN", "abscess"),
        ("grows", 2, "ROOT", "VERB", "grow"),
        (".", 2, "punct", "PUNCT", "."),
    ]
    recs = _records(rows, nospace_before=(3,))
    assert [(r.kind, r.target_name) for r in recs] == [("loaded_language", None)]


def _so_called(noun: str, lemma: str, modifier: tuple[str, str] | None = None) -> list[Row]:
    # they courted the so-called [modifier] <noun> .
    rows: list[Row] = [
        ("they", 1, "nsubj", "PRON", "they"),
        ("courted", 1, "ROOT", "VERB", "court"),
    ]
    last = 7 if modifier else 6
    rows += [
        ("the", last, "det", "DET", "the"),
        ("so", 5, "advmod", "ADV", "so"),
        ("-", 5, "punct", "PUNCT", "-"),
        ("called", last, "amod", "VERB", "call"),
    ]
    if modifier:
        rows.append((modifier[0], last, "compound", "NOUN", modifier[1]))
    rows += [(noun, 1, "dobj", "NOUN", lemma), (".", 1, "punct", "PUNCT", ".")]
    return rows


def test_so_called_before_a_thing_is_no_distancing() -> None:
    rows = _so_called("extenders", "extender", ("tax", "tax"))
    assert _records(rows, nospace_before=(4, 5, 8)) == []  # old: a distancing record
    guns = _so_called("guns", "gun", ("ghost", "ghost"))
    assert _records(guns, nospace_before=(4, 5, 8)) == []


def test_control_so_called_allies_are_distanced() -> None:
    recs = _records(_so_called("allies", "ally"), nospace_before=(4, 5, 7))
    assert [(r.kind, r.label) for r in recs] == [("distancing", "so-called")]


def _entity(doc: Doc, start: int, end: int, eid: str, kind: str = "PERSON") -> None:
    from newsgraph.model import Entity, Span

    text = doc.text[start:end]
    doc._.ng_entities = [Entity(eid, text, kind, mentions=[Span(start, end, text)])]


def test_calling_someone_a_fascist_labels_that_person() -> None:
    # O'Malley calling Trump a fascist .  (parsed the way the model parses it: the label is
    # the object of the named person, who is the complement of "calling")
    rows: list[Row] = [
        ("O'Malley", 0, "ROOT", "PROPN", "O'Malley"),
        ("calling", 0, "acl", "VERB", "call"),
        ("Trump", 1, "xcomp", "PROPN", "Trump"),
        ("a", 4, "det", "DET", "a"),
        ("fascist", 2, "dobj", "NOUN", "fascist"),
        (".", 0, "punct", "PUNCT", "."),
    ]
    doc = _doc(rows, nospace_before=(5,))
    _entity(doc, 17, 22, "entity-trump")
    recs = FramingComponent(NLP, "framing", tagger=False)(doc)._.ng_framing
    assert [(r.label, r.target, r.target_name) for r in recs] == [
        ("fascist", "entity-trump", "Trump")
    ]  # old code: no actor


def test_derided_as_a_so_called_pac_labels_the_fund() -> None:
    # the Fund , which was derided as a so-called PAC .
    rows: list[Row] = [
        ("the", 1, "det", "DET", "the"),
        ("Fund", 1, "ROOT", "PROPN", "Fund"),
        (",", 1, "punct", "PUNCT", ","),
        ("which", 5, "nsubjpass", "PRON", "which"),
        ("was", 5, "auxpass", "AUX", "be"),
        ("derided", 1, "relcl", "VERB", "deride"),
        ("as", 5, "prep", "ADP", "as"),
        ("a", 11, "det", "DET", "a"),
        ("so", 10, "advmod", "ADV", "so"),
        ("-", 10, "punct", "PUNCT", "-"),
        ("called", 11, "amod", "VERB", "call"),
        ("PAC", 6, "pobj", "PROPN", "PAC"),
        (".", 1, "punct", "PUNCT", "."),
    ]
    doc = _doc(rows, nospace_before=(2, 9, 10, 12))
    _entity(doc, 0, 8, "entity-fund", "ORG")
    recs = FramingComponent(NLP, "framing", tagger=False)(doc)._.ng_framing
    assert [(r.kind, r.target) for r in recs] == [("distancing", "entity-fund")]  # old: none


def test_control_calling_the_terrorists_keeps_them_as_the_actor() -> None:
    # they called the terrorists .
    rows: list[Row] = [
        ("they", 1, "nsubj", "PRON", "they"),
        ("called", 1, "ROOT", "VERB", "call"),
        ("the", 3, "det", "DET", "the"),
        ("terrorists", 1, "dobj", "NOUN", "terrorist"),
        (".", 1, "punct", "PUNCT", "."),
    ]
    recs = _records(rows, nospace_before=(4,))
    assert [(r.label, r.target_name, r.target_code) for r in recs] == [
        ("terrorist", "terrorists", "REB")
    ]
