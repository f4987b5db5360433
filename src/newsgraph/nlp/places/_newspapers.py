"""A place name heading a newspaper's name is no place ("the Des Moines Register", "the
Orlando Sentinel", "the Baltimore Sun", "the Kansas City Star", "the Sacramento Bee", "the
New Hampshire Union Leader", "the Sioux Falls Argus Leader"): the GeoWebNews-style sets'
convention (``tests/data/places/README.md``: a newspaper's name holds no place).

``geo_org_heads.txt`` already keeps "New York" of "the New York Times" out, but only where the
model tags the whole name as an organisation and only for the heads it lists ("times",
"post", "herald", ...). Newspapers are often tagged otherwise ("Orlando Sentinel" a person,
"Kansas City Star" a place, "the New Hampshire Union" an organisation without "Leader"), and
"register", "sentinel", "sun", "bee", "star" are no heads there. This reads the text: a place
whose name is followed, on the same line, by a run of capitalised words (at most three) that
ends on a newspaper's title word is dropped. Two-word titles ("Union Leader", "Argus
Leader") count as one; "Leader" alone does not ("the Iran Supreme Leader" keeps Iran).
Hyphened titles count by any part ("Sun-Times", "Star-Ledger", "Courier-Journal"). Words
that also end a public office's name are left out ("Emergency Dispatch", "Medical Examiner":
a jurisdiction's name there counts), and a title followed by "of" is an office ("the Wake
County Register of Deeds").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from newsgraph.model import Place
from newsgraph.nlp._doc import doc_text

# the last word of a newspaper's name (lower case)
_TITLE_WORDS = frozenset(
    "register sentinel sun bee star courant enquirer mercury ledger courier"
    " times post journal tribune herald gazette chronicle telegraph observer inquirer".split()
)
# two-word endings whose last word alone is too common a noun
_TITLE_PAIRS = frozenset({("union", "leader"), ("argus", "leader")})
_RUN = re.compile(r"(?: [A-Z][A-Za-z'’]*(?:-[A-Z][A-Za-z'’]*)*){1,4}")
# an office, not a newspaper: "the Wake County Register of Deeds"
_OF = re.compile(r" of\b")
_MAX_WORDS = 3


def _newspaper_run(text: str, end: int) -> bool:
    """The capitalised words right after ``end`` (on the same line) end a newspaper's name."""
    m = _RUN.match(text, end)
    if m is None:
        return False
    words = m.group(0).split()
    if len(words) > _MAX_WORDS or _OF.match(text, m.end()):
        return False
    last = words[-1].lower().rstrip("'’")
    if any(part in _TITLE_WORDS for part in last.split("-")):
        return True
    return len(words) >= 2 and (words[-2].lower(), last) in _TITLE_PAIRS


def drop_newspaper_names(doc: Doc, places: list[Place]) -> list[Place]:
    """The places that are no town heading a newspaper's name."""
    text = doc_text(doc)
    return [p for p in places if not _newspaper_run(text, p.span.end)]
