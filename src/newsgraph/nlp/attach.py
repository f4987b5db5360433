"""Give every event and quote its time and place.

The time is the temporal expression in the record's clause (approximated by its
sentence, nearest to the trigger/cue), else the publication date, flagged as the
default. An event's place is the event coder's own choice in its clause
(``place_source = "sentence"``), else the fallback of :func:`fallback_place` (evplace42: the
place in the event's paragraph nearest the trigger, else the article's wire dateline), each
flagged in ``place_source`` so a user can filter; a quote's place is the place mentioned in its
sentence, else none.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token
from spacy.tokens import Span as Span_

from newsgraph.model import Place, Span, TimeRef
from newsgraph.nlp._doc import doc_text, register_extensions
from newsgraph.nlp.events._datelines import DATELINE_DASHES, wire_after

register_extensions()


def _nearest(items: list, pos: int, key):  # type: ignore[no-untyped-def]
    return min(items, key=lambda x: abs(key(x).start - pos)) if items else None


def located_places(doc: Doc) -> list[Place]:
    """Where something can happen: the located places, not a demonym ("Syrian") or a capital
    standing for its government ("Damascus launched")."""
    return [
        p
        for p in (doc._.ng_places or [])
        if p.geonameid is not None and not p.metonymy and p.rule != "demonym"
    ]


class Attacher:
    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        times: list[TimeRef] = doc._.ng_times or []
        places = located_places(doc)
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
            source: str | None = "sentence" if ep is not None else None
            if ep is None:
                ep, source = fallback_place(doc, ev.trigger, places, actors)
            ev.place_id = ep.id if ep else None
            ev.place = ep.span if ep is not None else None
            ev.place_source = source
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


# a dateline opens the article: its place starts one of the first sentences, in this window
_DATELINE_WINDOW = 300


def _paragraph(text: str, pos: int) -> tuple[int, int]:
    """Character bounds of the paragraph (a run of text between line breaks) around ``pos``."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end < 0 else end


def _opens_line(tok: Token) -> bool:
    """The token opens the text, a line or a sentence."""
    prev = tok.doc[tok.i - 1] if tok.i else None
    return prev is None or tok.is_sent_start or "\n" in prev.text or "\n" in prev.whitespace_


def _dateline_tail(after: Span_) -> bool:
    """What follows a dateline's place up to its dash: a region, a date, a wire agency in
    brackets (", Georgia --", ", Feb. 8 (UPI) —", " (AFP) –"), no lower-case word; a word
    right after the place is no dateline ("Iowa Gov. Terry Branstad — who")."""
    if not after or not after[0].is_punct:
        return False
    for t in after:
        if t.text in DATELINE_DASHES:
            return t.i > after.start or t.whitespace_ != ""
        if not (t.is_punct or t.is_space or t.like_num or t.text.istitle() or t.text.isupper()):
            return False
    return False


def dateline_place(doc: Doc, places: list[Place]) -> Place | None:
    """The place of the article's wire dateline: a located place opening one of its first
    sentences and followed by a wire agency in brackets ("Cleveland (AFP) -") or by a dash
    ("DALLAS -", "TBILISI, Georgia --"), or a place the place finder read as a dateline."""
    for p in sorted(places, key=lambda x: x.span.start):
        if p.span.start >= _DATELINE_WINDOW:
            break
        if "dateline" in p.rule:
            return p
        sp = doc.char_span(p.span.start, p.span.end, alignment_mode="expand")
        if sp is None or not _opens_line(sp[0]):
            continue
        if wire_after(sp[0]) or _dateline_tail(doc[sp.end : min(len(doc), sp.end + 9)]):
            return p
    return None


def fallback_place(
    doc: Doc, trigger: Span, places: list[Place], actors: list[Span]
) -> tuple[Place | None, str | None]:
    """Where an event happened when its coder named no place in its clause (evplace42), as
    GDELT's ActionGeo: the located place in the trigger's paragraph nearest the trigger
    ("paragraph"), else the article's wire dateline ("dateline"); (None, None) when neither.
    A place inside one of the event's actors ("the Mexican government") is never its place."""
    free = [
        p for p in places if not any(p.span.start < a.end and a.start < p.span.end for a in actors)
    ]
    a, b = _paragraph(doc_text(doc), trigger.start)
    near = _nearest([p for p in free if a <= p.span.start < b], trigger.start, lambda x: x.span)
    if near is not None:
        return near, "paragraph"
    dl = dateline_place(doc, places)
    if dl is not None:
        return dl, "dateline"
    return None, None


@Language.factory(
    "newsgraph_attach",
    requires=["doc._.ng_events", "doc._.ng_quotes", "doc._.ng_times", "doc._.ng_places"],
    assigns=["doc._.ng_events", "doc._.ng_quotes"],
)
def make_attacher(nlp: Language, name: str) -> Attacher:
    return Attacher(nlp, name)
