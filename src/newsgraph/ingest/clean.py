"""Scrape-noise removal for plain text and for text extracted from HTML.

``clean_text`` works line by line. It recognises breadcrumbs, photo captions, site boilerplate
and promos (patterns in ``resources/``), and — given corpus statistics from ``LineStats`` —
short lines that repeat across many articles of one outlet. Every removal is reported as a
``model.Removed``; captions are also kept as ``model.Caption`` and judged related or unrelated
to the story by the names they share with the body. Paragraphs stay separated by a blank line;
the headline, when known, is the first paragraph.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from newsgraph.ingest._resources import caption_cues, noise_patterns, phrase_regex
from newsgraph.ingest.captions import classify_caption
from newsgraph.model import Caption, Removed

_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_WEEKDAY = r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?"
_FULL_DATE = re.compile(
    rf"\b(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH},?\s+\d{{4}})\b",
    re.IGNORECASE,
)
_DATE_LINE = re.compile(
    rf"^\W*(?:{_WEEKDAY}\s+)?(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|\d{{1,2}}\s+{_MONTH},?\s+\d{{4}}|\d{{4}}-\d\d-\d\d)"
    r"(?:[\sT,|-]+\d{1,2}[:.]\d\d(?::\d\d)?\s*(?:[ap]\.?m\.?)?\s*[A-Z]{0,4}(?:[+-]\d\d:?\d\d)?)?\W*$",
    re.IGNORECASE,
)
_CRUMB_SEP = re.compile(r"\s+[/|>»›→]\s+|\s*[»›→]\s*|\s+>\s+")
_SENTENCE_PUNCT = re.compile(r"[.!?:;\"“”]")
_END_PUNCT = re.compile(r"[.!?:;\"'”’)\]]\s*$")
_DATELINE = re.compile(  # "MOSCOW, Aug 29 (Reuters) - "
    r"^[A-Z][A-Z.' -]{2,}(?:,[^—–(]{0,40})?\s*(?:\([^)]{1,30}\)\s*)?\s[—–-]{1,2}\s"
)
_WEB_ADDRESS = re.compile(r"^\W*(?:https?://|www\.)\S+\W*$", re.IGNORECASE)
_QUOTE = re.compile(r"[\"“”]")
_SPEECH = re.compile(r"\b(?:said|says|told|tells|announced|stated|added)\b", re.IGNORECASE)
_WORD = re.compile(r"\w[\w'’.-]*")

# A hover card (a person's name that opens a card with their full name and office) leaves
# "Gov. Kristi NoemKristi Lynn NoemSouth Dakota governor said ..." in scraped text: the name,
# glued to the full name ending in the same surname, glued to a short description of office.
_ROLES = (
    r"governor|senator|representative|congressman|congresswoman|lawmaker|secretary|minister|"
    r"president|vice president|mayor|leader|spokesman|spokeswoman|spokesperson|ceo|chairman|"
    r"chairwoman|chair|director|commissioner|ambassador|attorney general|judge|justice|speaker|"
    r"founder|candidate|official|general|chief|executive|adviser|advisor|politician|member"
)
_OF_PLACE = r"(?:\s+(?:from|of|for)\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})?"
_DESC = re.compile(
    r"(?:[A-Z][\w.'’-]*(?:\s+[\w.'’-]+){0,5}?\s+)?(?i:" + _ROLES + r")\b" + _OF_PLACE
)
_GLUE = re.compile(r"\b([A-Z][a-z'’]+)(?=[A-Z][a-z])")  # "...Noem|Kristi": a glued name end


def _drop_hover_cards(text: str) -> tuple[str, list[Removed]]:
    """``text`` without hover-card junk (a name repeated in full and glued to its office)."""
    removed: list[Removed] = []
    out: list[str] = []
    pos = 0
    for glue in _GLUE.finditer(text):
        start = glue.end()
        if start < pos:
            continue
        last = re.escape(glue.group(1))
        full = re.compile(rf"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,4}}?\s+{last}(?![a-z])")
        m = full.match(text, start)
        if m is None:
            continue
        end = m.end()
        desc = _DESC.match(text, end) if end < len(text) and text[end].isupper() else None
        if desc is not None:
            end = desc.end()
        out.append(text[pos:start])
        removed.append(Removed("boilerplate", text[start:end], "hover card: a name's card text"))
        pos = end
        if pos < len(text) and not text[pos].isspace() and text[pos] not in ",.;:!?)":
            out.append(" ")
    if not removed:
        return text, removed
    out.append(text[pos:])
    return "".join(out), removed


# Markup left in scraped text (clean42): tags of an embed or a link kept as text, e.g.
# '<tweet id="6721..." author="@x" datetime="2015-12-02">the tweet</tweet>.',
# '<tweet tweet-id="6673..."><tweet/>.', '<a href="http://...">the link</a>'. A tag is a
# closing tag, a self-closing one, one with attributes, or a bare common HTML element; a bare
# "<word>" in prose is left alone. The tag goes, the text between tags stays.
_ATTR = r"""[\w:-]+(?:\s*=\s*(?:"[^"<>]*"|'[^'<>]*'|[“”][^“”<>]*[“”]|[^\s<>"'“”]+))?"""
_HTML_BARE = r"a|b|i|u|p|br|hr|em|strong|span|div|img|iframe|script|style|blockquote|li|ul|ol"
_TAG = re.compile(
    rf"</[A-Za-z][\w:-]*\s*>"
    rf"|<[A-Za-z][\w:-]*(?:\s+{_ATTR})+\s*/?>"
    rf"|<[A-Za-z][\w:-]*\s*/>"
    rf"|<(?i:{_HTML_BARE})>"
)


def _drop_markup(text: str) -> tuple[str, list[Removed]]:
    """``text`` without the HTML/XML tags left in it (their text between them kept)."""
    removed: list[Removed] = []
    out: list[str] = []
    pos = 0
    for tag in _TAG.finditer(text):
        out.append(text[pos : tag.start()])
        removed.append(Removed("boilerplate", tag.group(), "markup: a tag left in the text"))
        pos = tag.end()
        before = "".join(out).rstrip()
        after = text[pos : pos + 1]
        if before.endswith((".", "!", "?")) and after == "." and _TAG.match(text, pos) is None:
            pos += 1  # '... first.</tweet>.': the embed's closing stop doubles the text's own
        elif before[-1:].isalnum() or before[-1:] in (".", "!", "?", ",", ";", ":"):
            if not out[-1][-1:].isspace() and after.isalnum():
                out.append(" ")  # "meeting.<br>Several": the tag was the only space
    if not removed:
        return text, removed
    out.append(text[pos:])
    return "".join(out).strip(), removed


_TITLE_MAX_WORDS = 30
_TAIL_SHORT_WORDS = 8


@dataclass(slots=True)
class CleanResult:
    """Cleaned text (headline first when known), the headline, what was removed, the captions."""

    text: str
    title: str | None
    removed: list[Removed] = field(default_factory=list)
    captions: list[Caption] = field(default_factory=list)

    @property
    def body_start(self) -> int:
        """Offset in ``text`` where the body after the headline starts."""
        return len(self.title) + 2 if self.title and len(self.text) > len(self.title) else 0


def normalise_line(line: str) -> str:
    """A line's comparison form: lower case, digits as 0, spacing collapsed, edges stripped."""
    line = re.sub(r"\d", "0", line.lower())
    return " ".join(line.split()).strip(" \t.,;:!?|-–—•·*_\"'“”‘’()[]")


class LineStats:
    """Corpus pass one: which short lines repeat across many articles of one outlet.

    ``add(key, text)`` once per article (key = outlet, site or folder); a normalised short line
    seen in at least ``min_articles`` articles and ``min_share`` of that key's articles is
    boilerplate. ``boilerplate(key)`` gives those lines with their article counts, ready to pass
    to ``clean_text(corpus_lines=...)``.
    """

    def __init__(
        self, *, min_articles: int = 3, min_share: float = 0.3, max_words: int = 25
    ) -> None:
        self.min_articles = min_articles
        self.min_share = min_share
        self.max_words = max_words
        self._lines: dict[str, Counter[str]] = {}
        self._articles: Counter[str] = Counter()

    def add(self, key: str, text: str) -> None:
        seen = {
            norm
            for line in text.splitlines()
            if (norm := normalise_line(line)) and len(norm.split()) <= self.max_words
        }
        self._lines.setdefault(key, Counter()).update(seen)
        self._articles[key] += 1

    def articles(self, key: str) -> int:
        return self._articles[key]

    def boilerplate(self, key: str) -> Counter[str]:
        total = self._articles[key]
        return Counter(
            {
                line: n
                for line, n in self._lines.get(key, Counter()).items()
                if n >= self.min_articles and n >= self.min_share * total
            }
        )


@dataclass(slots=True)
class _Line:
    text: str
    para: int
    removed: Removed | None = None
    credit: str | None = None
    is_title: bool = False
    credit_only: bool = False
    counted: tuple[str, int] | None = field(default=None, repr=False, compare=False)

    @property
    def words(self) -> int:
        """The line's word count, counted once per text (every noise rule asks for it)."""
        if self.counted is None or self.counted[0] is not self.text:
            self.counted = (self.text, len(_WORD.findall(self.text)))
        return self.counted[1]


def _split_lines(text: str) -> list[_Line]:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    raw = [line.rstrip() for line in text.split("\n")]
    one_per_line = not any(not line.strip() for line in raw)
    out: list[_Line] = []
    para = 0
    for line in raw:
        if not line.strip():
            para += 1
            continue
        out.append(_Line(line.strip(), para))
        if one_per_line:
            para += 1
    return out


def _pattern_removal(line: _Line, corpus_lines: Counter[str] | None) -> Removed | None:
    for pat in noise_patterns():
        if line.words <= pat.max_words and pat.regex.search(line.text):
            return Removed(pat.kind, line.text, f"{pat.kind} line ({pat.name})")
    if corpus_lines:
        n = corpus_lines.get(normalise_line(line.text), 0)
        if n:
            reason = f"repeats in {n} articles of this outlet (corpus boilerplate)"
            return Removed("boilerplate", line.text, reason)
    return None


def _caption_cue(line: _Line) -> tuple[str, str | None, str] | None:
    """(cue name, credit, the caption text without its credit) when ``line`` is a caption."""
    if line.words > 90:
        return None
    for name, regex in caption_cues():
        m = regex.search(line.text)
        if m is None:
            continue
        if name.startswith("position") and not _caption_like(line.text):
            continue  # "(R)" also marks a Republican: need a caption's present-tense verb
        credit = m.groupdict().get("credit")
        rest = line.text[: m.start()] + line.text[m.end() :]
        if name.startswith("position"):
            rest = line.text
        return name, credit.strip() if credit else None, rest
    return None


def _is_breadcrumb(text: str) -> bool:
    parts = [p.strip() for p in _CRUMB_SEP.split(text)]
    if len(parts) < 2 or len(text.split()) > 12 or _SENTENCE_PUNCT.search(text):
        return False
    return all(p and re.search(r"[^\W\d_]", p) and len(p.split()) <= 4 for p in parts)


def _sentence_breaks(text: str) -> int:
    """Sentence ends inside ``text``, not counting abbreviations such as "U.S." or "vs."."""
    return len(re.findall(r"\b[a-z][a-z'’]{3,}[.!?]\s+[A-Z]", text))


def _looks_like_title(lines: list[_Line]) -> bool:
    text = " ".join(line.text for line in lines)
    if len(text) > 300:  # before counting words: a long line is no title, however long
        return False
    words = _WORD.findall(text)
    if not words or len(words) > _TITLE_MAX_WORDS or text.endswith(":"):
        return False
    if len(words) > 15 and _DATELINE.match(text):
        return False
    capitalised = sum(1 for w in words if w[0].isupper() or not w[0].isalpha())
    if len(words) <= 15 or capitalised >= 0.6 * len(words):
        return True
    return not (text.endswith(".") and (len(words) > 20 or _sentence_breaks(text)))


def _caption_like(text: str) -> bool:
    """A present-tense caption verb, and no quotation or reporting verb."""
    return (
        phrase_regex("caption_verbs.txt").search(text) is not None
        and not _QUOTE.search(text)
        and not _SPEECH.search(text)
    )


def _is_dated_caption(line: _Line) -> bool:
    dated = _FULL_DATE.search(line.text) is not None
    return line.words <= 60 and dated and _caption_like(line.text)


def _mark_head(lines: list[_Line], title: str | None, detect_title: bool) -> str | None:
    """Breadcrumbs, date lines, the headline and dated captions before the body starts."""
    want = normalise_line(title) if title else None
    found_title = title is not None
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.removed is not None:
            i += 1
            continue
        if _is_breadcrumb(line.text):
            line.removed = Removed("breadcrumb", line.text, "section path before the headline")
        elif _DATE_LINE.match(line.text):
            reason = "a date line standing alone (publication metadata)"
            line.removed = Removed("boilerplate", line.text, reason)
        elif want is not None and normalise_line(line.text) == want:
            line.is_title = True
        elif not found_title and detect_title:
            para = [x for x in lines if x.para == line.para]
            rest = [x for x in lines if x.para > line.para]
            found_title = True
            if rest and not _looks_like_title(para):
                para = para[:1]  # "Headline;" over a standfirst in one paragraph
            if rest and _looks_like_title(para):
                for x in para:
                    x.is_title = True
                title = " ".join(x.text for x in para).rstrip(" ;")
                i = lines.index(para[-1]) + 1
                continue
            return None
        elif _is_dated_caption(line) and any(x.para > line.para for x in lines[i + 1 :]):
            reason = "a dated caption sentence standing alone before the body"
            line.removed = Removed("caption", line.text, reason)
        else:
            break
        i += 1
    return " ".join(title.split()) if title else None


def _mark_tail(lines: list[_Line]) -> None:
    """Short platform lines and lines trailing site boilerplate at the end of the article."""
    platforms = phrase_regex("platforms.txt")
    seen_noise = False
    for line in lines:
        if line.removed is not None and line.removed.kind in ("boilerplate", "promo"):
            seen_noise = True
            continue
        if line.removed is not None or line.is_title:
            continue
        short = line.words <= _TAIL_SHORT_WORDS and not _END_PUNCT.search(line.text)
        if not short:
            seen_noise = False
            continue
        if platforms.search(line.text):
            line.removed = Removed("promo", line.text, "short platform line at the end")
            seen_noise = True
        elif _WEB_ADDRESS.match(line.text):
            line.removed = Removed("boilerplate", line.text, "a web address alone at the end")
        elif seen_noise:
            line.removed = Removed("boilerplate", line.text, "trails site boilerplate")
    # only the trailing run counts: un-mark tail-rule removals followed by body text
    last_body = max((i for i, x in enumerate(lines) if x.removed is None), default=-1)
    for line in lines[: last_body + 1]:
        if line.removed is not None and line.removed.reason in (
            "short platform line at the end",
            "a web address alone at the end",
            "trails site boilerplate",
        ):
            line.removed = None


def clean_text(
    text: str,
    *,
    title: str | None = None,
    corpus_lines: Counter[str] | None = None,
    detect_title: bool = True,
) -> CleanResult:
    """Remove scrape noise from ``text``; the headline (given or detected) comes first."""
    lines = _split_lines(text)
    cards: list[Removed] = []
    for line in lines:
        original = line.text
        line.text, tags = _drop_markup(line.text)
        if tags and not _WORD.search(line.text):  # an embed's tags and nothing to read
            reason = "markup only: an embed's or a link's tags with no text"
            line.removed = Removed("boilerplate", original, reason)
            continue
        line.text, junk = _drop_hover_cards(line.text)
        cards += tags + junk
    for line in lines:
        if line.removed is not None:
            continue
        cue = _caption_cue(line)
        if cue is not None:
            line.removed = Removed("caption", line.text, f"photo caption ({cue[0]})")
            line.credit = cue[1]
            line.credit_only = len(_WORD.findall(cue[2])) < 4
        else:
            line.removed = _pattern_removal(line, corpus_lines)
    title = _mark_head(lines, title, detect_title)
    _mark_tail(lines)

    paragraphs: dict[int, list[str]] = {}
    for line in lines:
        if line.removed is None and not line.is_title:
            paragraphs.setdefault(line.para, []).append(line.text)
    body = "\n\n".join("\n".join(p) for p in paragraphs.values())
    context = f"{title}\n\n{body}" if title else body
    captions: list[Caption] = []
    for line in lines:
        if line.removed is not None and line.removed.kind == "caption":
            if line.credit_only:
                reason = "a photo credit alone, with no caption text to compare"
                line.removed.reason = f"photo credit line; {reason}"
                captions.append(Caption(line.text, True, reason, line.credit or line.text))
                continue
            caption = classify_caption(line.text, context, line.credit)
            relation = "related" if caption.related else "unrelated"
            line.removed.reason += f"; {relation}: {caption.reason}"
            captions.append(caption)
    removed = cards + [x.removed for x in lines if x.removed is not None]
    if not body:
        return CleanResult("", title, removed, captions)
    return CleanResult(context, title, removed, captions)
