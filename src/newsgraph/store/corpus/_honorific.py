"""A surname written with a title ("Mr. Clinton", "Mrs. Clinton", "Sen. Clinton") that several
persons share joins the one its title fits, or the one the article last named in full (ux38).

News writes a person's full name once and the title and surname after it ("Hillary Clinton
... Mrs. Clinton said"; "Bill Clinton ... Mr. Clinton added"), and a family's members are
told apart the same way. The registry (ux37, :mod:`._surname`) joined a lone surname only
to the article's one full-name person of it, so "Mrs. Clinton" stayed joined to no actor
when the article named two Clintons, or none when the corpus knew two. Now, for a lone
surname that carries a title, among the persons it may be (the article's full-name persons
of that surname, else the corpus's known ones):

1. a gendered honorific (Mr.; Mrs., Ms., Miss) keeps those known by the same gender: the
   honorifics written before their mentions and the pronouns joined to them (he, she)
   across their articles, read from at most :data:`SAMPLE` mentions each;
2. another title (Sen., Secretary, President) keeps those holding it (their roles, or the
   titles before their names);
3. else the person the article named in full most recently before the surname's first
   mention (news coreference), when the article names them.

The choice is made only when one person is left; otherwise the surname stays joined to no
actor, as before. A lone surname without a title is untouched (ux37).
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections import Counter
from collections.abc import Iterable
from typing import Any

from newsgraph.corpus._text import name_key
from newsgraph.store.corpus import _titles

#: honorifics and the gender they mark
_GENDER = {
    **dict.fromkeys(("mr", "sir", "lord"), "m"),
    **dict.fromkeys(("mrs", "ms", "miss", "madam", "mme", "dame", "lady"), "f"),
}
_PRONOUNS = {
    **dict.fromkeys(("he", "him", "his", "himself"), "m"),
    **dict.fromkeys(("she", "her", "hers", "herself"), "f"),
}
#: abbreviated titles and the role nouns they stand for
_SPELLED = {
    "sen": "senator", "gov": "governor", "rep": "representative", "pres": "president",
    "sec": "secretary", "gen": "general", "adm": "admiral", "amb": "ambassador",
    "atty": "attorney", "supt": "superintendent", "det": "detective", "capt": "captain",
    "cpt": "captain", "maj": "major", "sgt": "sergeant", "prof": "professor", "dr": "doctor",
}  # fmt: skip
#: words of a title that say nothing of which person it is
_VAGUE = frozenset(
    ("former", "acting", "then", "late", "interim", "outgoing", "incoming", "of", "the", "for")
)
#: at most this many mentions of a known person are read for its gender
SAMPLE = 400
#: characters read before a mention for the title written there
_BEFORE = 24


def choose(
    conn: sqlite3.Connection,
    article_id: str,
    entity: tuple[Any, ...],
    word: str,
    persons: dict[str, set[str]],
    known: list[str],
) -> tuple[str | None, str]:
    """The actor a titled lone surname joins, and the rule that chose it ('' for none).

    ``entity``: its entities row (id, name, type, country, sector, role, aliases, ...);
    ``word``: the surname's key; ``persons``: the article's person actors and their name keys;
    ``known``: the corpus's person actors named by the surname alone.
    """
    eid, name, _type, _country, _sector, role, aliases, *_ = entity
    text = _article_text(conn, article_id)
    mentions = conn.execute(
        "SELECT start, text FROM mentions WHERE article_id = ? AND entity_id = ? ORDER BY start",
        (article_id, eid),
    ).fetchall()
    written = [_written_before(text[max(0, s - _BEFORE) : s]) for s, _ in mentions]
    written += [_title_words(name_key(n)) for n in [name, *json.loads(aliases or "[]")]]
    marks = Counter(_GENDER[t] for words in written for t in words if t in _GENDER)
    gender = _gender(marks, [w for _, w in mentions], least=1)
    titles = {t for words in written for t in words if t not in _GENDER}
    if role:
        titles |= _role_words(role)
    if gender is None and not titles:
        return None, ""  # no title: ux37's rule stands
    in_article = [a for a, keys in persons.items() if any(k.endswith(" " + word) for k in keys)]
    candidates = in_article if len(in_article) >= 2 else _full_named(conn, known)
    if len(candidates) < 2:
        return None, ""
    if gender is not None:
        fits = [a for a in candidates if _known_gender(conn, a) == gender]
        if len(fits) == 1:
            return fits[0], "gender"
        candidates = fits or candidates
    if titles:
        fits = [a for a in candidates if titles & _known_titles(conn, a)]
        if len(fits) == 1:
            return fits[0], "title"
        candidates = fits or candidates
    if len(in_article) >= 2 and mentions:
        latest = _last_named_before(conn, article_id, candidates, word, mentions[0][0])
        if latest is not None:
            return latest, "recent"
    return None, ""


def _article_text(conn: sqlite3.Connection, article_id: str) -> str:
    row = conn.execute("SELECT text FROM articles WHERE id = ?", (article_id,)).fetchone()
    return str(row[0]) if row else ""


def _full_named(conn: sqlite3.Connection, actors: list[str]) -> list[str]:
    """The actors whose name is a full name (two words or more, titles aside)."""
    out = []
    for actor in actors:
        row = conn.execute("SELECT name FROM actors WHERE id = ?", (actor,)).fetchone()
        if row and " " in _titles.bare(name_key(row[0])):
            out.append(actor)
    return out


def _title_words(key: str) -> set[str]:
    """The title words at the front of a name key ("sen clinton" -> {"senator"})."""
    short = _titles.bare(key)
    if short == key:
        return set()
    words = key[: len(key) - len(short)].split()
    return {_SPELLED.get(w, w) for w in words} - _VAGUE


def _role_words(role: str) -> set[str]:
    """A role noun's words ("secretary of state" -> {"secretary", "state"})."""
    return {_SPELLED.get(w, w) for w in name_key(role).split()} - _VAGUE


#: up to four words (abbreviations with their full stop) right before a mention, with
#: nothing but spaces between them and it ("told Mrs. ", "former Sen. "; not "president, ")
_TAIL = re.compile(r"(?:[^\W\d_]+\.?[^\S\n]+){1,4}$")


def _written_before(before: str) -> set[str]:
    """The titles written right before a mention ("... told Mrs. " -> {"mrs"})."""
    m = _TAIL.search(before)
    if m is None:
        return set()
    words = name_key(m.group()).split()
    for k in range(len(words), 0, -1):  # the longest run of titles ending at the mention
        found = _title_words(" ".join([*words[-k:], "x"]))  # "x": bare() leaves one word
        if found and _titles.bare(" ".join([*words[-k:], "x"])) == "x":
            return found
    return set()


def _gender(marks: Counter[str], pronouns: Iterable[str] = (), least: int = 2) -> str | None:
    """The gender honorifics and pronoun mentions agree on: at least ``least`` marks and
    twice as many as the other's (a pronoun joined to the wrong person now and then is
    outvoted)."""
    counts = Counter(marks)
    for written in pronouns:
        g = _PRONOUNS.get(written.casefold())
        if g:
            counts[g] += 1
    m, f = counts["m"], counts["f"]
    if m >= least and m >= 2 * f:
        return "m"
    if f >= least and f >= 2 * m:
        return "f"
    return None


def _known_gender(conn: sqlite3.Connection, actor: str) -> str | None:
    """A known person's gender from its mentions across articles: the honorifics right
    before them and the pronouns joined to it (at most :data:`SAMPLE` mentions)."""
    rows = conn.execute(
        f"""SELECT n.text, substr(a.text, max(1, n.start - {_BEFORE - 1}), min(n.start, {_BEFORE}))
              FROM actor_entities m
              JOIN mentions n ON n.article_id = m.article_id AND n.entity_id = m.entity_id
              JOIN articles a ON a.id = m.article_id
             WHERE m.actor_id = ? LIMIT {SAMPLE}""",
        (actor,),
    ).fetchall()
    marks = Counter(_GENDER[t] for _, b in rows for t in _written_before(b) if t in _GENDER)
    return _gender(marks, [w for w, _ in rows])


def _known_titles(conn: sqlite3.Connection, actor: str) -> set[str]:
    """A known person's titles: its roles and the titles before its names."""
    out: set[str] = set()
    for kind, name in conn.execute(
        "SELECT kind, name FROM actor_names "
        "WHERE actor_id = ? AND kind IN ('name', 'alias', 'role')",
        (actor,),
    ):
        out |= _role_words(name) if kind == "role" else _title_words(name_key(name))
    return out


def _last_named_before(
    conn: sqlite3.Connection, article_id: str, candidates: list[str], word: str, before: int
) -> str | None:
    """The candidate whose full-name mention ("Hillary Clinton") comes last before ``before``."""
    marks = ",".join("?" * len(candidates))
    best: tuple[int, str] | None = None
    for actor, start, written in conn.execute(
        f"""SELECT m.actor_id, n.start, n.text FROM actor_entities m
              JOIN mentions n ON n.article_id = m.article_id AND n.entity_id = m.entity_id
             WHERE m.article_id = ? AND m.actor_id IN ({marks}) AND n.start < ?""",
        (article_id, *candidates, before),
    ):
        key = _titles.bare(name_key(written))
        if " " in key and key.endswith(" " + word) and (best is None or start > best[0]):
            best = (start, actor)
    return best[1] if best else None
