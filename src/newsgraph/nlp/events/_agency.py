"""Who acts and what they intend: private life among family, announced intentions and
refusals (PLOVER manual: AGREE, CONCEDE, REJECT, THREATEN), conditions, stances and their
holders, subjects that cannot act (no agent), agreed concessions and "seized on" idioms.

Split out of ``_filters`` (the violence, hazard, disaster, domain and mode filters) by
responsibility; code moved verbatim. ``_filters`` re-exports every public name.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from functools import lru_cache

from spacy.tokens import Doc, Token

from newsgraph.model import Actor
from newsgraph.nlp.events._arrays import parse_of
from newsgraph.nlp.events._harm_lexicon import (
    _HUMAN_PRONOUNS,
    _NAMED_TARGET,
    _forms,
    harm_words,
)
from newsgraph.nlp.events._patterns import Pattern, hyphen_form, stance_negated
from newsgraph.nlp.events._roles import subject
from newsgraph.nlp.events._strikes import weapon_volley

# family and private relations: an event whose actors include one of these and no actor with a
# political code is private life ("the family welcomed a baby girl", "she flew to visit her
# grandmother", "he begged his parents"), not news PLOVER codes
_KIN = frozenset(
    "family families mother father parent parents grandmother grandfather grandparent "
    "grandparents sister sisters brother brothers son sons daughter daughters wife husband "
    "baby babies cousin cousins aunt uncle niece nephew girlfriend boyfriend fiancee fiance "
    "grandson granddaughter grandchildren stepfather stepmother mom dad".split()
)
# groups whose act on a family is no family matter ("a mob attacked a family")
_CROWDS = frozenset(
    "mob crowd gang youths youth villagers residents militia militiamen gunmen attackers "
    "assailants vigilantes rioters militants fighters soldiers police".split()
)
# sectors of private people and bodies (civilians, business, education, health, media, labour,
# farmers, refugees): an actor coded only so is no political actor ("residents", "shoppers")
_PRIVATE_CODES = frozenset({"CVL", "BUS", "MNC", "EDU", "HLH", "MED", "LAB", "AGR", "REF"})


def private_life(tok: Token, actors: Sequence[Actor]) -> bool:
    """Whether an event is among family ("begged his parents", "to visit her grandmother"): an
    actor, or the trigger's object, whose head is a kin word (:data:`_KIN`), and no actor coded
    other than as private people or bodies (:data:`_PRIVATE_CODES`)."""
    if _public_act(tok):
        return False  # "a group of mothers held a vigil outside the prison": a protest
    doer = subject(tok) if tok.pos_ in ("VERB", "AUX") else None
    if doer is not None and doer.lemma_.lower() in _CROWDS:
        return False  # "a mob of youths attacked a Christian family": no family quarrel
    if _war_words(tok):
        return False  # "a strike on a school sheltering displaced families killed 30"
    if _done_by_unnamed(tok):
        return False  # "her teenage son was attacked at a restaurant": no family quarrel
    kin = any(a.span.text.lower().rpartition(" ")[2] in _KIN for a in actors)
    if not kin:
        objs = [c for c in tok.children if c.dep_ in ("dobj", "dative", "nsubjpass")]
        objs += [
            g for c in tok.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"
        ]
        kin = any(o.lower_ in _KIN or o.lemma_.lower() in _KIN for o in objs)
    return kin and all(a.code is None or a.code[-3:] in _PRIVATE_CODES for a in actors)


# verbs of violence, capture and charges whose passive with no doer is something done to kin by
# outsiders (acled38); not "could be forgiven for", "was ousted"
_SUFFERED = frozenset(
    """attack kill wound injure shoot stab murder beat assault kidnap abduct torture behead lynch
    arrest detain take accuse charge""".split()
)


def _done_by_unnamed(tok: Token) -> bool:
    """A passive verb of violence, capture or charges (:data:`_SUFFERED`) with no doer named
    (no "by" agent, no active subject): what kin suffer at unnamed hands is no act among
    family (acled38: "the families of two girls were attacked on his farm", "her husband, sons
    and nephews were already killed"). Not in a relative clause, which describes its noun
    ("two brothers who were banned from driving")."""
    if tok.pos_ != "VERB" or tok.dep_ == "relcl" or tok.lemma_.lower() not in _SUFFERED:
        return False
    if not any(c.dep_ == "auxpass" for c in tok.children):
        return False
    return not any(c.dep_ in ("agent", "nsubj") for c in tok.children)


# weapons of war whose use on families is no private matter (recall21); "fighting with their
# family", "attacked his wife" have none
_WAR = frozenset(
    """bomb bomber bombing bombardment barrage explosive explosives ied grenade rocket missile
    shell shelling strike airstrike drone artillery mortar warplane""".split()
)


def _war_words(tok: Token) -> bool:
    """A weapon of war or an air or artillery strike in the trigger's sentence."""
    p, sent = parse_of(tok.doc), tok.sent  # the parse's word lists: no Token per word
    return any(p.lemma[i] in _WAR or p.lower[i] in _WAR for i in range(sent.start, sent.end))


_PUBLIC_ACTS = frozenset(
    {"protest", "demonstrate", "demonstration", "rally", "march", "vigil", "sit-in", "strike"}
)


def _public_act(tok: Token) -> bool:
    """A protest word as the trigger or its object ("held a vigil", "staged a sit-in")."""
    words = [tok, *(c for c in tok.children if c.dep_ == "dobj")]
    return any({w.lemma_.lower(), w.lower_, hyphen_form(w)} & _PUBLIC_ACTS for w in words)


# --- intentions and refusals (PLOVER manual: AGREE, CONCEDE, REJECT, THREATEN)

_FUTURE_AUX = frozenset({"will", "'ll", "shall", "would", "wo"})
# verbs whose "to" complement is what their subject intends ("plans to visit Beijing")
_INTENT_VERBS = frozenset({"plan", "intend", "aim", "expect", "prepare", "schedule", "decide"})
# cooperative types stated as intentions: CONSULT, SUPPORT, COOPERATE and AID in the future are
# AGREE; a future RETREAT is a CONCEDE (the manual's "announced ... would withdraw troops")
_INTENT = {
    "CONSULT": ("AGREE", "036"),
    "SUPPORT": ("AGREE", "032"),
    "COOPERATE": ("AGREE", "031"),
    "AID": ("AGREE", "033"),
    "RETREAT": ("CONCEDE", "080"),
}
# a refused cooperative act ("will not withdraw", "would not meet") is a REJECT with this mode
_REFUSAL_MODE = {
    "CONSULT": "meet",
    "SUPPORT": "assist",
    "COOPERATE": "assist",
    "AID": "assist",
    "AGREE": None,
    "RETREAT": "yield",
    "CONCEDE": "yield",
}
_CONDITION_MARKS = frozenset({"if", "unless"})


def _intender(tok: Token) -> Token | None:
    """The verb carrying the trigger's future or intention: the trigger itself ("will
    meet") or the intention verb it complements ("plans to meet"); None if neither."""
    if tok.pos_ not in ("VERB", "AUX"):
        return None
    verb = tok
    # a verb conjoined to the one that carries the future or the intention shares it ("will
    # travel to Paris and meet Macron", "plans to fly to Kiev and hold talks"), unless it has
    # an auxiliary or a subject of its own ("met X and will meet Y")
    while (
        verb.dep_ == "conj"
        and verb.head.pos_ in ("VERB", "AUX")
        and not any(c.dep_ in _OWN_CLAUSE for c in verb.children)
    ):
        verb = verb.head
    if any(c.dep_ == "aux" and c.lower_ in _FUTURE_AUX for c in verb.children):
        return verb
    head = verb.head
    if verb.dep_ == "xcomp" and head.pos_ == "VERB" and head.lemma_.lower() in _INTENT_VERBS:
        return head
    return None


# dependents that give a conjoined verb a clause of its own
_OWN_CLAUSE = frozenset({"aux", "auxpass", "nsubj", "nsubjpass"})


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ == "nsubj" for c in verb.children)


def intention(tok: Token, pattern: Pattern) -> tuple[Pattern, bool] | None:
    """The pattern an announced intention or refusal stands for, and whether it is a refusal:
    "X will meet Y" is AGREE (036), "X plans to withdraw" CONCEDE, "X will not withdraw" /
    "X would not meet" REJECT (a refusal: the event is then not negated, the refusal
    happened); None when the trigger states no intention of its subject."""
    verb = _intender(tok)
    if verb is None or not (_has_subject(verb) or _has_subject(tok)):
        return None
    neg = any(c.dep_ == "neg" for c in (*tok.children, *verb.children))
    if neg and pattern.type in _REFUSAL_MODE:
        return (
            dataclasses.replace(
                pattern,
                name=f"{pattern.name}.refusal",
                type="REJECT",
                mode=_REFUSAL_MODE[pattern.type],
                cameo="125" if pattern.type == "CONSULT" else "120",
                context=None,
            ),
            True,
        )
    if neg or pattern.type not in _INTENT:
        return None
    etype, cameo = _INTENT[pattern.type]
    return (
        dataclasses.replace(
            pattern, name=f"{pattern.name}.intent", type=etype, mode=None, cameo=cameo
        ),
        False,
    )


def conditional(tok: Token) -> bool:
    """Whether the trigger's clause states a condition ("will cut aid if they do not stop",
    "unless Iraq complies"): force or coercion on a condition is a threat. A nominal trigger
    shares the condition of the future or intended verb it is the object of ("said they would
    resume attacks unless the government released their commanders")."""
    verbs = {tok, _intender(tok) or tok}
    if tok.dep_ == "dobj" and tok.head.pos_ in ("VERB", "AUX"):
        intended = _intender(tok.head)
        if intended is not None:
            verbs |= {tok.head, intended}
    return any(
        c.dep_ == "advcl"
        and any(m.dep_ == "mark" and m.lower_ in _CONDITION_MARKS for m in c.children)
        for v in verbs
        for c in v.children
    )


def stance(tok: Token, pattern: Pattern) -> Pattern | None:
    """An "A" (stance adjective) pattern as the sentence states it: a negated approval is
    disapproval ("is not happy with": ACCUSE), a negated disapproval or refusal is nothing;
    willingness and refusal need their complement ("ready to talk", "committed to the
    ceasefire", "unwilling to negotiate", not "ready for winter")."""
    neg = stance_negated(tok)
    if pattern.type in ("AGREE", "REJECT") and not any(
        c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ == "to") for c in tok.children
    ):
        return None
    if not neg:
        return pattern
    if pattern.type == "SUPPORT":
        return dataclasses.replace(
            pattern, name=f"{pattern.name}.negated", type="ACCUSE", mode="disapprove", cameo="111"
        )
    if pattern.type == "AGREE":
        return dataclasses.replace(
            pattern, name=f"{pattern.name}.negated", type="REJECT", mode=None, cameo="120"
        )
    return None


def stance_holder(doc: Doc, sources: Sequence[Actor], targets: Sequence[Actor]) -> bool:
    """Whether a stance ("A" pattern) is held by or about a political actor: a coded actor on
    either side, or a named person or personal pronoun as its holder ("he was very moved"),
    not generic people ("residents were angry", "critics were impressed")."""
    if any(a.code and a.code not in _PRIVATE_CODES for a in (*sources, *targets)):
        return True
    people = {e.id for e in doc._.ng_entities or [] if e.type == "PERSON"}
    return any(a.entity in people or a.span.text.lower() in _HUMAN_PRONOUNS for a in sources)


# kinds of event_harm.tsv whose nouns can be the subject of a violent or political act though
# they name no person ("the blast killed five", "shells hit the town", "the fighting displaced
# thousands"); "people" names groups of people
_AGENT_KINDS = ("weapon", "blast_source", "conflict", "force", "people", "bystander")
# an explosion stands for whoever set it off ("the blast killed five people in the market");
# one at a works or of gas is an accident, which harm_ok tells by the cause (_mishap), and a
# fire or a blaze (kind burst) is no agent unless armed (kind force: "fire")
_BLASTS = frozenset({"explosion", "blast"})
# a court's or a ruler's instrument acts for whoever issued it ("the ruling freed three
# opposition leaders", "the decree dissolved parliament"); not laws and measures in general
# ("new laws will be introduced to restrict movement of poultry", GeoVirus)
_INSTRUMENTS = frozenset("decree ruling verdict edict directive ordinance".split())


def no_agent(
    src_heads: Sequence[Token],
    sources: Sequence[Actor],
    is_trigger: Callable[[Token], bool],
    is_actor: Callable[[Token], bool],
) -> bool:
    """The event's subject is a thing that cannot act politically: every source head is a
    common noun that names no person, body, group, country or armed force, no weapon and no
    event ("Tragedy struck the club", "the rally has broken above its trend line", "demand
    supported by government action", "a clash between Ford and GM"). PLOVER events need an
    agent; an inanimate, financial or abstract subject vetoes the political reading of the
    trigger. Coded actors and people (names, pronouns, event_participants.txt) keep it; a
    "they" or "it" continuing a clause stands for that clause's subject ("the principles have
    entered the Church, and they destroy it")."""
    if not src_heads or any(a.code for a in sources):
        return False
    agents = _agent_words()
    for h in map(_stand_in, src_heads):
        capitalised = h.pos_ == "PROPN" and h.i == h.sent.start and h.lower_ in _MISFORTUNE
        if (h.pos_ != "NOUN" and not capitalised) or h.ent_type_ in _NAMED_TARGET:
            return False
        if is_actor(h) or is_trigger(h) or _forms(h) & agents or h.lower_ in _KIN:
            return False
        if weapon_volley(h):  # "a barrage of rockets hit the town" (_strikes)
            return False
    return True


# pronouns for the subject of the clause before ("the liberal principles have entered the
# Church, and they destroy it"), by the number of the noun they stand for
_STAND_INS = {"they": "NNS", "it": "NN"}
# relative pronouns for things: the subject of their clause is the noun the clause describes
_RELATIVE_THINGS = frozenset({"which", "that"})


def _stand_in(h: Token) -> Token:
    """The noun a pronoun subject stands for when its verb continues a clause whose subject is
    a common noun of the same number ("the principles have entered the Church, and *they*
    destroy the Church"), or the noun a relative clause describes ("the dangers *which*
    menace the Church"); the pronoun itself otherwise."""
    if h.lower_ in _RELATIVE_THINGS and h.dep_ == "nsubj" and h.head.dep_ == "relcl":
        return h.head.head  # "the dangers which menace the Church": the dangers
    tag = _STAND_INS.get(h.lower_)
    if tag is None or h.dep_ != "nsubj" or h.head.dep_ != "conj":
        return h
    first = [c for c in h.head.head.children if c.dep_ == "nsubj"]
    return first[0] if first and first[0].tag_ == tag else h


@lru_cache(maxsize=1)
def _agent_words() -> frozenset[str]:
    """Common nouns that can act: event_harm.tsv's agent kinds, the arms of _ARMS, blasts and
    instruments of authority."""
    words = harm_words()
    kinds = frozenset().union(*(words.get(k, frozenset()) for k in _AGENT_KINDS))
    return kinds | _ARMS | _BLASTS | _INSTRUMENTS


@lru_cache(maxsize=1)
def armed_words() -> frozenset[str]:
    """Words of weapons, armed force and conflict (event_harm.tsv: weapon, force, conflict; and
    the arms of _ARMS): with one of them in a sentence, harm may be an attack."""
    words = harm_words()
    return (
        frozenset().union(*(words.get(k, frozenset()) for k in ("weapon", "force", "conflict")))
        | _ARMS
    )


# arms and armed vehicles that stand for whoever uses them ("shots were fired at them,
# killing two officers", "a drone struck the convoy")
_ARMS = frozenset(
    "shot shots gunfire bullet bullets round rounds artillery mortar mortars drone drones "
    "warplane warplanes jet jets aircraft plane planes helicopter helicopters gunship "
    "gunships tank tanks warship warships vessel vessels sniper snipers".split()
)
# misfortune nouns the tagger takes for a name at the start of a sentence ("Tragedy struck")
_MISFORTUNE = frozenset(
    "tragedy disaster disease illness misfortune fate calamity catastrophe death".split()
)


# what an agreement to let something happen concedes ("agreed to allow the Soviets to leave",
# "agreed to release the prisoners", "consented to lift the ban"): the manual's CONCEDE (a
# future retreat or an eased restriction announced), not the cooperation of AGREE
_CONCESSIONS = frozenset(
    "allow permit let release free lift ease withdraw pull return drop relax".split()
)
_AGREEING = frozenset({"agree", "consent"})


def agreed_concession(tok: Token, pattern: Pattern) -> Pattern | None:
    """An AGREE trigger whose "to" complement is a concession ("Iraq has agreed to allow all
    880 Soviets to leave") as a CONCEDE pattern; None otherwise."""
    if pattern.type != "AGREE" or tok.lemma_.lower() not in _AGREEING:
        return None
    if not any(c.dep_ == "xcomp" and c.lemma_.lower() in _CONCESSIONS for c in tok.children):
        return None
    return dataclasses.replace(
        pattern, name=f"{pattern.name}.concession", type="CONCEDE", mode=None, cameo="080"
    )


# verbs whose "on"/"upon" phrase with no object makes them an idiom of seizing a chance or
# an idea ("Smith seized on something with a 6/8 feel", "critics pounced on the remark")
_GRAB = frozenset({"seize", "pounce", "jump", "grab"})


def seized_on(tok: Token) -> bool:
    """ "seized on the idea": no one was seized (no object, an "on"/"upon" phrase)."""
    if tok.lemma_.lower() not in _GRAB:
        return False
    kids = list(tok.children)
    return not any(c.dep_ in ("dobj", "nsubjpass") for c in kids) and any(
        c.dep_ == "prep" and c.lower_ in ("on", "upon") for c in kids
    )
