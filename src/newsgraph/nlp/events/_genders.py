"""The gender the article gives a named person, so that "her" is never a man it names and "his"
never a woman (targets41): "Martin O'Malley lamented her tendency to commit gaffes" after
"Clinton did not revisit her Wall Street remarks" is Clinton's tendency, not O'Malley's.

A person's gender is read from the one mention of them at hand, never from the entity's other
mentions (the linker sometimes files one person's bare surname under a relative: "Trump" under
"Ivanka Trump"): a "he"/"she" the linker chained to them, an honorific or gendered title before
or inside the mention ("Mrs. Clinton", "Congresswoman Debbie Wasserman Schultz"; the linker's
own lists), a first name the lexicon knows followed by another name ("President Vladimir
Putin"). A bare surname says nothing, and clues that disagree say nothing either."""

from __future__ import annotations

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from newsgraph import lexicons as lexicon
from newsgraph.model import Span
from newsgraph.nlp._doc import doc_text, entity_at
from newsgraph.nlp.entities._mentions import GENDERED_ROLE, HONORIFIC

# the gender a third-person singular pronoun takes (its possessive and object forms too)
PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}


def mention_gender(doc: Doc, m: Span) -> str | None:
    """'m' or 'f' when one mention of a person says it (a "he"/"she" the linker chained, an
    honorific or title, a first name), else None."""
    text = doc_text(doc)
    said = PRONOUN_GENDER.get(text[m.start : m.end].lower())
    if said is not None:
        return said
    words = doc.char_span(m.start, m.end, alignment_mode="expand")
    if words is None or words.root.pos_ == "PRON":
        return None
    found = _name_genders(words)
    return found.pop() if len(found) == 1 else None


def _name_genders(words: SpacySpan) -> set[str]:
    """The genders one mention's words give: an honorific or gendered title before or inside
    it ("Mrs. Clinton", "Congresswoman Debbie Wasserman Schultz"), a first name the lexicon
    knows followed by another name inside it ("President Vladimir Putin": Vladimir)."""
    doc = words.doc
    out: set[str] = set()
    before = doc[words.start - 1].lower_ if words.start > 0 else ""
    for low in (before, *(t.lower_ for t in words)):
        g = HONORIFIC.get(low) or GENDERED_ROLE.get(low)
        if g is not None:
            out.add(g)
    names = lexicon.first_names()
    for t in words[:-1]:
        g = names.get(t.text)
        if g is not None and doc[t.i + 1].pos_ == "PROPN":
            out.add(g)
    return out


def other_gender(pron: Token, named: Token) -> bool:
    """Whether the third-person pronoun ``pron`` cannot stand for the person whose name holds
    the token ``named``: that mention gives the other gender ("her" and "former governor
    Martin O'Malley"). False when either gender is unknown."""
    if named.pos_ == "PRON":
        return False
    doc = named.doc
    ent = entity_at(doc, named.idx, named.idx + len(named))
    if ent is None or ent.type != "PERSON":
        return False
    here = next((m for m in ent.mentions if m.start <= named.idx < m.end), None)
    return here is not None and other_gender_mention(pron, here)


def other_gender_mention(pron: Token, m: Span) -> bool:
    """Whether the pronoun ``pron`` cannot stand for the person of the mention ``m``."""
    want = PRONOUN_GENDER.get(pron.lower_)
    known = mention_gender(pron.doc, m) if want is not None else None
    return known is not None and known != want
