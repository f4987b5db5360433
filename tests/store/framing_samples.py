"""Two hand-built articles from two outlets with framing records (for store, CLI, web tests).

Press TV: "terrorists" twice for the armed groups (SYRREB) and "regime" once for Israel's
government (an entity); Reuters: "so-called" once for the same armed groups.
"""

from __future__ import annotations

from newsgraph.model import Article, Entity, Framing, Source, Span, Tone, article_id, record_id

PRESSTV_TEXT = (
    "The terrorists attacked Idlib on Monday. The Israeli regime backs the terrorists, "
    "officials said."
)
REUTERS_TEXT = "Rebels attacked Idlib on Monday. The so-called rebels then retreated."


def _framing(
    aid: str, text: str, needle: str, nth: int, kind: str, label: str, **target
) -> Framing:  # type: ignore[no-untyped-def]
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    end = start + len(needle)
    return Framing(
        id=record_id(aid, "framing", start, end),
        kind=kind,
        span=Span.of(text, start, end),
        label=label,
        target=target.get("target"),
        target_name=target.get("target_name"),
        polarity=target.get("polarity", -0.9),
        sentence=0 if start < text.index(".") else 1,
        rule="test",
        confidence=0.9,
        target_code=target.get("target_code"),
    )


def presstv_article() -> Article:
    text = PRESSTV_TEXT
    aid = article_id(text)
    s = text.index("The Israeli regime")
    gov = Entity(
        record_id(aid, "entity", s, s + 18),
        "Government of Israel",
        "ORG",
        "ISR",
        "GOV",
        mentions=[Span.of(text, s, s + 18)],
    )
    generic = {"target_name": "terrorists", "target_code": "SYRREB"}
    return Article(
        id=aid,
        text=text,
        title="Terrorists attack Idlib",
        published="2018-08-29",
        source=Source(outlet="Press TV"),
        entities=[gov],
        framing=[
            _framing(aid, text, "terrorists", 0, "name_calling", "terrorist", **generic),
            _framing(
                aid, text, "regime", 0, "name_calling", "regime",
                target=gov.id, target_name=gov.name, target_code="ISRGOV", polarity=-0.6,
            ),
            _framing(aid, text, "terrorists", 1, "name_calling", "terrorist", **generic),
        ],
        tone=Tone(tone=-7.143, positive=0.0, negative=7.143, polarity=7.143, words=14),
    )  # fmt: skip


def reuters_article() -> Article:
    text = REUTERS_TEXT
    aid = article_id(text)
    return Article(
        id=aid,
        text=text,
        title="Rebels attack Idlib",
        published="2018-08-30",
        source=Source(outlet="Reuters"),
        framing=[
            _framing(
                aid, text, "so-called", 0, "distancing", "so-called",
                target_name="so-called rebels", target_code="SYRREB", polarity=-0.5,
            )
        ],
        tone=Tone(tone=-9.091, positive=0.0, negative=9.091, polarity=9.091, words=11),
    )  # fmt: skip
