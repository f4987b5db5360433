"""One-person articles and stores for the actor registry's tests (tests/store, tests/corpus)."""

from __future__ import annotations

from pathlib import Path

from newsgraph.model import Article, Entity, Source, Span, article_id, record_id
from newsgraph.store import Store
from newsgraph.store.corpus import Corpus


def person_entity(aid: str, text: str, name: str, aliases: tuple[str, ...] = ()) -> Entity:
    """A PERSON entity coded USA at the first occurrence of ``name`` in ``text``."""
    s = text.index(name)
    return Entity(
        record_id(aid, "entity", s, s + len(name)),
        name,
        "PERSON",
        "USA",
        aliases=list(aliases),
        mentions=[Span.of(text, s, s + len(name))],
    )


def person_article(i: int, name: str, aliases: tuple[str, ...] = ()) -> Article:
    """Article ``i`` of a wire outlet, dated 2016-01-(i+1), naming the person ``name`` once
    (a PERSON entity coded USA with ``aliases``)."""
    text = f"Day {i}: {name} spoke to reporters in the capital about the talks."
    aid = article_id(text)
    return Article(
        id=aid, text=text, published=f"2016-01-{i + 1:02d}", source=Source(outlet="Wire"),
        entities=[person_entity(aid, text, name, aliases)],
    )  # fmt: skip


def merged_store(tmp_path: Path, arts: list[Article]) -> Path:
    """A store of ``arts`` whose registry merged them one article at a time, in order (arrival
    order, as ``ingest`` does); its path."""
    db = tmp_path / "n.db"
    with Store(db) as store:
        store.add_many(arts)
        corpus = Corpus(store.conn)
        for a in arts:
            corpus.add([a.id])
    return db
