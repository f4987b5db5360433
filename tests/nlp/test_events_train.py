"""Training helpers of the event-type classifier (weak labels), without the model."""

from __future__ import annotations

from newsgraph.nlp.events._model import NONE
from newsgraph.train.events import Sentence, _Group, _labels, data_sha256, sentence_case


def test_headline_to_sentence_case_with_the_story_words() -> None:
    body = "Militants from the group attack a village in Istanbul, killing 65 civilians."
    title = "Militants Attack Istanbul Village, Killing 65 Civilians"
    # words the story uses in lower case are lowered; names (never lower-case) stay
    assert sentence_case(title, body) == "Militants attack Istanbul village, killing 65 civilians"


def _group(types: set[str]) -> _Group:
    feats = [["a"], ["b"], ["c"], ["d"]]
    return _Group(feats, ["ASSAULT", None, None, "COERCE"], 1, frozenset(types), 1.0)


def test_candidate_labels_from_a_sentence_label() -> None:
    # a pattern of the sentence's type takes it; other patterns are left out; free verbs NONE
    assert _labels(_group({"ASSAULT"}), 1) == ["ASSAULT", NONE, NONE, None]
    # no pattern names the type: the head candidate takes it
    assert _labels(_group({"PROTEST"}), 1) == [None, "PROTEST", NONE, None]
    assert _labels(_group({"PROTEST"}), 2) == [None, NONE, "PROTEST", None]
    # a no-event sentence: every candidate is NONE
    assert _labels(_group(set()), 1) == [NONE, NONE, NONE, NONE]


def test_training_data_hash_depends_on_text_label_and_order() -> None:
    a = Sentence("Rebels attacked.", frozenset({"ASSAULT"}), "gold", 3.0)
    b = Sentence("Police arrested him.", frozenset({"COERCE"}), "gold", 3.0)
    assert data_sha256([a, b]) == data_sha256([a, b])
    assert data_sha256([a, b]) != data_sha256([b, a])
    relabelled = Sentence("Rebels attacked.", frozenset({"PROTEST"}), "gold", 3.0)
    assert data_sha256([a]) != data_sha256([relabelled])
