"""newsgraph's built-in actor table: office-holders and organisations with dated roles.

The table lives in ``resources/events/actors/*.tsv`` in our own compact format::

    # header saying what the file is and where it comes from
    names (synonyms joined by "|")<TAB>codes (";" between)[<TAB>note]
    Bill Clinton|William Jefferson Clinton	USAELI;USAGOV@1993-01-20..2001-01-19

A code is ``CODE`` (undated default) or ``CODE@START..END`` (ISO dates, inclusive, an open end
left empty). Names match case-insensitively on their letters and digits only ("al-Assad",
"Al Assad" and "AL_ASSAD" are the same name). The files listed in :data:`TABLES` are read in
order; a name in an earlier file hides the same name in a later one, so the hand-written
``office_holders.tsv`` overrides what is derived from Phoenix.

``python -m newsgraph.nlp.events.actor_table PHOENIX_DIR`` rebuilds the ``phoenix_*.tsv``
files from the Phoenix actor dictionaries (Open Event Data Alliance, MIT; see ``NOTICE``).
"""

from __future__ import annotations

import re
import sys
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from newsgraph import datafiles
from newsgraph.errors import ResourceError
from newsgraph.nlp.events.dictionaries import ActorEntry, DatedCode, load_actors

TABLES = (
    "office_holders.tsv",
    "phoenix_international.tsv",
    "phoenix_nonstate.tsv",
    "phoenix_countries.tsv",
)
DERIVED_PEOPLE = "phoenix_countries.tsv"  # whose people need the article's support
_PIECE = re.compile(r"[^\W_]+")
_CODE_RE = re.compile(r"^([A-Z0-9]{3,})(?:@(\d{4}-\d{2}-\d{2})?\.\.(\d{4}-\d{2}-\d{2})?)?$")
MAX_WORDS = 8
_NICK_PAIRS = (
    ("michael", "mike"),
    ("william", "bill"),
    ("james", "jim"),
    ("robert", "bob"),
    ("joseph", "joe"),
    ("charles", "chuck"),
    ("thomas", "tom"),
    ("richard", "dick"),
    ("edward", "ted"),
    ("stephen", "steve"),
    ("steven", "steve"),
    ("anthony", "tony"),
    ("benjamin", "ben"),
    ("nicholas", "nick"),
    ("mitchell", "mitch"),
    ("bernard", "bernie"),
)
_NICKNAMES = {a: b for a, b in _NICK_PAIRS} | {b: a for a, b in _NICK_PAIRS}


def pieces(text: str) -> tuple[str, ...]:
    """The comparable pieces of a name: lower-cased runs of letters and digits, accents
    dropped, apostrophes joining ("Çavuşoğlu" = "cavusoglu", "O'Malley" = "omalley"), a run of
    two or more single letters one piece ("I.R.S." = "IRS", "Washington, D.C." = "Washington
    DC")."""
    text = text.lower().replace("'", "").replace("’", "")
    if not text.isascii():
        folded = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in folded if not unicodedata.combining(c))
    found = _PIECE.findall(text)
    out: list[str] = []
    run = False  # the last piece out is a run of one-letter pieces joined
    for k, piece in enumerate(found):
        single = len(piece) == 1 and piece.isalpha()
        nxt = found[k + 1] if k + 1 < len(found) else ""
        if single and run:
            out[-1] += piece  # an initialism with or without dots: "I.R.S." = "IRS"
        elif single and len(nxt) == 1 and nxt.isalpha():
            out.append(piece)
            run = True
            continue
        else:
            out.append(piece)
        run = run and single
    return tuple(out)


#: :func:`pieces`, cached: the actor coder splits the same words and names of an article
#: again for every phrase it codes (the table's own loading uses :func:`pieces`, uncached)
cached_pieces = lru_cache(maxsize=8192)(pieces)


@dataclass(slots=True)
class ActorTable:
    """Name pieces -> actor entry (with dated codes), for longest-match lookup. ``curated``
    holds the one-word names of the hand-written table (surnames it vouches for)."""

    names: dict[tuple[str, ...], ActorEntry] = field(default_factory=dict)
    longest: int = 0
    curated: set[tuple[str, ...]] = field(default_factory=set)
    acronyms: set[tuple[str, ...]] = field(default_factory=set)  # "ICE": a name in capitals
    derived: set[int] = field(default_factory=set)  # ids of entries only Phoenix's countries give

    def derived_person(self, entry: ActorEntry) -> bool:
        """Whether ``entry`` comes only from the Phoenix-derived country table
        (``phoenix_countries.tsv``: thousands of minor officials, many with common names), not
        from the hand-written table (see :mod:`newsgraph.nlp.events._actors_support`)."""
        return id(entry) in self.derived

    def get(self, name: str) -> ActorEntry | None:
        return self.names.get(cached_pieces(name))

    def person(self, name: str) -> ActorEntry | None:
        """A person by the name an article gives them: a one-word name (a surname alone) only
        when the hand-written table vouches for it ("Obama"), not a Phoenix surname that
        happened to be unique there ("Adelson")."""
        key = cached_pieces(name)
        if len(key) == 1 and key not in self.curated:
            return None
        hit = self.names.get(key)
        if hit is None and len(key) > 2:  # "Michael R. Pompeo" -> "Michael Pompeo"
            key = (key[0], key[-1])
            hit = self.names.get(key)
        if hit is None and len(key) == 2 and key[0] in _NICKNAMES:  # "Michael" = "Mike"
            hit = self.names.get((_NICKNAMES[key[0]], key[1]))
        return hit

    def person_of(self, names: list[str]) -> ActorEntry | None:
        """The first of a person's names (fullest first) the table knows, by :meth:`person`:
        "Michael R. Pompeo", then his other mentions ("Secretary Pompeo", "Pompeo")."""
        full = any(len(cached_pieces(n)) > 1 for n in names)
        for name in sorted(names, key=lambda n: -len(cached_pieces(n))):
            if full and len(cached_pieces(name)) == 1:
                break  # "Trump" beside "Mary Trump" is her surname, not Donald Trump
            hit = self.person(name)
            if hit is not None:
                return hit
        return None

    def match(self, seq: list[str], start: int) -> tuple[int, ActorEntry] | None:
        """Longest entry whose pieces are ``seq[start:start+n]``: (n, entry)."""
        for n in range(min(self.longest, len(seq) - start), 0, -1):
            hit = self.names.get(tuple(seq[start : start + n]))
            if hit is not None:
                return n, hit
        return None

    def __len__(self) -> int:
        return len(self.names)


def role_of(entry: ActorEntry, date: str | None) -> str | None:
    """The entry's code on ``date`` (:meth:`ActorEntry.role_on`), except that an undated
    article does not make a politician of a business career a business actor: with no date,
    an undated business default (``USABUS``) of an entry with dated political roles gives way
    to the latest of them (undated "Trump" is USAGOV, not USABUS); a business person with no
    political role stays BUS."""
    code = entry.role_on(date)
    if date is not None or code is None or code[3:6] != "BUS":
        return code
    dated = [c for c in entry.codes if c.start is not None and c.code[3:6] != "BUS"]
    if not dated:
        return code
    return entry.role_on(max(dated, key=lambda c: c.start or "").start)


@dataclass(slots=True)
class SharedEntry(ActorEntry):
    """A one-word name (a surname) several people of the hand-written table carry ("Sharif":
    Nawaz, then Shehbaz). On a date it is the one holding a dated role then; two holding one
    at once is no one (never a guess: "Fernandez" in 2021 is Alberto or Cristina). With none
    in office, the one code every holder with a role gives (two former Pakistani prime
    ministers are both PAKELI), else none. ``codes`` joins the holders' codes for readers that
    only ask whether some political role exists."""

    members: list[ActorEntry] = field(default_factory=list)

    def _held(self, date: str | None) -> list[ActorEntry]:
        """The holders with a dated role covering ``date``."""
        if date is None:
            return []
        return [
            m for m in self.members if any((c.start or c.end) and c.covers(date) for c in m.codes)
        ]

    def _pick(self, date: str | None, read: Callable[[ActorEntry], str | None]) -> str | None:
        """``read`` of the one holder on ``date``; none for two; with none in office, what every
        member that gives one agrees on."""
        held = self._held(date)
        if held:
            return read(held[0]) if len(held) == 1 else None
        return _agreed([read(m) for m in self.members])

    def code_on(self, date: str | None) -> str | None:
        return self._pick(date, lambda m: m.code_on(date))

    def role_on(self, date: str | None) -> str | None:
        return self._pick(date, lambda m: m.role_on(date))


def _agreed(codes: list[str | None]) -> str | None:
    """The one code all that have one give, else none."""
    found = {c for c in codes if c is not None}
    return found.pop() if len(found) == 1 else None


def _same_person(a: ActorEntry, b: ActorEntry) -> bool:
    """Two rows naming one person (a row repeated in a later section): a full name in common."""
    return bool({p for p in a.phrases if len(p) > 1} & {p for p in b.phrases if len(p) > 1})


def _share(table: ActorTable, key: tuple[str, ...], entry: ActorEntry) -> None:
    """File ``entry`` under ``key``; a one-word name another person already has becomes a
    :class:`SharedEntry` of both, resolved by date."""
    old = table.names.get(key)
    if old is None:
        table.names[key] = entry
        return
    if old is entry or len(key) > 1:
        return
    members = old.members if isinstance(old, SharedEntry) else [old]
    if any(_same_person(m, entry) for m in members):
        return
    members = [*members, entry]
    table.names[key] = SharedEntry(
        phrases=[key], codes=[c for m in members for c in m.codes], members=members
    )


def parse_codes(cell: str, name: str, line: int) -> list[DatedCode]:
    out = []
    for raw in cell.split(";"):
        raw = raw.strip()
        m = _CODE_RE.match(raw)
        if m is None:
            raise ResourceError(name, f"malformed code {raw!r} (CODE or CODE@START..END)", line)
        out.append(DatedCode(m.group(1), m.group(2), m.group(3)))
    return out


def read_table(
    lines: list[datafiles.Line] | tuple[datafiles.Line, ...], name: str, shared: bool = False
) -> ActorTable:
    """The table in ``lines``; with ``shared`` (the hand-written table) a surname two people
    carry is a :class:`SharedEntry` resolved by date, else the first row's."""
    table = ActorTable()
    for line in lines:
        cells = line.cells()
        if len(cells) < 2 or len(cells) > 3:
            raise ResourceError(name, f"expected 2 or 3 columns, found {len(cells)}", line.number)
        codes = parse_codes(cells[1], name, line.number)
        phrases = [p for p in (pieces(n) for n in cells[0].split("|")) if p]
        if not phrases:
            raise ResourceError(name, "no name", line.number)
        entry = ActorEntry(phrases=phrases, codes=codes)
        table.acronyms.update(
            pieces(n) for n in cells[0].split("|") if n.isalpha() and n.isupper() and len(n) > 1
        )
        for p in phrases:
            if len(p) <= MAX_WORDS:
                if shared:
                    _share(table, p, entry)
                else:
                    table.names.setdefault(p, entry)
                table.longest = max(table.longest, len(p))
    return table


@lru_cache(maxsize=1)
def builtin_table() -> ActorTable:
    """All packaged actor tables merged; earlier files win on the same name."""
    merged = ActorTable()
    for fname in TABLES:
        part = read_table(datafiles.lines(f"events/actors/{fname}"), fname, fname == TABLES[0])
        for key, entry in part.names.items():
            if merged.names.setdefault(key, entry) is entry and fname == DERIVED_PEOPLE:
                merged.derived.add(id(entry))
            if fname == TABLES[0] and len(key) == 1:
                merged.curated.add(key)
        if fname == TABLES[0]:
            merged.acronyms |= part.acronyms
        merged.longest = max(merged.longest, part.longest)
    return merged


# -- building the phoenix_*.tsv files ---------------------------------------------------------

_SOURCES = {
    "phoenix_countries.tsv": "Phoenix.Countries.actors.txt",
    "phoenix_international.tsv": "Phoenix.International.actors.txt",
    "phoenix_nonstate.tsv": "Phoenix.MilNonState.actors.txt",
}
_HEADER = """\
# Actor table: {what}, with the CAMEO-style codes they take and the dates each applies.
# Derived by newsgraph (python -m newsgraph.nlp.events.actor_table) from the names, countries,
# roles and date ranges in {source} of the Phoenix event-data dictionaries,
# Copyright (c) 2014 Open Event Data Alliance, MIT License (see NOTICE at the repository root).
# Columns: names ("|" between synonyms)<TAB>codes (";" between; CODE or CODE@START..END, ISO).
# Entries with only null codes ([---]) are dropped; a name given to two actors with different
# codes is dropped for single-word names (ambiguous surnames) and kept for the first otherwise.
"""
_WHAT = {
    "phoenix_countries.tsv": "countries, their office-holders and national organisations",
    "phoenix_international.tsv": "international organisations (IGO/NGO) and their leaders",
    "phoenix_nonstate.tsv": "armed non-state groups",
}


def _display(words: tuple[str, ...]) -> str:
    return " ".join(words)


def _code_text(c: DatedCode) -> str | None:
    code = re.sub(r"[^A-Z0-9]", "", c.code.upper().split("/")[0])
    if len(code) < 3:
        return None
    if c.start is None and c.end is None:
        return code
    return f"{code}@{c.start or ''}..{c.end or ''}"


def convert(path: Path) -> list[tuple[list[str], list[str]]]:
    """(names, codes) of each actor in a PETRARCH actor dictionary, null codes dropped."""
    d = load_actors(path)
    seen: dict[int, ActorEntry] = {}
    for value in [*d.exact.values(), *d.stems.values()]:
        if isinstance(value, ActorEntry):
            seen.setdefault(id(value), value)
    owners: dict[tuple[str, ...], set[tuple[str, ...]]] = {}
    rows: list[tuple[list[tuple[str, ...]], list[str]]] = []
    for entry in seen.values():
        codes = [t for t in (_code_text(c) for c in entry.codes) if t]
        codes = list(dict.fromkeys(codes))
        if not codes:
            continue
        names = list(dict.fromkeys(p for p in (pieces(" ".join(w)) for w in entry.phrases) if p))
        rows.append((names, codes))
        for n in names:
            owners.setdefault(n, set()).add(tuple(codes))
    out = []
    for names, codes in rows:
        keep = [n for n in names if len(n) > 1 or len(owners[n]) == 1]
        if keep:
            out.append(([_display(n) for n in keep], codes))
    return out


def build(phoenix: Path, out_dir: Path) -> dict[str, int]:
    counts = {}
    for fname, source in _SOURCES.items():
        rows = convert(phoenix / source)
        lines = [_HEADER.format(what=_WHAT[fname], source=source)]
        lines += [f"{'|'.join(n)}\t{';'.join(c)}\n" for n, c in rows]
        (out_dir / fname).write_text("".join(lines), encoding="utf-8")
        counts[fname] = len(rows)
    return counts


if __name__ == "__main__":  # pragma: no cover - a maintenance command
    here = Path(__file__).resolve().parent.parent / "resources" / "events" / "actors"
    print(build(Path(sys.argv[1]), here))
