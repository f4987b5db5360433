"""Rallies: a campaign event or a protest (acled34; moved from _political.py, which was at its
600-line limit).

A rally one named person holds is a campaign event ("Sanders held a rally at Penn State"); a
rally named by the cause it is for or against ("a pro-Hamas rally", "an anti-war rally") is a
demonstration whoever organizes it ("Zakkout organized a pro-Hamas rally outside the Israeli
Consulate")."""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.model import Actor
from newsgraph.nlp.events._roles_common import subject

_CAMPAIGN_WORDS = frozenset({"rally", "event", "town hall"})
_OFFICE = frozenset({"PTY", "LEG", "GOV"})
# prefixes of a modifier that names a rally's cause: the parser splits "pro-Hamas" into "pro",
# "-", "Hamas", all modifiers of the noun; a rare single token "anti-war" keeps the hyphen
_STANCES = ("pro", "anti")


def campaign_rally(tok: Token, dep: Token | None, sources: list[Actor]) -> bool:
    """A rally one named person holds or that bears one person's name ("Sanders held a rally",
    "a Trump rally", "Clinton's rally"): a campaign event, not a protest. A rally of a group
    ("supporters of the opposition held a rally") or an opposition leader's stays a protest,
    and so does a person's rally for or against a cause ("Zakkout organized a pro-Hamas
    rally")."""
    if (
        len(sources) == 1
        and sources[0].name
        and sources[0].sector in _OFFICE
        and any(t.lemma_.lower() == "rally" for t in (tok, dep) if t is not None)
    ):
        return True  # a politician of the actor table (the parser may miss the name)
    rally = next(
        (t for t in (dep, tok) if t is not None and t.lemma_.lower() in _CAMPAIGN_WORDS), None
    )
    if rally is None or rally_cause(rally):
        return False
    holders = [c for c in rally.children if c.dep_ in ("compound", "poss")]
    verb = tok if tok.pos_ in ("VERB", "AUX") else rally.head if rally.dep_ == "dobj" else None
    if verb is not None and verb.pos_ in ("VERB", "AUX"):
        held = subject(verb)
        if held is not None:
            holders.append(held)
    return any(h.ent_type_ == "PERSON" and h.tag_ == "NNP" for h in holders)


def rally_cause(rally: Token) -> bool:
    """The rally is named by a cause it is for or against: a "pro" or "anti" modifier before
    it ("a pro-Hamas rally", "an anti-war rally", "a pro-democracy rally")."""
    for c in rally.lefts:
        if c.dep_ not in ("amod", "compound"):
            continue
        word = c.lower_
        if word in _STANCES or any(word.startswith(s + "-") for s in _STANCES):
            return True
    return False


def cause_modifier(tok: Token, event_type: str) -> bool:
    """A protest's modifier that names its cause, not its holder: "pro-" or "anti-" and the
    word after it ("a pro-Hamas rally" is not held by Hamas, "anti-Trump protests" not by
    Trump)."""
    if event_type != "PROTEST":
        return False
    if any(tok.lower_.startswith(s + "-") for s in _STANCES):
        return True  # one token: "anti-war"
    doc = tok.doc
    for start in range(max(tok.i - 2, 0), tok.i + 1):  # "pro", "-", "Hamas"
        if doc[start].lower_ in _STANCES and start + 1 < len(doc) and doc[start + 1].text == "-":
            return True
    return False
