"""ux24: one item of a feed with broken XML cost the next item too (feedparser's loose parser
read through the damage: a CDATA section, a comment or an element left open took in the item
after it, or every later one). Each broken item is now one failure naming the feed and the
item, and every sound item is kept with its own text."""

from __future__ import annotations

from pathlib import Path

from newsgraph.ingest import Failure, RawArticle, iter_articles
from newsgraph.ingest.feeds import parse_feed

TEXTS = {
    1: "Foreign ministers of Norway and Chile met in Oslo on Monday to discuss fishing rights "
    "and the protection of salmon stocks along their coasts, officials said after the meeting.",
    2: "Farmers in northern Italy asked the regional government on Tuesday for help after a "
    "late frost destroyed most of the apricot blossom in the valleys around Verona this spring.",
    3: "The port authority of Rotterdam said on Wednesday that container traffic rose by four "
    "percent in the first quarter, helped by new shipping routes to West Africa and Brazil.",
    4: "Engineers in Chile finished the repair of a copper mine railway on Thursday, two weeks "
    "after a landslide cut the line that carries ore from the Andes down to the Pacific coast.",
}
# long enough (40 words) to be the article: the link is never fetched
LATER = " Officials said more details would be given at a press conference later in the week."
TEXTS = {n: text + LATER for n, text in TEXTS.items()}


def _item(n: int, *, cdata_end: str = "]]>", extra: str = "", title: str = "") -> str:
    return (
        f"<item><title>{title or f'Story {n}'}</title><link>https://wire.invalid/{n}</link>"
        f"<content:encoded><![CDATA[<p>{TEXTS[n]}</p>{cdata_end}</content:encoded>{extra}</item>\n"
    )


def _feed(tmp_path: Path, items: str) -> Path:
    path = tmp_path / "wire.xml"
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">\n'
        f"<channel><title>Wire</title><link>https://wire.invalid/</link>\n{items}</channel></rss>\n"
    )
    return path


def _read(path: Path) -> list[RawArticle | Failure]:
    return list(iter_articles([str(path)], timeout=3, non_english="skip"))


def _kept(got: list[RawArticle | Failure]) -> list[tuple[str | None, str]]:
    # an article's text is its title, a blank line, then the item's paragraphs
    return [(a.url, a.text.split("\n\n")[-1]) for a in got if isinstance(a, RawArticle)]


def _good(*ns: int) -> list[tuple[str | None, str]]:
    return [(f"https://wire.invalid/{n}", TEXTS[n]) for n in ns]


def test_a_cdata_left_open_does_not_take_the_next_item(tmp_path: Path) -> None:
    # item 2's CDATA has no ']]>': XML-wise it runs on to item 3's ']]>', so item 3 was
    # swallowed and its text glued to item 2's
    path = _feed(tmp_path, _item(1) + _item(2, cdata_end="") + _item(3) + _item(4))
    got = _read(path)
    assert _kept(got) == _good(1, 3, 4)
    failures = [f for f in got if isinstance(f, Failure)]
    assert [f.source for f in failures] == [f"{path}#2"]
    assert "malformed feed item" in failures[0].reason
    assert failures[0].reason.endswith("(the item starts on line 5 of the feed)")


def test_a_comment_left_open_does_not_take_every_later_item(tmp_path: Path) -> None:
    path = _feed(tmp_path, _item(1) + _item(2, extra="<!-- note") + _item(3) + _item(4))
    got = _read(path)
    assert _kept(got) == _good(1, 3, 4)
    assert [f.source for f in got if isinstance(f, Failure)] == [f"{path}#2"]


def test_an_element_left_open_is_one_line_for_its_item(tmp_path: Path) -> None:
    # a <title> never closed: the item had no title, link or text, and the line said
    # 'feed item has no content and no link'
    broken = _item(2).replace("</title>", "")
    path = _feed(tmp_path, _item(1) + broken + _item(3))
    got = _read(path)
    assert _kept(got) == _good(1, 3)
    (failure,) = [f for f in got if isinstance(f, Failure)]
    assert failure.source == f"{path}#2"
    assert failure.reason.startswith("malformed feed item: mismatched tag")


def test_slips_feedparser_reads_safely_keep_their_item(tmp_path: Path) -> None:
    # control: a bare '&', an HTML entity, an unquoted attribute make the document not
    # well-formed too, but the item is read whole as before
    slips = (
        _item(1, title="Fish &amp; chips")
        + _item(2, title="Frost&nbsp;in Verona")
        + _item(3, title="Ports & ships", extra="<guid isPermaLink=false>p3</guid>")
    )
    got = _read(_feed(tmp_path, slips))
    assert _kept(got) == _good(1, 2, 3)
    assert [a.title for a in got if isinstance(a, RawArticle)] == [
        "Fish & chips",
        "Frost in Verona",
        "Ports & ships",
    ]


def test_a_sound_feed_is_read_as_before(tmp_path: Path) -> None:
    # control: a well-formed feed whose CDATA sections each close is not cut up
    got = _read(_feed(tmp_path, _item(1) + _item(2) + _item(3)))
    assert _kept(got) == _good(1, 2, 3)
    assert not [f for f in got if isinstance(f, Failure)]


def test_atom_entries_are_cut_the_same_way() -> None:
    def entry(n: int, end: str = "]]>") -> str:
        return (
            f"<entry><title>E{n}</title><id>urn:{n}</id><link href='https://x.invalid/{n}'/>"
            f"<content type='html'><![CDATA[<p>{TEXTS[n]}</p>{end}</content></entry>"
        )

    doc = (
        "<?xml version='1.0' encoding='utf-8'?><feed xmlns='http://www.w3.org/2005/Atom'>"
        f"<title>Atom Wire</title><id>urn:w</id>{entry(1)}{entry(2, '')}{entry(3)}</feed>"
    )
    feed = parse_feed(doc.encode())
    assert [(i.title, i.error is None) for i in feed.items] == [
        ("E1", True),
        (None, False),
        ("E3", True),
    ]
    assert feed.items[2].text == TEXTS[3]
