"""Demonyms two countries share, told apart by the article ("Korean" in a story on South Korea).

Some countries' names differ only by a direction word ("South Korea", "North Korea"), and
their demonyms too ("South Korean", "North Korean"); the bare word ("Korean producers",
"Korean production lines") is then no demonym of its own, and was read as no place. It is
read here as the demonym of whichever of those countries the article itself names most
("South Korea's ministry", "Seoul", "South Korean government"), and as nothing when the
article names none of them or names them equally often. The shared words come from the
demonym tables alone (no list of names): a word is shared when at least two countries'
demonyms are that word after a direction word. A stem only one country has ("African" of
"South African") is not shared: "African nations" stays the continent's, unlabelled.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from spacy.tokens import Doc

from newsgraph.nlp._doc import doc_ents
from newsgraph.nlp.places._demonym_forms import derived_demonyms
from newsgraph.nlp.places._resolve import Mention, _extra_demonyms, demonym_country
from newsgraph.nlp.places.gazetteer import Gazetteer, norm

_DIRECTION_WORDS = frozenset("north south east west northern southern eastern western".split())

_cache: dict[str, dict[str, dict[str, str]]] = {}


def shared_stems(gaz: Gazetteer) -> dict[str, dict[str, str]]:
    """norm(bare word) -> {ISO alpha-2: the country's full demonym} for words two or more
    countries' demonyms share after a direction word ("korean" -> KR: "south korean", KP:
    "north korean")."""
    key = str(getattr(gaz, "path", id(gaz)))
    table = _cache.get(key)
    if table is None:
        forms = {**derived_demonyms(gaz), **_extra_demonyms(), **gaz.demonyms}
        found: defaultdict[str, dict[str, str]] = defaultdict(dict)
        for form, cc in sorted(forms.items()):
            words = form.split()
            if len(words) == 2 and words[0] in _DIRECTION_WORDS:
                if not demonym_country(words[1], gaz):
                    found[words[1]].setdefault(cc, form)
        table = {stem: ccs for stem, ccs in found.items() if len(ccs) >= 2}
        _cache[key] = table
    return table


def _country_of(m: Mention, text: str, gaz: Gazetteer) -> str | None:
    """The country a found mention names or lies in, by its words alone."""
    words = text[m.start : m.end]
    cc = demonym_country(norm(words), gaz)
    if cc:
        return cc
    rows = [r for r, primary in gaz.lookup(m.alias or words) if primary]
    if not rows:
        return None
    return max(rows, key=lambda r: r.population).country_code


def shared_demonyms(doc: Doc, gaz: Gazetteer, found: list[Mention], text: str) -> list[Mention]:
    """Mentions for the bare shared demonyms the model tags as a group ("Korean",
    "Koreans"), each standing for the country the article's other mentions name most."""
    stems = shared_stems(gaz)
    hits = []
    for ent in doc_ents(doc):
        if ent.label_ != "NORP" or " " in ent.text:
            continue
        key = norm(ent.text)
        stem = key if key in stems else key[:-1] if key.endswith("s") else ""
        if stem in stems and not any(
            m.start < ent.end_char and ent.start_char < m.end for m in found
        ):
            hits.append((ent.start_char, ent.end_char, stems[stem]))
    if not hits:
        return []
    votes = Counter(cc for m in found if (cc := _country_of(m, text, gaz)))
    out = []
    for s, e, ccs in hits:
        ranked = sorted(((votes[cc], cc) for cc in ccs), reverse=True)
        if ranked[0][0] == 0 or (len(ranked) > 1 and ranked[0][0] == ranked[1][0]):
            continue  # the article names none of them, or both alike
        out.append(Mention(s, e, "", "demonym", alias=ccs[ranked[0][1]], added=True))
    return out
