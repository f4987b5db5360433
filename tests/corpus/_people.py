"""One-person articles for the actor registry's tests (tests/store, tests/corpus)."""

from __future__ import annotations

from newsgraph.model import Article, Entity, Source, Span, article_id, record_id


def person_article(i: int, name: str, aliases: tuple[str, ...] = ()) -> Article:
    """Article ``i`` of a wire outlet, dated 2016-01-(i+1), naming the person ``name`` once
    (a PERSON entity coded USA with ``aliases``)."""
    text = f"Day {i}: {name} spoke to reporters in the capital about the talks."
    aid = article_id(text)
    s = text.index(name)
    person = Entity(
        record_id(aid, "entity", s, s + len(name)),
        name,
        "PERSON",
        "USA",
        aliases=list(aliases),
        mentions=[Span.of(text, s, s + len(name))],
    )
    return Article(
        id=aid, text=text, published=f"2016-01-{i + 1:02d}", source=Source(outlet="Wire"),
        entities=[person],
    )  # fmt: skip
