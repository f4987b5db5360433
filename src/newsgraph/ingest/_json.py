"""Articles given as JSON: a JSON document (one object or an array) or JSON Lines (a file
streamed a line at a time); each record's fields read, each bad record or line a Failure."""

from __future__ import annotations

import gzip
import io
import json
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from newsgraph.ingest._article import _from_html, _from_text
from newsgraph.ingest._inputs import Item, _capped_lines, _open, _Options
from newsgraph.ingest._json_dates import DATE_FIELDS, record_date
from newsgraph.ingest._safe import crashed, scrub
from newsgraph.ingest.decode import DecodeError, decode_bytes
from newsgraph.ingest.fetch import cap_reason
from newsgraph.ingest.records import Failure, RawArticle, noted, one_line
from newsgraph.ingest.titles import strip_site_name
from newsgraph.model import SCHEMA, Removed


def _int_or_text(digits: str) -> int | str:
    """A JSON integer; one too long for ``int()`` (over 4,300 digits) is kept as its text."""
    return int(digits) if len(digits) <= 4000 else digits


def _json_loads(text: str) -> Any:
    """``json.loads`` that keeps huge integers as text (a RecursionError means too deep)."""
    return json.loads(text, parse_int=_int_or_text)


def _from_record(record: object, source: str, opts: _Options, *, path: str | None) -> Item:
    try:
        item = _from_record_unguarded(record, source, opts, path=path)
    except Exception as exc:  # the safety net for one record of a JSON array or JSONL file
        return crashed(source, exc)
    return item


#: the fields of a JSON article that are read (others are ignored)
_FIELDS = ("text", "html", "title", "url", "outlet", "author", "id", *DATE_FIELDS)


def _scrubbed(record: dict[str, Any], notes: list[Removed]) -> dict[str, Any]:
    """The record's string fields with lone surrogates replaced (each replacement noted)."""
    return {k: scrub(v, k, notes) if isinstance(v, str) else v for k, v in record.items()}


def _from_record_unguarded(
    record: object, source: str, opts: _Options, *, path: str | None
) -> Item:
    if not isinstance(record, dict):
        return Failure(source, 'a JSON article must be an object with a "text" or "html" field')
    notes: list[Removed] = []
    record = _own_record(record)
    read = _scrubbed({k: v for k, v in record.items() if k in _FIELDS}, notes)
    item = _from_fields(read, source, opts, path=path)
    if isinstance(item, Failure) and item.reason == _NO_TEXT:
        item = Failure(source, _NO_TEXT + _text_hint(record))
    if isinstance(item, RawArticle):
        item.removed[:0] = notes
        item.field_note = _wrong_types(read, source)
    return item


def _own_record(record: dict[str, Any]) -> dict[str, Any]:
    """A record newsgraph wrote (``newsgraph.article/1``: an ``export --table articles`` row,
    ``analyze --json``) with its source's url, outlet and id read as a JSON article's own.

    hard39: ingesting one store's articles export into another (the way to merge two stores)
    lost every article's outlet and URL (they are under ``source``), so ``framing --by
    outlet`` and the statements' outlets lost them, with no word; and the record's ``id``
    (newsgraph's hash of the text) became the source id."""
    source = record.get("source")
    if record.get("schema") != SCHEMA or not isinstance(source, dict):
        return record
    own = {k: v for k, v in record.items() if k != "id"}
    own.update({k: source[k] for k in ("url", "outlet", "id") if source.get(k) is not None})
    return own


#: the fields read as text (``id`` may also be a whole number)
_TEXT_FIELDS = ("title", "url", "outlet", "author", "id")


def _wrong_types(record: dict[str, Any], source: str) -> str | None:
    """The line for fields of the wrong type, which are ignored (ux35: an ``"outlet":
    {"name": "Reuters"}`` or a list of authors left the article without them, with no word)."""
    wrong = [
        f"{key!r} ({type(value).__name__}: {one_line(value, 40)})"
        for key in _TEXT_FIELDS
        if (value := record.get(key)) is not None
        and not isinstance(value, str)
        and not (key == "id" and isinstance(value, int) and not isinstance(value, bool))
    ]
    if not wrong:
        return None
    return (
        f"{source}: ignored {', '.join(wrong)}: "
        f"{'this field takes' if len(wrong) == 1 else 'these fields take'} text"
    )


def _from_fields(record: dict[str, Any], source: str, opts: _Options, *, path: str | None) -> Item:
    text, html = record.get("text"), record.get("html")
    title = record.get("title") if isinstance(record.get("title"), str) else None
    url = record.get("url") if isinstance(record.get("url"), str) else None
    published, unread = record_date(record)
    given_id = record.get("id")
    meta: dict[str, Any] = {
        "source_id": str(given_id)
        if isinstance(given_id, str | int) and not isinstance(given_id, bool) and str(given_id)
        else None,
        "outlet": record.get("outlet") if isinstance(record.get("outlet"), str) else None,
        "author": record.get("author") if isinstance(record.get("author"), str) else None,
        "published": published,
        "published_from": "metadata" if published else None,
    }
    if isinstance(html, str) and html.strip():
        item = _from_html(html, source, opts, url=url, path=path, title=title, given=meta)
    elif isinstance(text, str):
        if title:
            title = strip_site_name(title, outlet=meta["outlet"], url=url)
        item = _from_text(
            text, source, opts, title=title, url=url, path=path, detect_title=not title, **meta
        )
    else:
        return Failure(source, _NO_TEXT)
    if unread and isinstance(item, RawArticle) and not item.published:
        # this line says it instead of its page's (ux27), once, by iter_articles or, at
        # ingest, only for an article not stored yet (ux28: a rerun re-warned every one)
        item.undated_note = (
            f"{source}: its {unread!r} field ({one_line(record[unread], 60)}) is not a date "
            "newsgraph can read; the article has no publication date (a date in its first "
            "paragraphs is used, else its relative times resolve against today): give an ISO "
            "date, e.g. 2018-08-29"
        )
    return item


_NO_TEXT = 'the JSON object has no "text" or "html" string'


def _text_hint(record: dict[str, Any]) -> str:
    """Where the article's text seems to be, when a field by another name holds it (ux24:
    'content', 'body', 'maintext'... were refused without a word on which field to rename)."""
    for key, value in record.items():
        # ux35: a wrapper holding the articles ({"status": "ok", "articles": [...]}, as news
        # APIs return them) was "no text" with no word on where the articles are
        if isinstance(value, list) and any(
            isinstance(x, dict) and ({"text", "html"} & x.keys() or _text_hint(x)) for x in value
        ):
            return (
                f"; its articles seem to be in the array {key!r}: give that array "
                f"(jq '.{key}' FILE > articles.json, or jq -c '.{key}[]' for JSON Lines)"
            )
    fields = [
        (len(value.split()), key)
        for key, value in record.items()
        if isinstance(value, str) and key not in _FIELDS and len(value.split()) >= 10
    ]
    if not fields:
        return ""
    key = max(fields)[1]
    return f'; its text seems to be in {key!r}: name that field "text" ("html" for markup)'


def json_error(exc: json.JSONDecodeError) -> str:
    """The parser's reason for ``exc``, whole: those that end "... at" (an unterminated
    string, a control character) name the column they point at (hard38: a JSONL line cut
    short said "Invalid control character at" and no more)."""
    if not exc.msg.endswith(" at"):
        return exc.msg
    reason = f"{exc.msg} column {exc.colno}"
    if exc.doc[exc.pos : exc.pos + 1] in ("\n", "\r"):
        reason += " (a line break inside a string: a string left open?)"
    return reason


def _parse_json(text: str, label: str, lineno: int | None = None) -> tuple[Any, Failure | None]:
    """``(value, None)``, or ``(None, failure)`` for malformed or too deeply nested JSON; the
    message names ``lineno`` (a JSONL line's number) if given, else the parser's line."""
    try:
        return _json_loads(text), None
    except json.JSONDecodeError as exc:
        line = exc.lineno if lineno is None else lineno
        return None, Failure(label, f"malformed JSON at line {line}: {json_error(exc)}")
    except RecursionError:
        return None, Failure(label, "JSON nested too deeply")


def _from_json_text(text: str, source: str, opts: _Options, *, path: str | None) -> Iterator[Item]:
    obj, failed = _parse_json(text, source)
    if failed is not None:
        from newsgraph.ingest._json_array import json_array, starts_array

        data = text.encode("utf-8")
        if starts_array(data[:64]):
            # ux35: one bad or cut article lost the whole array: its articles are read one
            # at a time, as an array over the cap is, the bad one named
            yield from json_array(data, io.BytesIO(), source, opts, path=path)
        else:
            yield failed
        return
    records = obj if isinstance(obj, list) else [obj]
    for i, record in enumerate(records):
        label = f"{source}[{i}]" if isinstance(obj, list) else source
        yield _from_record(record, label, opts, path=path)


def _from_jsonl_lines(
    lines: Iterable[str], source: str, opts: _Options, *, path: str | None, first: int = 1
) -> Iterator[Item]:
    for lineno, line in enumerate(lines, first):
        if not line.strip():
            continue
        label = f"{source}:{lineno}"
        if len(line) > opts.max_bytes:
            yield Failure(label, cap_reason(opts.max_bytes))
            continue
        record, failed = _parse_json(line, label, lineno)
        if failed is not None:
            yield failed
            continue
        yield _from_record(record, label, opts, path=path)


def _iter_jsonl(path: Path, source: str, opts: _Options) -> Iterator[Item]:
    """A JSONL file, streamed one line at a time (each line capped, each bad line a Failure);
    a ``.jsonl.gz`` cut short keeps every line before the cut, and says so."""
    lines = [0]
    with _open(path) as fh:
        try:
            yield from _garbage_runs(_counted(jsonl_stream(fh, source, opts, path=source), lines))
        except EOFError:  # hard38: said "could not be read", of a file whose lines were kept
            yield Failure(source, _CUT_GZIP)
        except (gzip.BadGzipFile, zlib.error) as exc:
            if not lines[0]:
                raise  # damaged from its start: "could not be read (...)"
            # hard38: "could not be read (CRC check failed ...)" after its lines were read
            yield Failure(
                source,
                f"damaged gzip data ({exc}) found after {lines[0]:,} lines were read: they may "
                "hold the damage; get the file again to be sure",
            )


def _counted(items: Iterable[Item], count: list[int]) -> Iterator[Item]:
    """``items``, each counted in ``count[0]`` as it passes."""
    for item in items:
        count[0] += 1
        yield item


#: a run of this many not-JSON lines or more in a row is one line (hard38b)
_GARBAGE_RUN = 3


#: the reasons of a line that is not JSON: malformed, or bytes that are not text
_NOT_JSON = ("malformed JSON", "binary file, not text", "could not decode")


def _not_json(item: Item) -> int | None:
    """The line number of a JSONL line that is not JSON (malformed or not text), else None."""
    if not isinstance(item, Failure) or not item.reason.startswith(_NOT_JSON):
        return None
    head, _, number = item.source.rpartition(":")
    return int(number) if head and number.isdigit() else None


def _garbage_runs(items: Iterable[Item]) -> Iterator[Item]:
    """``items`` with each run of ``_GARBAGE_RUN`` or more not-JSON lines in a row given as one
    Failure naming the file and the lines (hard38b: a ``.jsonl.gz`` damaged midway inflated
    garbage up to its checksum, ~900 "malformed JSON" lines); fewer stay one line each."""
    run: list[Failure] = []

    def flush() -> Iterator[Item]:
        if len(run) < _GARBAGE_RUN:
            yield from run
        else:
            name = run[0].source.rpartition(":")[0]
            first, last = _not_json(run[0]), _not_json(run[-1])
            yield Failure(
                name,
                f"lines {first}-{last} are not JSON ({len(run)} lines in a row; damaged "
                f"data?); skipped (the first: {run[0].reason})",
            )
        run.clear()

    try:
        for item in items:
            lineno = _not_json(item)
            if lineno is not None and isinstance(item, Failure):
                run.append(item)
                continue
            yield from flush()
            yield item
    except Exception:
        yield from flush()  # the lines read before a gzip error, then the error
        raise
    yield from flush()


_CUT_GZIP = (
    "the gzip file is cut short (a download stopped?): every line before the cut was read, "
    "the cut line and the rest are lost"
)


def jsonl_stream(fh: Any, source: str, opts: _Options, *, path: str | None) -> Iterator[Item]:
    """The records of JSON Lines read from ``fh`` (anything with ``readline(limit)``), one
    line at a time: each line capped, each bad line a Failure naming it."""
    memo: list[str] = []  # a legacy code page found for one line, tried first on the next
    for lineno, raw in enumerate(_capped_lines(fh, opts.max_bytes), 1):
        if raw is None:
            yield Failure(f"{source}:{lineno}", cap_reason(opts.max_bytes))
            continue
        notes: list[str] = []
        try:
            line = decode_bytes(raw, memo, notes) if raw.strip() else ""
        except DecodeError as exc:
            yield Failure(f"{source}:{lineno}", str(exc))
            continue
        items = _from_jsonl_lines([line], source, opts, path=path, first=lineno)
        yield from noted(items, f"{source}:{lineno}", notes[0] if notes else None)
