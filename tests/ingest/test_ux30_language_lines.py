"""ux30 walk: the "not English" line (``--non-english flag``) was said when the article was
read, before ingest's already-stored filter, so a rerun that stored nothing said of each
stored article that it was "analysed with the English model"; it rides on the article now
and is said only for one the run stores, as ux28 did for the "no publication date" line.
And ``ingest --workers N``/``--dask`` read their inputs with the library's ``keep``, not the
command's ``--non-english`` (default ``skip``): they stored, silently, the articles a serial
run skips with one line each. Controls: the first run says the line once; ``flag`` keeps
the article under Dask too; ``analyze --published`` still says it."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from tests.ingest.test_ingest_language import ENGLISH, ITALIAN
from tests.ingest.test_ux28_rerun_undated import _Pipeline, _warnings

from newsgraph.runner import IngestStats, ingest_sources
from newsgraph.scale.runner import _partitions
from newsgraph.store.sqlite import Store


def _folder(tmp_path: Path) -> Path:
    src = tmp_path / "in"
    src.mkdir()
    (src / "en.txt").write_text(ENGLISH)
    (src / "it.txt").write_text(ITALIAN)
    return src


def _ingest(db: Path, src: Path, caplog: pytest.LogCaptureFixture) -> tuple[IngestStats, list]:
    with caplog.at_level(logging.WARNING, logger="newsgraph"):
        stats = ingest_sources(_Pipeline(), [str(src)], db, non_english="flag")  # type: ignore[arg-type]
    return stats, _warnings(caplog)


def test_a_rerun_says_no_language_line_for_stored_articles(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    src = _folder(tmp_path)
    db = tmp_path / "n.db"
    stats, lines = _ingest(db, src, caplog)
    assert (stats.added, stats.failed) == (2, 0)
    assert lines == [  # control: the first run says it once
        f"{src / 'it.txt'}: in Italian (it), not English: analysed with the English model"
    ]
    stats, lines = _ingest(db, src, caplog)
    assert (stats.added, stats.skipped) == (0, 2)
    assert lines == []


def _parts(db: Path, src: Path, **kw: str) -> tuple[list[str | None], IngestStats, list[str]]:
    """The paths of the articles the partitions hold, the counts and the failure lines."""
    stats = IngestStats()
    failed: list[str] = []
    with Store(db) as store:
        parts = list(
            _partitions(store, [str(src)], 4, stats, True, 10**6, lambda f: failed.append(str(f)),
                        1, None, **kw)
        )  # fmt: skip
    return [raw.path for part in parts for raw in part], stats, failed


def test_dask_partitions_skip_another_language_as_a_serial_run_does(tmp_path: Path) -> None:
    src = _folder(tmp_path)
    paths, stats, failed = _parts(tmp_path / "d.db", src)
    assert paths == [str(src / "en.txt")]
    assert stats.failed == 1
    assert failed == [
        f"{src / 'it.txt'}: in Italian (it), not English: skipped "
        "(--non-english flag analyses it anyway)"
    ]


def test_control_dask_partitions_keep_and_tell_with_flag(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    src = _folder(tmp_path)
    with caplog.at_level(logging.WARNING, logger="newsgraph"):
        paths, stats, _ = _parts(tmp_path / "d.db", src, non_english="flag")
    assert sorted(paths) == [str(src / "en.txt"), str(src / "it.txt")]
    assert stats.failed == 0
    assert _warnings(caplog) == [
        f"{src / 'it.txt'}: in Italian (it), not English: analysed with the English model"
    ]


def test_control_analyze_with_published_still_says_the_language_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    from typer.testing import CliRunner

    from newsgraph import cli
    from newsgraph.cli import analyze

    monkeypatch.setattr(analyze, "_pipeline", lambda *args, **kwargs: _Pipeline())
    path = tmp_path / "it.txt"
    path.write_text(ITALIAN)
    args = ["analyze", str(path), "--published", "2020-03-05", "--non-english", "flag"]
    with caplog.at_level(logging.WARNING, logger="newsgraph"):
        result = CliRunner().invoke(cli.app, args)
    assert result.exit_code == 0, result.output
    assert _warnings(caplog) == [
        f"{path}: in Italian (it), not English: analysed with the English model"
    ]
