"""The event hand audit (tests/data/event_audit): its scorer's arithmetic on a tiny fake audit
worked out by hand, the loader's refusals, and that the real audit files load against ../shared."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph.eval.event_audit import (
    BATCHES,
    PARTS,
    AuditArticle,
    AuditFileError,
    AuditRow,
    audit_numbers,
    in_part,
    load_articles,
    load_audit,
    main,
    replay,
    report,
)
from tests.conftest import shared_path

AUDIT = Path(__file__).resolve().parents[1] / "data" / "event_audit"


def _row(
    id: str,
    start: int,
    typ: str,
    verdicts: str,
    path: str = "a.txt",
    batch: str = "1",
) -> AuditRow:
    """verdicts: event, type, source country, source sector, target ('-' when no event)."""
    v = [None if c == "-" else c == "y" for c in verdicts]
    return AuditRow(
        id=id,
        corpus="polnear",
        path=path,
        published=None,
        start=start,
        end=start + 5,
        trigger="xxxxx",
        type=typ,
        source_code="USAGOV",
        target_code="",
        event=bool(v[0]),
        type_ok=v[1],
        source_country_ok=v[2],
        source_sector_ok=v[3],
        target_ok=v[4],
        reason="r",
        batch=batch,
    )


FAKE = [
    _row("a1", 0, "ACCUSE", "yyyyy"),  # all right
    _row("a2", 10, "ASSAULT", "ynyny"),  # real, wrong type, source country ok, sector wrong
    _row("a3", 20, "AGREE", "n----"),  # no event
    _row("a4", 30, "REQUEST", "yynyn"),  # real, type ok, source country wrong, target wrong
    _row("b1", 0, "PROTEST", "n----", path="b.txt"),  # no event
]


def test_audit_numbers_by_hand() -> None:
    n = audit_numbers(FAKE)
    # 5 events; real a1, a2, a4 = 3; type ok a1, a4 = 2; source country a1, a2, a4 = 3 minus
    # a4 = 2; sector a1, a4 = 2; target a1, a2 = 2; all right (type, source, target) only a1.
    assert (n.events, n.real, n.type_ok) == (5, 3, 2)
    assert (n.source_country_ok, n.source_sector_ok, n.target_ok, n.all_right) == (2, 2, 2, 1)
    assert n.share("real") == pytest.approx(0.6)
    assert n.share("type_ok", "real") == pytest.approx(2 / 3)
    text = report(n, articles=2)
    assert "3/5 = 60%" in text and "2/3 = 67% of real ones" in text and "81%" in text


def test_replay_by_hand() -> None:
    current = {
        # a1 still ACCUSE at an overlapping trigger (2-4 overlaps 0-5); a2 now ACCUSE (changed);
        # a3 and a4 gone; one new event at 100-105 that no audited trigger overlaps.
        "a.txt": [(2, 4, "ACCUSE"), (10, 15, "ACCUSE"), (100, 105, "CONSULT")],
        # b1 gone (b.txt has no events now); the event at 5-9 would overlap nothing either.
        "b.txt": [],
    }
    rep = replay(FAKE, current)
    assert (rep.same, rep.changed) == (1, 1)
    assert rep.changed_ids == ["a2"]
    # gone: a3 (no event), a4 (real, right type), b1 (no event)
    assert (rep.gone_no_event, rep.gone_right, rep.gone_wrong_type) == (2, 1, 0)
    assert rep.gone_ids == ["a3", "a4", "b1"]
    assert rep.new_events == 1
    # a trigger that only touches (end == start) does not overlap: a1 at 0-5 vs 5-9 is gone
    rep2 = replay(FAKE[:1], {"a.txt": [(5, 9, "ACCUSE")]})
    assert (rep2.same, rep2.gone_right, rep2.new_events) == (0, 1, 1)


def test_a_gone_wrong_type_event_is_counted_apart() -> None:
    rep = replay(FAKE[1:2], {})
    assert (rep.gone_no_event, rep.gone_right, rep.gone_wrong_type) == (0, 0, 1)


def test_loader_refuses_bad_rows(tmp_path: Path) -> None:
    header = (AUDIT / "audit.tsv").read_text(encoding="utf-8").splitlines()
    head = next(h for h in header if h.startswith("id\t"))
    good = "\t".join(
        ["au-1", "polnear", "x.txt", "", "3", "8", "xxxxx", "0", "20", "0000000000", "ACCUSE", "",
         "USA", "", "", "y", "y", "y", "n", "y", "reason", "2"]
    )  # fmt: skip
    f = tmp_path / "audit.tsv"
    f.write_text(head + "\n" + good + "\n", encoding="utf-8")
    assert load_audit(f)[0].source_sector_ok is False  # loads without the corpus
    for bad, msg in [
        (good.replace("ACCUSE", "ATTACK"), "unknown PLOVER type"),
        (good.replace("\ty\ty\ty\tn\ty\t", "\ty\ty\t-\tn\ty\t"), "must be y or n"),
        (good.replace("\ty\ty\ty\tn\ty\t", "\tn\ty\ty\tn\ty\t"), "must be '-'"),
        (good.replace("\t3\t8\t", "\t3\t30\t"), "not inside sentence"),
        (good + "\textra", "cells"),
        (good[: -len("2")] + "5", "unknown batch '5'"),
    ]:
        f.write_text(head + "\n" + bad + "\n", encoding="utf-8")
        with pytest.raises(AuditFileError, match=msg) as info:
            load_audit(f)
        assert f"{f}:2:" in str(info.value)


def test_the_audit_loads_against_the_corpus() -> None:
    shared = shared_path()
    rows = load_audit(AUDIT / "audit.tsv", shared)
    articles = load_articles(AUDIT / "articles.tsv")
    assert len(articles) == 120 and len(rows) == sum(a.events for a in articles)
    assert [sum(a.batch == b for a in articles) for b in ("1", "2", "3", "4")] == [30] * 4
    assert {r.path for r in rows} <= {a.path for a in articles}
    assert all(r.trigger in r.sentence for r in rows)
    assert len({r.id for r in rows}) == len(rows)


def test_rows_split_by_article() -> None:
    """The part is the article's: a.txt tune, b.txt check (given here, not hashed); the check
    report leaves the ids out, and a row of an unlisted article is refused."""
    arts = [AuditArticle("polnear", "a.txt", None, 4, "tune"),
            AuditArticle("polnear", "b.txt", None, 1, "check")]  # fmt: skip
    assert [r.id for r in in_part(FAKE, arts, "tune")] == ["a1", "a2", "a3", "a4"]
    assert [r.id for r in in_part(FAKE, arts, "check")] == ["b1"]
    assert len(in_part(FAKE, arts, None)) == 5
    with pytest.raises(AuditFileError, match="b.txt"):
        in_part(FAKE, arts[:1], "tune")
    rep = replay(FAKE[:4], {"a.txt": [(10, 15, "ACCUSE")]})  # a2 changed; a1, a3, a4 gone
    text = report(audit_numbers(FAKE[:4]), rep, 1, "tune")
    assert "the tune articles" in text and "(a2)" in text and "gone ids: a1, a3, a4" in text
    quiet = report(audit_numbers(FAKE[:4]), rep, 1, "check", ids=False)
    assert "a2" not in quiet and "gone ids" not in quiet and "gone: 3 = 1 judged" in quiet


def test_articles_split_is_checked(tmp_path: Path) -> None:
    """The split column must be sha1(path) odd -> check (newsgraph.eval.splits.part_of)."""
    lines = (AUDIT / "articles.tsv").read_text(encoding="utf-8").splitlines()
    row = next(i for i, line in enumerate(lines) if line.endswith("\tcheck\t2"))
    lines[row] = lines[row][: -len("check\t2")] + "tune\t2"
    f = tmp_path / "articles.tsv"
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(AuditFileError, match="disagrees with sha1"):
        load_articles(f)


def test_the_audit_parts() -> None:
    """Batch 1: 16 tune articles with 97 events (51 real), 14 check articles with 59 (19
    real); counted by hand from articles.tsv and the verdict column of audit.tsv."""
    rows = load_audit(AUDIT / "audit.tsv")
    articles = load_articles(AUDIT / "articles.tsv")
    tune, check = in_part(rows, articles, "tune", "1"), in_part(rows, articles, "check", "1")
    assert sum(a.split == "tune" and a.batch == "1" for a in articles) == 16
    assert (len(tune), sum(r.event for r in tune)) == (97, 51)
    assert (len(check), sum(r.event for r in check)) == (59, 19)


def test_the_second_batch_parts() -> None:
    """Batch 2 (commit 28f0cc7): 11 tune articles with 36 events (18 real: type 15, source
    country 15), 19 check articles with 90 events (31 real: type 27, source country 27);
    counted by hand from the batch, split and verdict columns."""
    rows = load_audit(AUDIT / "audit.tsv")
    articles = load_articles(AUDIT / "articles.tsv")
    assert BATCHES["2"].startswith("28f0cc7")
    tune = in_part(rows, articles, "tune", "2")
    check = in_part(rows, articles, "check", "2")
    assert [sum(a.split == p and a.batch == "2" for a in articles) for p in ("tune", "check")] == [
        11,
        19,
    ]
    nt, nc = audit_numbers(tune), audit_numbers(check)
    assert (nt.events, nt.real, nt.type_ok, nt.source_country_ok) == (36, 18, 15, 15)
    assert (nc.events, nc.real, nc.type_ok, nc.source_country_ok) == (90, 31, 27, 27)
    # the first batch is unchanged by the second: 97 + 59 rows, and the batches add up
    assert len(in_part(rows, articles, None, "1")) == 156
    assert len(in_part(rows, articles, "tune")) == 97 + 36 + 56 + 33  # batches 3 and 4 too


def test_the_third_batch_parts(capsys: pytest.CaptureFixture[str]) -> None:
    """Batch 3 (commit 329c336, after the filters fitted to batches 1-2's tune rows): 13 tune
    articles with 56 events (29 real: type 27, source country 23, sector 21, target 20, all
    four 14), 17 check articles with 80 events (29 real: type 27, source country 20, sector 13,
    target 24, all four 16); counted by hand from the batch, split and verdict columns."""
    rows = load_audit(AUDIT / "audit.tsv")
    articles = load_articles(AUDIT / "articles.tsv")
    assert BATCHES["3"].startswith("329c336")
    assert [sum(a.split == p and a.batch == "3" for a in articles) for p in PARTS] == [13, 17]
    nt = audit_numbers(in_part(rows, articles, "tune", "3"))
    nc = audit_numbers(in_part(rows, articles, "check", "3"))
    got = [(n.events, n.real, n.type_ok, n.source_country_ok, n.source_sector_ok, n.target_ok,
            n.all_right) for n in (nt, nc)]  # fmt: skip
    assert got == [(56, 29, 27, 23, 21, 20, 14), (80, 29, 27, 20, 13, 24, 16)]
    # the whole batch: 56 + 80 = 136 events, 29 + 29 = 58 real; earlier batches unchanged
    assert audit_numbers(in_part(rows, articles, None, "3")).real == 58
    assert len(in_part(rows, articles, None, "2")) == 126
    assert len(in_part(rows, articles, None, "3")) == 136
    # the scorer's report of one batch and part: 29/56 = 51.8% -> 52%, 23/29 = 79.3% -> 79%
    assert main(["--no-run", "--batch", "3", "--part", "tune", "--shared", str(shared_path())]) == 0
    out = capsys.readouterr().out
    assert "batch 3 (the coder of commit 329c336), the tune articles: 13 real articles" in out
    assert "29/56 = 52%" in out and "23/56 = 41% of all events (23/29 = 79% of real" in out
    assert "the check articles" not in out and "batch 2" not in out


def test_rows_by_batch_and_the_batch_report() -> None:
    """A row's batch must be its article's; the report of one batch names its commit, the
    report of all batches every commit. FAKE plus one batch-2 row on c.txt (a check article)."""
    arts = [AuditArticle("polnear", "a.txt", None, 4, "tune"),
            AuditArticle("polnear", "b.txt", None, 1, "check"),
            AuditArticle("polnear", "c.txt", None, 1, "check", "2")]  # fmt: skip
    rows = [*FAKE, _row("c1", 0, "ACCUSE", "yyyny", path="c.txt", batch="2")]
    assert [r.id for r in in_part(rows, arts, "check", "2")] == ["c1"]
    assert [r.id for r in in_part(rows, arts, "check", "1")] == ["b1"]
    assert [r.id for r in in_part(rows, arts, "check")] == ["b1", "c1"]
    assert in_part(rows, arts, "tune", "2") == []
    # check, both batches: b1 no event, c1 real with type and source country right -> 1/2 real
    n = audit_numbers(in_part(rows, arts, "check"))
    assert (n.events, n.real, n.type_ok, n.source_country_ok, n.source_sector_ok) == (2, 1, 1, 1, 0)
    text = report(n, None, 2, "check", ids=False, batch="2")
    assert "batch 2 (the coder of commit 28f0cc7)" in text and "1/2 = 50%" in text
    assert "93392d3" in report(n, None, 2, "check", ids=False)
    with pytest.raises(AuditFileError, match="c1: batch 1 but its article is in batch 2"):
        in_part([_row("c1", 0, "ACCUSE", "yyyny", path="c.txt")], arts, None)


def test_the_fourth_batch_parts(capsys: pytest.CaptureFixture[str]) -> None:
    """Batch 4 (commit 2037e65, after the article gate and the everyday filters): 14 tune
    articles with 33 events (13 real: type 10, source country 10, sector 7, target 8, all four
    4), 16 check articles with 43 events (9 real: type 9, source country 7, sector 7, target 6,
    all four 6); counted by hand from the verdicts as they were written."""
    rows = load_audit(AUDIT / "audit.tsv")
    articles = load_articles(AUDIT / "articles.tsv")
    assert BATCHES["4"].startswith("2037e65")
    assert [sum(a.split == p and a.batch == "4" for a in articles) for p in PARTS] == [14, 16]
    nt = audit_numbers(in_part(rows, articles, "tune", "4"))
    nc = audit_numbers(in_part(rows, articles, "check", "4"))
    got = [(n.events, n.real, n.type_ok, n.source_country_ok, n.source_sector_ok, n.target_ok,
            n.all_right) for n in (nt, nc)]  # fmt: skip
    assert got == [(33, 13, 10, 10, 7, 8, 4), (43, 9, 9, 7, 7, 6, 6)]
    # all four batches per part: tune 97 + 36 + 56 + 33 events, check real 19 + 31 + 29 + 9
    assert len(in_part(rows, articles, "tune")) == 222
    assert audit_numbers(in_part(rows, articles, "check")).real == 88
    assert [r.id for r in in_part(rows, articles, None, "4")][:1] == ["au-419"]
    # the scorer's report: 9/43 = 20.9% -> 21%, 7/43 = 16.3% -> 16%, 7/9 = 77.8% -> 78%
    argv = ["--no-run", "--batch", "4", "--part", "check", "--shared", str(shared_path())]
    assert main(argv) == 0
    out = capsys.readouterr().out
    assert "batch 4 (the coder of commit 2037e65), the check articles: 16 real articles" in out
    assert "9/43 = 21%" in out and "7/43 = 16% of all events (7/9 = 78% of real" in out
