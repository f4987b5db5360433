"""ux26 item 1, for `analyze`: two outlets' copies of one text were printed with one id (the
text's hash), so a reader keying records by id merged them; each other outlet's copy gets the
id `ingest` stores it under (its text and outlet), nothing is left out. Control: the same
outlet's copy at another URL is the same article (its id) and is still printed."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from newsgraph import api
from newsgraph.cli import app
from newsgraph.model import Article, Source, article_id
from newsgraph.nlp.places import gazetteer

TEXT = "Ministers of Norway and Chile met in Oslo on Monday to discuss fishing rights."


class _Pipeline:
    """No model: each raw article becomes a bare Article with the id ingest would give it."""

    def __init__(self, **kw: Any) -> None:
        self.batch_size = 8

    def analyze_many(self, items: Iterable[Any], published: str | None = None) -> Iterator[Any]:
        for raw in items:
            aid = getattr(raw, "article_id", None) or article_id(raw.text)
            yield Article(id=aid, text=raw.text, source=Source(url=raw.url, outlet=raw.outlet))


def test_each_outlets_copy_is_printed_with_its_own_id(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(api, "Pipeline", _Pipeline)
    monkeypatch.setattr(gazetteer, "index_ready", lambda: True)
    rows = [
        {"outlet": "Wire A", "url": "https://a.example/1"},
        {"outlet": "Site B", "url": "https://b.example/9"},
        {"outlet": "site b", "url": "https://b.example/amp/9"},
    ]
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"text": TEXT, **r}) + "\n" for r in rows))
    result = CliRunner().invoke(app, ["analyze", str(src), "--jsonl"])
    assert result.exit_code == 0, result.output
    got = [json.loads(x) for x in result.output.splitlines() if x.startswith("{")]
    ids = [g["id"] for g in got]
    assert len(ids) == 3  # nothing left out
    assert ids[0] == article_id(TEXT)  # the first copy: the text's own id
    assert ids[1] != ids[0]  # Site B's copy: its own
    assert ids[2] == ids[1]  # control: Site B again (its AMP page) is the same article
