"""A writer killed with SIGKILL mid-batch loses only that batch; a rerun completes the store."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

WRITER = Path(__file__).with_name("_sigkill_writer.py")
N, BATCH, STALL_AT = 40, 10, 23  # article 23 is the 4th item of the 3rd batch (20..29)


def _writer(db: Path, *extra: int) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, str(WRITER), str(db), str(N), str(BATCH), *map(str, extra)],
        stdout=subprocess.PIPE,
        text=True,
    )


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")
def test_sigkill_mid_batch_then_rerun(tmp_path: Path) -> None:
    db = tmp_path / "killed.db"
    child = _writer(db, STALL_AT)
    assert child.stdout is not None
    lines = []
    for line in child.stdout:  # the child blocks after "stalled", inside an open transaction
        lines.append(line.strip())
        if line.strip() == "stalled":
            break
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    child.stdout.close()
    assert child.returncode == -signal.SIGKILL
    assert lines == ["committed 10", "committed 20", "stalled"]

    conn = sqlite3.connect(db)
    # the two committed batches are there; nothing of the open one
    assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 20
    assert conn.execute("SELECT count(*) FROM quotes").fetchone()[0] == 20
    conn.close()

    rerun = _writer(db)
    out, _ = rerun.communicate()
    assert rerun.returncode == 0
    assert out.split("\n")[:2] == ["committed 10", "committed 20"]  # only the 20 missing ones

    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    conn.execute("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')")
    conn.execute("INSERT INTO quotes_fts(quotes_fts) VALUES ('integrity-check')")
    texts = [r[0] for r in conn.execute("SELECT text FROM articles")]
    assert len(texts) == len(set(texts)) == N
    assert {t.split()[3] for t in texts} == {str(i) for i in range(N)}
    assert conn.execute("SELECT count(*), count(DISTINCT id) FROM quotes").fetchone() == (N, N)
    conn.close()

    again = _writer(db)  # a third run finds everything stored and writes nothing
    out, _ = again.communicate()
    assert again.returncode == 0 and out == ""
