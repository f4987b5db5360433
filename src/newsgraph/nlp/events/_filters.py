"""Event filters and modes read from word lists (``resources/events/event_harm.tsv``,
``event_modes.tsv``): violence idioms, natural forces, market and sport idioms, and PLOVER
modes from the text."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from functools import lru_cache

from spacy.tokens import Doc, Token

from newsgraph import datafiles
from newsgraph.model import Actor
from newsgraph.nlp.events._flags import clause_tokens
from newsgraph.nlp.events._patterns import Pattern, stance_negated
from newsgraph.nlp.events._roles import subject

_NAMED_TARGET = {"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"}
_HUMAN_PRONOUNS = {"him", "her", "them", "us", "me", "he", "she", "they", "we", "himself"}
# nominal modifiers that make a nominal violence trigger something else ("heart attack")
_NOMINAL_DEPS = ("compound", "amod", "nmod")


@lru_cache(maxsize=1)
def harm_words() -> dict[str, frozenset[str]]:
    """Words by kind: force, physical, natural, benign (see event_harm.tsv)."""
    out: dict[str, set[str]] = {}
    for kind, word in datafiles.rows("events/event_harm.tsv", min_cols=2, max_cols=2):
        out.setdefault(kind, set()).add(word.lower())
    return {k: frozenset(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def mode_rules() -> tuple[tuple[str, str, frozenset[str]], ...]:
    """(type, mode, words) rules in file order (see event_modes.tsv)."""
    return tuple(
        (t, m, frozenset(w.lower() for w in words.split("|")))
        for t, m, words in datafiles.rows("events/event_modes.tsv", min_cols=3, max_cols=3)
    )


def _objects(tok: Token, dep: Token | None) -> list[Token]:
    """What a violent trigger acts on: direct objects and passive subjects of a verb, the
    prepositional targets of a noun; the pattern's own dependent ("set *fire* to") excluded;
    a quantity's "of" object stands for it ("demolished dozens *of homes*")."""
    out: list[Token] = []
    for c in tok.children:
        if c == dep:
            continue
        if c.dep_ in ("dobj", "nsubjpass"):
            out.append(c)
        elif tok.pos_ in ("NOUN", "PROPN") and c.dep_ == "prep" and c.lower_ in ("on", "against"):
            out.extend(g for g in c.children if g.dep_ == "pobj")
    return [*out, *(g for o in out if o.lower_ in _QUANTITY for g in _of_objects(o))]


_QUANTITY = frozenset(
    {"dozens", "hundreds", "thousands", "scores", "tens", "millions", "number", "group", "couple"}
)


def _of_objects(word: Token) -> list[Token]:
    return [g for c in word.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]


def _shared_objects(tok: Token) -> list[Token]:
    """The object a verb shares with the next verb of its coordination ("police beat and
    arrested dozens of students": the students were beaten)."""
    if tok.pos_ != "VERB" or any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in tok.children):
        return []
    for conj in tok.children:
        if conj.dep_ == "conj" and conj.pos_ == "VERB" and conj.i > tok.i:
            if any(c.dep_ in ("nsubj", "nsubjpass") for c in conj.children):
                return []
            return [c for c in conj.children if c.dep_ == "dobj"]
    return []


def _forms(tok: Token) -> set[str]:
    """Lemma and lower-case forms ("Wildfires" may be tagged a name, lemma unchanged)."""
    low = tok.lower_
    return {tok.lemma_.lower(), low, low[:-1] if low.endswith("s") else low}


_RELATIVE = frozenset({"that", "which", "who"})


def _subjects(tok: Token) -> list[Token]:
    """The subject, inherited through coordination ("Wildfires killed 12 and destroyed ..."),
    a relative clause ("two crashes *that* killed 346 people": the crashes) and a participle
    that continues its clause ("an earthquake struck, *killing* 12")."""
    own = [c for c in tok.children if c.dep_ in ("nsubj", "csubj")]
    if own:
        if tok.dep_ == "relcl" and all(s.lower_ in _RELATIVE for s in own):
            return _noun_chain(tok.head)
        return own
    if tok.dep_ == "advcl" and tok.tag_ in ("VBG", "VBN") and tok.head.pos_ in ("VERB", "AUX"):
        return _subjects(tok.head)
    inherited = subject(tok)
    return [inherited] if inherited is not None else []


def _noun_chain(noun: Token) -> list[Token]:
    """A noun and the nouns it modifies through prepositions, nearest first ("crashes of
    its jet in five months *that* killed": the relative clause may hang on any of them)."""
    out = [noun]
    while noun.dep_ == "pobj" and noun.head.dep_ == "prep" and len(out) < 4:
        noun = noun.head.head
        if noun.pos_ not in ("NOUN", "PROPN"):
            break
        out.append(noun)
    return out


def hazard_topic(tok: Token, dep: Token | None) -> bool:
    """A warning, investigation or appeal about a natural hazard or an accident, not about an
    actor ("evacuation warnings were issued", "police are investigating a one-car crash"):
    the trigger's object or nominal modifier (not the pattern's own word: "opened *fire*") is
    a natural force or hazard word, or, for a warning, the subject of what it says ("sounding
    warnings that the disease is spreading"), or its purpose clause a rescue ("troops were
    deployed to help with the rescue effort"; event_harm.tsv: natural, hazard, rescue)."""
    words = harm_words()
    hazards = words.get("natural", frozenset()) | words.get("hazard", frozenset())
    args = [c for c in tok.children if c != dep and c.dep_ in ("dobj", "nsubjpass", *_NOMINAL_DEPS)]
    if dep is not None:  # "issued evacuation *warnings*": the pattern's word names the topic
        args += [c for c in dep.children if c.dep_ in _NOMINAL_DEPS]
    if any(_forms(a) & hazards for a in args):
        return True
    warnings = [w for w in (tok, dep) if w is not None and w.lemma_.lower() in _WARNINGS]
    if any(_forms(s) & hazards for w in warnings for s in _content_subjects(w, words)):
        return True
    # the purpose is a rescue ("soldiers were deployed to help with the rescue effort")
    rescue = words.get("rescue", frozenset())
    return any(
        t.lemma_.lower() in rescue
        for c in tok.children
        if c.dep_ in ("xcomp", "advcl")
        for t in c.subtree
    )


# words of warning: what they say is their topic ("warned that the flood would worsen"); a
# denial or an accusation about a crash may still be news ("denied that its missile downed it")
_WARNINGS = frozenset({"warn", "warning", "caution", "alert"})


def _content_subjects(tok: Token, words: dict[str, frozenset[str]]) -> list[Token]:
    """The subjects of what a warning or appeal says ("sounding warnings that the disease is
    spreading", "warned the flood would worsen"): of a "that" clause on a nominal trigger, or
    of a verb's complement clause; not a subject whose "of" phrase names a conflict ("an
    outbreak of violence")."""
    clauses = [
        c
        for c in tok.children
        if c.dep_ == "ccomp"
        or (c.dep_ == "acl" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children))
    ]
    conflict = words.get("conflict", frozenset())
    out: list[Token] = []
    for clause in clauses:
        for s in clause.children:
            if s.dep_ not in ("nsubj", "nsubjpass"):
                continue
            of = [g for p in s.children if p.dep_ == "prep" for g in p.children]
            if not any(_forms(g) & conflict for g in of):
                out.append(s)
    return out


# what authorities and agencies do in a natural disaster (evacuations, relief, deployments,
# emergencies, warnings, appeals): no political event as event data sets code them
_RESPONSE_TYPES = frozenset({"AID", "MOBILIZE", "COERCE", "THREATEN", "REQUEST"})


def disaster_response(tok: Token, etype: str) -> bool:
    """A response to a natural disaster ("authorities evacuated thousands as floods rose",
    "the government declared a state of emergency after the earthquake", "the Red Cross
    distributed food to flood victims"): an evacuation, relief, deployment, emergency, warning
    or appeal in a sentence that names a disaster and no conflict (event_harm.tsv: disaster,
    conflict). Relief against a disease stays AID; in a war it is news."""
    if etype not in _RESPONSE_TYPES:
        return False
    words = harm_words()
    disasters, conflict = words.get("disaster", frozenset()), words.get("conflict", frozenset())
    # a disaster is named by a noun ("rioters stormed the parliament" names no storm); conflict
    # by a noun or a verb ("after rebels attacked")
    nouns = [w for t in tok.sent if t.pos_ in ("NOUN", "PROPN") for w in _forms(t)]
    words_ = [w for t in tok.sent if t.pos_ in ("NOUN", "PROPN", "VERB") for w in _forms(t)]
    return any(w in disasters for w in nouns) and not any(w in conflict for w in words_)


def _tanker_blast(tok: Token, words: dict[str, frozenset[str]]) -> bool:
    """ "A truck carrying fuel exploded, killing 20": harm continuing the explosion of a vehicle
    or machine, in a sentence that names no weapon (event_harm.tsv: blast_source, weapon)."""
    if tok.dep_ not in ("advcl", "acl", "conj") or tok.head.lemma_.lower() != "explode":
        return False
    sources = words.get("blast_source", frozenset())
    if not any(s.lemma_.lower() in sources for s in _subjects(tok.head)):
        return False
    weapons = words.get("weapon", frozenset())
    return not any(_forms(t) & weapons for t in tok.sent)


def _mishap(tok: Token) -> bool:
    """Whether harm comes from an accident, not an attacker: the trigger continues a clause
    whose verb is an accident ("a truck overturned, killing five"), names one in a time clause
    ("were killed when two helicopters crashed"), or its cause is an explosion or fire at a
    works ("an explosion at a chemical plant injured 40 workers"; event_harm.tsv: mishap,
    works, works_modifier)."""
    words = harm_words()
    mishaps, works = words.get("mishap", frozenset()), words.get("works", frozenset())
    if tok.dep_ == "advcl" and tok.tag_ in ("VBG", "VBN") and tok.head.lemma_.lower() in mishaps:
        return True
    if _tanker_blast(tok, words):
        return True
    for c in tok.children:
        if c.dep_ == "advcl" and c.lemma_.lower() in mishaps:
            return True
    if tok.dep_ in ("acl", "advcl") and any(
        s.dep_ in ("acl", "advcl") and s.i < tok.i and s.lemma_.lower() in mishaps
        for s in tok.head.children
    ):
        return True  # the parser's "a truck [overturned ...], [killing five]" under the noun
    industrial = words.get("works_modifier", frozenset())
    for s in _subjects(tok):
        if s.lemma_.lower() not in ("explosion", "blast", "fire", "blaze", "leak"):
            continue
        if any(c.dep_ in _NOMINAL_DEPS and c.lemma_.lower() in industrial for c in s.children):
            return True  # "a gas explosion"
        for prep in s.children:
            if prep.dep_ == "prep" and prep.lower_ in ("at", "in", "inside"):
                if any(g.lemma_.lower() in works for g in prep.children if g.dep_ == "pobj"):
                    return True
    return False


def harm_ok(
    tok: Token, pattern: Pattern, dep: Token | None, is_actor: Callable[[Token], bool]
) -> bool:
    """Whether a violence pattern's constraint holds (see event_patterns.tsv, options)."""
    if pattern.harm is None:
        return True
    if pattern.harm == "actor_object":  # "received the minister", not "received evidence"
        # the parser may hang the person on the infinitive ("wants Congress to approve")
        objs = _objects(tok, dep) + [
            g
            for c in tok.children
            if c.dep_ in ("ccomp", "xcomp")
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            for g in c.children
            if g.dep_ == "nsubj"
        ]
        return any(
            o.lower_ in _HUMAN_PRONOUNS or o.ent_type_ in _NAMED_TARGET or is_actor(o) for o in objs
        )
    words = harm_words()
    natural = words.get("natural", frozenset())
    physical = words.get("physical", frozenset())
    benign = words.get("benign", frozenset())
    if any(_forms(s) & natural for s in _subjects(tok)) or _mishap(tok):
        return False
    if tok.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ in _NOMINAL_DEPS and c.lemma_.lower() in benign for c in tok.children
    ):
        return False
    clause = clause_tokens(tok)
    if any(_forms(t) & natural and t.pos_ in ("NOUN", "PROPN") for t in clause):
        return False
    objs = _objects(tok, dep) or _shared_objects(tok)

    people = words.get("people", frozenset())

    def person(o: Token) -> bool:
        return (
            o.lower_ in _HUMAN_PRONOUNS
            or o.ent_type_ in _NAMED_TARGET
            or o.lemma_.lower() in people
            or is_actor(o)
        )

    if dep is not None and dep.pos_ == "ADP" and pattern.harm in ("harm", "harm_object"):
        # "fired round after round of teargas at protesters": the pattern's preposition names
        # the target; the direct object is the ammunition
        aimed = [g for g in dep.children if g.dep_ == "pobj"]
        if any(person(o) or o.lemma_.lower() in physical for o in aimed):
            return True
    if not objs:
        return pattern.harm == "harm" or tok.pos_ in ("NOUN", "PROPN")

    if pattern.harm == "harm_person":
        return any(person(o) for o in objs)
    if pattern.harm == "harm_human":  # a person or group noun, not a named place or team
        return any(
            o.lower_ in _HUMAN_PRONOUNS
            or (o.pos_ == "NOUN" and (is_actor(o) or o.lemma_.lower() in people))
            for o in objs
        )
    return any(person(o) or o.lemma_.lower() in physical for o in objs)


def domain_idiom(tok: Token, actors: Sequence[Actor]) -> bool:
    """An event word used in a market report or a game ("the rally in bank stocks", "the
    dollar retreated", "the visitors launched a late offensive", "merger talks collapsed"): a
    nominal trigger with a commercial modifier, or an event none of whose actors has a code in
    a clause with a market, sport or culture word (event_harm.tsv kinds ``commercial``,
    ``market``, ``sport``, ``culture``). Coded actors keep it: "Iran seized the tanker as oil
    prices rose" is news."""
    words = harm_words()
    if tok.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ in _NOMINAL_DEPS and c.lemma_.lower() in words.get("commercial", frozenset())
        for c in tok.children
    ):
        return True
    if any(a.code for a in actors):
        return False
    domain = words.get("market", frozenset()) | words.get("sport", frozenset())
    domain |= words.get("culture", frozenset())
    if any(_forms(t) & domain for t in clause_tokens(tok) if t.pos_ in ("NOUN", "PROPN")):
        return True
    # a game or a show in what the trigger governs as its content ("agreed a deal to replace
    # him as the club's manager until the end of the season"; market words there do not count:
    # "ruled out cancelling arms deals")
    leisure = words.get("sport", frozenset()) | words.get("culture", frozenset())
    near = [
        t
        for c in tok.children
        if c.dep_ in ("xcomp", "ccomp", "acl", "relcl")
        or (c.dep_ == "dobj" and any(g.dep_ in ("acl", "relcl") for g in c.children))
        for t in c.subtree
    ]
    return any(_forms(t) & leisure for t in near if t.pos_ in ("NOUN", "PROPN"))


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
# codes that are no political actor: civilians, or no code at all
_PRIVATE_CODES = frozenset({"CVL"})


def private_life(tok: Token, actors: Sequence[Actor]) -> bool:
    """Whether an event is among family ("begged his parents", "to visit her grandmother"): an
    actor, or the trigger's object, whose head is a kin word (:data:`_KIN`), and no actor coded
    other than as civilians."""
    if _public_act(tok):
        return False  # "a group of mothers held a vigil outside the prison": a protest
    doer = subject(tok) if tok.pos_ in ("VERB", "AUX") else None
    if doer is not None and doer.lemma_.lower() in _CROWDS:
        return False  # "a mob of youths attacked a Christian family": no family quarrel
    kin = any(a.span.text.lower().rpartition(" ")[2] in _KIN for a in actors)
    if not kin:
        objs = [c for c in tok.children if c.dep_ in ("dobj", "dative", "nsubjpass")]
        objs += [
            g for c in tok.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"
        ]
        kin = any(o.lower_ in _KIN or o.lemma_.lower() in _KIN for o in objs)
    return kin and all(a.code is None or a.code[-3:] in _PRIVATE_CODES for a in actors)


_PUBLIC_ACTS = frozenset(
    {"protest", "demonstrate", "demonstration", "rally", "march", "vigil", "sit-in", "strike"}
)


def _public_act(tok: Token) -> bool:
    """A protest word as the trigger or its object ("held a vigil", "staged a sit-in")."""
    words = [tok, *(c for c in tok.children if c.dep_ == "dobj")]
    return any({w.lemma_.lower(), w.lower_} & _PUBLIC_ACTS for w in words)


def mode_from_text(etype: str, tok: Token, dep: Token | None) -> str | None:
    """The first mode rule of ``etype`` whose words occur at the trigger (itself, its pattern
    dependent, its dependents and theirs), else anywhere in its clause, else (ASSAULT: the
    means of an attack) anywhere in its sentence."""
    rules = [(m, ws) for t, m, ws in mode_rules() if t == etype]
    if not rules:
        return None
    near = {tok.lemma_.lower(), tok.lower_}
    if dep is not None:
        near |= {dep.lemma_.lower(), dep.lower_}
    for c in tok.children:
        near.add(c.lemma_.lower())
        near.update(g.lemma_.lower() for g in c.children)
    for mode, ws in rules:
        if ws & near:
            return mode
    clause = {t.lemma_.lower() for t in clause_tokens(tok)}
    for mode, ws in rules:
        if ws & clause:
            return mode
    if etype not in _SENTENCE_MODE_TYPES:
        return None
    # the weapon is often named in another clause of the sentence ("bombs exploded outside
    # the embassy, killing dozens"; "shots were fired at them, killing two officers")
    sentence = {t.lemma_.lower() for t in tok.sent} | {t.lower_ for t in tok.sent}
    for mode, ws in rules:
        if ws & sentence:
            return mode
    return None


# types whose mode may come from anywhere in the trigger's sentence (the means of an attack);
# other types' modes describe the trigger's own clause
_SENTENCE_MODE_TYPES = frozenset({"ASSAULT"})


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
    if any(c.dep_ == "aux" and c.lower_ in _FUTURE_AUX for c in tok.children):
        return tok
    head = tok.head
    if tok.dep_ == "xcomp" and head.pos_ == "VERB" and head.lemma_.lower() in _INTENT_VERBS:
        return head
    return None


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
    "unless Iraq complies"): force or coercion on a condition is a threat."""
    verb = _intender(tok) or tok
    return any(
        c.dep_ == "advcl"
        and any(m.dep_ == "mark" and m.lower_ in _CONDITION_MARKS for m in c.children)
        for v in {tok, verb}
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


# bare sector codes of private people and bodies: "residents", "shoppers", "the company"
_PRIVATE_CODES = frozenset({"CVL", "BUS", "MNC", "EDU", "HLH", "MED", "LAB", "AGR", "REF"})


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
_AGENT_KINDS = ("weapon", "blast_source", "conflict", "force", "people")


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
    """Common nouns that can act: event_harm.tsv's agent kinds and the arms of _ARMS."""
    words = harm_words()
    return frozenset().union(*(words.get(k, frozenset()) for k in _AGENT_KINDS)) | _ARMS


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
