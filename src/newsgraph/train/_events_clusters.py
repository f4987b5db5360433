"""Word clusters for the event-type classifier, learned from the unlabeled news text under
../shared (``python -m newsgraph.train.events clusters``).
"""

from __future__ import annotations

import csv
import gzip
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import date
from pathlib import Path

import numpy as np

from newsgraph.train._distributional import positive_pmi
from newsgraph.train._events_data import SYNTHETIC

# ---------------------------------------------------------------------------------------------
# Word clusters from unlabeled text (``python -m newsgraph.train.events clusters ../shared``)
#
# The classifier's lexical features are sparse: a trigger verb it never saw in training has no
# weight. Distributional word clusters let what it learned about "shell", "bomb" and "strafe"
# carry to a verb of the same cluster. They are learned here with our own code from the
# *unlabeled* news text under ../shared (PolNeAR, PTC, TimeBank/AQUAINT, LGL, the extraction
# pages and the NGEC synthetic story bodies, no labels read), leaving out every document that
# holds a check-half row of tests/data/events: words within two tokens of each other are
# counted, weighted by positive pointwise mutual information, reduced by a truncated SVD and
# clustered by k-means at two granularities.

_TOKEN = re.compile(r"[a-z]+(?:['-][a-z]+)*")
CLUSTER_SIZES = (64, 512)


def _check_documents(gold_dir: Path) -> set[tuple[str, str]]:
    """(corpus, path) of every document a check-half gold or negative row points into (the
    rows' sentences are not read)."""
    out: set[tuple[str, str]] = set()
    for name in ("gold.tsv", "negatives.tsv"):
        for line in (gold_dir / name).read_text(encoding="utf-8").splitlines():
            if not line or line.startswith("#"):
                continue
            cells = line.split("\t")
            if len(cells) > 3 and cells[1] == "check" and cells[3]:
                out.add((cells[2], cells[3]))
    return out


def unlabeled_texts(shared: Path, gold_dir: Path) -> Iterable[str]:
    """The news texts under ``shared`` the clusters are learned from (see above)."""
    import json
    import xml.etree.ElementTree as ET

    skip = _check_documents(gold_dir)
    for part in ("train", "dev"):
        for f in sorted((shared / "data/polnear" / part / "text").glob("*.txt")):
            if ("polnear", f"data/polnear/{part}/text/{f.name}") not in skip:
                yield f.read_text(encoding="utf-8")
    for f in sorted((shared / "data/framing/ptc/articles").glob("*.txt")):
        if ("ptc", f"data/framing/ptc/articles/{f.name}") not in skip:
            yield f.read_text(encoding="utf-8")
    for f in sorted((shared / "data/time/tbaq").glob("*/*.tml")):
        rel = f"data/time/tbaq/{f.parent.name}/{f.name}"
        text_el = ET.parse(f).getroot().find("TEXT")
        if ("tbaq", rel) not in skip and text_el is not None:
            yield "".join(text_el.itertext())
    lgl = shared / "data/geo/lgl.xml"
    if lgl.is_file():
        for art in ET.parse(lgl).getroot().iter("article"):
            el = art.find("text")
            if ("lgl", f"data/geo/lgl.xml#{art.get('docid')}") not in skip and el is not None:
                yield el.text or ""
    truth = shared / "data/extraction/ground-truth.json"
    if truth.is_file():
        for key, entry in json.loads(truth.read_text(encoding="utf-8")).items():
            body = entry.get("articleBody") if isinstance(entry, dict) else None
            if (
                isinstance(body, str)
                and ("extraction", f"data/extraction/ground-truth.json#{key}") not in skip
            ):
                yield body
    with gzip.open(shared / SYNTHETIC, "rt", encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            yield row.get("text") or ""


def word_clusters(
    texts: Iterable[str],
    *,
    min_count: int = 6,
    max_words: int = 40000,
    contexts: int = 6000,
    dims: int = 64,
    sizes: Sequence[int] = CLUSTER_SIZES,
    seed: int = 0,
) -> dict[str, tuple[int, ...]]:
    """word -> its cluster at each of ``sizes`` (see above). Deterministic for a seed."""
    from scipy.sparse import coo_matrix
    from sklearn.cluster import KMeans
    from sklearn.decomposition import TruncatedSVD

    counts: Counter[str] = Counter()
    docs: list[list[str]] = []
    for text in texts:
        toks = _TOKEN.findall(text.lower())
        docs.append(toks)
        counts.update(toks)
    vocab = [w for w, n in counts.most_common(max_words) if n >= min_count and len(w) > 1]
    vindex = {w: i for i, w in enumerate(vocab)}
    cindex = {w: i for i, w in enumerate(vocab[:contexts])}
    rows: list[np.ndarray] = []
    cols: list[np.ndarray] = []
    vals: list[np.ndarray] = []
    for toks in docs:
        ids = np.fromiter((vindex.get(t, -1) for t in toks), dtype=np.int64, count=len(toks))
        cids = np.fromiter((cindex.get(t, -1) for t in toks), dtype=np.int64, count=len(toks))
        for off, weight in ((-2, 0.5), (-1, 1.0), (1, 1.0), (2, 0.5)):
            # left and right contexts are different features: word order carries syntax
            w = ids[max(0, -off) : len(ids) - max(0, off)]
            c = cids[max(0, off) : len(cids) - max(0, -off)]
            ok = (w >= 0) & (c >= 0)
            rows.append(w[ok])
            cols.append(c[ok] * 4 + (off + 2 if off < 0 else off + 1))
            vals.append(np.full(int(ok.sum()), weight))
    ppmi = positive_pmi(
        coo_matrix(
            (np.concatenate(vals), (np.concatenate(rows), np.concatenate(cols))),
            shape=(len(vocab), len(cindex) * 4),
        )
    )
    vec = TruncatedSVD(n_components=dims, random_state=seed).fit_transform(ppmi)
    vec /= np.maximum(np.linalg.norm(vec, axis=1, keepdims=True), 1e-9)
    labels = [
        KMeans(n_clusters=k, n_init=2, random_state=seed).fit_predict(vec).tolist() for k in sizes
    ]
    return {w: tuple(int(lab[i]) for lab in labels) for i, w in enumerate(vocab)}


def write_clusters(clusters: dict[str, tuple[int, ...]], path: Path, source: str) -> None:
    """The cluster table as gzipped TSV (reproducible bytes): a ``#`` header (provenance), then
    ``word<TAB>c1<TAB>c2``."""
    lines = [
        "# newsgraph word clusters for the event-type classifier (newsgraph.train.events)",
        f"# learned from unlabeled text: {source}",
        f"# sizes {' '.join(map(str, CLUSTER_SIZES))}; {len(clusters)} words; date "
        f"{date.today().isoformat()}",
    ]
    lines += ["\t".join([w, *map(str, c)]) for w, c in sorted(clusters.items())]
    data = ("\n".join(lines) + "\n").encode("utf-8")
    path.write_bytes(gzip.compress(data, compresslevel=9, mtime=0))
