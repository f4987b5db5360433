"""Every column of the GDELT-style export is documented in docs/gdelt.md (issue 13.3)."""

from __future__ import annotations

import re
from pathlib import Path

from newsgraph.store._gdelt_tables import COLUMNS

DOC = Path(__file__).resolve().parents[1] / "docs" / "gdelt.md"


def _documented() -> set[str]:
    """Names in backticks in docs/gdelt.md, ranges and wildcards expanded."""
    text = DOC.read_text(encoding="utf-8")
    names = set(re.findall(r"`([A-Za-z_][A-Za-z0-9_]*\*?)`", text))
    if {"Actor1Type1Code", "Type3Code"} <= names:  # `Actor1Type1Code` … `Type3Code`
        names |= {f"Actor1Type{k}Code" for k in "123"}
    expanded = set(names)
    for name in names:
        if name.startswith("Actor1"):
            expanded.add("Actor2" + name[len("Actor1") :])
        if name.startswith("_"):  # `_Long` after `Actor1Geo_Lat`
            expanded |= {f"{p}{name}" for p in ("Actor1Geo", "Actor2Geo", "ActionGeo")}
    return expanded


def _covered(column: str, documented: set[str]) -> bool:
    if column in documented:
        return True
    prefix = column.split("_", 1)[0]
    return "_" in column and f"{prefix}_*" in documented


def test_every_export_column_is_documented() -> None:
    documented = _documented()
    missing = [name for name, _ in COLUMNS if not _covered(name, documented)]
    assert missing == []


def test_the_check_sees_an_undocumented_column() -> None:
    assert not _covered("Actor1EthnicCode", _documented())
    assert not _covered("FractionDate2", _documented())
