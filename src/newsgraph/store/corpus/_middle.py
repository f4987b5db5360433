"""A person named with and without a middle or maiden name ("Hillary Rodham Clinton" and
"Hillary Clinton") is one registry actor (ux36).

The registry's rule for a partial name ("Lavrov" alone joins the one known "Sergei Lavrov")
is followed: a person's name of three words or more joins the one known person whose name or
alias is its first and last word ("Hillary Rodham Clinton" -> "Hillary Clinton"), and a
two-word name joins the one known person with a name or alias of that first and last word
around a middle ("Hillary Clinton" -> "Hillary Rodham Clinton"). Two or more such persons:
no join. A known person whose names already hold another middle for the same first and last
word is a different person ("George H. W. Bush" is not "George W. Bush", so "George W. Bush"
does not join an actor that gathered "George Bush" and "George H. W. Bush"); an initial
agrees with the word it begins ("Hillary R. Clinton" with "Hillary Rodham Clinton").
"""

from __future__ import annotations

import sqlite3

_PERSON = "PERSON"


def agree(a: list[str], b: list[str]) -> bool:
    """Whether two middles (word lists) can name the same person: equal, or word by word
    one an initial of the other."""
    if len(a) != len(b):
        return False
    pairs = zip(a, b, strict=True)
    return all(x == y or (len(x) == 1 or len(y) == 1) and x[0] == y[0] for x, y in pairs)


def _middles(conn: sqlite3.Connection, actor: str, first: str, last: str) -> list[list[str]]:
    """The middles of the actor's names and aliases of this first and last word."""
    rows = conn.execute(
        "SELECT name_key FROM actor_names WHERE actor_id = ? AND kind IN ('name', 'alias') "
        "AND name_key GLOB ?",
        (actor, f"{first} * {last}"),
    ).fetchall()
    return [r[0].split()[1:-1] for r in rows]


def find(conn: sqlite3.Connection, key: str) -> str | None:
    """The one known person actor the name (its key) names with or without a middle."""
    words = key.split()
    if len(words) < 2:
        return None
    first, last, middle = words[0], words[-1], words[1:-1]
    if middle:
        rows = conn.execute(
            """SELECT DISTINCT n.actor_id FROM actor_names n JOIN actors a ON a.id = n.actor_id
               WHERE n.name_key = ? AND n.kind IN ('name', 'alias') AND a.type = ?""",
            (f"{first} {last}", _PERSON),
        ).fetchall()
    else:
        rows = conn.execute(
            """SELECT DISTINCT n.actor_id FROM actor_names n JOIN actors a ON a.id = n.actor_id
               WHERE n.name_key GLOB ? AND n.kind IN ('name', 'alias') AND a.type = ?""",
            (f"{first} * {last}", _PERSON),
        ).fetchall()
    found = [r[0] for r in rows]
    if middle:  # a known person with another middle for this first and last word differs
        found = [a for a in found if all(agree(m, middle) for m in _middles(conn, a, first, last))]
    return found[0] if len(found) == 1 else None
