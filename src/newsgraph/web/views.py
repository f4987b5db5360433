"""What the article page shows: highlight spans with tooltips, built from an Article."""

from __future__ import annotations

from markupsafe import Markup, escape

from ..model import Actor, Article, Entity, Event, Framing, Place, Quote, Span, TimeRef
from ..store.records import EventHit, PlaceMention
from .highlight import Highlight


def article_highlights(article: Article) -> list[Highlight]:
    """Every span worth highlighting in ``article.text``, each with a tooltip naming its record."""
    names = {e.id: e.name for e in article.entities}
    spans: list[Highlight] = []
    for entity in article.entities:
        title = entity_title(entity)
        spans.extend(Highlight(m.start, m.end, "entity", title, entity.id) for m in entity.mentions)
    for quote in article.quotes:
        spans.extend(_quote_highlights(quote))
    for event in article.events:
        t = event.trigger
        spans.append(Highlight(t.start, t.end, "event", event_title(event, names), event.id))
    for place in article.places:
        spans.append(
            Highlight(place.span.start, place.span.end, "place", place_title(place), place.id)
        )
    for time in article.times:
        spans.append(Highlight(time.span.start, time.span.end, "time", time_title(time), time.id))
    for hit in article.framing:  # ux26: framing evidence links had nothing to land on
        spans.append(
            Highlight(hit.span.start, hit.span.end, "framing", framing_title(hit, names), hit.id)
        )
    return spans


def framing_target(hit: Framing, names: dict[str, str]) -> str:
    """Who a framing record labels: the entity's name, else the generic actor and its code."""
    name = names.get(hit.target or "") or hit.target_name or ""
    if hit.target_code and hit.target_code != name:
        name = f"{name} ({hit.target_code})" if name else hit.target_code
    return name or "no actor"


def framing_title(hit: Framing, names: dict[str, str]) -> str:
    return f"Framing: {hit.label} ({hit.kind}) of {framing_target(hit, names)}"


def _quote_highlights(quote: Quote) -> list[Highlight]:
    who = quote.speaker_name or "unknown speaker"
    if quote.unnamed:
        who += " (unnamed)"
    spans = [
        Highlight(
            quote.content.start,
            quote.content.end,
            "quote",
            f"Quote ({quote.kind}) by {who}",
            quote.id,
        )
    ]
    if quote.cue:
        spans.append(
            Highlight(quote.cue.start, quote.cue.end, "cue", f"Quote cue: {who}", quote.id)
        )
    if quote.source:
        spans.append(
            Highlight(quote.source.start, quote.source.end, "source", f"Speaker: {who}", quote.id)
        )
    return spans


def entity_title(entity: Entity) -> str:
    facts = [entity.type, entity.country, entity.sector, entity.role]
    return f"{entity.name} ({', '.join(f for f in facts if f)})"


def actor_label(actor: Actor, names: dict[str, str]) -> str:
    """``CODE name`` for an event actor, naming its entity when it has one."""
    name = actor.name or (names.get(actor.entity, "") if actor.entity else "") or actor.span.text
    return f"{actor.code} {name}" if actor.code else name


def event_flags(event: Event) -> list[str]:
    flags = [f for f in ("negated", "hypothetical", "background") if getattr(event, f)]
    if event.reported_by:
        flags.append("reported")
    return flags


def event_title(event: Event, names: dict[str, str]) -> str:
    sources = ", ".join(actor_label(a, names) for a in event.sources) or "?"
    targets = ", ".join(actor_label(a, names) for a in event.targets) or "?"
    mode = f", {event.mode}" if event.mode else ""
    flags = event_flags(event)
    tail = f" [{', '.join(flags)}]" if flags else ""
    return f"Event {event.type} (CAMEO {event.cameo}{mode}): {sources} → {targets}{tail}"


def place_title(place: Place) -> str:
    where = ", ".join(x for x in (place.feature, place.country_code) if x)
    coords = (
        f" {place.lat:.4f}, {place.lon:.4f}"
        if place.lat is not None and place.lon is not None
        else ""
    )
    gid = f" · GeoNames {place.geonameid}" if place.geonameid is not None else ""
    meto = " · metonymy" if place.metonymy else ""
    return f"{place.name} ({where}){coords}{gid}{meto}"


def time_title(time: TimeRef) -> str:
    value = time.value or "unresolved"
    detail = ", ".join(x for x in (time.type, time.granularity, time.anchor) if x)
    return f"{value} ({detail})"


def _marked(sentence: Span, start: int, end: int) -> Markup:
    """``sentence`` as escaped HTML with ``[start, end)`` (article offsets) in ``<mark>``."""
    a, b = start - sentence.start, end - sentence.start
    text = sentence.text
    if not 0 <= a < b <= len(text):
        return Markup(escape(text))
    return Markup("{}<mark>{}</mark>{}").format(text[:a], text[a:b], text[b:])


def evidence_html(hit: EventHit) -> Markup:
    """An event's evidence sentence with its trigger marked."""
    if hit.evidence is None:
        return Markup(escape(hit.event.trigger.text))
    trigger = hit.event.trigger
    return _marked(hit.evidence, trigger.start, trigger.end)


def mention_html(mention: PlaceMention) -> Markup:
    """A place mention's sentence with the mention marked."""
    return _marked(mention.evidence, mention.span.start, mention.span.end)
