"""Parse features of event trigger candidates, for the learned type classifier.

A candidate is a word that may name an event: every word a trigger pattern matches, and every
verb. Its features are strings read from the parse around it: the trigger's lemma and part of
speech, its dependency shape (its relation, its dependents' relations, the particle, the
preposition words), the lemmas of its object and of its prepositional objects, the kinds of
its arguments (named-entity type, "agent" for generic actor nouns, "pron"), the lemma bag of
its clause, the pattern that matched it, and the distributional word clusters of the trigger,
its object, its prepositional objects and its head (``weights/word_clusters.tsv.gz``, learned
from unlabeled news text by :func:`newsgraph.train.events.word_clusters`: a trigger word the
classifier never saw in training shares weight with the words of its cluster). **No feature
is built from a proper noun**: a name contributes only its entity type, so the classifier
cannot memorise a training corpus's cast of people and places. Bump :data:`FEATURE_VERSION`
whenever a template changes (or the cluster table: the weights' meta names it): weights
record it and refuse to load under another version.

Besides these binary features, :func:`dense` reads the contextual vectors the spaCy model's
``tok2vec`` already computed for its tagger and parser (``doc.tensor``, 96 numbers per token for
``en_core_web_sm``: hash embeddings of the word's norm, prefix, suffix and shape passed through
a CNN over four tokens either side): the trigger's own vector, the mean of its dependents'
vectors and the mean over its sentence (:data:`DENSE_PARTS`). They cost nothing at run time
and let phrasings the classifier never saw share weight with similar contexts. A doc without
a tensor of the expected width (a blank pipeline) gets ``None``: the model then adds its
training mean, i.e. no dense evidence.
"""

from __future__ import annotations

import gzip
import hashlib
from functools import lru_cache
from importlib import resources
from pathlib import Path

import numpy as np
from spacy.tokens import Doc, Token

from newsgraph.nlp._doc import tokens
from newsgraph.nlp.events._arrays import Parse, parse_of
from newsgraph.nlp.events._flags import clause_indices
from newsgraph.nlp.events._patterns import Pattern, PatternIndex

FEATURE_VERSION = "events-features-4"
# the dense parts read from doc.tensor, in order: trigger, mean of its dependents (no
# punctuation; the trigger's own vector when it has none), mean over its sentence
DENSE_PARTS = ("trigger", "dependents", "sentence")
CLUSTER_FILE = "word_clusters.tsv.gz"

_NAMED = {"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "EVENT", "PRODUCT", "LAW"}
_CONTENT = {"NOUN", "VERB", "ADJ", "ADV"}
_ARG_DEPS = {"nsubj", "nsubjpass", "dobj", "dative", "agent", "attr", "oprd"}
_BAG_MAX = 12

Candidate = tuple[Token, Pattern | None, Token | None]


def is_name(tok: Token) -> bool:
    """Proper nouns, named-entity words and numbers: never used as lexical features."""
    return tok.pos_ in ("PROPN", "NUM") or tok.ent_type_ in _NAMED or tok.like_num


def _lex(tok: Token) -> str:
    if tok.ent_type_ in _NAMED:
        return tok.ent_type_
    if tok.pos_ == "PROPN":
        return "PROPN"
    if tok.pos_ == "NUM" or tok.like_num:
        return "NUM"
    if tok.pos_ == "PRON":
        return "PRON"
    return tok.lemma_.lower()


def cluster_path() -> Path:
    """The shipped word-cluster table (next to the classifier weights)."""
    return Path(str(resources.files("newsgraph.nlp.events").joinpath("weights", CLUSTER_FILE)))


def cluster_sha256() -> str | None:
    """SHA-256 of the shipped cluster table's text (None when it is missing): the classifier's
    meta record names the table its weights were trained with, and loading checks it."""
    path = cluster_path()
    if not path.is_file():
        return None
    return hashlib.sha256(gzip.decompress(path.read_bytes())).hexdigest()


@lru_cache(maxsize=1)
def clusters() -> dict[str, tuple[str, str]]:
    """word -> (coarse, fine) cluster id of the shipped table (gzipped TSV: ``#`` header lines,
    then ``word<TAB>coarse<TAB>fine``); empty when the file is missing."""
    path = cluster_path()
    out: dict[str, tuple[str, str]] = {}
    if not path.is_file():
        return out
    for line in gzip.decompress(path.read_bytes()).decode("utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) >= 3:
            out[cells[0]] = (cells[1], cells[2])
    return out


def candidates(doc: Doc, index: PatternIndex) -> list[Candidate]:
    """Trigger candidates in reading order: pattern matches and (unmatched) verbs."""
    out: list[Candidate] = []
    for tok in tokens(doc):
        m = index.match(tok)
        if m is not None:
            out.append((tok, m[0], m[1]))
        elif tok.pos_ == "VERB" and not is_name(tok):
            out.append((tok, None, None))
    return out


def _kind(tok: Token) -> str:
    if tok.ent_type_ in _NAMED:
        return tok.ent_type_
    if tok.pos_ == "PROPN":
        return "PROPN"
    if tok.pos_ == "PRON":
        return "PRON"
    return "noun"


def features(tok: Token, pattern: Pattern | None, dep: Token | None) -> list[str]:
    """The feature strings of one candidate (see the module doc).

    Read from the doc's :class:`~newsgraph.nlp.events._arrays.Parse` (the same values as the
    tokens' ``pos_``, ``dep_``, ``lemma_``, ``children`` ..., without a ``Token`` per read)."""
    p = parse_of(tok.doc)
    i = tok.i
    lemma = _lex_at(p, i)
    tpos = p.pos[i]
    pos = "V" if tpos in ("VERB", "AUX") else "N" if tpos in ("NOUN", "PROPN") else "O"
    tdep = p.dep[i]
    f = ["bias", f"lem={lemma}", f"pos={pos}", f"lp={lemma}|{pos}", f"dep={tdep}"]
    cl = clusters()
    own = cl.get(lemma)
    if own is not None:
        f += [f"cl={own[0]}", f"cc={own[1]}|{pos}"]
    if pattern is not None:
        f += [f"pat={pattern.type}", f"rule={pattern.name}"]
    else:
        f.append("pat=none")
    if dep is not None:
        f.append(f"with={_lex_at(p, dep.i)}")
    head = p.head[i]
    if head != i:
        f.append(f"hd={tdep}>{_lex_at(p, head)}")
        hc = cl.get(_lex_at(p, head))
        if hc is not None:
            f.append(f"hcl={tdep}>{hc[1]}")
        if pos == "N" and p.pos[head] == "ADP" and p.head[head] != head:
            f.append(f"hd2={p.lower[head]}>{_lex_at(p, p.head[head])}")
    passive = False
    deps, lower, children = p.dep, p.lower, p.children
    for c in children(i):
        d = deps[c]
        if d in ("punct", "det", "cc"):
            continue
        f.append(f"c={d}")
        if d in ("nsubjpass", "auxpass"):
            passive = True
        if d in ("prt", "neg"):
            f.append(f"c={d}={lower[c]}")
            f.append(f"lem_{d}={lemma}|{lower[c]}")
        elif d in ("prep", "agent", "dative") and p.pos[c] == "ADP":
            f.append(f"prep={lower[c]}")
            f.append(f"lem_prep={lemma}|{lower[c]}")
            for g in children(c):
                if deps[g] == "pobj":
                    f.append(f"pobj={lower[c]}|{_lex_at(p, g)}")
                    f.append(f"pkind={lower[c]}|{_kind_at(p, g)}")
                    gc = cl.get(_lex_at(p, g))
                    if gc is not None:
                        f.append(f"pcl={lower[c]}|{gc[1]}")
        elif d in _ARG_DEPS:
            f.append(f"arg={d}|{_kind_at(p, c)}")
            if not _name_at(p, c):
                f.append(f"{d}={_lex_at(p, c)}")
                if d in ("dobj", "nsubjpass"):
                    f.append(f"lem_obj={lemma}|{_lex_at(p, c)}")
                    oc = cl.get(_lex_at(p, c))
                    if oc is not None:
                        f.append(f"ocl={oc[1]}")
                        if own is not None:
                            f.append(f"cl_obj={own[0]}|{oc[0]}")
                for g in children(c):
                    if deps[g] in ("amod", "compound") and not _name_at(p, g):
                        f.append(f"{d}_mod={_lex_at(p, g)}")
        elif d in ("amod", "compound", "nmod", "poss") and pos == "N":
            f.append(f"mod={_lex_at(p, c)}")
        elif d in ("xcomp", "ccomp", "advcl"):
            f.append(f"{d}={_lex_at(p, c)}")
    if passive:
        f.append("passive")
    bag: list[str] = []
    for t in clause_indices(tok.doc, i):
        if t == i or p.pos[t] not in _CONTENT or p.stop[t] or _name_at(p, t):
            continue
        w = p.lemma[t]
        if w not in bag:
            bag.append(w)
        if len(bag) >= _BAG_MAX:
            break
    f += [f"bag={w}" for w in bag]
    return f


def dense(tok: Token) -> np.ndarray | None:
    """The contextual vectors around one candidate (:data:`DENSE_PARTS`, concatenated), read
    from ``doc.tensor``; None when the doc has no per-token tensor."""
    doc = tok.doc
    t = doc.tensor
    if t is None or getattr(t, "ndim", 0) != 2 or t.shape[0] != len(doc) or t.shape[1] == 0:
        return None
    i = tok.i
    p = parse_of(doc)
    kids = [c for c in p.children(i) if p.dep[c] != "punct"]
    try:
        lo, hi = tok.sent.start, tok.sent.end
    except ValueError:  # no sentence boundaries
        lo, hi = 0, len(doc)
    own = np.asarray(t[i], dtype=np.float32)
    near = np.asarray(t[kids], dtype=np.float32).mean(axis=0) if kids else own
    whole = np.asarray(t[lo:hi], dtype=np.float32).mean(axis=0)
    return np.concatenate([own, near, whole])


def _name_at(p: Parse, i: int) -> bool:
    """:func:`is_name` of token ``i``."""
    return p.pos[i] in ("PROPN", "NUM") or p.ent[i] in _NAMED or p.like_num[i]


def _lex_at(p: Parse, i: int) -> str:
    """:func:`_lex` of token ``i``."""
    ent = p.ent[i]
    if ent in _NAMED:
        return ent
    pos = p.pos[i]
    if pos == "PROPN":
        return "PROPN"
    if pos == "NUM" or p.like_num[i]:
        return "NUM"
    if pos == "PRON":
        return "PRON"
    return p.lemma[i]


def _kind_at(p: Parse, i: int) -> str:
    """:func:`_kind` of token ``i``."""
    ent = p.ent[i]
    if ent in _NAMED:
        return ent
    pos = p.pos[i]
    if pos in ("PROPN", "PRON"):
        return pos
    return "noun"
