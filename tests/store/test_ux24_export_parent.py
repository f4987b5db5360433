"""ux24: export to a path under a file said 'cannot write notes.txt/x.csv: File exists.'
(mkdir's error, for a file that is in the way); it now names the file in the way."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph.store import Store, StoreError, export


@pytest.mark.parametrize("below", ["x.csv", "deeper/x.csv"])
def test_a_file_in_the_way_is_named(filled: Store, tmp_path: Path, below: str) -> None:
    blocker = tmp_path / "notes.txt"
    blocker.write_text("a file, not a folder\n", encoding="utf-8")
    out = blocker / below
    with pytest.raises(StoreError) as caught:
        export(filled, "csv", out)
    assert str(caught.value) == f"cannot write {out}: {blocker} is a file, not a folder."
    assert blocker.read_text(encoding="utf-8") == "a file, not a folder\n"


def test_missing_folders_are_still_made(filled: Store, tmp_path: Path) -> None:
    # control: folders that do not exist yet are created, as before
    out = tmp_path / "new" / "deeper" / "entities.csv"
    assert export(filled, "csv", out, table="entities") > 0
    assert out.read_text(encoding="utf-8").startswith("id,")
