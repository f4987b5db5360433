"""A linear-chain tagger over each sentence: which words are a Cue, a Source, a Content.

Each word gets a handful of feature strings from the parse and the cue lexicon
(:func:`token_features`): its word (a lemma, or for a name its entity type: no names are
memorised), tag, dependency label, its head's word and label, whether the cue lexicon lists it
or its head, whether it sits inside quotation marks, the nearest cue word it hangs from (and by
which branch: subject side, complement side) and its neighbours. A linear-chain CRF trained at
``newsgraph train quotes --crf`` time (python-crfsuite, train-time only) gives one weight per
(feature, label) and per label pair; :class:`SequenceTagger` keeps them in our own ``.npz``
and decodes with a numpy Viterbi at run time.

Labels are BIO over three roles: ``B-CUE I-CUE B-SRC I-SRC B-CON I-CON O``. When spans nest (a
content holding another attribution), the inner attribution's cue and source win.
"""

from __future__ import annotations

import bisect
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from spacy.tokens import Doc

from newsgraph.errors import ResourceError
from newsgraph.nlp._doc import doc_text, tokens
from newsgraph.nlp.quotes._bounds import word
from newsgraph.nlp.quotes._crf_fast import (
    FeatureTables,
    _ranges,
    inside_spans,
    sentence_ranges,
    viterbi_marginals,
)
from newsgraph.nlp.quotes._lexicon import Lexicon

# Bump whenever token_features() changes: weights trained with other templates are refused.
CRF_FEATURE_VERSION = "quotes-crf/1"
CRF_FILE = "crf.npz"
LABELS = ("O", "B-CUE", "I-CUE", "B-SRC", "I-SRC", "B-CON", "I-CON")
ROLE_OF_LABEL = {"CUE": "cue", "SRC": "source", "CON": "content"}
# what the component does with the tagger: nothing, add its attributions where the rules found
# none ("auto": that when the weights carry a tagger), accept cue candidates it labels a cue, or
# both
CRF_MODES = ("off", "auto", "add", "rescue", "both")
_CUE_IDS = (LABELS.index("B-CUE"), LABELS.index("I-CUE"))

Char = tuple[int, int]


def _clean(w: str) -> str:
    """A word with its whitespace escaped (feature names are one line each)."""
    return "".join(f"\\x{ord(c):02x}" if c.isspace() else c for c in w)


def sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges of the sequences tagged: the parse's sentences (``doc.sents``)."""
    from spacy.attrs import SENT_START

    if len(doc) == 0:
        return []
    return sentence_ranges(doc.to_array(SENT_START).astype(np.int64))


def token_features(
    doc: Doc,
    lex: Lexicon,
    quoted: Sequence[Char],
    bounds: Sequence[tuple[int, int]] | None = None,
) -> list[list[str]]:
    """Feature strings per token of ``doc`` (``quoted``: the quotation spans, sorted). With
    ``bounds`` (token ranges of whole sentences) only their tokens get features; the others
    get none."""
    toks = tokens(doc)
    n = len(toks)
    ranges = [(0, n)] if bounds is None else bounds
    # the words a token's features read: its sentence (heads and cue ancestors stay inside it)
    # and two words either side
    need: list[int] = []
    for a, b in ranges:
        need.extend(range(max(0, a - 2), min(n, b + 2)))
    if bounds is not None:
        need = sorted(set(need))
    words = [""] * n
    tags = [""] * n
    deps = [""] * n
    lemmas = [""] * n
    heads = list(range(n))
    for i in need:
        t = toks[i]
        w = word(t)
        words[i] = _clean(w) if t.is_space or " " in t.text else w
        tags[i] = t.tag_
        deps[i] = t.dep_
        lemmas[i] = t.lemma_.lower()
        heads[i] = t.head.i
    cue_words = lex.verbs.keys() | lex.nouns.keys()
    is_cue = [lem in cue_words for lem in lemmas]
    starts = [q[0] for q in quoted]
    text = doc_text(doc)
    out: list[list[str]] = [[] for _ in range(n)]
    for a, b in ranges:
        for i in range(a, b):
            t = toks[i]
            # quotation state: inside a quotation, the mark itself, or outside
            k = bisect.bisect_right(starts, t.idx) - 1
            if k >= 0 and t.idx < quoted[k][1]:
                qa, qb = quoted[k]
                inside = "open" if t.idx == qa else ("close" if t.idx + len(t) >= qb else "in")
            else:
                inside = "out"
            # the nearest cue word the token hangs from, and the branch it hangs by
            j, prev, depth = i, i, 0
            branch = "-"
            while depth < 12:
                if is_cue[j] and j != i:
                    branch = f"{deps[prev]}|{'L' if i < j else 'R'}|{tags[j][:2]}"
                    break
                if heads[j] == j:
                    break
                prev, j = j, heads[j]
                depth += 1
            h = heads[i]
            f = [
                "b",
                f"w={words[i]}",
                f"t={tags[i]}",
                f"d={deps[i]}",
                f"wd={words[i]}|{deps[i]}",
                f"hw={words[h]}|{deps[i]}",
                f"ht={tags[h]}|{deps[i]}",
                f"q={inside}",
                f"br={branch}",
                f"brq={branch}|{inside}",
            ]
            if is_cue[i]:
                f.append("cue")
                f.append(f"cue|{tags[i]}|{deps[i]}")
            if is_cue[h] and h != i:
                f.append(f"hcue|{deps[i]}")
            if lemmas[i] in lex.preps:
                f.append("prep")
            if t.is_space:
                f.append("nl" if "\n" in t.text else "sp")
            for o in (-2, -1, 1, 2):
                j = i + o
                if 0 <= j < n:
                    f.append(f"w{o}={words[j]}")
                    f.append(f"t{o}={tags[j]}")
                else:
                    f.append(f"w{o}=<edge>")
            if i > 0 and "\n" in text[toks[i - 1].idx : t.idx]:
                f.append("para-start")
            out[i] = f
    return out


def token_labels(doc: Doc, roles: Sequence[Mapping[str, Sequence[Char]]]) -> list[str]:
    """Gold BIO labels per token from attributions' role fragments (cue and source over
    content; one attribution's span stays one span)."""
    toks = tokens(doc)
    starts = [t.idx for t in toks]
    label = ["O"] * len(toks)
    span_id = [-1] * len(toks)
    rank = {"CON": 1, "SRC": 2, "CUE": 3}
    level = [0] * len(toks)
    sid = 0
    for att in roles:
        for role, tag in (("content", "CON"), ("source", "SRC"), ("cue", "CUE")):
            frags = att.get(role)
            if not frags:
                continue
            sid += 1
            for a, b in frags:
                lo = bisect.bisect_left(starts, a)
                hi = bisect.bisect_left(starts, b)
                for k in range(lo, hi):
                    if rank[tag] >= level[k]:
                        level[k] = rank[tag]
                        label[k] = tag
                        span_id[k] = sid
    out: list[str] = []
    for k, lab in enumerate(label):
        if lab == "O":
            out.append("O")
        elif k > 0 and label[k - 1] == lab and span_id[k - 1] == span_id[k]:
            out.append(f"I-{lab}")
        else:
            out.append(f"B-{lab}")
    return out


@dataclass(slots=True)
class SequenceTagger:
    """State weights (one row per feature name, one column per label) and label transitions
    (row: from, column: to), as python-crfsuite learned them; decoded here with numpy."""

    names: list[str]
    state: Any  # float32 (len(names), len(LABELS))
    trans: Any  # float32 (len(LABELS), len(LABELS))
    meta: dict[str, Any] = field(default_factory=dict)
    _index: dict[str, int] = field(default_factory=dict, repr=False)
    _padded: Any = field(default=None, repr=False)
    _tables: FeatureTables | None = field(default=None, repr=False)
    _padded32: Any = field(default=None, repr=False)

    def __post_init__(self) -> None:
        self._index = {n: i for i, n in enumerate(self.names)}
        # one extra zero row: the row of every feature the model has no weights for
        self._padded = np.vstack(
            [np.asarray(self.state, dtype=np.float64), np.zeros((1, len(LABELS)), np.float64)]
        )
        self._padded32 = self._padded.astype(np.float32)

    @property
    def tables(self) -> FeatureTables:
        """The feature names parsed into integer look-up tables (built on first use)."""
        if self._tables is None:
            self._tables = FeatureTables(self.names)
        return self._tables

    def tag_doc_tokens(
        self,
        doc: Doc,
        lex: Lexicon,
        quoted: Sequence[Char],
        bounds: Sequence[tuple[int, int]] | None = None,
        *,
        cue_sentences: bool = False,
        known_cues: Sequence[Char] = (),
    ) -> tuple[Any, Any, list[tuple[int, int]]]:
        """Label ids (into :data:`LABELS`) and their marginal probabilities for every token of
        ``doc``, from the vectorised features, and the sequences tagged: ``bounds`` (None: the
        sentences), or with ``cue_sentences`` those holding a cue-lexicon word (outside
        ``known_cues``, character spans) or a quotation mark. Outside the sequences tagged:
        label 0 and probability NaN; the probabilities are computed only in sequences where a
        word (outside ``known_cues``) is tagged a cue, NaN elsewhere."""
        rows, used, known = self.tables.rows(
            doc, lex, quoted, bounds, cue_sentences=cue_sentences, known_cues=known_cues
        )
        labels = np.zeros(len(doc), np.int64)
        probs = np.full(len(doc), np.nan)
        if not used:
            return labels, probs, used
        padded = self._padded32
        missing = self.tables.missing
        emit = np.zeros((len(rows), padded.shape[1]), np.float32)
        for c in range(rows.shape[1]):  # one template at a time: half the memory traffic
            col = rows[:, c]
            if col[0] != missing or (col != missing).any():  # skip a template no word has
                emit += padded[col]
        lens = [b - a for a, b in used]
        sel = _ranges(used)
        skip = None if known is None else known[sel]
        found, prob = viterbi_marginals(emit, lens, self.trans, only=_CUE_IDS, skip=skip)
        labels[sel] = found
        probs[sel] = prob
        return labels, probs, used

    def emissions(self, feats: Sequence[Sequence[str]]) -> Any:
        """Per-token label scores (tokens x labels): the sum of the tokens' feature rows."""
        get = self._index.get
        missing = len(self.names)
        width = max((len(f) for f in feats), default=0)
        rows = np.full((len(feats), width), missing, dtype=np.int64)
        for k, f in enumerate(feats):
            rows[k, : len(f)] = [get(name, missing) for name in f]
        return self._padded[rows].sum(axis=1)

    def decode(self, emit: Any, bounds: Sequence[tuple[int, int]]) -> tuple[list[int], Any]:
        """Best label per token (Viterbi within each ``[start, end)`` sequence) and each
        token's marginal probability of that label (forward-backward), all sequences at once."""
        if not bounds:
            return [], np.zeros(0, dtype=np.float64)
        sel = _ranges(bounds)
        found, prob = viterbi_marginals(
            np.asarray(emit)[sel], [b - a for a, b in bounds], self.trans
        )
        return [int(x) for x in found], prob

    def tag(
        self, feats: Sequence[Sequence[str]], bounds: Sequence[tuple[int, int]]
    ) -> tuple[list[str], Any]:
        """Labels and their marginal probabilities for the tokens of ``bounds`` (tokens
        outside every sequence are "O" with probability 1)."""
        emit = self.emissions(feats)
        found, prob = self.decode(emit, bounds)
        labels = ["O"] * len(feats)
        probs = np.ones(len(feats), dtype=np.float64)
        k = 0
        for a, b in bounds:
            labels[a:b] = [LABELS[x] for x in found[k : k + b - a]]
            probs[a:b] = prob[k : k + b - a]
            k += b - a
        return labels, probs

    def to_disk(self, path: Path) -> None:
        """Write ``path`` (an ``.npz``: feature names, float16 state weights, float32
        transitions, labels, the JSON meta record)."""
        meta = {**self.meta, "feature_version": CRF_FEATURE_VERSION, "features": len(self.names)}
        np.savez_compressed(
            path,
            names=np.asarray(self.names, dtype=str),
            state=np.asarray(self.state, dtype=np.float16),
            trans=np.asarray(self.trans, dtype=np.float32),
            labels=np.asarray(LABELS, dtype=str),
            meta=np.asarray(json.dumps(meta, sort_keys=True)),
        )

    @classmethod
    def from_disk(cls, path: Path, *, spacy_model: str | None = None) -> SequenceTagger:
        """Read a file written by :meth:`to_disk`, checking labels, shapes, the feature version
        and (when given) the spaCy model the tagger was trained on."""
        from newsgraph.nlp.quotes._model import same_model

        try:
            with np.load(path, allow_pickle=False) as z:
                labels = tuple(str(x) for x in z["labels"])
                names = [str(x) for x in z["names"]]
                state = z["state"].astype(np.float32)
                trans = z["trans"].astype(np.float32)
                meta = json.loads(str(z["meta"]))
        except (OSError, KeyError, ValueError) as exc:
            raise ResourceError(str(path), f"is not a quote sequence tagger ({exc})") from exc
        if labels != LABELS:
            raise ResourceError(str(path), f"labels {labels} are not {LABELS}")
        if meta.get("feature_version") != CRF_FEATURE_VERSION:
            raise ResourceError(
                str(path),
                f"trained with features {meta.get('feature_version')!r}, this newsgraph writes "
                f"{CRF_FEATURE_VERSION!r}; retrain with `newsgraph train quotes --crf`",
            )
        trained_on = meta.get("spacy_model")
        if spacy_model and trained_on and not same_model(spacy_model, str(trained_on)):
            raise ResourceError(
                str(path),
                f"trained on parses of {trained_on!r}, the pipeline uses {spacy_model!r}; "
                "retrain with `newsgraph train quotes --crf`",
            )
        if state.shape != (len(names), len(LABELS)) or trans.shape != (len(LABELS),) * 2:
            raise ResourceError(str(path), "weight shapes do not match the feature names")
        return cls(names, state, trans, meta)


@dataclass(frozen=True, slots=True)
class TaggedSpan:
    """A run of tokens the tagger gave one role: tokens ``[start, end)``, and the smallest
    marginal probability of a token's label inside it."""

    role: str  # "cue", "source", "content"
    start: int
    end: int
    prob: float


def tagged_spans(labels: Sequence[str], prob: Any, offset: int = 0) -> list[TaggedSpan]:
    """BIO labels to spans (an I- label without its B- opens a span)."""
    out: list[TaggedSpan] = []
    cur: str | None = None
    start = 0
    for k, lab in enumerate([*labels, "O"]):
        kind = lab[2:] if lab != "O" else None
        if cur is not None and (kind is None or lab.startswith("B-") or kind != cur):
            p = float(np.min(prob[start:k]))
            out.append(TaggedSpan(ROLE_OF_LABEL[cur], offset + start, offset + k, p))
            cur = None
        if kind is not None and cur is None:
            cur, start = kind, k
    return out


def _inside(doc: Doc, spans: Sequence[Char]) -> Any:
    """Per token of ``doc``: whether its characters lie inside one of ``spans``."""
    from spacy.attrs import IDX, LENGTH

    at = doc.to_array([IDX, LENGTH]).astype(np.int64).reshape(-1, 2)
    return inside_spans(at[:, 0], at[:, 1], spans)


def _spans(ids: Any, prob: Any, ranges: Sequence[tuple[int, int]]) -> list[TaggedSpan]:
    """:func:`tagged_spans` of the label ids (into :data:`LABELS`) of each token range of
    ``ranges``, with numpy (a span never crosses from one range into the next)."""
    sel = _ranges(ranges)
    lab = ids[sel]
    kind = (lab + 1) // 2  # 0 O, 1 CUE, 2 SRC, 3 CON
    prev = np.concatenate([[0], kind[:-1]])
    fresh = np.zeros(len(sel), bool)
    lens = np.array([b - a for a, b in ranges], np.int64)
    fresh[(np.cumsum(lens) - lens)[lens > 0]] = True  # a range's first token
    opens = (kind != 0) & ((lab % 2 == 1) | (prev != kind) | fresh)
    begin = np.flatnonzero(opens)
    if not len(begin):
        return []
    stops = np.flatnonzero(opens | (kind == 0) | fresh)
    end = np.append(stops, len(sel))[np.searchsorted(stops, begin, side="right")]
    roles = ("", "cue", "source", "content")
    p = prob[sel]
    return [
        TaggedSpan(roles[kind[a]], int(sel[a]), int(sel[a]) + b - a, float(p[a:b].min()))
        for a, b in zip(begin.tolist(), end.tolist(), strict=True)
    ]


@dataclass(frozen=True, slots=True)
class TaggedAttribution:
    """A cue the tagger found with the nearest source and content it tagged in its sentence
    (token spans)."""

    cue: TaggedSpan
    source: TaggedSpan | None
    content: TaggedSpan


@dataclass(frozen=True, slots=True)
class TaggedDoc:
    """The tagger's reading of a doc: per cue-labelled token its label's probability, and the
    attributions its spans make."""

    cue_prob: dict[int, float]
    attributions: list[TaggedAttribution]


def tag_doc(
    tagger: SequenceTagger,
    doc: Doc,
    lex: Lexicon,
    quoted: Sequence[Char],
    bounds: Sequence[tuple[int, int]] | None = None,
    *,
    cue_sentences: bool = False,
    known_cues: Sequence[Char] = (),
) -> TaggedDoc:
    """Tag every sentence (or the token ranges ``bounds``); pair each tagged cue with the nearest
    tagged source and content of its sentence (a cue without a content makes no attribution).
    With ``cue_sentences``, only the sentences holding a cue-lexicon word or a quotation mark
    are tagged; with ``known_cues`` (character spans of cues found already), a lexicon word
    inside them does not count, and a sentence whose tagged cue words all lie inside them is
    left out (no marginals computed: its attributions would overlap those cues).
    """
    ids, prob, used = tagger.tag_doc_tokens(
        doc, lex, quoted, bounds, cue_sentences=cue_sentences, known_cues=known_cues
    )
    cue_at = np.flatnonzero(((ids == 1) | (ids == 2)) & ~np.isnan(prob))
    cue_prob = dict(zip(cue_at.tolist(), prob[cue_at].tolist(), strict=True))
    out: list[TaggedAttribution] = []
    if not len(cue_at):
        return TaggedDoc(cue_prob, out)
    starts = np.array([a for a, _ in used], np.int64)
    with_cue = [used[k] for k in np.unique(np.searchsorted(starts, cue_at, side="right") - 1)]
    by_sentence: list[list[TaggedSpan]] = [[] for _ in with_cue]
    begin = [a for a, _ in with_cue]
    for span in _spans(ids, prob, with_cue):
        by_sentence[bisect.bisect_right(begin, span.start) - 1].append(span)
    for spans in by_sentence:
        sources = [s for s in spans if s.role == "source"]
        contents = [s for s in spans if s.role == "content"]
        for cue in (s for s in spans if s.role == "cue"):

            def gap(s: TaggedSpan, c: TaggedSpan = cue) -> int:
                return min(abs(s.start - c.end), abs(c.start - s.end))

            content = min(contents, key=gap, default=None)
            if content is None:
                continue
            out.append(TaggedAttribution(cue, min(sources, key=gap, default=None), content))
    return TaggedDoc(cue_prob, out)
