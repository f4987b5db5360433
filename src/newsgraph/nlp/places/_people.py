"""One sense per discourse for people: a one-word name that speaks, follows a title or is
the surname of a person named in full is not a place anywhere in the article.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from newsgraph.nlp._doc import doc_ents, doc_text, tokens
from newsgraph.nlp.places._names import (
    _DIRECTIONS,
    _GAZ_MIN_POP,
    _first_name,
    _name_word,
    _prominent,
    _titled,
)
from newsgraph.nlp.places._resolve import Mention
from newsgraph.nlp.places.gazetteer import Gazetteer

# verbs of saying that are not also plural nouns ("states", "claims" are left out: "Midwest
# states", "Gulf states")
_SPEECH = frozenset(
    "said says told tells added stated explained wrote noted asked replied testified recalled"
    " admitted argued insisted".split()
)


# an age in apposition: "Shelton, 33, had been reported missing"
_AGE_AFTER = re.compile(r", (?:[1-9]\d?|1[01]\d),")


def _drop_speakers(doc: Doc, gaz: Gazetteer, found: list[Mention]) -> list[Mention]:
    """One sense per discourse for people: a one-word name that speaks somewhere in the
    article ("Hopkins said", "Kristina recalled") or follows a title ("coach Ripley") is a
    person's name everywhere in it, unless it names a country, a division or a big city
    ("Moscow said")."""
    text = doc_text(doc)
    names = {text[m.start : m.end] for m in found if "demonym" not in m.rule}
    people: set[str] = set()
    for name in names:
        if not name.isalpha() or not name.istitle():
            continue  # one-word names only
        if name.lower() not in _DIRECTIONS and any(
            _prominent(r, p, _GAZ_MIN_POP) for r, p in gaz.lookup(name)
        ):
            continue  # "Moscow said": a country, big division or big city stays a place
        for hit in re.finditer(rf"(?<!\w){name}(?!\w)", text):
            sp = doc.char_span(hit.start(), hit.end())
            if sp is None or len(sp) != 1:
                continue
            i = sp.start
            if (
                (i + 1 < len(doc) and doc[i + 1].lower_ in _SPEECH)
                or _titled(doc, i)
                or _AGE_AFTER.match(text, hit.end())
            ):
                people.add(name)
                break
    if not people:
        return found

    def person(m: Mention) -> bool:
        name = text[m.start : m.end]
        return name in people and (
            name.lower() in _DIRECTIONS
            or not any(_prominent(r, p, _GAZ_MIN_POP) for r, p in gaz.lookup(name))
        )

    return [m for m in found if "demonym" in m.rule or not person(m)]


_SURNAME_MIN_POP = 1_000_000


# mentions whose place in the text makes them places: "R-Marshall", "Rochester Fire Department"
_PLACE_BY_POSITION = frozenset({"party-home", "inner", "county-list"})


def _drop_surnames(doc: Doc, gaz: Gazetteer, found: list[Mention]) -> list[Mention]:
    """One sense per discourse for people: a one-word name that is the surname of a person
    the article names in full, first name first ("Flores" after "Anthony Flores",
    "Fairfield" after "David Fairfield"), is that person throughout, unless it names a
    country, a division or a city of 500,000+."""
    text = doc_text(doc)
    person_words = surname_words(doc, gaz)
    if not person_words:
        return found

    def person(m: Mention) -> bool:
        name = text[m.start : m.end]
        return (
            name in person_words
            and "demonym" not in m.rule
            and m.rule not in _PLACE_BY_POSITION
            and not any(_prominent(r, p, _SURNAME_MIN_POP) for r, p in gaz.lookup(name))
        )

    return [m for m in found if not person(m)]


_POSSESSIVE_END = re.compile(r"['’]s?$")


def surname_words(doc: Doc, gaz: Gazetteer) -> set[str]:
    """The surnames of the people the article names in full: the last word of a two- or
    three-word PERSON whose first word is a first name or a name word the gazetteer does not
    know, or that follows a title ("Police Superintendent Pedro Toledo")."""
    person_words: set[str] = set()
    for ent in doc_ents(doc):
        words = ent.text.split()  # "Jose Manuel Ohajacao-Ramos": three words, five tokens
        if not (ent.label_ == "PERSON" and 2 <= len(words) <= 3):
            continue
        if (
            _first_name(ent[0].text)
            or (_name_word(ent[0]) and not gaz.lookup(ent[0].text))
            or _titled(doc, ent.start)  # "Police Superintendent Pedro Toledo"
        ):
            # "Marco Rubio’s" in one entity: the surname is "Rubio"
            surname = _POSSESSIVE_END.sub("", words[-1])
            person_words.add(surname)
            if "-" in surname:  # a double-barrelled surname's parts: "Ramos" of it
                person_words.update(w for w in surname.split("-") if w)
    toks = tokens(doc)  # the doc's cached Token list: no Token made per look
    n = len(toks)
    for i in range(1, n - 1):
        # a title, a given name and a surname ("Police Superintendent Pedro Toledo", which the
        # model may read as a place after a given name it does not know); the cheap word
        # tests first, the title look-up only for a capitalised word
        tok, nxt = toks[i], toks[i + 1]
        if (
            tok.is_title
            and tok.is_alpha
            and nxt.is_title
            and nxt.is_alpha
            and not (i + 2 < n and toks[i + 2].is_title)
            and _titled(doc, i)
        ):
            person_words.add(nxt.text)
    return person_words
