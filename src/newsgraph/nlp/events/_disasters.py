"""Event filters for disaster and accident news (issue 10 items 1 and 4, fp29: false events on
unseen real news). Read whole, 42 LGL, GeoVirus and PTC texts on fires, storms, floods, crashes
and quakes that no events gold, audit or probe row uses coded two kinds of routine
hazard-safety work as political events:

* a fire-safety or water-safety rule imposed or lifted is no restriction (COERCE) and no
  concession (CONCEDE): "County lifts burn ban", "The Commissioners Court lifted the
  five-week-old burn ban Tuesday", "a motion to lift the burn ban", "imposed a burn ban". The
  PLOVER manual codes no COERCE for a state of emergency over a disaster absent repressive use;
  a burn ban or a boil-water advisory is that kind of measure. A ban on rallies, a curfew or
  sanctions lifted stay;
* an appeal to the public to take a precaution is safety advice, no REQUEST: "residents are
  also asked to be considerate of their neighbors while burning", "He asked that motorists use
  caution when driving", "health authorities warned residents to boil their water". The
  hazard is often named only in another sentence of the story, so the precaution itself is the
  sign (``_filters_hazard.public_appeal`` needs a hazard word in the sentence). An appeal to
  join a protest or to help find a gunman, and an appeal to a political actor, stay."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from newsgraph.model import Actor
from newsgraph.nlp.events._hospital import hospital_transport
from newsgraph.nlp.events._patterns import Pattern
from newsgraph.nlp.events._received import received_report, received_thing

# a rule's head noun and the fire- or water-safety words that name it ("burn ban", "boil-water
# advisory", "ban on outdoor burning")
_RULE_HEADS = frozenset(
    {"ban", "bans", "restriction", "restrictions", "advisory", "advisories", "order", "notice"}
)
_SAFETY_WORDS = frozenset(
    {"burn", "burning", "fire", "fires", "campfire", "campfires", "boil", "watering", "sprinkler"}
)
_RULE_TYPES = frozenset({"COERCE", "CONCEDE"})

# whom a safety appeal addresses: the public and road users (the words of kind public in
# event_harm.tsv and the ones of the road)
_PUBLIC = frozenset(
    {
        "resident", "residents", "citizen", "citizens", "people", "public", "motorist",
        "motorists", "driver", "drivers", "homeowner", "homeowners", "traveler", "travelers",
        "traveller", "travellers", "anyone", "everyone", "everybody", "visitor", "visitors",
    }
)  # fmt: skip
# what a precaution asks: care, caution, consideration, boiling water
_PRECAUTION = frozenset(
    {
        "caution", "careful", "carefully", "cautious", "cautiously", "considerate", "vigilant",
        "precaution", "precautions", "boil",
    }
)  # fmt: skip
_APPEAL_TYPES = frozenset({"REQUEST", "THREATEN"})
# a THREATEN read from a word of warning that asks the addressee to act ("warned residents to
# boil their water") is an appeal, not a threat
_WARNING = frozenset({"warn", "advise", "caution", "alert"})
_POLITICAL_SECTORS = frozenset({"GOV", "LEG", "MIL", "JUD", "SPY", "OPP", "PTY", "REB", "INS"})


def _rule_nouns(tok: Token) -> list[Token]:
    """The nouns the trigger acts on: itself, its object, its passive subject."""
    return [tok, *(c for c in tok.children if c.dep_ in ("dobj", "nsubjpass", "attr"))]


def _safety_rule(noun: Token) -> bool:
    """A ban, restriction or advisory named for fire or water safety: a safety word compounded
    on it or modifying it ("burn ban", "boil-water advisory") or the object of its "on" ("a ban
    on outdoor burning")."""
    if noun.lemma_.lower() not in _RULE_HEADS and noun.lower_ not in _RULE_HEADS:
        return False
    mods = [c for c in noun.children if c.dep_ in ("compound", "amod", "nmod")]
    mods += [g for m in list(mods) for g in m.children if g.dep_ in ("compound", "amod")]
    mods += [
        g
        for p in noun.children
        if p.dep_ == "prep" and p.lower_ == "on"
        for g in p.children
        if g.dep_ == "pobj"
    ]
    return any(m.lower_ in _SAFETY_WORDS or m.lemma_.lower() in _SAFETY_WORDS for m in mods)


def safety_rule(tok: Token, pattern: Pattern) -> bool:
    """A fire- or water-safety rule imposed or lifted is no COERCE or CONCEDE ("County lifts
    burn ban", "imposed a burn ban", "lifted its boil-water advisory")."""
    if pattern.type not in _RULE_TYPES:
        return False
    return any(_safety_rule(n) for n in _rule_nouns(tok))


def _political(actor: Actor) -> bool:
    code = actor.code or ""
    if code.startswith(("IGO", "IMG")):
        return True
    return bool(actor.sector) and actor.sector in _POLITICAL_SECTORS


def _appeal_parts(tok: Token) -> tuple[list[Token], list[Token]]:
    """Whom an appeal addresses (its object, its passive subject, the subject of its
    complement clause) and the complement clauses themselves ("asked that motorists use
    caution", "warned residents to boil their water", "are asked to be considerate")."""
    clauses = [c for c in tok.children if c.dep_ in ("xcomp", "ccomp")]
    addressees = [c for c in tok.children if c.dep_ in ("dobj", "dative", "nsubjpass")]
    addressees += [g for c in clauses for g in c.children if g.dep_ in ("nsubj", "nsubjpass")]
    return addressees, clauses


def precaution_appeal(
    tok: Token, pattern: Pattern, sources: Sequence[Actor], targets: Sequence[Actor]
) -> bool:
    """An appeal to the public or to road users to take a precaution is safety advice, no
    REQUEST: every addressee is a word of the public, no target is a political actor, and the
    requested act asks for care or caution or to boil water ("asked that motorists use
    caution", "urged drivers to be careful", "warned residents to boil their water")."""
    if pattern.type not in _APPEAL_TYPES:
        return False
    if pattern.type == "THREATEN" and tok.lemma_.lower() not in _WARNING:
        return False
    if any(_political(a) for a in targets):
        return False
    addressees, clauses = _appeal_parts(tok)
    if not addressees or not clauses:
        return False
    if not all(a.lower_ in _PUBLIC or a.lemma_.lower() in _PUBLIC for a in addressees):
        return False
    return any(
        t.lower_ in _PRECAUTION or t.lemma_.lower() in _PRECAUTION
        for c in clauses
        for t in c.subtree
    )


def disaster_no_event(
    tok: Token, pattern: Pattern, sources: Sequence[Actor], targets: Sequence[Actor]
) -> bool:
    """Whether any filter of fp29 vetoes the event (see each function; money or a document
    received is :func:`newsgraph.nlp.events._received.received_thing`, a patient carried to
    hospital :func:`newsgraph.nlp.events._hospital.hospital_transport`)."""
    return (
        safety_rule(tok, pattern)
        or precaution_appeal(tok, pattern, sources, targets)
        or received_thing(tok, pattern)
        or received_report(tok, pattern, sources)  # acled35: a call to the police
        or hospital_transport(tok, pattern, sources)
    )
