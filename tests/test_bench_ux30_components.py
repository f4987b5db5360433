"""ux30: bench/components.py timed each component with the loaded pipeline's objects in the
garbage collector's scans, so a full scan (~0.25 s over a few hundred thousand long-lived
objects) landed in whichever component was running and component times swung from run to
run; analysis freezes them (``static_heap``). Each round now runs frozen, as analysis does.
Controls: nothing stays frozen after the script, and every component gets its row. An empty
corpus folder printed zeros as timings: one line now."""

from __future__ import annotations

import gc
import importlib.util
import sys
from pathlib import Path
from types import ModuleType, SimpleNamespace
from typing import Any

import pytest

SCRIPT = Path(__file__).resolve().parents[1] / "bench" / "components.py"


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_components", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class _FakePipeline:
    """Two components that note whether the collector's old objects are frozen."""

    def __init__(self) -> None:
        self.frozen: list[int] = []
        self.pipeline = [("first", self._note), ("second", self._note)]

    def make_doc(self, text: str) -> SimpleNamespace:
        return SimpleNamespace(text=text)

    def _note(self, doc: Any) -> Any:
        self.frozen.append(gc.get_freeze_count())
        return doc


def _run(monkeypatch: pytest.MonkeyPatch, corpus: Path) -> _FakePipeline:
    import newsgraph.nlp.pipeline as pipeline

    fake = _FakePipeline()
    monkeypatch.setattr(pipeline, "shared", lambda: fake)
    monkeypatch.setattr(sys, "argv", ["components.py", str(corpus), "--repeat", "2"])
    _script().main()
    return fake


def test_components_are_timed_with_the_loaded_objects_frozen(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for i in range(3):
        (tmp_path / f"{i}.txt").write_text(f"Text number {i}.", encoding="utf-8")
    assert gc.get_freeze_count() == 0
    fake = _run(monkeypatch, tmp_path)
    assert len(fake.frozen) == 12  # 3 texts, 2 components, 2 rounds
    assert all(count > 0 for count in fake.frozen)
    out = capsys.readouterr().out
    assert "gc.freeze" in out
    # controls: nothing left frozen, a row per component
    assert gc.get_freeze_count() == 0
    assert out.startswith("3 docs, whole pipeline")
    assert "  first " in out and "  second " in out


def test_an_empty_corpus_folder_is_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with pytest.raises(SystemExit) as exit_:
        _run(monkeypatch, tmp_path)
    assert str(exit_.value) == f"components: no .txt files under {tmp_path}"


def test_a_missing_folder_is_one_line_and_help_explains_every_option(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_:
        _run(monkeypatch, tmp_path / "missing")
    assert str(exit_.value) == f"components: {tmp_path / 'missing'} is not a folder"
    monkeypatch.setattr(sys, "argv", ["components.py", "--help"])
    with pytest.raises(SystemExit):
        _script().main()
    helptext = capsys.readouterr().out
    assert "folder of .txt articles" in helptext
    assert "first N files" in helptext and "rounds;" in helptext
