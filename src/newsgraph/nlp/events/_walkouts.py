"""Walking out of a place is no walkout (issue 10 items 1 and 4, real26).

"Walk out" is a walkout, PROTEST ``strike`` (CAMEO 143; ``protest.walk_out``), when people
leave their work, classes or a meeting in protest: "Teachers walked out of classrooms across
the state", "so many delegates walked out", "the opposition walked out of parliament". It is
also how news tells someone leaving a door, a building or a court: '"He walks out of the
courthouse right now," Judge Patti Saris said' (a detainee freed, gold ev-867), "He walked out
the back door and headed west", "I walked out of that tragedy feeling ...". These were coded
as strikes.

A "walk out" whose "of" object or direct object is not an institution, a meeting or work (a
door, a building, a court, a jail, a feeling) is no walkout; with no such object, a single
person (a pronoun or a singular noun) walking out is none either, while a group ("delegates",
"workers", "the teachers' union") is kept.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.nlp.events._patterns import Pattern

# what one walks out of in protest: work, classes, a body or a meeting
_WALKED_FROM = frozenset(
    {
        "meeting",
        "talk",
        "talks",
        "session",
        "class",
        "classroom",
        "school",
        "work",
        "job",
        "plant",
        "factory",
        "mine",
        "office",
        "hearing",
        "parliament",
        "chamber",
        "assembly",
        "congress",
        "senate",
        "house",
        "debate",
        "conference",
        "negotiation",
        "summit",
        "convention",
        "speech",
        "ceremony",
        "vote",
        "council",
        "committee",
        "shift",
        "hospital",
    }
)
_ONE_PERSON = frozenset({"i", "he", "she"})


def _lemma(t: Token) -> str:
    return t.lemma_.lower()


def _left_things(verb: Token) -> list[Token]:
    """What the walk-out verb leaves: the object of its "of", or a direct object ("walked out
    the back door")."""
    things = [c for c in verb.children if c.dep_ == "dobj"]
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("of", "from")):
        things += [g for g in prep.children if g.dep_ == "pobj"]
    # the parser may hang "of" on "out": "walked out of the courthouse"
    for prt in (c for c in verb.children if c.lower_ == "out"):
        for prep in (c for c in prt.children if c.dep_ == "prep" and c.lower_ == "of"):
            things += [g for g in prep.children if g.dep_ == "pobj"]
    return things


def left_a_place(tok: Token, pattern: Pattern) -> bool:
    """A "walk out" that leaves a place or a person's own way, not work or a meeting (module
    doc)."""
    if pattern.name != "protest.walk_out":
        return False
    things = _left_things(tok)
    if things:
        return not any(_lemma(t) in _WALKED_FROM or t.lower_ in _WALKED_FROM for t in things)
    subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return False
    return subj.lower_ in _ONE_PERSON or (subj.tag_ in ("NN", "NNP") and subj.ent_type_ != "ORG")
