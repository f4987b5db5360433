"""ux23: a link from a feed that fails is named with the feed it came from (it was named by
the URL only, so with several feeds a user could not tell which one to look at)."""

from __future__ import annotations

from pathlib import Path

from newsgraph.ingest import Failure, RawArticle, iter_articles

PARA = (
    "Foreign ministers of Norway and Chile met in Oslo on Monday to discuss fishing rights and "
    "the protection of salmon stocks along their coasts, officials said after the meeting, and "
    "agreed to meet again in Santiago in May to sign a formal agreement on quotas."
)


def _rss(items: str) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">'
        f"<channel><title>Wire</title><link>https://wire.invalid/</link>{items}</channel></rss>"
    )


def _items(*paths: Path) -> list[RawArticle | Failure]:
    return list(iter_articles([str(p) for p in paths], timeout=3, non_english="skip"))


def test_a_failed_link_names_its_feed(tmp_path: Path) -> None:
    # a local feed file whose second item links to a port nothing listens on
    feed = tmp_path / "wire.xml"
    feed.write_text(
        _rss(
            f"<item><title>Fish</title><link>https://wire.invalid/fish</link>"
            f"<content:encoded><![CDATA[<p>{PARA}</p>]]></content:encoded></item>"
            "<item><title>Gone</title><link>http://127.0.0.1:9/gone</link></item>"
        )
    )
    fish, gone = _items(feed)
    assert isinstance(fish, RawArticle)
    assert isinstance(gone, Failure)
    assert gone.source == f"http://127.0.0.1:9/gone (item 2 of the feed {feed})"


def test_an_item_text_that_fails_names_its_feed(tmp_path: Path) -> None:
    # an item whose full content is not English (skipped) is named with its feed too
    feed = tmp_path / "fr.xml"
    text = (
        "Les ministres des affaires étrangères de la Norvège et du Chili se sont réunis à Oslo "
        "lundi pour discuter des droits de pêche et de la protection des stocks de saumon le "
        "long de leurs côtes, ont déclaré les responsables après la réunion, et ont convenu de "
        "se revoir à Santiago en mai pour signer un accord formel sur les quotas de pêche."
    )
    feed.write_text(
        _rss(
            "<item><title>Peche</title><link>https://wire.invalid/peche</link>"
            f"<content:encoded><![CDATA[<p>{text}</p>]]></content:encoded></item>"
        )
    )
    (item,) = _items(feed)
    assert isinstance(item, Failure)
    assert item.source == f"https://wire.invalid/peche (item 1 of the feed {feed})"


def test_an_item_without_content_or_link_keeps_its_name(tmp_path: Path) -> None:
    # control: '<feed>#<n>' already names the feed; it is not named twice
    feed = tmp_path / "bare.xml"
    feed.write_text(_rss("<item><title>Only a title</title></item>"))
    (item,) = _items(feed)
    assert isinstance(item, Failure) and item.source == f"{feed}#1"


def test_a_failed_input_outside_a_feed_is_named_as_before(tmp_path: Path) -> None:
    # control: a plain file that fails is named by its path alone
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    (item,) = _items(empty)
    assert isinstance(item, Failure) and item.source == str(empty)
