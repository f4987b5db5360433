"""ux35 walk (an event-data researcher opening the events export in pandas): docs/gdelt.md
named every column but no column's type, nor how nulls and dates are written, and a CSV reader
turns the digit codes into numbers (EventCode '030' -> 30). The types section lists every
integer, decimal and boolean column of the export (each column not listed is text); control:
the digit codes are never listed as numbers."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from newsgraph.store._gdelt_tables import COLUMNS

DOC = Path(__file__).resolve().parents[1] / "docs" / "gdelt.md"
GEO = ("Actor1Geo", "Actor2Geo", "ActionGeo")


def _listed(kind_word: str) -> set[str]:
    """The columns the types section lists after ``- kind_word:`` (Actor1Geo_* expanded to
    Actor2Geo_* and ActionGeo_*, as its lines say)."""
    text = DOC.read_text(encoding="utf-8")
    section = text.split("## Types, nulls and dates in the files", 1)
    if len(section) < 2:
        return set()
    found = re.search(rf"^- {kind_word}: (.*?)(?=^- |^\*\*|\Z)", section[1], re.M | re.S)
    names = set(re.findall(r"`([A-Za-z_][A-Za-z0-9_]*)`", found.group(1))) if found else set()
    for name in list(names):
        if name.startswith("Actor1Geo_"):
            names |= {f"{g}{name[len('Actor1Geo') :]}" for g in GEO}
    return names


@pytest.mark.parametrize(
    ("kind", "word"), [("int", "integers"), ("float", "decimals"), ("bool", "booleans")]
)
def test_every_typed_column_is_listed_under_its_type(kind: str, word: str) -> None:
    want = {name for name, k in COLUMNS if k == kind}
    assert want and want == _listed(word)


def test_text_codes_of_digits_are_named_in_the_csv_reading_line() -> None:
    text = DOC.read_text(encoding="utf-8")
    line = next((x for x in text.splitlines() if "pd.read_csv(" in x and "dtype=" in x), "")
    for code in ("EventCode", "EventBaseCode", "EventRootCode"):
        assert f'"{code}": str' in line


def test_control_the_digit_codes_are_never_listed_as_numbers() -> None:
    assert "EventCode" not in _listed("integers") | _listed("decimals")
