"""ux22: the progress bar's total counts the files ingest reads (hidden folders skipped)."""

from __future__ import annotations

from pathlib import Path

from newsgraph.ingest import iter_articles
from newsgraph.runner import _count_inputs

BODY = "Ministers of Norway and Chile met in {} on Monday to discuss fishing rights.\n"


def test_total_matches_the_files_read(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "notes.txt").write_text(BODY.format("Oslo"))  # hidden: never read
    (tmp_path / "real").mkdir()
    (tmp_path / "real" / "a.txt").write_text(BODY.format("Lima"))
    (tmp_path / "linked").symlink_to("real", target_is_directory=True)  # the same folder
    (tmp_path / "b.txt").write_text(BODY.format("Quito"))
    read = list(iter_articles([str(tmp_path)]))
    assert len(read) == 2
    assert _count_inputs([str(tmp_path)]) == 2


def test_plain_folder_and_files_counted_as_before(tmp_path: Path) -> None:  # control
    for i, town in enumerate(["Oslo", "Lima", "Quito"]):
        (tmp_path / f"{i}.txt").write_text(BODY.format(town))
    assert _count_inputs([str(tmp_path), str(tmp_path / "0.txt")]) == 4
    assert _count_inputs([str(tmp_path / "x.jsonl")]) is None
