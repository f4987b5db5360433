"""ux38 (ux37's leftover): "Mrs. Clinton" stayed joined to no actor once two Clintons were known,
though news tells a family apart by the title ("Mr. Clinton", "Mrs. Clinton") and writes the
title and surname for the person it last named in full. A lone surname written with a title
now joins the known person its honorific's gender fits (the honorifics and pronouns of that
person's mentions), else the one holding its title (roles, titled names), else the one its
article last named in full. Controls: a bare surname two known persons share still joins
none; a title set off by a comma is no title; with no sign of gender or title the surname
stays unjoined."""

from __future__ import annotations

from pathlib import Path

from newsgraph.model import Article, Entity, Source, article_id, record_id
from newsgraph.store import Store
from newsgraph.store.corpus._honorific import _written_before
from tests.corpus._people import merged_store
from tests.store.store_samples import span


def _person(
    aid: str,
    text: str,
    name: str,
    *needles: tuple[str, int],
    role: str | None = None,
    aliases: tuple[str, ...] = (),
) -> Entity:
    """A PERSON entity with a mention at the ``nth`` occurrence of each needle."""
    spans = [span(text, needle, nth) for needle, nth in needles]
    first = spans[0]
    return Entity(
        record_id(aid, "entity", first.start, first.end), name, "PERSON", "USA", role=role,
        aliases=list(aliases), mentions=spans,
    )  # fmt: skip


def _article(i: int, text: str, *people: tuple) -> Article:
    aid = article_id(text)
    entities = [_build(aid, text, p) for p in people]
    return Article(
        id=aid, text=text, published=f"2016-03-{i + 1:02d}", source=Source(outlet="Wire"),
        entities=entities,
    )  # fmt: skip


def _build(aid: str, text: str, spec: tuple) -> Entity:
    name, needles, extra = spec
    return _person(aid, text, name, *needles, **extra)


#: the corpus knows two Clintons, each told apart by honorifics and pronouns
HUSBAND = (
    "Bill Clinton toured a factory in Akron on Monday. Mr. Clinton said he had met the "
    "workers before, and he promised to come back."
)
WIFE = (
    "Hillary Clinton spoke to nurses in Denver on Tuesday. Mrs. Clinton said she would "
    "expand clinics, and she took questions."
)


def _known() -> list[Article]:
    return [
        _article(0, HUSBAND, ("Bill Clinton", [("Bill Clinton", 0), ("Clinton", 1), ("he", 0),
                 ("he", 1)], {"aliases": ("Clinton",), "role": "president"})),
        _article(1, WIFE, ("Hillary Clinton", [("Hillary Clinton", 0), ("Clinton", 1),
                 ("she", 0), ("she", 1)], {"aliases": ("Clinton",), "role": "senator"})),
    ]  # fmt: skip


def _joined(db: Path, text: str) -> list[tuple[str, str | None]]:
    """(entity name, the actor it joined) of the article with ``text``."""
    with Store(db, read_only=True) as store:
        rows = store.conn.execute(
            """SELECT e.name, x.name FROM entities e
               LEFT JOIN actor_entities m ON m.article_id = e.article_id AND m.entity_id = e.id
               LEFT JOIN actors x ON x.id = m.actor_id
               WHERE e.article_id = ? ORDER BY e.name""",
            (article_id(text),),
        ).fetchall()
    return [(a, b) for a, b in rows]


def test_mrs_joins_the_known_woman_and_mr_the_known_man(tmp_path: Path) -> None:
    her = "Mrs. Clinton met donors in Boston on Friday. Clinton left before dinner."
    him = "Mr. Clinton opened a library in Little Rock. Clinton thanked the volunteers."
    db = merged_store(tmp_path, [
        *_known(),
        _article(2, her, ("Clinton", [("Clinton", 0), ("Clinton", 1)], {})),
        _article(3, him, ("Clinton", [("Clinton", 0), ("Clinton", 1)], {})),
    ])  # fmt: skip
    assert _joined(db, her) == [("Clinton", "Hillary Clinton")]
    assert _joined(db, him) == [("Clinton", "Bill Clinton")]


def test_a_title_joins_the_person_holding_it(tmp_path: Path) -> None:
    text = "Sen. Clinton questioned the general at the hearing. Clinton asked for the report."
    db = merged_store(tmp_path, [
        *_known(), _article(2, text, ("Clinton", [("Clinton", 0), ("Clinton", 1)], {})),
    ])  # fmt: skip
    assert _joined(db, text) == [("Clinton", "Hillary Clinton")]


def test_two_named_in_full_the_title_goes_to_the_last_named(tmp_path: Path) -> None:
    # two brothers, both "Mr. Bush": the one named in full last before the title
    first = (
        "George Bush campaigned for his brother in Columbia. Jeb Bush thanked the crowd, and "
        "Mr. Bush promised lower taxes."
    )
    second = (
        "Jeb Bush was in Greenville on Sunday. George Bush joined him later, and Mr. Bush "
        "spoke about his father."
    )
    bush = {"aliases": ("Bush",)}  # as the linker gives a full name ("Jeb Bush ... Bush")
    db = merged_store(tmp_path, [
        _article(0, first, ("George Bush", [("George Bush", 0)], bush),
                 ("Jeb Bush", [("Jeb Bush", 0)], bush), ("Bush", [("Bush", 2)], {})),
        _article(1, second, ("Jeb Bush", [("Jeb Bush", 0)], bush),
                 ("George Bush", [("George Bush", 0)], bush), ("Bush", [("Bush", 2)], {})),
    ])  # fmt: skip
    assert dict(_joined(db, first))["Bush"] == "Jeb Bush"
    assert dict(_joined(db, second))["Bush"] == "George Bush"


def test_control_a_bare_surname_two_known_persons_share_joins_none(tmp_path: Path) -> None:
    text = "Clinton raised money in Miami on Thursday. Clinton flew home at night."
    db = merged_store(tmp_path, [
        *_known(), _article(2, text, ("Clinton", [("Clinton", 0), ("Clinton", 1)], {})),
    ])  # fmt: skip
    assert _joined(db, text) == [("Clinton", None)]


def test_control_no_sign_of_gender_or_title_joins_none(tmp_path: Path) -> None:
    # the corpus knows two Clintons but nothing of their genders or titles
    plain = [
        _article(0, "Bill Clinton visited Akron.", ("Bill Clinton", [("Bill Clinton", 0)],
                 {"aliases": ("Clinton",)})),
        _article(1, "Hillary Clinton visited Denver.", ("Hillary Clinton",
                 [("Hillary Clinton", 0)], {"aliases": ("Clinton",)})),
    ]  # fmt: skip
    text = "Mrs. Clinton visited Tampa on Monday."
    db = merged_store(tmp_path, [*plain, _article(2, text, ("Clinton", [("Clinton", 0)], {}))])
    assert _joined(db, text) == [("Clinton", None)]


def test_control_titles_are_read_right_before_the_name_only() -> None:
    assert _written_before("Reporters asked Mrs. ") == {"mrs"}
    assert _written_before("a statement from former Sen. ") == {"senator"}
    assert _written_before("Secretary of State ") == {"secretary", "state"}
    assert _written_before("the senator, ") == set()
    assert _written_before("voters. ") == set()
    assert _written_before("the president said ") == set()
