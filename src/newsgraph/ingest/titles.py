"""Headlines without the site's name: "Title | Site", "Title - Site", "Site | Title".

Pages put the outlet's name (and sometimes a section such as "Editorial") into ``<title>``.
A segment is removed only when it *is* the outlet or site name (compared without case,
punctuation, a leading "The" or the web address's ``www.``/ending) — or, after a ``|``, a
section word from a short list — and never so that nothing is left.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

_SEP = re.compile(r"\s+(\||-|–|—|·|•|»|::)\s+")
_SECTIONS = frozenset(
    {"editorial", "editorials", "opinion", "opinions", "op-ed", "oped", "commentary", "comment"}
)


def _norm(text: str) -> str:
    text = re.sub(r"^the\s+", "", text.strip().lower())
    return re.sub(r"[^0-9a-z]+", "", text)


def _site_names(outlet: str | None, url: str | None) -> set[str]:
    names: set[str] = set()
    if url:
        host = (urlsplit(url).hostname or "").lower().removeprefix("www.")
        if host:
            names.add(_norm(host))  # nytimes.com
            names.add(_norm(host.rsplit(".", 1)[0]))  # nytimes
    names = {n for n in names if len(n) >= 3}
    if outlet and len(_norm(outlet)) >= 2:  # the input names its outlet: "AP", "FT" count
        names.add(_norm(outlet))
    return names


def strip_site_name(title: str, *, outlet: str | None = None, url: str | None = None) -> str:
    """``title`` without a leading or trailing segment naming the site (or a section)."""
    parts = _SEP.split(title.strip())
    if len(parts) < 3:
        return title
    segments, seps = parts[0::2], parts[1::2]
    sites = _site_names(outlet, url)

    def removable(segment: str, sep: str) -> bool:
        norm = _norm(segment)
        return norm in sites or (sep == "|" and segment.strip().lower() in _SECTIONS)

    changed = True
    while changed and len(segments) > 1:
        changed = False
        if removable(segments[-1], seps[-1]):
            segments, seps = segments[:-1], seps[:-1]
            changed = True
        elif len(segments) > 1 and removable(segments[0], seps[0]) and seps[0] != "-":
            segments, seps = segments[1:], seps[1:]
            changed = True
    out = segments[0]
    for sep, segment in zip(seps, segments[1:], strict=True):
        out += f" {sep} {segment}"
    return out.strip() or title
