"""Which legacy code page an undeclared page is written in (ux30).

A page that is not UTF-8 and declares no charset (no server header, no ``<meta charset>``,
no BOM) was guessed by charset_normalizer over all its bytes, which are mostly ASCII markup:
with a long navigation a Russian, Arabic, Korean or Greek page was read as a Central European
or Baltic Latin code page ('Ïðåçèäåíò' for 'Президент'). Here the page's text alone (tags,
scripts, styles and comments removed) is decoded in each common legacy code page and the
reading with the fewest implausible characters wins (a tie: windows-1252 when it is among
the tied, as browsers read an undeclared page, else the tied reading charset_normalizer's
letter frequencies prefer; ux33: between Latin code pages, the reading whose letters one
language writes, :mod:`newsgraph.ingest._charset_letters`). Implausible are:

- a control, private-use, unassigned or undecodable character, a box drawing or dingbat;
- a symbol or digit-like sign inside a word ('z³oty', '¶' in a Greek word), a combining
  mark on an ASCII letter (a Thai vowel sign in 'pr้sident');
- a letter of another script than the rest of its word (a Cyrillic 'й' in 'cafй', Hangul
  with Han ideographs; Han with kana is Japanese and allowed), half-width katakana;
- a word of Latin letters three quarters beyond ASCII ('Ïðåçèäåíò': Latin text has fewer
  accents among plain letters; Czech 'příští' is two thirds), a capital after a small letter
  beyond ASCII ('пРЕЗИДЕНТ', KOI8-R read as windows-1251);
- a Han ideograph outside GB2312 in a GB18030 reading, a Hangul syllable outside KS X 1001 in
  a Korean one (Japanese or Big5 bytes read as GBK give rare characters), a Japanese reading
  with no kana, a run of over 40 letters of a script written with spaces.

charset_normalizer's own guess (over the text alone) is one more candidate after the list.
When even the best reading has implausible characters for a third of those beyond ASCII, the
page is in no encoding known here: :class:`~newsgraph.ingest.decode.DecodeError`.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

from charset_normalizer import from_bytes

from newsgraph.ingest._charset_letters import LATIN, prefer, tie_note
from newsgraph.ingest.decode import DecodeError

#: tie order: the web's default first, then by script; Japanese before Korean before
#: Chinese (Shift_JIS bytes read as Korean UHC are valid Hangul; Korean or Japanese as GBK Han)
CANDIDATES = (
    "cp1252", "cp1250", "iso8859_2", "cp1251", "koi8_r", "cp1256", "iso8859_7", "cp1253",
    "cp1255", "cp1254", "cp1257", "cp874", "cp932", "euc_jp", "cp949", "gb18030", "big5",
)  # fmt: skip
_SAMPLE = 16384  # text bytes scored; a page's text beyond that changes no reading
_MARKUP = re.compile(rb"<(script|style)\b.*?</\1\s*>|<!--.*?-->|<[^>]*>", re.IGNORECASE | re.DOTALL)
_WORD = re.compile(r"[^\W\d_]+")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
# a character beyond ASCII between two letters, judged below: a symbol there is implausible
_BETWEEN = re.compile(r"(?<=[^\W\d_])[^\x00-\x7f](?=[^\W\d_])")
_JAPANESE = {"CJK", "HIRAGANA", "KATAKANA", "KATAKANA-HIRAGANA", "IDEOGRAPHIC"}
_ODD_SIGNS = set("¶§¤¦¨¬¯´¸")
_COMMON_SIGNS = set("©®°™№")
_KANA_CODECS = {"cp932", "euc_jp"}
_KANA = re.compile(r"[\u3041-\u30ff]")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_LONGEST = 40
_UNSPACED_SCRIPTS = {"CJK", "THAI", "LAO", "KHMER", "MYANMAR", "TIBETAN"}
_UNSPACED = {"LATIN", "CJK", "HANGUL"}  # Latin itself; 'Apple社', 'KT는' are real text


def text_bytes(data: bytes) -> bytes:
    """The bytes of a page's text: markup, scripts, styles and comments removed (safe for
    every ASCII-compatible code page: no multi-byte character holds '<' or '>')."""
    text = _MARKUP.sub(b" ", data)
    if len(text) > _SAMPLE:
        cut = text.rfind(b" ", 0, _SAMPLE)
        text = text[: cut if cut > 0 else _SAMPLE]
    return text


def guess_decode(data: bytes, memo: list[str] | None = None, notes: list[str] | None = None) -> str:
    """``data`` (bytes that are not UTF-8, declaring no charset) decoded in the code page
    that reads its text most plausibly; DecodeError when none does.

    ``memo``: a list shared by the pieces of one input (the lines of a JSON Lines file):
    the code page found for one piece is tried first on the next and kept when it reads it
    with no implausible character (a guess costs 5-30 ms, a check about 1 ms).
    ``notes``: gets the one line for a page two code pages read equally well (ux33)."""
    sample = text_bytes(data)
    if not _NON_ASCII.search(sample.decode("latin-1")):
        return data.decode("cp1252", "replace")
    if memo:
        try:
            text = sample.decode(memo[0])
        except UnicodeDecodeError:
            pass
        else:
            if implausible(text, memo[0]) == 0:
                return data.decode(memo[0], "replace")
    codec, note = _pick(sample)
    if note and notes is not None:
        notes.append(note)
    if memo is not None:
        memo[:] = [codec]
    return data.decode(codec, "replace")


def _pick(sample: bytes) -> tuple[str, str | None]:
    """The code page reading ``sample`` (text bytes beyond ASCII) most plausibly, and the
    line for a tie no alphabet decides (ux33)."""
    scores = {
        codec: implausible(sample.decode(codec, "replace"), codec)
        for codec in (*CANDIDATES, *_normalizer_guess(sample))
    }
    least = min(scores.values())
    tied = [codec for codec, bad in scores.items() if bad == least]
    # windows-1252 on a tie, as browsers read an undeclared page; else the tied reading whose
    # letters charset_normalizer finds most like a language's (short Greek text reads as
    # Cyrillic letters too)
    note = None
    latin = [codec for codec in tied if codec in LATIN]
    if len(latin) > 1 and tied[0] in LATIN:
        # ux33: Latin code pages tie on Czech, Hungarian or Turkish letters; the reading one
        # language's alphabet holds wins (windows-1252 on a further tie)
        codec, rivals = prefer({c: sample.decode(c, "replace") for c in latin})
        note = tie_note(codec, rivals) if rivals else None
    elif len(tied) == 1 or tied[0] == "cp1252":
        codec = tied[0]
    else:
        codec = _normalizer_guess(sample, tied)[0]
    beyond = len(_NON_ASCII.findall(sample.decode(codec, "replace")))
    if least * 3 > beyond:
        raise DecodeError(
            "could not tell its character encoding (not UTF-8, no charset declared, and no "
            "common code page reads its text): save it as UTF-8"
        )
    return codec, note


def _normalizer_guess(sample: bytes, among: list[str] | None = None) -> list[str]:
    """charset_normalizer's reading of the text (its languages' letter frequencies), one
    outside the list, or the one of ``among`` it prefers (the first when it names none)."""
    best = from_bytes(sample, cp_isolation=among).best()
    found = codecs.lookup(best.encoding).name if best is not None else None
    if among is not None:
        named = {codecs.lookup(codec).name: codec for codec in among}
        return [named.get(found or "", among[0])]
    if found is None or found in {codecs.lookup(codec).name for codec in CANDIDATES}:
        return []
    return [found]


def _family(ch: str) -> str:
    name = unicodedata.name(ch, "")
    first = name.split(" ", 1)[0]
    return "CJK" if first in _JAPANESE else first


def implausible(text: str, codec: str) -> int:
    """How many characters of ``text`` (a reading in ``codec``) no real text would hold."""
    bad = text.count("\ufffd")
    for ch in _NON_ASCII.findall(text):
        cat = unicodedata.category(ch)
        if cat in ("Cc", "Co", "Cn") or "\uff61" <= ch <= "\uff9f":  # half-width katakana
            bad += 1
        elif cat == "So" and ch not in _COMMON_SIGNS:  # box drawings, dingbats in prose
            bad += 1
        elif cat == "Lo" and _rare(ch, codec):
            bad += 1
    for found in _BETWEEN.finditer(text):
        ch = found.group()
        cat = unicodedata.category(ch)
        if cat[0] in "SN" or ch in _ODD_SIGNS:
            bad += 1
        elif cat[0] == "M" and text[found.start() - 1].isascii():  # a Thai mark: 'pr้sident'
            bad += 1
    if codec in _KANA_CODECS and not _KANA.search(text):  # Japanese is never all Han
        bad += len(_HAN.findall(text))
    for word in _WORD.findall(text):
        if word.isascii():
            continue
        bad += _odd_word(word)
    for token in text.split():  # spaced scripts write no 40-letter runs (junk read as Persian)
        if len(token) > _LONGEST and not token.isascii():
            beyond = _NON_ASCII.findall(token)
            if any(ch.isalpha() and _family(ch) not in _UNSPACED_SCRIPTS for ch in beyond):
                bad += len(beyond)
    return bad


def _rare(ch: str, codec: str) -> bool:
    """A Han ideograph outside GB2312 in a GB18030 reading, a Hangul syllable outside
    KS X 1001 in a Korean one."""
    if codec == "gb18030" and "\u4e00" <= ch <= "\u9fff":
        return not _encodes(ch, "gb2312")
    if codec == "cp949" and "\uac00" <= ch <= "\ud7a3":
        return not _encodes(ch, "euc_kr")
    return False


def _encodes(ch: str, codec: str) -> bool:
    """Whether ``ch`` is one two-byte character of ``codec`` (Python's EUC-KR also writes
    syllables outside KS X 1001 as 8-byte jamo sequences: those are rare)."""
    try:
        return len(ch.encode(codec)) <= 2
    except UnicodeEncodeError:
        return False


def _odd_word(word: str) -> int:
    """Implausible letters of one word holding a letter beyond ASCII."""
    beyond = [ch for ch in word if not ch.isascii()]
    families = [_family(ch) for ch in beyond]
    counts: dict[str, int] = {}
    for family in families:
        counts[family] = counts.get(family, 0) + 1
    main = max(counts, key=lambda f: counts[f])
    bad = len(beyond) - counts[main]  # letters of another script than most of the word's
    if main not in _UNSPACED and len(beyond) < len(word):
        bad += len(word) - len(beyond)  # ASCII letters glued to an alphabet's ('cafй')
    if main == "LATIN" and len(word) >= 4 and len(beyond) * 4 > len(word) * 3:
        bad += counts[main]
    pairs = zip(word, word[1:], strict=False)
    bad += sum(1 for a, b in pairs if not b.isascii() and a.islower() and b.isupper())
    return bad
