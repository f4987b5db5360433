"""Subjectivity of adjectives, from the lexicon TextBlob ships (``textblob/en/en-sentiment.xml``).

About 1,500 English adjectives rated for polarity (-1..1) and subjectivity (0 objective .. 1
subjective) per sense, from the Pattern project (BSD licence; TextBlob is MIT); hand-tagged or
inferred from WordNet. Read offline from the installed package, without importing TextBlob. The
span tagger uses the mean subjectivity and polarity of a word's senses as features.
"""

from __future__ import annotations

import importlib.util
import xml.etree.ElementTree as ET
from functools import lru_cache
from pathlib import Path


@lru_cache(maxsize=1)
def lexicon() -> dict[str, tuple[float, float]]:
    """word -> (mean polarity, mean subjectivity) over its senses; empty without TextBlob."""
    # find the package without importing it (importing TextBlob imports NLTK: seconds)
    spec = importlib.util.find_spec("textblob")
    if spec is None or not spec.submodule_search_locations:
        return {}
    try:
        data = (Path(spec.submodule_search_locations[0]) / "en" / "en-sentiment.xml").read_bytes()
    except OSError:
        return {}
    senses: dict[str, list[tuple[float, float]]] = {}
    for w in ET.fromstring(data).iter("word"):
        form = (w.get("form") or "").lower()
        try:
            senses.setdefault(form, []).append(
                (float(w.get("polarity") or 0), float(w.get("subjectivity") or 0))
            )
        except ValueError:
            continue
    return {
        k: (sum(p for p, _ in v) / len(v), sum(s for _, s in v) / len(v))
        for k, v in senses.items()
        if k
    }


def keys(word: str) -> list[str]:
    """Feature strings for ``word`` (lower case): subjectivity and polarity buckets."""
    hit = lexicon().get(word)
    if hit is None:
        return []
    pol, subj = hit
    out = ["subj=hi" if subj >= 0.7 else "subj=mid" if subj >= 0.4 else "subj=lo"]
    if pol <= -0.3:
        out.append("tbpol=neg")
    elif pol >= 0.3:
        out.append("tbpol=pos")
    return out
