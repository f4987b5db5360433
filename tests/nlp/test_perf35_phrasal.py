"""perf35: events._phrasal.moving_sense reads a verb's dependents only for "blast"."""

from __future__ import annotations

from spacy.tokens import Doc


def _doc(vocab, words, spaces, pos, tags, deps, heads, lemmas):  # type: ignore[no-untyped-def]
    return Doc(
        vocab, words=words, spaces=spaces, pos=pos, tags=tags, deps=deps, heads=heads,
        lemmas=lemmas,
    )  # fmt: skip


class _Verb:
    """A verb whose dependents must not be read."""

    lemma_ = "Criticise"
    i = 3

    @property
    def children(self):  # type: ignore[no-untyped-def]
        raise AssertionError("the dependents of a verb with no moving sense were read")


def test_moving_sense_reads_no_dependents_of_other_verbs() -> None:
    from newsgraph.nlp.events._phrasal import moving_sense

    assert moving_sense(_Verb()) is False  # type: ignore[arg-type]


def test_control_moving_sense_of_blast(bare_nlp) -> None:  # type: ignore[no-untyped-def]
    from newsgraph.nlp.events._phrasal import moving_sense

    # "They blasted out an email." (sending) vs "They blasted out at the council." (criticism)
    sent = _doc(
        bare_nlp.vocab,
        ["They", "blasted", "out", "an", "email", "."],
        [True, True, True, True, False, False],
        ["PRON", "VERB", "ADP", "DET", "NOUN", "PUNCT"],
        ["PRP", "VBD", "RP", "DT", "NN", "."],
        ["nsubj", "ROOT", "prt", "det", "dobj", "punct"],
        [1, 1, 1, 4, 1, 1],
        ["they", "blast", "out", "an", "email", "."],
    )
    aimed = _doc(
        bare_nlp.vocab,
        ["They", "blasted", "out", "at", "the", "council", "."],
        [True, True, True, True, True, False, False],
        ["PRON", "VERB", "ADV", "ADP", "DET", "NOUN", "PUNCT"],
        ["PRP", "VBD", "RB", "IN", "DT", "NN", "."],
        ["nsubj", "ROOT", "advmod", "prep", "det", "pobj", "punct"],
        [1, 1, 1, 1, 5, 3, 1],
        ["they", "blast", "out", "at", "the", "council", "."],
    )
    assert moving_sense(sent[1]) is True
    assert moving_sense(aimed[1]) is False
