"""Fixtures of the tests under tests/nlp.

``quotes_nlp``: the bare model with the quote finder.
``code``: the event coder's non-negated events of a sentence, read with the bare model
(published 2020-01-01). A module may define its own ``code`` (it then takes precedence)."""

from __future__ import annotations

import pytest

from newsgraph.nlp.events import EventCoder


@pytest.fixture(scope="module")
def code(bare_nlp):  # type: ignore[no-untyped-def]
    coder = EventCoder()

    def run(text: str):  # type: ignore[no-untyped-def]
        doc = bare_nlp.make_doc(text)
        doc._.ng_published = "2020-01-01"
        return [e for e in coder(bare_nlp(doc))._.ng_events if not e.negated]

    return run


@pytest.fixture(scope="module")
def quotes_nlp(bare_nlp):  # type: ignore[no-untyped-def]
    """The bare model with only the quote finder added (a copy, so other modules' models stay
    as they are)."""
    import copy

    nlp = copy.deepcopy(bare_nlp)
    nlp.add_pipe("newsgraph_quotes")
    return nlp
