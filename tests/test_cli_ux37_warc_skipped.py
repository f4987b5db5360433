"""ux37 walk (`newsgraph analyze` on a folder with a cut WARC): the damaged record's line said
"not stored", though analyze (and extract) store nothing: a reader took it that the other
pages were stored somewhere. The WARC lines say the record is "skipped", which holds for every
command. Control: the archive's complete page is still analysed."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from newsgraph.cli import app
from tests.ingest.test_ux33_warc_cut_headers import _archive, _cut_in_last_http_headers


def test_a_cut_record_is_said_skipped_not_stored(tmp_path: Path) -> None:
    warc = tmp_path / "crawl.warc"
    warc.write_bytes(_cut_in_last_http_headers(_archive(gzip=False), gzip=False))
    result = CliRunner().invoke(app, ["analyze", str(warc), "--jsonl"])
    said = " ".join(result.stderr.split())
    assert "truncated WARC record" in said and "mismatch); skipped" in said
    assert "not stored" not in said


def test_control_the_complete_page_is_analysed(tmp_path: Path) -> None:
    warc = tmp_path / "crawl.warc"
    warc.write_bytes(_cut_in_last_http_headers(_archive(gzip=False), gzip=False))
    result = CliRunner().invoke(app, ["analyze", str(warc), "--jsonl"])
    titles = [json.loads(x)["title"] for x in result.stdout.splitlines()]
    assert titles == ["Talks one"]
