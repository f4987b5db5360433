"""Main text and metadata of an HTML page: trafilatura (precision favoured) and htmldate."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from typing import Any

import htmldate
import lxml.html
import trafilatura
from trafilatura.utils import HTML_PARSER as _HTML_PARSER
from trafilatura.utils import decode_file, load_html, repair_faulty_html

from newsgraph.ingest._byline import clean_author
from newsgraph.ingest._flat_html import flatten
from newsgraph.ingest._html_days import writes_day

log = logging.getLogger(__name__)

#: third-party libraries whose log lines name no input ("parsed tree length: 0",
#: "discarding data: None"); what matters reaches the user as the input's one failure line
NOISY_LIBRARIES = ("trafilatura", "htmldate", "courlan", "justext", "readability", "warcio")


class _DebugOnly(logging.Filter):
    """Demote a library's records to DEBUG: shown only when debug logging is on."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno > logging.DEBUG:
            record.levelno, record.levelname = logging.DEBUG, "DEBUG"
        return logging.getLogger().isEnabledFor(logging.DEBUG)


def demote_library_logs() -> None:
    """Send the log lines of the extraction libraries to the debug log (idempotent)."""
    for name in list(logging.root.manager.loggerDict):
        if name.split(".", 1)[0] in NOISY_LIBRARIES:
            logger = logging.getLogger(name)
            if not any(isinstance(f, _DebugOnly) for f in logger.filters):
                logger.addFilter(_DebugOnly())


demote_library_logs()

#: trafilatura options; precision favoured (measured on the article-extraction benchmark).
EXTRACT_OPTIONS: dict[str, Any] = {
    "favor_precision": True,
    "include_comments": False,
    "include_tables": True,
    "include_images": False,
    "include_links": False,
    "with_metadata": True,
}


@dataclass(slots=True)
class HtmlText:
    """What an HTML page yields: one paragraph a line in ``text``, and its metadata."""

    text: str
    title: str | None
    published: str | None
    author: str | None
    outlet: str | None
    url: str | None
    unread_date: str | None = None  # the page's date metadata when it names no day (ux26)
    made_up_date: str | None = None  # htmldate's date whose day the page never writes (ux27)


def _blank_to_none(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value or None


# the page's own publication-date metadata, first found first
_DATE_META = (
    './/meta[@property="article:published_time"]',
    './/meta[@property="og:published_time"]',
    './/meta[@itemprop="datePublished"]',
    './/meta[@name="date"]',
    './/meta[@name="pubdate"]',
    './/meta[@name="publishdate"]',
)
# a date with no day: "2020", "2020-03", "2020/03"
_NO_DAY = re.compile(r"\s*(\d{4})(?:[-/.](\d{1,2}))?\s*")


def _dayless_meta(tree: Any) -> str | None:
    """The page's publication-date metadata when it names no day ('2020-03'), else None."""
    for path in _DATE_META:
        for el in tree.iterfind(path):
            value = el.get("content")
            if isinstance(value, str) and value.strip():
                return value.strip() if _NO_DAY.fullmatch(value) else None
    return None


def _htmldate(tree: Any, url: str | None) -> str | None:
    """htmldate's reading of the page's original publication date (``YYYY-MM-DD``), or None."""
    try:
        found = htmldate.find_date(
            tree, url=url, original_date=True, extensive_search=True, outputformat="%Y-%m-%d"
        )
    except Exception as exc:  # htmldate can trip over odd markup; a date is optional
        log.debug("htmldate failed on %s: %s", url, exc)
        return None
    return found if isinstance(found, str) else None


def find_published(tree: Any, url: str | None = None) -> str | None:
    """The page's original publication date (ISO ``YYYY-MM-DD``) by htmldate, or None."""
    return _dates((_htmldate(tree, url),), _serialize(tree), _dayless_meta(tree), url)[0]


def _dates(
    found: tuple[str | None, ...], page: str, dayless: str | None, url: str | None
) -> tuple[str | None, str | None]:
    """The page's publication date (the first of ``found`` that stands), and the date a day
    was made up for (else None).

    A page whose publication-date metadata names no day ('2020-03') is undated: htmldate
    filled in today's day of that month (ux26, the class of feed and JSON dates); the caller
    names it in one line when nothing else dates the article (``HtmlText.unread_date``). So
    is a date whose day the page never writes (ux27: 'Posted March 2020' in its text became
    2020-01-01; htmldate offers no option against it), see
    :func:`newsgraph.ingest._html_days.writes_day`."""
    made_up: str | None = None
    for date in found:
        if date is None or (dayless is not None and date.startswith(dayless[:4])):
            continue
        if writes_day(page, url, date):
            return date, None
        made_up = made_up or date
    return None, None if dayless else made_up


def _serialize(tree: Any) -> str:
    try:
        return str(lxml.html.tostring(tree, encoding="unicode"))
    except Exception:  # a tree lxml cannot write back: nothing is read as written
        return ""


# trafilatura's parser with libxml2's depth limit (256 open elements) lifted to 2048
_DEEP_PARSER = lxml.html.HTMLParser(
    collect_ids=False,
    default_doctype=False,
    encoding="utf-8",
    remove_comments=True,
    remove_pis=True,
    huge_tree=True,
)


def _load(html: str | bytes) -> Any:
    """The page's tree. Broken markup that leaves elements open (an unclosed ``<div>`` or
    ``<span>`` per paragraph) passes libxml2's depth limit of 256, and the parser silently
    dropped everything after that point (ux26: the last 24 of 150 paragraphs); such a page
    is parsed again without the limit, the same way otherwise."""
    tree = load_html(html)
    if tree is None or not any("Excessive depth" in e.message for e in _HTML_PARSER.error_log):
        return tree
    text = decode_file(html)
    text = repair_faulty_html(text, text[:50].lower())
    try:
        deep = _deep(text)
        if not _too_deep():
            return deep
        # hard39: deeper than 2048 open elements libxml2 gives up even so, and the text
        # after that point was lost ("no article text found" of a page a browser shows):
        # the elements past 256 levels are flattened (their text and paragraphs kept)
        flat, dropped = flatten(text)
        log.debug("a page nested past 2048 elements: %d start tags flattened", dropped)
        return _deep(flat)
    except Exception as exc:  # keep the first reading, cut as it is
        log.debug("re-parsing a deep page failed: %s", exc)
        return tree


def _deep(text: str) -> Any:
    return lxml.html.fromstring(text.encode("utf-8", "surrogatepass"), parser=_DEEP_PARSER)


def _too_deep() -> bool:
    """Whether the last parse with ``_DEEP_PARSER`` stopped at libxml2's depth limit."""
    return any("Excessive depth" in e.message for e in _DEEP_PARSER.error_log)


def extract_html(html: str | bytes, *, url: str | None = None) -> HtmlText | None:
    """Main text (precision favoured) and metadata of ``html``; None when there is no article."""
    tree = _load(html)
    if tree is None:
        return None
    # read before trafilatura prunes the tree
    found, page, dayless = _htmldate(tree, url), _serialize(tree), _dayless_meta(tree)
    doc = trafilatura.bare_extraction(tree, url=url, **EXTRACT_OPTIONS)
    if doc is None or isinstance(doc, dict) or not (doc.text or "").strip():
        return None
    # trafilatura's date is htmldate's too, the missing day made up the same way (ux26, ux27)
    published, made_up = _dates((found, _blank_to_none(doc.date)), page, dayless, url)
    outlet = _blank_to_none(doc.sitename) or _blank_to_none(doc.hostname)
    return HtmlText(
        text=doc.text or "",
        title=_blank_to_none(doc.title),
        published=published,
        unread_date=None if published else dayless,
        made_up_date=made_up,
        author=clean_author(_blank_to_none(doc.author)),  # no byline date words (ux27)
        outlet=outlet,
        url=_blank_to_none(doc.url) or url,
    )
