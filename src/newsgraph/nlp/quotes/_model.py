"""The learned parts of ``newsgraph_quotes``: a cue scorer and a content-end chooser.

The parse offers far more cue candidates than the lexicon names: "backed", "slammed", "support
for", "made it clear". :func:`features` describes one candidate (its word, the shape the parse
gives it, the set of its dependents' labels, the words either side of it, its source and content,
the quotation marks around it) as a handful of strings, and a logistic regression over those
strings scores it. The content-end chooser
(:mod:`._bounds`) scores the places a content could end the same way, as a linear model.

No feature names a proper noun or a named entity: such words back off to their entity type
(``PERSON``, ``ORG``) or part of speech, so the weights carry no memory of the training corpus's
cast of people and places.

Both models are component state. :meth:`QuoteWeights.to_disk` writes a folder holding
``cue.npz`` and ``end.npz`` (feature names and float32 weights) and ``meta.json`` (the
feature-template version, the SHA-256 of the training data, the spaCy model the parses came
from, the date, library versions, the cue threshold, training counts); the shipped folder is
``nlp/quotes/weights/`` and ``newsgraph train quotes`` writes a new one. Loading checks the meta
record and every feature name against the templates this code writes: a mismatch is a
:class:`~newsgraph.errors.ResourceError` naming the file, never silently zero weights.

Prediction is a sum of looked-up weights per candidate: no extra model call. A model may also
carry ``dense`` weights over the parse model's contextual token vectors (``doc.tensor``, see
:func:`cue_vector`), stored beside the others in its ``.npz``; ``newsgraph.train.quotes``
fits them only when asked (``dense=True``), and the shipped weights have none.
"""

from __future__ import annotations

import bisect
import json
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from importlib import resources
from itertools import repeat
from pathlib import Path
from typing import Any

import numpy as np
from spacy.tokens import Doc, Token

from newsgraph.errors import ResourceError
from newsgraph.nlp._doc import doc_text, tokens
from newsgraph.nlp.quotes._bounds import END_TEMPLATES, word
from newsgraph.nlp.quotes._crf import CRF_FILE, SequenceTagger
from newsgraph.nlp.quotes._cue_word import token_features
from newsgraph.nlp.quotes._cue_word import token_kind as _token_kind
from newsgraph.nlp.quotes._lexicon import Lexicon
from newsgraph.nlp.quotes._rules import Candidate
from newsgraph.nlp.quotes._starts import START_TEMPLATES

Char = tuple[int, int]

# Bump whenever a feature template in features() or _bounds.end_features() changes: weights
# trained with other templates are refused at load.
FEATURE_VERSION = "quotes-features/6"
META_FILE = "meta.json"
CUE_FILE = "cue.npz"
END_FILE = "end.npz"
START_FILE = "start.npz"

_OPEN = '"“‘«'
CUE_WINDOW = 2  # words either side of a cue word whose mean vector the cue scorer reads
_CLOSE = '"”’»'

# the template of a feature is its name up to the first "=" (the whole name when it has none)
CUE_TEMPLATES = frozenset(
    {
        "bias",
        "lex",
        "lem",
        "rule",
        "lem|rule",
        "tag",
        "dep",
        "lem|dep",
        "headpos|dep",
        "how",
        "headlem|dep",
        "gate",
        "kid",
        "lem|kid",
        "modal",
        "mark",
        "obj",
        "lem|obj",
        "lem|prt",
        "src",
        "lem|src",
        "content",
        "clen",
        "cpos",
        "chead",
        "lem|chead",
        "cue",
        "quote-closes-before",
        "quote-near-before",
        "quote-opens-after",
        "quote-near-after",
        "first-in-sentence",
        "prev",
        "next",
        "lem|prev",
        "lem|next",
        "lem|tag",
        "kids",
        "pos|kids",
        "lem|kids",
        "suf",
        "dep|headdep",
        "nest",
        "lex|nest",
    }
)


def template(feature: str) -> str:
    """The template a feature name comes from: ``lem|dep=say|ROOT`` -> ``lem|dep``."""
    return feature.split("=", 1)[0]


def _length_bucket(n: int) -> str:
    for edge in (1, 3, 8, 20, 40):
        if n <= edge:
            return str(edge)
    return "more"


def features(
    doc: Doc, cand: Candidate, quoted: Sequence[Char] | QuoteIndex, lex: Lexicon, *, nest: str
) -> list[str]:
    """The strings that describe one cue candidate to the scorer (no proper nouns in them).

    ``quoted``: the doc's quoted stretches, or a :class:`QuoteIndex` of them (built once per
    doc when many candidates are described); ``nest``: the rule of the lexicon candidate whose
    content holds the cue (:func:`~newsgraph.nlp.quotes._nesting.nest_rules`), or ``none``.
    """
    toks = tokens(doc)
    tok = toks[cand.head]
    lemma = word(tok)
    index = QuoteIndex.of(quoted)
    rule, _, how = cand.rule.partition("+")
    out = [
        f"lex={cand.lexical}",
        f"rule={rule}",
        f"lem|rule={lemma}|{rule}",
        f"how={how}",
        f"nest={nest}",
        f"lex|nest={cand.lexical}|{nest}",
    ]
    out.extend(token_features(toks, tok, lemma, lex))
    if cand.source_token is not None:
        kind = _token_kind(toks[cand.source_token])
        out.append(f"src={kind}")
        out.append(f"lem|src={lemma}|{kind.split(':')[0]}")
    else:
        out.append("src=none")
        out.append(f"lem|src={lemma}|none")
    if cand.content is None:
        out.append("content=none")
    else:
        a, b = cand.content
        n = len(doc_text(doc)[a:b].split())
        out.append(f"clen={_length_bucket(n)}")
        out.append(f"cpos={'before' if b <= cand.cue[0] else 'after'}")
        head = toks[cand.content_token] if cand.content_token is not None else None
        if head is not None:
            out.append(f"chead={_token_kind(head)}|{head.dep_}")
            out.append(f"lem|chead={lemma}|{head.pos_}")
        if index.covers(a, b):
            out.append("content=quoted")
    out.extend(_quote_features(doc, cand, index))
    return out


def cue_vector(doc: Doc, i: int) -> np.ndarray | None:
    """The dense input of the cue scorer for the word at token ``i``: the parse model's
    contextual vector of the word (``doc.tensor``, what its tok2vec computed for tagging and
    parsing) and the mean of the vectors of the words within :data:`CUE_WINDOW` of it.

    None when the doc carries no such vectors (a doc not parsed by a model with a tok2vec).
    The vector depends on the word alone, like :func:`token_features`.
    """
    tensor = doc.tensor
    if tensor is None or tensor.ndim != 2 or tensor.shape[1] == 0 or tensor.shape[0] != len(doc):
        return None
    lo, hi = max(0, i - CUE_WINDOW), min(len(doc), i + CUE_WINDOW + 1)
    return np.concatenate([tensor[i], tensor[lo:hi].mean(axis=0)])


class CueBound:
    """An upper bound on the cue scorer's score of a broad (non-lexicon) verb candidate, known
    before the candidate's spans are built.

    The features of the word (:func:`token_features`, :func:`cue_vector`), of its rule and of
    its source word are summed exactly; those of its content and of the quotation marks near it
    are bounded by the largest weight their templates have. A verb whose bound is below the
    threshold yields no candidate the scorer accepts, so its spans are never built: the same
    candidates are accepted, at a fraction of the cost.
    """

    def __init__(self, model: LinearModel, threshold: float) -> None:
        self.model = model
        self.threshold = threshold
        # the score at which the probability reaches the threshold, less a margin for rounding
        self.limit = math.log(threshold / (1.0 - threshold)) - 1e-6
        w = model.weights
        top: dict[str, float] = {}
        for name, value in w.items():
            tpl = template(name)
            top[tpl] = max(top.get(tpl, 0.0), value)
        # a content: its length and side of the cue, maybe in quotation marks
        self.content = top.get("clen", 0.0) + top.get("cpos", 0.0)
        self.content += max(0.0, w.get("content=quoted", 0.0))
        self.no_content = w.get("content=none", 0.0)
        # the lexicon content the cue sits in (unknown before the spans): the largest weight
        self.nest = max(0.0, top.get("nest", 0.0)) + max(
            [0.0, *(v for n, v in w.items() if n.startswith("lex|nest=False|"))]
        )
        self.quotes = (
            max(0.0, w.get("cue=inside-quote", 0.0))
            + max(top.get("quote-closes-before", 0.0), top.get("quote-near-before", 0.0))
            + max(top.get("quote-opens-after", 0.0), top.get("quote-near-after", 0.0))
        )

    def may_accept(
        self,
        toks: list[Token],
        tok: Token,
        lex: Lexicon,
        rule: str,
        src: Token | None,
        content: Token | None,
    ) -> bool:
        """False when the broad candidate at verb ``tok`` with ``rule`` (``verb-ccomp+agent``),
        source word ``src`` and content word ``content`` cannot reach the threshold."""
        w = self.model.weights
        lemma = word(tok)
        rule, _, how = rule.partition("+")
        feats = set(token_features(toks, tok, lemma, lex))
        feats.update(("lex=False", f"rule={rule}", f"lem|rule={lemma}|{rule}", f"how={how}"))
        if src is not None:
            kind = _token_kind(src)
            feats.add(f"src={kind}")
            feats.add(f"lem|src={lemma}|{kind.split(':')[0]}")
        else:
            feats.add("src=none")
            feats.add(f"lem|src={lemma}|none")
        with_content = self.content
        if content is not None:
            with_content += w.get(f"chead={_token_kind(content)}|{content.dep_}", 0.0)
            with_content += w.get(f"lem|chead={lemma}|{content.pos_}", 0.0)
        bound = (
            self.model.bias
            + sum(map(w.get, feats, repeat(0.0)))  # as a list's sum, in the set's order
            + max(self.no_content, with_content)
            + self.quotes
            + self.nest
        )
        if self.model.dense is not None:  # the word's vectors: known exactly
            bound += self.model.dense_score(cue_vector(tok.doc, tok.i))
        return bound >= self.limit


class QuoteIndex:
    """The quoted stretches of a doc indexed for the containment and nearness tests."""

    __slots__ = ("quoted", "starts", "max_end", "by_end")

    def __init__(self, quoted: Sequence[Char]) -> None:
        self.quoted = list(quoted)
        order = sorted(self.quoted)
        self.starts = [q0 for q0, _ in order]
        self.max_end: list[int] = []
        top = -1
        for _, q1 in order:
            top = max(top, q1)
            self.max_end.append(top)
        self.by_end = sorted((q1, q0) for q0, q1 in self.quoted)

    @staticmethod
    def of(quoted: Sequence[Char] | QuoteIndex) -> QuoteIndex:
        return quoted if isinstance(quoted, QuoteIndex) else QuoteIndex(quoted)

    def covers(self, a: int, b: int) -> bool:
        """Some stretch holds ``[a, b)``: ``q0 <= a and b <= q1``."""
        k = bisect.bisect_right(self.starts, a)
        return k > 0 and self.max_end[k - 1] >= b

    def strictly_inside(self, a: int, b: int) -> bool:
        """Some stretch holds ``[a, b]`` with room on both sides: ``q0 < a and b < q1``."""
        k = bisect.bisect_left(self.starts, a)
        return k > 0 and self.max_end[k - 1] > b

    def closes_near_before(self, c0: int) -> bool:
        """Some stretch ends in ``(c0 - 60, c0]`` having opened before ``c0 - 1``."""
        by_end = self.by_end
        k = bisect.bisect_right(by_end, (c0 - 60, math.inf))
        while k < len(by_end) and by_end[k][0] <= c0:
            if by_end[k][1] < c0 - 1:
                return True
            k += 1
        return False

    def opens_near_after(self, c1: int) -> bool:
        """Some stretch opens in ``[c1, c1 + 60)``."""
        k = bisect.bisect_left(self.starts, c1)
        return k < len(self.starts) and self.starts[k] < c1 + 60


def _quote_features(doc: Doc, cand: Candidate, index: QuoteIndex) -> list[str]:
    """Where the cue sits relative to quotation marks: inside one, or right before/after one."""
    text = doc_text(doc)
    c0, c1 = cand.cue
    out: list[str] = []
    if index.strictly_inside(c0, c1):
        out.append("cue=inside-quote")
    before = text[max(0, c0 - 60) : c0].rstrip()
    after = text[c1 : c1 + 60].lstrip()
    if before[-1:] in _CLOSE or before[-2:-1] in _CLOSE and before[-1:] in ",.":
        out.append("quote-closes-before")
    elif index.closes_near_before(c0):
        out.append("quote-near-before")
    if after[:1] in _OPEN or after[:1] in ":," and after[1:].lstrip()[:1] in _OPEN:
        out.append("quote-opens-after")
    elif index.opens_near_after(c1):
        out.append("quote-near-after")
    return out


@dataclass(slots=True)
class LinearModel:
    """A linear scorer over feature strings: ``bias + sum of the weights of the features``,
    plus, when it has ``dense`` weights, their dot product with a vector of numbers (the
    parse model's contextual token vectors, :func:`cue_vector`).

    Features outside the model's list weigh nothing at prediction time (words it has no
    evidence about); the list itself is checked against the templates at load.
    """

    names: list[str]
    coef: np.ndarray
    bias: float = 0.0
    dense: np.ndarray | None = None
    weights: dict[str, float] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.coef = np.asarray(self.coef, dtype=np.float32)
        if self.coef.shape != (len(self.names),):
            raise ValueError(f"{len(self.names)} feature names but {self.coef.shape} weights")
        if self.dense is not None:
            self.dense = np.asarray(self.dense, dtype=np.float32)
            if self.dense.ndim != 1 or not len(self.dense):
                raise ValueError(f"dense weights of shape {self.dense.shape} are not a vector")
        self.weights = {n: float(w) for n, w in zip(self.names, self.coef, strict=True)}

    @classmethod
    def from_weights(
        cls, weights: dict[str, float], bias: float = 0.0, dense: np.ndarray | None = None
    ) -> LinearModel:
        names = sorted(weights)
        return cls(names, np.array([weights[n] for n in names], dtype=np.float32), bias, dense)

    def dense_score(self, vector: np.ndarray | None) -> float:
        """The dense weights' dot product with ``vector`` (0.0 without either)."""
        if self.dense is None or vector is None:
            return 0.0
        if vector.shape != self.dense.shape:
            raise ResourceError(
                "quote weights",
                f"expect token vectors of width {self.dense.shape[0]} but the parse gives "
                f"{vector.shape[0]}; retrain with `newsgraph train quotes`",
            )
        return float(np.dot(self.dense.astype(np.float64), vector.astype(np.float64)))

    def score(self, feats: Iterable[str], vector: np.ndarray | None = None) -> float:
        # math.fsum is exactly rounded, so the sum does not depend on the set's order (which
        # changes with PYTHONHASHSEED from one process to the next): same input, same score
        # features without a weight (None) or with a zero one add nothing: left out
        if vector is None:
            return math.fsum([self.bias, *filter(None, map(self.weights.get, set(feats)))])
        parts = [self.bias, *filter(None, map(self.weights.get, set(feats)))]
        parts.append(self.dense_score(vector))
        return math.fsum(parts)

    def probability(self, feats: Iterable[str], vector: np.ndarray | None = None) -> float:
        z = self.score(feats) if vector is None else self.score(feats, vector)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def save(self, path: Path) -> None:
        arrays: dict[str, np.ndarray] = {
            "names": np.array(self.names, dtype=str),
            "coef": self.coef,
            "bias": np.array([self.bias], dtype=np.float32),
        }
        if self.dense is not None:
            arrays["dense"] = self.dense
        np.savez_compressed(path, **arrays)  # type: ignore[arg-type]

    @classmethod
    def load(cls, path: Path, templates: frozenset[str]) -> LinearModel:
        if not path.is_file():
            raise ResourceError(str(path), "missing: the quote weights folder needs it")
        try:
            with np.load(path, allow_pickle=False) as z:
                names = [str(n) for n in z["names"]]
                coef, bias = z["coef"], z["bias"]
                dense = z["dense"] if "dense" in z.files else None
        except (OSError, ValueError, KeyError) as exc:
            raise ResourceError(str(path), f"cannot be read as quote weights ({exc})") from exc
        if coef.shape != (len(names),) or bias.shape != (1,):
            raise ResourceError(str(path), "weights do not match their feature list")
        unknown = sorted({template(n) for n in names} - templates)
        if unknown:
            raise ResourceError(
                str(path),
                f"features from templates this newsgraph does not write ({', '.join(unknown[:5])})"
                "; retrain with `newsgraph train quotes`",
            )
        if not np.all(np.isfinite(coef)) or not math.isfinite(float(bias[0])):
            raise ResourceError(str(path), "weights are not finite numbers")
        if dense is not None and (dense.ndim != 1 or not np.all(np.isfinite(dense))):
            raise ResourceError(str(path), "dense weights are not a vector of finite numbers")
        return cls(names, coef, float(bias[0]), dense)


@dataclass(slots=True)
class QuoteWeights:
    """The cue scorer, the content-end and content-start choosers and the record of how they
    were made (a folder without ``start.npz`` has no start chooser: contents start where the
    parse starts them)."""

    cue: LinearModel
    end: LinearModel
    threshold: float
    meta: dict[str, Any] = field(default_factory=dict)
    start: LinearModel | None = None
    crf: SequenceTagger | None = None  # the sequence tagger (``crf.npz``; optional)

    def to_disk(self, path: Path | str) -> None:
        """Write ``cue.npz``, ``end.npz`` (``start.npz``) and ``meta.json`` into ``path``."""
        folder = Path(path)
        folder.mkdir(parents=True, exist_ok=True)
        self.cue.save(folder / CUE_FILE)
        self.end.save(folder / END_FILE)
        meta = {
            **self.meta,
            "feature_version": FEATURE_VERSION,
            "threshold": self.threshold,
            "cue_features": len(self.cue.names),
            "end_features": len(self.end.names),
        }
        meta.pop("start_features", None)
        if self.start is not None:
            self.start.save(folder / START_FILE)
            meta["start_features"] = len(self.start.names)
        meta.pop("crf_features", None)
        if self.crf is not None:
            self.crf.to_disk(folder / CRF_FILE)
            meta["crf_features"] = len(self.crf.names)
        (folder / META_FILE).write_text(
            json.dumps(meta, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )

    @classmethod
    def from_disk(cls, path: Path | str, *, spacy_model: str | None = None) -> QuoteWeights:
        """Read a folder written by :meth:`to_disk`, checking its meta record.

        ``spacy_model`` ("name version" of the pipeline's trained model, when it has one) must
        be the model the weights were trained on (same name, same major.minor version).
        """
        folder = Path(path)
        meta_path = folder / META_FILE
        if not meta_path.is_file():
            raise ResourceError(str(meta_path), "missing: the quote weights folder needs it")
        try:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise ResourceError(str(meta_path), f"is not a JSON meta record ({exc})") from exc
        if not isinstance(meta, dict):
            raise ResourceError(str(meta_path), "is not a JSON object")
        version = meta.get("feature_version")
        if version != FEATURE_VERSION:
            raise ResourceError(
                str(meta_path),
                f"weights were trained with feature templates {version!r} but this newsgraph "
                f"writes {FEATURE_VERSION!r}; retrain with `newsgraph train quotes`",
            )
        trained_on = meta.get("spacy_model")
        if spacy_model and trained_on and not same_model(spacy_model, str(trained_on)):
            raise ResourceError(
                str(meta_path),
                f"weights were trained on parses of {trained_on!r}, the pipeline uses "
                f"{spacy_model!r}; retrain with `newsgraph train quotes`",
            )
        threshold = meta.get("threshold")
        if not isinstance(threshold, int | float) or not 0.0 < float(threshold) < 1.0:
            raise ResourceError(str(meta_path), f"threshold {threshold!r} is not in (0, 1)")
        cue = LinearModel.load(folder / CUE_FILE, CUE_TEMPLATES)
        end = LinearModel.load(folder / END_FILE, END_TEMPLATES)
        start = None
        if "start_features" in meta or (folder / START_FILE).is_file():
            start = LinearModel.load(folder / START_FILE, START_TEMPLATES)
        models = [("cue_features", cue), ("end_features", end)]
        if start is not None:
            models.append(("start_features", start))
        crf = None
        if "crf_features" in meta or (folder / CRF_FILE).is_file():
            crf = SequenceTagger.from_disk(folder / CRF_FILE, spacy_model=spacy_model)
        for key, model in [*models, ("crf_features", crf)]:
            if model is not None and meta.get(key) != len(model.names):
                raise ResourceError(str(meta_path), f"{key} does not match the weights files")
        return cls(cue, end, float(threshold), meta, start, crf)


def same_model(a: str, b: str) -> bool:
    """Same model name and same major.minor version ("en_core_web_sm 3.8.0")."""
    na, _, va = a.partition(" ")
    nb, _, vb = b.partition(" ")
    return na == nb and va.split(".")[:2] == vb.split(".")[:2]


def spacy_model_of(nlp: Any) -> str | None:
    """``"<lang>_<name> <version>"`` of a trained pipeline; None for a blank one."""
    meta = getattr(nlp, "meta", None) or {}
    if not meta.get("name") or meta.get("name") == "pipeline" or not nlp.pipe_names:
        return None
    return f"{meta.get('lang', 'xx')}_{meta['name']} {meta.get('version', '')}".strip()


def shipped_dir() -> Path:
    """The folder of the weights shipped with newsgraph."""
    return Path(str(resources.files("newsgraph.nlp.quotes").joinpath("weights")))
