"""Photo captions: is a caption about this article? Compared by the proper names it shares.

No model runs before ingest, so names are capitalised tokens and multiword proper names
("Adel al-Jubeir", "US Capitol"), leaving out titles, months, weekdays, function words and
nationality adjectives (see ``resources/name_stoplist.txt`` and ``resources/demonyms.txt``).
A multiword name is matched in the body by its full form or by its last word (a surname).
"""

from __future__ import annotations

import re

from newsgraph.ingest._resources import word_list
from newsgraph.model import Caption

_NAME_WORD = r"(?:[A-Z][\w'’.-]*\w|[A-Z]|(?:al|el|ad|as|ash|at|az|ar|an|ibn|bin|abu)-[A-Z][\w'’-]*)"
_PARTICLE = r"(?:al|el|bin|ibn|bint|abu|de|del|della|di|da|du|van|von|der|den|la|le|dos|das)"
_RUN = re.compile(rf"{_NAME_WORD}(?:(?:\s+{_PARTICLE})*\s+{_NAME_WORD})*")
_SHORT_PAREN = re.compile(r"\((?:[^()\s]+\s*){1,3}\)")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;]\s+|[\"“(]\s*)$")


def _stop(word: str) -> bool:
    return word.rstrip(".") in word_list("name_stoplist.txt")


def _demonym(word: str) -> bool:
    from newsgraph.lexicons import demonyms

    return word in demonyms() or word in word_list("demonyms.txt")


def caption_names(text: str) -> list[str]:
    """Matching keys of the proper names in a caption, in order, without repeats.

    The key of a multiword name is its last word ("Lavrov"), unless it starts with a
    nationality word ("Saudi Arabia"), when it is the whole name.
    """
    text = _SHORT_PAREN.sub(" ", text)  # (L), (R), (D-CA), (AFP photo)
    lower_words = set(re.findall(r"\b[a-z][\w'’-]*", text))
    keys: list[str] = []
    for run in _RUN.finditer(text):
        words = run.group().split()
        sentence_start = bool(_SENTENCE_START.search(text[: run.start()]))
        # split the run at title / stop words: "Foreign Minister Sergei Lavrov" -> "Sergei Lavrov"
        parts: list[list[str]] = [[]]
        for i, word in enumerate(words):
            common_start = i == 0 and sentence_start and word.lower() in lower_words
            if _stop(word) or common_start:
                parts.append([])
            else:
                parts[-1].append(word.rstrip("."))
        if sentence_start and len(parts[0]) == 1 and len(words) == 1:
            parts[0] = []  # "Fans cheer ...": a lone capitalised word opening a sentence
        for part in parts:
            while part and part[-1].islower():  # trailing particle
                part.pop()
            if not part or (len(part) == 1 and _demonym(part[0])):
                continue
            key = " ".join(part) if _demonym(part[0]) else part[-1]
            if len(key) > 1 and key not in keys:
                keys.append(key)
    return keys


def _occurs(key: str, body: str) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(key)}(?![\w-])", body) is not None


def classify_caption(text: str, body: str, credit: str | None = None) -> Caption:
    """A Caption saying whether ``text`` shares any proper name with ``body``."""
    keys = caption_names(text.replace(credit, " ") if credit else text)
    shared = [k for k in keys if _occurs(k, body)]
    if shared:
        reason = f"shares {', '.join(shared)} with the body"
        return Caption(text=text, related=True, reason=reason, credit=credit)
    if not keys:
        reason = "names no one and nowhere to compare with the body; kept as the article's"
        return Caption(text=text, related=True, reason=reason, credit=credit)
    ordered = sorted(keys, key=lambda k: not any(c.islower() for c in k))  # acronyms last
    shown = ", ".join(ordered[:5]) + (", ..." if len(keys) > 5 else "")
    reason = f"none of its names ({shown}) occur in the body"
    return Caption(text=text, related=False, reason=reason, credit=credit)
