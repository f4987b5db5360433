"""The corpus actor registry: one id per real-world actor across every stored article.

An article's entity joins an actor by key: its canonical name, folded (case, accents,
punctuation and a leading "the" ignored), with its entity type ("Sergei Lavrov" in fifty
articles is one PERSON actor). A person whose canonical name has no exact match but equals
the name or an alias of exactly one known person actor ("Lavrov" alone) joins that actor;
so does one whose own alias is exactly one known person's name, and one named with or without
a middle or maiden name that exactly one known person is named without or with (ux36,
:mod:`newsgraph.store.corpus._middle`), and one named with a title before the name ("Gov. John
Kasich", ux37, :mod:`newsgraph.store.corpus._titles`) as without it. A lone surname that two or
more known persons share joins the article's one full-name person of that surname, else no
actor (ux37, :mod:`newsgraph.store.corpus._surname`); one written with a title ("Mrs.
Clinton") joins the person its title fits, else the one its article last named in full (ux38,
:mod:`newsgraph.store.corpus._honorific`). Coded event actors with
no entity ("militants" -> REB, "Syrian rebels" -> SYRREB) are registered by their code
("same coded id -> one actor"). Each actor gathers its aliases, roles ("foreign
minister"), country, sector and most frequent event code, and counts its articles and
mentions; ``actor_names`` indexes names, aliases, roles and codes for search.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from newsgraph.corpus._text import name_key
from newsgraph.store.corpus import _honorific, _middle, _surname, _titles

_PERSON = "PERSON"


def actor_id(key: str) -> str:
    return "actor-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


def entity_key(name: str, type_: str) -> str:
    return f"{type_.lower()}:{name_key(name)}"


def code_key(code: str) -> str:
    return f"code:{code}"


@dataclass
class Totals:
    """An actor's gathered counts: what its stored row is computed from. Kept between merges
    (:class:`~newsgraph.store.corpus.Corpus` holds them) and updated by each merge's new
    records, so a merge reads only its own articles, not every record of the actors in them."""

    n_articles: int = 0
    n_mentions: int = 0
    first: str | None = None
    last: str | None = None
    country: Counter[str] = field(default_factory=Counter)
    sector: Counter[str] = field(default_factory=Counter)
    names: Counter[str] = field(default_factory=Counter)
    codes: Counter[str] = field(default_factory=Counter)
    stamp: tuple[object, ...] = ()  # (n_articles, n_mentions, first, last) as last written

    def record(self, published: str | None) -> None:
        if published is not None:
            self.first = published if self.first is None else min(self.first, published)
            self.last = published if self.last is None else max(self.last, published)

    def fields(self, country: str | None, sector: str | None, name: str | None) -> None:
        for counter, value in ((self.country, country), (self.sector, sector)):
            if value:
                counter[value] += 1
        if name:
            self.names[name] += 1


#: at most this many actors' totals are kept between merges (then they are read again)
MAX_KEPT = 50_000  # a few hundred bytes to a few kB each


def add(
    conn: sqlite3.Connection,
    article_ids: Iterable[str],
    kept: dict[str, Totals] | None = None,
    known: set[tuple[str, str, str]] | None = None,
) -> set[str]:
    """Register the entities and coded event actors of the given articles (not yet linked);
    returns the ids of the actors touched (their aggregates are updated).

    ``kept``: actors' totals from earlier calls on this connection, updated in place;
    ``known``: (actor, kind, name key) of ``actor_names`` rows known to be stored, valid while
    no other connection changed the store (the caller clears it otherwise).
    """
    kept = {} if kept is None else kept
    known = set() if known is None else known
    touched: dict[str, Totals] = {}  # actor -> what the given articles add, first-touched order
    codes: dict[str, list[str]] = {}

    def link(
        aid: str,
        row: tuple[Any, ...],
        actor: str,
        stored: bool,
        published: str | None,
        in_article: set[str],
    ) -> None:
        """Join the article's entity to the actor: its names, roles and counts."""
        eid, name, _type, country, sector, role, aliases, n = row
        conn.execute(
            "INSERT OR REPLACE INTO actor_entities (article_id, entity_id, actor_id) "
            "VALUES (?, ?, ?)",
            (aid, eid, actor),
        )
        _name(conn, actor, "alias", name, known)
        for alias in json.loads(aliases or "[]"):
            _name(conn, actor, "alias", alias, known)
        if role:
            _name(conn, actor, "role", role, known)
        delta = touched.setdefault(actor, Totals())
        delta.fields(country, sector, name)
        delta.codes.update(codes.get(eid, ()))
        if stored:
            if actor not in in_article:
                in_article.add(actor)
                delta.n_articles += 1
            delta.n_mentions += n or 0
            delta.record(published)

    for aid in article_ids:
        head = conn.execute("SELECT id, published FROM articles WHERE id = ?", (aid,)).fetchone()
        stored, published = (head is not None), (head[1] if head else None)
        rows = conn.execute(
            "SELECT id, name, type, country, sector, role, aliases, n_mentions FROM entities "
            "WHERE article_id = ? ORDER BY id",
            (aid,),
        ).fetchall()
        codes.clear()
        if rows:
            for eid, code in conn.execute(
                "SELECT entity_id, code FROM event_actors "
                "WHERE article_id = ? AND entity_id IS NOT NULL AND code IS NOT NULL",
                (aid,),
            ):
                codes.setdefault(eid, []).append(code)
        in_article: set[str] = set()
        persons: dict[str, set[str]] = {}  # the article's person actors: their keys, untitled
        # lone names no known person joined ("Fallin", "Gov. Fallin", or "Clinton" that two
        # known persons share): read after the article's full names (ux37)
        lone: list[tuple[tuple[Any, ...], bool]] = []
        for row in rows:
            eid, name, type_, country, sector, role, aliases, n = row
            actor = _find(conn, name, type_, json.loads(aliases or "[]"))
            bare = _titles.bare(name_key(name)) if type_ == _PERSON else ""
            if actor is None and type_ == _PERSON:
                # "Hillary Rodham Clinton" and "Hillary Clinton": the one person known with or
                # without a middle; the form is one of its names (a later "Entrusting Hillary
                # Clinton" with the alias "Hillary Clinton" joins it as it would its own actor)
                actor = _middle.find(conn, bare)
                if actor is not None:
                    _name(conn, actor, "name", name, known)
            if actor is None and bare and " " not in bare:
                lone.append((row, _surname.shared(conn, bare)))
                continue
            if actor is None:
                actor = _new(conn, row, bare, known)
            if type_ == _PERSON:
                persons.setdefault(actor, set()).add(bare)
            link(aid, row, actor, stored, published, in_article)
        for row, shared in lone:
            # the article's one full-name person of that surname; else a titled surname the
            # person its title fits or the article last named in full (ux38); else a name two
            # known persons share joins none, another its own actor as before
            bare = _titles.bare(name_key(row[1]))
            actor = _surname.one_named(persons, bare)
            if actor is None:
                known_ = _persons(conn, bare, ("name", "alias")) if shared else []
                actor, _rule = _honorific.choose(conn, aid, row, bare, persons, known_)
            if actor is None and not shared:
                actor = _new(conn, row, bare, known)
            if actor is not None:
                link(aid, row, actor, stored, published, in_article)
        for code, country, sector, name in conn.execute(
            "SELECT code, country, sector, name FROM event_actors "
            "WHERE article_id = ? AND entity_id IS NULL AND code IS NOT NULL",
            (aid,),
        ).fetchall():
            key = code_key(code)
            found = conn.execute("SELECT id FROM actors WHERE key = ?", (key,)).fetchone()
            if found:
                actor = found[0]
            else:
                actor = _create(conn, key, code, "GROUP", country, sector, known)
            _name(conn, actor, "alias", name, known)
            delta = touched.setdefault(actor, Totals())
            if stored:  # the code actor's records: event actors joined with their article
                if actor not in in_article:
                    in_article.add(actor)
                    delta.n_articles += 1
                delta.n_mentions += 1
                delta.record(published)
    _update(conn, touched, kept, known)
    return set(touched)


def _new(
    conn: sqlite3.Connection, row: tuple[Any, ...], bare: str, known: set[tuple[str, str, str]]
) -> str:
    """A new actor for the entity ``row``; a titled person's name without its title is one of
    its names ("Gov. John Kasich": a later "John Kasich" joins it)."""
    _eid, name, type_, country, sector, *_rest = row
    actor = _create(conn, entity_key(name, type_), name, type_, country, sector, known)
    if bare and bare != name_key(name):
        _name(conn, actor, "name", bare, known)
    return actor


def _find(conn: sqlite3.Connection, name: str, type_: str, aliases: list[str]) -> str | None:
    found = conn.execute(
        "SELECT id FROM actors WHERE key = ?", (entity_key(name, type_),)
    ).fetchone()
    if found:
        return str(found[0])
    if type_ != _PERSON:
        return None
    # "Lavrov" alone: the one person actor known by that name or alias; "Gov. John Kasich",
    # "President Obama": the one known by the name without its title (ux37)
    key = name_key(name)
    for form in dict.fromkeys((key, _titles.bare(key))):
        same = _persons(conn, form, ("name", "alias"))
        if len(same) == 1:
            return same[0]
    # "Lavrov" stored first, "Sergei Lavrov" (alias "Lavrov") now: the one person named so
    for alias in aliases:
        same = _persons(conn, name_key(alias), ("name",))
        if len(same) == 1:
            return same[0]
    return None


def _persons(conn: sqlite3.Connection, key: str, kinds: tuple[str, ...]) -> list[str]:
    marks = ",".join("?" * len(kinds))
    rows = conn.execute(
        f"""SELECT DISTINCT n.actor_id FROM actor_names n JOIN actors a ON a.id = n.actor_id
            WHERE n.name_key = ? AND n.kind IN ({marks}) AND a.type = ?""",
        (key, *kinds, _PERSON),
    ).fetchall()
    return [r[0] for r in rows]


def _create(
    conn: sqlite3.Connection,
    key: str,
    name: str,
    type_: str,
    country: str | None,
    sector: str | None,
    known: set[tuple[str, str, str]],
) -> str:
    aid = actor_id(key)
    conn.execute(
        "INSERT OR IGNORE INTO actors (id, key, name, type, country, sector) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (aid, key, name, type_, country, sector),
    )
    _name(conn, aid, "name", name, known)
    return aid


def _name(
    conn: sqlite3.Connection,
    actor: str,
    kind: str,
    name: str | None,
    known: set[tuple[str, str, str]],
) -> None:
    key = name_key(name)
    if key and (actor, kind, key) not in known:
        known.add((actor, kind, key))
        conn.execute(
            "INSERT OR IGNORE INTO actor_names (actor_id, kind, name_key, name) "
            "VALUES (?, ?, ?, ?)",
            (actor, kind, key, name),
        )


_CHUNK = 500


def _chunks(values: list[str]) -> Iterable[tuple[list[str], str]]:
    for i in range(0, len(values), _CHUNK):
        chunk = values[i : i + _CHUNK]
        yield chunk, ",".join("?" * len(chunk))


def _update(
    conn: sqlite3.Connection,
    deltas: dict[str, Totals],
    kept: dict[str, Totals],
    known: set[tuple[str, str, str]],
) -> None:
    """Write the touched actors' gathered fields: their kept totals plus what the new articles
    add, or, for an actor not kept (or changed by another writer since), its totals read
    again from all its records (which already hold the new ones)."""
    ids = list(deltas)
    head: dict[str, tuple[str, str, tuple[object, ...]]] = {}
    for chunk, marks in _chunks(ids):
        for aid, key, name, *stamp in conn.execute(
            f"SELECT id, key, name, n_articles, n_mentions, first_seen, last_seen "
            f"FROM actors WHERE id IN ({marks})",
            chunk,
        ):
            head[aid] = (key, name, tuple(stamp))
    if len(kept) > MAX_KEPT:
        kept.clear()
    if len(known) > 2 * MAX_KEPT:
        known.clear()
    totals: dict[str, Totals] = {}
    for actor in ids:
        old = kept.get(actor)
        if old is not None and old.stamp == head[actor][2]:
            new = deltas[actor]
            old.n_articles += new.n_articles
            old.n_mentions += new.n_mentions
            for when in (new.first, new.last):
                old.record(when)
            old.country.update(new.country)
            old.sector.update(new.sector)
            old.names.update(new.names)
            old.codes.update(new.codes)
            totals[actor] = old
    totals.update(_read(conn, [a for a in ids if a not in totals], head))
    names: dict[tuple[str, str], set[str]] = {}
    for chunk, marks in _chunks(ids):
        for actor, kind, name in conn.execute(
            f"SELECT actor_id, kind, name FROM actor_names "
            f"WHERE actor_id IN ({marks}) AND kind IN ('alias', 'role')",
            chunk,
        ):
            names.setdefault((actor, kind), set()).add(name)
    updates = []
    for actor in ids:
        key, name, _stamp = head[actor]
        got = totals[actor]
        counted = Counter({key[5:]: 1}) if key.startswith("code:") else got.codes
        country = _top(got.country)
        sector = _top(got.sector)
        full = got.names
        if full:
            # the fullest name (words, not punctuation: ux35, one "Hillary Clinton ''" of a
            # quoting style outranked 543 "Hillary Clinton" as three space-split words), then
            # the most frequent
            # and a title before a name adds no word ("Secretary Hillary Clinton" is no fuller
            # than "Hillary Clinton", which wins the tie: ux37)
            name = _titles.untitled(max(full, key=lambda n: _fullness(n, full[n])))
        aliases = sorted(
            names.get((actor, "alias"), set()) - {name}, key=lambda s: (s.casefold(), s)
        )
        roles = sorted(names.get((actor, "role"), set()), key=str.casefold)
        code = max(counted, key=lambda c: (counted[c], c)) if counted else None
        got.stamp = (got.n_articles, got.n_mentions, got.first, got.last)
        kept[actor] = got
        updates.append(
            (
                name,
                country,
                sector,
                code,
                json.dumps(aliases, ensure_ascii=False),
                json.dumps(roles, ensure_ascii=False),
                *got.stamp,
                actor,
            )
        )
    conn.executemany(
        """UPDATE actors SET name = ?, country = coalesce(?, country),
               sector = coalesce(?, sector), code = ?, aliases = ?, roles = ?,
               n_articles = ?, n_mentions = ?, first_seen = ?, last_seen = ?
           WHERE id = ?""",
        updates,
    )
    for row in updates:
        _name(conn, row[-1], "name", row[0], known)
        if row[3]:
            _name(conn, row[-1], "code", row[3], known)


def _read(
    conn: sqlite3.Connection, ids: list[str], head: dict[str, tuple[str, str, tuple[object, ...]]]
) -> dict[str, Totals]:
    """The actors' totals from all their stored records."""
    out = {a: Totals() for a in ids}
    entity_ids = [a for a in ids if not head[a][0].startswith("code:")]
    codes_of = {head[a][0][5:]: a for a in ids if head[a][0].startswith("code:")}
    seen: dict[str, set[str]] = {a: set() for a in ids}
    for chunk, marks in _chunks(entity_ids):
        for actor, article, n, published, stored, country, sector, name in conn.execute(
            f"""SELECT m.actor_id, m.article_id, e.n_mentions, a.published, a.id,
                       e.country, e.sector, e.name
                FROM actor_entities m
                JOIN entities e ON e.article_id = m.article_id AND e.id = m.entity_id
                LEFT JOIN articles a ON a.id = m.article_id
                WHERE m.actor_id IN ({marks})""",
            chunk,
        ):
            got = out[actor]
            got.fields(country, sector, name)
            if stored is None:
                continue
            seen[actor].add(article)
            got.n_mentions += n or 0
            got.record(published)
        for actor, code in conn.execute(
            f"""SELECT m.actor_id, x.code FROM actor_entities m JOIN event_actors x
                ON x.article_id = m.article_id AND x.entity_id = m.entity_id
                WHERE m.actor_id IN ({marks}) AND x.code IS NOT NULL""",
            chunk,
        ):
            out[actor].codes[code] += 1
    for chunk, marks in _chunks(list(codes_of)):
        for code, article, published in conn.execute(
            f"""SELECT x.code, x.article_id, a.published
                FROM event_actors x JOIN articles a ON a.id = x.article_id
                WHERE x.code IN ({marks}) AND x.entity_id IS NULL""",
            chunk,
        ):
            actor = codes_of[code]
            seen[actor].add(article)
            out[actor].n_mentions += 1
            out[actor].record(published)
    for actor, articles in seen.items():
        out[actor].n_articles = len(articles)
    return out


def _fullness(name: str, count: int) -> tuple[int, bool, int, str]:
    """How full a name is: its words without titles (a title before one word counts: "Pope
    Francis" is fuller than "Francis") or a leading article ("a White House" is no fuller
    than "White House": ux37), then untitled, then its count."""
    key = name_key(name)
    bare = _titles.bare(key)
    words = len(bare.split())
    return (words if words > 1 else len(key.split()), bare == key, count, name)


def _top(counts: Counter[str]) -> str | None:
    return max(counts, key=lambda v: (counts[v], v)) if counts else None


def rebuild(conn: sqlite3.Connection) -> int:
    """Rebuild the registry from every stored article; returns the number of actors."""
    conn.execute("DELETE FROM actor_entities")
    conn.execute("DELETE FROM actor_names")
    conn.execute("DELETE FROM actors")
    ids = [r[0] for r in conn.execute("SELECT id FROM articles ORDER BY published, seq")]
    add(conn, ids)
    return int(conn.execute("SELECT count(*) FROM actors").fetchone()[0])
