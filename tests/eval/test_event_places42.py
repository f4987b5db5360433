"""evplace42: the event action-place scorer reads its gold and judges a place by name and
country (alternatives, unknown rows), on made-up records."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace as NS

from newsgraph.eval.event_places import GOLD, Row, _event, judge, load

ROOT = Path(__file__).resolve().parents[2]


def _row(places: tuple[str, ...], country: str | None) -> Row:
    return Row("r", "tune", "lgl", "1", 0, 50, "arrested", places, country)


def _place(name: str, text: str, cc: str) -> NS:
    return NS(name=name, span=NS(text=text), country_code=cc)


def test_gold_loads_with_both_parts() -> None:
    rows = load(ROOT / GOLD)
    assert len(rows) == 74
    assert {r.split for r in rows} == {"tune", "check"}
    unknown = [r for r in rows if not r.places]
    assert unknown and all(r.country in (None, "US") for r in unknown)


def test_judge_by_any_alternative_and_country() -> None:
    ev = NS(place_id="p1")
    places = {"p1": _place("Tbilisi", "TBILISI", "GE")}
    assert judge(ev, places, _row(("Georgia", "Tbilisi"), "GE")) == (True, True)
    assert judge(ev, places, _row(("Georgia",), "GE")) == (False, True)
    # a place given where the article does not say: wrong on both counts
    assert judge(ev, places, _row((), None)) == (False, False)
    assert judge(NS(place_id=None), places, _row(("Georgia",), "GE")) == (False, False)


def test_the_rows_event_is_its_triggers_else_the_only_rows() -> None:
    said = NS(trigger=NS(start=5, text="said"))
    held = NS(trigger=NS(start=20, text="arrested"))
    outside = NS(trigger=NS(start=80, text="arrested"))
    assert _event([said, held, outside], _row((), None), alone=False) is held
    assert _event([said, outside], _row((), None), alone=True) is said
    assert _event([said, outside], _row((), None), alone=False) is None
