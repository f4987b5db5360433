"""Datelines past the opening of the text: a line that opens on a town's name in capitals and
a dash or an agency's tag ("...Politico reports:\\nTALLAHASSEE — The Florida Department ...",
"...the headline\\n\\nPORTSMOUTH, N.H. — He may be ...", "By The Associated Press WESTERVILLE,
Ohio — Police ..."). :func:`._text_names._dateline` reads the first dateline of the first few
hundred characters only, so a dateline after a long headline, a quoted report's dateline or a
byline's was no place: the model does not tag words in capitals.

The name must be in capitals (three or more letters), open a line (or follow a wire byline),
end in a dash or "(AP)", and be a town the gazetteer knows; when it has no qualifier
(", N.H.", ", Ohio"), a town of :data:`_MIN_POP` people or more, so a heading in capitals
("FAREWELL—", "NOW OPEN—") or a surname opening an obituary is no place.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from newsgraph.nlp._doc import doc_text
from newsgraph.nlp.places._resolve import Mention
from newsgraph.nlp.places.gazetteer import CITY, Gazetteer, norm

# a wire dateline's date after the town (and its qualifier): "MEXICO CITY, Feb. 8 (UPI) —",
# "BUDAPEST, Feb 18 (Reuters) -", "SALZBURG, Austria, February 13, 2018 (LifeSiteNews) –"
DATELINE_DATE = (
    r"(?:,\s*(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|March|Mar\.|April|Apr\.|May|June|July"
    r"|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
    r"\s+\d{1,2}(?:,\s*\d{4})?)?"
)
_LATER = re.compile(
    r"(?:(?<=\n)|(?<=Associated Press ))[ \t]*([A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+){0,3})"
    r"(,\s*[A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)?"
    + DATELINE_DATE
    + r"\s*(?:\((?:AP|Reuters|AFP|CNN|UPI|dpa)\)\s*)?(?:[—–]|--?|_(?= ))(?=\s|[A-Z][a-z])"
)
_MIN_POP = 100_000


def _town(name: str, gaz: Gazetteer, qualified: bool) -> bool:
    for row, _primary in gaz.lookup(name.title()):
        if row.feature == CITY and (qualified or row.population >= _MIN_POP):
            return True
    return False


def later_datelines(doc: Doc, gaz: Gazetteer, found: list[Mention]) -> list[Mention]:
    """Dateline mentions (rule ``dateline``) no mention in ``found`` overlaps."""
    text = doc_text(doc)
    if "\n" not in text and "Associated Press " not in text:
        return []
    out: list[Mention] = []
    for hit in _LATER.finditer(text):
        name = hit.group(1)
        s, e = hit.span(1)
        if sum(c.isupper() for c in name) < 3 or any(m.start < e and s < m.end for m in found):
            continue
        if not _town(name, gaz, hit.group(2) is not None):
            continue
        out.append(Mention(s, e, name, "dateline", key=norm(name)))
    return out
