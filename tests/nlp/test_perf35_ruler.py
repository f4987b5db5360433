"""perf35: the attribute ruler's table keyed by a token's whole row (tag, dependency, space,
lower-case form): a row met before costs one look-up, with spaCy's annotations."""

from __future__ import annotations

import copy

import pytest
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

from newsgraph.nlp.attribute_ruler import FastAttributeRuler


@pytest.mark.model
def test_attribute_ruler_rows_met_before_skip_the_conditions(bare_nlp, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    ruler = bare_nlp.get_pipe("attribute_ruler")
    assert type(ruler) is AttributeRuler
    fast = copy.copy(ruler)
    fast.__class__ = FastAttributeRuler
    text = "There is no deal, and we ain't gonna sign it. I didn't."
    names = bare_nlp.pipe_names[: bare_nlp.pipe_names.index("attribute_ruler")]
    parsed = bare_nlp.make_doc(text)
    for name in names:
        parsed = bare_nlp.get_pipe(name)(parsed)

    def rows(doc: Doc) -> list[tuple[str, str, str, str]]:
        return [(t.text, t.pos_, str(t.morph), t.lemma_) for t in doc]

    want = rows(ruler(Doc(bare_nlp.vocab).from_bytes(parsed.to_bytes())))
    first = fast(Doc(bare_nlp.vocab).from_bytes(parsed.to_bytes()))
    assert rows(first) == want
    table = fast._table()
    met: list[object] = []
    real = table._meets
    monkeypatch.setattr(table, "_meets", lambda key: met.append(key) or real(key))
    second = fast(Doc(bare_nlp.vocab).from_bytes(parsed.to_bytes()))
    assert met == []  # every row was met in the first doc
    assert rows(second) == want
    by_word = {r[0]: r for r in rows(second)}
    # by hand: the existential "There", "ain't"
    assert by_word["There"][1] == "PRON" and by_word["ai"][3] == "be"
