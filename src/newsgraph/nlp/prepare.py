"""First newsgraph component: caches the doc's text and sentence boundaries for the others.

``Doc.text`` joins every token on each access and ``Token.sent`` walks the sentence, so
components that ask for them per token turn linear work quadratic. This component computes
both once per doc and installs spaCy's own ``user_hooks``/``user_token_hooks``/
``user_span_hooks`` for ``sents``/``sent`` so every later component gets them in O(log n).
"""

from __future__ import annotations

import bisect

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from newsgraph.nlp._doc import _cached, doc_ents, register_extensions, tokens

register_extensions()


def _sent_bounds(doc: Doc) -> tuple[list[int], list[Span]]:
    def make() -> tuple[list[int], list[Span]]:
        spans = list(doc.sents)
        return [s.start for s in spans], spans

    return _cached(doc, "sent_bounds", make)  # type: ignore[no-any-return]


def _token_sent(token: Token) -> Span:
    starts, spans = _sent_bounds(token.doc)
    return spans[bisect.bisect_right(starts, token.i) - 1]


def _span_sent(span: Span) -> Span:
    starts, spans = _sent_bounds(span.doc)
    return spans[bisect.bisect_right(starts, span.start) - 1]


class Prepare:
    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        if doc._.ng_cache is None:
            doc._.ng_cache = {}
        if "text" not in doc._.ng_cache:  # the bounded tokenizer stores the text it was given
            doc._.ng_cache["text"] = doc.text
        _sent_bounds(doc)
        tokens(doc)
        doc_ents(doc)
        doc.user_hooks["sents"] = lambda d: iter(_sent_bounds(d)[1])
        doc.user_token_hooks["sent"] = _token_sent
        doc.user_span_hooks["sent"] = _span_sent
        return doc


@Language.factory(
    "newsgraph_prepare",
    requires=["token.is_sent_start"],
    # also installs Doc.user_hooks["sents"] and the token/span "sent" hooks (read-only views)
    assigns=["doc._.ng_cache"],
)
def make_prepare(nlp: Language, name: str) -> Prepare:
    return Prepare(nlp, name)
