"""Hand-built articles with one event each, dated every way the timeline knows (ux24)."""

from __future__ import annotations

from newsgraph.model import Article, Event, Source, Span, TimeRef, article_id, record_id

# (label, time expression's value or None, the article's publication date or None), and
# the event's own date the timeline sorts by, worked out by hand from the rule: the time's
# value when it is a calendar date (year, month or day; cut to the day), else the day it
# resolves to, else the publication day (a partial publication date as it is), else none.
DATED = [
    ("day", "2019-03-05", "2020-01-01", "2019-03-05"),
    ("year", "2019", "2020-01-02", "2019"),
    ("month", "2019-06", "2020-01-03", "2019-06"),
    ("published", None, "2018-11-20", "2018-11-20"),
    ("present", "PRESENT_REF", "2021-05-05", "2021-05-05"),
    ("partial", None, "2017-04", "2017-04"),
    ("undated", None, None, None),
    ("time of day", "2016-12-31T23:00", "2017-01-02", "2016-12-31"),
]
#: the labels in timeline order (undated last), by hand from the dates above
TIMELINE = ["time of day", "partial", "published", "year", "day", "month", "present", "undated"]


def dated_article(label: str, value: str | None, published: str | None) -> Article:
    text = f"Envoys met in Geneva on the day of the {label} story."
    aid = article_id(text)
    met = text.index("met")
    trigger = Span.of(text, met, met + 3)
    times = []
    if value is not None:
        at = text.index("the day")
        times.append(
            TimeRef(
                id=record_id(aid, "time", at, at + 7),
                span=Span.of(text, at, at + 7),
                type="DATE",
                value=value,
                granularity="day",
                interval=None,
                anchor="published",
            )
        )
    event = Event(
        id=record_id(aid, "event", trigger.start, trigger.end),
        type="CONSULT",
        mode=None,
        quad=1,
        cameo="040",
        trigger=trigger,
        sources=[],
        targets=[],
        place=None,
        time=times[0].span if times else None,
        negated=False,
        hypothetical=False,
        background=False,
        reported_by=None,
        sentence=0,
        confidence=0.9,
        rule="test",
        time_id=times[0].id if times else None,
    )
    return Article(
        id=aid,
        text=text,
        title=f"The {label} story",
        published=published,
        source=Source(outlet="Wire"),
        events=[event],
        times=times,
    )


def dated_articles() -> list[Article]:
    return [dated_article(label, value, published) for label, value, published, _ in DATED]
