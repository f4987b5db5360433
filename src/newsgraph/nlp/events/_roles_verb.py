"""Source and target noun-phrase heads of a verbal trigger, and the noun heads inside a
verb's own phrase."""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.nlp.events._actors import builtin_agents, conjuncts
from newsgraph.nlp.events._blamed_on import blamed_on
from newsgraph.nlp.events._countries import mark_attacked, mark_victims
from newsgraph.nlp.events._custody_told import caught_subject
from newsgraph.nlp.events._patterns import Pattern
from newsgraph.nlp.events._phrases import _bloc_noun
from newsgraph.nlp.events._roles_accused import (
    aimed_through_participle,
    inquiry_subject,
    passive_agent,
)
from newsgraph.nlp.events._roles_asked import asked_of
from newsgraph.nlp.events._roles_clause import clause_read_as_noun
from newsgraph.nlp.events._roles_common import (
    _SUBJ,
    _THIRD_POSSESSIVE,
    _WH,
    _between,
    _dateline,
    _expand,
    _other,
    _owner,
    _participle_of_noun,
    _pobjs,
    _prep_objects,
    _thing,
    object_relative,
    participants,
    small_clause_subject,
    subject,
)
from newsgraph.nlp.events._roles_conjoined import conjunct_party
from newsgraph.nlp.events._roles_counterpart import infinitive_counterparts
from newsgraph.nlp.events._roles_custody import held, ruled_by
from newsgraph.nlp.events._roles_exposed import done_to_someone, kept_from
from newsgraph.nlp.events._roles_hidden import _gerund_targets, _shared_agent, at_hands_of
from newsgraph.nlp.events._roles_mobilize import mobilize_roles
from newsgraph.nlp.events._roles_mutual import together
from newsgraph.nlp.events._roles_placed import landed, located, placed
from newsgraph.nlp.events._roles_protest import protest_targets
from newsgraph.nlp.events._roles_series import series_top
from newsgraph.nlp.events._roles_sites import front_sites
from newsgraph.nlp.events._roles_speech import (
    _ADDRESS_VERBS,
    _MESSAGE_NOUNS,
    _STATEMENT_VERBS,
    _press,
)
from newsgraph.nlp.events._roles_transfer import _recipients
from newsgraph.nlp.events._roles_victims import attack_targets

# nouns for an action whose "by" phrase names who acted: "an offensive by the army killed ..."
_ACTION_NOUNS = frozenset(
    "offensive attack assault raid strike airstrike bombing shelling operation crackdown"
    " campaign ambush incursion invasion bombardment barrage onslaught blitz siege massacre".split()
)


# events whose target may be the subject of their content clause
_CLAUSE_TARGET_TYPES = frozenset({"REQUEST", "ACCUSE", "REJECT", "SUPPORT"})


# passive coercion with no agent, reported by whoever does it: "Police say two men were arrested"
_AUTHORITY_TYPES = frozenset({"COERCE", "SANCTION"})


_REPORT_VERBS = frozenset({"say", "announce", "report", "confirm", "tell", "state"})


_AUTHORITIES = frozenset(
    """police policeman officer authority official prosecutor sheriff ministry
    government army military court judge fbi""".split()
)


def verb_roles(verb: Token, pattern: Pattern, dep: Token | None) -> tuple[list[Token], list[Token]]:
    """Source and target heads of a verbal trigger."""
    spoken = _spoken_request(verb, pattern)
    if spoken is not None:
        return spoken
    if (clause := clause_read_as_noun(verb)) is not None:
        return [clause[0]], [clause[1]]  # "The Qatari emir hosted Hamas leaders in Doha"
    sources: list[Token] = []
    targets: list[Token] = []
    patient = _passive_patient(verb)
    if patient is not None:
        if patient is not verb:
            # "the killing of protesters by security forces was condemned": whoever did it
            targets.append(_done_by(patient) or patient)
        for child in verb.children:
            if child.dep_ == "agent":
                sources.extend(_pobjs(child))
        if not sources:
            sources.extend(_shared_agent(verb) or at_hands_of(verb))
        if not sources:
            # "three soldiers were killed in a Taliban attack", "arrested in a police raid":
            # whoever made the attack or raid the passive happened in acted
            sources.extend(_action_agent(verb))
        if not sources and pattern.type in _AUTHORITY_TYPES:
            sources.extend(_reporting_authority(verb))
    else:
        subj = subject(verb)
        if subj is not None:
            # "an offensive by the security forces killed 12 militants": the agent of the
            # event noun that is the subject acted
            agents = [
                o
                for c in subj.children
                if c.dep_ in ("prep", "agent") and c.lower_ == "by" and subj.pos_ == "NOUN"
                for o in _pobjs(c)
            ]
            acted = agents[0] if agents and subj.lemma_.lower() in _ACTION_NOUNS else subj
            sources.append(acted)
            # "Lions, tigers, and Gondor welcomed": the parser may give a verb two subjects
            sources.extend(
                c
                for c in verb.children
                if c.dep_ == "nsubj"
                and c != subj
                and not _dateline(c)
                and c != object_relative(verb)
            )
        for child in verb.children:
            if child.dep_ in ("dobj", "dative") and child != dep:
                if verb.lemma_.lower() in _ADDRESS_VERBS and _press(child):
                    continue  # "warned reporters that ...": the press only hears it
                targets.append(child)
            elif child.dep_ == "dative" and child.pos_ == "ADP":
                targets.extend(_pobjs(child))
        if (
            dep is not None
            and dep.dep_ == "dobj"
            and dep.head == verb
            and not targets
            and (
                pattern.type in _PEOPLE_OBJECT_TYPES
                or (
                    pattern.type == "RETREAT"
                    and not pattern.reciprocal  # "exchanged prisoners": the two sides
                    and dep.lemma_.lower() in _CAPTIVES
                )
            )
            and _people(dep)
        ):
            # "expelled two Pakistani diplomats", "released 20 Israeli hostages": the word is
            # the target (not "withdrew its troops": those are the source's own)
            targets.append(dep)
        if not targets and dep is not None and dep.dep_ == "dobj" and dep.head == verb:
            if (dep.pos_ == "PROPN" and dep.ent_type_ in ("ORG", "GPE", "NORP")) or _bloc_noun(dep):
                # "joined NATO", "join the alliance": the body the pattern names
                targets.append(dep)
        if not targets and (relative := object_relative(verb)) is not None:
            targets.append(relative)  # "Rubio, who many ... had backed"
        if not targets:
            targets.extend(small_clause_subject(verb))  # "a jury found Marriott guilty"
        if dep is not None and dep.pos_ == "ADP" and dep.head == verb and not targets:
            targets.extend(_pobjs(dep))  # "vote for her", "sided with the critics"
            targets.extend(_gerund_targets(dep))  # "called for cutting off aid to Guatemala"
        if dep is not None and dep.pos_ == "NOUN" and not targets:
            # "block Obama's efforts"; "block his efforts" when "his" is not the subject
            targets.extend(
                c
                for c in dep.children
                if c.dep_ == "poss"
                and (c.pos_ != "PRON" or (c.lower_ in _THIRD_POSSESSIVE and _other(c, subj)))
            )
        if not targets:
            targets.extend(_shared_object(verb))
        if pattern.type in _CLAUSE_TARGET_TYPES:
            # "denied reports that the Ossetians had agreed", "expressed confidence that the
            # Saudi government could be trusted": the content clause's subject
            targets = [(_content_subject(t, pattern) or t) if _thing(t) else t for t in targets]
            if not targets and (pattern.type != "SUPPORT" or dep is not None):
                # "demanded the White House impose sanctions", "alleged that Iran armed them",
                # "expressed confidence that Riyadh could be trusted" (not "recognized that")
                found = _content_subject(verb, pattern, "ccomp advcl")
                if found is None and dep is not None:
                    found = _content_subject(dep, pattern)
                if found is None and pattern.type == "ACCUSE":
                    found = inquiry_subject(verb, dep)  # "looking into whether X did"
                if found is not None:
                    targets.append(found)
    preps = pattern.targets | (frozenset({"with"}) if pattern.reciprocal else frozenset())
    hosts = [verb] + [c for c in verb.children if c.dep_ in ("prt", "prep")]
    for obj in [c for c in verb.children if c.dep_ == "dobj"] + ([dep] if dep is not None else []):
        hosts.extend(
            t
            for t in obj.subtree
            if (t.pos_ in ("NOUN", "PROPN") or _participle_of_noun(t)) and t.i - obj.i < 8
        )
    for host in hosts:
        for t in _prep_objects(host, preps):
            if t not in targets:
                targets.append(t)
    # a thing object stands for its owner, as an act done to someone ("called for her release")
    targets = [
        _owner(t, subject(verb)) if t.dep_ == "dobj" or done_to_someone(t) else t for t in targets
    ]
    # "condemned the violence in Myanmar", "requested French help" (_roles_scene, _roles_asked)
    targets = asked_of(verb, pattern.type, placed(verb, pattern, dep, targets))
    recipients = _recipients(verb)
    if recipients:
        # "handed over to the United States", "sent supplies to Kenya": the recipient
        targets = recipients + [
            t for t in targets if t not in recipients and t.dep_ not in ("dobj", "nsubjpass")
        ]
    givers = _givers_from(verb) if patient is None else []
    if givers:
        # "Ukraine received F-16 jets from Denmark", "received a phone call from the Saudi
        # crown prince": the giver acted, the receiver is the target
        subj = subject(verb)
        sources, targets = givers, [subj] if subj is not None else []
    if patient is None and held(verb):
        # "two journalists remain in detention": whoever stays in custody is held, the
        # target; the jailer is only the authority that reports it
        targets = sources + [t for t in targets if t not in sources]
        sources = _reporting_authority(verb) or ruled_by(verb, _AUTHORITIES)
    if pattern.type == "PROTEST":  # "to demand X's resignation" (_roles_protest)
        targets = protest_targets(verb, sources, targets)
    if pattern.type == "MOBILIZE":  # "moved troops to the border with Pakistan"
        sources, targets = mobilize_roles(verb, sources, targets)
    if pattern.type == "ASSAULT":  # "a bomb exploded ..., killing 30 people" (_roles_victims)
        # "a missile slammed into a building in Kyiv": no object or victim, the place it lands in
        targets = attack_targets(verb, [_located(t, verb) for t in targets]) or landed(verb)
        mark_attacked(targets)
    if pattern.type in ("ASSAULT", "COERCE"):
        mark_victims(targets)
    targets = blamed_on(verb, targets)  # "blamed the decline on the media" (_blamed_on)
    targets = conjunct_party(verb, pattern.type, targets)  # "condemned X and accused Israel"
    sources, targets = _between(
        verb, _expand(sources), _expand([_relative(verb, t) for t in targets])
    )
    if len(sources) > 1 and together(pattern.type, verb, targets):
        # "pledged to work together", "restored ties": the first named -> the others
        sources, targets = sources[:1], sources[1:]
    return sources, targets


# verbal events the type classifier may find on the act asked for or blamed rather than on the
# verb that asks or blames ("said the United States should reduce its patrols" -> REQUEST on
# "reduce"); the event is the speaker's
_SPOKEN_TYPES = frozenset({"REQUEST", "ACCUSE"})

# verbs whose object is asked to do what their infinitive complement says ("invited X to appear")
_ASKING = frozenset("invite ask urge tell call summon order instruct press".split())


def _spoken_request(verb: Token, pattern: Pattern) -> tuple[list[Token], list[Token]] | None:
    """Sides of a request or accusation the classifier found on the act asked for or blamed
    inside a statement: the speaker is the source, whoever is to act (or acted) the target.
    "X said the United States should reduce its patrols" -> X -> United States; "X said that
    Spitzer had sunk to a new low" -> X -> Spitzer; "The police invited Melaye to appear" ->
    police -> Melaye. None for the events of the patterns (anchored on the asking verb) and for
    clauses with no speaker or no one to act other than the speaker."""
    if not pattern.name.startswith("model:") or pattern.type not in _SPOKEN_TYPES:
        return None
    head = verb.head
    if (
        verb.dep_ == "acl"
        and head.lower_ in _MESSAGE_NOUNS
        and head.dep_ == "pobj"
        and head.head.head.pos_ in ("VERB", "AUX")
    ):
        # "said in a statement that Spitzer had sunk": the parser hangs the clause on the
        # statement
        verb_dep, head = "ccomp", head.head.head
    else:
        verb_dep = verb.dep_
    if head == verb or head.pos_ not in ("VERB", "AUX"):
        return None
    lemma = head.lemma_.lower()
    actor: Token | None = None
    if verb_dep == "ccomp" and lemma in _STATEMENT_VERBS:
        if pattern.type == "REQUEST" and not _obliged(verb):
            return None  # "Ethiopia acted on a resolution, an official said": a report, no ask
        actor = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    elif verb.dep_ == "xcomp" and lemma in _ASKING:
        actor = next((c for c in head.children if c.dep_ == "dobj"), None)
    speaker = subject(head)
    if actor is None or speaker is None or actor.lower_ in _WH or _dateline(speaker):
        return None
    if actor.pos_ == "PRON" and pattern.type != "REQUEST":
        return None  # "denied that he had lied" is mostly the speaker himself
    return _expand([speaker]), _expand([actor])


# modals of obligation: what a reported clause says someone is to do
_OBLIGED = frozenset("should must ought need shall".split())


def _obliged(verb: Token) -> bool:
    """Whether a reported clause says what its subject is to do, as a request's content does:
    a modal of obligation ("said the United States should reduce its patrols", "must stop",
    "ought to leave") or "have/need to" ("said Iran has to comply"). A plain report of what
    happened ("Ethiopia acted on a resolution, an official said") asks nothing."""
    if any(c.dep_ == "aux" and c.lower_ in _OBLIGED for c in verb.children):
        return True
    return verb.lemma_.lower() in ("have", "need") and any(
        c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in verb.children
    )


def _located(target: Token, verb: Token) -> Token:
    """A physical target of an attack stands for the place it is in (``_roles_placed``)."""
    return located(target, verb, conjuncts(target))


# events done to people whose pattern names the people it is done to ("expel diplomats",
# "detain protesters", "summoned the ambassador of Russia": the ambassador's government is
# reprimanded, not the country alone); elsewhere the pattern's word is the source's own
# ("deployed troops")
_PEOPLE_OBJECT_TYPES = frozenset({"SANCTION", "COERCE", "ASSAULT", "ACCUSE"})
# the people a release frees
_CAPTIVES = frozenset({"prisoner", "hostage", "detainee", "captive"})


def _people(noun: Token) -> bool:
    """A noun naming people or a body: the participant list or the agent dictionary."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    lemma = noun.lemma_.lower()
    agents = builtin_agents()
    return lemma in participants() or bool(
        agents.match([lemma], 0) or agents.match([noun.lower_], 0)
    )


# verbs whose subject gets something from a giver named by "from"
_RECEIVE = frozenset("receive get obtain accept".split())
# people a host receives (not in the participant list)
_VISITORS = frozenset("counterpart guest visitor leader team".split())


def _given(obj: Token) -> bool:
    """An object that is something given, not someone received: "jets", "a phone call" (the
    participant list also holds weapons like "aircraft", which are given too)."""
    if obj.pos_ not in ("NOUN", "PROPN") or obj.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
        return False
    lemma = obj.lemma_.lower()
    return lemma not in _VISITORS and (lemma not in participants() or not _people(obj))


def _givers_from(verb: Token) -> list[Token]:
    """The "from" objects of a receiving verb whose object is a thing ("received jets from
    Denmark", "a shipment of ammunition from the United States", "a phone call from X"); not
    where the object names people ("received a delegation from Moscow": the host's visitors)."""
    if verb.lemma_.lower() not in _RECEIVE:
        return []
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    if not objs or not all(_given(o) for o in objs):
        return []
    hosts = [verb] + [t for o in objs for t in o.subtree if t.pos_ == "NOUN" and t.i - o.i < 6]
    return [
        g
        for h in hosts
        for c in h.children
        if c.dep_ == "prep" and c.lower_ == "from"
        for g in _pobjs(c)
        if g.pos_ in ("NOUN", "PROPN")
    ]


def _content_subject(head: Token, pattern: Pattern, deps: str = "ccomp acl") -> Token | None:
    """The subject of a "that"-clause under ``head`` (a verb, or a noun such as "reports",
    "confidence"): whom the request, accusation, denial or support is about. A pronoun only for
    requests ("demanded he resign"): "denied that he ..." is mostly the speaker himself."""
    for clause in head.children:
        if clause.dep_ not in deps.split() or clause.pos_ not in ("VERB", "AUX"):
            continue
        if clause.dep_ == "advcl" and not any(
            c.dep_ == "mark" and c.lower_ == "for" for c in clause.children
        ):
            continue  # only "called for Russia to withdraw", not "said so after X left"
        agent = passive_agent(clause) if pattern.type == "ACCUSE" else None
        if agent is not None:
            return agent  # "alleged that detainees were tortured by X": X (_roles_accused)
        for c in clause.children:
            if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in _WH:
                if c.pos_ != "PRON" or pattern.type == "REQUEST":
                    return c
    return None


def _done_by(noun: Token) -> Token | None:
    """The "by" agent of a noun that names an act or a thing, not an actor ("the killing of
    protesters by security forces" -> forces); None for other nouns."""
    if not _thing(noun):
        return None
    for c in noun.children:
        if c.dep_ in ("prep", "agent") and c.lower_ == "by":
            objs = _pobjs(c)
            if objs:
                return objs[0]
    return None


# the lemma of a gerund the parser read as a verb ("as a result of army shelling of ...")
_ACTION_VERBS = frozenset({"shell", "bomb", "raid", "strike", "attack", "bombard"})
_ACTOR_ENTS = frozenset({"NORP", "GPE", "ORG", "PERSON"})


def _action_agent(verb: Token) -> list[Token]:
    """Who made the attack, raid or operation a passive with no agent happened in or during:
    the actor modifying the action noun ("in a Taliban attack", "in Russian shelling", "in a
    police raid", "during a military operation"), its "by" phrase ("in an attack by
    militants"), or a gerund's subject ("as a result of Sri Lankan army shelling of ...")."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "during", "as"):
            continue
        for act in _pobjs(prep):
            if prep.lower_ == "as":  # "as a result of X"
                if act.lemma_.lower() != "result":
                    continue
                act = next((o for c in act.children if c.lower_ == "of" for o in _pobjs(c)), act)
            if act.lemma_.lower() not in _ACTION_NOUNS | _ACTION_VERBS:
                continue
            for c in act.children:
                if c.dep_ in ("prep", "agent") and c.lower_ == "by":
                    return _pobjs(c)
            found = [
                c
                for c in act.children
                if c.dep_ in ("compound", "amod", "poss", "nmod", "nsubj")
                and c.i < act.i
                and (c.pos_ == "PROPN" or c.ent_type_ in _ACTOR_ENTS or _people(c))
            ]
            if found:
                return found[:1]
    return []


# prepositions whose object an infinitive of a stance is aimed at ("ready to talk with X",
# "reluctant to get behind X", "unwilling to vote for X")
_STANCE_PREPS = frozenset({"with", "behind", "for", "against", "to"})


# adjectives of unwillingness, refusals whatever their negation
_REFUSING = frozenset("unwilling reluctant loath hesitant unprepared averse".split())


def _stance_object(trigger: Token) -> list[Token]:
    """The object of the infinitive of a refusing stance adjective (negated, or one of
    :data:`_REFUSING`): "is not ready to support Trump" -> Trump, "unwilling to negotiate with
    the government" -> the government; a thing object stands for its owner ("not ready to
    support Speaker Ryan's agenda" -> Ryan). Empty for a willing stance, whose act carries
    its own event ("ready to support X"), and for anything but an adjective with an
    infinitive complement ("not ready to be president")."""
    if trigger.pos_ != "ADJ":
        return []
    cop = trigger.head if trigger.dep_ == "acomp" else trigger
    refused = trigger.lemma_.lower() in _REFUSING or any(
        c.dep_ == "neg" for c in (*trigger.children, *cop.children)
    )
    if not refused:
        return []  # "ready to support X": the support, an event of its own, is aimed at X
    for comp in trigger.children:
        if comp.dep_ != "xcomp" or comp.pos_ != "VERB":
            continue
        objs = [_owner(c, subject(comp)) for c in comp.children if c.dep_ == "dobj"]
        if objs:
            return objs
        return [
            o
            for c in comp.children
            if c.dep_ == "prep" and c.lower_ in _STANCE_PREPS
            for o in _pobjs(c)
        ]
    return []


def _reporting_authority(verb: Token) -> list[Token]:
    """The police, prosecutors or officials who report an arrest or charge made with no
    agent named: "Police say two men have been arrested" -> Police."""
    tok = verb
    for _ in range(3):
        if tok.dep_ != "ccomp" and tok.dep_ != "conj":
            break
        tok = tok.head
        if tok.lemma_.lower() in _REPORT_VERBS:
            subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            if subj is not None and subj.lemma_.lower() in _AUTHORITIES:
                return [subj]
            return []
    return []


def _shared_object(verb: Token) -> list[Token]:
    """The object a verb shares with the next verb of its coordination: "derided and
    insulted the professional left", "condemned and denounced the attack"."""
    if any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children):
        return []
    for conj in verb.children:
        if conj.dep_ == "conj" and conj.pos_ == "VERB" and conj.i > verb.i:
            if any(c.dep_ in _SUBJ for c in conj.children):
                return []
            return [c for c in conj.children if c.dep_ == "dobj"]
    return []


def _passive_patient(verb: Token) -> Token | None:
    """The patient of a passive verb (its target), ``verb`` itself for a passive with no
    patient in view, or None when the verb is active. Besides "X was attacked by Y": passives
    coordinated with one ("officials were mocked and criticized by ..."), participles with an
    agent ("Asked by reporters, Carson said"; "protesters beaten by police")."""
    if (caught := caught_subject(verb)) is not None:
        return caught  # "Two Men Caught Smuggling Drugs": the men were caught (_custody_told)
    passive = False
    for child in verb.children:
        if child.dep_ == "nsubjpass":
            return child
        if child.dep_ == "auxpass":
            passive = True
    if passive:
        return verb
    if verb.tag_ != "VBN" or any(c.dep_ in _SUBJ for c in verb.children):
        return None
    head = verb.head
    if (top := series_top(verb)) is not None:  # "was arrested, questioned and deported"
        patient = next((c for c in top.children if c.dep_ == "nsubjpass"), None)
        return patient or verb
    if not any(c.dep_ == "agent" for c in verb.children):
        # a reduced passive on a person with no agent: "left three policemen wounded", "four
        # gunmen killed in the shootout" (the people are its patients, not its doers)
        reduced = verb.dep_ == "acl" and head.pos_ in ("NOUN", "PROPN") and not _thing(head)
        return head if reduced else None
    if verb.dep_ == "advcl" and head.pos_ in ("VERB", "AUX"):
        return subject(head) or verb  # "Asked by reporters, Carson said"
    if verb.dep_ in ("acl", "relcl") and head.pos_ in ("NOUN", "PROPN", "PRON"):
        return head  # "protesters beaten by police"
    return verb


def _relative(verb: Token, target: Token) -> Token:
    """A relative pronoun as object stands for the noun its clause modifies: "the only
    Republican whom Trump refused to endorse" -> Republican."""
    if target.lower_ not in _WH:
        return target
    tok = verb
    for _ in range(4):
        if tok.dep_ == "relcl":
            noun = tok.head
            if noun.dep_ == "appos" and noun.head.pos_ == "PROPN":
                return noun.head  # "Yanukovych, a former director who was convicted"
            return noun
        if tok.dep_ not in ("xcomp", "conj", "ccomp") or tok.head == tok:
            break
        tok = tok.head
    return target


# prepositions whose object is the event's setting (place, time, the path of a march: "marched
# along Havana's seaside boulevard", "down Michigan Avenue") or a role ("as a young man", "as
# president"), never its target
_SETTING_PREPS = frozenset(
    """in inside within across throughout during since after before until amid as along
    through around down past via""".split()
)


_VP_STEP = ("dobj", "dative", "prep", "pobj", "advmod", "npadvmod", "prt", "oprd", "acomp")


def phrase_candidates(verb: Token) -> list[Token]:
    """Noun heads inside the verb's own phrase, in reading order: its objects and the objects
    of its prepositions, down through noun-phrase modifiers ("fired shells at Seoul", "close to
    the border with Mordor"), never into clauses, the subject, or setting phrases ("in Moscow")."""
    out: list[Token] = []
    # a phrase before the verb is the setting ("At the NATO summit, the alliance agreed");
    # an infinitive's phrase is the event's content ("agreed to resume contacts with Moscow")
    stack = [c for c in verb.children if c.dep_ in _VP_STEP and c.i > verb.i]
    for xcomp in verb.children:
        if xcomp.dep_ == "xcomp" and xcomp.pos_ in ("VERB", "AUX"):
            stack.extend(c for c in xcomp.children if c.dep_ in _VP_STEP)
    address = verb.lemma_.lower() in _ADDRESS_VERBS
    while stack:
        tok = stack.pop()
        if tok.dep_ == "prep" and tok.lower_ in _SETTING_PREPS:
            out.extend(front_sites(tok))  # "in front of the Turkish embassy" (_roles_sites)
            continue
        if address and tok.head == verb and _press(tok):
            continue  # "assured journalists that ...": no target
        if tok.head == verb and kept_from(verb, tok):
            continue  # "protected the schoolgirls from an attack by Boko Haram": no target
        if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ != "compound":
            out.append(tok)
        stack.extend(c for c in tok.children if c.dep_ in (*_VP_STEP, "conj", "appos"))
        stack.extend(aimed_through_participle(tok))  # "charges brought against X"
    # a thing stands for its owner: "threatened to revoke the boy's parole" -> boy; the other
    # party of the infinitive's act comes first ("agreed to extradite the suspects to Cambodia")
    front = infinitive_counterparts(verb)
    rest = sorted({_owner(t) for t in out} - set(front), key=lambda t: t.i)
    return front + rest
