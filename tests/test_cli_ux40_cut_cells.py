"""ux40 walk (a journalist reading `newsgraph quotes --speaker ...`, a media researcher reading
`newsgraph framing`): a quote, a statement or a framing example longer than its cell's cap
was cut mid-word with no mark ("... It's our ro"), so a cut quote read as a whole one. A cut
cell now ends with "…"; a short one is shown whole, with no mark."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsgraph.cli import app
from newsgraph.model import Article, Entity, Framing, Quote, Source, Span, article_id, record_id
from newsgraph.store import Store
from tests.corpus._samples import entity

LONG = (
    "We have asked the county for the money three times since the spring floods, and three "
    "times we were told to wait for the state, which has yet to send a single inspector to "
    "look at the bridge"
)
TEXT = (
    f'"{LONG}," Mayor Ruth Okafor said on Tuesday. "We will keep the road open," she added. '
    "Council members called the county's delay a shameful betrayal of every family living "
    "along the flooded river road, according to minutes of the meeting published on Thursday "
    "by the clerk's office."
)


def _quote(aid: str, content: str, cue_nth: int, speaker: Entity) -> Quote:
    start = TEXT.index(content)
    cue = [i for i in range(len(TEXT)) if TEXT.startswith("said" if not cue_nth else "added", i)]
    return Quote(
        id=record_id(aid, "quote", start, start + len(content)),
        kind="direct",
        content=Span.of(TEXT, start, start + len(content)),
        cue=Span.of(TEXT, cue[0], cue[0] + (4 if not cue_nth else 5)),
        source=speaker.mentions[0],
        speaker=speaker.id,
        speaker_name=speaker.name,
        unnamed=False,
        sentence=cue_nth,
        confidence=0.9,
        rule="test",
    )


def _article() -> Article:
    aid = article_id(TEXT)
    mayor = entity(aid, TEXT, "Ruth Okafor", "PERSON", "USA", "Ruth Okafor", sector="GOV")
    f = TEXT.index("shameful betrayal")
    label = Framing(
        id=record_id(aid, "framing", f, f + 17),
        kind="loaded_language",
        span=Span.of(TEXT, f, f + 17),
        label="shameful betrayal",
        target=None,
        target_name=None,
        polarity=-0.8,
        sentence=2,
        rule="test",
        confidence=0.9,
    )
    return Article(
        id=aid,
        text=TEXT,
        title="Mayor presses county on flood money",
        published="2024-05-07",
        source=Source(outlet="Valley Courier"),
        entities=[mayor],
        quotes=[
            _quote(aid, LONG + ",", 0, mayor),
            _quote(aid, "We will keep the road open,", 1, mayor),
        ],
        framing=[label],
    )


@pytest.fixture()
def db(tmp_path: Path) -> Path:
    path = tmp_path / "n.db"
    with Store(path) as store:
        store.add_many([_article()])
    return path


def _out(db: Path, *args: str) -> str:
    result = CliRunner().invoke(app, [*args, "--db", str(db)], env={"COLUMNS": "400"})
    assert result.exit_code == 0, result.output
    return result.stdout


def test_a_cut_quote_ends_with_an_ellipsis(db: Path) -> None:
    assert len(LONG) > 160
    out = _out(db, "quotes", "--speaker", "Okafor")
    line = next(x for x in out.splitlines() if "three times" in x)
    assert "…" in line
    assert LONG[:100] in line and LONG[-30:] not in line


def test_a_cut_statement_ends_with_an_ellipsis(db: Path) -> None:
    _out(db, "dedupe")  # statements are grouped by ingest and dedupe, not Store.add
    assert json.loads(_out(db, "quotes", "--statements", "--json"))
    out = _out(db, "quotes", "--statements")
    line = next(x for x in out.splitlines() if "three times" in x)
    assert "…" in line


def test_a_cut_framing_example_ends_with_an_ellipsis_before_its_article(db: Path) -> None:
    out = _out(db, "framing")
    line = next(x for x in out.splitlines() if "shameful betrayal" in x)
    assert f"… [{_article().id[:8]}]" in line


def test_control_a_short_quote_is_whole_and_unmarked(db: Path) -> None:
    out = _out(db, "quotes", "--speaker", "Okafor")
    line = next(x for x in out.splitlines() if "keep the road open" in x)
    assert "We will keep the road open," in line and "…" not in line
