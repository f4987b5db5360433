"""Markup nested deeper than libxml2 will parse, flattened so that its text can be read.

libxml2 stops at 2048 open elements even with its depth limit lifted (``huge_tree``), and
drops everything after that point: a page of 100,000 nested ``<div>`` around its paragraphs
(hostile, or a generator gone wrong) was "no article text found" where a browser shows the
text (hard39). Python's streaming :class:`html.parser.HTMLParser` has no depth limit; it is
used to write the page again with the start and end tags of elements past ``keep`` open
ones written left out. Their text, and the paragraph-level elements inside them (``<p>``,
headings, list items, line breaks; up to ``_MARGIN`` levels more of them), stay where they
are, so the extractor reads the page as a browser shows it; the first ``keep`` levels are
written as they were. No element is written deeper than ``keep + _MARGIN``. Work is linear
in the page: one pass, a stack of open elements, a count per name for end tags that match
none.
"""

from __future__ import annotations

from html.parser import HTMLParser
from typing import Any

import lxml.html

#: elements with no end tag: never on the stack
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
#: the elements the extractor reads text by: written up to ``_MARGIN`` levels past ``keep``
_TEXT_BLOCKS = frozenset("p h1 h2 h3 h4 h5 h6 li br blockquote pre".split())
_MARGIN = 32


class _Flattener(HTMLParser):
    def __init__(self, keep: int) -> None:
        super().__init__(convert_charrefs=False)
        self.keep = keep
        self.out: list[str] = []
        self.stack: list[tuple[str, bool]] = []  # (name, written)
        self.open: dict[str, int] = {}  # name -> times on the stack
        self.depth = 0  # written elements on the stack
        self.dropped = 0

    def _push(self, tag: str, written: bool) -> None:
        self.stack.append((tag, written))
        self.open[tag] = self.open.get(tag, 0) + 1
        self.depth += written

    def _pop(self) -> tuple[str, bool]:
        tag, written = self.stack.pop()
        self.open[tag] -= 1
        self.depth -= written
        return tag, written

    def _writes(self, tag: str) -> bool:
        return self.depth < self.keep or (tag in _TEXT_BLOCKS and self.depth < self.keep + _MARGIN)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "p" and self.stack and self.stack[-1][0] == "p":
            self._pop()  # a <p> closes the open one (as every HTML parser reads it)
        written = self._writes(tag)
        if written:
            self.out.append(self.get_starttag_text() or f"<{tag}>")
        else:
            self.dropped += 1
        if tag not in _VOID:
            self._push(tag, written)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self._writes(tag):
            self.out.append(self.get_starttag_text() or f"<{tag}/>")

    def handle_endtag(self, tag: str) -> None:
        if not self.open.get(tag):
            return  # closes nothing open: dropped (libxml2 ignores it too)
        while True:
            name, written = self._pop()
            if name == tag:
                break
        if written:
            self.out.append(f"</{tag}>")

    def handle_data(self, data: str) -> None:
        self.out.append(data)

    def handle_entityref(self, name: str) -> None:
        self.out.append(f"&{name};")

    def handle_charref(self, name: str) -> None:
        self.out.append(f"&#{name};")

    def handle_decl(self, decl: str) -> None:
        self.out.append(f"<!{decl}>")


def flatten(html: str, keep: int = 256) -> tuple[str, int]:
    """``html`` with the tags of elements nested past ``keep`` open ones left out (text and
    paragraph-level elements kept), and how many start tags were left out."""
    flat = _Flattener(keep)
    flat.feed(html)
    flat.close()
    return "".join(flat.out), flat.dropped


#: the parser of HTML fragments (feed item content), its errors read after each parse
_FRAGMENT_PARSER = lxml.html.HTMLParser()


def fragment(html: str) -> Any:
    """``html`` (a fragment: a feed item's content) parsed under a ``<div>``; one nested past
    libxml2's limit of 256 open elements is flattened first (hard39: the text past the limit
    was dropped, so a feed item whose content is nested 5,000 ``<div>`` deep counted no words
    and its link was fetched instead)."""
    root = lxml.html.fragment_fromstring(html, create_parent="div", parser=_FRAGMENT_PARSER)
    if any("Excessive depth" in e.message for e in _FRAGMENT_PARSER.error_log):
        flat, _ = flatten(html, keep=_FRAGMENT_KEEP)
        root = lxml.html.fragment_fromstring(flat, create_parent="div", parser=_FRAGMENT_PARSER)
    return root


#: levels kept in a fragment: with ``_MARGIN`` more and the parser's own wrappers, under 256
_FRAGMENT_KEEP = 200
