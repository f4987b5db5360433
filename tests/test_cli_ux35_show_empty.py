"""ux35 walk: ``newsgraph show`` (and ``analyze``'s summary) of an article in which nothing was
found printed its header and tone and no word about the sections it left out, so "none found"
read as "not shown". A line names the empty sections; a section that has records is not in
it (control)."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from newsgraph.cli import app
from newsgraph.model import Article, Quote, Source, Span, article_id
from newsgraph.store import Store

TEXT = "Quiet day\n\nThe sun shone and the grass grew in the garden, the mayor said."


def _store(tmp_path: Path, quote: bool) -> tuple[Path, str]:
    art = Article(id=article_id(TEXT), text=TEXT, title="Quiet day", source=Source(path="q.txt"))
    if quote:
        start = TEXT.index("The sun")
        end = TEXT.index(", the mayor")
        art.quotes.append(
            Quote(
                id="q1",
                kind="indirect",
                content=Span(start, end, TEXT[start:end]),
                cue=None,
                source=None,
                speaker=None,
                speaker_name="the mayor",
                unnamed=False,
                sentence=1,
                confidence=0.9,
                rule="test",
            )
        )
    db = tmp_path / "news.db"
    with Store(db) as store:
        store.add(art)
    return db, art.id


def test_show_of_an_article_with_no_records_says_which_sections_are_empty(
    tmp_path: Path,
) -> None:
    db, art_id = _store(tmp_path, quote=False)
    result = CliRunner().invoke(app, ["show", art_id[:12], "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert (
        "found no entities, quotes, events, places, times or framing labels in this article"
        in " ".join(result.output.split())
    )


def test_control_a_section_with_records_is_not_called_empty(tmp_path: Path) -> None:
    db, art_id = _store(tmp_path, quote=True)
    result = CliRunner().invoke(app, ["show", art_id[:12], "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "the mayor" in result.output
    said = " ".join(result.output.split())
    assert "quotes in this article" not in said and "quotes," not in said
