"""Where the shipped trained states come from: one line per component (ux39, ``--version``).

Each statistical part newsgraph ships writes a ``meta.json`` when it is trained (``newsgraph
train ...``): the date, the feature-template version, the SHA-256 of its training data and the
spaCy model it was trained with. ``component_lines`` reads those files only (no numpy, no
spaCy: ``newsgraph --version`` stays as fast as ``--help``) and says, for each, when it was
trained, on what and with which features; a missing or unreadable file is said so, not raised.
"""

from __future__ import annotations

import json
from importlib import resources
from importlib.resources.abc import Traversable
from typing import Any

__all__ = ["COMPONENTS", "component_lines", "describe"]

# (what the user reads, meta file under the newsgraph package): the shipped states read at run
# time. Addressed from ``newsgraph`` itself: importing ``newsgraph.nlp...`` would load spaCy.
COMPONENTS: tuple[tuple[str, str], ...] = (
    ("events classifier", "nlp/events/weights/event_types.meta.json"),
    ("quotes scorer", "nlp/quotes/weights/meta.json"),
    ("framing tagger", "nlp/framing/weights/meta.json"),
    ("truecaser", "nlp/resources/truecase/meta.json"),
)

_SHA_SHOWN = 12  # enough of a SHA-256 to tell two training sets apart on one line


def _first(meta: dict[str, Any], *paths: str) -> Any:
    """The first present value among dotted key paths (the trainers name fields differently)."""
    for path in paths:
        value: Any = meta
        for key in path.split("."):
            value = value.get(key) if isinstance(value, dict) else None
        if value not in (None, ""):
            return value
    return None


def describe(meta: dict[str, Any]) -> str:
    """One line from a trainer's meta: date, features, training data, spaCy model."""
    parts = []
    date = _first(meta, "date")
    parts.append(f"trained {date}" if date else "training date not recorded")
    features = _first(meta, "feature_version", "features")
    if features:
        parts.append(f"features {features}")
    sha = _first(meta, "training_data_sha256", "training_data.sha256", "data_sha256")
    data = _first(meta, "data", "training_data.path")
    articles = _first(meta, "training_data.articles")
    if data and articles:
        data = f"{data}, {articles} articles"
    texts = _first(meta, "texts")
    if isinstance(texts, dict):  # the truecaser: texts per source
        data = ", ".join(f"{source} {n} texts" for source, n in texts.items())
    sentences = _first(meta, "sentences")
    if not data and isinstance(sentences, dict):  # the events classifier: sentences per source
        data = f"{sum(n for n in sentences.values() if isinstance(n, int))} sentences"
    if data or sha:
        said = f"data {data}" if data else "data"
        parts.append(f"{said} (sha256 {sha[:_SHA_SHOWN]})" if isinstance(sha, str) else said)
    model = _first(meta, "spacy_model")
    if not model and _first(meta, "model"):
        model = f"{meta['model']} {meta.get('model_version', '')}".strip()
    if model:
        parts.append(f"spaCy {model}")
    return ", ".join(parts)


def component_lines(
    components: tuple[tuple[str, str], ...] = COMPONENTS, root: Traversable | None = None
) -> list[str]:
    """``<component>: <provenance>`` for each shipped trained state, in ``components`` order;
    ``root`` is the folder the paths are under (the installed ``newsgraph`` package)."""
    base = root if root is not None else resources.files("newsgraph")
    lines = []
    for label, name in components:
        try:
            meta = json.loads(base.joinpath(name).read_text(encoding="utf-8"))
        except OSError:
            lines.append(f"{label}: not shipped (no {name})")
            continue
        except ValueError:  # not JSON, or not UTF-8
            meta = None
        if not isinstance(meta, dict):
            lines.append(f"{label}: unreadable {name}")
            continue
        lines.append(f"{label}: {describe(meta)}")
    return lines
