"""Border crossings closed lane by lane (issue 10 item 1, real26).

Closing a border is COERCE ``restrict`` (CAMEO 175, the ``coerce.close_border`` pattern:
"Pakistan closed the Torkham border crossing"). News of a closure at a border often names the
parts closed instead: lanes, gates or the port of entry itself, or tells it with the noun
"closure": "CBP announced it would close multiple entry lanes ... at two San Diego-area ports
of entry", "the CBP also announced lane closures at the San Ysidro and Otay Mesa ports of
entry", "Troops getting ready to close off three vehicle lanes at the San Ysidro Port of
Entry", "the lanes that were shut down at the port of entry", "announced the closure of the
border with Turkey". The verb pattern wants a border word as the verb's own dependent, so these
had no event.

A close/shut verb whose closed thing is a lane, gate, port or crossing, or a closure noun of
one that is announced, ordered or imposed, is the closure when its sentence names a border, a
crossing or a port of entry; the one who closes is the verb's subject (a pronoun subject of a
reported clause gives way to the reporter: "CBP announced it would close"), or the subject of
the verb announcing the closure noun. A closure protested or suffered is background
("demonstrated against the closure of the border"). Lanes closed on a road, in a car park or
a pool ("Police closed two lanes of the highway after the crash", "The mall closed two lanes
of its parking lot") name no border and stay none.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from newsgraph.model import Actor, Event
from newsgraph.nlp._doc_words import lemma_indices, lower_indices
from newsgraph.nlp.events._patterns import Pattern
from newsgraph.nlp.events._roles import subject

ActorsOf = Callable[[Doc, list[Token], "str | None"], list[Actor]]
MakeEvent = Callable[..., Event]

_CLOSE_VERBS = frozenset({"close", "shut", "seal"})
_CLOSURE_NOUNS = frozenset({"closure", "closing", "shutdown"})
# the parts of a crossing that are closed
_PASSAGES = frozenset({"lane", "gate", "port", "crossing", "checkpoint", "border", "frontier"})
# words that make the sentence one about a border
_BORDER_WORDS = frozenset({"border", "frontier", "crossing", "checkpoint"})
# a sentence _at_border has a token of one of these lemmas or forms
_BORDER_LEMMAS = _BORDER_WORDS | {"port"}
_BORDER_FORMS = _BORDER_WORDS | {"port", "ports"}
_PRONOUNS = frozenset({"it", "they"})
# verbs that make a closure noun their act ("announced lane closures"); a closure protested,
# blamed or suffered is background ("demonstrated against the closure of the border")
_DECIDING = frozenset({"announce", "order", "decree", "declare", "impose", "extend", "begin"})
# verbs whose clause is no closure that happened ("denied that it had closed lanes")
_DENYING = frozenset({"deny", "dismiss", "reject", "refute"})

_CLOSE = Pattern(
    name="coerce.close_crossing_part",
    pos="V",
    lemma="close",
    with_=frozenset(),
    type="COERCE",
    mode="restrict",
    cameo="175",
    targets=frozenset(),
    context="-",
    reciprocal=False,
)


def _lemma(t: Token) -> str:
    return t.lemma_.lower()


def _at_border(sent: list[Token]) -> bool:
    """The sentence names a border or a crossing, or a port of entry ("ports of entry",
    "Port of Entry", the parser's "Port Entry")."""
    for i, t in enumerate(sent):
        low = _lemma(t)
        if low in _BORDER_WORDS or t.lower_ in _BORDER_WORDS:
            return True
        if low == "port" or t.lower_ in ("port", "ports"):
            rest = [w.lower_ for w in sent[i + 1 : i + 3]]
            if "entry" in rest:
                return True
    return False


def _passage(t: Token) -> bool:
    return _lemma(t) in _PASSAGES or t.lower_.rstrip("s") in _PASSAGES


def _closed_things(verb: Token) -> list[Token]:
    """What a close/shut verb closes: its object, its passive subject, or the noun its relative
    clause describes ("the lanes that were shut down")."""
    things = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if verb.dep_ == "relcl":
        things.append(verb.head)
    return things


def _closer(verb: Token) -> Token | None:
    """Who closes: the verb's subject, the reporter of "it would close" ("CBP announced it
    would close"), a clause's controller ("Troops getting ready to close off")."""
    subj = subject(verb)
    if subj is not None and subj.lower_ in _PRONOUNS and verb.dep_ == "ccomp":
        return subject(verb.head) or subj
    return subj


def _closure_noun(noun: Token) -> bool:
    """A closure noun of a passage: "lane closures", "the closure of the border"."""
    if _lemma(noun) not in _CLOSURE_NOUNS or noun.pos_ != "NOUN":
        return False
    if any(c.dep_ in ("compound", "amod") and _passage(c) for c in noun.children):
        return True
    return any(
        c.dep_ == "prep" and c.lower_ == "of" and any(_passage(g) for g in c.children)
        for c in noun.children
    )


def border_closures(
    doc: Doc, events: list[Event], date: str | None, actors: ActorsOf, make: MakeEvent
) -> list[Event]:
    """COERCE ``restrict`` events for the closures at a border the module doc describes that
    no COERCE or SANCTION event already covers."""
    taken = {e.trigger.start for e in events if e.type in ("COERCE", "SANCTION")}
    out: list[Event] = []
    if not lemma_indices(doc, _BORDER_LEMMAS) and not lower_indices(doc, _BORDER_FORMS):
        return out  # no sentence of the doc is at a border (_at_border)
    for sent in doc.sents:
        toks = list(sent)
        if not _at_border(toks):
            continue
        for tok in toks:
            if tok.idx in taken:
                continue
            if tok.pos_ == "VERB" and _lemma(tok) in _CLOSE_VERBS:
                if not any(_passage(t) for t in _closed_things(tok)):
                    continue
                if tok.dep_ == "ccomp" and _lemma(tok.head) in _DENYING:
                    continue
                closer = _closer(tok)
            elif _closure_noun(tok) and tok.dep_ == "dobj" and _lemma(tok.head) in _DECIDING:
                closer = subject(tok.head)
            else:
                continue
            sources = actors(doc, [closer], date) if closer is not None else []
            taken.add(tok.idx)
            out.append(make(doc, tok, tok.idx, tok.idx + len(tok), _CLOSE, sources, [], date))
    return out
