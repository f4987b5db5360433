"""The rows of a hand-written gold TSV with a header line (shared by the gold loaders)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from newsgraph.eval._events_records import GoldFileError


def header_rows(
    lines: Iterable[str], columns: Sequence[str], name: str
) -> Iterator[tuple[str, dict[str, str]]]:
    """``(where, row)`` for every data line of a TSV whose first non-comment line is the
    header ``columns``; blank and ``#`` lines are skipped. ``where`` is ``name:line``.
    Raises :class:`GoldFileError` for a wrong header or cell count, or a file with no header."""
    header = False
    for n, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        where = f"{name}:{n}"
        cells = line.split("\t")
        if not header:
            if tuple(cells) != tuple(columns):
                raise GoldFileError(where, f"header must be {' '.join(columns)}")
            header = True
            continue
        if len(cells) != len(columns):
            raise GoldFileError(where, f"expected {len(columns)} cells, found {len(cells)}")
        yield where, dict(zip(columns, cells, strict=True))
    if not header:
        raise GoldFileError(name, "no header line")
