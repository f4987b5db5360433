"""Small inline SVG charts (no script): events per month for the timeline."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from markupsafe import Markup, escape

_BAR, _GAP, _HEIGHT, _LABEL = 14, 3, 80, 14
_MIN_WIDTH = 600  # viewBox units: a short range keeps its bars narrow, at the left
_MAX_MONTHS = 1200  # a wider range shows only the months that have events


def month_axis(months: Sequence[str]) -> list[str]:
    """Every month from the first to the last of ``months`` (``YYYY-MM``), in order, with
    year-only buckets (``YYYY``) just before their January."""
    dated = sorted(m for m in months if len(m) == 7)
    years = [m for m in months if len(m) == 4]
    axis: set[str] = set(months)
    if dated:
        y, mo = int(dated[0][:4]), int(dated[0][5:7])
        end = (int(dated[-1][:4]), int(dated[-1][5:7]))
        if (end[0] - y) * 12 + end[1] - mo < _MAX_MONTHS:
            while (y, mo) <= end:
                axis.add(f"{y:04d}-{mo:02d}")
                y, mo = (y + 1, 1) if mo == 12 else (y, mo + 1)
    axis.update(years)
    return sorted(axis, key=lambda m: (m[:4], len(m) > 4, m))


def month_bars(months: Sequence[tuple[str, int]], href: Callable[[str], str]) -> Markup:
    """Bars of events per month (``YYYY-MM``; a bare ``YYYY`` is a year-only bucket) on a
    continuous month axis, each non-empty month linking to ``href(month)``; a year label
    under each year's first bar."""
    if not months:
        return Markup("")
    counts = dict(months)
    axis = month_axis(list(counts))
    top = max(counts.values())
    width = max(len(axis) * (_BAR + _GAP), _MIN_WIDTH)
    out = [
        f'<svg class="bars" viewBox="0 0 {width} {_HEIGHT + _LABEL}" role="img" '
        'aria-label="Events per month" preserveAspectRatio="xMinYMax meet" '
        'xmlns="http://www.w3.org/2000/svg">',
        "<title>Events per month</title>",
        f'<line x1="0" y1="{_HEIGHT}" x2="{len(axis) * (_BAR + _GAP)}" y2="{_HEIGHT}"/>',
    ]
    year = None
    for i, month in enumerate(axis):
        x = i * (_BAR + _GAP)
        n = counts.get(month, 0)
        if n:
            h = max(2, round(_HEIGHT * n / top))
            what = "year only" if len(month) == 4 else month
            label = f"{what if len(month) == 7 else month + ' (' + what + ')'}: {n} event" + (
                "" if n == 1 else "s"
            )
            out.append(
                f'<a href="{escape(href(month))}"><rect x="{x}" y="{_HEIGHT - h}" '
                f'width="{_BAR}" height="{h}"><title>{escape(label)}</title></rect></a>'
            )
        if month[:4] != year:
            year = month[:4]
            out.append(f'<text x="{x}" y="{_HEIGHT + _LABEL - 2}">{escape(year)}</text>')
    out.append("</svg>")
    return Markup("".join(out))
