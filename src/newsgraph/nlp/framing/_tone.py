"""Article tone the way GDELT reports it, from the VADER sentiment lexicon.

GDELT's tone is the share of positive words minus the share of negative words (percent of all
words); its polarity is their sum (how emotive the text is, whatever the direction). Words are
looked up in VADER's lexicon (``vaderSentiment``, MIT licence; about 7,500 words and emoticons
rated -4..4 by ten people each, shipped inside the package, read offline). A word counts as
positive or negative when its mean rating is at least 0.5 away from zero.

Limits: word counting ignores negation ("not good" counts as positive), intensifiers and
sarcasm; VADER was built on social-media text, so news vocabulary ("attack", "killed") is
covered but domain words are missing ("abscess", "regime"); quoted speech counts as the
outlet's own words.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np
from spacy.attrs import IS_ALPHA, LOWER
from spacy.tokens import Doc

from newsgraph.model import Tone

_MIN_VALENCE = 0.5
_RATED: dict[int, float] = {}  # word hash -> VADER rating (0 when unrated)


@lru_cache(maxsize=1)
def lexicon() -> dict[str, float]:
    """VADER's word ratings (word -> mean valence, -4..4)."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return dict(SentimentIntensityAnalyzer().lexicon)


def tone(doc: Doc) -> Tone:
    """GDELT-style tone of the whole text of ``doc``."""
    lex = lexicon()
    strings = doc.vocab.strings
    if len(doc) == 0:
        return Tone(0.0, 0.0, 0.0, 0.0, 0)
    arr = doc.to_array([LOWER, IS_ALPHA])
    words_at = arr[arr[:, 1] != 0, 0].tolist()  # each word's form, as a column: no token loop
    for low in set(words_at).difference(_RATED):  # each distinct form rated once a process
        _RATED[low] = lex.get(strings[low], 0.0)
    ratings = np.array(list(map(_RATED.__getitem__, words_at)), dtype=np.float64)
    words = len(words_at)
    pos = int(np.count_nonzero(ratings >= _MIN_VALENCE))
    neg = int(np.count_nonzero(ratings <= -_MIN_VALENCE))
    if words == 0:
        return Tone(0.0, 0.0, 0.0, 0.0, 0)
    p = round(100.0 * pos / words, 3)
    n = round(100.0 * neg / words, 3)
    return Tone(round(p - n, 3), p, n, round(p + n, 3), words)
