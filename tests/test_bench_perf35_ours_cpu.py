"""perf35: bench/ours_cpu.py times newsgraph's components (and its attribute ruler) on
restored copies of pre-parsed docs: one row per component, each a CPU time; an empty corpus
folder is one line, not a table of zeros."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

SCRIPT = Path(__file__).resolve().parents[1] / "bench" / "ours_cpu.py"


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_ours_cpu", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_empty_folder_is_one_line(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(sys, "argv", ["ours_cpu.py", str(tmp_path)])
    with pytest.raises(SystemExit, match="no .txt files"):
        _script().main()


@pytest.mark.model
def test_a_row_per_component(tmp_path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "a.txt").write_text("Officials said on Monday that talks in Paris had failed.")
    (tmp_path / "b.txt").write_text('"We will not sign," the minister told reporters in Kyiv.')
    monkeypatch.setattr(sys, "argv", ["ours_cpu.py", str(tmp_path), "--repeat", "1"])
    _script().main()
    out = capsys.readouterr().out
    assert "2 docs, CPU s, best of 1 rounds" in out
    rows = [line.split() for line in out.splitlines()[1:]]
    names = [r[0] for r in rows]
    assert names[0] == "attribute_ruler" and names[-1] == "sum"
    for name in ("newsgraph_quotes", "newsgraph_events", "newsgraph_places", "newsgraph_times"):
        assert name in names
    assert all(r[1].endswith("s") and float(r[1][:-1]) >= 0.0 for r in rows)
