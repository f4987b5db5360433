"""US postal towns: the small towns the GeoNames extract leaves out ("Harwinton", "Lore City").

The table is the US ZIP code database that the ``pyzipcode`` package installs (a SQLite file
of 43,191 ZIP codes with their post-office town, state and point; data CC BY-SA 2.0). It is
read in place, read-only, and only for names the model tags as places that the gazetteer does
not know: a town is taken when its state is one the article's other places lie in.
"""

from __future__ import annotations

import sqlite3
from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path


@lru_cache(maxsize=1)
def _db() -> sqlite3.Connection | None:
    spec = find_spec("pyzipcode")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / "zipcodes.db"
    if not path.is_file():
        return None
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)


@lru_cache(maxsize=4096)
def postal_towns(name: str) -> dict[str, tuple[float, float]]:
    """State code -> mean point of the ZIP codes whose post-office town is ``name`` (exact,
    case as written in the table: "Harwinton"); empty when none or the package is missing."""
    db = _db()
    if db is None:
        return {}
    pts: dict[str, list[tuple[float, float]]] = {}
    for state, lat, lon in db.execute(
        "SELECT state, latitude, longitude FROM ZipCodes WHERE city = ?", (name,)
    ):
        if lat is not None and lon is not None:
            pts.setdefault(state, []).append((float(lat), float(lon)))
    return {
        st: (sum(p[0] for p in ps) / len(ps), sum(p[1] for p in ps) / len(ps))
        for st, ps in pts.items()
    }
