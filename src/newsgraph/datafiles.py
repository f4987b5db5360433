"""One reader for newsgraph's hand-written data files and the ones users pass.

Every data file (word lists, patterns, lexicons, dictionaries) is UTF-8 text that opens with a
``#`` header saying what it is and where it comes from. Blank lines and lines starting with
``#`` are skipped; rows are tab-separated. Problems raise :class:`ResourceError` naming the file
and the line, so a malformed user file gives one clear sentence, never a traceback.

Packaged files are addressed by a short name: ``"lexicons/titles.tsv"`` lives in
``newsgraph/lexicons/resources/``, ``"quotes/quote_cues.txt"`` (any other first part) in
``newsgraph/nlp/resources/<part>/``; ``"ingest/caption_cues.tsv"`` in
``newsgraph/ingest/resources/``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from .errors import ResourceError

__all__ = ["Line", "lines", "rows", "text", "user_lines", "user_rows", "words"]


@dataclass(frozen=True, slots=True)
class Line:
    """One content line of a data file: its 1-based number and its text (right-stripped)."""

    number: int
    text: str

    def cells(self) -> list[str]:
        return [c.strip() for c in self.text.split("\t")]


def _packaged(name: str) -> tuple[str, str]:
    head, _, rest = name.partition("/")
    if not rest:
        raise ValueError(f"resource name {name!r} must be '<area>/<file>'")
    if head == "lexicons":
        return "newsgraph.lexicons", f"resources/{rest}"
    if head == "ingest":
        return "newsgraph.ingest", f"resources/{rest}"
    return "newsgraph.nlp", f"resources/{head}/{rest}"


@cache
def text(name: str) -> str:
    """The whole text of a packaged data file (header checked)."""
    package, rel = _packaged(name)
    try:
        body = resources.files(package).joinpath(rel).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ResourceError(name, f"cannot be read ({exc.__class__.__name__})") from exc
    _check_header(name, body)
    return body


def _check_header(name: str, body: str) -> None:
    for raw in body.splitlines():
        if raw.strip():
            if not raw.lstrip().startswith("#"):
                raise ResourceError(
                    name, "a data file must open with a '#' header saying what it is", 1
                )
            return
    raise ResourceError(name, "the file is empty")


def _content(name: str, body: str) -> list[Line]:
    out = []
    for i, raw in enumerate(body.splitlines(), 1):
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        out.append(Line(i, raw.rstrip()))
    return out


@cache
def lines(name: str) -> tuple[Line, ...]:
    """Content lines of a packaged data file, with their line numbers."""
    return tuple(_content(name, text(name)))


def _shaped(name: str, content: list[Line] | tuple[Line, ...], min_cols: int, max_cols: int | None):
    out: list[list[str]] = []
    for line in content:
        cells = line.cells()
        if len(cells) < min_cols or (max_cols is not None and len(cells) > max_cols):
            want = f"{min_cols}" if max_cols == min_cols else f"{min_cols} to {max_cols or 'more'}"
            raise ResourceError(
                name, f"expected {want} tab-separated columns, found {len(cells)}", line.number
            )
        out.append(cells)
    return out


def rows(name: str, *, min_cols: int = 1, max_cols: int | None = None) -> list[list[str]]:
    """Tab-separated rows of a packaged data file, each checked for its number of columns."""
    return _shaped(name, lines(name), min_cols, max_cols)


def words(name: str) -> frozenset[str]:
    """A one-entry-a-line packaged data file as a set (first column)."""
    return frozenset(line.cells()[0] for line in lines(name))


def _wide(path: Path) -> str:
    """A hint for a user's file in UTF-16 or UTF-32 (Windows' "Unicode"), known by its
    byte-order mark (hard38: it said only "is not UTF-8 text (byte 0)")."""
    with path.open("rb") as fh:
        head = fh.read(4)
    if head.startswith((b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")):
        return ": it is UTF-16 or UTF-32 (it starts with a byte-order mark); save it as UTF-8"
    return ""


def user_lines(path: Path | str, *, header: bool = False) -> list[Line]:
    """Content lines of a user's data file; unreadable or undecodable files raise one line."""
    p = Path(path)
    try:  # utf-8-sig (hard38): a byte-order mark (Notepad's UTF-8) made the first entry
        body = p.read_text(encoding="utf-8-sig")  # '\ufeffNAME', which matched nothing
    except FileNotFoundError as exc:
        raise ResourceError(str(p), "no such file") from exc
    except IsADirectoryError as exc:
        raise ResourceError(str(p), "is a directory, not a data file") from exc
    except UnicodeDecodeError as exc:
        raise ResourceError(str(p), f"is not UTF-8 text (byte {exc.start}){_wide(p)}") from exc
    except OSError as exc:
        raise ResourceError(str(p), f"cannot be read ({exc.strerror or exc})") from exc
    if "\x00" in body:
        raise ResourceError(str(p), "is binary, not a text data file")
    if header:
        _check_header(str(p), body)
    return _content(str(p), body)


def user_rows(
    path: Path | str, *, min_cols: int = 1, max_cols: int | None = None
) -> list[list[str]]:
    """Tab-separated rows of a user's data file, each checked for its number of columns."""
    return _shaped(str(path), user_lines(path), min_cols, max_cols)
