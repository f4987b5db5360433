"""The real-news actor-coding rates (``newsgraph eval actors``): arithmetic and inputs."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from newsgraph.eval.actors import bare_sector, placed, rates, texts
from newsgraph.model import Actor, Event, Span


def _actor(code: str | None) -> Actor:
    return Actor(None, Span(0, 1, "x"), code, None, None)


def _event(sources: list[str | None], targets: list[str | None]) -> Event:
    return Event(
        id="e",
        type="ACCUSE",
        mode=None,
        quad=3,
        cameo="111",
        trigger=Span(0, 1, "x"),
        sources=[_actor(c) for c in sources],
        targets=[_actor(c) for c in targets],
        place=None,
        time=None,
        negated=False,
        hypothetical=False,
        background=False,
        reported_by=None,
        sentence=0,
        confidence=0.5,
        rule="r",
    )


def test_placed_codes_are_countries_or_international() -> None:
    assert placed("USAGOV") and placed("SYR") and placed("IGOUNO") and placed("NGOHRIAMN")
    assert not placed("GOV") and not placed("LEG") and not placed(None) and not placed("")
    assert bare_sector("REB") and not bare_sector("SYRREB") and not bare_sector(None)


def test_rates_count_events_not_actors() -> None:
    events = [
        _event(["USAPTY"], ["USAGOV"]),  # both placed
        _event(["USAPTY"], []),  # source placed, no target
        _event(["LEG"], ["RUS"]),  # bare-sector source
        _event([], ["IGOUNO"]),  # no source
    ]
    r = rates(events)
    assert r["events"] == 4
    assert r["source_coded"] == 0.5  # 2 of 4
    assert r["both_coded"] == 0.25  # 1 of 4
    assert r["source_any"] == 0.75
    assert r["no_source"] == 0.25
    assert r["bare_sector"] == round(1 / 6, 4)  # LEG among 6 coded actors


def test_texts_take_dev_then_train_with_their_dates(tmp_path: Path) -> None:
    for part, name in (("dev", "b_2016-01-02"), ("dev", "a_2016-01-01"), ("train", "c")):
        folder = tmp_path / part / "text"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{name}.txt").write_text(f"text of {name}", encoding="utf-8")
    (tmp_path / "metadata.tsv").write_text(
        "compartment\tfilename\tpublication_date\ndev\ta_2016-01-01\t2016-01-01\n",
        encoding="utf-8",
    )
    got = texts(tmp_path, 2)
    assert [(n, d) for n, _, d in got] == [("a_2016-01-01", "2016-01-01"), ("b_2016-01-02", None)]
    assert [n for n, _, _ in texts(tmp_path, None)] == ["a_2016-01-01", "b_2016-01-02", "c"]


def test_texts_of_one_part_are_those_whose_name_hashes_there(tmp_path: Path) -> None:
    folder = tmp_path / "dev" / "text"
    folder.mkdir(parents=True)
    names = [f"doc{i}" for i in range(8)]
    for name in names:
        (folder / f"{name}.txt").write_text(name, encoding="utf-8")
    # the repository's split rule: check when sha1(name) is odd
    odd = [n for n in names if int(hashlib.sha1(n.encode()).hexdigest(), 16) % 2]
    assert [n for n, _, _ in texts(tmp_path, None, "check")] == odd
    assert [n for n, _, _ in texts(tmp_path, None, "tune")] == [n for n in names if n not in odd]
    # the limit applies first: the part of the first 4 texts, not the first 4 of the part
    assert [n for n, _, _ in texts(tmp_path, 4, "check")] == [n for n in names[:4] if n in odd]
    with pytest.raises(ValueError, match="texts part"):
        texts(tmp_path, None, "dev")
