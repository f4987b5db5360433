"""perf34: a per-token function (the quote cue word's features) built once per doc, token and
arguments; each caller gets its own copy."""

from __future__ import annotations

from newsgraph.nlp._doc import per_token


def test_token_features_built_once_per_word_and_args(bare_nlp) -> None:  # type: ignore[no-untyped-def]
    calls: list[tuple[int, str]] = []

    @per_token("test.perf34")
    def feats(toks, tok, tag: str) -> list[str]:  # type: ignore[no-untyped-def]
        calls.append((tok.i, tag))
        return [tok.text, tag]

    doc = bare_nlp.make_doc("Officials said so.")
    toks = list(doc)
    first = feats(toks, toks[1], "a")
    first.append("changed by the caller")
    assert feats(toks, toks[1], "a") == ["said", "a"]  # a fresh copy each call
    assert calls == [(1, "a")]
    assert feats(toks, toks[1], "b") == ["said", "b"]  # other args: computed again
    assert feats(toks, toks[0], "b") == ["Officials", "b"]
    assert calls == [(1, "a"), (1, "b"), (0, "b")]


def test_control_token_features_not_shared_between_docs(bare_nlp) -> None:  # type: ignore[no-untyped-def]
    @per_token("test.perf34.docs")
    def feats(toks, tok) -> list[str]:  # type: ignore[no-untyped-def]
        return [tok.text]

    one = bare_nlp.make_doc("Officials said so.")
    two = bare_nlp.make_doc("Nobody denied it.")
    assert feats(list(one), one[1]) == ["said"]
    assert feats(list(two), two[1]) == ["denied"]
