"""Give every event and quote its time and place.

The time is the temporal expression in the record's clause (approximated by its
sentence, nearest to the trigger/cue), else the publication date, flagged as the
default. The place is the place mentioned in the same sentence (the event coder's
own choice wins when it made one), else none.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.model import Place, Span, TimeRef
from newsgraph.nlp._doc import register_extensions

register_extensions()


def _nearest(items: list, pos: int, key):  # type: ignore[no-untyped-def]
    return min(items, key=lambda x: abs(key(x).start - pos)) if items else None


class Attacher:
    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        times: list[TimeRef] = doc._.ng_times or []
        # where something happened: a located place, not a demonym ("Syrian") or a capital
        # standing for its government ("Damascus launched")
        places: list[Place] = [
            p
            for p in (doc._.ng_places or [])
            if p.geonameid is not None and not p.metonymy and p.rule != "demonym"
        ]
        t_by_sent: dict[int, list[TimeRef]] = {}
        for t in times:
            if t.type in {"DATE", "TIME"}:
                t_by_sent.setdefault(t.sentence, []).append(t)
        p_by_sent: dict[int, list[Place]] = {}
        for p in places:
            p_by_sent.setdefault(p.sentence, []).append(p)
        t_by_span = {(t.span.start, t.span.end): t for t in times}
        p_by_span = {(p.span.start, p.span.end): p for p in places}

        for ev in doc._.ng_events or []:
            t = self._pick(ev.time, t_by_span, t_by_sent.get(ev.sentence, []), ev.trigger)
            ev.time_id = t.id if t else None
            ev.time_default = t is None
            if t is not None and ev.time is None:
                ev.time = t.span
            # the event coder chose the place in the trigger's clause; keep it only when it
            # is a located place (not a demonym, a capital used as an actor, or a participant)
            actors = [a.span for a in ev.sources + ev.targets]
            ep: Place | None = None
            if ev.place is not None:
                ep = p_by_span.get((ev.place.start, ev.place.end))
                if ep is not None and any(
                    ep.span.start < a.end and a.start < ep.span.end for a in actors
                ):
                    ep = None
            ev.place_id = ep.id if ep else None
            ev.place = ep.span if ep is not None else None
        for q in doc._.ng_quotes or []:
            anchor = q.cue or q.content
            t = _nearest(t_by_sent.get(q.sentence, []), anchor.start, lambda x: x.span)
            q.time = t.id if t else None
            q.time_default = t is None
            qp: Place | None = _nearest(
                p_by_sent.get(q.sentence, []), anchor.start, lambda x: x.span
            )
            q.place = qp.id if qp else None
        return doc

    @staticmethod
    def _pick(chosen: Span | None, by_span: dict, same_sentence: list, trigger: Span):  # type: ignore[no-untyped-def]
        if chosen is not None:
            hit = by_span.get((chosen.start, chosen.end))
            if hit is not None:
                return hit
            for (s, e), rec in by_span.items():
                if s < chosen.end and chosen.start < e:
                    return rec
        return _nearest(same_sentence, trigger.start, lambda x: x.span)


@Language.factory(
    "newsgraph_attach",
    requires=["doc._.ng_events", "doc._.ng_quotes", "doc._.ng_times", "doc._.ng_places"],
    assigns=["doc._.ng_events", "doc._.ng_quotes"],
)
def make_attacher(nlp: Language, name: str) -> Attacher:
    return Attacher(nlp, name)
