"""Article-level cross-checks between the body's records and the story's own photo captions.

A related caption often says where and when a meeting took place. When it names the event's
actors and a different place than the body ("in Riyadh" in the text, "in Moscow" in the
caption), both are reported on the event and the disagreement is flagged, never silently
resolved.
"""

from __future__ import annotations

import re

from .model import Article

_IN_PLACE = re.compile(r"\b(?:in|at)\s+((?:[A-Z][\w'’-]+)(?:\s+[A-Z][\w'’-]+)?)")


def _caption_places(text: str) -> list[str]:
    from newsgraph.nlp.places.gazetteer import load

    gaz = load()
    out = []
    for m in _IN_PLACE.finditer(text):
        name = m.group(1)
        words = name.split()
        for cand in (name, words[0]):
            if gaz.has(cand):
                out.append(cand)
                break
    return out


def flag_caption_places(art: Article) -> None:
    """Set ``caption_place``/``place_conflict`` on events whose actors a related caption names."""
    captions = [c for c in art.captions if c.related]
    if not captions or not art.events:
        return
    names = {e.id: e.name for e in art.entities}
    places = {p.id: p for p in art.places}
    for cap in captions:
        cap_places = _caption_places(cap.text)
        if not cap_places:
            continue
        for ev in art.events:
            actors = [names.get(a.entity or "") for a in ev.sources + ev.targets]
            surnames = {n.split()[-1] for n in actors if n}
            if not surnames or not all(s in cap.text for s in surnames):
                continue
            ev.caption_place = cap_places[0]
            # only the coder's own place in the event's clause can conflict with a caption
            # (a fallback place of evplace42 is a guess from the paragraph or dateline)
            body = places.get(ev.place_id or "") if ev.place_source in ("sentence", None) else None
            ev.place_conflict = (
                body is not None
                and body.name != cap_places[0]
                and (body.span.text != cap_places[0])
            )
