"""The language of an article, by py3langid (a maintained langid.py; its model ships in the wheel).

newsgraph's model is English: an article confidently in another language is skipped (the
default) or analysed and flagged. Short or ambiguous text is not judged (``None``): only a
confident, non-English verdict on enough text skips an article.
"""

from __future__ import annotations

import threading
from functools import lru_cache
from typing import Any

#: characters of the article looked at (the start says enough and keeps it fast)
SAMPLE = 4000
#: fewer letters than this: too little text to judge
MIN_LETTERS = 80
#: a non-English verdict needs at least this probability
CONFIDENCE = 0.9

_LOCK = threading.Lock()

_NAMES = {
    "ar": "Arabic", "bg": "Bulgarian", "ca": "Catalan", "cs": "Czech", "da": "Danish",
    "de": "German", "el": "Greek", "en": "English", "es": "Spanish", "fa": "Persian",
    "fi": "Finnish", "fr": "French", "he": "Hebrew", "hi": "Hindi", "hr": "Croatian",
    "hu": "Hungarian", "id": "Indonesian", "it": "Italian", "ja": "Japanese", "ko": "Korean",
    "nl": "Dutch", "no": "Norwegian", "pl": "Polish", "pt": "Portuguese", "ro": "Romanian",
    "ru": "Russian", "sk": "Slovak", "sr": "Serbian", "sv": "Swedish", "tr": "Turkish",
    "uk": "Ukrainian", "ur": "Urdu", "vi": "Vietnamese", "zh": "Chinese",
}  # fmt: skip


def language_name(code: str) -> str:
    """``Italian (it)``: a language code with its English name when known."""
    name = _NAMES.get(code)
    return f"{name} ({code})" if name else code


@lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of ``text``'s language: ``en``, another code when confident, else None."""
    sample = text[:SAMPLE]
    if sum(ch.isalpha() for ch in sample) < MIN_LETTERS:
        return None
    with _LOCK:  # the identifier is not documented as thread-safe
        code, prob = _identifier().classify(sample)
    if code == "en":
        return "en"
    return str(code) if prob >= CONFIDENCE else None
