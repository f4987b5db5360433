"""Which Latin code page reads an undeclared page's letters as one language writes them (ux33).

Central European and Turkish bytes (windows-1250, ISO-8859-2, windows-1254, ISO-8859-9) read
in windows-1252 give accented letters too, no control character or symbol among them, so
ux30's count of implausible characters tied and the page was read as windows-1252:
'Cumhurbaþkaný' for 'Cumhurbaşkanı', 'jövõ' for 'jövő', 'ľe' for 'že' (ISO-8859-2 read as
windows-1250). A reading whose letters beyond ASCII belong to no one language's alphabet
is not text: Czech read as windows-1252 mixes 'ø' (Danish) with 'è' and 'š'; Turkish mixes
'þ' and 'ý' (Icelandic) with 'ç' and 'ü' (not Icelandic). Among tied readings the one whose
letters cost least in the alphabet that fits it best wins (a letter outside it costs 3, one
inside its rank there, so French 'à' read as Slovak 'ŕ' costs more; a sign glued to a letter
costs 1); windows-1252 still wins a tie (a German page reads the same in windows-1250), and
when tied readings give different text within half a letter's cost the page is
*undecidable*: :func:`tie_note` says one line.
"""

from __future__ import annotations

import re

#: letters beyond ASCII each language writes, lower case, the most frequent first (Turkish
#: 'İ' kept as itself: it lowers to two characters)
ALPHABETS: dict[str, str] = {
    "French": "éèàçêôîâùûëïœüÿæ",
    "German": "äüöß",
    "Spanish": "óíáéñúü",
    "Portuguese": "ãçéáíóêõúâàü",
    "Italian": "àèùòìéóí",
    "Catalan": "àéèòçíóúïü",
    "Dutch": "ëéïöóáü",
    "Danish/Norwegian": "øåæéó",
    "Swedish/Finnish": "äåöéšž",
    "Icelandic": "áðíéóúýþæö",
    "Estonian": "äõüöšž",
    "Czech": "íáéýěčřžšůúťďňó",
    "Slovak": "áíéýúžčšťľďňôäóŕĺ",
    "Polish": "ęąółżśćńź",
    "Hungarian": "éáöóőüíúű",
    "Slovene/Croatian": "čšžćđ",
    "Romanian": "ăîâșțşţ",
    "Albanian": "ëç",
    "Turkish": "ıüşçğöİâîû",
    "Lithuanian": "ėšųąįūžčę",
    "Latvian": "āēīšūņļķģčž",
}
_OUTSIDE = 3.0  # a letter no language of the reading writes
#: each letter's cost in each language: its rank over the alphabet's length (0 the most
#: frequent), so 'ŕ' (rare in Slovak) standing for French 'à' costs more than 'à' itself
_COSTS = {
    name: {ch: rank / len(letters) for rank, ch in enumerate(letters)}
    for name, letters in ALPHABETS.items()
}
#: a sign beyond ASCII touching a letter ('pokračova»': ISO-8859-2 'ť' read as windows-1250)
_GLUED = re.compile(r"(?<=[^\W\d_])[^\w\s\x00-\x7f]|[^\w\s\x00-\x7f](?=[^\W\d_])")
_GLUED_COST = 1.0
_CLOSE = 0.5  # readings nearer than this (half a rare letter) are undecidable
_LATIN_LETTER = re.compile(r"[^\W\d_\x00-\x7f]")

#: the code pages this applies to (one Latin alphabet each); others keep ux30's choice
LATIN = {"cp1252", "cp1250", "iso8859_2", "cp1254", "cp1257"}
NAMES = {
    "cp1252": "windows-1252", "cp1250": "windows-1250", "iso8859_2": "ISO-8859-2",
    "cp1254": "windows-1254", "cp1257": "windows-1257",
}  # fmt: skip


def misfit(text: str) -> float:
    """How unlike one language's letters the letters beyond ASCII in ``text`` are: the
    least, over the languages, of each letter's cost (its rarity there; 3 outside the
    alphabet), plus 1 for each sign beyond ASCII touching a letter. 0 for a text with none."""
    glued = _GLUED_COST * len(_GLUED.findall(text))
    letters = [low if len(low := ch.lower()) == 1 else ch for ch in _LATIN_LETTER.findall(text)]
    if not letters:
        return glued
    return glued + min(sum(cost.get(ch, _OUTSIDE) for ch in letters) for cost in _COSTS.values())


def prefer(readings: dict[str, str]) -> tuple[str, list[str]]:
    """Of tied ``readings`` (codec -> text, in tie order), the codec whose letters are most
    like a language's, and the others whose different text is about as like (undecidable)."""
    fits = {codec: misfit(text) for codec, text in readings.items()}
    best = min(fits.values())
    chosen = next(codec for codec, fit in fits.items() if fit == best)
    rivals = [
        codec
        for codec, fit in fits.items()
        if codec != chosen and fit - best < _CLOSE and readings[codec] != readings[chosen]
    ]
    return chosen, rivals


def tie_note(chosen: str, rivals: list[str]) -> str:
    """The one line for a page two code pages read equally well."""
    others = " or ".join(NAMES.get(c, c) for c in rivals)
    return (
        f"no character encoding declared and its letters read as plausibly in {others}: "
        f"read as {NAMES.get(chosen, chosen)}; declare its charset or save it as UTF-8"
    )
