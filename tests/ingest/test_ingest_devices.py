"""ux22: a source that exists but is no regular file is named as such, not "no such file"."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsgraph.ingest import Failure, RawArticle, iter_articles

DEVICE = (
    "not a regular file (a device, pipe or socket); to read a stream, send it to standard "
    "input and give - as the source"
)


@pytest.fixture
def fifo(tmp_path: Path) -> Iterator[Path]:
    """A named pipe holding one short article and a writer kept open (no read can block)."""
    path = tmp_path / "pipe.txt"
    os.mkfifo(path)
    reader = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    writer = os.open(path, os.O_WRONLY)
    os.write(writer, b"Ministers met in Oslo on Monday to discuss fishing rights.\n")
    yield path
    os.close(writer)
    os.close(reader)


def test_device_is_named_as_a_device() -> None:
    (item,) = list(iter_articles([os.devnull]))
    assert isinstance(item, Failure)
    assert (item.source, item.reason) == (os.devnull, DEVICE)


def test_pipe_is_named_as_a_pipe(fifo: Path) -> None:
    (item,) = list(iter_articles([str(fifo)]))
    assert isinstance(item, Failure) and item.reason == DEVICE


def test_missing_and_regular_files_as_before(tmp_path: Path) -> None:
    (missing,) = list(iter_articles([str(tmp_path / "nope.txt")]))
    assert isinstance(missing, Failure) and missing.reason == "no such file or folder"
    good = tmp_path / "good.txt"
    good.write_text("Ministers met in Oslo on Monday to discuss fishing rights.\n")
    (item,) = list(iter_articles([str(good)]))
    assert isinstance(item, RawArticle)


@pytest.mark.parametrize(
    ("source", "reason"),
    [
        (
            "ftp://example.org/x.txt",
            "unsupported URL scheme ftp://: only http and https URLs are fetched",
        ),
        ("file:///etc/hostname", "file:// URLs are not read: give the file's path instead"),
        ("http://", "not a complete http(s) URL (no host, or spaces in it)"),
        ("https://example.org/a b", "not a complete http(s) URL (no host, or spaces in it)"),
    ],
)
def test_a_url_newsgraph_does_not_fetch_is_named_as_such(source: str, reason: str) -> None:
    (item,) = list(iter_articles([source]))
    assert isinstance(item, Failure)
    assert (item.source, item.reason) == (source, reason)


def test_a_missing_path_with_a_colon_is_still_missing(tmp_path: Path) -> None:  # control
    source = str(tmp_path / "notes: monday.txt")
    (item,) = list(iter_articles([source]))
    assert isinstance(item, Failure) and item.reason == "no such file or folder"
