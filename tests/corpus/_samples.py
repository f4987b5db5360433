"""Hand-built articles for the corpus tests (no spaCy model): one story told by several
outlets, with wire copies, a shared speaker and shared events."""

from __future__ import annotations

from newsgraph.model import (
    Actor,
    Article,
    Entity,
    Event,
    Place,
    Quote,
    Source,
    Span,
    TimeRef,
    article_id,
    record_id,
)

WIRE = (
    "Russian Foreign Minister Sergei Lavrov met his Saudi counterpart Adel al-Jubeir in Moscow "
    "on Wednesday to discuss the war in Syria and the fate of the rebel-held province of Idlib. "
    "Lavrov said the terrorist abscess in Idlib must be liquidated before any political "
    "settlement could begin. Al-Jubeir said Riyadh backed a political solution that would "
    "preserve the unity of Syria and allow refugees to return home. The two ministers also "
    "discussed oil prices, a possible visit by King Salman to Russia and cooperation within "
    "the OPEC+ framework. Western governments have warned that an offensive on Idlib could "
    "cause a humanitarian catastrophe for the three million people living there."
)
# A reprint: new first words, one sentence cut, a few words changed.
REPRINT = (
    "MOSCOW (Reuters) - Russian Foreign Minister Sergei Lavrov met his Saudi counterpart Adel "
    "al-Jubeir in Moscow on Wednesday to discuss the war in Syria and the fate of the "
    "rebel-held province of Idlib. Lavrov said the terrorist abscess in Idlib must be "
    "liquidated before any political settlement could begin. Al-Jubeir said Riyadh supported "
    "a political solution that would preserve the unity of Syria and allow refugees to return "
    "home. Western governments have warned that an offensive on Idlib could cause a "
    "humanitarian catastrophe for the three million people living there."
)
# The same story written independently.
OWN = (
    "Saudi Arabia's top diplomat Adel al-Jubeir held talks in the Russian capital on Wednesday "
    "with Sergei Lavrov. Speaking to journalists after the meeting, Lavrov said the terrorist "
    "abscess in Idlib has to be liquidated before any political settlement could begin. "
    "Analysts expect a government offensive within weeks."
)
OTHER = (
    "Heavy rain flooded parts of Jakarta on Thursday, forcing thousands of residents from "
    "their homes and closing schools across the Indonesian capital, officials said."
)


def span(text: str, needle: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return Span.of(text, start, start + len(needle))


def entity(
    aid: str, text: str, name: str, type_: str, country: str | None, needle: str, **kw: object
) -> Entity:
    s = span(text, needle)
    return Entity(
        id=record_id(aid, "entity", s.start, s.end),
        name=name,
        type=type_,
        country=country,
        mentions=[s],
        **kw,  # type: ignore[arg-type]
    )


def quote(aid: str, text: str, content: str, speaker: Entity | None, name: str | None) -> Quote:
    c = span(text, content)
    return Quote(
        id=record_id(aid, "quote", c.start, c.end),
        kind="indirect",
        content=c,
        cue=None,
        source=None,
        speaker=speaker.id if speaker else None,
        speaker_name=name,
        unnamed=False,
        sentence=1,
        confidence=0.9,
        rule="test",
    )


def meeting(
    aid: str,
    text: str,
    trigger: str,
    sources: list[Actor],
    targets: list[Actor],
    *,
    sentence: int = 0,
    place: Place | None = None,
    time: TimeRef | None = None,
    cameo: str = "040",
    negated: bool = False,
) -> Event:
    t = span(text, trigger)
    return Event(
        id=record_id(aid, "event", t.start, t.end),
        type="CONSULT",
        mode=None,
        quad=1,
        cameo=cameo,
        trigger=t,
        sources=sources,
        targets=targets,
        place=place.span if place else None,
        time=time.span if time else None,
        negated=negated,
        hypothetical=False,
        background=False,
        reported_by=None,
        sentence=sentence,
        confidence=0.9,
        rule="test",
        goldstein=1.0,
        place_id=place.id if place else None,
        time_id=time.id if time else None,
    )


def moscow(aid: str, text: str, needle: str = "Moscow") -> Place:
    s = span(text, needle)
    return Place(
        id=record_id(aid, "place", s.start, s.end),
        span=s,
        geonameid=524901,
        name="Moscow",
        feature="city",
        country_code="RU",
        lat=55.75222,
        lon=37.61556,
        metonymy=False,
        confidence=0.9,
    )


def day(aid: str, text: str, needle: str, value: str) -> TimeRef:
    s = span(text, needle)
    return TimeRef(
        id=record_id(aid, "time", s.start, s.end),
        span=s,
        type="DATE",
        value=value,
        granularity="day",
        interval=None,
        anchor="published",
    )


def story(
    text: str,
    outlet: str,
    published: str,
    url: str | None = None,
    lavrov_name: str = "Sergei Lavrov",
) -> Article:
    """An article of the Lavrov/al-Jubeir story with its entities, quote and meeting event."""
    aid = article_id(text)
    lav_needle = "Sergei Lavrov" if "Sergei Lavrov" in text else "Lavrov"
    lavrov = entity(
        aid,
        text,
        lavrov_name,
        "PERSON",
        "RUS",
        lav_needle,
        sector="GOV",
        role="foreign minister" if "Foreign Minister" in text else None,
        aliases=["Lavrov"] if lavrov_name != "Lavrov" else [],
    )
    jubeir = entity(aid, text, "Adel al-Jubeir", "PERSON", "SAU", "Adel al-Jubeir", sector="GOV")
    ents = [lavrov, jubeir]
    quotes = []
    if "terrorist abscess" in text:
        start = text.index("the terrorist abscess")
        end = text.index("begin", start) + len("begin")
        quotes.append(quote(aid, text, text[start:end], lavrov, lavrov.name))
    elif "the West should" in text:
        quotes.append(
            quote(aid, text, "the West should stop arming militants in Syria", lavrov, lavrov.name)
        )
    place = moscow(aid, text) if "in Moscow" in text else None
    when = day(aid, text, "Wednesday", "2018-08-29")
    trig = "met" if " met " in text else "held talks"
    ev = meeting(
        aid,
        text,
        trig,
        [Actor(lavrov.id, lavrov.mentions[0], "RUSGOV", "RUS", "GOV", lavrov.name)],
        [Actor(jubeir.id, jubeir.mentions[0], "SAUGOV", "SAU", "GOV", jubeir.name)],
        place=place,
        time=when,
    )
    if trig == "held talks":  # al-Jubeir is the subject here: the pair is reversed
        ev.sources, ev.targets = ev.targets, ev.sources
    return Article(
        id=aid,
        text=text,
        title="Lavrov meets al-Jubeir",
        published=published,
        source=Source(
            url=url or f"https://{outlet.lower().replace(' ', '')}.example/idlib", outlet=outlet
        ),
        entities=ents,
        quotes=quotes,
        events=[ev],
        places=[place] if place else [],
        times=[when],
    )


def plain(text: str, outlet: str, published: str) -> Article:
    return Article(
        id=article_id(text),
        text=text,
        published=published,
        source=Source(url=f"https://{outlet.lower()}.example/x", outlet=outlet),
    )
