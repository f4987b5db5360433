"""An actor label the learned tagger misses: "mob" (attach30, issue 11 item 2).

"mob" is not in the framing lexicon: as a lexicon word it would pre-empt the tagger's longer
spans on PTC (attach26 measured "mob" and "radical" together: pooled F1 0.5067 -> 0.5066). It
is added here only where no other record covers it, so every learned span stays as it was, and
only as the label of an actor: a noun heading its phrase ("ripped and bloodied by the mob",
"members of the mob that removed the directors"); not a noun modifying another ("the
anti-Muslim mob mentality", "mob violence"), a "flash mob", or "the Mob" (organised crime,
capitalised in running text). The event coder codes a mob as civilians (CVL, CAMEO's reading
of crowds), so the label has no sector of its own.

"radical" was tried the same way (a noun, or an adjective of a noun of people: "radical
Muslims", "all radical groups"): framing_attach tune recall 0.947 -> 0.976, but PTC tune pooled
F1 0.5068 -> 0.5066 (four spans PTC's annotators left unmarked: "a radical anti-Israel hate
group", "radical forces in their party", ...), so it is not shipped.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.nlp._doc import tokens
from newsgraph.nlp._doc_words import lower_indices

# (kind, label, polarity), as a lexicon row gives them
MOB = ("name_calling", "mob", -0.6)


def _mob(tok: Token) -> bool:
    if tok.lower_ not in ("mob", "mobs") or tok.pos_ != "NOUN":
        return False
    if tok.dep_ in ("compound", "amod", "nmod"):
        return False  # "mob mentality"
    if tok.text[0].isupper() and not tok.is_sent_start:
        return False  # "the Mob": organised crime
    return not (tok.i > 0 and tok.nbor(-1).lower_ == "flash")


def actor_words(toks: list[Token]) -> list[tuple[int, tuple[str, str, float]]]:
    """(index in ``toks``, (kind, label, polarity)) of each "mob" that labels an actor."""
    if toks and toks is tokens(toks[0].doc):  # the whole doc: only its "mob"/"mobs" tokens
        return [(k, MOB) for k in lower_indices(toks[0].doc, ("mob", "mobs")) if _mob(toks[k])]
    return [(k, MOB) for k, tok in enumerate(toks) if _mob(tok)]
