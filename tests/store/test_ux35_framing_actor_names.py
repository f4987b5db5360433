"""ux35 walk (a media researcher comparing outlets: `newsgraph framing --by outlet --actor
"Donald Trump"` on a store of seven outlets): ``--actor`` matched one actor name exactly, and
an outlet that writes the person's name otherwise ("Donald J. Trump") was silently left out of
the comparison, though the corpus actor registry knows both names as one actor. The names the
registry links to the one actor named are counted too, each as its own row, so each row's
count still equals its hits. Control: without a registry only the exact name counts, as
before."""

from __future__ import annotations

from pathlib import Path

from tests.corpus._people import person_entity

from newsgraph.model import Article, Framing, Source, Span, article_id, record_id
from newsgraph.store import Store
from newsgraph.store.corpus import Corpus


def _article(name: str, outlet: str, text: str, aliases: tuple[str, ...] = ()) -> Article:
    aid = article_id(text)
    person = person_entity(aid, text, name, aliases)
    w = text.index("demagogue")
    label = Framing(
        id=record_id(aid, "framing", w, w + 9),
        kind="name_calling",
        span=Span.of(text, w, w + 9),
        label="demagogue",
        target=person.id,
        target_name=name,
        polarity=-0.7,
        sentence=0,
        rule="test",
        confidence=0.9,
    )
    return Article(
        id=aid,
        text=text,
        title=text[:20],
        published="2016-03-01",
        source=Source(outlet=outlet),
        entities=[person],
        framing=[label],
    )


def _store(tmp_path: Path, registry: bool = True) -> Path:
    arts = [
        _article("Donald Trump", "Daily", "Critics called Donald Trump a demagogue on Monday."),
        _article(  # its alias is the other article's name: the registry links them
            "Donald J. Trump",
            "Times",
            "Critics called Donald J. Trump a demagogue on Tuesday.",
            aliases=("Donald Trump",),
        ),
        _article("Donald Trump", "Daily", "Critics said Donald Trump was a demagogue again."),
    ]
    db = tmp_path / "n.db"
    with Store(db) as store:
        store.add_many(arts)
        if registry:
            Corpus(store.conn).add(a.id for a in arts)
    return db


def _rows(db: Path, actor: str) -> list[tuple[str, str, int]]:
    with Store(db, read_only=True) as store:
        rows = store.framing(actor, by_outlet=True)
        for r in rows:  # each row's count is what its hits list
            listed = store.framing_hits(actor=r["actor"], outlet=r["outlet"], label=r["label"])
            assert len(listed) == r["count"]
    return sorted((r["outlet"], r["actor"], r["count"]) for r in rows)


def test_an_outlet_writing_the_name_otherwise_is_counted(tmp_path: Path) -> None:
    db = _store(tmp_path)
    with Store(db, read_only=True) as store:  # the registry links both names to one actor
        found = store.actors(name="Trump")
        assert len(found) == 1 and "Donald Trump" in [found[0]["name"], *found[0]["aliases"]]
    assert _rows(db, "Donald Trump") == [
        ("Daily", "Donald Trump", 2),
        ("Times", "Donald J. Trump", 1),
    ]


def test_control_without_a_registry_only_the_exact_name_counts(tmp_path: Path) -> None:
    db = _store(tmp_path, registry=False)
    assert _rows(db, "Donald Trump") == [("Daily", "Donald Trump", 2)]
