"""Arms sent to another state, curbs on trade, and calls on forces (issue 10 items 1 and 4,
recall21: classes missed on new hand-written sentences).

* :func:`arms_transfer`: weapons a state sends to another state are military aid (the PLOVER
  manual's AID: "military and police assistance including arms and personnel"), not a
  deployment of its own forces: "Britain sent long-range missiles to Ukraine" is AID, while
  "Russia sent tanks to the border" and "China sent drones near Taiwan" (no state receives
  them) stay MOBILIZE ``weapons``. Only hardware counts: troops, warships and aircraft sent to
  a country are a deployment there.
* :func:`trade_curb`: a ban or restrictions imposed on imports, exports or trade are an
  embargo (SANCTION, CAMEO 163), not a ban on people or their activities (COERCE): "China
  imposed a ban on imports of Japanese seafood"; "imposed a ban on rallies" stays COERCE.
* :func:`call_on_forces`: "called on the army to release the prisoners" asks the army to act
  (REQUEST); only "called in/up/out the army" mobilizes it.
* :func:`joint_drill`: drills or exercises called joint, combined or bilateral anywhere in
  their noun phrase ("conducted joint coast guard drills") are military cooperation
  (COOPERATE, as "held joint exercises" already was), not one side's show of force.
* :func:`hosted_refugees`: hosting refugees, migrants or displaced people is shelter (AID,
  the manual's asylum), not a visit hosted (CONSULT).
* :func:`relief_carrier`: a ship, plane or convoy sent carrying relief, aid or supplies is
  aid (AID), not a deployment ("India dispatched a naval ship carrying relief material").
* :func:`organisation_exit`: withdrawing from an organisation, bloc, treaty or talks is the
  manual's SANCTION ``withdraw`` ("withdraw oneself ... from a group, mediation activity,
  organization"), not a military retreat: "Burkina Faso, Mali and Niger withdrew from ECOWAS";
  "troops withdrew from the town" stays RETREAT.
* :func:`multinational_drill`: an exercise or drill held by the forces of two or more
  states, or by one with another, is military cooperation (the manual: "joint military
  operations are coded as COOPERATE but single-country exercises should be coded as
  MOBILIZE"): "India and France held naval exercises in the Arabian Sea".
* :func:`forces_withdraw`: forces withdrawing from a place under a deal or treaty retreat
  (RETREAT ``withdraw``): "Ethiopian federal troops began withdrawing from Mekelle under a deal
  signed last month" is no exit from the deal, though the pact pattern found its word.
"""

from __future__ import annotations

import dataclasses

from spacy.tokens import Token

from newsgraph.model import Actor
from newsgraph.nlp.events._patterns import Pattern

# hardware that changes hands when sent to another state (not troops, ships or aircraft)
_ARMS = frozenset(
    {
        "weapon",
        "arm",
        "tank",
        "missile",
        "rocket",
        "artillery",
        "howitzer",
        "ammunition",
        "munition",
        "shell",
        "drone",
        "launcher",
        "system",
        "armour",
        "armor",
    }
)
# sectors of a state that receives arms (its government or forces, or the bare country)
_STATE_SECTORS = frozenset({"", "GOV", "MIL"})
_TRADE = frozenset({"import", "export", "trade", "shipment", "purchase"})
_CURBS = frozenset({"ban", "restriction", "curb", "embargo", "limit", "control"})
_RELIEF = frozenset(
    {"relief", "aid", "supply", "supplies", "food", "medicine", "assistance", "tent", "water"}
)
_BODIES = frozenset(
    """bloc union alliance organization organisation agreement accord treaty pact deal league
    body court council commission talk talks negotiation coalition partnership convention
    initiative framework""".split()
)
_FORCES = frozenset({"troop", "force", "soldier", "army", "fighter", "unit", "militant"})
_JOINT = frozenset({"joint", "combined", "bilateral", "trilateral", "multinational"})
_DRILLS = frozenset({"drill", "exercise", "maneuver", "manoeuvre", "war-game", "wargame"})
_SHELTERED = frozenset(
    {"refugee", "migrant", "asylum-seeker", "seeker", "evacuee", "displaced", "exile"}
)


def _objects(tok: Token) -> list[Token]:
    """The trigger's objects, and the "of" object of a quantity ("thousands of refugees")."""
    objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    return objs + [
        g
        for o in objs
        for c in o.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children
        if g.dep_ == "pobj"
    ]


def _state(a: Actor) -> bool:
    return bool(a.country) and (a.sector or "") in _STATE_SECTORS and len(a.code or "") <= 6


def arms_transfer(
    tok: Token, pattern: Pattern, sources: list[Actor], targets: list[Actor]
) -> Pattern | None:
    """AID ``military`` for weapons a state sends to another state (module doc)."""
    if pattern.type != "MOBILIZE" or pattern.pos != "V" or tok.lemma_.lower() != "send":
        return None
    if not any(o.lemma_.lower() in _ARMS for o in _objects(tok)):
        return None
    own = {a.country for a in sources if a.country}
    if not own or not any(_state(a) for a in sources):
        return None
    tos = {g.i for c in tok.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.subtree}
    starts = {tok.doc[i].idx for i in tos}
    if not any(
        _state(a) and a.country not in own and any(a.span.start <= s < a.span.end for s in starts)
        for a in targets
    ):
        return None
    return dataclasses.replace(
        pattern, name=f"{pattern.name}.arms", type="AID", mode=None, cameo="072", context="military"
    )


def trade_curb(tok: Token, pattern: Pattern) -> Pattern | None:
    """SANCTION ``discontinue`` for a ban or restrictions imposed on trade (module doc)."""
    if pattern.type != "COERCE" or pattern.pos != "V":
        return None
    for o in _objects(tok):
        if o.lemma_.lower() not in _CURBS:
            continue
        objs = [  # "on imports" hung on the curb or on the verb
            g
            for c in [*o.children, *tok.children]
            if c.dep_ == "prep" and c.lower_ in ("on", "against")
            for g in c.children
            if g.dep_ == "pobj"
        ]
        kinds = [c for c in o.children if c.dep_ in ("compound", "amod")]  # "export curbs"
        if any(g.lemma_.lower() in _TRADE for g in [*objs, *kinds]):
            return dataclasses.replace(
                pattern,
                name=f"{pattern.name}.trade",
                type="SANCTION",
                mode="discontinue",
                cameo="163",
                context="economic",
            )
    return None


def call_on_forces(tok: Token, pattern: Pattern) -> Pattern | None:
    """REQUEST for a call on forces to act rather than a call-up (module doc)."""
    if pattern.type != "MOBILIZE" or pattern.pos != "V" or tok.lemma_.lower() != "call":
        return None
    if any(c.dep_ in ("prt", "dobj") for c in tok.children):
        return None  # "called up reservists", "called the National Guard in"
    if not any(c.dep_ == "prep" and c.lower_ in ("on", "upon") for c in tok.children):
        return None
    return dataclasses.replace(
        pattern,
        name=f"{pattern.name}.call_on",
        type="REQUEST",
        mode=None,
        cameo="100",
        context=None,
    )


def joint_drill(tok: Token, pattern: Pattern) -> Pattern | None:
    """COOPERATE ``military`` for drills called joint in their noun phrase (module doc)."""
    if pattern.type != "MOBILIZE" or pattern.pos != "V":
        return None
    for o in _objects(tok):
        if o.lemma_.lower() not in _DRILLS:
            continue
        if any(t.lower_ in _JOINT for t in o.subtree if t.i < o.i):
            return dataclasses.replace(
                pattern,
                name=f"{pattern.name}.joint",
                type="COOPERATE",
                mode=None,
                cameo="062",
                context="military",
            )
    return None


def hosted_refugees(tok: Token, pattern: Pattern) -> Pattern | None:
    """AID for refugees or migrants hosted (module doc)."""
    if pattern.type != "CONSULT" or pattern.pos != "V" or tok.lemma_.lower() != "host":
        return None
    if not any(o.lemma_.lower() in _SHELTERED for o in _objects(tok)):
        return None
    return dataclasses.replace(
        pattern, name=f"{pattern.name}.refugees", type="AID", mode=None, cameo="075", context=None
    )


def relief_carrier(tok: Token, pattern: Pattern) -> Pattern | None:
    """AID for a vessel or convoy sent carrying relief (module doc)."""
    if pattern.type != "MOBILIZE" or pattern.pos != "V":
        return None
    for o in _objects(tok):
        carried = [
            g
            for c in o.children
            if c.dep_ == "acl" and c.lemma_.lower() in ("carry", "load", "bring")
            for g in c.subtree
        ]
        if any(g.lemma_.lower() in _RELIEF or g.lower_ in _RELIEF for g in carried):
            return dataclasses.replace(
                pattern, name=f"{pattern.name}.relief", type="AID", mode=None, cameo="073"
            )
    return None


def organisation_exit(
    tok: Token, pattern: Pattern, sources: list[Actor], targets: list[Actor]
) -> Pattern | None:
    """SANCTION ``withdraw`` for leaving an organisation, treaty or talks (module doc): every
    "from" object is a named organisation, a word of one (:data:`_BODIES`), or an actor coded
    as an international or non-governmental organisation; armed forces withdrawing ("US troops
    withdrew from the UN base") retreat."""
    if pattern.type != "RETREAT" or pattern.mode != "withdraw":
        return None
    if any((a.sector or "") in ("MIL", "REB") for a in sources) or any(
        t.lemma_.lower() in _FORCES for t in [tok, *tok.children] if t.dep_ in ("nsubj", "ROOT")
    ):
        return None
    froms = [
        g
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ == "from"
        for g in c.children
        if g.dep_ == "pobj"
    ]
    bodies = [a for a in targets if (a.code or "")[:3] in ("IGO", "NGO")]

    def organisation(g: Token) -> bool:
        if g.ent_type_ == "ORG" or g.lemma_.lower() in _BODIES:
            return True
        return any(a.span.start <= g.idx < a.span.end for a in bodies)

    if not froms or not all(organisation(g) for g in froms):
        return None
    return dataclasses.replace(
        pattern,
        name=f"{pattern.name}.organisation",
        type="SANCTION",
        mode="withdraw",
        cameo="160",
        context="diplomatic",
    )


def forces_withdraw(tok: Token, pattern: Pattern, sources: list[Actor]) -> Pattern | None:
    """RETREAT ``withdraw`` for forces leaving a place, read as leaving a pact (module doc): a
    SANCTION on withdraw/pull whose doer is armed and none of whose "from" objects is an
    organisation or a pact."""
    if pattern.type != "SANCTION" or tok.lemma_.lower() not in ("withdraw", "pull"):
        return None
    subj = [c for c in tok.children if c.dep_ == "nsubj"]
    if tok.dep_ == "xcomp" and not subj:  # "troops began withdrawing"
        subj = [c for c in tok.head.children if c.dep_ == "nsubj"]
    armed = any((a.sector or "") in ("MIL", "REB") for a in sources) or any(
        s.lemma_.lower() in _FORCES for s in subj
    )
    froms = [
        g
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ == "from"
        for g in c.children
        if g.dep_ == "pobj"
    ]
    if not armed or not froms or any(g.lemma_.lower() in _BODIES for g in froms):
        return None
    return dataclasses.replace(
        pattern,
        name=f"{pattern.name}.forces",
        type="RETREAT",
        mode="withdraw",
        cameo="0872",
        context="military",
    )


def multinational_drill(
    tok: Token, pattern: Pattern, sources: list[Actor], targets: list[Actor]
) -> Pattern | None:
    """COOPERATE ``military`` for a drill of two or more states (module doc)."""
    if pattern.type != "MOBILIZE":
        return None
    drills = [tok, *_objects(tok)]
    if not any(t.lemma_.lower() in _DRILLS for t in drills):
        return None
    withs = {
        g.idx for c in tok.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.subtree
    }
    partners = [a for a in targets if any(a.span.start <= i < a.span.end for i in withs)]
    states = {a.country for a in [*sources, *partners] if a.country}
    if len(states) < 2:
        return None
    return dataclasses.replace(
        pattern, name=f"{pattern.name}.joint", type="COOPERATE", mode=None, cameo="062"
    )
