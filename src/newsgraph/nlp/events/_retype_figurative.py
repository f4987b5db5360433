"""Verbal attacks in political news (issue 10 items 1 and 4, metaphor17).

In campaign coverage "attack" is mostly a candidate's words: "you attacked Hillary Clinton",
"attacking the GOP nominee as unfit", "faced increasing attacks from Bush and Kasich", "a new line
of attack", "attacks on Trump as something other than a reliable conservative". These are
criticism, ACCUSE ``disapprove`` as verbal attacks against a person are coded
(:func:`newsgraph.nlp.events._retype_speech.as_criticism`), never ASSAULT.

:func:`verbal_attack` retypes an ``attack`` verb or noun when its sentence has no word of
weapons, force, armed people, conflict or terror (:func:`newsgraph.nlp.events._retype_clash`'s
test plus the weapon kind), no side is an armed, police or criminal group, and the attack is
aimed at a person or a person's words and record (a PERSON name, a candidate, nominee, rival,
critic ...; "attacked X for being too tough"), comes from a named person ("attacks from
Christie"), or is a campaign's kind of attack ("line of attack", "attack ad"). "Gunmen attacked
the convoy", "bent on attacking the United States", "the Paris attacks", "the attack on
Americans in Benghazi" stay ASSAULT.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.model import Actor
from newsgraph.nlp.events._harm_lexicon import harm_words
from newsgraph.nlp.events._patterns import Pattern
from newsgraph.nlp.events._retype_speech import as_criticism

_ATTACK_LEMMAS = frozenset({"attack"})
# people of politics and what they say or stand for: an attack on them is one in words
_POLITICAL_OBJECTS = frozenset(
    {
        "nominee",
        "candidate",
        "rival",
        "opponent",
        "challenger",
        "critic",
        "incumbent",
        "frontrunner",
        "front-runner",
        "record",
        "policy",
        "plan",
        "proposal",
        "position",
        "stance",
        "remark",
        "comment",
        "statement",
        "judgment",
        "fitness",
        "character",
        "credibility",
        "integrity",
        "honesty",
        "temperament",
        "campaign",
        "platform",
        "agenda",
        "speech",
        "tweet",
        "media",
        "press",
        "establishment",
        "party",
        "president",
        "senator",
        "governor",
        "congressman",
        "congresswoman",
        "lawmaker",
        "speaker",
    }
)
# words naming a campaign's kind of attack
_VERBAL_MODIFIERS = frozenset(
    {
        "line",
        "ad",
        "ads",
        "advertisement",
        "mailer",
        "negative",
        "personal",
        "political",
        "partisan",
        "verbal",
        "rhetorical",
        "false",
        "baseless",
        "scathing",
        "withering",
        "blistering",
        "sharp",
        "debate",
        "campaign",
    }
)
_EXTRA_VIOLENT = frozenset(
    {
        "terror",
        "terrorist",
        "terrorism",
        "gunman",
        "gunmen",
        "shooting",
        "shooter",
        "bomb",
        "bombing",
        "killed",
        "dead",
        "wounded",
        "injured",
        "victim",
        "police",
        "troops",
        "soldier",
    }
)
# code segments of armed, police or criminal groups (also read by _retype_clash)
ARMED_CODES = frozenset({"MIL", "REB", "COP", "SPY", "INS", "UAF", "CRM", "SEP", "IMG"})
_PLACE_ENTS = frozenset({"GPE", "NORP", "LOC", "FAC"})


def violent_sentence(tok: Token, skip: frozenset[int] = frozenset()) -> bool:
    """A word of weapons, force, armed people, conflict or terror in the sentence (outside
    the tokens ``skip``, e.g. the doer's own title: _retorts)."""
    words = harm_words()
    lexicon = set(_EXTRA_VIOLENT)
    for kind in ("force", "armed", "conflict", "weapon"):
        lexicon |= words.get(kind, frozenset())
    lexicon -= _ATTACK_LEMMAS | {"attacks"}
    return any(
        {t.lower_, t.lemma_.lower()} & lexicon for t in tok.sent if t.i != tok.i and t.i not in skip
    )


def code_segments(code: str) -> set[str]:
    """The three-letter pieces of a CAMEO-style code ("NGAREB" -> {"NGA", "REB"})."""
    return {code[i : i + 3] for i in range(0, len(code), 3)}


def armed_side(actors: list[Actor]) -> bool:
    """A side coded as an armed, police or criminal group."""
    return any(code_segments(a.code or "") & ARMED_CODES for a in actors)


def _personal(t: Token) -> bool:
    """A person or a person's words and standing ("Clinton", "the GOP nominee", "her record")."""
    if t.ent_type_ in _PLACE_ENTS:
        return False
    if t.ent_type_ == "PERSON" or t.lower_ in ("him", "her"):
        return True
    return t.lemma_.lower() in _POLITICAL_OBJECTS


def _verb_aim(tok: Token) -> bool:
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    if objs:
        return all(_personal(o) for o in objs)
    return False


def _with_conj(t: Token) -> list[Token]:
    return [t, *(c for c in t.conjuncts)]


def _noun_aim(tok: Token) -> bool:
    if any(
        c.ent_type_ in _PLACE_ENTS for c in tok.children if c.dep_ in ("compound", "amod", "poss")
    ):
        return False  # "the Paris attacks"
    aims = [
        a
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ in ("on", "against")
        for g in c.children
        if g.dep_ == "pobj"
        for a in _with_conj(g)
    ]
    if any(a.ent_type_ in _PLACE_ENTS for a in aims) or any(
        t.ent_type_ in ("GPE", "LOC", "FAC") for a in aims for t in a.subtree
    ):
        return False  # "attacks on Americans", "the attack on the embassy in Benghazi"
    if tok.head.lower_ == "of" and tok.head.head.lemma_.lower() == "line":
        return True  # "a new line of attack"
    if any(c.dep_ in ("amod", "compound") and c.lower_ in _VERBAL_MODIFIERS for c in tok.children):
        return True  # "a Super PAC ad attack", "a false attack"
    if aims:
        return all(_personal(a) for a in aims)
    # "attacks from Bush and Kasich", "attacks from struggling challengers"
    return any(
        _personal(t)
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ == "from"
        for t in c.subtree
        if t.i != c.i
    )


def verbal_attack(
    tok: Token, pattern: Pattern, sources: list[Actor], targets: list[Actor]
) -> Pattern | None:
    """ACCUSE ``disapprove`` for an attack in words on a person in a sentence with no violent,
    armed or terror context (see the module note); real attacks stay ASSAULT."""
    if pattern.type != "ASSAULT":
        return None
    if tok.lemma_.lower() not in _ATTACK_LEMMAS:  # "launched a new ad attack on the president"
        tok = next(
            (c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in _ATTACK_LEMMAS),
            tok,
        )
        if tok.lemma_.lower() not in _ATTACK_LEMMAS:
            return None
    if violent_sentence(tok) or armed_side([*sources, *targets]):
        return None
    aimed = _verb_aim(tok) if tok.pos_ in ("VERB", "AUX") else _noun_aim(tok)
    return as_criticism(pattern) if aimed else None
