"""attach28 (issue 11 items 2 and 4): a government label's actor is coded as its country's
government; election "insurgents", terror as fear and regimes of rules are no labels; a label
on an act is attached to the perpetrator the phrase names; a relative pronoun and a verb of
classing attach to what they stand for. Hand-built parses (no model); the expected values are
written from the sentences by the gold conventions of tests/data/framing_attach/README.md."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from newsgraph.model import Entity, Framing, Place, Span
from newsgraph.nlp.framing.component import FramingComponent

NLP = spacy.blank("en")
Row = tuple[str, int, str, str, str]  # word, head index, dep, pos, lemma
Ent = tuple[
    str, int, int, str, str | None, str | None
]  # name, first tok, end tok, type, country, sector


def _doc(
    rows: list[Row], ents: tuple[Ent, ...] = (), places: tuple[tuple[int, str], ...] = ()
) -> Doc:
    words = [r[0] for r in rows]
    spaces = [
        k < len(words) - 1 and rows[k + 1][0] not in (".", ",", "'s") for k in range(len(words))
    ]
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
    out = []
    for k, (name, a, b, kind, country, sector) in enumerate(ents):
        s, e = doc[a].idx, doc[b - 1].idx + len(doc[b - 1])
        out.append(
            Entity(f"e{k}", name, kind, country, sector, mentions=[Span(s, e, doc.text[s:e])])
        )
    doc._.ng_entities = out
    doc._.ng_places = [
        Place(f"p{k}", Span(doc[i].idx, doc[i].idx + len(doc[i]), doc[i].text), None,
              doc[i].text, "country", cc, None, None, False, 1.0)
        for k, (i, cc) in enumerate(places)
    ]  # fmt: skip
    return doc


def _records(
    rows: list[Row], ents: tuple[Ent, ...] = (), places: tuple[tuple[int, str], ...] = ()
) -> list[Framing]:
    doc = _doc(rows, ents, places)
    return list(FramingComponent(NLP, "framing", tagger=False)(doc)._.ng_framing)


def _one(recs: list[Framing], word: str) -> Framing:
    hits = [r for r in recs if r.span.text.lower().startswith(word)]
    assert len(hits) == 1, [(r.span.text, r.label) for r in recs]
    return hits[0]


# ------------------------------------------------------------------ government labels


def _under_regime(modifier: Row, noun: Row) -> list[Row]:
    # years under the <modifier> <noun> ended .
    return [
        ("years", 5, "nsubj", "NOUN", "year"),
        ("under", 0, "prep", "ADP", "under"),
        ("the", 3, "det", "DET", "the"),
        modifier,
        noun,
        ("ended", 5, "ROOT", "VERB", "end"),
        (".", 5, "punct", "PUNCT", "."),
    ]


def test_the_regime_of_a_leader_is_his_countrys_government() -> None:
    rows = [
        ("years", 5, "nsubj", "NOUN", "year"),
        ("under", 0, "prep", "ADP", "under"),
        ("the", 4, "det", "DET", "the"),
        ("Obama", 4, "compound", "PROPN", "Obama"),
        ("regime", 1, "pobj", "NOUN", "regime"),
        ("ended", 5, "ROOT", "VERB", "end"),
        (".", 5, "punct", "PUNCT", "."),
    ]
    rec = _one(_records(rows, (("Obama", 3, 4, "PERSON", "USA", "ELI"),)), "regime")
    assert rec.target == "e0"
    assert rec.target_code == "USAGOV"  # old code: USAELI, the leader's own code


def test_a_military_dictatorship_is_a_government() -> None:
    # the country was isolated under its repressive military dictatorship .
    rows = [
        ("the", 1, "det", "DET", "the"),
        ("country", 3, "nsubjpass", "NOUN", "country"),
        ("was", 3, "auxpass", "AUX", "be"),
        ("isolated", 3, "ROOT", "VERB", "isolate"),
        ("under", 3, "prep", "ADP", "under"),
        ("its", 8, "poss", "PRON", "its"),
        ("repressive", 8, "amod", "ADJ", "repressive"),
        ("military", 8, "amod", "ADJ", "military"),
        ("dictatorship", 4, "pobj", "NOUN", "dictatorship"),
        (".", 3, "punct", "PUNCT", "."),
    ]
    rec = _one(_records(rows, places=((1, "MM"),)), "dictatorship")
    # "its" has no antecedent the coder codes; the only country the article names: Myanmar
    assert rec.target_code == "MMRGOV"  # old code: MIL from "military"


def test_the_possessor_gives_a_regimes_country() -> None:
    # the problem is Iran 's tyrannical regime .
    rows = [
        ("the", 1, "det", "DET", "the"),
        ("problem", 2, "nsubj", "NOUN", "problem"),
        ("is", 2, "ROOT", "AUX", "be"),
        ("Iran", 6, "poss", "PROPN", "Iran"),
        ("'s", 3, "case", "PART", "'s"),
        ("tyrannical", 6, "amod", "ADJ", "tyrannical"),
        ("regime", 2, "attr", "NOUN", "regime"),
        (".", 2, "punct", "PUNCT", "."),
    ]
    rec = _one(_records(rows, (("Iran", 3, 4, "GPE", "IRN", None),)), "regime")
    assert rec.target_code == "IRNGOV"
    # old code: the subject "problem" was the actor; the regime's own phrase is the actor
    assert rec.target_name is not None and "regime" in rec.target_name


def test_control_a_named_group_keeps_its_own_code() -> None:
    rows = _under_regime(
        ("Hamas", 4, "compound", "PROPN", "Hamas"), ("regime", 1, "pobj", "NOUN", "regime")
    )
    rec = _one(_records(rows, (("Hamas", 3, 4, "ORG", "PSE", "REB"),)), "regime")
    assert rec.target == "e0" and rec.target_code == "PSEREB"


def test_control_a_rebel_label_keeps_the_rebel_sector() -> None:
    rows = _under_regime(
        ("Libyan", 4, "amod", "ADJ", "libyan"), ("militants", 1, "pobj", "NOUN", "militant")
    )
    rec = _one(_records(rows), "militants")
    assert rec.target_code == "LBYREB"


def test_control_a_name_subject_of_a_predicate_is_still_the_actor() -> None:
    # HTS is a terrorist group .
    rows = [
        ("HTS", 1, "nsubj", "PROPN", "HTS"),
        ("is", 1, "ROOT", "AUX", "be"),
        ("a", 4, "det", "DET", "a"),
        ("terrorist", 4, "amod", "ADJ", "terrorist"),
        ("group", 1, "attr", "NOUN", "group"),
        (".", 1, "punct", "PUNCT", "."),
    ]
    rec = _one(_records(rows, (("HTS", 0, 1, "ORG", "SYR", "REB"),)), "terrorist")
    assert rec.target == "e0"


# ------------------------------------------------------------------ attachment


def test_a_label_on_an_act_labels_the_possessor_who_did_it() -> None:
    # they were tested by the Tamils 's terrorist acts .
    rows = [
        ("they", 2, "nsubjpass", "PRON", "they"),
        ("were", 2, "auxpass", "AUX", "be"),
        ("tested", 2, "ROOT", "VERB", "test"),
        ("by", 2, "agent", "ADP", "by"),
        ("the", 5, "det", "DET", "the"),
        ("Tamils", 8, "poss", "PROPN", "Tamils"),
        ("'s", 5, "case", "PART", "'s"),
        ("terrorist", 8, "amod", "ADJ", "terrorist"),
        ("acts", 3, "pobj", "NOUN", "act"),
        (".", 2, "punct", "PUNCT", "."),
    ]
    rec = _one(_records(rows), "terrorist")
    assert rec.target_name is not None and "Tamils" in rec.target_name  # old code: no actor


def test_a_label_on_an_act_labels_the_group_of_its_of_phrase() -> None:
    # terrorist acts of the Tigers will go on .
    rows = [
        ("terrorist", 1, "amod", "ADJ", "terrorist"),
        ("acts", 6, "nsubj", "NOUN", "act"),
        ("of", 1, "prep", "ADP", "of"),
        ("the", 4, "det", "DET", "the"),
        ("Tigers", 2, "pobj", "PROPN", "Tigers"),
        ("will", 6, "aux", "AUX", "will"),
        ("go", 6, "ROOT", "VERB", "go"),
        ("on", 6, "prt", "ADP", "on"),
        (".", 6, "punct", "PUNCT", "."),
    ]
    rec = _one(_records(rows, (("Tigers", 4, 5, "ORG", "LKA", "REB"),)), "terrorist")
    assert rec.target == "e0" and rec.target_code == "LKAREB"  # old code: no actor


def test_control_an_act_whose_of_phrase_names_no_actor_has_none() -> None:
    # terrorist acts of violence will go on .
    rows = [
        ("terrorist", 1, "amod", "ADJ", "terrorist"),
        ("acts", 5, "nsubj", "NOUN", "act"),
        ("of", 1, "prep", "ADP", "of"),
        ("violence", 2, "pobj", "NOUN", "violence"),
        ("will", 5, "aux", "AUX", "will"),
        ("go", 5, "ROOT", "VERB", "go"),
        ("on", 5, "prt", "ADP", "on"),
        (".", 5, "punct", "PUNCT", "."),
    ]
    rec = _one(_records(rows), "terrorist")
    assert rec.target is None and rec.target_name is None


def test_a_relative_pronoun_named_a_label_stands_for_the_group_not_the_place() -> None:
    # an arm of the PKK in Turkey , which the Turks designated as a terrorist organization .
    rows = [
        ("an", 1, "det", "DET", "an"),
        ("arm", 1, "ROOT", "NOUN", "arm"),
        ("of", 1, "prep", "ADP", "of"),
        ("the", 4, "det", "DET", "the"),
        ("PKK", 2, "pobj", "PROPN", "PKK"),
        ("in", 4, "prep", "ADP", "in"),
        ("Turkey", 5, "pobj", "PROPN", "Turkey"),
        (",", 6, "punct", "PUNCT", ","),
        ("which", 11, "dobj", "PRON", "which"),
        ("the", 10, "det", "DET", "the"),
        ("Turks", 11, "nsubj", "PROPN", "Turks"),
        ("designated", 6, "relcl", "VERB", "designate"),
        ("as", 11, "prep", "ADP", "as"),
        ("a", 15, "det", "DET", "a"),
        ("terrorist", 15, "amod", "ADJ", "terrorist"),
        ("organization", 12, "pobj", "NOUN", "organization"),
        (".", 1, "punct", "PUNCT", "."),
    ]
    doc = _doc(rows, (("PKK", 4, 5, "ORG", "TUR", "REB"), ("Turkey", 6, 7, "GPE", "TUR", None)))
    doc[6].ent_type_ = "GPE"
    doc[8].tag_ = "WDT"
    rec = _one(list(FramingComponent(NLP, "framing", tagger=False)(doc)._.ng_framing), "terrorist")
    assert rec.target == "e0"  # old code: "which" (no entity), then the place
    assert rec.target_code == "TURREB"


def test_classified_as_is_a_verb_of_naming() -> None:
    # MEK was classified as a terrorist organization .
    rows = [
        ("MEK", 2, "nsubjpass", "PROPN", "MEK"),
        ("was", 2, "auxpass", "AUX", "be"),
        ("classified", 2, "ROOT", "VERB", "classify"),
        ("as", 2, "prep", "ADP", "as"),
        ("a", 6, "det", "DET", "a"),
        ("terrorist", 6, "amod", "ADJ", "terrorist"),
        ("organization", 3, "pobj", "NOUN", "organization"),
        (".", 2, "punct", "PUNCT", "."),
    ]
    rec = _one(_records(rows, (("MEK", 0, 1, "ORG", None, None),)), "terrorist")
    assert rec.target == "e0"  # old code: "terrorist organization" itself


# ------------------------------------------------------------------ non-actor uses


def _insurgent_np(noun: str, lemma: str) -> list[Row]:
    # the insurgent <noun> won the primary .
    return [
        ("the", 2, "det", "DET", "the"),
        ("insurgent", 2, "amod", "ADJ", "insurgent"),
        (noun, 3, "nsubj", "NOUN", lemma),
        ("won", 3, "ROOT", "VERB", "win"),
        ("the", 5, "det", "DET", "the"),
        ("primary", 3, "dobj", "NOUN", "primary"),
        (".", 3, "punct", "PUNCT", "."),
    ]


def test_an_insurgent_campaign_is_no_label() -> None:
    assert _records(_insurgent_np("campaign", "campaign")) == []  # old code: USAREB-ish label


def test_control_insurgent_fighters_are_a_label() -> None:
    rows = _insurgent_np("fighters", "fighter")
    rows[5] = ("village", 3, "dobj", "NOUN", "village")
    rec = _one(_records(rows), "insurgent")
    assert rec.label == "insurgent"


def test_the_noun_insurgent_in_an_election_sentence_is_no_label() -> None:
    # an insurgent defeated the party favorite in the primary .
    rows = [
        ("an", 1, "det", "DET", "an"),
        ("insurgent", 2, "nsubj", "NOUN", "insurgent"),
        ("defeated", 2, "ROOT", "VERB", "defeat"),
        ("the", 5, "det", "DET", "the"),
        ("party", 5, "compound", "NOUN", "party"),
        ("favorite", 2, "dobj", "NOUN", "favorite"),
        ("in", 2, "prep", "ADP", "in"),
        ("the", 8, "det", "DET", "the"),
        ("primary", 6, "pobj", "NOUN", "primary"),
        (".", 2, "punct", "PUNCT", "."),
    ]
    assert _records(rows) == []
    rows[8] = ("province", 6, "pobj", "NOUN", "province")  # control: an armed context
    assert [r.label for r in _records(rows)] == ["insurgent"]


def _of_terror(noun: str) -> list[Row]:
    # they began a <noun> of terror .
    return [
        ("they", 1, "nsubj", "PRON", "they"),
        ("began", 1, "ROOT", "VERB", "begin"),
        ("a", 3, "det", "DET", "a"),
        (noun, 1, "dobj", "NOUN", noun),
        ("of", 3, "prep", "ADP", "of"),
        ("terror", 4, "pobj", "NOUN", "terror"),
        (".", 1, "punct", "PUNCT", "."),
    ]


def test_a_reign_or_campaign_of_terror_is_fear_not_a_label() -> None:
    assert _records(_of_terror("reign")) == []
    assert _records(_of_terror("campaign")) == []


def test_control_a_cell_of_terror_is_still_a_label() -> None:
    assert [r.label for r in _records(_of_terror("cell"))] == ["terrorist"]


def test_tough_on_terror_is_a_stance() -> None:
    # his tough - on - terror approach .
    rows = [
        ("his", 6, "poss", "PRON", "his"),
        ("tough", 6, "amod", "ADJ", "tough"),
        ("-", 1, "punct", "PUNCT", "-"),
        ("on", 1, "prep", "ADP", "on"),
        ("-", 3, "punct", "PUNCT", "-"),
        ("terror", 3, "pobj", "NOUN", "terror"),
        ("approach", 6, "ROOT", "NOUN", "approach"),
        (".", 6, "punct", "PUNCT", "."),
    ]
    assert _records(rows) == []


def test_a_regime_of_rules_is_no_label_but_a_leaders_regime_is() -> None:
    rows = _under_regime(
        ("deportation", 4, "compound", "NOUN", "deportation"),
        ("regime", 1, "pobj", "NOUN", "regime"),
    )
    assert _records(rows) == []
    # control: the rules word only when compounded: "the Baghdad regime" stays a label
    rows = _under_regime(
        ("Baghdad", 4, "compound", "PROPN", "Baghdad"), ("regime", 1, "pobj", "NOUN", "regime")
    )
    assert [r.label for r in _records(rows)] == ["regime"]


def _verb_object(det: str, label: Row, noun: str, noun_lemma: str) -> list[Row]:
    # we will destroy <det> <label> <noun> .
    return [
        ("we", 2, "nsubj", "PRON", "we"),
        ("will", 2, "aux", "AUX", "will"),
        ("destroy", 2, "ROOT", "VERB", "destroy"),
        (det, 5, "det", "DET", det),
        label,
        (noun, 2, "dobj", "NOUN", noun_lemma),
        (".", 2, "punct", "PUNCT", "."),
    ]


def test_a_label_on_a_hideout_names_no_actor() -> None:
    rows = _verb_object("all", ("terror", 5, "compound", "NOUN", "terror"), "nests", "nest")
    rec = _one(_records(rows), "terror")
    assert rec.target_name is None and rec.target_code is None  # old code: "nests", REB


def test_control_a_label_on_a_cell_is_a_group() -> None:
    rows = _verb_object("the", ("terrorist", 5, "amod", "ADJ", "terrorist"), "cells", "cell")
    rec = _one(_records(rows), "terrorist")
    assert rec.target_name == "terrorist cells"


def test_distancing_a_noun_of_people_makes_it_the_actor() -> None:
    # cheated by our so - called allies .
    rows = [
        ("cheated", 0, "ROOT", "VERB", "cheat"),
        ("by", 0, "agent", "ADP", "by"),
        ("our", 6, "poss", "PRON", "our"),
        ("so", 5, "advmod", "ADV", "so"),
        ("-", 5, "punct", "PUNCT", "-"),
        ("called", 6, "amod", "VERB", "call"),
        ("allies", 1, "pobj", "NOUN", "ally"),
        (".", 0, "punct", "PUNCT", "."),
    ]
    recs = _records(rows)
    rec = _one(recs, "so")
    assert rec.kind == "distancing"
    assert rec.target_name is not None and "allies" in rec.target_name  # old code: none
    assert rec.target_code is None


def _so_called(name: Row, noun: Row) -> list[Row]:
    # they fear the so - called <name> <noun> .
    return [
        ("they", 1, "nsubj", "PRON", "they"),
        ("fear", 1, "ROOT", "VERB", "fear"),
        ("the", 7, "det", "DET", "the"),
        ("so", 5, "advmod", "ADV", "so"),
        ("-", 5, "punct", "PUNCT", "-"),
        ("called", 7, "amod", "VERB", "call"),
        name,
        noun,
        (".", 1, "punct", "PUNCT", "."),
    ]


def test_so_called_before_a_term_for_an_event_is_no_distancing() -> None:
    rows = _so_called(
        ("Brexit", 7, "compound", "PROPN", "Brexit"), ("vote", 1, "dobj", "NOUN", "vote")
    )
    doc = _doc(rows, (("Brexit", 6, 7, "ORG", "GBR", None),))
    doc[6].ent_type_ = "ORG"
    recs = list(FramingComponent(NLP, "framing", tagger=False)(doc)._.ng_framing)
    assert recs == []  # old code: a distancing record on the name inside


def test_control_so_called_before_a_group_is_distancing() -> None:
    rows = _so_called(
        ("Syrian", 7, "amod", "ADJ", "syrian"), ("groups", 1, "dobj", "NOUN", "group")
    )
    rec = _one(_records(rows), "so")
    assert rec.kind == "distancing"


def _one_insurgent(word: str, verb: str, lemma: str) -> list[Row]:
    # an <word> <verb> at her heels .
    return [
        ("an" if word == "insurgent" else "the", 1, "det", "DET", "a"),
        (word, 2, "nsubj", "NOUN", "insurgent"),
        (verb, 2, "ROOT", "VERB", lemma),
        ("at", 2, "prep", "ADP", "at"),
        ("her", 5, "poss", "PRON", "her"),
        ("heels", 3, "pobj", "NOUN", "heel"),
        (".", 2, "punct", "PUNCT", "."),
    ]


def test_one_insurgent_with_no_armed_word_is_a_political_challenger() -> None:
    assert _records(_one_insurgent("insurgent", "nipped", "nip")) == []


def test_control_insurgents_in_numbers_or_with_armed_words_are_labels() -> None:
    assert [r.label for r in _records(_one_insurgent("insurgents", "nipped", "nip"))] == [
        "insurgent"
    ]
    assert [r.label for r in _records(_one_insurgent("insurgent", "shot", "shoot"))] == [
        "insurgent"
    ]
