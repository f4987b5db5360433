"""The order corpus tables are rebuilt in: first published first (undated last, then as stored),
so first appearances and first reports come out the same as when articles arrive in time."""

from __future__ import annotations

import sqlite3


def articles_by_date(conn: sqlite3.Connection) -> list[str]:
    """Every stored article id, earliest publication first, undated ones last."""
    sql = "SELECT id FROM articles ORDER BY published IS NULL, published, seq"
    return [r[0] for r in conn.execute(sql)]
