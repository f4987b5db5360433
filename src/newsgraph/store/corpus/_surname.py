"""A lone surname that several known persons share ("Clinton" once Hillary and Bill Clinton are
both known) joins none of them by itself, and forms no actor of its own (ux37).

The registry joins a partial name to the one known person so named ("Lavrov" alone joins
"Sergei Lavrov"); with two or more such persons it made a new actor of the surname, a stray
"Clinton" person that was neither. Now the surname joins the article's own full-name person of
that surname when the article names exactly one ("Hillary Clinton ... Clinton said"), the
registry's one-candidate rule applied within the article; otherwise it is joined to no actor
(its entity, mentions and quotes stay in the article) and :func:`unjoined` lists such names
where a search for actors would show them. A lone name no known person has ("Gov. Fallin")
joins the article's one full-name person of it ("Mary Fallin") the same way, else forms its
own actor as before.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from newsgraph.corpus._text import name_key

_PERSON = "PERSON"


def _known(conn: sqlite3.Connection, word: str) -> list[str]:
    """Names of the person actors known by this one word as a name or alias."""
    rows = conn.execute(
        """SELECT DISTINCT a.id, a.name FROM actor_names n JOIN actors a ON a.id = n.actor_id
           WHERE a.type = ? AND n.kind IN ('name', 'alias') AND n.name_key = ?""",
        (_PERSON, word),
    ).fetchall()
    return sorted({r[1] for r in rows})


def shared(conn: sqlite3.Connection, key: str) -> bool:
    """Whether ``key`` is one word that two or more known persons are named by."""
    if not key or " " in key:
        return False
    rows = conn.execute(
        """SELECT count(DISTINCT n.actor_id) FROM actor_names n JOIN actors a
           ON a.id = n.actor_id WHERE n.name_key = ? AND n.kind IN ('name', 'alias')
           AND a.type = ?""",
        (key, _PERSON),
    ).fetchone()
    return int(rows[0]) >= 2


def one_named(persons: dict[str, set[str]], word: str) -> str | None:
    """The article's one person actor with a full name (two words or more) ending with the
    word; ``persons``: the article's person actors and their name keys (titles off)."""
    found = [a for a, keys in persons.items() if any(k.endswith(" " + word) for k in keys)]
    return found[0] if len(found) == 1 else None


def unjoined(conn: sqlite3.Connection, name: str, limit: int = 20) -> list[dict[str, Any]]:
    """Person names matching ``name`` whose entities no actor holds: each name key with its
    entities' count, articles and the known persons of that surname."""
    key = name_key(name)
    if not key:
        return []
    rows = conn.execute(
        """SELECT e.name, e.article_id FROM entities e
           LEFT JOIN actor_entities m ON m.article_id = e.article_id AND m.entity_id = e.id
           JOIN articles a ON a.id = e.article_id
           WHERE e.type = ? AND m.actor_id IS NULL AND e.name LIKE ?""",
        (_PERSON, f"%{key.split()[-1]}%" if key.isascii() else "%"),
    ).fetchall()
    got: dict[str, dict[str, Any]] = {}
    for ename, article in rows:
        k = name_key(ename)
        if key not in k:
            continue
        entry = got.setdefault(k, {"name": ename, "n_entities": 0, "articles": set()})
        entry["n_entities"] += 1
        entry["articles"].add(article)
    out = []
    for k, entry in sorted(got.items(), key=lambda kv: (-len(kv[1]["articles"]), kv[0]))[:limit]:
        out.append(
            {
                "name": entry["name"],
                "n_entities": entry["n_entities"],
                "n_articles": len(entry["articles"]),
                "persons": _known(conn, k.rsplit(" ", 1)[-1]),
            }
        )
    return out


def line(entry: dict[str, Any]) -> str:
    """What a list of actors says of a name no actor holds."""
    persons = entry["persons"]
    n, k = entry["n_entities"], entry["n_articles"]
    who = f"{len(persons)} known persons are named so ({', '.join(persons[:6])}"
    who += ", ...)" if len(persons) > 6 else ")"
    return (
        f"'{entry['name']}' alone ({n} mention{'s' * (n != 1)} in {k} "
        f"article{'s' * (k != 1)}) is joined to no actor: {who} and its article names "
        "none of them, or more than one, in full"
    )
