"""Who did it to whom: the constructions ``_roles`` reads sources and targets from.

Hand-built parses (no model), each the parse the English model gives (or would give) for a
sentence written for this test; the expected roles were worked out by hand."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from newsgraph.model import Entity, Span
from newsgraph.nlp._doc import register_extensions
from newsgraph.nlp.events._actors import _antecedent
from newsgraph.nlp.events._patterns import Pattern
from newsgraph.nlp.events._roles import noun_roles, phrase_candidates, subject, verb_roles

register_extensions()
NLP = spacy.blank("en")

# (word, head, dep, pos, tag, lemma); lemma "" = the lower-cased word
Row = tuple[str, int, str, str, str, str]


def _doc(rows: list[Row], ents: list[tuple[int, int, str]] = ()) -> Doc:  # type: ignore[assignment]
    doc = Doc(
        NLP.vocab,
        words=[r[0] for r in rows],
        heads=[r[1] for r in rows],
        deps=[r[2] for r in rows],
        pos=[r[3] for r in rows],
        tags=[r[4] for r in rows],
        lemmas=[r[5] or r[0].lower() for r in rows],
    )
    doc.ents = [SpacySpan(doc, s, e, label=lab) for s, e, lab in ents]
    doc._.ng_cache = {}
    return doc


def _pattern(
    pos: str = "V", etype: str = "ACCUSE", targets: str = "", reciprocal: bool = False
) -> Pattern:
    return Pattern(
        name="test",
        pos=pos,
        lemma="x",
        with_=frozenset(),
        type=etype,
        mode=None,
        cameo="111",
        targets=frozenset(targets.split()),
        context=None,
        reciprocal=reciprocal,
    )


def _words(toks: list) -> list[str]:  # type: ignore[type-arg]
    return [t.text for t in toks]


def test_coordinated_passive_takes_the_first_verbs_patient() -> None:
    # Officials were mocked and criticized by the opposition .
    doc = _doc(
        [
            ("Officials", 2, "nsubjpass", "NOUN", "NNS", "official"),
            ("were", 2, "auxpass", "AUX", "VBD", "be"),
            ("mocked", 2, "ROOT", "VERB", "VBN", "mock"),
            ("and", 2, "cc", "CCONJ", "CC", ""),
            ("criticized", 2, "conj", "VERB", "VBN", "criticize"),
            ("by", 4, "agent", "ADP", "IN", ""),
            ("the", 7, "det", "DET", "DT", ""),
            ("opposition", 5, "pobj", "NOUN", "NN", ""),
            (".", 2, "punct", "PUNCT", ".", ""),
        ]
    )
    src, tgt = verb_roles(doc[4], _pattern(), None)
    assert _words(src) == ["opposition"] and _words(tgt) == ["Officials"]


def test_participle_with_an_agent_is_passive() -> None:
    # Asked by reporters , Carson said nothing .  -> reporters asked Carson
    doc = _doc(
        [
            ("Asked", 5, "advcl", "VERB", "VBN", "ask"),
            ("by", 0, "agent", "ADP", "IN", ""),
            ("reporters", 1, "pobj", "NOUN", "NNS", "reporter"),
            (",", 5, "punct", "PUNCT", ",", ""),
            ("Carson", 5, "nsubj", "PROPN", "NNP", ""),
            ("said", 5, "ROOT", "VERB", "VBD", "say"),
            ("nothing", 5, "dobj", "PRON", "NN", ""),
            (".", 5, "punct", "PUNCT", ".", ""),
        ]
    )
    src, tgt = verb_roles(doc[0], _pattern(etype="REQUEST"), None)
    assert _words(src) == ["reporters"] and _words(tgt) == ["Carson"]
    # protesters beaten by police fled .  -> police beat the protesters
    doc = _doc(
        [
            ("protesters", 4, "nsubj", "NOUN", "NNS", "protester"),
            ("beaten", 0, "acl", "VERB", "VBN", "beat"),
            ("by", 1, "agent", "ADP", "IN", ""),
            ("police", 2, "pobj", "NOUN", "NNS", ""),
            ("fled", 4, "ROOT", "VERB", "VBD", "flee"),
        ]
    )
    src, tgt = verb_roles(doc[1], _pattern(etype="ASSAULT"), None)
    assert _words(src) == ["police"] and _words(tgt) == ["protesters"]


def test_between_names_both_sides() -> None:
    # Fighting between police and rebels killed ten .
    doc = _doc(
        [
            ("Fighting", 5, "nsubj", "VERB", "VBG", "fight"),
            ("between", 0, "prep", "ADP", "IN", ""),
            ("police", 1, "pobj", "NOUN", "NNS", ""),
            ("and", 2, "cc", "CCONJ", "CC", ""),
            ("rebels", 2, "conj", "NOUN", "NNS", "rebel"),
            ("killed", 5, "ROOT", "VERB", "VBD", "kill"),
            ("ten", 5, "dobj", "NUM", "CD", ""),
        ]
    )
    src, tgt = verb_roles(doc[0], _pattern(etype="ASSAULT"), None)
    assert _words(src) == ["police"] and _words(tgt) == ["rebels"]
    # talks between Russia and Ukraine resumed  (nominal trigger)
    doc = _doc(
        [
            ("talks", 5, "nsubj", "NOUN", "NNS", "talk"),
            ("between", 0, "prep", "ADP", "IN", ""),
            ("Russia", 1, "pobj", "PROPN", "NNP", ""),
            ("and", 2, "cc", "CCONJ", "CC", ""),
            ("Ukraine", 2, "conj", "PROPN", "NNP", ""),
            ("resumed", 5, "ROOT", "VERB", "VBD", "resume"),
        ]
    )
    src, tgt = noun_roles(doc[0], _pattern("N", "CONSULT", "with", reciprocal=True))
    assert _words(src) == ["Russia"] and _words(tgt) == ["Ukraine"]


def test_relative_pronoun_object_is_the_modified_noun() -> None:
    # Ryan was the Republican whom Trump refused to endorse .
    doc = _doc(
        [
            ("Ryan", 1, "nsubj", "PROPN", "NNP", ""),
            ("was", 1, "ROOT", "AUX", "VBD", "be"),
            ("the", 3, "det", "DET", "DT", ""),
            ("Republican", 1, "attr", "PROPN", "NNP", ""),
            ("whom", 8, "dobj", "PRON", "WP", ""),
            ("Trump", 6, "nsubj", "PROPN", "NNP", ""),
            ("refused", 3, "relcl", "VERB", "VBD", "refuse"),
            ("to", 8, "aux", "PART", "TO", ""),
            ("endorse", 6, "xcomp", "VERB", "VB", ""),
        ]
    )
    src, tgt = verb_roles(doc[8], _pattern(etype="SUPPORT"), None)
    assert _words(src) == ["Trump"] and _words(tgt) == ["Republican"]


def test_possessor_of_a_thing_object_is_the_target() -> None:
    # Russia welcomed Khan 's election .   /   Police attacked Trump 's supporters .
    rows: list[Row] = [
        ("Russia", 1, "nsubj", "PROPN", "NNP", ""),
        ("welcomed", 1, "ROOT", "VERB", "VBD", "welcome"),
        ("Khan", 4, "poss", "PROPN", "NNP", ""),
        ("'s", 2, "case", "PART", "POS", ""),
        ("election", 1, "dobj", "NOUN", "NN", ""),
    ]
    src, tgt = verb_roles(_doc(rows)[1], _pattern(etype="SUPPORT"), None)
    assert _words(src) == ["Russia"] and _words(tgt) == ["Khan"]
    rows[1] = ("attacked", 1, "ROOT", "VERB", "VBD", "attack")
    rows[4] = ("supporters", 1, "dobj", "NOUN", "NNS", "supporter")
    _, tgt = verb_roles(_doc(rows)[1], _pattern(etype="ASSAULT"), None)
    assert _words(tgt) == ["supporters"]  # people, not a thing of Trump's
    rows[4] = ("record", 1, "dobj", "NOUN", "NN", "")
    rows[2] = ("his", 4, "poss", "PRON", "PRP$", "")
    _, tgt = verb_roles(_doc(rows)[1], _pattern(etype="ASSAULT"), None)
    assert _words(tgt) == ["record"]  # "defended his record" is no event against himself
    # ... unless the article links "his" to someone else: "Ryan could not back his
    # candidacy" (Trump's) targets him
    rows[0] = ("Ryan", 1, "nsubj", "PROPN", "NNP", "")
    doc = _doc(rows)
    mention = [Span(doc[0].idx, doc[0].idx + 4, "Ryan")]
    other = [Span(doc[2].idx, doc[2].idx + 3, "his")]
    doc._.ng_entities = [
        Entity("entity-0", "Paul Ryan", "PERSON", mentions=mention),
        Entity("entity-1", "Donald Trump", "PERSON", mentions=other),
    ]
    _, tgt = verb_roles(doc[1], _pattern(etype="SUPPORT"), None)
    assert _words(tgt) == ["his"]
    doc._.ng_entities = [Entity("entity-0", "Paul Ryan", "PERSON", mentions=mention + other)]
    _, tgt = verb_roles(doc[1], _pattern(etype="SUPPORT"), None)
    assert _words(tgt) == ["record"]


def test_gerund_possessor_is_the_subject() -> None:
    # Russia opposed America 's backing Kosovo .
    doc = _doc(
        [
            ("Russia", 1, "nsubj", "PROPN", "NNP", ""),
            ("opposed", 1, "ROOT", "VERB", "VBD", "oppose"),
            ("America", 4, "poss", "PROPN", "NNP", ""),
            ("'s", 2, "case", "PART", "POS", ""),
            ("backing", 1, "dobj", "VERB", "VBG", "back"),
            ("Kosovo", 4, "dobj", "PROPN", "NNP", ""),
        ]
    )
    assert subject(doc[4]).text == "America"  # type: ignore[union-attr]
    src, tgt = verb_roles(doc[4], _pattern(etype="SUPPORT"), None)
    assert _words(src) == ["America"] and _words(tgt) == ["Kosovo"]


def test_whose_event_belongs_to_the_modified_noun() -> None:
    # Obama , whose criticism of Trump sharpened , spoke .
    doc = _doc(
        [
            ("Obama", 7, "nsubj", "PROPN", "NNP", ""),
            (",", 0, "punct", "PUNCT", ",", ""),
            ("whose", 3, "poss", "DET", "WP$", ""),
            ("criticism", 6, "nsubj", "NOUN", "NN", ""),
            ("of", 3, "prep", "ADP", "IN", ""),
            ("Trump", 4, "pobj", "PROPN", "NNP", ""),
            ("sharpened", 0, "relcl", "VERB", "VBD", "sharpen"),
            ("spoke", 7, "ROOT", "VERB", "VBD", "speak"),
        ]
    )
    src, tgt = noun_roles(doc[3], _pattern("N", "ACCUSE", "of"))
    assert _words(src) == ["Obama"] and _words(tgt) == ["Trump"]


def _faced(verb: str, lemma: str, prep: str | None = None) -> Doc:
    # He faced criticism from Moscow .  /  He came under criticism from Moscow .
    rows: list[Row] = [
        ("He", 1, "nsubj", "PRON", "PRP", "he"),
        (verb, 1, "ROOT", "VERB", "VBD", lemma),
    ]
    if prep is None:
        rows += [("criticism", 1, "dobj", "NOUN", "NN", "")]
    else:
        rows += [(prep, 1, "prep", "ADP", "IN", ""), ("criticism", 2, "pobj", "NOUN", "NN", "")]
    n = len(rows)
    rows += [("from", n - 1, "prep", "ADP", "IN", ""), ("Moscow", n, "pobj", "PROPN", "NNP", "")]
    return _doc(rows)


def test_undergoing_verbs_make_their_subject_the_target() -> None:
    pat = _pattern("N", "ACCUSE", "of")
    src, tgt = noun_roles(_faced("faced", "face")[2], pat)
    assert _words(src) == ["Moscow"] and _words(tgt) == ["He"]
    src, tgt = noun_roles(_faced("came", "come", "under")[3], pat)
    assert _words(src) == ["Moscow"] and _words(tgt) == ["He"]
    # but "He came to criticism" is no undergoing, and "launched criticism" is his own act
    src, tgt = noun_roles(_faced("came", "come", "to")[3], pat)
    assert _words(src) == ["Moscow"] and _words(tgt) == []
    doc = _doc(
        [
            ("He", 1, "nsubj", "PRON", "PRP", "he"),
            ("launched", 1, "ROOT", "VERB", "VBD", "launch"),
            ("criticism", 1, "dobj", "NOUN", "NN", ""),
        ]
    )
    src, tgt = noun_roles(doc[2], pat)
    assert _words(src) == ["He"] and _words(tgt) == []


def test_engaged_in_clashes_is_the_source() -> None:
    # Libyan forces were engaged in clashes with militants .
    doc = _doc(
        [
            ("Libyan", 1, "amod", "ADJ", "JJ", ""),
            ("forces", 3, "nsubjpass", "NOUN", "NNS", "force"),
            ("were", 3, "auxpass", "AUX", "VBD", "be"),
            ("engaged", 3, "ROOT", "VERB", "VBN", "engage"),
            ("in", 3, "prep", "ADP", "IN", ""),
            ("clashes", 4, "pobj", "NOUN", "NNS", "clash"),
            ("with", 5, "prep", "ADP", "IN", ""),
            ("militants", 6, "pobj", "NOUN", "NNS", "militant"),
        ]
    )
    src, tgt = noun_roles(doc[5], _pattern("N", "ASSAULT", "with"))
    assert _words(src) == ["forces"] and _words(tgt) == ["militants"]


def test_quantities_stand_for_whom_they_count() -> None:
    # 45 percent of voters backed Clinton .
    doc = _doc(
        [
            ("45", 1, "nummod", "NUM", "CD", ""),
            ("percent", 4, "nsubj", "NOUN", "NN", ""),
            ("of", 1, "prep", "ADP", "IN", ""),
            ("voters", 2, "pobj", "NOUN", "NNS", "voter"),
            ("backed", 4, "ROOT", "VERB", "VBD", "back"),
            ("Clinton", 4, "dobj", "PROPN", "NNP", ""),
        ]
    )
    src, tgt = verb_roles(doc[4], _pattern(etype="SUPPORT"), None)
    assert _words(src) == ["voters"] and _words(tgt) == ["Clinton"]


def test_a_coordination_inside_a_name_is_one_actor() -> None:
    # the Planning and Zoning Commission rejected the plan .
    rows: list[Row] = [
        ("the", 4, "det", "DET", "DT", ""),
        ("Planning", 4, "compound", "PROPN", "NNP", ""),
        ("and", 1, "cc", "CCONJ", "CC", ""),
        ("Zoning", 1, "conj", "PROPN", "NNP", ""),
        ("Commission", 5, "nsubj", "PROPN", "NNP", ""),
        ("rejected", 5, "ROOT", "VERB", "VBD", "reject"),
        ("the", 7, "det", "DET", "DT", ""),
        ("plan", 5, "dobj", "NOUN", "NN", ""),
    ]
    src, _ = verb_roles(_doc(rows, [(0, 5, "ORG")])[5], _pattern(etype="REJECT"), None)
    assert _words(src) == ["Commission"]
    # Russia and Iran rejected the plan: two actors
    rows = [
        ("Russia", 3, "nsubj", "PROPN", "NNP", ""),
        ("and", 0, "cc", "CCONJ", "CC", ""),
        ("Iran", 0, "conj", "PROPN", "NNP", ""),
        ("rejected", 3, "ROOT", "VERB", "VBD", "reject"),
    ]
    src, _ = verb_roles(_doc(rows, [(0, 1, "GPE"), (2, 3, "GPE")])[3], _pattern(), None)
    assert _words(src) == ["Russia", "Iran"]


def test_coordinated_verbs_share_the_later_object() -> None:
    # Gibbs derided and insulted the left .   /   Gibbs derided and he insulted the left .
    rows: list[Row] = [
        ("Gibbs", 1, "nsubj", "PROPN", "NNP", ""),
        ("derided", 1, "ROOT", "VERB", "VBD", "deride"),
        ("and", 1, "cc", "CCONJ", "CC", ""),
        ("insulted", 1, "conj", "VERB", "VBD", "insult"),
        ("the", 5, "det", "DET", "DT", ""),
        ("left", 3, "dobj", "NOUN", "NN", ""),
    ]
    src, tgt = verb_roles(_doc(rows)[1], _pattern(), None)
    assert _words(src) == ["Gibbs"] and _words(tgt) == ["left"]
    rows = [
        ("Gibbs", 1, "nsubj", "PROPN", "NNP", ""),
        ("derided", 1, "ROOT", "VERB", "VBD", "deride"),
        ("and", 1, "cc", "CCONJ", "CC", ""),
        ("he", 4, "nsubj", "PRON", "PRP", ""),
        ("insulted", 1, "conj", "VERB", "VBD", "insult"),
        ("the", 6, "det", "DET", "DT", ""),
        ("left", 4, "dobj", "NOUN", "NN", ""),
    ]
    _, tgt = verb_roles(_doc(rows)[1], _pattern(), None)
    assert tgt == []  # a second clause with its own subject shares nothing


def test_request_target_is_the_subject_of_its_clause() -> None:
    # Congress demanded the government impose sanctions .
    doc = _doc(
        [
            ("Congress", 1, "nsubj", "PROPN", "NNP", ""),
            ("demanded", 1, "ROOT", "VERB", "VBD", "demand"),
            ("the", 3, "det", "DET", "DT", ""),
            ("government", 4, "nsubj", "NOUN", "NN", ""),
            ("impose", 1, "ccomp", "VERB", "VB", ""),
            ("sanctions", 4, "dobj", "NOUN", "NNS", "sanction"),
        ]
    )
    src, tgt = verb_roles(doc[1], _pattern(etype="REQUEST"), None)
    assert _words(src) == ["Congress"] and _words(tgt) == ["government"]
    _, tgt = verb_roles(doc[1], _pattern(etype="ASSAULT"), None)
    assert tgt == []  # a use of force has no content clause


def test_instrument_objects_do_not_control_the_infinitive() -> None:
    # police used gas to disperse protesters  /  Russia urged Iran to respond
    rows: list[Row] = [
        ("police", 1, "nsubj", "NOUN", "NNS", ""),
        ("used", 1, "ROOT", "VERB", "VBD", "use"),
        ("gas", 1, "dobj", "NOUN", "NN", ""),
        ("to", 4, "aux", "PART", "TO", ""),
        ("disperse", 1, "xcomp", "VERB", "VB", ""),
        ("protesters", 4, "dobj", "NOUN", "NNS", "protester"),
    ]
    assert subject(_doc(rows)[4]).text == "police"  # type: ignore[union-attr]
    rows[0], rows[1], rows[2] = (
        ("Russia", 1, "nsubj", "PROPN", "NNP", ""),
        ("urged", 1, "ROOT", "VERB", "VBD", "urge"),
        ("Iran", 1, "dobj", "PROPN", "NNP", ""),
    )
    assert subject(_doc(rows)[4]).text == "Iran"  # type: ignore[union-attr]


def test_pronoun_prefers_a_subject_earlier_in_its_own_sentence() -> None:
    # Syria protested .  While Israel stayed out , it bombed convoys .
    doc = _doc(
        [
            ("Syria", 1, "nsubj", "PROPN", "NNP", ""),
            ("protested", 1, "ROOT", "VERB", "VBD", "protest"),
            (".", 1, "punct", "PUNCT", ".", ""),
            ("While", 5, "mark", "SCONJ", "IN", ""),
            ("Israel", 5, "nsubj", "PROPN", "NNP", ""),
            ("stayed", 9, "advcl", "VERB", "VBD", "stay"),
            ("out", 5, "prt", "ADP", "RP", ""),
            (",", 9, "punct", "PUNCT", ",", ""),
            ("it", 9, "nsubj", "PRON", "PRP", ""),
            ("bombed", 9, "ROOT", "VERB", "VBD", "bomb"),
            ("convoys", 9, "dobj", "NOUN", "NNS", "convoy"),
        ]
    )
    assert _antecedent(doc[8]).text == "Israel"  # type: ignore[union-attr]
    # "his attack": the possessive stands for "he" (the previous sentence's subject here)
    doc = _doc(
        [
            ("Rubio", 1, "nsubj", "PROPN", "NNP", ""),
            ("spoke", 1, "ROOT", "VERB", "VBD", "speak"),
            (".", 1, "punct", "PUNCT", ".", ""),
            ("His", 4, "poss", "PRON", "PRP$", ""),
            ("attack", 5, "nsubj", "NOUN", "NN", ""),
            ("failed", 5, "ROOT", "VERB", "VBD", "fail"),
        ]
    )
    assert _antecedent(doc[3]).text == "Rubio"  # type: ignore[union-attr]
    src, _ = noun_roles(doc[4], _pattern("N", "ASSAULT", "on"))
    assert _words(src) == ["His"]


def test_nominal_trigger_takes_targets_the_parser_hung_on_its_verb() -> None:
    # the administration increased aid to Honduras .   (the parser attaches "to" to the verb)
    doc = _doc(
        [
            ("the", 1, "det", "DET", "DT", ""),
            ("administration", 2, "nsubj", "NOUN", "NN", ""),
            ("increased", 2, "ROOT", "VERB", "VBD", "increase"),
            ("aid", 2, "dobj", "NOUN", "NN", ""),
            ("to", 2, "prep", "ADP", "IN", ""),
            ("Honduras", 4, "pobj", "PROPN", "NNP", ""),
        ]
    )
    src, tgt = noun_roles(doc[3], _pattern("N", "AID", "to for"))
    assert _words(src) == ["administration"] and _words(tgt) == ["Honduras"]
    src, tgt = noun_roles(doc[3], _pattern("N", "AID", "for"))
    assert _words(tgt) == []  # only the trigger's own target prepositions


def test_a_protest_with_no_protesters_named_stands_for_them() -> None:
    # protests broke out .
    doc = _doc(
        [
            ("protests", 1, "nsubj", "NOUN", "NNS", "protest"),
            ("broke", 1, "ROOT", "VERB", "VBD", "break"),
            ("out", 1, "prt", "ADP", "RP", ""),
        ]
    )
    src, _ = noun_roles(doc[0], _pattern("N", "PROTEST", "against"))
    assert _words(src) == ["protests"]
    src, _ = noun_roles(doc[0], _pattern("N", "ASSAULT", "on"))
    assert src == []  # "clashes broke out": no such stand-in


def _arrest(speaker: str, lemma: str) -> Doc:
    # <speaker> say two men were arrested .
    return _doc(
        [
            (speaker, 1, "nsubj", "NOUN", "NNS", lemma),
            ("say", 1, "ROOT", "VERB", "VBP", "say"),
            ("two", 3, "nummod", "NUM", "CD", ""),
            ("men", 5, "nsubjpass", "NOUN", "NNS", "man"),
            ("were", 5, "auxpass", "AUX", "VBD", "be"),
            ("arrested", 1, "ccomp", "VERB", "VBN", "arrest"),
        ]
    )


def test_an_arrest_with_no_agent_is_made_by_the_police_reporting_it() -> None:
    src, tgt = verb_roles(_arrest("Police", "police")[5], _pattern(etype="COERCE"), None)
    assert _words(src) == ["Police"] and _words(tgt) == ["men"]
    src, _ = verb_roles(_arrest("Witnesses", "witness")[5], _pattern(etype="COERCE"), None)
    assert src == []  # witnesses report, they do not arrest
    src, _ = verb_roles(_arrest("Police", "police")[5], _pattern(etype="ASSAULT"), None)
    assert src == []  # "police say two men were killed": not by the police


def test_phrase_candidates_skip_the_fronted_setting_and_read_the_infinitive() -> None:
    # At the summit , NATO agreed to resume contacts with Moscow .
    doc = _doc(
        [
            ("At", 4, "prep", "ADP", "IN", ""),
            ("the", 2, "det", "DET", "DT", ""),
            ("summit", 0, "pobj", "NOUN", "NN", ""),
            (",", 4, "punct", "PUNCT", ",", ""),
            ("NATO", 4, "nsubj", "PROPN", "NNP", ""),
            ("agreed", 5, "ROOT", "VERB", "VBD", "agree"),
            ("to", 7, "aux", "PART", "TO", ""),
            ("resume", 5, "xcomp", "VERB", "VB", ""),
            ("contacts", 7, "dobj", "NOUN", "NNS", "contact"),
            ("with", 8, "prep", "ADP", "IN", ""),
            ("Moscow", 9, "pobj", "PROPN", "NNP", ""),
        ]
    )
    # the fronted setting ("At the summit") is skipped and the infinitive's phrases are read;
    # since targets24 (_roles_counterpart) the other party of the agreed act ("with Moscow")
    # comes before the thing resumed: NATO agreed with Moscow, not with "contacts"
    assert _words(phrase_candidates(doc[5])) == ["Moscow", "contacts"]


def test_he_and_his_need_a_person_and_see_through_relative_pronouns() -> None:
    # Trump won . 65 percent backed his plan .
    doc = _doc(
        [
            ("Trump", 1, "nsubj", "PROPN", "NNP", ""),
            ("won", 1, "ROOT", "VERB", "VBD", "win"),
            (".", 1, "punct", "PUNCT", ".", ""),
            ("65", 4, "nummod", "NUM", "CD", ""),
            ("percent", 5, "nsubj", "NOUN", "NN", ""),
            ("backed", 5, "ROOT", "VERB", "VBD", "back"),
            ("his", 7, "poss", "PRON", "PRP$", ""),
            ("plan", 5, "dobj", "NOUN", "NN", ""),
        ]
    )
    assert _antecedent(doc[6]).text == "Trump"  # type: ignore[union-attr]
    # Bush spoke . The senator who leads continued his attack .
    doc = _doc(
        [
            ("Bush", 1, "nsubj", "PROPN", "NNP", ""),
            ("spoke", 1, "ROOT", "VERB", "VBD", "speak"),
            (".", 1, "punct", "PUNCT", ".", ""),
            ("The", 4, "det", "DET", "DT", ""),
            ("senator", 7, "nsubj", "NOUN", "NN", ""),
            ("who", 6, "nsubj", "PRON", "WP", ""),
            ("leads", 4, "relcl", "VERB", "VBZ", "lead"),
            ("continued", 7, "ROOT", "VERB", "VBD", "continue"),
            ("his", 9, "poss", "PRON", "PRP$", ""),
            ("attack", 7, "dobj", "NOUN", "NN", ""),
        ]
    )
    assert _antecedent(doc[8]).text == "senator"  # type: ignore[union-attr]


def test_subjects_through_subordinators_passives_and_things() -> None:
    # Besides attacking Bush , Trump spoke .
    doc = _doc(
        [
            ("Besides", 5, "prep", "SCONJ", "IN", ""),
            ("attacking", 0, "pcomp", "VERB", "VBG", "attack"),
            ("Bush", 1, "dobj", "PROPN", "NNP", ""),
            (",", 5, "punct", "PUNCT", ",", ""),
            ("Trump", 5, "nsubj", "PROPN", "NNP", ""),
            ("spoke", 5, "ROOT", "VERB", "VBD", "speak"),
        ]
    )
    assert subject(doc[1]).text == "Trump"  # type: ignore[union-attr]
    # Roof is accused of killing nine .
    doc = _doc(
        [
            ("Roof", 2, "nsubjpass", "PROPN", "NNP", ""),
            ("is", 2, "auxpass", "AUX", "VBZ", "be"),
            ("accused", 2, "ROOT", "VERB", "VBN", "accuse"),
            ("of", 2, "prep", "ADP", "IN", ""),
            ("killing", 3, "pcomp", "VERB", "VBG", "kill"),
            ("nine", 4, "dobj", "NUM", "CD", ""),
        ]
    )
    assert subject(doc[4]).text == "Roof"  # type: ignore[union-attr]
    assert subject(doc[2]) is None  # the passive verb itself has no subject
    # Harris makes no apologies for accusing China .
    doc = _doc(
        [
            ("Harris", 1, "nsubj", "PROPN", "NNP", ""),
            ("makes", 1, "ROOT", "VERB", "VBZ", "make"),
            ("no", 3, "det", "DET", "DT", ""),
            ("apologies", 1, "dobj", "NOUN", "NNS", "apology"),
            ("for", 3, "prep", "ADP", "IN", ""),
            ("accusing", 4, "pcomp", "VERB", "VBG", "accuse"),
            ("China", 5, "dobj", "PROPN", "NNP", ""),
        ]
    )
    assert subject(doc[5]).text == "Harris"  # type: ignore[union-attr]


def test_a_clause_on_a_thing_belongs_to_its_owner_or_its_verbs_subject() -> None:
    # Bush spent his speech defending his record .   /   Trump 's plan barring Muslims failed .
    doc = _doc(
        [
            ("Bush", 1, "nsubj", "PROPN", "NNP", ""),
            ("spent", 1, "ROOT", "VERB", "VBD", "spend"),
            ("his", 3, "poss", "PRON", "PRP$", ""),
            ("speech", 1, "dobj", "NOUN", "NN", ""),
            ("defending", 3, "acl", "VERB", "VBG", "defend"),
            ("his", 6, "poss", "PRON", "PRP$", ""),
            ("record", 4, "dobj", "NOUN", "NN", ""),
        ]
    )
    assert subject(doc[4]).text == "his"  # type: ignore[union-attr]  # = Bush, resolved later
    doc = _doc(
        [
            ("Bush", 1, "nsubj", "PROPN", "NNP", ""),
            ("spent", 1, "ROOT", "VERB", "VBD", "spend"),
            ("a", 3, "det", "DET", "DT", ""),
            ("speech", 1, "dobj", "NOUN", "NN", ""),
            ("defending", 3, "acl", "VERB", "VBG", "defend"),
        ]
    )
    assert subject(doc[4]).text == "Bush"  # type: ignore[union-attr]  # "spent a speech ..."
    doc = _doc(
        [
            ("Trump", 2, "poss", "PROPN", "NNP", ""),
            ("'s", 0, "case", "PART", "POS", ""),
            ("plan", 5, "nsubj", "NOUN", "NN", ""),
            ("barring", 2, "acl", "VERB", "VBG", "bar"),
            ("Muslims", 3, "dobj", "PROPN", "NNPS", ""),
            ("failed", 5, "ROOT", "VERB", "VBD", "fail"),
        ]
    )
    assert subject(doc[3]).text == "Trump"  # type: ignore[union-attr]
    # the protesters marching on the capital: people, not a thing
    doc = _doc(
        [
            ("protesters", 2, "nsubj", "NOUN", "NNS", "protester"),
            ("marching", 0, "acl", "VERB", "VBG", "march"),
            ("shouted", 2, "ROOT", "VERB", "VBD", "shout"),
        ]
    )
    assert subject(doc[1]).text == "protesters"  # type: ignore[union-attr]


def test_content_clause_subject_is_the_target() -> None:
    # Georgia denied reports that rebels had agreed .
    rows: list[Row] = [
        ("Georgia", 1, "nsubj", "PROPN", "NNP", ""),
        ("denied", 1, "ROOT", "VERB", "VBD", "deny"),
        ("reports", 1, "dobj", "NOUN", "NNS", "report"),
        ("that", 6, "mark", "SCONJ", "IN", ""),
        ("rebels", 6, "nsubj", "NOUN", "NNS", "rebel"),
        ("had", 6, "aux", "AUX", "VBD", "have"),
        ("agreed", 2, "acl", "VERB", "VBN", "agree"),
    ]
    src, tgt = verb_roles(_doc(rows)[1], _pattern(etype="REJECT"), None)
    assert _words(src) == ["Georgia"] and _words(tgt) == ["rebels"]
    _, tgt = verb_roles(_doc(rows)[1], _pattern(etype="ASSAULT"), None)
    assert _words(tgt) == ["reports"]  # other types keep their object
    # Iran alleged that Israel armed them .   /   Iran denied that it armed them .
    rows = [
        ("Iran", 1, "nsubj", "PROPN", "NNP", ""),
        ("alleged", 1, "ROOT", "VERB", "VBD", "allege"),
        ("that", 4, "mark", "SCONJ", "IN", ""),
        ("Israel", 4, "nsubj", "PROPN", "NNP", ""),
        ("armed", 1, "ccomp", "VERB", "VBD", "arm"),
        ("them", 4, "dobj", "PRON", "PRP", ""),
    ]
    _, tgt = verb_roles(_doc(rows)[1], _pattern(etype="ACCUSE"), None)
    assert _words(tgt) == ["Israel"]
    rows[3] = ("it", 4, "nsubj", "PRON", "PRP", "")
    _, tgt = verb_roles(_doc(rows)[1], _pattern(etype="REJECT"), None)
    assert tgt == []  # "denied that it ...": most often the speaker itself


def test_won_the_endorsement_of_x() -> None:
    # Cruz won the endorsement of Vander .
    doc = _doc(
        [
            ("Cruz", 1, "nsubj", "PROPN", "NNP", ""),
            ("won", 1, "ROOT", "VERB", "VBD", "win"),
            ("the", 3, "det", "DET", "DT", ""),
            ("endorsement", 1, "dobj", "NOUN", "NN", ""),
            ("of", 3, "prep", "ADP", "IN", ""),
            ("Vander", 4, "pobj", "PROPN", "NNP", ""),
        ]
    )
    src, tgt = noun_roles(doc[3], _pattern("N", "SUPPORT", "of"))
    assert _words(src) == ["Vander"] and _words(tgt) == ["Cruz"]
    src, tgt = noun_roles(doc[3], _pattern("N", "ACCUSE", "of"))
    assert _words(src) == ["Cruz"] and _words(tgt) == ["Vander"]  # "won" undergoes only support
    # He faced the killings of journalists: the victims are no givers
    doc = _doc(
        [
            ("He", 1, "nsubj", "PRON", "PRP", "he"),
            ("faced", 1, "ROOT", "VERB", "VBD", "face"),
            ("the", 3, "det", "DET", "DT", ""),
            ("killings", 1, "dobj", "NOUN", "NNS", "killing"),
            ("of", 3, "prep", "ADP", "IN", ""),
            ("journalists", 4, "pobj", "NOUN", "NNS", "journalist"),
        ]
    )
    src, tgt = noun_roles(doc[3], _pattern("N", "ASSAULT", "of"))
    assert src == [] and _words(tgt) == ["journalists"]


def test_expressed_confidence_that_x_but_not_recognized_that_x() -> None:
    # Pompeo expressed confidence Riyadh could be trusted .
    rows: list[Row] = [
        ("Pompeo", 1, "nsubj", "PROPN", "NNP", ""),
        ("expressed", 1, "ROOT", "VERB", "VBD", "express"),
        ("confidence", 1, "dobj", "NOUN", "NN", ""),
        ("Riyadh", 6, "nsubjpass", "PROPN", "NNP", ""),
        ("could", 6, "aux", "AUX", "MD", ""),
        ("be", 6, "auxpass", "AUX", "VB", ""),
        ("trusted", 1, "ccomp", "VERB", "VBN", "trust"),
    ]
    doc = _doc(rows)
    _, tgt = verb_roles(doc[1], _pattern(etype="SUPPORT"), doc[2])
    assert _words(tgt) == ["Riyadh"]
    rows[1] = ("recognized", 1, "ROOT", "VERB", "VBD", "recognize")
    rows[2] = ("today", 1, "npadvmod", "NOUN", "NN", "")
    _, tgt = verb_roles(_doc(rows)[1], _pattern(etype="SUPPORT"), None)
    assert tgt == []


def test_they_falls_back_to_a_coordination_of_names() -> None:
    # Take Crapo and Risch . They endorsed Nye .
    doc = _doc(
        [
            ("Take", 0, "ROOT", "VERB", "VB", "take"),
            ("Crapo", 0, "dobj", "PROPN", "NNP", ""),
            ("and", 1, "cc", "CCONJ", "CC", ""),
            ("Risch", 1, "conj", "PROPN", "NNP", ""),
            (".", 0, "punct", "PUNCT", ".", ""),
            ("They", 6, "nsubj", "PRON", "PRP", "they"),
            ("endorsed", 6, "ROOT", "VERB", "VBD", "endorse"),
            ("Nye", 6, "dobj", "PROPN", "NNP", ""),
        ],
        [(1, 2, "PERSON"), (3, 4, "PERSON"), (7, 8, "PERSON")],
    )
    assert _antecedent(doc[5]).text == "Crapo"  # type: ignore[union-attr]  # with Risch
    assert _antecedent(doc[5]).conjuncts[0].text == "Risch"  # type: ignore[union-attr]


def test_between_on_the_verb_of_a_nominal_trigger() -> None:
    # Clashes erupted between police and protesters .  (the parser hangs "between" on the verb)
    doc = _doc(
        [
            ("Clashes", 1, "nsubj", "NOUN", "NNS", "clash"),
            ("erupted", 1, "ROOT", "VERB", "VBD", "erupt"),
            ("between", 1, "prep", "ADP", "IN", ""),
            ("police", 2, "pobj", "NOUN", "NNS", ""),
            ("and", 3, "cc", "CCONJ", "CC", ""),
            ("protesters", 3, "conj", "NOUN", "NNS", "protester"),
            (".", 1, "punct", "PUNCT", ".", ""),
        ]
    )
    src, tgt = noun_roles(doc[0], _pattern("N", "ASSAULT", "on against", reciprocal=True))
    assert _words(src) == ["police"] and _words(tgt) == ["protesters"]
    # Clashes erupted near the border .  (no sides named: none invented)
    doc = _doc(
        [
            ("Clashes", 1, "nsubj", "NOUN", "NNS", "clash"),
            ("erupted", 1, "ROOT", "VERB", "VBD", "erupt"),
            ("near", 1, "prep", "ADP", "IN", ""),
            ("the", 4, "det", "DET", "DT", ""),
            ("border", 2, "pobj", "NOUN", "NN", ""),
            (".", 1, "punct", "PUNCT", ".", ""),
        ]
    )
    src, tgt = noun_roles(doc[0], _pattern("N", "ASSAULT", "on against", reciprocal=True))
    assert src == [] and tgt == []


def test_agent_of_an_action_noun_subject_is_the_source() -> None:
    # An offensive by the army killed ten militants .
    rows: list[Row] = [
        ("An", 1, "det", "DET", "DT", "an"),
        ("offensive", 5, "nsubj", "NOUN", "NN", ""),
        ("by", 1, "prep", "ADP", "IN", ""),
        ("the", 4, "det", "DET", "DT", ""),
        ("army", 2, "pobj", "NOUN", "NN", ""),
        ("killed", 5, "ROOT", "VERB", "VBD", "kill"),
        ("ten", 7, "nummod", "NUM", "CD", ""),
        ("militants", 5, "dobj", "NOUN", "NNS", "militant"),
        (".", 5, "punct", "PUNCT", ".", ""),
    ]
    src, tgt = verb_roles(_doc(rows)[5], _pattern(etype="ASSAULT"), None)
    assert _words(src) == ["army"] and _words(tgt) == ["militants"]
    # A report by the UN criticized Israel .  ("report" is no action noun: the report is the
    # subject as before)
    doc = _doc(
        [
            ("A", 1, "det", "DET", "DT", "a"),
            ("report", 5, "nsubj", "NOUN", "NN", ""),
            ("by", 1, "prep", "ADP", "IN", ""),
            ("the", 4, "det", "DET", "DT", ""),
            ("UN", 2, "pobj", "PROPN", "NNP", ""),
            ("criticized", 5, "ROOT", "VERB", "VBD", "criticize"),
            ("Israel", 5, "dobj", "PROPN", "NNP", ""),
            (".", 5, "punct", "PUNCT", ".", ""),
        ]
    )
    src, tgt = verb_roles(doc[5], _pattern(etype="ACCUSE"), None)
    assert _words(src) == ["report"] and _words(tgt) == ["Israel"]


def test_transfer_verbs_target_the_recipient() -> None:
    # Two suspects have been handed over to the United States .  (passive: the patient is
    # what was handed over; the recipient is the target)
    rows: list[Row] = [
        ("Two", 1, "nummod", "NUM", "CD", ""),
        ("suspects", 4, "nsubjpass", "NOUN", "NNS", "suspect"),
        ("have", 4, "aux", "AUX", "VBP", ""),
        ("been", 4, "auxpass", "AUX", "VBN", "be"),
        ("handed", 4, "ROOT", "VERB", "VBN", "hand"),
        ("over", 4, "prt", "ADP", "RP", ""),
        ("to", 4, "prep", "ADP", "IN", ""),
        ("the", 9, "det", "DET", "DT", ""),
        ("United", 9, "compound", "PROPN", "NNP", ""),
        ("States", 6, "pobj", "PROPN", "NNP", ""),
    ]
    _, tgt = verb_roles(_doc(rows, [(7, 10, "GPE")])[4], _pattern(etype="COOPERATE"), None)
    assert _words(tgt) == ["States"]
    # Iran sent weapons to Syria .  (active: the object is the thing sent)
    rows = [
        ("Iran", 1, "nsubj", "PROPN", "NNP", ""),
        ("sent", 1, "ROOT", "VERB", "VBD", "send"),
        ("weapons", 1, "dobj", "NOUN", "NNS", "weapon"),
        ("to", 1, "prep", "ADP", "IN", ""),
        ("Syria", 3, "pobj", "PROPN", "NNP", ""),
    ]
    src, tgt = verb_roles(_doc(rows)[1], _pattern(etype="AID"), None)
    assert (_words(src), _words(tgt)) == (["Iran"], ["Syria"])
    # a verb that hands nothing over keeps its object: "Iran warned Syria to ..."
    rows = [
        ("Iran", 1, "nsubj", "PROPN", "NNP", ""),
        ("urged", 1, "ROOT", "VERB", "VBD", "urge"),
        ("Syria", 1, "dobj", "PROPN", "NNP", ""),
        ("to", 4, "aux", "PART", "TO", ""),
        ("talk", 1, "xcomp", "VERB", "VB", ""),
    ]
    _, tgt = verb_roles(_doc(rows)[1], _pattern(etype="REQUEST"), None)
    assert _words(tgt) == ["Syria"]


def test_in_support_of_names_the_target() -> None:
    # unions spent millions in support of Sanders .
    rows: list[Row] = [
        ("unions", 1, "nsubj", "NOUN", "NNS", "union"),
        ("spent", 1, "ROOT", "VERB", "VBD", "spend"),
        ("millions", 1, "dobj", "NOUN", "NNS", "million"),
        ("in", 1, "prep", "ADP", "IN", ""),
        ("support", 3, "pobj", "NOUN", "NN", ""),
        ("of", 4, "prep", "ADP", "IN", ""),
        ("Sanders", 5, "pobj", "PROPN", "NNP", ""),
    ]
    doc = _doc(rows)
    src, tgt = noun_roles(doc[4], _pattern(pos="N", etype="SUPPORT", targets="for to"))
    assert (_words(src), _words(tgt)) == (["unions"], ["Sanders"])
    # "won the support of McCain": McCain gives it (the "of" object is no target here)
    rows = [
        ("Ryan", 1, "nsubj", "PROPN", "NNP", ""),
        ("won", 1, "ROOT", "VERB", "VBD", "win"),
        ("the", 3, "det", "DET", "DT", ""),
        ("support", 1, "dobj", "NOUN", "NN", ""),
        ("of", 3, "prep", "ADP", "IN", ""),
        ("McCain", 4, "pobj", "PROPN", "NNP", ""),
    ]
    src, tgt = noun_roles(_doc(rows)[3], _pattern(pos="N", etype="SUPPORT", targets="for to"))
    assert (_words(src), _words(tgt)) == (["McCain"], ["Ryan"])


def test_rebutting_a_hostile_event_makes_the_subject_its_target() -> None:
    # China rebuts American criticism .
    rows: list[Row] = [
        ("China", 1, "nsubj", "PROPN", "NNP", ""),
        ("rebuts", 1, "ROOT", "VERB", "VBZ", "rebut"),
        ("American", 3, "amod", "ADJ", "JJ", ""),
        ("criticism", 1, "dobj", "NOUN", "NN", ""),
    ]
    doc = _doc(rows, [(0, 1, "GPE"), (2, 3, "NORP")])
    src, tgt = noun_roles(doc[3], _pattern(pos="N", etype="ACCUSE", targets="of"))
    assert (_words(src), _words(tgt)) == (["American"], ["China"])
    # rejecting support is no support aimed at the subject: the subject gave nothing
    rows[3] = ("support", 1, "dobj", "NOUN", "NN", "")
    rows[1] = ("rejected", 1, "ROOT", "VERB", "VBD", "reject")
    doc = _doc(rows, [(0, 1, "GPE"), (2, 3, "NORP")])
    src, tgt = noun_roles(doc[3], _pattern(pos="N", etype="SUPPORT", targets="for"))
    assert (_words(src), _words(tgt)) == (["American"], [])


def test_a_protest_is_against_what_its_anti_word_names() -> None:
    # anti - Trump protesters marched .
    rows: list[Row] = [
        ("anti", 3, "amod", "ADJ", "JJ", ""),
        ("-", 3, "punct", "PUNCT", "HYPH", ""),
        ("Trump", 3, "compound", "PROPN", "NNP", ""),
        ("protesters", 4, "nsubj", "NOUN", "NNS", "protester"),
        ("marched", 4, "ROOT", "VERB", "VBD", "march"),
    ]
    src, tgt = verb_roles(_doc(rows)[4], _pattern(etype="PROTEST"), None)
    assert (_words(src), _words(tgt)) == (["protesters"], ["Trump"])
    # no "anti-" word: no target
    rows[0] = ("angry", 3, "amod", "ADJ", "JJ", "")
    rows[1] = ("young", 3, "amod", "ADJ", "JJ", "")
    src, tgt = verb_roles(_doc(rows)[4], _pattern(etype="PROTEST"), None)
    assert (_words(src), _words(tgt)) == (["protesters"], [])


def test_support_thrown_behind_or_picked_up() -> None:
    # Sanders will throw his support behind Clinton .
    rows: list[Row] = [
        ("Sanders", 2, "nsubj", "PROPN", "NNP", ""),
        ("will", 2, "aux", "AUX", "MD", ""),
        ("throw", 2, "ROOT", "VERB", "VB", ""),
        ("his", 4, "poss", "PRON", "PRP$", ""),
        ("support", 2, "dobj", "NOUN", "NN", ""),
        ("behind", 2, "prep", "ADP", "IN", ""),
        ("Clinton", 5, "pobj", "PROPN", "NNP", ""),
    ]
    src, tgt = noun_roles(_doc(rows)[4], _pattern(pos="N", etype="SUPPORT", targets="for to"))
    assert (_words(src), _words(tgt)) == (["his"], ["Clinton"])
    # Cruz picked up an endorsement from Perry .
    rows = [
        ("Cruz", 1, "nsubj", "PROPN", "NNP", ""),
        ("picked", 1, "ROOT", "VERB", "VBD", "pick"),
        ("up", 1, "prt", "ADP", "RP", ""),
        ("an", 4, "det", "DET", "DT", ""),
        ("endorsement", 1, "dobj", "NOUN", "NN", ""),
        ("from", 4, "prep", "ADP", "IN", ""),
        ("Perry", 5, "pobj", "PROPN", "NNP", ""),
    ]
    src, tgt = noun_roles(_doc(rows)[4], _pattern(pos="N", etype="SUPPORT", targets="of"))
    assert (_words(src), _words(tgt)) == (["Perry"], ["Cruz"])


def test_subject_through_an_adjective_and_its_preposition() -> None:
    # Trump was aggressive in denouncing the media .
    rows: list[Row] = [
        ("Trump", 1, "nsubj", "PROPN", "NNP", ""),
        ("was", 1, "ROOT", "AUX", "VBD", "be"),
        ("aggressive", 1, "acomp", "ADJ", "JJ", ""),
        ("in", 2, "prep", "ADP", "IN", ""),
        ("denouncing", 3, "pcomp", "VERB", "VBG", "denounce"),
        ("the", 6, "det", "DET", "DT", ""),
        ("media", 4, "dobj", "NOUN", "NNS", ""),
    ]
    src, tgt = verb_roles(_doc(rows)[4], _pattern(etype="ACCUSE"), None)
    assert (_words(src), _words(tgt)) == (["Trump"], ["media"])


def test_pronoun_after_a_quantity_is_the_people_counted() -> None:
    # 30 percent of voters say they will not vote .
    doc = _doc(
        [
            ("30", 1, "nummod", "NUM", "CD", ""),
            ("percent", 4, "nsubj", "NOUN", "NN", ""),
            ("of", 1, "prep", "ADP", "IN", ""),
            ("voters", 2, "pobj", "NOUN", "NNS", "voter"),
            ("say", 4, "ROOT", "VERB", "VBP", ""),
            ("they", 8, "nsubj", "PRON", "PRP", ""),
            ("will", 8, "aux", "AUX", "MD", ""),
            ("not", 8, "neg", "PART", "RB", ""),
            ("vote", 4, "ccomp", "VERB", "VB", ""),
        ]
    )
    assert _antecedent(doc[5]).text == "voters"  # type: ignore[union-attr]


def test_he_is_no_governing_subject_that_names_no_person() -> None:
    # Ryan spoke .  The report said he would resign .
    rows: list[Row] = [
        ("Ryan", 1, "nsubj", "PROPN", "NNP", ""),
        ("spoke", 1, "ROOT", "VERB", "VBD", "speak"),
        (".", 1, "punct", "PUNCT", ".", ""),
        ("The", 4, "det", "DET", "DT", ""),
        ("report", 5, "nsubj", "NOUN", "NN", ""),
        ("said", 5, "ROOT", "VERB", "VBD", "say"),
        ("he", 8, "nsubj", "PRON", "PRP", ""),
        ("would", 8, "aux", "AUX", "MD", ""),
        ("resign", 5, "ccomp", "VERB", "VB", ""),
    ]
    assert _antecedent(_doc(rows)[6]).text == "Ryan"  # type: ignore[union-attr]
    # with a person as the governing subject, that person
    rows[4] = ("Pelosi", 5, "nsubj", "PROPN", "NNP", "")
    assert _antecedent(_doc(rows)[6]).text == "Pelosi"  # type: ignore[union-attr]


def test_it_with_no_subject_is_the_organisation_named_before() -> None:
    # When Hurt asked Norton to republish it , it declined .
    doc = _doc(
        [
            ("When", 2, "advmod", "SCONJ", "WRB", ""),
            ("Hurt", 2, "nsubj", "PROPN", "NNP", ""),
            ("asked", 9, "advcl", "VERB", "VBD", "ask"),
            ("Norton", 2, "dobj", "PROPN", "NNP", ""),
            ("to", 5, "aux", "PART", "TO", ""),
            ("republish", 2, "xcomp", "VERB", "VB", ""),
            ("it", 5, "dobj", "PRON", "PRP", ""),
            (",", 9, "punct", "PUNCT", ",", ""),
            ("it", 9, "nsubj", "PRON", "PRP", ""),
            ("declined", 9, "ROOT", "VERB", "VBD", "decline"),
        ],
        [(1, 2, "PERSON"), (3, 4, "ORG")],
    )
    assert _antecedent(doc[8]).text == "Norton"  # type: ignore[union-attr]
    # "he" never takes an organisation
    assert _antecedent(doc[1]) is None


def test_the_other_persons_possessive_on_the_trigger_object_is_the_target() -> None:
    # Obama proposed it .  Republicans blocked his efforts .   ("blocked ... efforts" one
    # trigger: the object is the pattern's own word)
    rows: list[Row] = [
        ("Obama", 1, "nsubj", "PROPN", "NNP", ""),
        ("proposed", 1, "ROOT", "VERB", "VBD", "propose"),
        ("it", 1, "dobj", "PRON", "PRP", ""),
        (".", 1, "punct", "PUNCT", ".", ""),
        ("Republicans", 5, "nsubj", "PROPN", "NNPS", ""),
        ("blocked", 5, "ROOT", "VERB", "VBD", "block"),
        ("his", 7, "poss", "PRON", "PRP$", ""),
        ("efforts", 5, "dobj", "NOUN", "NNS", "effort"),
    ]
    doc = _doc(rows)
    src, tgt = verb_roles(doc[5], _pattern(etype="REJECT"), doc[7])
    assert (_words(src), _words(tgt)) == (["Republicans"], ["his"])
    # "Obama blocked his efforts": his own, no target
    rows[4] = ("Obama", 5, "nsubj", "PROPN", "NNP", "")
    doc = _doc(rows)
    src, tgt = verb_roles(doc[5], _pattern(etype="REJECT"), doc[7])
    assert (_words(src), _words(tgt)) == (["Obama"], [])


def test_the_owner_of_a_plan_does_what_its_of_clause_says() -> None:
    # Trump 's approach of seeking out leaders   /   Guardian stopped short of endorsing Clinton
    rows: list[Row] = [
        ("Trump", 2, "poss", "PROPN", "NNP", ""),
        ("'s", 0, "case", "PART", "POS", ""),
        ("approach", 2, "ROOT", "NOUN", "NN", ""),
        ("of", 2, "prep", "ADP", "IN", ""),
        ("seeking", 3, "pcomp", "VERB", "VBG", "seek"),
        ("out", 4, "prt", "ADP", "RP", ""),
        ("leaders", 4, "dobj", "NOUN", "NNS", "leader"),
    ]
    assert subject(_doc(rows)[4]).text == "Trump"  # type: ignore[union-attr]
    # "an approach of seeking ...": nobody named
    rows[0] = ("an", 2, "det", "DET", "DT", "")
    rows[1] = ("old", 2, "amod", "ADJ", "JJ", "")
    assert subject(_doc(rows)[4]) is None
    rows = [
        ("Guardian", 1, "nsubj", "PROPN", "NNP", ""),
        ("stopped", 1, "ROOT", "VERB", "VBD", "stop"),
        ("short", 1, "advmod", "ADV", "RB", ""),
        ("of", 2, "prep", "ADP", "IN", ""),
        ("endorsing", 3, "pcomp", "VERB", "VBG", "endorse"),
        ("Clinton", 4, "dobj", "PROPN", "NNP", ""),
    ]
    assert subject(_doc(rows)[4]).text == "Guardian"  # type: ignore[union-attr]
