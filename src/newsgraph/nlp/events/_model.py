"""The learned event-type classifier: weights as component state.

A multinomial logistic regression over the candidate features of :mod:`._features`, trained
by ``newsgraph train events`` (:mod:`newsgraph.train.events`, scikit-learn) and applied here
with numpy alone. Saved as two compact files in a directory:

* ``event_types.npz``: ``coef`` (features x classes, float16), ``intercept``, ``classes`` and
  ``features`` (the feature strings, in row order); with dense features (the spaCy model's
  contextual token vectors, :func:`newsgraph.nlp.events._features.dense`) also
  ``dense_coef`` (dimensions x classes, float32, the standardisation folded in) and
  ``dense_mean`` (the training mean, used when a doc has no tensor: no dense evidence);
* ``event_types.meta.json``: the feature-template version, the SHA-256 of the training data
  and of the word-cluster table the features read (``word_clusters.tsv.gz``), the spaCy model
  (name and version) the features were read with, the date, the scikit-learn version, the
  decision thresholds and training counts.

Loading checks the meta record: a different feature-template version or cluster table, a
missing file, or
weights that do not match the meta is a :class:`~newsgraph.errors.ResourceError` naming the
file, never silently zero weights. Features unseen in training carry no weight (by design:
they are words the classifier has no evidence about).
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, cast

import numpy as np

from newsgraph.errors import ResourceError
from newsgraph.nlp.events._features import FEATURE_VERSION, cluster_sha256

WEIGHTS_FILE = "event_types.npz"
META_FILE = "event_types.meta.json"
NONE = "NONE"  # the class of candidates that are no event
# how far below the bound a candidate's largest logit gap to NONE must be for
# :meth:`TypeModel.below` (float32 rounding in :meth:`TypeModel.probs` is below 1e-4)
_GAP_MARGIN = 1e-3

# decision thresholds used when a meta record gives none ("keep": a built-in pattern match
# whose own type it finds this unlikely, and less likely than no event, is dropped; 0 = off;
# "fill": in a sentence with no event, the classifier's likeliest proposal of at least this;
# above 1 = off)
DEFAULT_THRESHOLDS = {
    "propose": 0.6,
    "veto": 0.9,
    "retype": 0.9,
    "bare": 0.9,
    "keep": 0.0,
    "fill": 1.01,
}


@dataclass(slots=True)
class TypeModel:
    """Weights of the type classifier and the record of how they were made."""

    classes: list[str]
    features: list[str]
    coef: np.ndarray  # (n_features, n_classes)
    intercept: np.ndarray  # (n_classes,)
    meta: dict[str, Any] = field(default_factory=dict)
    dense_coef: np.ndarray | None = None  # (dense dimensions, n_classes)
    dense_mean: np.ndarray | None = None  # (dense dimensions,)
    _index: dict[str, int] = field(default_factory=dict, repr=False)
    _gap: tuple[np.ndarray, np.ndarray] | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        self._index = {f: i for i, f in enumerate(self.features)}
        self.coef = np.asarray(self.coef, dtype=np.float32)
        self.intercept = np.asarray(self.intercept, dtype=np.float32)
        if self.dense_coef is not None:
            self.dense_coef = np.asarray(self.dense_coef, dtype=np.float32)
            self.dense_mean = np.asarray(
                self.dense_mean
                if self.dense_mean is not None
                else np.zeros(self.dense_coef.shape[0]),
                dtype=np.float32,
            )

    @property
    def dense_width(self) -> int:
        """How many dense numbers a candidate needs (0: the model reads none)."""
        return 0 if self.dense_coef is None else int(self.dense_coef.shape[0])

    @property
    def thresholds(self) -> dict[str, float]:
        return {**DEFAULT_THRESHOLDS, **self.meta.get("thresholds", {})}

    def probs(self, feats: list[str], vec: np.ndarray | None = None) -> dict[str, float]:
        """Class probabilities of one candidate: its feature strings and, for a model with
        dense weights, its dense vector (None or a vector of another width: the training
        mean stands in, i.e. no dense evidence)."""
        known: set[int | None] = set(map(self._index.get, feats))
        known.discard(None)  # features unseen in training
        rows = cast(list[int], sorted(known))  # type: ignore[type-var]  # order-free sum
        z = self.intercept + (self.coef[rows].sum(axis=0) if rows else 0.0)
        if self.dense_coef is not None:
            if vec is None or vec.shape != (self.dense_coef.shape[0],):
                vec = self.dense_mean
            z = z + vec @ self.dense_coef
        z = z - z.max()
        e = np.exp(z)
        p = e / e.sum()
        return dict(zip(self.classes, p.tolist(), strict=True))

    def below(self, feats: list[list[str]], floor: float) -> list[bool]:
        """For each candidate (its feature strings; a model without dense weights), True when
        no class but ``NONE`` can have a probability of ``floor`` or more: its :meth:`probs`
        need not be computed. One numpy pass for all candidates of a doc.

        A class's probability is at most ``1 / (1 + exp(z_NONE - z_k))``, so every class
        whose logit gap to ``NONE`` stays below ``logit(floor)`` is below ``floor``. The gaps
        are summed in float64 and must clear that bound by :data:`_GAP_MARGIN`, far above the
        float32 rounding of :meth:`probs`; a candidate near the bound answers False (computed
        in full). Most candidates (verbs no pattern matched) are far below it."""
        if (
            self.dense_coef is not None
            or not 0.0 < floor < 1.0
            or NONE not in self.classes
            or len(self.classes) < 2
            or not feats
        ):
            return [False] * len(feats)
        gap, base = self._gaps()
        pad = len(gap) - 1  # a zero row: every candidate has at least one row
        get = self._index.get
        flat: list[int] = []
        starts: list[int] = []
        for f in feats:
            known = set(map(get, f))
            known.discard(None)
            starts.append(len(flat))
            flat.extend(known)  # type: ignore[arg-type]  # None discarded
            flat.append(pad)
        top = (np.add.reduceat(gap[flat], starts, axis=0) + base).max(axis=1)
        return (top < math.log(floor / (1.0 - floor)) - _GAP_MARGIN).tolist()  # type: ignore[no-any-return]

    def _gaps(self) -> tuple[np.ndarray, np.ndarray]:
        """Each feature's logit gaps of the classes but ``NONE`` to ``NONE`` (float64, one
        row per feature and a last row of zeros) and the intercept's (built on first use)."""
        if self._gap is None:
            n = self.classes.index(NONE)
            keep = [c for c in range(len(self.classes)) if c != n]
            coef, icpt = self.coef.astype(np.float64), self.intercept.astype(np.float64)
            rows = (coef - coef[:, [n]])[:, keep]
            self._gap = (np.vstack([rows, np.zeros((1, len(keep)))]), (icpt - icpt[n])[keep])
        return self._gap

    def to_disk(self, path: Path | str) -> None:
        """Write the weights and the meta record into directory ``path``."""
        folder = Path(path)
        folder.mkdir(parents=True, exist_ok=True)
        arrays: dict[str, Any] = {
            "coef": self.coef.astype(np.float16),
            "intercept": self.intercept.astype(np.float32),
            "classes": np.array(self.classes),
            "features": np.array(self.features),
        }
        if self.dense_coef is not None and self.dense_mean is not None:
            arrays |= {"dense_coef": self.dense_coef, "dense_mean": self.dense_mean}
        np.savez_compressed(folder / WEIGHTS_FILE, **arrays)
        meta = {
            **self.meta,
            "n_features": len(self.features),
            "classes": self.classes,
            "dense_width": self.dense_width,
        }
        (folder / META_FILE).write_text(
            json.dumps(meta, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )

    @classmethod
    def from_disk(cls, path: Path | str, *, spacy_model: str | None = None) -> TypeModel:
        """Read weights written by :meth:`to_disk`, checking their meta record.

        ``spacy_model`` ("name version" of the pipeline's trained model, if it has one) must
        match the model the weights were trained with (same name, same major.minor version)."""
        folder = Path(path)
        meta_path, weights_path = folder / META_FILE, folder / WEIGHTS_FILE
        for p in (meta_path, weights_path):
            if not p.is_file():
                raise ResourceError(str(p), "missing: event type weights need both files")
        try:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise ResourceError(str(meta_path), f"is not a JSON meta record ({exc})") from exc
        version = meta.get("feature_version")
        if version != FEATURE_VERSION:
            raise ResourceError(
                str(meta_path),
                f"weights were trained with feature templates {version!r} but this newsgraph "
                f"uses {FEATURE_VERSION!r}; retrain with `newsgraph train events`",
            )
        if (
            spacy_model
            and meta.get("spacy_model")
            and not _same_model(spacy_model, str(meta["spacy_model"]))
        ):
            raise ResourceError(
                str(meta_path),
                f"weights were trained on parses of {meta['spacy_model']!r}, the pipeline "
                f"uses {spacy_model!r}; retrain with `newsgraph train events`",
            )
        trained_on = meta.get("word_clusters_sha256")
        if trained_on and trained_on != cluster_sha256():
            raise ResourceError(
                str(meta_path),
                "weights were trained with another word-cluster table than the one shipped "
                "(weights/word_clusters.tsv.gz); retrain with `newsgraph train events`",
            )
        try:
            with np.load(weights_path, allow_pickle=False) as z:
                coef, intercept = z["coef"], z["intercept"]
                classes, features = [str(c) for c in z["classes"]], [str(f) for f in z["features"]]
                dense_coef = z["dense_coef"] if "dense_coef" in z.files else None
                dense_mean = z["dense_mean"] if "dense_mean" in z.files else None
        except (OSError, ValueError, KeyError) as exc:
            raise ResourceError(str(weights_path), f"cannot be read ({exc})") from exc
        if coef.shape != (len(features), len(classes)) or intercept.shape != (len(classes),):
            raise ResourceError(str(weights_path), "weights do not match their feature list")
        width = 0 if dense_coef is None else dense_coef.shape[0]
        if (
            classes != meta.get("classes")
            or len(features) != meta.get("n_features")
            or width != meta.get("dense_width", 0)
            or (dense_coef is not None and dense_coef.shape[1] != len(classes))
            or (dense_coef is not None and (dense_mean is None or dense_mean.shape != (width,)))
        ):
            raise ResourceError(str(meta_path), "meta record does not describe these weights")
        return cls(classes, features, coef, intercept, meta, dense_coef, dense_mean)


def _same_model(a: str, b: str) -> bool:
    """Same model name and same major.minor version ("en_core_web_sm 3.8.0")."""
    na, _, va = a.partition(" ")
    nb, _, vb = b.partition(" ")
    return na == nb and va.split(".")[:2] == vb.split(".")[:2]


def shipped_dir() -> Path:
    """The folder of the weights shipped with newsgraph."""
    return Path(str(resources.files("newsgraph.nlp.events").joinpath("weights")))


def load_shipped(spacy_model: str | None = None) -> TypeModel:
    """The shipped weights (a missing or mismatched file is a :class:`ResourceError`)."""
    return TypeModel.from_disk(shipped_dir(), spacy_model=spacy_model)
