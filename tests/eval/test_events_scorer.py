"""The event gold scorer (newsgraph eval events) on hand-made sentences and a stub coder."""

from __future__ import annotations

from collections.abc import Callable

import spacy
from spacy.tokens import Doc

from newsgraph.eval.events import metrics, predictions
from newsgraph.eval.events_gold import GoldEvent, NegativeSentence
from newsgraph.model import Actor, Event, Span
from newsgraph.nlp._doc import register_extensions

register_extensions()
NLP = spacy.blank("en")


def _actor(code: str | None) -> Actor:
    return Actor(None, Span(0, 1, "x"), code, None, None)


def _event(etype: str, src: str | None, tgt: str | None, *, negated: bool = False) -> Event:
    return Event(
        id="e",
        type=etype,
        mode=None,
        quad=1,
        cameo="040",
        trigger=Span(0, 1, "x"),
        sources=[_actor(src)] if src is not None else [],
        targets=[_actor(tgt)] if tgt is not None else [],
        place=None,
        time=None,
        negated=negated,
        hypothetical=False,
        background=False,
        reported_by=None,
        sentence=0,
        confidence=0.5,
        rule="t",
    )


def _gold(gid: str, split: str, etype: str, src: str, tgt: str) -> GoldEvent:
    return GoldEvent(gid, split, "handwritten", "", 0, 1, gid, etype, (), "s", src, "t", tgt, "")  # type: ignore[arg-type]


def _neg(nid: str, split: str, corpus: str = "handwritten") -> NegativeSentence:
    return NegativeSentence(nid, split, corpus, "", None, None, nid, "sport", "")  # type: ignore[arg-type]


def _stub(coded: dict[str, list[Event]]) -> tuple[dict[str, Doc], Callable[[Doc], Doc]]:
    """Docs keyed by sentence id and a coder that gives each doc its listed events."""
    docs: dict[str, Doc] = {}
    for key, evs in coded.items():
        d = NLP.make_doc(key)
        d.user_data["evs"] = evs
        docs[key] = d

    def coder(doc: Doc) -> Doc:
        doc._.ng_events = doc.user_data["evs"]
        return doc

    return docs, coder


def test_predictions_skip_negated_and_take_first_codes() -> None:
    evs = [_event("AGREE", "USAGOV", None), _event("ASSAULT", "RUS", "UKR", negated=True)]
    assert predictions(evs) == [("AGREE", "USAGOV", "")]


def test_metrics_per_split_hand_computed() -> None:
    coded = {
        "g1": [_event("CONSULT", "USAGOV", "CHNGOV")],  # right type, both countries right
        "g2": [_event("ASSAULT", "RUSMIL", "SYR"), _event("ACCUSE", "SYRGOV", None)],  # 2 types
        "g3": [_event("AGREE", "IRN", None, negated=True)],  # negated: nothing predicted
        "n1": [_event("PROTEST", None, None)],  # an event on a no-event sentence
        "n2": [],
        "t1": [_event("REJECT", "FRA", None)],  # tune half: wrong type
    }
    docs, coder = _stub(coded)
    gold = [
        _gold("g1", "check", "CONSULT", "USAGOV", "CHN"),
        _gold("g2", "check", "ASSAULT", "RUSMIL", "TUR"),
        _gold("g3", "check", "AGREE", "IRN", ""),
        _gold("t1", "tune", "ACCUSE", "FRA", ""),
    ]
    negs = [_neg("n1", "check"), _neg("n2", "check")]
    m = metrics(coder, gold, negs, docs)
    # check: matched g1, g2 = 2 of 3 gold; distinct predicted types 1 + 2 + 0 = 3
    assert m["check_type_recall"] == round(2 / 3, 4)
    assert m["check_type_precision"] == round(2 / 3, 4)
    # sources: g1 USA = USA, g2 RUS = RUS, g3 unmatched -> 2/2; targets: CHN ok, TUR != SYR
    assert m["check_source_accuracy"] == 1.0 and m["check_target_accuracy"] == 0.5
    assert m["check_false_positive_rate"] == 0.5 and m["check_no_event_accuracy"] == 0.5
    assert m["tune_type_recall"] == 0.0 and m["tune_sentences"] == 1
    assert m["check_per_type_ASSAULT"] == "1/1 (predicted 1)"


def test_no_event_rate_by_origin_hand_computed() -> None:
    """Hand-written no-event rows (issue 10 item 4's set) and real corpus rows are counted
    apart: 1 of 2 hand-written rows and 2 of 3 corpus rows carry an event."""
    coded = {
        "h1": [_event("PROTEST", None, None)],
        "h2": [],
        "c1": [_event("ASSAULT", None, None)],
        "c2": [_event("AGREE", None, None), _event("SUPPORT", None, None)],
        "c3": [_event("REJECT", "FRA", None, negated=True)],  # negated: no event
        "t1": [_event("AGREE", None, None)],  # tune half: not counted in check
    }
    docs, coder = _stub(coded)
    negs = [
        _neg("h1", "check"),
        _neg("h2", "check"),
        _neg("c1", "check", "lgl"),
        _neg("c2", "check", "tbaq"),
        _neg("c3", "check", "ptc"),
        _neg("t1", "tune", "lgl"),
    ]
    m = metrics(coder, [], negs, docs)
    assert m["check_handwritten_negatives"] == 2
    assert m["check_handwritten_negatives_with_event"] == 1
    assert m["check_handwritten_no_event_accuracy"] == 0.5
    assert m["check_corpus_negatives"] == 3
    assert m["check_corpus_negatives_with_event"] == 1 + 1
    assert m["check_corpus_no_event_accuracy"] == round(1 - 2 / 3, 4)
    assert m["check_no_event_accuracy"] == round(1 - 3 / 5, 4)
    assert m["tune_corpus_negatives_with_event"] == 1
