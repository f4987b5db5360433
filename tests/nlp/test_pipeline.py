"""The pipeline is built from pipeline.cfg; factories load through entry points."""

from __future__ import annotations

import importlib.metadata as md

import pytest
import spacy

from newsgraph.nlp import pipeline


def _factories() -> dict[str, str]:
    eps = md.entry_points(group="spacy_factories")
    return {ep.name: ep.value for ep in eps if ep.name.startswith("newsgraph_")}


def test_every_component_of_the_config_is_an_entry_point():
    names = list(pipeline.config()["pipeline"]["components"])
    assert names[:3] == ["newsgraph_truecase", "newsgraph_headline", "newsgraph_entity_ruler"]
    assert set(names) <= set(_factories())


@pytest.mark.parametrize("factory", ["newsgraph_quotes", "newsgraph_times", "newsgraph_prepare"])
def test_blank_pipeline_adds_a_component_by_name(factory):
    nlp = spacy.blank("en")
    nlp.add_pipe(factory)
    assert nlp.pipe_names == [factory]


@pytest.mark.model
def test_full_pipeline_declares_what_it_reads(nlp):
    problems = nlp.analyze_pipes(pretty=False)["problems"]
    assert {name: p for name, p in problems.items() if p} == {}
    # the truecasing step rebuilds the doc right after the NER, the last pipe that reads case
    assert nlp.pipe_names.index("newsgraph_truecase") == nlp.pipe_names.index("ner") + 1
    # the headline parse repair right after it, before every component reads the parse
    assert nlp.pipe_names.index("newsgraph_headline") == nlp.pipe_names.index("ner") + 2
    assert nlp.pipe_names.index("newsgraph_entity_ruler") == nlp.pipe_names.index("ner") + 3
    names = nlp.pipe_names
    # attach gives events and quotes their time and place: it runs after all four
    for before in ("newsgraph_times", "newsgraph_places", "newsgraph_quotes", "newsgraph_events"):
        assert names.index(before) < names.index("newsgraph_attach")


@pytest.mark.model
def test_entity_ruler_patterns_keep_their_case(nlp):
    # spaCy tokenizes the ruler's phrase patterns with the pipeline built so far minus its last
    # pipe: with the tokenizer's truecasing on and newsgraph_truecase that last pipe, a Title
    # Case pattern of 3+ words was stored truecased ("Doctors without borders") and never
    # matched (8 of 788 patterns); the ruler now tokenizes its patterns with truecasing off
    ruler = nlp.get_pipe("newsgraph_entity_ruler")
    stored = {d.text for docs in ruler.phrase_patterns.values() for d in docs}
    assert {"Doctors Without Borders", "British Indian Ocean Territory"} <= stored
    doc = nlp("U.S. forces bombed a Doctors Without Borders hospital in Kunduz.")
    assert ("Doctors Without Borders", "ORG") in {(e.text, e.label_) for e in doc.ents}


@pytest.mark.model
def test_overrides_reach_the_component(bare_nlp, tmp_path):
    patterns = tmp_path / "p.tsv"
    patterns.write_text("# my patterns\n", encoding="utf-8")
    nlp = spacy.load(pipeline.MODEL)
    pipeline.add_components(nlp, {"components.newsgraph_events.extra_patterns": [str(patterns)]})
    assert nlp.get_pipe_config("newsgraph_events")["extra_patterns"] == [str(patterns)]


def test_unknown_override_section_is_named():
    nlp = spacy.blank("en")
    with pytest.raises(KeyError, match="newsgraph_nothing"):
        pipeline.add_components(nlp, {"components.newsgraph_nothing.x": 1})


def test_static_heap_freezes_only_inside_the_block():
    import gc

    assert gc.get_freeze_count() == 0
    with pipeline.static_heap():  # the objects alive now (modules, this test) are frozen
        assert gc.get_freeze_count() > 0
        with pipeline.static_heap():  # nested: leaves the outer freeze alone
            inner = gc.get_freeze_count()
        assert gc.get_freeze_count() == inner > 0
    assert gc.get_freeze_count() == 0  # nothing stays frozen (no memory kept)


def test_static_heap_leaves_a_callers_freeze_alone():
    import gc

    gc.freeze()
    try:
        before = gc.get_freeze_count()
        with pipeline.static_heap():
            pass
        assert gc.get_freeze_count() == before > 0
    finally:
        gc.unfreeze()


def test_static_heap_collects_the_blocks_garbage():
    # a reference cycle dropped inside the block is freed at its end (a batch's docs are such
    # cycles); left alive, the next block would freeze it with the rest
    import gc
    import weakref

    class Node:
        other: object = None

    with pipeline.static_heap():
        a, b = Node(), Node()
        a.other, b.other = b, a
        ref = weakref.ref(a)
        del a, b
        assert ref() is not None  # only the collector frees a cycle
    assert ref() is None
    assert gc.get_freeze_count() == 0


def test_static_heap_collects_young_objects_less_often_inside_the_block_only():
    import gc

    before = gc.get_threshold()
    with pipeline.static_heap():
        inside = gc.get_threshold()
    assert inside == (max(before[0], 10_000), *before[1:])
    assert gc.get_threshold() == before


@pytest.mark.model
def test_entity_ruler_patterns_keep_their_case_in_any_order():
    # the order that broke them: newsgraph_truecase is the last pipe when the ruler is built
    from newsgraph.nlp.pipeline import load_model
    from newsgraph.nlp.tokenizer import bounded

    nlp = load_model()
    nlp.tokenizer = bounded(nlp.tokenizer)
    nlp.add_pipe("newsgraph_truecase", after="ner")
    assert nlp.pipe_names[-1] == "newsgraph_truecase"
    ruler = nlp.add_pipe("newsgraph_entity_ruler", after="newsgraph_truecase")
    stored = {d.text for docs in ruler.phrase_patterns.values() for d in docs}
    assert {"Doctors Without Borders", "British Indian Ocean Territory"} <= stored
    assert nlp.tokenizer.truecase is True  # truecasing is back on for articles
