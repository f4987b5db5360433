"""Event sides joined to no registry actor: what the actors list cannot show (ux38).

The actor registry counts the actors events name; an event side that names none (no source
found), or names someone it could not code and no entity holds ("the man"), or whose entity
joined no actor (a lone surname several known persons share, :mod:`._surname`), was in no
row of ``newsgraph actors`` or ``/api/actors``, so a user saw the coded part of a corpus and
not how much was left uncoded. :func:`unjoined_sides` counts those sides per role and names
the most frequent of them; :func:`line` says it in one line.

A side is joined when any of its actors is: an entity joined to an actor
(``actor_entities``), or a coded actor with no entity (registered by its code).
"""

from __future__ import annotations

import sqlite3
from typing import Any

#: one row per event side that names actors: whether any joined, whether any is an entity
_SIDES = """
    SELECT x.article_id, x.event_id, x.role,
           max(m.actor_id IS NOT NULL OR (x.entity_id IS NULL AND x.code IS NOT NULL)) AS joined,
           max(x.entity_id IS NOT NULL) AS has_entity
      FROM event_actors x
      LEFT JOIN actor_entities m ON m.article_id = x.article_id AND m.entity_id = x.entity_id
     GROUP BY x.article_id, x.event_id, x.role"""

#: why a side joined no actor, in the order :func:`line` gives them
REASONS = {
    "absent": "none named",
    "uncoded": "named but coded to nothing",
    "unjoined": "an entity that joined no actor",
}


def unjoined_sides(conn: sqlite3.Connection, limit: int = 10) -> dict[str, Any]:
    """Counts of the events whose source or target is joined to no actor.

    ``n_events``: events in the store; ``n_unjoined``: events with a side joined to none;
    ``source`` and ``target``: ``{"n_events", "absent", "uncoded", "unjoined"}`` (absent: the
    event names no actor on that side; uncoded: it names one with no code and no entity;
    unjoined: an entity no actor holds); ``names``: the most frequent names on such sides,
    each ``{"role", "name", "n_events", "reason"}``, most frequent first.
    """
    n_events = int(conn.execute("SELECT count(*) FROM events").fetchone()[0])
    out: dict[str, Any] = {"n_events": n_events, "n_unjoined": 0}
    for role in ("source", "target"):
        named, uncoded, unjoined = conn.execute(
            f"""SELECT count(*), coalesce(sum(NOT joined AND NOT has_entity), 0),
                       coalesce(sum(NOT joined AND has_entity), 0)
                  FROM ({_SIDES}) WHERE role = ?""",
            (role,),
        ).fetchone()
        absent = n_events - int(named)
        out[role] = {
            "n_events": absent + int(uncoded) + int(unjoined),
            "absent": absent,
            "uncoded": int(uncoded),
            "unjoined": int(unjoined),
        }
    both = conn.execute(
        f"""SELECT count(*) FROM (SELECT 1 FROM ({_SIDES}) WHERE joined
             GROUP BY article_id, event_id HAVING count(*) = 2)"""
    ).fetchone()[0]
    out["n_unjoined"] = n_events - int(both)
    rows = conn.execute(
        f"""SELECT x.role, coalesce(x.name, x.text) AS label, s.has_entity,
                   count(DISTINCT x.article_id || ' ' || x.event_id) AS n
              FROM ({_SIDES}) s
              JOIN event_actors x ON x.article_id = s.article_id AND x.event_id = s.event_id
                   AND x.role = s.role
             WHERE NOT s.joined
             GROUP BY x.role, label, s.has_entity
             ORDER BY n DESC, label, x.role
             LIMIT ?""",
        (limit,),
    ).fetchall()
    out["names"] = [
        {
            "role": role,
            "name": label,
            "n_events": int(n),
            "reason": "unjoined" if has_entity else "uncoded",
        }
        for role, label, has_entity, n in rows
    ]
    return out


def line(summary: dict[str, Any]) -> str:
    """What the actors list says of the event sides it has no row for."""
    n, total = summary["n_unjoined"], summary["n_events"]
    if total == 0:
        return "This store holds no events: no event side to join to an actor."
    if n == 0:
        return (
            f"In this store every one of the {total:,} events has a source and a target "
            "joined to an actor."
        )
    parts = []
    for role in ("source", "target"):
        side = summary[role]
        why = [f"{side[k]:,} {text}" for k, text in REASONS.items() if side[k]]
        parts.append(f"{role} {side['n_events']:,}" + (f" ({', '.join(why)})" if why else ""))
    text = (
        f"In this store {n:,} of {total:,} event{'s' * (total != 1)} "
        f"{'has' if n == 1 else 'have'} a side joined to no actor, which no actor row "
        f"counts: {', '.join(parts)}."
    )
    names = summary["names"]
    if names:
        shown = ", ".join(f"{e['role']} '{e['name']}' {e['n_events']:,}" for e in names[:5])
        text += f" Most frequent names: {shown}."
    return text
