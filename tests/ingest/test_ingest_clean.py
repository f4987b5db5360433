"""Scrape-noise removal: the seed acceptance checks and general rules on hand-written lines."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from newsgraph.ingest import LineStats, clean_text
from newsgraph.ingest.captions import caption_names, classify_caption

BODY = (
    "Foreign ministers of Norway and Chile met in Oslo on Monday to discuss fishing rights.\n\n"
    '"We agreed on the principles," Norwegian minister Ingrid Halvorsen said after the talks.\n\n'
    "The two sides will meet again in Santiago in May, officials said."
)


def test_seed_scrape_noise(shared: Callable[..., Path]) -> None:
    raw = shared("seed", "presstv-idlib-2018-08-29.txt").read_text(encoding="utf-8")
    result = clean_text(raw)
    title = "Lavrov: Terror 'abscess' in Syria's Idlib needs to be destroyed"
    assert result.title == title
    assert result.text.startswith(title + "\n\nRussian Foreign Minister Sergei Lavrov says")
    assert result.text[: result.body_start] == title + "\n\n"
    kinds = [(r.kind, r.text.split()[0]) for r in result.removed]
    assert ("breadcrumb", "News") in kinds
    assert [r.kind for r in result.removed].count("caption") == 2
    # the two closing lines are site boilerplate / promo
    assert result.removed[-2].text.startswith("Press TV’s website can also be accessed")
    assert result.removed[-1].text == "Press TV News Roku"
    assert {r.kind for r in result.removed[-2:]} <= {"boilerplate", "promo"}
    first, second = result.captions
    assert "Ilhan Omar" in first.text and not first.related
    assert "Pelosi" in first.reason and first.credit == "AFP"
    assert "Lavrov" in second.text and second.related
    assert all(name in second.reason for name in ("Lavrov", "al-Jubeir", "Moscow"))
    for gone in ("Omar", "Pelosi", "Washington", "Press TV", "News \xa0/", "(Photo by AFP)"):
        assert gone not in result.text
    # paragraph structure kept; last body line is the article's last sentence
    assert "\n\n\n" not in result.text
    assert result.text.endswith("since the beginning of Syria's war.")
    # headline + 16 body paragraphs (lines 5-20 of the seed's non-empty lines) = 16 separators
    assert result.text.count("\n\n") == 16


def test_breadcrumb_variants_and_non_breadcrumbs() -> None:
    for crumb in ("Home > World > Europe", "News » Politics", "World  /  Middle East"):
        result = clean_text(f"{crumb}\n\nShort headline here\n\n{BODY}")
        assert result.removed[0].kind == "breadcrumb", crumb
        assert result.title == "Short headline here"
    result = clean_text(f"Chile / Norway deal: what it means\n\n{BODY}")
    assert result.title == "Chile / Norway deal: what it means"
    assert not result.removed


def test_caption_lines_anywhere_and_party_markers_kept() -> None:
    text = (
        f"Headline about fishing talks\n\n{BODY}\n\n"
        "Ingrid Halvorsen speaks in Oslo on Monday. (Photo by Jane Roe/Reuters)\n\n"
        "Sen. Mark Doe (R) said he would vote for the bill on Tuesday.\n\n"
        "A final paragraph of the story follows here with enough words to be body text."
    )
    result = clean_text(text)
    assert [c.credit for c in result.captions] == ["Jane Roe/Reuters"]
    assert result.captions[0].related  # Halvorsen and Oslo are in the body
    assert "Sen. Mark Doe (R) said" in result.text
    assert "(Photo by" not in result.text


def test_dated_caption_standing_alone_before_body() -> None:
    text = (
        "Ministers meet on fishing\n\n"
        "Norwegian minister Ingrid Halvorsen greets her Chilean counterpart in Oslo, "
        "Norway, on March 4, 2024.\n\n"
        f"{BODY}"
    )
    result = clean_text(text)
    assert result.removed[0].kind == "caption"
    assert result.captions[0].related
    assert result.text.startswith("Ministers meet on fishing\n\nForeign ministers")


def test_boilerplate_and_promo_lines() -> None:
    noise = [
        "Advertisement",
        "Read more: Chile and Norway in 2023",
        "Follow Jane Roe on Twitter @janeroe",
        "Download our app for iOS and Android",
        "We use cookies to improve your experience. By browsing you accept our cookie policy.",
        "Sign up for our free daily newsletter",
        "Story continues below advertisement",
    ]
    body_like = (
        "Halvorsen told reporters she did not subscribe to the view that the talks had failed "
        "and would follow the negotiations closely."
    )
    text = "Headline about fishing talks\n\n" + "\n\n".join([BODY, *noise, body_like])
    result = clean_text(text)
    assert [r.text for r in result.removed] == noise
    assert {r.kind for r in result.removed} == {"promo", "boilerplate"}
    assert body_like in result.text


def test_no_headline_when_first_paragraph_is_a_lede() -> None:
    lede = (
        "MOSCOW, Aug 29 (Reuters) - Russia's foreign minister said on Wednesday that the "
        "militants in Idlib had to be removed, and that talks with Turkey would continue."
    )
    result = clean_text(f"{lede}\n\n{BODY}")
    assert result.title is None and result.body_start == 0
    assert result.text.startswith(lede)


def test_one_line_per_paragraph_input_gets_blank_lines() -> None:
    result = clean_text("A short headline\nFirst paragraph.\nSecond paragraph.")
    assert result.text == "A short headline\n\nFirst paragraph.\n\nSecond paragraph."


def test_given_title_is_not_repeated() -> None:
    result = clean_text(f"Fishing talks\n\n{BODY}", title="Fishing talks", detect_title=False)
    assert result.text == f"Fishing talks\n\n{BODY}"


def test_line_stats_finds_outlet_boilerplate() -> None:
    stats = LineStats()
    shared_line = "Sample Outlet: independent news since 1999"
    for word in ("alpha", "beta", "gamma", "delta", "epsilon"):
        stats.add("outlet", f"Headline {word}\n\nBody {word} of the corpus.\n\n{shared_line}")
    stats.add("outlet", "Headline x\n\nA line seen once.\n\nOnly here.")
    lines = stats.boilerplate("outlet")
    assert lines == {"sample outlet: independent news since 0000": 5}
    assert stats.boilerplate("other") == {}
    result = clean_text(f"Headline\n\n{BODY}\n\n{shared_line}", corpus_lines=lines)
    assert result.removed[-1].reason.startswith("repeats in 5 articles")
    assert shared_line not in result.text


def test_line_stats_needs_a_share_of_the_outlet() -> None:
    stats = LineStats()
    for i in range(20):
        extra = "\n\nA common closing line" if i < 3 else ""
        stats.add("o", f"Headline {chr(97 + i)}\n\nBody {chr(97 + i)}.{extra}")
    assert stats.boilerplate("o") == {}  # 3 of 20 articles is under 30%


def test_caption_names_skip_titles_months_and_demonyms() -> None:
    names = caption_names(
        "Russian Foreign Minister Sergei Lavrov (R) speaks with Saudi Foreign Minister "
        "Adel al-Jubeir in Moscow on August 29, 2018. (Photo by AFP)"
    )
    assert names == ["Lavrov", "al-Jubeir", "Moscow"]
    assert caption_names("Fans cheer at Wembley Stadium in London.") == ["Stadium", "London"]
    caption = classify_caption("A view of the harbour at dusk.", BODY)
    assert caption.related and "names no one" in caption.reason
