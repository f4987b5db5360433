"""ux41: ingest's progress bar had no total for JSON Lines input ("12/?"). A plain .jsonl
file's records are now counted by a byte scan before the run (its lines that are not blank:
each is one item, an article or a failure naming the line); gzip'd JSONL, stdin, URLs,
WARCs and feeds keep the count-only bar."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest
from rich.console import Console

from newsgraph.ingest import iter_articles
from newsgraph.runner import _count_inputs, count_jsonl_records, ingest_sources
from tests.test_runner import _FakePipeline

TOWNS = ["Accra", "Lusaka", "Harare", "Maputo", "Windhoek"]


def _record(town: str) -> str:
    body = (
        f"Trade ministers from Ghana and Zambia met in {town} on Thursday to discuss "
        "copper export quotas and a shared rail link."
    )
    return json.dumps({"title": f"Talks in {town}", "text": body})


def _messy(path: Path) -> Path:
    """Five records, a malformed line, blank and whitespace-only lines, CRLF endings, and a
    last line with no newline."""
    rows = [_record(TOWNS[0]), "", _record(TOWNS[1]), "   \t", "{not json", "\r"]
    rows += [_record(TOWNS[2]) + "\r", _record(TOWNS[3]), "", ""]
    path.write_text("\n".join(rows) + "\n" + _record(TOWNS[4]))
    return path


@pytest.mark.parametrize("chunk", [1, 2, 5, 64, 1 << 20])
def test_records_are_the_lines_that_are_not_blank(tmp_path: Path, chunk: int) -> None:
    path = _messy(tmp_path / "crawl.jsonl")
    assert count_jsonl_records(path, chunk=chunk) == 6  # five records and the bad line
    assert len(list(iter_articles([str(path)]))) == 6  # what ingest reads: 5 + 1 failure


def test_total_equals_the_records_read(tmp_path: Path) -> None:
    path = tmp_path / "wire.ndjson"
    path.write_text("".join(_record(t) + "\n\n" for t in TOWNS))
    assert _count_inputs([str(path)]) == len(list(iter_articles([str(path)]))) == 5


def test_the_bar_ends_on_its_total(tmp_path: Path) -> None:
    path = tmp_path / "wire.jsonl"
    path.write_text("\n".join(_record(t) for t in TOWNS) + "\n\n")
    buf = io.StringIO()
    stats = ingest_sources(
        _FakePipeline(),  # type: ignore[arg-type]
        [str(path)],
        tmp_path / "n.db",
        console=Console(file=buf, width=200, force_terminal=False),
    )
    assert stats.added == 5
    final = buf.getvalue().strip().splitlines()[-1]
    assert "5/5" in final, final


def test_a_folder_adds_its_jsonl_records_to_its_files(tmp_path: Path) -> None:
    (tmp_path / "one.txt").write_text("Talks\n\nMinisters met in Accra on Monday.\n")
    (tmp_path / "wire.jsonl").write_text("\n".join(_record(t) for t in TOWNS[:3]) + "\n")
    assert _count_inputs([str(tmp_path)]) == 4
    assert len(list(iter_articles([str(tmp_path)]))) == 4


def test_unknown_totals_stay_unknown(tmp_path: Path) -> None:
    plain = tmp_path / "wire.jsonl"
    plain.write_text("\n".join(_record(t) for t in TOWNS) + "\n")
    packed = tmp_path / "wire2.jsonl.gz"
    packed.write_bytes(gzip.compress(plain.read_bytes()))
    assert _count_inputs([str(packed)]) is None  # a stream to inflate: not counted
    assert _count_inputs(["-"]) is None
    assert _count_inputs([str(plain)], budget=plain.stat().st_size - 1) is None  # too big
    assert _count_inputs([str(plain)], budget=plain.stat().st_size) == 5
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "wire.jsonl.gz").write_bytes(packed.read_bytes())
    assert _count_inputs([str(folder)]) is None
