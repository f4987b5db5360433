"""PETRARCH-format actor/agent/verb dictionary loader, on hand-written snippets."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph.errors import ResourceError
from newsgraph.nlp.events.dictionaries import (
    ActorEntry,
    AgentEntry,
    load_actors,
    load_agents,
    load_verbs,
)

ACTORS = """\
<!-- a comment block
spanning lines -->
# a comment line
ARNOR_  [ARN]
ARGENTIN  [ARG]
GONDOR [GON]
+MINAS_TIRITH
+ANORIEN
SERGEY_LAVROV_  # a dated role
+LAVROV
\t[RUSGOV 19940922-20040712]
\t[RUSGOV >040309]
GOLLUM
\t[HOB < 950601]
\t[HOBGOV 19950601 - 19990815]
\t[HOBREB > 990816]
BOROMIR  [---]
"""

AGENTS = """\
!PERSON! = MAN, MEN
GOVERNMENT  [~GOV]
MSF {}  [NGO~]
GOLDEN_GOOSE {GOLDEN_GEESE} [~GGS]
POLICE {} [ ~COP]
CONGRESS!PERSON! [~LEG]
"""


def _write(tmp_path: Path, name: str, text: str) -> Path:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def _actor(d, words: str) -> ActorEntry | None:
    m = d.match(words.split(), 0)
    return None if m is None else m[1]


def test_actor_names_synonyms_and_stems(tmp_path: Path) -> None:
    d = load_actors(_write(tmp_path, "a.txt", ACTORS))
    assert _actor(d, "arnor").code_on(None) == "ARN"
    assert _actor(d, "arnorian") is None  # trailing "_": exact word only
    assert _actor(d, "argentina").code_on(None) == "ARG"  # stem
    assert d.match("minas tirith said".split(), 0)[0] == 2
    assert _actor(d, "minas tirith").code_on(None) == "GON"
    assert _actor(d, "boromir").code_on(None) is None  # null code


def test_dated_roles_pick_the_article_date(tmp_path: Path) -> None:
    d = load_actors(_write(tmp_path, "a.txt", ACTORS))
    lavrov = _actor(d, "lavrov")
    assert lavrov.code_on("2018-08-29") == "RUSGOV"
    assert lavrov.code_on("1990-01-01") is None
    gollum = _actor(d, "gollum")
    assert gollum.code_on("1994-01-01") == "HOB"
    assert gollum.code_on("1997-05-05") == "HOBGOV"
    assert gollum.code_on("2001-01-01") == "HOBREB"


def test_agents_codes_plurals_and_sets(tmp_path: Path) -> None:
    d = load_agents(_write(tmp_path, "g.txt", AGENTS))

    def agent(words: str) -> AgentEntry | None:
        m = d.match(words.split(), 0)
        return None if m is None else m[1]

    assert agent("government").suffix == "GOV"
    assert agent("governments").suffix == "GOV"  # regular plural derived
    assert agent("msf").prefix == "NGO" and agent("msf").suffix == ""
    assert agent("msfs") is None  # "{}": no plural
    assert agent("golden geese").suffix == "GGS"
    assert agent("police").suffix == "COP"
    assert agent("congressmen").suffix == "LEG"


def test_verbs_blocks_and_simple_patterns(tmp_path: Path) -> None:
    text = "--- RESTORE  [064]  ---\nRESTORE\n- * DIPLOMATIC TIES [050]\n- NOT * RELATIONS [112]\n"
    entries = load_verbs(_write(tmp_path, "v.txt", text))
    got = {(e.lemma, e.word, e.code) for e in entries}
    assert ("restore", None, "064") in got
    assert ("restore", "ties", "050") in got
    assert not any(e.code == "112" for e in entries)  # words before "*": left to the parse


def test_verbs_compound_markers(tmp_path: Path) -> None:
    text = "--- AGREE  [081]  ---\nAGREE\n- * WITH % [031]\n- % * [030:030]\n- % HAVE * [191]\n"
    got = {(e.word, e.code, e.compound) for e in load_verbs(_write(tmp_path, "v.txt", text))}
    assert got == {(None, "081", None), ("with", "031", "target"), (None, "030", "source")}


def test_malformed_user_actor_dictionary_names_file_and_line(tmp_path: Path) -> None:
    text = "# mine\nGONDOR [GON]\n+MINAS_TIRITH\nLAVROV [RUSGOV 2004x]\n"
    bad = _write(tmp_path, "mine.actors.txt", text)
    with pytest.raises(ResourceError) as err:
        load_actors(bad)
    assert str(err.value).startswith(f"{bad}: line 4: malformed code [RUSGOV 2004x]")
    orphan = _write(tmp_path, "orphan.txt", "+LAVROV\n\t[RUSGOV]\n")
    with pytest.raises(ResourceError, match=r"orphan.txt: line 1: a '\+' synonym before any"):
        load_actors(orphan)
    with pytest.raises(ResourceError, match="is not UTF-8 text"):
        load_actors(_write_bytes(tmp_path, "latin.txt", b"S\xe9GOL\xe8NE [FRA]\n"))


def test_malformed_user_agent_dictionary_names_file_and_line(tmp_path: Path) -> None:
    bad = _write(tmp_path, "mine.agents.txt", "GOVERNMENT [~GOV]\nPOLICE {} [~COP}\n")
    with pytest.raises(ResourceError, match=r"mine.agents.txt: line 2: unbalanced \[ \]"):
        load_agents(bad)
    empty = _write(tmp_path, "empty.txt", "# nothing here\n")
    with pytest.raises(ResourceError, match="empty.txt: no dictionary entries"):
        load_agents(empty)


def test_a_few_typos_in_a_large_published_dictionary_are_skipped(tmp_path: Path) -> None:
    body = "".join(f"ACTOR_{i}_ [A{i:02d}]\n" for i in range(200))
    body += "TYPO_ [XXX 9008223-911221]\n"
    d = load_actors(_write(tmp_path, "big.txt", body))
    assert _actor(d, "actor 7").code_on(None) == "A07"
    assert _actor(d, "typo") is None


def _write_bytes(tmp_path: Path, name: str, data: bytes) -> Path:
    p = tmp_path / name
    p.write_bytes(data)
    return p
