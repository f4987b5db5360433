"""ux30: a page in a non-Latin script that declares no charset (no server header, no
``<meta charset>``, no BOM) was read by charset_normalizer's guess over all its bytes, which
with a long ASCII navigation named a Latin code page: a Russian, Arabic, Greek or Korean page
came out as accented Latin letters ('Ïðåçèäåíò'). The page's text alone is now read in the
legacy code page that reads it most plausibly. Controls: windows-1252 and Central European
pages, a UTF-8 page and a page declaring its charset read as before. A page that no code
page reads is one line naming it."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph.ingest import Failure, RawArticle, iter_articles
from newsgraph.ingest._charset import page_text

NAV = "".join(
    f"<li><a href='/section/{i}/index.html' class='nav-link item-{i}'>Section {i}</a></li>"
    for i in range(150)
)


def _page(sentence: str, head: str = "") -> str:
    return (
        f"<html><head>{head}<title>News</title><style>body{{margin:0}}</style></head><body>"
        f"<nav><ul>{NAV}</ul></nav><article><h1>News</h1><p>{sentence}</p><p>{sentence}</p>"
        "</article><footer>Copyright 2024 Example Media. All rights reserved.</footer>"
        "</body></html>"
    )


def _read(tmp_path: Path, data: bytes, name: str = "page.html") -> RawArticle | Failure:
    path = tmp_path / name
    path.write_bytes(data)
    got = list(iter_articles([str(path)]))
    assert len(got) == 1, got
    return got[0]


RUSSIAN = "Президент России заявил в среду, что переговоры продолжатся на следующей неделе."
ARABIC = "قال الرئيس المصري يوم الأربعاء إن المحادثات ستستأنف الأسبوع المقبل في القاهرة."
GREEK = "Ο πρωθυπουργός δήλωσε την Τετάρτη ότι οι συνομιλίες θα συνεχιστούν στην Αθήνα."
KOREAN = "한국 대통령은 수요일 다음 주 서울에서 협상을 재개할 것이라고 말했다."
CHINESE = "中国外交部发言人周三表示，双方将于下周在北京继续举行会谈。"
JAPANESE = "日本の首相は水曜日、来週東京で交渉を再開すると述べた。"
HEBREW = "ראש הממשלה אמר ביום רביעי כי השיחות יימשכו בשבוע הבא בירושלים."
THAI = "นายกรัฐมนตรีกล่าวเมื่อวันพุธว่าการเจรจาจะดำเนินต่อไปในสัปดาห์หน้าที่กรุงเทพฯ"

NON_LATIN = [
    (RUSSIAN, "cp1251"),
    (RUSSIAN, "koi8_r"),
    (ARABIC, "cp1256"),
    (GREEK, "iso8859_7"),
    (KOREAN, "euc_kr"),
    (CHINESE, "gb18030"),
    (JAPANESE, "shift_jis"),
    (HEBREW, "cp1255"),
    (THAI, "cp874"),  # its vowel marks between letters are no symbols
]


@pytest.mark.parametrize(("sentence", "codec"), NON_LATIN, ids=[c for _, c in NON_LATIN])
def test_an_undeclared_non_latin_page_is_read_in_its_code_page(
    tmp_path: Path, sentence: str, codec: str
) -> None:
    got = _read(tmp_path, _page(sentence).encode(codec))
    assert isinstance(got, RawArticle), got
    assert sentence in got.text


WESTERN = "Le président a déclaré à Genève que « l'été » serait chaud, où les prix à 300 €."
GERMAN = "Der Außenminister sagte, die Gespräche würden nächste Woche in Zürich fortgesetzt."
POLISH = "Kurs złotego spadł w poniedziałek, podał bank w Łodzi, a ceny wzrosły."


@pytest.mark.parametrize(
    ("sentence", "codec"), [(WESTERN, "cp1252"), (GERMAN, "cp1252"), (POLISH, "cp1250")]
)
def test_control_undeclared_latin_pages_keep_their_letters(
    tmp_path: Path, sentence: str, codec: str
) -> None:
    assert sentence in page_text(_page(sentence).encode(codec))


def test_control_utf8_and_declared_pages_read_as_before(tmp_path: Path) -> None:
    utf8 = _read(tmp_path, _page(RUSSIAN).encode("utf-8"), "utf8.html")
    declared = _read(
        tmp_path, _page(GREEK, '<meta charset="windows-1253">').encode("cp1253"), "d.html"
    )
    assert isinstance(utf8, RawArticle) and RUSSIAN in utf8.text
    assert isinstance(declared, RawArticle) and GREEK in declared.text


def test_a_page_no_code_page_reads_is_one_line_naming_it(tmp_path: Path) -> None:
    junk = b" ".join([b"k\x98\xff\x81\xa0\x9fx"] * 40)  # C1 bytes, undefined in most pages
    got = _read(tmp_path, b"<html><body><p>" + junk + b"</p></body></html>", "junk.html")
    assert isinstance(got, Failure), got
    assert got.source.endswith("junk.html")
    assert "could not tell its character encoding" in got.reason
    assert "\n" not in got.reason
