"""Place names found in the running text by gazetteer look-up: capitalised runs, the
dateline, names inside organisations' names and before offices, a legislator's home,
and repeats of names already found (one sense per discourse).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from newsgraph import lexicons
from newsgraph.nlp._doc import doc_ents, doc_text, token_bounds, tokens
from newsgraph.nlp.places._later_datelines import DATELINE_DATE
from newsgraph.nlp.places._names import (
    _GAZ_MIN_POP,
    _HOST_LABELS,
    _MEDIA_ARMY_HEADS,
    _NEAR_MIN_POP,
    _facility_words,
    _mention,
    _name_word,
    _stopnames,
    _strong,
    name_words,
)
from newsgraph.nlp.places._resolve import Mention, demonym_country
from newsgraph.nlp.places.gazetteer import COUNTRY, COUNTY, Gazetteer, load, norm

# "MANSFIELD —", "COLUMBUS, Ohio (AP) —", "BEIRUT:", at the start of the text or of a
# sentence among the first few hundred characters (after a headline or a byline's date)
_DATELINE = re.compile(
    r"(?:^|(?<=[.!?] )|(?<=\d{4} )|(?<=\n))\s*([A-Z][A-Z.'\- ]{2,40}?)"
    r"(?:,\s*[A-Z][A-Za-z. ]{1,20})?"
    + DATELINE_DATE  # "MEXICO CITY, Feb. 8 (UPI) —"
    + r"\s*(?:\((?:AP|Reuters|AFP|CNN|UPI|dpa)\)\s*(?:[—–_-]{1,2}|:)?"  # "(AP)" may end it
    r"|(?:\([^)]*\)\s*)?(?:[—–-]{1,2}|:|_(?= )))(?:\s|(?<=[—–])(?=[A-Z][a-z]))"  # "VILLAGE—The"
)


# a dateline without a dash: "SALINA, Kan. Strong winds ..." (the abbreviation must be a US
# state's, checked in :func:`_dateline`)
_DATELINE_STATE = re.compile(
    r"(?:^|(?<=[.!?] )|(?<=\d{4} ))\s*([A-Z][A-Z.'\- ]{2,40}?),\s*((?:[A-Z][a-z]*\.){1,2})"
    r"\s+(?=[A-Z][a-z])"
)


_DATELINE_WINDOW = 300


# a legislator's party and home: "Rep. Barbara Lee, D-Oakland", "Sen. Frank Lautenberg, D-N.J.",
# "Tom Bakk, DFL-Cook"
_PARTY_PLACE = re.compile(
    r"(?<![\w-])(?:D|R|I|DFL)-((?:[A-Z]\.){2}|[A-Z]\.[A-Z][a-z]+\.|[A-Z][a-z]+\."  # "W.Va."
    r"|(?:Mc|Mac|De|Du|La|Le)?[A-Z][a-z]+"
    r"(?: [A-Z][a-z]+)?)"
    r"(?![\w-])"
)


def _party_places(doc: Doc, gaz: Gazetteer, found: list[Mention]) -> list[Mention]:
    """The home of a legislator after the party letter ("D-Oakland", "R-Raleigh", "D-N.J."),
    when the gazetteer knows it (rule party-home); a name it knows only as a county ("D-Braxton",
    "D-McDowell": state delegates are often listed by county) is that county."""
    text = doc_text(doc)
    out: list[Mention] = []
    for hit in _PARTY_PLACE.finditer(text):
        s, e = hit.span(1)
        if any(m.start < e and s < m.end for m in found):
            continue
        name = hit.group(1)
        if name.endswith(".") and name not in gaz.us_abbrev and " " not in name:
            name, e = name[:-1], e - 1  # "D-Monongalia." ends a sentence, not an abbreviation
        if name in gaz.us_abbrev or any(p for _r, p in gaz.lookup(name)):
            out.append(Mention(s, e, "", "party-home"))
        elif any(p and r.feature == COUNTY for r, p in gaz.lookup(f"{name} County")):
            out.append(Mention(s, e, "", "party-home", alias=f"{name} County"))
    return out


def _office_heads(doc: Doc, gaz: Gazetteer, found: list[Mention]) -> list[Mention]:
    """A town or county named before an office or facility word outside any place mention
    ("Avondale Mayor Ed Rieker", "Anderson County Sheriff Greg Taylor", "Carthage Police
    Chief", "Huntsville High School"), whatever the model tagged it: a name inside an
    organisation's name (rule ``inner``, kept as :func:`_confirmed_inner` keeps those)."""
    toks = tokens(doc)
    words = _facility_words()
    covered = bytearray(len(doc_text(doc)) + 1)
    for m in found:
        covered[m.start : m.end] = b"\x01" * (m.end - m.start)
    out: list[Mention] = []
    for i in range(1, len(toks)):
        if toks[i].text not in words:
            continue
        for k in (3, 2, 1):
            s = i - k
            if s < 0:
                continue
            run = toks[s:i]
            if run[0].text in words:
                break  # "Fire Department", "City Council": no place before the office
            if not all(_name_word(t) and (t.is_alpha or t.text.endswith(".")) for t in run):
                continue
            if s > 0 and toks[s - 1].is_title and toks[s - 1].lower_ != "the":
                break  # the end of a longer name: "Jones Library", "Foley Middle"
            name = doc[s:i].text
            if name in _stopnames() or run[0].text in lexicons.first_names():
                continue
            start, end = run[0].idx, run[-1].idx + len(run[-1])
            if any(covered[start:end]):
                break
            if any(_strong(r, p, _NEAR_MIN_POP) for r, p in gaz.lookup(name)):
                out.append(Mention(start, end, "", "inner"))
                break
    return out


def _confirmed_inner(
    doc: Doc, found: list[Mention], gaz: Gazetteer, weak: list[Mention] | None = None
) -> list[Mention]:
    """Keep a town name inside an organisation's name ("Turner Construction", "Wilson
    Elementary") only when the town has 100,000+ people or the article also names it as a
    place on its own ("Gainesville Police" in a story about Gainesville)."""
    text = doc_text(doc)
    literal = {text[m.start : m.end] for m in found if m.rule in ("ner", "gazetteer")}
    dl = _dateline(doc)
    if dl is not None:
        literal.add(dl.text.title())

    def keep(m: Mention) -> bool:
        if m.rule != "inner":
            return True
        name = text[m.start : m.end]
        return (
            name in literal
            or name in gaz.us_abbrev
            or any(_strong(r, p, _GAZ_MIN_POP) for r, p in gaz.lookup(name))
        )

    if weak is not None:
        weak.extend(Mention(m.start, m.end, "", "inner-near") for m in found if not keep(m))
    return [m for m in found if keep(m)]


# country abbreviations without periods that lead the names of national offices in British
# and agency style: "the US Senate", "the UK Home Office"
_COUNTRY_CODES_IN_NAMES = frozenset({"US", "UK"})


def _named_outside(text: str, name: str, start: int, end: int) -> bool:
    """``name`` occurs outside ``text[start:end]`` (its repeats are found as such there)."""
    return any(not start <= hit.start() < end for hit in re.finditer(rf"(?<!\w){name}(?!\w)", text))


def _inner_abbreviations(doc: Doc, ent: SpacySpan, gaz: Gazetteer) -> list[Mention]:
    """Demonyms and country/state abbreviations inside an organisation's name: "American" in
    "American Airlines", "U.S." in "U.S. Department of Education", "S.C." in "S.C. Department
    of Revenue"."""
    out: list[Mention] = []
    for tok in ent:
        if not tok.text[:1].isupper():
            continue
        if tok.is_alpha and demonym_country(norm(tok.text), gaz):
            out.append(_mention(doc, tok.i, tok.i + 1, "inner-demonym"))
        elif (
            "." in tok.text
            and len(tok.text) > 2
            and (
                tok.text in gaz.us_abbrev
                or any(r.feature == COUNTRY and p for r, p in gaz.lookup(tok.text))
            )
        ) or (
            tok.text in _COUNTRY_CODES_IN_NAMES
            and tok.i < ent.end - 1
            and not _named_outside(doc_text(doc), tok.text, ent.start_char, ent.end_char)
        ):
            out.append(_mention(doc, tok.i, tok.i + 1, "inner"))
    return out


def _person_chars(doc: Doc) -> bytearray:
    """Characters inside PERSON names of two or more words (a place's name there is part of a
    person's name: "Ian Hamilton"); one-word PERSON entities are often misread places."""
    mask = bytearray(len(doc_text(doc)) + 1)
    for ent in doc_ents(doc):
        if ent.label_ == "PERSON" and len(ent) > 1:
            mask[ent.start_char : ent.end_char] = b"\x01" * (ent.end_char - ent.start_char)
    return mask


def _repeats(doc: Doc, found: list[Mention], persons: bytearray) -> list[Mention]:
    """Other occurrences of names already found as places (one sense per discourse), but not
    inside a person's name, nor inside an organisation's name that holds a place name without
    being about the place ("New York" of "the New York Times", "Arizona" of "University of
    Arizona": ``resources/places/geo_org_heads.txt``). A name read as a place because a
    locative word comes before it ("stay in Rukban") counts too: the model, which tagged it an
    organisation there, tags it so in "the Rukban camp" and "leaving Rukban" as well."""
    names = {
        doc_text(doc)[m.start : m.end] for m in found if m.rule in ("ner", "gazetteer", "typed")
    }
    # names only a locative word made places: their repeats must stand alone, not inside a
    # longer capitalised name ("Youngstown State University", "North Nokomis Street")
    by_locative = {doc_text(doc)[m.start : m.end] for m in found if m.rule == "locative"} - names
    covered = bytearray(persons)
    for ent in doc_ents(doc):
        if ent.label_ in _HOST_LABELS and any(t.lower_ in _MEDIA_ARMY_HEADS for t in ent):
            covered[ent.start_char : ent.end_char] = b"\x01" * (ent.end_char - ent.start_char)
    for m in found:
        covered[m.start : m.end] = b"\x01" * (m.end - m.start)
    out: list[Mention] = []
    text = doc_text(doc)
    for name in sorted(names | by_locative, key=lambda n: (-len(n), n)):  # longest first
        if not name[:1].isupper():
            continue
        for start, end in _whole_word_hits(text, name):
            if name in by_locative and _in_longer_name(text, start, end):
                continue
            if not any(covered[start:end]):
                covered[start:end] = b"\x01" * (end - start)
                out.append(Mention(start, end, "", "repeat"))
    return out


_CAPITAL_WORD = re.compile(r"[A-Z][\w'’.-]*")


def _in_longer_name(text: str, start: int, end: int) -> bool:
    """A capitalised word joins the name at ``text[start:end]`` on either side (a space
    apart): "Youngstown State University", "North Nokomis Street"."""
    if _CAPITAL_WORD.match(text, end + 1) and text[end : end + 1] == " ":
        return True
    before = text[:start]
    if not before.endswith(" "):
        return False
    word = before[:-1].rsplit(None, 1)[-1] if before[:-1].strip() else ""
    return (
        bool(word)
        and word[:1].isupper()
        and word[-1:] not in ".!?:;,\"“”'"
        and word not in _FUNCTION_CAPS
    )


# capitalised at a sentence's start, never part of a name: "The Rukban camp", "In Greer"
_FUNCTION_CAPS = frozenset(
    "The A An In At On Of From To For By With Near Inside Outside And Or But This That".split()
)


def _is_word_char(c: str) -> bool:
    """What the regex ``\\w`` matches: a character ``str.isalnum`` accepts, or ``_``."""
    return c.isalnum() or c == "_"


def _whole_word_hits(text: str, name: str) -> list[tuple[int, int]]:
    """Non-overlapping occurrences of ``name`` not inside a longer word, left to right: what
    ``re.finditer(r"(?<!\\w)NAME(?!\\w)")`` finds, without compiling a pattern per name (the
    regex cache overflows on an article's many names)."""
    hits: list[tuple[int, int]] = []
    n = len(name)
    i = text.find(name)
    while i >= 0:
        end = i + n
        if (i == 0 or not _is_word_char(text[i - 1])) and (
            end == len(text) or not _is_word_char(text[end])
        ):
            hits.append((i, end))
            i = text.find(name, end)
        else:
            i = text.find(name, i + 1)
    return hits


def _runs(
    doc: Doc,
    gaz: Gazetteer,
    lo: int,
    hi: int,
    taken: bytearray,
    min_pop: int,
    rule: str,
    weak: list[Mention] | None = None,
) -> list[Mention]:
    """Capitalised 1-3 token names in ``doc[lo:hi]`` (outside ``taken``) naming a country,
    a division or a city of at least ``min_pop`` people; names of smaller towns (1,000+) go
    to ``weak`` (rule "near", or "inner-near" inside a name)."""
    out: list[Mention] = []
    toks = tokens(doc)  # the doc's cached Token list: no Token object made per look
    text = doc_text(doc)
    starts, ends = token_bounds(doc)
    named = name_words(doc)  # _name_word of each token
    i = lo
    while i < hi:
        tok = toks[i]
        if taken[i] or not named[i] or not tok.is_alpha or (tok.is_sent_start and rule != "inner"):
            i += 1
            continue
        hit = weak_hit = 0
        for j in range(min(hi, i + 3), i, -1):
            if (
                any(taken[i:j])
                or not all(named[k] or toks[k].lower_ in ("of", "and") for k in range(i, j))
                or toks[j - 1].lower_ in ("of", "and")
            ):
                continue
            name = text[starts[i] : ends[j - 1]]  # doc[i:j].text, with no Span built
            if rule == "inner" and not all(t.pos_ in ("PROPN", "") for t in toks[i:j]):
                continue
            if name in _stopnames():
                continue
            cands = gaz.lookup(name)
            if any(_strong(r, p, min_pop) for r, p in cands):
                hit = j
                break
            if weak is not None and not weak_hit:
                if any(_strong(r, p, _NEAR_MIN_POP) for r, p in cands):
                    weak_hit = j
        end = hit or weak_hit
        if end and rule == "gazetteer" and _inside_longer_name(doc, i, end):
            i = end
        elif hit:
            out.append(_mention(doc, i, hit, rule))
            i = hit
        elif weak_hit and weak is not None:
            weak.append(_mention(doc, i, weak_hit, "near" if rule == "gazetteer" else "inner-near"))
            i = weak_hit
        else:
            i += 1
    return out


def _inside_longer_name(doc: Doc, s: int, e: int) -> bool:
    """The words end a longer capitalised name or are joined to another word by a hyphen:
    "Central Plateau", "Danube Delta", "Vest-Agder"; or they head a longer name with "of"
    ("the Western District of New York", a court's district, not American Samoa's)."""
    if e + 1 < len(doc) and doc[e].lower_ == "of" and doc[e + 1].is_title:
        return True
    if s > 0:
        prev = doc[s - 1]
        if (prev.is_title and prev.is_alpha and prev.lower_ != "the") or (
            prev.text == "-" and not prev.whitespace_
        ):
            return True
    return e < len(doc) and not doc[e - 1].whitespace_ and doc[e].text == "-"


def _dateline(doc: Doc) -> Mention | None:
    head = doc_text(doc)[:_DATELINE_WINDOW]
    hits = [m for m in _DATELINE.finditer(head) if sum(c.isupper() for c in m.group(1)) >= 3]
    if "," in head:
        abbrev = load().us_abbrev
        hits += [
            m
            for m in _DATELINE_STATE.finditer(head)
            if sum(c.isupper() for c in m.group(1)) >= 3 and m.group(2) in abbrev
        ]
    if not hits:
        return None
    m = min(hits, key=lambda h: h.start(1))
    name = m.group(1).rstrip(" -")  # "COLUMBIA -- ": the dash is not the name's
    start = m.start(1) + len(name) - len(name.lstrip())
    return Mention(start, m.start(1) + len(name), name.strip(), "dateline", key=norm(name))
