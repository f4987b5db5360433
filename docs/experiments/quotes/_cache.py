"""Where the quotes experiment scripts keep their scratch files, and loading the cached parse.

The cache is PolNeAR train parsed once by ``fold_runner.py parse`` (``train.spacy``, a DocBin,
and ``gold.pkl``, the pickled ``(names, golds)``); its folder is ``$QUOTES_CACHE``, by default
``<tempdir>/q14``. Saved fold weights (``base/w{k}``) and diagnostic pickles go under
``$QUOTES_FOLDS``, by default ``<tempdir>/q16``. Scripts in the subfolders import this module
after putting this folder on ``sys.path`` (see README.md).
"""

from __future__ import annotations

import html
import os
import pickle
import re
import tempfile
from pathlib import Path

from spacy.tokens import DocBin


def _env_dir(var: str, default: str) -> Path:
    value = os.environ.get(var)
    return Path(value) if value else Path(tempfile.gettempdir()) / default


def cache_dir() -> Path:
    """The folder holding ``train.spacy`` and ``gold.pkl`` (``$QUOTES_CACHE``)."""
    return _env_dir("QUOTES_CACHE", "q14")


def folds_dir() -> Path:
    """The folder of fold runs: ``base/w{k}`` weights, diagnostic pickles (``$QUOTES_FOLDS``)."""
    return _env_dir("QUOTES_FOLDS", "q16")


def load_gold(cache: Path | None = None) -> tuple[list, list]:
    """``(names, golds)`` of the cached split, in article order."""
    return pickle.loads(((cache or cache_dir()) / "gold.pkl").read_bytes())


def load_docs(nlp, cache: Path | None = None) -> list:
    """The cached parse of every article, in the gold's order, on ``nlp``'s vocab."""
    return list(DocBin().from_disk((cache or cache_dir()) / "train.spacy").get_docs(nlp.vocab))


def load(nlp, cache: Path | None = None) -> tuple[list, list, list]:
    """``(names, golds, docs)`` of the cached split."""
    names, golds = load_gold(cache)
    return names, golds, load_docs(nlp, cache)


def unlabelled_texts(shared: Path = Path("../shared/data")) -> list[str]:
    """The unlabelled news the over-reach scripts read (run from the repository root): LGL and
    GeoVirus article texts, TimeBank/AQUAINT texts without their tags, PTC articles."""
    texts: list[str] = []
    for f in ["geo/lgl.xml", "geo/geovirus.xml"]:
        raw = (shared / f).read_text(errors="ignore")
        texts += [html.unescape(t) for t in re.findall(r"<text>(.*?)</text>", raw, re.S)]
    for f in sorted((shared / "time/tbaq").rglob("*.tml")):
        m = re.search(r"<TEXT>(.*?)</TEXT>", f.read_text(errors="ignore"), re.S)
        if m:
            texts.append(html.unescape(re.sub(r"<[^>]+>", "", m.group(1))))
    texts += [p.read_text(errors="ignore") for p in sorted((shared / "framing/ptc/articles").glob("*.txt"))]
    return texts
