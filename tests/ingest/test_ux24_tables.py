"""ux24: a CSV or TSV file (what 'newsgraph export' writes, and the Next: line suggests
writing into the current folder) was read as one article of comma-separated rows, so
re-ingesting the folder analysed an export as news. It is one line naming it now."""

from __future__ import annotations

from pathlib import Path

from newsgraph.ingest import Failure, RawArticle, iter_articles

NEWS = "Ministers of Norway and Chile met in Oslo on Monday to discuss fishing rights."


def test_a_table_in_a_folder_is_one_line(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(f"Talks\n\n{NEWS}\n")
    (tmp_path / "events.csv").write_text(
        "GlobalEventID,SQLDATE,Actor1Name\nevent-1,20240101,Norway\n"
    )
    (tmp_path / "rows.tsv").write_text("id\ttext\n1\tNorway and Chile met.\n")
    items = list(iter_articles([str(tmp_path)]))
    assert [type(i).__name__ for i in items] == ["RawArticle", "Failure", "Failure"]
    for failure, name in zip(items[1:], ["events.csv", "rows.tsv"], strict=True):
        assert isinstance(failure, Failure)
        assert failure.source.endswith(name)
        assert failure.reason.startswith("a CSV/TSV table, not an article")


def test_text_with_commas_is_still_an_article(tmp_path: Path) -> None:
    # control: commas in a .txt (or a file without a known extension) are prose
    for name in ("commas.txt", "notes"):
        path = tmp_path / name
        path.write_text(f"Oslo, Monday, officials said,\n\n{NEWS}\n")
        (item,) = list(iter_articles([str(path)]))
        assert isinstance(item, RawArticle)
        path.unlink()
