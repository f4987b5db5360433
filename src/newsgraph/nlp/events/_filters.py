"""Event filters and modes read from word lists (``resources/events/event_harm.tsv``,
``event_modes.tsv``): violence idioms, natural forces, market and sport idioms, and PLOVER
modes from the text.

Intentions, refusals, stances, private life and agentless subjects are in ``_agency``, the word
lists and the word forms they are matched by in ``_harm_lexicon``; both re-exported here."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Token

from newsgraph.model import Actor

# re-exported: the intention, stance and agent filters live in _agency
from newsgraph.nlp.events._agency import agreed_concession as agreed_concession
from newsgraph.nlp.events._agency import armed_words as armed_words
from newsgraph.nlp.events._agency import conditional as conditional
from newsgraph.nlp.events._agency import intention as intention
from newsgraph.nlp.events._agency import no_agent as no_agent
from newsgraph.nlp.events._agency import private_life as private_life
from newsgraph.nlp.events._agency import seized_on as seized_on
from newsgraph.nlp.events._agency import stance as stance
from newsgraph.nlp.events._agency import stance_holder as stance_holder
from newsgraph.nlp.events._bail import bail_bond
from newsgraph.nlp.events._beaten import beaten_person, done_to_death
from newsgraph.nlp.events._body_blows import body_blow
from newsgraph.nlp.events._custody_told import caught_doing
from newsgraph.nlp.events._flags import clause_tokens
from newsgraph.nlp.events._harm_lexicon import (
    _HUMAN_PRONOUNS,
    _NAMED_TARGET,
    _NOMINAL_DEPS,
    _forms,
    mode_rules,
)
from newsgraph.nlp.events._harm_lexicon import harm_words as harm_words
from newsgraph.nlp.events._insults import small_clause_subjects
from newsgraph.nlp.events._patterns import Pattern
from newsgraph.nlp.events._property_violence import physical_thing
from newsgraph.nlp.events._relative_victims import relative_victim
from newsgraph.nlp.events._roles import subject
from newsgraph.nlp.events._roles_clause import clause_read_as_noun
from newsgraph.nlp.events._strikes import weapon_struck


def _objects(tok: Token, dep: Token | None) -> list[Token]:
    """What a violent trigger acts on: direct objects and passive subjects of a verb, the
    prepositional targets of a noun; the pattern's own dependent ("set *fire* to") excluded;
    a quantity's or a part's "of" object stands for it ("demolished dozens *of homes*", "a
    section *of the railroad*")."""
    out: list[Token] = []
    for c in tok.children:
        if c == dep or (dep is not None and dep in _of_objects(c)):
            continue  # the dependent itself, or a quantity of it ("fired dozens of rockets")
        if c.dep_ in ("dobj", "nsubjpass"):
            out.append(c)
        elif tok.pos_ == "VERB" and c.dep_ == "prep" and c.lower_ == "down" and c.i == tok.i + 1:
            # a particle the parser took for a preposition: "burned down the house of ..."
            out.extend(g for g in c.children if g.dep_ == "pobj")
        elif tok.pos_ in ("NOUN", "PROPN") and c.dep_ == "prep" and c.lower_ in ("on", "against"):
            out.extend(g for g in c.children if g.dep_ == "pobj")
    return [
        *out,
        *(g for o in out if o.lower_ in _QUANTITY or o.lemma_ in _PARTS for g in _of_objects(o)),
    ]


def _fuel_station(place: Token, industrial: frozenset[str]) -> bool:
    """A station that sells fuel or gas ("an explosion at a gas station"), not a police one."""
    return place.lemma_.lower() == "station" and any(
        c.dep_ == "compound" and c.lemma_.lower() in industrial | {"petrol", "filling"}
        for c in place.children
    )


# a part of a thing stands for it ("blew up a section of the railroad", "set fire to part of
# the building")
_PARTS = frozenset({"section", "part", "stretch", "portion", "wing", "floor", "length"})


_QUANTITY = frozenset(
    {"dozens", "hundreds", "thousands", "scores", "tens", "millions", "number", "group", "couple"}
    # a measure or a lot of seized goods stands for them ("seized two tons of cocaine", "a
    # cache of weapons", "a large quantity of ammunition")
    | {"tons", "tonnes", "kilograms", "kilos", "pounds", "cache", "caches", "stash", "haul"}
    | {"crates", "quantity", "quantities", "amount", "amounts", "stockpile", "consignment"}
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


_RELATIVE = frozenset({"that", "which", "who"})


def _subjects(tok: Token) -> list[Token]:
    """The subject, inherited through coordination ("Wildfires killed 12 and destroyed ..."),
    a relative clause ("two crashes *that* killed 346 people": the crashes), a participle
    that continues its clause ("an earthquake struck, *killing* 12") and an active verb the
    parser hung on a noun ("an outbreak of cholera *killed* 60")."""
    own = [c for c in tok.children if c.dep_ in ("nsubj", "csubj")]
    if not own and tok.dep_ == "acl" and any(c.dep_ == "dobj" for c in tok.children):
        # an active verb the parser hung on a noun is that noun's act ("after an outbreak of
        # cholera killed 60 people")
        return _noun_chain(tok.head)
    if own:
        if tok.dep_ == "relcl" and all(s.lower_ in _RELATIVE for s in own):
            return _noun_chain(tok.head)
        return own
    if tok.dep_ == "advcl" and tok.tag_ in ("VBG", "VBN") and tok.head.pos_ in ("VERB", "AUX"):
        return _subjects(tok.head)
    if (lost := _lost_subject(tok)) is not None:
        return [lost]  # "after an earthquake in the east killed 1,000" parsed as "after [noun]"
    inherited = subject(tok)
    return [inherited] if inherited is not None else []


def _lost_subject(tok: Token) -> Token | None:
    """The subject the parser took for the object of a time word ("after an earthquake in the
    country's east killed more than 1,000 people": "after" + noun, the verb left bare): the
    noun whose phrase ends right before a finite verb with no subject (long22)."""
    if tok.dep_ != "advcl" or tok.tag_ not in ("VBD", "VBZ", "VBP") or tok.i < 2:
        return None
    for prep in tok.sent:
        if prep.i < tok.i and prep.lower_ in ("after", "when", "as", "since", "before"):
            for n in prep.children:
                if n.dep_ == "pobj" and n.right_edge.i == tok.i - 1:
                    return n
    return None


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
    a natural force or hazard word, or, for a warning or an inquiry, the subject of what it
    says or asks ("sounding warnings that the disease is spreading", "investigating whether
    the strain poses a threat"), or its purpose clause a rescue ("troops were
    deployed to help with the rescue effort"; event_harm.tsv: natural, hazard, rescue)."""
    words = harm_words()
    hazards = words.get("natural", frozenset()) | words.get("hazard", frozenset())
    args = [c for c in tok.children if c != dep and c.dep_ in ("dobj", "nsubjpass", *_NOMINAL_DEPS)]
    if dep is not None:  # "issued evacuation *warnings*": the pattern's word names the topic
        args += [c for c in dep.children if c.dep_ in _NOMINAL_DEPS]
    if any(_forms(a) & hazards for a in args):
        return True
    warnings = [
        w for w in (tok, dep) if w is not None and w.lemma_.lower() in _WARNINGS | _INQUIRIES
    ]
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
# inquiries: whether what they ask about has a hazard as its subject ("investigating whether
# the strain of Ebola Reston poses a threat to humans"); "investigating whether police shot
# him" stays
_INQUIRIES = frozenset({"investigate", "investigation", "probe", "inquiry", "examine"})


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


def _disaster_participle(t: Token, disasters: frozenset[str]) -> bool:
    """A disaster named by the participle describing what it struck ("flooded villages")."""
    low = t.lower_
    return t.dep_ == "amod" and low.endswith("ed") and low[:-2] in disasters


def disaster_response(tok: Token, etype: str) -> bool:
    """A response to a natural disaster ("authorities evacuated thousands as floods rose",
    "the government declared a state of emergency after the earthquake", "the Red Cross
    distributed food to flood victims"): an evacuation, relief, deployment, emergency, warning
    or appeal in a sentence that names a disaster and no conflict (event_harm.tsv: disaster,
    conflict). Relief against a disease stays AID; in a war it is news."""
    if etype not in _RESPONSE_TYPES:
        return False
    return disaster_sentence(tok)


def disaster_sentence(tok: Token) -> bool:
    """Whether the trigger's sentence names a natural disaster and no conflict."""
    words = harm_words()
    disasters, conflict = words.get("disaster", frozenset()), words.get("conflict", frozenset())
    # a disaster is named by a noun ("rioters stormed the parliament" names no storm); conflict
    # by a noun or a verb ("after rebels attacked")
    # (read lazily: most sentences name no disaster, and then the conflict words are not read)
    sent = tok.sent
    if not any(
        w in disasters
        for t in sent
        if t.pos_ in ("NOUN", "PROPN") and not _electoral(t)
        for w in _forms(t)
    ) and not any(_disaster_participle(t, disasters) for t in sent):
        return False
    return not any(
        w in conflict for t in sent if t.pos_ in ("NOUN", "PROPN", "VERB") for w in _forms(t)
    )


# what a disaster word measures in an election ("a landslide victory", "won in a landslide",
# "a tsunami of votes"): the size of a win, no disaster
_ELECTORAL = frozenset(
    {"victory", "win", "defeat", "loss", "majority", "election", "vote", "votes", "triumph"}
)


def _electoral(t: Token) -> bool:
    """A disaster word that only sizes an election result: a modifier of a win or a vote, or
    the object of "by"/"in" under "win" ("won by a landslide")."""
    if t.dep_ in ("compound", "amod", "nmod") and t.head.lemma_.lower() in _ELECTORAL:
        return True
    if any(
        c.lower_ == "of" and any(g.lemma_.lower() in _ELECTORAL for g in c.children)
        for c in t.children
    ):
        return True
    return (
        t.dep_ == "pobj"
        and t.head.lower_ in ("by", "in")
        and t.head.head.lemma_.lower() in {"win", "sweep", "carry", "reelect", "re-elect"}
    )


def _tanker_blast(tok: Token, words: dict[str, frozenset[str]]) -> bool:
    """ "A truck carrying fuel exploded, killing 20": harm continuing the explosion of a vehicle
    or machine, in a sentence that names no weapon (event_harm.tsv: blast_source, weapon)."""
    return tok.dep_ in ("advcl", "acl", "conj") and _tanker_blast_clause(tok.head, words)


def _mishap_verb(verb: Token, mishaps: frozenset[str]) -> bool:
    """An accident verb, or a verb coordinated with one ("overturned and burst into flames")."""
    if verb.lemma_.lower() in mishaps:
        return True
    return verb.dep_ == "conj" and verb.head.lemma_.lower() in mishaps


def _tanker_blast_clause(clause: Token, words: dict[str, frozenset[str]]) -> bool:
    """A clause in which a vehicle or machine exploded, in a sentence that names no weapon
    ("when a gas cylinder exploded")."""
    if clause.lemma_.lower() != "explode":
        return False
    sources = words.get("blast_source", frozenset())
    if not any(s.lemma_.lower() in sources for s in _subjects(clause)):
        return False
    weapons = words.get("weapon", frozenset())
    return not any(_forms(t) & weapons for t in clause.sent)


def _mishap(tok: Token) -> bool:
    """Whether harm comes from an accident, not an attacker: the trigger continues a clause
    whose verb is an accident ("a truck overturned, killing five"), names one in a time clause
    ("were killed when two helicopters crashed"), or its cause is an explosion or fire at a
    works ("an explosion at a chemical plant injured 40 workers"; event_harm.tsv: mishap,
    works, works_modifier)."""
    words = harm_words()
    mishaps, works = words.get("mishap", frozenset()), words.get("works", frozenset())
    if tok.dep_ == "conj" and tok.tag_ == "VBG" and tok.head.tag_ == "VBG" and _mishap(tok.head):
        return True  # "colliding with a goods train, killing 12 and injuring 50" (long22)
    if tok.dep_ == "advcl" and tok.tag_ in ("VBG", "VBN") and _mishap_verb(tok.head, mishaps):
        return True  # "a truck overturned, killing five"; "overturned and burst into flames, ..."
    if _tanker_blast(tok, words):
        return True
    for c in tok.children:
        if c.dep_ == "advcl" and c.lemma_.lower() in mishaps:
            return True
        if c.dep_ == "advcl" and _tanker_blast_clause(c, words):
            return True  # "were killed when a gas cylinder exploded in a restaurant"
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
                if any(
                    g.lemma_.lower() in works or _fuel_station(g, industrial)
                    for g in prep.children
                    if g.dep_ == "pobj"
                ):
                    return True
    return False


# the work or the plight of the people a modifier names ("polio workers", "Ebola health
# workers", "flood relief workers", "earthquake survivors"): not what harmed them
_PEOPLE_NOUNS = frozenset({"vaccinator", "survivor", "volunteer", "responder", "team", "convoy"})


def _describes(word: Token, people: frozenset[str]) -> bool:
    """A natural-hazard or disease word that only modifies a noun for people ("five polio
    workers were killed in a blast"): it describes the victims, it did not harm them."""
    head = word
    while head.dep_ in ("compound", "amod") and head.head.i != head.i:
        head = head.head
        lemma = head.lemma_.lower()
        if lemma in people or lemma in _PEOPLE_NOUNS:
            return True
    return False


# what makes a fire a wildfire ("forest fires destroyed 300 homes", "bush fires")
_WILD = frozenset({"forest", "bush", "brush", "grass", "scrub", "peat", "wild"})


def _natural_subject(subj: Token, natural: frozenset[str]) -> bool:
    """A natural force as the subject, or a named one: the storm's kind as the compound of
    its name ("Cyclone Freddy flattened homes", "Hurricane Ian killed 60", "Storm Ciara");
    a fire of the forest or the bush ("forest fires destroyed 300 homes")."""
    if _forms(subj) & natural:
        return True
    if subj.lemma_.lower() == "fire":
        # "A fire at a mosque killed 15": a blaze; weapon fire is named by its weapon or its
        # side ("Israeli fire", "army fire", "rocket fire")
        mods = [c for c in subj.children if c.dep_ in ("compound", "amod", "poss", "nmod")]
        return all(c.lemma_.lower() in _WILD for c in mods)
    return subj.pos_ == "PROPN" and any(
        c.dep_ == "compound" and _forms(c) & natural for c in subj.children
    )


def harm_ok(
    tok: Token, pattern: Pattern, dep: Token | None, is_actor: Callable[[Token], bool]
) -> bool:
    """Whether a violence pattern's constraint holds (see event_patterns.tsv, options)."""
    if pattern.harm is None or caught_doing(tok, pattern):  # "Man caught smuggling" (types28)
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
        if (read := clause_read_as_noun(tok)) is not None:
            objs.append(read[1])  # "The Qatari emir hosted Hamas leaders": parsed as one noun
        objs += small_clause_subjects(tok)  # "calls [Clinton unqualified]" (_insults)
        return any(
            o.lower_ in _HUMAN_PRONOUNS or o.ent_type_ in _NAMED_TARGET or is_actor(o) for o in objs
        )
    words = harm_words()
    natural = words.get("natural", frozenset())
    physical = words.get("physical", frozenset())
    benign = words.get("benign", frozenset())
    if any(_natural_subject(s, natural) for s in _subjects(tok)) or _mishap(tok):
        return False
    if tok.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ in _NOMINAL_DEPS and c.lemma_.lower() in benign for c in tok.children
    ):
        return False
    if body_blow(tok, pattern) or done_to_death(tok, pattern):  # in the face; to death
        return True
    people = words.get("people", frozenset()) | words.get("bystander", frozenset())
    clause = clause_tokens(tok)
    if any(
        _forms(t) & natural and t.pos_ in ("NOUN", "PROPN") and not _describes(t, people)
        for t in clause
    ):
        return False
    objs = [relative_victim(tok, o) for o in _objects(tok, dep)] or _shared_objects(tok)
    if not objs and tok.pos_ == "NOUN" and pattern.harm in ("harm_object", "harm_person"):
        objs = _of_objects(tok)  # "the torching of a police station", not "of the budget"
    if (struck := weapon_struck(tok, dep)) is not None and (objs or not struck):
        return struck  # "air strikes hit a wedding hall", not "a blast of air" (_strikes)

    def person(o: Token) -> bool:
        return (
            o.lower_ in _HUMAN_PRONOUNS
            or o.ent_type_ in _NAMED_TARGET
            or o.lemma_.lower() in people
            or is_actor(o)
        )

    if (
        dep is not None
        and (dep.pos_ == "ADP" or dep.dep_ == "prep")
        and pattern.harm in ("harm", "harm_object")
    ):
        # "fired round after round of teargas at protesters": the pattern's preposition names
        # the target; the direct object is the ammunition (a preposition the tagger calls a
        # conjunction too: "set upon the thief")
        aimed = [g for g in dep.children if g.dep_ == "pobj"]
        if any(person(o) or physical_thing(o, physical) for o in aimed):
            return True
    if not objs:
        return pattern.harm == "harm" or tok.pos_ in ("NOUN", "PROPN")

    if pattern.harm == "harm_person":
        return any(person(o) for o in objs)
    if pattern.harm == "harm_human":  # a person or group noun, not a named place or team
        return any(
            o.lower_ in _HUMAN_PRONOUNS
            or (o.pos_ == "NOUN" and (is_actor(o) or o.lemma_.lower() in people))
            or beaten_person(o)  # "Jamal Okoro was beaten by police" (_beaten)
            for o in objs
        )
    return any(person(o) or physical_thing(o, physical) for o in objs)


def _measure_of(word: Token, domain: frozenset[str]) -> bool:
    """A domain word used as the measure or part of what its "of" names, which is no domain
    word ("a round of talks", "a series of meetings"): the game is in the "of" object, if
    anywhere ("the final round of the tournament" stays sport)."""
    objs = _of_objects(word)
    return bool(objs) and not any(_forms(o) & domain for o in objs)


def _acting_people(word: Token, people: frozenset[str]) -> bool:
    """A domain word for people who act as the active subject ("Traders shut their shops in
    protest against new taxes"): they are the actors, not a market report's subject matter
    (a passive subject is acted on: "The driver ... was airlifted to hospital")."""
    return word.dep_ == "nsubj" and bool(_forms(word) & people)


# verbs of harm to people that a blast as their subject or setting makes an attack
_BLAST_HARM = frozenset({"kill", "wound", "injure", "hurt", "maim"})


def _blast_harm(tok: Token) -> bool:
    """Harm to people done by a blast with no accident named, as its subject or in its setting
    ("Explosion kills 8 at wedding", "a blast killed 8 at a market"): an attack, whatever
    culture or market word names the place (``_filters_hazard._attacking_blast``)."""
    from newsgraph.nlp.events._filters_hazard import _attacking_blast  # imports this module

    if tok.pos_ != "VERB" or tok.lemma_.lower() not in _BLAST_HARM:
        return False
    nouns = [c for c in tok.children if c.dep_ == "nsubj"]
    if tok.dep_ == "acl" and any(c.dep_ == "dobj" for c in tok.children):
        nouns.append(tok.head)  # "A blast killed 8 at a market" parsed as a blast's modifier
    nouns += [
        g
        for p in tok.children
        if p.dep_ in ("prep", "agent") and p.lower_ in ("in", "by", "during")
        for g in p.children
        if g.dep_ == "pobj"
    ]
    return any(_attacking_blast(n, tok) for n in nouns)


# words that name a protest and nothing else (not "rally", "march" or "strike": stocks rally,
# markets march higher, a striker strikes)
_PROTEST_WORDS = frozenset({"protest", "demonstrate", "demonstration", "sit-in", "picket", "vigil"})


def _protest_act(tok: Token) -> bool:
    """The trigger, its object or its purpose clause names a protest ("protested", "staged a
    protest", "marched to the council to protest the fees")."""
    words = [tok, *(c for c in tok.children if c.dep_ in ("dobj", "xcomp", "advcl"))]
    return any(w.lemma_.lower() in _PROTEST_WORDS or w.lower_ in _PROTEST_WORDS for w in words)


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
    if any(a.code for a in actors) or _blast_harm(tok):
        return False
    domain = words.get("sport", frozenset()) | words.get("culture", frozenset())
    if not _protest_act(tok):
        # market traders and vendors who protest, demonstrate or hold a sit-in are news ("traders
        # staged a protest against the market levy"); a market that rallies is not
        domain |= words.get("market", frozenset())
    people = words.get("people", frozenset())
    if any(
        _forms(t) & domain
        and not _measure_of(t, domain)
        and not _acting_people(t, people)
        and not bail_bond(t)  # "held on $505 bond" (_bail)
        for t in clause_tokens(tok)
        if t.pos_ in ("NOUN", "PROPN")
    ):
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
