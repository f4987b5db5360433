"""The flood and harbour articles of the ux38 evidence tests (tests/store and tests/web): a
place and a time in each, a quote over two sentences and a framing label in the flood one,
with their sentences written out by hand."""

from __future__ import annotations

from pathlib import Path

from tests.store.store_samples import span

from newsgraph.model import Article, Framing, Place, Quote, Source, TimeRef, article_id, record_id
from newsgraph.store import Store

FLOOD = (
    "Flood water rose across Porto Alegre on Thursday as the Guaiba river broke its banks. "
    'Gov. Ana Ribeiro told the state council: "We are not out of danger yet. The river is '
    'still rising." The so-called experts had promised the barriers would hold.'
)
HARBOUR = "Dock workers in Rotterdam walked out on Monday. The port said talks would resume."

# the sentences, written out by hand (not taken from the program)
FLOOD_FIRST = (
    "Flood water rose across Porto Alegre on Thursday as the Guaiba river broke its banks."
)
FLOOD_QUOTE = (
    'Gov. Ana Ribeiro told the state council: "We are not out of danger yet. The river is '
    'still rising."'
)
FLOOD_LAST = "The so-called experts had promised the barriers would hold."
HARBOUR_FIRST = "Dock workers in Rotterdam walked out on Monday."


def _place(aid: str, text: str, needle: str, gid: int, sentence: int) -> Place:
    s = span(text, needle)
    return Place(
        record_id(aid, "place", s.start, s.end), s, gid, needle, "city", "BR", 0.0, 0.0,
        metonymy=False, confidence=0.9, sentence=sentence,
    )  # fmt: skip


def _time(aid: str, text: str, needle: str, value: str, sentence: int) -> TimeRef:
    s = span(text, needle)
    return TimeRef(
        record_id(aid, "time", s.start, s.end), s, "DATE", value, "day", None, "published",
        sentence=sentence,
    )  # fmt: skip


def flood_article() -> Article:
    text = FLOOD
    aid = article_id(text)
    content = span(text, '"We are not out of danger yet. The river is still rising."')
    quote = Quote(
        id=record_id(aid, "quote", content.start, content.end),
        kind="direct",
        content=content,
        cue=span(text, "told"),
        source=span(text, "Gov. Ana Ribeiro"),
        speaker=None,
        speaker_name="Ana Ribeiro",
        unnamed=False,
        sentence=1,
        confidence=0.9,
        rule="direct-after-colon",
    )
    label = span(text, "so-called")
    framing = Framing(
        record_id(aid, "framing", label.start, label.end), "distancing", label, "so-called",
        None, "experts", -0.4, 3, "lexicon+modifier", 0.7,
    )  # fmt: skip
    return Article(
        id=aid,
        text=text,
        published="2024-05-02",
        source=Source(outlet="Test Wire"),
        quotes=[quote],
        places=[_place(aid, text, "Porto Alegre", 3452925, 0)],
        times=[_time(aid, text, "Thursday", "2024-05-02", 0)],
        framing=[framing],
    )


def harbour_article() -> Article:
    text = HARBOUR
    aid = article_id(text)
    return Article(
        id=aid,
        text=text,
        published="2024-05-06",
        places=[_place(aid, text, "Rotterdam", 2747891, 0)],
        times=[_time(aid, text, "Monday", "2024-05-06", 0)],
    )


def flood_store(path: Path) -> Path:
    """A store at ``path`` holding the flood and the harbour article."""
    with Store(path) as store:
        store.add_many([flood_article(), harbour_article()])
    return path
