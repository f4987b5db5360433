"""Who counts as an actor of an event though the coder leaves them uncoded: personal
pronouns, nouns naming people, bodies or military assets (``event_participants.txt``) and
proper names the entity layer missed."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from newsgraph import datafiles
from newsgraph.model import Actor
from newsgraph.nlp.events._codes import _placed, builtin_agents

_PERSONAL = frozenset({"he", "she", "they", "we", "i", "him", "her", "them", "us"})


def _lone(heads: list[Token]) -> bool:
    """One singular source ("the city council met"), not several ("the ministers met")."""
    return len(heads) == 1 and heads[0].tag_ in ("NN", "NNP") and not heads[0].conjuncts


def _participant_text(actor: Actor) -> bool:
    words = actor.span.text.lower().split()
    return bool(words) and (
        words[-1] in _participants() or words[-1].rstrip("s") in _participants()
    )


_NOT_ACTOR_ENTS = frozenset(
    {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "EVENT", "PRODUCT"}
)


def _bare_name(head: Token) -> bool:
    """A proper name as subject or object that the entity layer left unnamed ("Reno denied
    the request", "Carlineo was arrested"): an actor, though uncoded."""
    return (
        head.pos_ == "PROPN"
        and head.dep_ in ("nsubj", "nsubjpass", "dobj")
        and head.ent_type_ not in _NOT_ACTOR_ENTS
    )


@lru_cache(maxsize=1)
def _participants() -> frozenset[str]:
    return datafiles.words("events/event_participants.txt")


# bodies named by a general noun and the kind of force it is: "the security services", "the
# intelligence agency", "special forces", "riot units"
_FORCE_HEADS = frozenset({"service", "force", "agency", "unit"})
_FORCE_KINDS = frozenset({"security", "intelligence", "secret", "special", "armed", "riot"})
# a crowd counted, standing alone as the subject ("Thousands marched", "Hundreds protested")
_CROWD_COUNTS = frozenset({"thousand", "hundred", "dozen", "score", "million"})


# verbs of harm to people whose bare counted object or passive subject is the victims ("a
# blast killed 5", "Three killed in blast", "killing at least 30")
_COUNTED_HARM = frozenset({"kill", "wound", "injure", "hurt", "maim"})


def _counted_victims(head: Token) -> bool:
    """A bare number that is the object or the passive subject of a verb of harm to people:
    the victims counted ("Blast kills 5 in Mogadishu", "Three killed in blast")."""
    return (
        head.tag_ == "CD"
        and head.dep_ in ("dobj", "nsubjpass")
        and head.head.pos_ == "VERB"
        and head.head.lemma_.lower() in _COUNTED_HARM
    )


def _participant(head: Token) -> bool:
    """A noun naming people, a body or a military asset (event_participants.txt); a security
    body named by its kind ("detained by the security services"); a bare counted crowd as a
    subject ("Thousands marched through the capital"; with an "of" object the object says who
    they are); victims counted by a bare number ("a blast killed 5")."""
    if _counted_victims(head):
        return True
    if head.pos_ not in ("NOUN", "PROPN"):
        return False
    lemma = head.lemma_.lower()
    if lemma in _participants():
        return True
    if lemma in _FORCE_HEADS and any(
        c.dep_ in ("compound", "amod") and c.lemma_.lower() in _FORCE_KINDS for c in head.children
    ):
        return True
    return (
        lemma in _CROWD_COUNTS
        and head.tag_ == "NNS"
        and head.dep_ in ("nsubj", "nsubjpass")
        and not any(c.dep_ == "prep" for c in head.children)
    )


# event types whose participants all act when several are named as one side ("the ministers
# of X and Y met", "X and Y cooperate"): PLOVER/CAMEO code the first -> the others; AGREE only
# by a reciprocal pattern ("agreed", "signed a deal") or across countries ("Clinton and Lavrov
# committed the two countries"), not "she and her aides vowed"
_MUTUAL_TYPES = frozenset({"CONSULT", "COOPERATE"})
_PRONOUN_WORDS = frozenset({"their", "them", "they", "its", "it", "his", "her", "him"})


def mutual_sides(
    reciprocal: bool, event_type: str, sources: list[Actor], targets: list[Actor]
) -> tuple[list[Actor], list[Actor]]:
    """A mutual event whose one side names several coded actors and whose targets name no
    third side (:func:`_third_side`): the first actor is the source, the others the targets,
    ahead of any target there was ("Russia and China agreed to expand military cooperation"
    -> RUS -> CHN). Other events keep their sides, but for the country of those a country's
    police or courts act on (:func:`within_reach`)."""
    targets = within_reach(event_type, sources, targets)
    # "the two countries would hold their first joint exercise": "their" is the sources
    targets = [
        t
        for t in targets
        if not (t.span.text.lower() in _PRONOUN_WORDS and any(_same(t, s) for s in sources))
    ]
    if len(sources) < 2 or any(_third_side(a, sources) for a in targets):
        return sources, targets  # "Iran and the army will meet with militants": a third side
    coded = [a for a in sources if a.code]
    if len({(a.entity, a.span.text, a.code) for a in coded}) < 2:
        return sources, targets
    countries = {a.country or a.code for a in coded}
    mutual = reciprocal or event_type in _MUTUAL_TYPES
    if not mutual and not (event_type == "AGREE" and len(countries) > 1):
        return sources, targets
    first = coded[0]
    return [first], [a for a in sources if a is not first] + targets


def _agent_text(actor: Actor) -> bool:
    """Whether an actor's last word is an agent of the built-in dictionary ("militants")."""
    words = actor.span.text.lower().split()
    agents = builtin_agents()
    return bool(words) and bool(
        agents.match(words[-1:], 0) or agents.match([words[-1].rstrip("s")], 0)
    )


def _same(a: Actor, b: Actor) -> bool:
    """Whether two coded actors are one: the same code and the same entity, or with no
    entity the same name."""
    if a.code != b.code:
        return False
    if a.entity is not None or b.entity is not None:
        return a.entity == b.entity
    return a.name == b.name


def _third_side(target: Actor, sources: list[Actor]) -> bool:
    """Whether a target is a side of its own, not the sources again ("Clinton and Lavrov
    committed the two countries": the countries are theirs): a named actor, a group of
    people, or a country or organisation none of the sources belongs to; not what "their"
    gives the several sources ("their forces")."""
    if len(sources) > 1 and target.span.text.lower().startswith("their "):
        return False  # "X and Y pledged to pull back their forces": the sources' own (actors28)
    if target.entity or _participant_text(target) or _agent_text(target):
        return True
    if not _placed(target.code):
        return False
    return all(target.country != s.country and target.code != s.code for s in sources)


# events by which police and courts act on someone (arrest, detain, charge, convict, sentence)
_REACH_TYPES = frozenset({"COERCE", "SANCTION"})
_ENFORCERS = frozenset({"COP", "JUD"})
# non-state armed groups coded with a country (REB; transnational IMG codes are not placed)
_INSURGENTS = frozenset({"REB"})


def within_reach(event_type: str, sources: list[Actor], targets: list[Actor]) -> list[Actor]:
    """Whom a country's police or courts arrest, charge, convict or sentence is within that
    country's reach: a target with no country of its own takes the source's, as a coder
    reading the sentence places them ("a federal jury in Fort Worth convicted Webb" USAJUD ->
    Webb USA; "Kenyan police arrested two suspects" -> KEN). Only police and courts: a
    government's sanctions and expulsions are mostly aimed abroad. Likewise whom an armed
    group of one country attacks with no country named is in that country ("ISWAP fighters
    killed ten soldiers" NGAREB -> NGAMIL, "Boko Haram killed 30 villagers" -> NGACVL); not
    for a state's forces, whose attacks are as often abroad ("Russian troops shelled ...")."""
    if event_type in _REACH_TYPES:
        reach = _ENFORCERS
    elif event_type == "ASSAULT":
        reach = _INSURGENTS
    else:
        return targets
    home = next(
        (
            a.country
            for a in sources
            if a.country and a.code and _placed(a.code) and a.code[3:6] in reach
        ),
        None,
    )
    if home is None:
        return targets
    out: list[Actor] = []
    for t in targets:
        if t.country is None and (t.code is None or not _placed(t.code)):
            sector = t.sector or (t.code[:3] if t.code else None)
            t = Actor(t.entity, t.span, home + (sector or ""), home, sector, t.name)
        out.append(t)
    return out
