"""Readable Rich summaries of an article and of a store (used by the CLI only)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from . import _shell
from .model import Article, Event, Place


def _clip(text: str, n: int = 110) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def render_article(console: Console, art: Article) -> None:
    console.rule(Text(art.title or "(untitled)", style="bold"))
    meta = [f"id {art.id}", f"published {art.published or 'unknown'}"]
    if art.published_from:
        meta[-1] += f" ({art.published_from})"
    if art.source.outlet:
        meta.append(f"outlet {art.source.outlet}")
    if art.source.path or art.source.url:
        meta.append(str(art.source.url or art.source.path))
    console.print(" · ".join(meta), highlight=False)
    if art.removed:
        console.print(
            f"[dim]removed {len(art.removed)} noise lines: "
            + "; ".join(f"{r.kind}: {_clip(r.text, 40)}" for r in art.removed)
            + "[/dim]"
        )
    for c in art.captions:
        tag = "related" if c.related else "unrelated (excluded)"
        caption = escape(f"caption, {tag}: {_clip(c.text, 80)}")
        console.print(f"[dim]{caption}[/dim]", highlight=False, markup=True)
    names = {e.id: e.name for e in art.entities}

    if art.entities:
        t = Table("entity", "type", "country", "sector", "role", "mentions", title="Entities")
        for e in sorted(art.entities, key=lambda e: -len(e.mentions))[:25]:
            _add(
                t,
                e.name,
                e.type,
                e.country or "",
                e.sector or "",
                e.role or "",
                _clip(", ".join(dict.fromkeys(m.text for m in e.mentions)), 60),
            )
        console.print(t)
    if art.quotes:
        t = Table("speaker", "kind", "quote", title="Quotes")
        for q in art.quotes:
            who = q.speaker_name or (q.source.text if q.source else "?")
            if q.unnamed:
                who += " (unnamed)"
            _add(t, who, q.kind, _clip(q.content.text))
        console.print(t)
    if art.events:
        # ux40: where and when, which the web page and --json give, were not in this table
        t = Table(
            "type", "cameo", "source", "target", "flags", "trigger", "where", "when",
            title="Events",
        )  # fmt: skip
        places = {p.id: p.name for p in art.places}
        for ev in art.events:
            flags = [f for f in ("negated", "hypothetical", "background") if getattr(ev, f)]
            if ev.reported_by:
                flags.append("reported")
            _add(
                t,
                ev.type,
                ev.cameo,
                ", ".join(a.code or (names.get(a.entity or "") or a.span.text) for a in ev.sources),
                ", ".join(a.code or (names.get(a.entity or "") or a.span.text) for a in ev.targets),
                ",".join(flags),
                ev.trigger.text,
                _where(ev, places),
                ev.time.text if ev.time else "",
            )
        console.print(t)
    if art.places:
        t = Table(
            "place",
            "mentions",
            "as written",
            "feature",
            "cc",
            "geonameid",
            "lat,lon",
            title="Places",
        )
        for group in place_groups(art.places):
            p = group[0]
            ll = f"{p.lat:.3f},{p.lon:.3f}" if p.lat is not None and p.lon is not None else ""
            actor = sum(1 for x in group if x.metonymy)
            name = p.name + (f" ({actor} as actor)" if actor else "")
            written = _clip(", ".join(dict.fromkeys(x.span.text for x in group)), 40)
            _add(
                t,
                name,
                str(len(group)),
                written,
                p.feature,
                p.country_code or "",
                str(p.geonameid or ""),
                ll,
            )
        console.print(t)
    for line in place_conflicts(art):
        console.print(
            f"[yellow]place conflict:[/yellow] {escape(line)}", highlight=False, markup=True
        )
    if art.times:
        t = Table("expression", "type", "value", "interval", "anchor", title="Times")
        for tr in art.times:
            iv = (
                f"{tr.interval.get('from') or '…'} – {tr.interval.get('to') or '…'}"
                if tr.interval
                else ""
            )
            _add(t, tr.span.text, tr.type, tr.value or "(unresolved)", iv, tr.anchor)
        console.print(t)
    render_framing(console, art)
    none = [name for name, found in _sections(art) if not found]
    if none:  # ux35: an empty section was left out with no word ("none found" vs "not shown")
        console.print(f"found no {_listed(none)} in this article", highlight=False)


def _sections(art: Article) -> list[tuple[str, bool]]:
    return [
        ("entities", bool(art.entities)),
        ("quotes", bool(art.quotes)),
        ("events", bool(art.events)),
        ("places", bool(art.places)),
        ("times", bool(art.times)),
        ("framing labels", bool(art.framing)),
    ]


def _listed(names: list[str]) -> str:
    """'a', 'a or b', 'a, b or c'."""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " or " + names[-1]


def _add(table: Table, *cells: str) -> None:
    """A row of plain text: a name or quote is never read as console markup or an emoji code
    ('[the president]' was dropped, ':x:' shown as a cross mark: ux37)."""
    table.add_row(*(Text(c) for c in cells))


def render_framing(console: Console, art: Article) -> None:
    """The article's framing records (labels per actor) and its tone."""
    if art.framing:
        t = Table("actor", "kind", "label", "as written", "polarity", "rule", title="Framing")
        for f in art.framing:
            actor = f.target_name or "(no actor)"
            if f.target_code:
                actor += f" [{f.target_code}]"
            _add(
                t,
                _clip(actor, 40),
                f.kind,
                f.label,
                _clip(f.span.text, 30),
                f"{f.polarity:+.1f}",
                f.rule,
            )
        console.print(t)
    if art.tone is not None:
        tn = art.tone
        console.print(
            f"tone {tn.tone:+.2f} (positive {tn.positive:.2f}%, negative {tn.negative:.2f}%, "
            f"polarity {tn.polarity:.2f}, {tn.words} words; VADER lexicon)",
            highlight=False,
        )


def place_groups(places: list[Place]) -> list[list[Place]]:
    """Mentions of the same place (same GeoNames id, else same name), most mentioned first."""
    groups: dict[object, list[Place]] = {}
    for p in places:
        key = p.geonameid if p.geonameid is not None else ("name", p.name.casefold())
        groups.setdefault(key, []).append(p)
    return sorted(groups.values(), key=lambda g: (-len(g), g[0].span.start))


def _where(ev: Event, places: dict[str, str]) -> str:
    """An event's place for the events table; one the clause does not name (evplace42: its
    paragraph's or the dateline's) says so: "Nairobi (dateline)"."""
    name = places.get(ev.place_id or "") or (ev.place.text if ev.place else "")
    if name and ev.place_source in ("paragraph", "dateline"):
        return f"{name} ({ev.place_source})"
    return name


def place_conflicts(art: Article) -> list[str]:
    """One sentence per event whose photo caption names another place than the body."""
    places = {p.id: p for p in art.places}
    lines = []
    for ev in art.events:
        if not ev.place_conflict:
            continue
        body = places.get(ev.place_id or "")
        said = body.name if body else (ev.place.text if ev.place else "?")
        lines.append(
            f"{ev.type} '{ev.trigger.text}': the body says {said}, "
            f"a photo caption says {ev.caption_place}"
        )
    return lines


def render_stats(console: Console, s: dict[str, Any], db: Path) -> None:
    counts = " · ".join(
        f"{k} {s.get(k, 0)}"
        for k in ("articles", "entities", "quotes", "events", "places", "times")
    )
    console.print(f"[bold]{escape(str(db))}[/bold]: {counts}", highlight=False, markup=True)
    actors = s.get("top_actors") or []
    if actors:
        t = Table("actor", "type", "country", "articles", title="Top actors")
        for a in actors[:15]:
            _add(
                t,
                str(a.get("name")),
                str(a.get("type") or ""),
                str(a.get("country") or ""),
                str(a.get("n") or a.get("articles") or ""),
            )
        console.print(t)
    types = s.get("top_event_types") or s.get("event_types") or []
    if types:
        console.print(
            "Event types: " + ", ".join(f"{x.get('type')} {x.get('n')}" for x in types),
            highlight=False,
        )
    at = _shell.arg(db)
    console.print(
        _shell.next_lines(
            (
                f"newsgraph quotes --db {at}",
                f"newsgraph events --db {at}",
                f"newsgraph search QUERY --db {at}",
                f"newsgraph export --db {at} --format parquet --out articles.parquet",
                f"newsgraph serve --db {at}",
            )
        ),
        highlight=False,
        soft_wrap=True,
    )
