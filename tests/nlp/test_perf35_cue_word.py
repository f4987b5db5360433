"""perf35: the quote cue word's features (quotes._cue_word.token_features) read from the parse's
lists (events._arrays.Parse) instead of Token properties: the same strings in the same order.
Expected values worked out by hand from the words, heads and labels given."""

from __future__ import annotations

from types import SimpleNamespace

from spacy.tokens import Doc


def _doc(vocab, words, spaces, pos, tags, deps, heads, lemmas):  # type: ignore[no-untyped-def]
    return Doc(
        vocab, words=words, spaces=spaces, pos=pos, tags=tags, deps=deps, heads=heads,
        lemmas=lemmas,
    )  # fmt: skip


def test_cue_word_features_from_the_parse_lists(bare_nlp) -> None:  # type: ignore[no-untyped-def]
    from newsgraph.nlp.quotes._cue_word import token_features

    # "Officials said that the plan would fail."
    doc = _doc(
        bare_nlp.vocab,
        ["Officials", "said", "that", "the", "plan", "would", "fail", "."],
        [True, True, True, True, True, True, False, False],
        ["NOUN", "VERB", "SCONJ", "DET", "NOUN", "AUX", "VERB", "PUNCT"],
        ["NNS", "VBD", "IN", "DT", "NN", "MD", "VB", "."],
        ["nsubj", "ROOT", "mark", "det", "nsubj", "aux", "ccomp", "punct"],
        [1, 1, 6, 4, 6, 6, 1, 1],
        ["official", "say", "that", "the", "plan", "would", "fail", "."],
    )
    toks = list(doc)
    lex = SimpleNamespace(gates={"say": "clause"})
    assert token_features(toks, toks[1], "say", lex) == [
        "bias", "lem=say", "tag=VBD", "dep=ROOT", "lem|dep=say|ROOT", "headpos|dep=VERB|ROOT",
        "headlem|dep=say|ROOT", "dep|headdep=ROOT|ROOT", "lem|tag=say|VBD", "suf=say|VERB",
        "prev=official", "next=that", "lem|prev=say|official", "lem|next=say|that",
        "gate=clause|ROOT", "kids=ccomp+nsubj", "pos|kids=VERB|ccomp+nsubj",
        "lem|kids=say|ccomp+nsubj", "kid=ccomp", "lem|kid=say|ccomp", "mark=that",
    ]  # fmt: skip


def test_cue_word_modal_particle_object_and_subordinate_word(bare_nlp) -> None:  # type: ignore[no-untyped-def]
    from newsgraph.nlp.quotes._cue_word import token_features

    # "He will point out the flaws."
    doc = _doc(
        bare_nlp.vocab,
        ["He", "will", "point", "out", "the", "flaws", "."],
        [True, True, True, True, True, False, False],
        ["PRON", "AUX", "VERB", "ADP", "DET", "NOUN", "PUNCT"],
        ["PRP", "MD", "VB", "RP", "DT", "NNS", "."],
        ["nsubj", "aux", "ROOT", "prt", "det", "dobj", "punct"],
        [2, 2, 2, 2, 5, 2, 2],
        ["he", "will", "point", "out", "the", "flaw", "."],
    )
    toks = list(doc)
    lex = SimpleNamespace(gates={})
    kids = "aux+dobj+nsubj+prt"
    assert token_features(toks, toks[2], "point", lex) == [
        "bias", "lem=point", "tag=VB", "dep=ROOT", "lem|dep=point|ROOT",
        "headpos|dep=VERB|ROOT", "headlem|dep=point|ROOT", "dep|headdep=ROOT|ROOT",
        "lem|tag=point|VB", "suf=int|VERB", "prev=will", "next=out", "lem|prev=point|will",
        "lem|next=point|out", f"kids={kids}", f"pos|kids=VERB|{kids}", f"lem|kids=point|{kids}",
        "kid=dobj", "lem|kid=point|dobj", "kid=prt", "lem|kid=point|prt",
        "modal", "lem|prt=point|out", "obj=NOUN", "lem|obj=point|NOUN",
    ]  # fmt: skip
    # the determiner's head is a noun inside the sentence: its own row, no dependents
    det = token_features(toks, toks[4], "the", lex)
    assert det[:6] == ["bias", "lem=the", "tag=DT", "dep=det", "lem|dep=the|det",
                       "headpos|dep=NOUN|det"]  # fmt: skip
    assert "kids=" in det and "dep|headdep=det|dobj" in det


class _Counting:
    """A token that counts how often its dependents are read."""

    def __init__(self, tok) -> None:  # type: ignore[no-untyped-def]
        self._tok = tok
        self.reads = 0

    def __getattr__(self, name: str):  # type: ignore[no-untyped-def]
        return getattr(self._tok, name)

    def __len__(self) -> int:
        return len(self._tok)

    @property
    def children(self):  # type: ignore[no-untyped-def]
        self.reads += 1
        return self._tok.children


def test_cue_span_and_source_read_the_dependents_once(bare_nlp) -> None:  # type: ignore[no-untyped-def]
    from newsgraph.nlp.quotes._contents import _cue_span
    from newsgraph.nlp.quotes._sources import _source_token

    # "Officials said repeatedly that the plan would fail."
    doc = _doc(
        bare_nlp.vocab,
        ["Officials", "said", "repeatedly", "that", "the", "plan", "would", "fail", "."],
        [True, True, True, True, True, True, True, False, False],
        ["NOUN", "VERB", "ADV", "SCONJ", "DET", "NOUN", "AUX", "VERB", "PUNCT"],
        ["NNS", "VBD", "RB", "IN", "DT", "NN", "MD", "VB", "."],
        ["nsubj", "ROOT", "advmod", "mark", "det", "nsubj", "aux", "ccomp", "punct"],
        [1, 1, 1, 7, 5, 7, 7, 1, 1],
        ["official", "say", "repeatedly", "that", "the", "plan", "would", "fail", "."],
    )
    verb = _Counting(doc[1])
    assert _cue_span(verb, None, {}) == (10, 25)  # "said repeatedly"
    assert verb.reads == 1
    verb = _Counting(doc[1])
    src, how = _source_token(verb)
    assert (src.text, how) == ("Officials", "subject")
    assert verb.reads == 1
