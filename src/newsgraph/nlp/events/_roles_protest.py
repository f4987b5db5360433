"""Whom a protest is aimed at when no phrase of the protest verb names it: whoever its purpose
clause makes demands of, and the owner of what it protests against.

PLOVER codes PROTEST against the actor protested against. News mostly names that actor in the
protest's purpose: "blocked roads in Dhaka to demand the prime minister's resignation" (the
prime minister), "called a general strike to force the prime minister to resign", "held a
vigil demanding answers from the government", "protested to demand reform of the monarchy";
or as the owner of an act protested against: "boycotted the conference in protest against
Israel's participation" (Israel).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.nlp.events._roles_common import _anti, _owner, _pobjs, _thing
from newsgraph.nlp.events._roles_policy import government_of
from newsgraph.nlp.events._roles_scene import where_done
from newsgraph.nlp.events._roles_sites import protest_site

# verbs of a protest's purpose that make demands of someone
_DEMANDING = frozenset("demand call urge press force push pressure ask seek".split())
# prepositions naming whom a demand is made of ("answers from the government") or a thing is
# of ("reform of the monarchy", "the resignation of the minister")
_OF_WHOM = frozenset({"from", "of"})
_PURPOSE_DEPS = frozenset({"advcl", "xcomp", "acl", "conj"})


def _someone(tok: Token) -> bool:
    return tok.pos_ in ("NOUN", "PROPN") and not _thing(tok)


def _demanded_of(verb: Token) -> list[Token]:
    """Whom a demanding verb makes demands of: its object when that is someone ("force the
    prime minister to resign"), the owner of a thing object ("the prime minister's
    resignation"), the country a thing is demanded in ("free elections in Cameroon"), whoever
    the thing is from or of ("answers from the government", "reform of the monarchy"), or the
    verb's own "from"/"on" phrase ("called on the government")."""
    # "to call for the abolition of the monarchy": a "for" object is what is demanded
    things = [c for c in verb.children if c.dep_ == "dobj"] + [
        o for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" for o in _pobjs(c)
    ]
    for obj in things:
        if _someone(obj):
            return [obj]
        owner = _owner(obj)
        if owner is not obj and owner.pos_ != "PRON":
            return [owner]
        # "to demand an end to the war in Yemen", "to demand free elections in Cameroon" (the
        # parser may hang the place on the verb): the country it is demanded of (actors30)
        place = where_done(obj) or where_done(verb)
        if place is not None and place.i > obj.i:
            return [place]
        found = [
            o
            for c in obj.children
            if c.dep_ == "prep" and c.lower_ in _OF_WHOM
            for o in _pobjs(c)
            if _someone(o)
        ]
        if found:
            return found[:1]
    return [
        o
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in ("from", "on")
        for o in _pobjs(c)
        if _someone(o)
    ][:1]


def demanded_targets(trigger: Token) -> list[Token]:
    """Whom a protest's purpose clause ("to demand ...", "demanding ...", "to force ...")
    makes demands of; empty when there is none. It names the protest's target before the
    place it is held at ("gathered outside parliament ... demanding the prime minister's
    resignation": the prime minister)."""
    for clause in trigger.children:
        if (
            clause.dep_ in _PURPOSE_DEPS
            and clause.pos_ == "VERB"
            and clause.lemma_.lower() in _DEMANDING
            and clause.i > trigger.i
        ):
            found = _demanded_of(clause)
            if found:
                return found
    return []


# verbs of a protest's clause that blame someone: "gathered in Osorno, accusing the bishop of
# covering up abuse", "rallied in Islamabad, denouncing the government's new tax" (targets36)
_ACCUSING = frozenset(
    """accuse denounce condemn criticize criticise blame decry slam castigate protest
    oppose""".split()
)
# verbs of a protest's clause whose object is "against" someone: "chanting slogans against
# President Alpha Conde", "carrying banners against the prime minister"
_CHANTING = frozenset("chant shout carry hold wave raise sing".split())
# a name compounded on a thing protested that says whose it is ("to protest EU trade policies")
_NAMED_OWNERS = frozenset({"ORG", "GPE", "PERSON", "NORP"})
# the clause deps that carry a protest's accusation: on the protest verb ", accusing ...", on
# the protesters ("protesters accusing the government of ... rallied")
_ACCUSING_DEPS = frozenset({"advcl", "xcomp", "acl"})


def _accused_by(verb: Token) -> list[Token]:
    """Whom an accusing verb blames: its object when that is someone ("accusing the police of
    brutality"), the possessor of a thing object ("denouncing Israel's blockade") or its named
    doer ("the crackdown by the army"); nothing for a thing with no owner ("denouncing
    corruption"), nor for whom an act is "against" ("denouncing violence against protesters":
    the victims, not the accused)."""
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        if verb.lemma_.lower() in _CHANTING:
            # "chanting slogans against President Conde": whom the slogans are against
            against = [
                o
                for c in obj.children
                if c.dep_ == "prep" and c.lower_ == "against"
                for o in _pobjs(c)
                if _someone(o)
            ]
            if against:
                return against[:1]
            continue
        if _someone(obj):
            return [obj]
        for c in obj.children:
            if c.dep_ == "poss" and c.pos_ != "PRON":
                return [c]
            if c.dep_ in ("prep", "agent") and c.lower_ == "by":
                named = [o for o in _pobjs(c) if _someone(o)]
                if named:
                    return named[:1]
        named = [
            c
            for c in obj.children
            if c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_ in _NAMED_OWNERS
        ]
        if named:
            return named[:1]  # "to protest EU trade policies"
    return []


def accused_targets(trigger: Token, sources: list[Token]) -> list[Token]:
    """Whom a protest's accusing clause blames (:data:`_ACCUSING`: also "to protest the
    government's reforms") or chants against (:data:`_CHANTING`): a clause on the protest verb
    after it, or a clause on the protesters; empty when there is none."""
    clauses = [c for c in trigger.children if c.dep_ in _ACCUSING_DEPS and c.i > trigger.i]
    for src in sources:
        # "Thousands of protesters accusing ...": the clause hangs on the counted people
        people = [src] + [o for c in src.children if c.dep_ == "prep" for o in _pobjs(c)]
        clauses.extend(c for p in people for c in p.children if c.dep_ == "acl")
    for clause in clauses:
        if clause.pos_ == "VERB" and clause.lemma_.lower() in _ACCUSING | _CHANTING:
            found = _accused_by(clause)
            if found:
                return found
    return []


def _setting(tok: Token) -> bool:
    """A target that is only where a protest is held or a thing ("blocked the highway into
    Nairobi", "gathered in the square"), not a party."""
    return tok.ent_type_ in ("GPE", "LOC", "FAC") or _thing(tok)


def protest_demand_targets(trigger: Token, sources: list[Token]) -> list[Token]:
    """Whom a protest with no target of its own is aimed at: :func:`demanded_targets`, else the
    owner of what the protest is "against" ("in protest against Israel's participation" ->
    Israel), or the government whose act (a law, a reform, a tax) it is against, placed by
    :func:`newsgraph.nlp.events._roles_policy.government_of` ("Farmers in India protested
    against the new laws" -> India). Empty when there is none."""
    found = demanded_targets(trigger)
    if found:
        return found
    stack = [c for c in trigger.children if c.dep_ == "prep" and c.i > trigger.i]
    while stack:
        tok = stack.pop(0)
        if tok.dep_ == "prep" and tok.lower_ == "against":
            for obj in _pobjs(tok):
                owner = _owner(obj)
                if owner is not obj and owner.pos_ != "PRON":
                    return [owner]
                # "Farmers in India protested against the new laws": India's (_roles_policy)
                government = government_of(obj, trigger, sources)
                if government is not None:
                    return [government]
        stack.extend(c for c in tok.children if c.dep_ in ("prep", "pobj"))
    return []


def protest_targets(verb: Token, sources: list[Token], targets: list[Token]) -> list[Token]:
    """The targets of a verbal protest: whom its purpose clause makes demands of before any
    other (:func:`demanded_targets`), else its own targets, else those of "anti-X" signs
    (``_roles_common._anti``), else :func:`protest_demand_targets`, else whom its clause
    accuses (:func:`accused_targets`; before its own targets when those are only places or
    things), else the owned site it is held at (``_roles_sites``: "held a protest in front of
    the Chinese consulate")."""
    demanded = demanded_targets(verb) if targets else []
    accused = accused_targets(verb, sources)
    if accused and targets and all(_setting(t) for t in targets):
        # "blocked roads in Lima, accusing President Castillo of corruption": the accused
        # before the place; a party of the protest's own ("rallied against the government,
        # accusing the police") stays first
        demanded = demanded or accused
    # "protested against the new laws": the government whose act it is (_roles_policy)
    targets = [government_of(t, verb, sources) or t for t in targets]
    return (
        demanded
        or targets
        or _anti(verb, sources)
        or protest_demand_targets(verb, sources)
        or accused
        or protest_site(verb)
    )
