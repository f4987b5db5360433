"""Hand-built articles for the store tests (no spaCy model involved)."""

from __future__ import annotations

from newsgraph.model import (
    Actor,
    Article,
    Caption,
    Entity,
    Event,
    Place,
    Quote,
    Removed,
    Source,
    Span,
    TimeRef,
    article_id,
    record_id,
)

MOSCOW_TEXT = (
    "Russian Foreign Minister Sergei Lavrov met his Saudi counterpart Adel al-Jubeir in Moscow "
    'on Wednesday. "The terrorist abscess must be liquidated," Lavrov told reporters. '
    "Mr. Lavrov said the U.S. was aiding militants in Idlib.\n"
    "Turkey's foreign minister was not present."
)

ANKARA_TEXT = (
    "Turkish Foreign Minister Mevlüt Çavuşoğlu rejected the proposal in Ankara on Friday. "
    "Çavuşoğlu said Turkey would not accept a ceasefire that excluded Idlib."
)


def span(text: str, needle: str, nth: int = 0) -> Span:
    """The ``nth`` occurrence of ``needle`` in ``text`` as a Span."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return Span.of(text, start, start + len(needle))


def _entity(
    aid: str, text: str, name: str, type_: str, country: str | None, *needles: tuple[str, int]
) -> Entity:
    mentions = [span(text, n, nth) for n, nth in needles]
    return Entity(
        id=record_id(aid, "entity", mentions[0].start, mentions[0].end),
        name=name,
        type=type_,
        country=country,
        sector="GOV" if type_ == "PERSON" else None,
        aliases=sorted({n for n, _ in needles if n != name}),
        mentions=mentions,
        confidence=0.9,
    )


def _place(aid: str, text: str, needle: str, gid: int, cc: str, lat: float, lon: float) -> Place:
    s = span(text, needle)
    return Place(
        id=record_id(aid, "place", s.start, s.end),
        span=s,
        geonameid=gid,
        name=needle,
        feature="city",
        country_code=cc,
        lat=lat,
        lon=lon,
        metonymy=False,
        confidence=0.8,
    )


def _time(aid: str, text: str, needle: str, value: str | None, gran: str | None) -> TimeRef:
    s = span(text, needle)
    return TimeRef(
        id=record_id(aid, "time", s.start, s.end),
        span=s,
        type="DATE",
        value=value,
        granularity=gran,
        interval=None,
        anchor="published",
    )


def moscow_article() -> Article:
    """Lavrov meets al-Jubeir: 2 quotes, 2 events (one dated by a time, one by publication)."""
    text = MOSCOW_TEXT
    aid = article_id(text)
    lavrov = _entity(
        aid,
        text,
        "Sergei Lavrov",
        "PERSON",
        "RUS",
        ("Sergei Lavrov", 0),
        ("Lavrov", 1),
        ("Lavrov", 2),
    )
    jubeir = _entity(aid, text, "Adel al-Jubeir", "PERSON", "SAU", ("Adel al-Jubeir", 0))
    usa = _entity(aid, text, "United States", "GPE", "USA", ("U.S.", 0))
    moscow = _place(aid, text, "Moscow", 524901, "RU", 55.75222, 37.61556)
    idlib = _place(aid, text, "Idlib", 169389, "SY", 35.93062, 36.63393)
    wednesday = _time(aid, text, "Wednesday", "2018-08-29", "day")
    content = span(text, "The terrorist abscess must be liquidated,")
    indirect = span(text, "the U.S. was aiding militants in Idlib")
    quotes = [
        Quote(
            id=record_id(aid, "quote", content.start, content.end),
            kind="direct",
            content=content,
            cue=span(text, "told"),
            source=span(text, "Lavrov", 1),
            speaker=lavrov.id,
            speaker_name="Sergei Lavrov",
            unnamed=False,
            sentence=1,
            confidence=0.95,
            rule="direct.cue_after",
        ),
        Quote(
            id=record_id(aid, "quote", indirect.start, indirect.end),
            kind="indirect",
            content=indirect,
            cue=span(text, "said"),
            source=span(text, "Lavrov", 2),
            speaker=lavrov.id,
            speaker_name="Sergei Lavrov",
            unnamed=False,
            sentence=2,
            confidence=0.8,
            rule="indirect.said_that",
        ),
    ]
    met = span(text, "met")
    aiding = span(text, "aiding")
    events = [
        Event(
            id=record_id(aid, "event", met.start, met.end),
            type="CONSULT",
            mode="visit",
            quad=1,
            cameo="043",
            trigger=met,
            sources=[Actor(lavrov.id, span(text, "Sergei Lavrov"), "RUSGOV", "RUS", "GOV", None)],
            targets=[Actor(jubeir.id, span(text, "Adel al-Jubeir"), "SAUGOV", "SAU", "GOV")],
            place=moscow.span,
            time=wednesday.span,
            negated=False,
            hypothetical=False,
            background=False,
            reported_by=None,
            sentence=0,
            confidence=0.9,
            rule="consult.meet",
            goldstein=2.8,
            place_id=moscow.id,
            time_id=wednesday.id,
        ),
        Event(
            id=record_id(aid, "event", aiding.start, aiding.end),
            type="AID",
            mode="military",
            quad=2,
            cameo="070",
            trigger=aiding,
            sources=[Actor(usa.id, span(text, "U.S."), "USA", "USA", None)],
            targets=[Actor(None, span(text, "militants"), "REB", None, "REB", "militants")],
            place=idlib.span,
            time=None,
            negated=False,
            hypothetical=False,
            background=False,
            reported_by=quotes[1].id,
            sentence=2,
            confidence=0.6,
            rule="aid.verb",
            goldstein=7.0,
            place_id=idlib.id,
        ),
    ]
    return Article(
        id=aid,
        text=text,
        title="Lavrov: Terror 'abscess' in Syria's Idlib needs to be destroyed",
        published="2018-08-29",
        published_from="argument",
        source=Source(
            path="presstv/idlib.txt", url="https://example.org/presstv/idlib", outlet="Press TV"
        ),
        removed=[Removed("breadcrumb", "News / Syria", "section path")],
        captions=[Caption("Lavrov with al-Jubeir in Moscow.", True, "names overlap")],
        entities=[lavrov, jubeir, usa],
        quotes=quotes,
        events=events,
        places=[moscow, idlib],
        times=[wednesday],
    )


def ankara_article() -> Article:
    """Çavuşoğlu rejects a proposal: 1 quote, 1 event with a month-resolved time."""
    text = ANKARA_TEXT
    aid = article_id(text)
    cav = _entity(
        aid, text, "Mevlüt Çavuşoğlu", "PERSON", "TUR", ("Mevlüt Çavuşoğlu", 0), ("Çavuşoğlu", 1)
    )
    ankara = _place(aid, text, "Ankara", 323786, "TR", 39.91987, 32.85427)
    friday = _time(aid, text, "Friday", "2019-01", "month")
    content = span(text, "Turkey would not accept a ceasefire that excluded Idlib")
    rejected = span(text, "rejected")
    return Article(
        id=aid,
        text=text,
        title="Turkey rejects Idlib ceasefire plan",
        published="2019-01-04",
        source=Source(url="https://example.com/ankara", outlet="Daily Sabah"),
        entities=[cav],
        quotes=[
            Quote(
                id=record_id(aid, "quote", content.start, content.end),
                kind="indirect",
                content=content,
                cue=span(text, "said"),
                source=span(text, "Çavuşoğlu", 1),
                speaker=cav.id,
                speaker_name="Mevlüt Çavuşoğlu",
                unnamed=False,
                sentence=1,
                confidence=0.85,
                rule="indirect.said",
            )
        ],
        events=[
            Event(
                id=record_id(aid, "event", rejected.start, rejected.end),
                type="REJECT",
                mode=None,
                quad=3,
                cameo="120",
                trigger=rejected,
                sources=[Actor(cav.id, span(text, "Mevlüt Çavuşoğlu"), "TURGOV", "TUR", "GOV")],
                targets=[],
                place=ankara.span,
                time=friday.span,
                negated=False,
                hypothetical=False,
                background=False,
                reported_by=None,
                sentence=0,
                confidence=0.7,
                rule="reject.verb",
                goldstein=-4.0,
                place_id=ankara.id,
                time_id=friday.id,
            )
        ],
        places=[ankara],
        times=[friday],
    )


def bare_article(text: str, *, aid: str | None = None, outlet: str | None = None) -> Article:
    """An article with no records."""
    return Article(id=aid or article_id(text), text=text, source=Source(outlet=outlet))
