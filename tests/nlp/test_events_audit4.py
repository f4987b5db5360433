"""Routine uses of event words (``_filters_routine``; issue 10, the hand audit's tune rows of
batches 1-4). Each NO_EVENT sentence (a tune audit row, or written like one) got the event in
its comment from the coder of commit 14cc634, before these filters (checked by hand with the
filter off); each CONTROL is a political reading the same filters must leave coded."""

from __future__ import annotations

import pytest

NO_EVENT = [
    # a question put to no one by someone no political code names (were REQUEST 'asked',
    # tune rows au-471, au-484; written like au-398)
    "We asked whether Melania Trump's story would influence the credibility of her husband's "
    "policies.",
    "New Londoners have been asking why Mayor Mike McBeth has been seeking to remove him.",
    'Residents asked, "Why does the city not fix the roads?"',
    '"Why does the city not fix the roads?" residents asked.',
    # a number falling (was REJECT 'declined' USAGOV; tune row au-439)
    "President Barack Obama's approval rating remains strong, though it has declined slightly "
    "from 58 percent in the last poll to 55 percent now.",
    # a body's own session (were CONSULT 'meeting'; tune rows au-480, au-494, and written
    # like them)
    "The township Board of Education voted to approve a new five-year contract for Schiff at "
    "its Feb. 24 meeting.",
    "The monthly meeting of the East Texas Environmental Concerns Organization will be at 6 "
    "p.m. Monday at First Presbyterian Church in Athens.",
    "The city council approved the budget at its Tuesday meeting.",
    # a poll share as the subject (was SUPPORT USAPTY -> USAPTY; tune row au-437)
    "Trump, while 5 percent prefer Libertarian nominee Gary Johnson and 1 percent support the "
    "Green Party's Jill Stein.",
    # a participle as an adjective (was COERCE 'surrounding'; like tune row au-493)
    "Adding land to the refuge will serve as an economic boon to surrounding communities.",
    # talk of something, and what it is talk of (was CONSULT 'talk'; tune row au-392; with
    # the talk filtered alone the coder gave SANCTION 'sanctions' -> RUSGOV)
    "Luc van den Brande and Theodoros Pangalos said talk of sanctions against Moscow was "
    "groundless.",
    # consumer credit (were AID 'loans'; tune rows au-339, au-341)
    "Donald Trump has mentioned refinancing student loans and forcing universities to spend more.",
    "Mr. McKinley is bearish on the future of student loans and expects them to become less "
    "available.",
    # a product released (was CONCEDE 'release'; tune row au-382; and written like it)
    "Following the 16-inch MacBook Pro, Apple plans to release a new 13-inch MacBook Pro with a "
    "scissor switch keyboard in the first half of 2020.",
    # a question to oneself (was REQUEST 'asking'; tune row au-340)
    "Mr. McKinley suggested looking at the things on your card statement and asking yourself "
    "this: Would I rather help my kid go to college?",
    # an election won (was COERCE 'take control' USAPTY; tune row au-301)
    "By the fall of 2010, Tea Party groups had seized on cap-and-trade, with attacks that "
    "helped Republicans take control of the House.",
]

CONTROLS = [
    ("The committee asked whether Russia had attacked the convoy.", "REQUEST"),
    ("The senators asked the FBI whether it had investigated the leak.", "REQUEST"),
    ("Obama asked Congress to approve the strike.", "REQUEST"),
    ("The president asked for international help.", "REQUEST"),
    ("Iran declined the offer of talks.", "REJECT"),
    ("When asked about the report, the minister declined.", "REJECT"),
    ("Obama's meeting with Putin lasted two hours.", "CONSULT"),
    ("The meeting of the two leaders lasted two hours.", "CONSULT"),
    ("The Security Council held an emergency meeting on Syria.", "CONSULT"),
    ("The White House refused to release the memo to Congress.", "REJECT"),
    ("Trump refused to release his tax returns.", "REJECT"),
    ("Iraqi troops surrounded the city.", "COERCE"),
    ("Rebels are surrounding villages near the border.", "COERCE"),
    ("Ten percent of the troops withdrew from the city.", "RETREAT"),
    ("Iran and the United States held talks in Geneva.", "CONSULT"),
    ("The World Bank approved a $2 billion loan to Egypt.", "AID"),
    ("The rebels released two hostages.", "RETREAT"),
    ("The army released 500 prisoners.", "RETREAT"),
    ("Iran released the British sailors.", "RETREAT"),
    ("Rebels took control of the city.", "COERCE"),
    ("The army took control of parliament.", "COERCE"),
]


@pytest.mark.parametrize("text", NO_EVENT)
def test_no_event(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert [(e.type, e.trigger.text) for e in nlp(text)._.ng_events if not e.negated] == []


@pytest.mark.parametrize(("text", "etype"), CONTROLS)
def test_political_control_stays(nlp, text: str, etype: str) -> None:  # type: ignore[no-untyped-def]
    assert etype in {e.type for e in nlp(text)._.ng_events if not e.negated}
