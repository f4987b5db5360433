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

#: whether an event actor ``x`` is joined: an entity an actor holds (``m``: its
#: actor_entities row), or a coded actor with no entity (registered by its code)
_JOINED = "(m.actor_id IS NOT NULL OR (x.entity_id IS NULL AND x.code IS NOT NULL))"
_ROW_JOIN = (
    "LEFT JOIN actor_entities m ON m.article_id = x.article_id AND m.entity_id = x.entity_id"
)

#: one row per event that names actors: per role whether it names any, whether any joined,
#: whether any is an entity (one pass over event_actors in its key order)
_EVENTS = f"""
    SELECT max(x.role = 'source') AS sn, max(x.role = 'source' AND {_JOINED}) AS sj,
           max(x.role = 'source' AND x.entity_id IS NOT NULL) AS se,
           max(x.role = 'target') AS tn, max(x.role = 'target' AND {_JOINED}) AS tj,
           max(x.role = 'target' AND x.entity_id IS NOT NULL) AS te
      FROM event_actors x {_ROW_JOIN}
     GROUP BY x.article_id, x.event_id"""

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
    row = conn.execute(
        f"""SELECT sum(sj AND tj), sum(sn), sum(sn AND NOT sj AND NOT se),
                   sum(sn AND NOT sj AND se), sum(tn), sum(tn AND NOT tj AND NOT te),
                   sum(tn AND NOT tj AND te)
              FROM ({_EVENTS})"""
    ).fetchone()
    both, *counts = (int(v or 0) for v in row)
    out: dict[str, Any] = {"n_events": n_events, "n_unjoined": n_events - both}
    for role, (named, uncoded, unjoined) in zip(
        ("source", "target"), (counts[:3], counts[3:]), strict=True
    ):
        absent = n_events - named
        out[role] = {
            "n_events": absent + uncoded + unjoined,
            "absent": absent,
            "uncoded": uncoded,
            "unjoined": unjoined,
        }
    # the actors joined to none on a side no other actor of it joined
    rows = conn.execute(
        f"""SELECT x.role, coalesce(x.name, x.text) AS label, x.entity_id IS NOT NULL AS ent,
                   count(DISTINCT x.article_id || ' ' || x.event_id) AS n
              FROM event_actors x {_ROW_JOIN}
             WHERE NOT {_JOINED} AND NOT EXISTS (
                   SELECT 1 FROM event_actors y LEFT JOIN actor_entities k
                       ON k.article_id = y.article_id AND k.entity_id = y.entity_id
                    WHERE y.article_id = x.article_id AND y.event_id = x.event_id
                      AND y.role = x.role
                      AND (k.actor_id IS NOT NULL OR (y.entity_id IS NULL AND y.code IS NOT NULL)))
             GROUP BY x.role, label, ent
             ORDER BY n DESC, label, x.role
             LIMIT ?""",
        (limit,),
    ).fetchall()
    out["names"] = [
        {
            "role": role,
            "name": label,
            "n_events": int(n),
            "reason": "unjoined" if ent else "uncoded",
        }
        for role, label, ent, n in rows
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
