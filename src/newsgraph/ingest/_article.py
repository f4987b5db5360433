"""One article from its text or its HTML page: main text extracted, cleaned (unless cleaning is
off), titled, and its language judged."""

from __future__ import annotations

import logging
from collections import Counter
from typing import Any

from newsgraph.ingest._charset import page_text
from newsgraph.ingest._inputs import Item, _Options
from newsgraph.ingest.clean import clean_text
from newsgraph.ingest.decode import DecodeError
from newsgraph.ingest.html import extract_html
from newsgraph.ingest.language import detect_language, language_name
from newsgraph.ingest.records import Failure, RawArticle
from newsgraph.ingest.titles import strip_site_name

log = logging.getLogger("newsgraph.ingest.sources")  # the logger's name from before the split


def _from_text(text: str, source: str, opts: _Options, **kwargs: Any) -> Item:
    """An article from its text (cleaned unless ``opts.clean`` is off), its language judged."""
    item = _from_text_any_language(text, source, opts, **kwargs)
    if isinstance(item, RawArticle):
        return _judge_language(item, source, opts)
    return item


def _judge_language(raw: RawArticle, source: str, opts: _Options) -> Item:
    raw.language = detect_language(raw.text)
    if raw.language in (None, "en"):
        return raw
    what = f"in {language_name(raw.language)}, not English"
    if opts.non_english == "skip":
        return Failure(source, f"{what}: skipped (--non-english flag analyses it anyway)")
    if opts.non_english == "keep":
        return raw
    raw.language_note = f"{source}: {what}: analysed with the English model"
    return raw


def _from_text_any_language(
    text: str,
    source: str,
    opts: _Options,
    *,
    title: str | None = None,
    url: str | None = None,
    path: str | None = None,
    corpus_lines: Counter[str] | None = None,
    detect_title: bool = True,
    **meta: Any,
) -> Item:
    if not text.strip():
        return Failure(source, "empty input")
    if not opts.clean:
        if title:
            body = "\n\n".join(x.strip() for x in text.splitlines() if x.strip())
            return RawArticle(
                f"{title}\n\n{body}", title, url=url, path=path, body_start=len(title) + 2, **meta
            )
        return RawArticle(text, None, url=url, path=path, **meta)
    result = clean_text(text, title=title, corpus_lines=corpus_lines, detect_title=detect_title)
    if not result.text.strip():
        return Failure(source, "empty after cleaning")
    return RawArticle(
        result.text,
        result.title,
        url=url,
        path=path,
        removed=result.removed,
        captions=result.captions,
        body_start=result.body_start,
        **meta,
    )


def _from_html(
    data: bytes | str,
    source: str,
    opts: _Options,
    *,
    url: str | None,
    path: str | None,
    title: str | None = None,
    given: dict[str, Any] | None = None,
    charset: str | None = None,
) -> Item:
    """Main text of a page; ``title`` and ``given`` metadata (from JSON) win over the page's.
    ``charset``: the one its server declared (:mod:`newsgraph.ingest._charset`)."""
    charset_notes: list[str] = []
    try:
        page = extract_html(page_text(data, charset, charset_notes), url=url)
    except DecodeError as exc:  # ux30: bytes in no code page known: one line naming the page
        return Failure(source, str(exc))
    except Exception as exc:  # lxml/trafilatura on broken markup: report, never crash the batch
        log.debug("HTML extraction failed for %s", source, exc_info=True)
        return Failure(source, f"malformed HTML ({type(exc).__name__}: {exc})")
    if page is None:
        return Failure(source, "no article text found in the HTML (malformed or not an article)")
    meta: dict[str, Any] = {
        "published": page.published,
        "published_from": "html" if page.published else None,
        "author": page.author,
        "outlet": page.outlet,
    }
    meta.update({k: v for k, v in (given or {}).items() if v is not None})
    note = None
    if page.unread_date and not meta["published"]:  # ux26: a day was made up for it
        note = (
            f"{source}: its publication date {page.unread_date!r} has no day; the article has "
            "no publication date (a date in its first paragraphs is used, else its relative "
            "times resolve against today)"
        )
    elif page.made_up_date and not meta["published"]:  # ux27: htmldate made a day up
        note = (
            f"{source}: the page writes no publication date with a day (htmldate read "
            f"{page.made_up_date}, its day made up); the article has no publication date (a "
            "date in its first paragraphs is used, else its relative times resolve against "
            "today)"
        )
    text = page.text.replace("\n", "\n\n")
    title = title or page.title
    if title:
        title = strip_site_name(title, outlet=meta["outlet"], url=url or page.url)
    item = _from_text(
        text,
        source,
        opts,
        title=title,
        url=url or page.url,
        path=path,
        detect_title=False,
        **meta,
    )
    if note and isinstance(item, RawArticle):
        # said once by iter_articles, unless the feed item's or JSON record's own line about
        # its date says it instead (ux27: two lines for one article)
        item.undated_note = note
    if charset_notes and isinstance(item, RawArticle):  # ux33: said as the date line is
        item.charset_note = f"{source}: {charset_notes[0]}"
    return item
