"""hard38: a user's dictionary saved with a UTF-8 byte-order mark (Notepad's "UTF-8") lost
its first entry without a word: the line read '\\ufeffJOHN_BOLTONIAN [USAGOV]', a name no
text holds, so "John Boltonian" went uncoded while the next entry was coded. A file in
UTF-16 said only "is not UTF-8 text (byte 0)"."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph.datafiles import ResourceError, user_lines
from newsgraph.nlp.events.dictionaries import load_actors

ENTRIES = "JOHN_BOLTONIAN [USAGOV]\nMARY_QUIBBLE [GBRGOV]\n"


def _codes(path: Path) -> list[object]:
    actors = load_actors(path)
    return [actors.match(words, 0) for words in (["john", "boltonian"], ["mary", "quibble"])]


def test_a_dictionary_with_a_utf8_byte_order_mark_keeps_its_first_entry(tmp_path: Path) -> None:
    plain = tmp_path / "plain.actors.txt"
    plain.write_text(ENTRIES, encoding="utf-8")
    marked = tmp_path / "marked.actors.txt"
    marked.write_text(ENTRIES, encoding="utf-8-sig")
    assert marked.read_bytes().startswith(b"\xef\xbb\xbf")
    assert user_lines(marked)[0].text == "JOHN_BOLTONIAN [USAGOV]"
    expected = _codes(plain)
    assert all(hit is not None for hit in expected)  # control: both found without the mark
    assert _codes(marked) == expected


def test_a_utf16_dictionary_is_told_to_be_saved_as_utf8(tmp_path: Path) -> None:
    wide = tmp_path / "wide.actors.txt"
    wide.write_text(ENTRIES, encoding="utf-16")
    with pytest.raises(ResourceError) as err:
        load_actors(wide)
    assert str(err.value) == (
        f"{wide}: is not UTF-8 text (byte 0): it is UTF-16 or UTF-32 (it starts with a "
        "byte-order mark); save it as UTF-8"
    )
    latin = tmp_path / "latin.actors.txt"  # control: other bytes get no such hint
    latin.write_bytes("JOSÉ_QUIBBLE [USAGOV]\n".encode("latin-1"))
    with pytest.raises(ResourceError) as err:
        load_actors(latin)
    assert str(err.value) == f"{latin}: is not UTF-8 text (byte 3)"  # the É
