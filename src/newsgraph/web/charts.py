"""Small inline SVG charts (no script): events per month for the timeline."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from markupsafe import Markup, escape

_BAR, _GAP, _HEIGHT, _LABEL = 14, 3, 80, 14


def month_bars(months: Sequence[tuple[str, int]], href: Callable[[str], str]) -> Markup:
    """Bars of events per month (``YYYY-MM``; a bare ``YYYY`` is a year-only bucket), each
    linking to ``href(month)``; a year label under each year's first bar."""
    if not months:
        return Markup("")
    top = max(n for _, n in months)
    width = len(months) * (_BAR + _GAP)
    out = [
        f'<svg class="bars" viewBox="0 0 {width} {_HEIGHT + _LABEL}" role="img" '
        'aria-label="Events per month" xmlns="http://www.w3.org/2000/svg">',
        "<title>Events per month</title>",
    ]
    year = None
    for i, (month, n) in enumerate(months):
        x = i * (_BAR + _GAP)
        h = max(2, round(_HEIGHT * n / top))
        label = f"{month}: {n} event{'' if n == 1 else 's'}"
        out.append(
            f'<a href="{escape(href(month))}"><rect x="{x}" y="{_HEIGHT - h}" width="{_BAR}" '
            f'height="{h}"><title>{escape(label)}</title></rect></a>'
        )
        if month[:4] != year:
            year = month[:4]
            out.append(f'<text x="{x}" y="{_HEIGHT + _LABEL - 2}">{escape(year)}</text>')
    out.append("</svg>")
    return Markup("".join(out))
