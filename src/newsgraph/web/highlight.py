"""Render article text with highlighted spans as safe, well-nested HTML.

Spans may nest, coincide or cross. Each span becomes a ``<span class="hl hl-KIND">``
element; where two spans cross, the inner one is closed at the outer one's end and
reopened right after it (the reopened piece gets the extra class ``hl-cont``), so the
HTML is always well formed and every character carries exactly the highlights whose
range covers it. All text and attribute values are escaped.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from markupsafe import Markup, escape

# Nesting order for spans with identical ranges: lower ranks sit outside higher ones.
KINDS = ("quote", "source", "cue", "entity", "place", "time", "event", "framing")
_RANK = {kind: i for i, kind in enumerate(KINDS)}


@dataclass(frozen=True, slots=True)
class Highlight:
    """A highlighted stretch ``text[start:end]``: its kind (CSS class), tooltip and record id."""

    start: int
    end: int
    kind: str
    title: str = ""
    ref: str | None = None


def render_highlighted(text: str, spans: Iterable[Highlight]) -> Markup:
    """``text`` as escaped HTML with every valid span wrapped in a ``<span>`` element.

    Spans that are empty or fall outside ``text`` are skipped. Spans with the same
    start open longest first (ties by :data:`KINDS` order), so containment becomes
    nesting; crossing spans are split as described in the module docstring.
    """
    valid = sorted(
        (s for s in spans if 0 <= s.start < s.end <= len(text)),
        key=lambda s: (s.start, -s.end, _RANK.get(s.kind, len(_RANK)), s.kind, s.ref or ""),
    )
    bounds = sorted({0, len(text)} | {s.start for s in valid} | {s.end for s in valid})
    out: list[str] = []
    stack: list[Highlight] = []
    nxt = 0  # index into ``valid`` of the next span to open
    pos = 0
    for bound in bounds:
        if bound > pos:
            out.append(str(escape(text[pos:bound])))
            pos = bound
        reopen = _close_ending(stack, bound, out)
        starting: list[Highlight] = []
        while nxt < len(valid) and valid[nxt].start == bound:
            starting.append(valid[nxt])
            nxt += 1
        # Open reopened and new spans outermost (latest end) first, so they nest.
        for span, cont in sorted(
            [(s, True) for s in reopen] + [(s, False) for s in starting],
            key=lambda item: (-item[0].end, _RANK.get(item[0].kind, len(_RANK))),
        ):
            out.append(_open_tag(span, cont))
            stack.append(span)
    return Markup("".join(out))


def _close_ending(stack: list[Highlight], bound: int, out: list[str]) -> list[Highlight]:
    """Close every open span ending at ``bound``, and the spans opened inside it.

    Returns the spans that were closed early (they end later) and must be reopened.
    """
    ending = [i for i, s in enumerate(stack) if s.end == bound]
    if not ending:
        return []
    first = ending[0]
    closed = stack[first:]
    del stack[first:]
    out.append("</span>" * len(closed))
    return [s for s in closed if s.end > bound]


def _open_tag(span: Highlight, cont: bool) -> str:
    classes = f"hl hl-{span.kind}" + (" hl-cont" if cont else "")
    attrs = [f'class="{escape(classes)}"']
    if span.title:
        attrs.append(f'title="{escape(span.title)}"')
    if span.ref:
        attrs.append(f'data-ref="{escape(span.ref)}"')
    return f"<span {' '.join(attrs)}>"


# Private-use characters the search asks the store to wrap matched terms in.
SNIPPET_MARKS = ("\ue000", "\ue001")


def mark_snippet(snippet: str | None) -> Markup:
    """A search snippet as escaped HTML, its :data:`SNIPPET_MARKS` pairs turned into ``<mark>``."""
    if not snippet:
        return Markup("")
    opened, closed = SNIPPET_MARKS
    out: list[str] = []
    for i, piece in enumerate(snippet.replace(closed, opened).split(opened)):
        text = str(escape(piece))
        out.append(f"<mark>{text}</mark>" if i % 2 and text else text)
    return Markup("".join(out))
