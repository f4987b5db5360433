"""Targets a verb's own phrase places (actors30): who is let in, the host a visitor arrives
at, the place a thing attacked is in.

* access granted: a RETREAT of the "access" mode ("allowed IAEA inspectors to visit the site",
  "let American journalists return to Wuhan", "let aid convoys into Gaza") is aimed at those let
  in, whom the parser makes the subject of the infinitive or of "into", inside the trigger's
  words; things let in (aid, convoys) stand for the place they are let into;
* a visit by arrival: a CONSULT on "arrive" ("arrived in Tehran on an official visit",
  "arrived in Cairo for talks") visits the host the place stands for (CAMEO 042 codes the host);
  a party met "with" stays first;
* a threat to attack things in a place is aimed at the place (:func:`threatened_site`);
* an act done "in protest against" someone's act is aimed at its owner
  (:func:`protested_owner`: "recalled its ambassador in protest against China's pressure");
* a physical target of an attack stands for the place it is in (:func:`located`), also when
  the place is named with its province, region or state ("in Idlib province": the name is the
  compound of the place word), and when the attack is a noun (:func:`noun_located`, targets36:
  "launched an attack on a hotel in Mogadishu");
* a weapon that lands "into", "through" or "onto" a thing (actors33, :func:`landed`: "a Russian
  missile slammed into a building in Kyiv", "shells tore through a hospital in Mariupol") is
  aimed at the place the thing is in: the pattern names no object, and the thing is no actor.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.nlp.events._actors import builtin_agents, conjuncts
from newsgraph.nlp.events._patterns import Pattern
from newsgraph.nlp.events._roles_common import _owner, _pobjs, _thing
from newsgraph.nlp.events._roles_scene import scene_targets
from newsgraph.nlp.events._roles_victims import harm_clause
from newsgraph.nlp.events._strikes import attack_noun, aux_attack

# prepositions that place a physical target: "bombed convoys inside Syria"
_WHERE_PREPS = frozenset({"in", "inside", "near", "across", "throughout", "outside"})
# prepositions of the thing an attack noun hits ("an attack on a hotel", "against a camp")
_ATTACKED_PREPS = frozenset({"on", "against", "upon"})
# named places (countries, towns, provinces, regions)
_PLACES = frozenset({"GPE", "LOC"})
# where those let in go: "let monitors into the town", "allowed convoys to enter Gaza"
_INTO = frozenset({"into", "to", "in", "inside"})
# prepositions naming what a protest is against
_PROTESTED = frozenset({"against", "at", "over"})
# how deep the verb's phrase (object, prepositions) is searched for "in protest"
_PHRASE_DEPTH = 4
# verbs of arrival whose "in" place is the host of a visit
_ARRIVE = frozenset({"arrive"})
# clausal complements that hold whom a permission names ("let journalists return")
_COMPLEMENTS = frozenset({"ccomp", "xcomp", "advcl"})
# nouns naming the kind of place a name is ("Idlib province", "Donetsk region")
_PLACE_WORDS = frozenset(
    "province region state district county governorate prefecture oblast territory".split()
)


def place_of(obj: Token) -> Token | None:
    """``obj`` when it names a place, or the name of a place word ("Idlib" in "Idlib
    province"); None otherwise."""
    if obj.ent_type_ in _PLACES or _resolved(obj):
        return obj
    if obj.lemma_.lower() in _PLACE_WORDS:
        names = [c for c in obj.children if c.dep_ == "compound" and c.ent_type_ in _PLACES]
        return names[0] if names else None
    return None


def _resolved(obj: Token) -> bool:
    """Whether the places component resolved a town, province or country over a name ending
    at ``obj`` that the model tagged otherwise ("Buenos Aires" as a facility)."""
    if obj.pos_ != "PROPN":
        return False
    end = obj.idx + len(obj)
    return any(p.span.end == end and p.feature != "other" for p in obj.doc._.ng_places or [])


def located(target: Token, verb: Token, conjuncts: list[Token]) -> Token:
    """A physical target of an attack stands for the place it is in, which PLOVER codes the
    attack against: "bombed weapons storage facilities and convoys inside Syria" -> Syria,
    "shelled villages in Idlib province" -> Idlib (the place phrase on the target or its
    ``conjuncts``, or after it on the verb); actors and other targets unchanged."""
    if not _thing(target):
        return target
    attack = target.head.head
    if (
        target.dep_ == "pobj"
        and target.head.lower_ in _ATTACKED_PREPS
        and attack.dep_ == "dobj"
        and attack.head == verb
    ):
        # "launched an attack on a hotel in Mogadishu": the thing of the attack noun the verb's
        # phrase holds (targets36)
        return noun_located(target, attack)
    if target.dep_ != "dobj":
        return target
    return _place_on([*conjuncts, verb], target, {verb.i}) or target


def _place_on(hosts: list[Token], target: Token, after_only: set[int]) -> Token | None:
    """The first place a "where" phrase ("in", "inside", ...) on one of ``hosts`` names; on
    the heads whose index is in ``after_only`` only a phrase after ``target`` counts."""
    for head in hosts:
        for c in head.children:
            if head.i in after_only and c.i < target.i:
                continue
            if c.dep_ == "prep" and c.lower_ in _WHERE_PREPS:
                places = [p for o in _pobjs(c) if (p := place_of(o)) is not None]
                if places:
                    return places[0]
    return None


def noun_located(target: Token, noun: Token) -> Token:
    """A physical target of a nominal attack stands for the place it is in, as
    :func:`located` has it for a verb's object (targets36): "launched an attack on a hotel in
    Mogadishu" -> Mogadishu, "a drone attack on an oil facility in Saudi Arabia" -> Saudi
    Arabia (the place phrase on the thing or its conjuncts, or after it on the attack noun or
    on the verb the noun is the object of); people ("an attack on African Union troops"), a
    thing with no place named, a thing whose modifier names whose it is ("an attack on Houthi
    positions in Yemen": the Houthis) and an attack that is only the setting of another event
    ("five people were killed in an attack on a mosque in Kabul": the victims) unchanged."""
    if not _thing(target) or target.dep_ != "pobj" or _owned(target):
        return target
    if noun.dep_ == "pobj" and noun.head.lower_ in _SETTINGS:
        return target
    hosts = [target, *conjuncts(target), noun]
    if noun.dep_ == "dobj":
        hosts.append(noun.head)  # "launched an attack on a hotel in Mogadishu": on the verb
    return _place_on(hosts, target, {h.i for h in hosts if h is not target}) or target


# prepositions whose attack noun is the setting of another event ("killed in an attack on")
_SETTINGS = frozenset({"in", "during", "after", "amid", "by"})
# modifiers that name whose a thing is ("Houthi positions", "the Lebanese military camp")
_OWNER_ENTS = frozenset({"NORP", "ORG", "PERSON", "GPE"})


def _owned(thing: Token) -> bool:
    """Whether a modifier of ``thing`` names whose it is: a name or nationality before it, or
    an acting group's word ("militant elements", "rebel positions", "army barracks")."""
    agents = builtin_agents()
    return any(
        c.dep_ in ("compound", "amod", "nmod", "poss")
        and c.i < thing.i
        and (
            c.ent_type_ in _OWNER_ENTS
            or c.pos_ == "PROPN"
            or agents.match([c.lower_], 0)
            or agents.match([c.lemma_.lower()], 0)
        )
        for c in thing.children
    )


# prepositions of what a weapon lands in ("slammed into", "tore through", "crashed onto")
_LANDED = frozenset({"into", "through", "onto", "on"})


def landed(verb: Token) -> list[Token]:
    """The place a weapon subject of ``verb`` lands in, through the thing it hits: "a Russian
    missile slammed into a building in Kyiv" -> Kyiv, "rockets slammed into Kharkiv" ->
    Kharkiv; none when the verb's subject is no attack noun ("the car slammed into a wall in
    Kyiv") or no place is named, or a harming result clause names the victims ("ripped
    through a market in Peshawar, killing 11": the eleven, not the city)."""
    if aux_attack(verb) is None and not any(
        c.dep_ == "nsubj" and attack_noun(c) for c in verb.children
    ):
        return []
    if harm_clause(verb) is not None:
        return []
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in _LANDED:
            continue
        for obj in _pobjs(prep):
            if (where := place_of(obj)) is not None:
                return [where]
            for c in [*obj.children, *verb.children]:
                if c.dep_ == "prep" and c.lower_ in _WHERE_PREPS and c.i > obj.i:
                    places = [p for o in _pobjs(c) if (p := place_of(o)) is not None]
                    if places:
                        return places[:1]
    return []


def _admitted(verb: Token, dep: Token | None) -> list[Token]:
    """Whom or what a permission lets in: the pattern's word, the verb's object, the
    subjects of its clausal complement ("let journalists return", "allowed inspectors to
    visit")."""
    found = [dep] if dep is not None and dep.pos_ in ("NOUN", "PROPN") else []
    found += [c for c in verb.children if c.dep_ in ("dobj", "dative") and c not in found]
    for comp in verb.children:
        if comp.dep_ in _COMPLEMENTS:
            found += [c for c in comp.children if c.dep_ == "nsubj" and c not in found]
    return found


def _places_into(verb: Token) -> list[Token]:
    """The places "into"/"to" phrases on the verb, its objects or its complement go to."""
    hosts = [verb] + [c for c in verb.children if c.dep_ in (*_COMPLEMENTS, "dobj")]
    out: list[Token] = []
    for host in hosts:
        for c in host.children:
            if c.dep_ == "prep" and c.lower_ in _INTO:
                out += [p for o in _pobjs(c) if (p := place_of(o)) is not None]
            elif c.dep_ == "dobj" and host is not verb and (p := place_of(c)) is not None:
                out.append(p)  # "allowed convoys to enter Gaza"
    return out


def access_targets(verb: Token, dep: Token | None) -> list[Token]:
    """Those let in by a permission, else the place things are let into."""
    admitted = _admitted(verb, dep)
    people = [a for a in admitted if not _thing(a)]
    return people or _places_into(verb)


def arrival_host(verb: Token, targets: list[Token]) -> list[Token]:
    """The place a visitor arrives in, first among the targets unless a party is met
    "with"."""
    met = [
        o
        for t in verb.subtree
        if t.dep_ == "prep" and t.lower_ == "with"
        for o in _pobjs(t)
        if not _thing(o)
    ]
    if met:  # "arrived in Cairo for talks with Qatari mediators": the mediators
        return targets
    places = [
        p
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "in"
        for o in _pobjs(c)
        if (p := place_of(o)) is not None
    ]
    return places[:1] + [t for t in targets if t not in places[:1]]


def threatened_site(verb: Token) -> list[Token]:
    """The place of the things a threat's infinitive would attack ("threatened to strike oil
    facilities in Saudi Arabia" -> Saudi Arabia); empty when they have none."""
    for comp in verb.children:
        if comp.dep_ != "xcomp" or comp.pos_ != "VERB":
            continue
        for obj in comp.children:
            if obj.dep_ == "dobj" and (place := located(obj, comp, conjuncts(obj))) is not obj:
                return [place]
    return []


def _protest_phrase(verb: Token) -> tuple[Token, Token] | None:
    """The noun "protest" of an "in protest" phrase on the verb, its object or its "from"
    object ("boycotted the summit in protest against ...", "withdrew from the talks in protest
    at ..."), with the word the phrase hangs on; None when there is none."""
    stack = [(verb, 0)]
    while stack:
        host, depth = stack.pop(0)
        for c in host.children:
            if c.dep_ == "prep" and c.lower_ == "in":
                found = [o for o in _pobjs(c) if o.lemma_.lower() == "protest"]
                if found:
                    return found[0], host
            if depth < _PHRASE_DEPTH and c.dep_ in ("dobj", "prep", "pobj", "prt"):
                stack.append((c, depth + 1))  # "walked out of the meeting in protest"
    return None


def protested_owner(verb: Token) -> list[Token]:
    """Whose act an act done "in protest against/at/over" it is aimed at: the owner of the
    act ("in protest against Russia's invasion" -> Russia), or the one named ("in protest
    against China"); the parser may hang the "against" phrase on the word "in protest" hangs
    on. Empty when there is none."""
    found = _protest_phrase(verb)
    if found is None:
        return []
    protest, host = found
    preps = [*protest.children, *(c for c in host.children if c.i > protest.i)]
    for c in preps:
        if c.dep_ != "prep" or c.lower_ not in _PROTESTED:
            continue
        for obj in _pobjs(c):
            if obj.pos_ in ("NOUN", "PROPN") and not _thing(obj):
                return [obj]
            owners = [o for o in obj.children if o.dep_ == "poss" and o.pos_ != "PRON"]
            owner = owners[0] if owners else _owner(obj)
            if owner is not obj and owner.pos_ != "PRON":
                return [owner]
    return []


def placed(verb: Token, pattern: Pattern, dep: Token | None, targets: list[Token]) -> list[Token]:
    """The targets of a verbal trigger with the places and admitted parties of this module
    (and ``_roles_scene``'s places of reactions)."""
    targets = scene_targets(pattern.type, targets)
    protested = protested_owner(verb)
    if protested:  # "boycotted the summit in protest against Russia's invasion": Russia
        targets = protested
    if pattern.type == "RETREAT" and pattern.mode == "access" and not targets:
        return access_targets(verb, dep)
    if pattern.type == "THREATEN" and not targets:
        return threatened_site(verb)
    if pattern.type == "CONSULT" and verb.lemma_.lower() in _ARRIVE:
        return arrival_host(verb, targets)
    return targets
