"""Recognizing a fact is no diplomatic recognition (polfp35, issue 10 items 3 and 4).

"recognize" is SUPPORT (CAMEO 054) when a state, a government, an independence or a genocide is
recognized, or someone as something ("Sweden formally recognised the State of Palestine",
"recognized Kosovo's independence", "the party recognizes him as the presumptive nominee").
Of knowing or noticing it is no event: a clause ("recognizes that angry voters have valid
reasons", "recognized how absurd that would be"), a thing of the mind ("recognized the need to
reshape his persona", "recognize the anxiety of blue-collar workers", "Recognizing this") or a
person known by sight ("no other passenger recognized the Cabinet member").

Read by :func:`newsgraph.nlp.events._filters_speech.speech_no_event`."""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.nlp.events._patterns import Pattern

_RECOGNIZE = frozenset({"recognize", "recognise"})
# what states and parties recognize: a polity, its claims and its acts
_RECOGNIZABLE = frozenset(
    """state government independence sovereignty regime country republic nation authority
    council administration junta election result vote annexation genocide massacre holocaust
    claim border capital territory jurisdiction union marriage right autonomy statehood
    leadership president leader opposition movement party""".split()
)
_DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})


def _knowing_object(obj: Token) -> bool:
    """A direct object that is no polity, claim or act of one: a common noun outside
    :data:`_RECOGNIZABLE` ("the need", "the anxiety", "the Cabinet member"), or "this"."""
    if obj.lower_ in _DEMONSTRATIVES:
        return True
    if obj.pos_ != "NOUN" or obj.ent_type_:
        return False
    return obj.lemma_.lower() not in _RECOGNIZABLE


def known_fact(tok: Token, pattern: Pattern) -> bool:
    """ "recognize" of knowing or noticing: a clause, a thing of the mind or a person known by
    sight, with no "as" ("recognized him as the nominee")."""
    if pattern.type not in ("SUPPORT", "AGREE") or tok.lemma_.lower() not in _RECOGNIZE:
        return False
    kids = list(tok.children)
    if any(c.dep_ == "prep" and c.lower_ == "as" for c in kids):
        return False
    if any(c.dep_ == "ccomp" for c in kids):
        return True  # "recognizes that ...", "recognized how absurd that would be"
    objs = [c for c in kids if c.dep_ == "dobj"]
    return bool(objs) and _knowing_object(objs[0])
