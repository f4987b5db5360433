"""Verbs of saying, describing and thinking the classifier typed as deeds (issue 10 items 1
and 4, metaphor18).

"Republicans have portrayed her use of the private email system as a reckless danger"
(COERCE), "several GOP leaders suggested he'd be competitive" (THREATEN), "noted that Cruz's
campaign manager is from the state" (COERCE), "has suggested that the United States could
simply default on its debt" (THREATEN): the learned classifier (rule ``model:<type>.<lemma>``)
reads the deed words around a verb of communication or cognition into the verb. Saying,
describing or believing something is no assault, arrest, sanction, protest or mobilisation;
in PLOVER a speech act can only be an accusation, a request, a rejection, support, an
agreement, a concession or a consultation, or a threat when a threat is named.

:func:`spoken_deed` drops a classifier-proposed event whose trigger is such a verb unless its
type is one of :data:`_SPEECH_TYPES`, or THREATEN with a threat word (threat, warn,
retaliate, ultimatum, consequences ...) in the verb's clause. Pattern events ("threatened
to impose sanctions", "warned of retaliation", "called up reservists") are not touched, nor
the events of the clause a statement carries ("said police arrested dozens": the arrest).

:func:`no_comment` (recall21): declining or refusing to comment, elaborate, speculate or give
details is a press formula, no rejection ("The government spokesman declined to comment on
the report"); "refused to allow inspectors", "declined to meet the envoy" stay REJECT.
:func:`exhortation` (recall21): working together that is only wished, needed or possible ("the
whole nation needs to work together", "we can work together") is no cooperation; "the FBI and
local police are working together on the investigation" is.
:func:`loose_arms` (recall21): the arms-delivery patterns need the hardware as the verb's
object ("delivered Leopard tanks", "sent Patriot air defence systems"), not met elsewhere:
"delivered an impassioned defense of New York values", "send classified information on an
unclassified system" are no aid.
:func:`press_briefing` (recall21): briefing reporters, journalists or the press is no
consultation between actors ("The White House press secretary briefed reporters"); "briefed
opposition leaders" stays CONSULT.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from newsgraph.model import Actor
from newsgraph.nlp.events._patterns import Pattern

# verbs of communication and cognition: what is said, shown or thought is no deed
_SAYING = frozenset(
    """say tell suggest portray describe argue note claim think believe characterize
    characterise depict frame label paint cast write explain insist contend assert remark
    comment observe predict speculate acknowledge admit imply hint mention recall report
    tweet publicize publicise posit theorize theorise reckon guess wonder suppose recount
    allege opine muse stress emphasize emphasise caution""".split()
)
# "call up / out / in" reservists or troops is a mobilisation, no speech
_CALL_DEEDS = frozenset({"up", "out", "in"})
# the PLOVER types a speech act can be
_SPEECH_TYPES = frozenset({"ACCUSE", "REQUEST", "REJECT", "SUPPORT", "AGREE", "CONCEDE", "CONSULT"})
# a threat named in the verb's clause: "said it would retaliate", "warned of consequences"
_THREAT_WORDS = frozenset(
    """threat threaten warn warning ultimatum retaliate retaliation reprisal reprisals
    consequence consequences""".split()
)


def speech_verb(tok: Token) -> bool:
    """True for a verb of saying, describing or thinking ("portrayed", "suggested", "noted";
    "called her a liar" but not "called up reservists")."""
    lemma = tok.lemma_.lower()
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    if lemma == "call":
        return not any(c.dep_ == "prt" and c.lower_ in _CALL_DEEDS for c in tok.children)
    return lemma in _SAYING


def _names_threat(tok: Token) -> bool:
    return any(t.lemma_.lower() in _THREAT_WORDS or t.lower_ in _THREAT_WORDS for t in tok.subtree)


def spoken_deed(tok: Token, pattern: Pattern) -> bool:
    """True for a classifier-proposed event on a verb of saying or thinking whose type no
    speech act can have (see the module note)."""
    if not pattern.name.startswith("model:") or not speech_verb(tok):
        return False
    if pattern.type in _SPEECH_TYPES:
        return False
    if pattern.type == "THREATEN":
        return not _names_threat(tok)
    return True


# what one declines to do when one gives the press nothing: no refusal of anyone's demand
_NO_COMMENT = frozenset(
    """comment elaborate speculate specify disclose confirm identify name""".split()
)


def no_comment(tok: Token, pattern: Pattern) -> bool:
    """A REJECT on decline/refuse whose "to" complement is a press formula (module doc)."""
    if pattern.type != "REJECT" or tok.lemma_.lower() not in ("decline", "refuse"):
        return False
    comps = [c for c in tok.children if c.dep_ == "xcomp"]
    return bool(comps) and all(c.lemma_.lower() in _NO_COMMENT for c in comps)


# the press, whom a briefing informs without any consultation between political actors
_PRESS = frozenset(
    """reporter journalist press media correspondent newsman newsmen newspaperman""".split()
)


def press_briefing(tok: Token, pattern: Pattern) -> bool:
    """A CONSULT whose every object is the press (module doc)."""
    if pattern.type != "CONSULT" or pattern.pos != "V":
        return False
    objs = [c for c in tok.children if c.dep_ in ("dobj", "dative")]
    return bool(objs) and all(o.lemma_.lower() in _PRESS or o.lower_ in _PRESS for o in objs)


# modals of what could or should be, not what is done
_WISH_MODALS = frozenset({"can", "could", "should", "must", "might", "may", "ought"})


def exhortation(tok: Token, pattern: Pattern, sources: Sequence[Actor]) -> bool:
    """Cooperation in a wish or a possibility (module doc): the working-together pattern as
    the complement of another verb ("needs to", "want to") or under a modal, or by people
    none of whom has a code ("Braynard and Chrabaszcz worked together at the RNC")."""
    if pattern.type != "COOPERATE" or pattern.name != "cooperate.work_together":
        return False
    if tok.dep_ == "xcomp" or not any(a.code for a in sources):
        return True
    verb = tok
    while verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head  # "we can do civil things together and work together"
    return any(
        c.dep_ == "aux" and c.lower_ in _WISH_MODALS for v in {tok, verb} for c in v.children
    )


_ARMS_RULES = frozenset({"aid.deliver_arms", "aid.ship_arms", "aid.transfer_arms", "aid.send_arms"})
_HARDWARE = frozenset(
    """weapon arm tank missile rocket artillery howitzer ammunition munition shell drone
    launcher jet warplane helicopter armour armor""".split()
)
_SYSTEMS = frozenset({"defence", "defense", "missile", "rocket", "radar", "weapon", "artillery"})


def loose_arms(tok: Token, pattern: Pattern) -> bool:
    """An arms-delivery match whose object is no hardware (module doc)."""
    if pattern.name not in _ARMS_RULES:
        return False
    objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    for o in objs:
        heads = [o, *(g for c in o.children if c.dep_ == "conj" for g in (c,))]
        for h in heads:
            if h.lemma_.lower() in _HARDWARE:
                return False
            mods = {t.lemma_.lower() for t in h.subtree if t.i < h.i}
            if h.lemma_.lower() == "system" and mods & _SYSTEMS:
                return False
    return True
