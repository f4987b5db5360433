"""Who did it to whom: source and target noun-phrase heads of a trigger, from the parse."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from newsgraph import datafiles
from newsgraph.nlp._doc import entity_at
from newsgraph.nlp.events._actors import _antecedent, builtin_agents, conjuncts
from newsgraph.nlp.events._patterns import Pattern

_SUBJ = ("nsubj", "csubj")
_CLAUSE_UP = ("xcomp", "conj", "advcl", "pcomp")
_WH = {"who", "which", "that", "whom"}
# verbs whose object is an instrument or a thing, not who does the infinitive: "used tear gas
# to disperse protesters", "took steps to curb", "made efforts to end"
_NO_OBJECT_CONTROL = frozenset({"have", "need", "use", "take", "make", "spend", "do", "employ"})
# heads that only count or select the people in their "of" phrase: "45 percent of voters",
# "dozens of protesters", "one of the journalists", "some of his aides"
_QUANTITY = frozenset(
    """percent per cent dozens hundreds thousands millions tens scores majority minority
    most many some few several all none each one two three four five six seven eight nine
    ten half third quarter rest number handful group""".split()
)
# verbs whose subject undergoes the nominal event in their object: "he faced criticism from
# his party", "the city came under attack", "Kiev won support from Brussels"
_UNDERGO = frozenset(
    "face receive draw suffer endure weather field attract survive withstand".split()
)
# verbs whose subject answers a hostile nominal event aimed at them: "China rebuts American
# criticism", "he dismissed the accusations", "Moscow denied the charges"
_REBUT = frozenset(
    "rebut dismiss deny reject refute counter deflect shrug brush rebuff answer ignore gloss"
    " defy heed".split()
)
_HOSTILE_TYPES = frozenset({"ACCUSE", "THREATEN", "ASSAULT", "SANCTION", "COERCE"})
# nominal events whose "of" object is their giver once the subject undergoes them
_GIVEN_TYPES = frozenset({"SUPPORT", "AID", "ACCUSE"})
# verbs whose subject gains the support or aid in their object: "won the endorsement of X",
# "picked up an endorsement from Perry", "garnered support"
_UNDERGO_GOOD = frozenset(
    "win gain earn get secure enjoy pick collect garner land rack ring accept".split()
)
# passive verbs whose subject takes part in the nominal event: "forces were engaged in clashes"
_ENGAGED = frozenset({"engage", "involve", "embroil", "lock", "mire", "bog"})
# prepositions naming both sides of a reciprocal event: "fighting between police and rebels"
_BETWEEN = frozenset({"between", "among", "amongst"})
# nouns for an action whose "by" phrase names who acted: "an offensive by the army killed ..."
_ACTION_NOUNS = frozenset(
    "offensive attack assault raid strike airstrike bombing shelling operation crackdown"
    " campaign ambush incursion invasion".split()
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
# possessive pronouns stand for their pronoun: "his attack on Clinton" = he attacked Clinton
POSSESSIVE = {"his": "he", "her": "she", "their": "they", "its": "it", "our": "we", "my": "i"}


def subject(verb: Token, depth: int = 0) -> Token | None:
    """The subject of a verb, inherited through control, coordination and relative clauses."""
    for child in verb.children:
        if child.dep_ in _SUBJ:
            if child.lower_ in _WH and verb.dep_ in ("relcl", "acl"):
                return verb.head
            if _dateline(child):
                # "KABUL, Afghanistan — Taliban fighters attacked": the place of the dateline
                # is no subject; the actor after the dash is
                return _after_dateline(child, verb)
            return child
    if depth > 0:  # a clause under a passive: "Roof is accused of killing", "was forced to quit"
        patient = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if patient is not None:
            return patient
    if verb.tag_ == "VBG":  # a gerund's possessor: "the United States' backing Kosovo"
        poss = next((c for c in verb.children if c.dep_ == "poss"), None)
        if poss is not None:
            return poss
    if depth > 4 or verb.head == verb:
        return None
    if verb.dep_ in ("relcl", "acl") and verb.head.pos_ in ("NOUN", "PROPN"):
        if verb.dep_ == "acl" and _thing(verb.head):
            # "Trump's plan to bar Muslims": Trump bars them; "spent much of his speech
            # defending his record": the speaker defends it
            poss = next((c for c in verb.head.children if c.dep_ == "poss"), None)
            if poss is not None and (poss.pos_ != "PRON" or poss.lower_ in POSSESSIVE):
                return poss
            gov = governing_verb(verb.head)
            return subject(gov, depth + 1) if gov is not None else None
        return verb.head
    if verb.dep_ == "xcomp" and verb.head.pos_ in ("VERB", "AUX"):
        obj = next((c for c in verb.head.children if c.dep_ in ("dobj", "dative")), None)
        if obj is not None and verb.head.lemma_.lower() not in _NO_OBJECT_CONTROL:
            return obj  # object control: "urged Eriador to respond"
        return subject(verb.head, depth + 1)
    head = verb.head
    if verb.dep_ in _CLAUSE_UP and head.pos_ in ("ADP", "ADJ", "SCONJ") and head.head != head:
        head = head.head  # "is about to restore", "is ready to talk": through the adjective
        if head.pos_ == "ADJ" and head.dep_ in ("acomp", "attr") and head.head != head:
            head = head.head  # "has been the most aggressive in denouncing the media"
    if verb.dep_ in _CLAUSE_UP and head.pos_ == "ADV" and head.head.pos_ in ("VERB", "AUX"):
        head = head.head  # "stopped short of endorsing Clinton"
    if verb.dep_ == "pcomp" and verb.head.pos_ == "ADP" and head.pos_ == "NOUN" and _thing(head):
        # "Trump's approach of seeking out GOP leaders", "his address about fighting ISIS":
        # the owner of the plan, speech or habit does it
        poss = next((c for c in head.children if c.dep_ == "poss"), None)
        if poss is not None and (poss.pos_ != "PRON" or poss.lower_ in POSSESSIVE):
            return poss
    if verb.dep_ in _CLAUSE_UP and head.pos_ == "NOUN" and head.dep_ in ("dobj", "pobj"):
        gov = governing_verb(head)  # "made no apologies for accusing China"
        return subject(gov, depth + 1) if gov is not None else None
    if (
        verb.dep_ == "pcomp"
        and verb.head.lower_ in ("of", "for")
        and head.pos_ in ("VERB", "AUX")
        and head.lemma_.lower() in _CHARGE_VERBS
    ):
        # "Russia accused Ukraine of shelling the plant", "praised Kiev for holding talks":
        # the one accused or praised did it
        obj = next((c for c in head.children if c.dep_ == "dobj"), None)
        if obj is not None and not _thing(obj) and obj.lower_ not in _WH:
            return obj
    if verb.dep_ in _CLAUSE_UP and head.pos_ in ("VERB", "AUX"):
        return subject(head, depth + 1)
    return None


# verbs whose object did what their "of"/"for" clause says: "accused X of shelling"
_CHARGE_VERBS = frozenset(
    """accuse suspect convict charge blame criticize criticise condemn praise thank commend
    fault denounce sue fine punish sanction reward congratulate credit""".split()
)


_DASHES = frozenset({"—", "–", "-", "--", "_"})


def _dateline(tok: Token) -> bool:
    """A wire story's dateline parsed as a subject: an upper-case place opening the sentence,
    followed within a few words by a dash ("HANOI, Vietnam (AP) —", "MOSCOW (Reuters) -")."""
    first = tok.left_edge
    opening = tok.doc[tok.sent.start : first.i]
    if any(not t.is_space for t in opening) or len(tok.text) < 3:
        return False  # "\n\nNAIROBI, Kenya (AP) —" opens its sentence after blank lines
    if not all(t.text.isupper() for t in tok.doc[first.i : tok.i + 1] if not t.is_space):
        return False  # "DAR ES SALAAM", upper case throughout
    return any(t.text in _DASHES for t in tok.doc[tok.i + 1 : min(tok.sent.end, tok.i + 9)])


def _after_dateline(place: Token, verb: Token) -> Token | None:
    """The verb's subject after a dateline: its other subject ("MOSCOW (Reuters) - Russia
    accused"), else the name the parser hung on the dateline after the dash ("HANOI, Vietnam
    (AP) — U.S. Defense Secretary Mark Esper accused")."""
    other = next((c for c in verb.children if c.dep_ in _SUBJ and c != place), None)
    if other is not None:
        return other
    dash = next(t for t in place.doc[place.i + 1 : place.sent.end] if t.text in _DASHES)
    return next((c for c in place.children if c.dep_ == "appos" and c.i > dash.i), None)


def _thing(noun: Token) -> bool:
    """A common noun that names no one ("speech", "bill"), by the participant and agent
    lists."""
    if noun.pos_ != "NOUN" or noun.ent_type_:
        return False
    lemma = noun.lemma_.lower()
    if lemma in participants():
        return False
    agents = builtin_agents()
    return not (agents.match([lemma], 0) or agents.match([noun.lower_], 0))


def _pobjs(prep: Token) -> list[Token]:
    return [g for g in prep.children if g.dep_ == "pobj"]


def _prep_objects(token: Token, preps: frozenset[str]) -> list[Token]:
    out: list[Token] = []
    for child in token.children:
        if child.dep_ in ("prep", "agent", "dative") and child.lower_ in preps:
            out.extend(_pobjs(child))
    return out


def verb_roles(verb: Token, pattern: Pattern, dep: Token | None) -> tuple[list[Token], list[Token]]:
    """Source and target heads of a verbal trigger."""
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
                c for c in verb.children if c.dep_ == "nsubj" and c != subj and not _dateline(c)
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
            and pattern.type in _PEOPLE_OBJECT_TYPES
            and _people(dep)
        ):
            targets.append(dep)  # "expelled two Pakistani diplomats": the word is the target
        if dep is not None and dep.pos_ == "ADP" and dep.head == verb and not targets:
            targets.extend(_pobjs(dep))  # "vote for her", "sided with the critics"
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
                if found is not None:
                    targets.append(found)
    preps = pattern.targets | (frozenset({"with"}) if pattern.reciprocal else frozenset())
    hosts = [verb] + [c for c in verb.children if c.dep_ in ("prt", "prep")]
    for obj in [c for c in verb.children if c.dep_ == "dobj"] + ([dep] if dep is not None else []):
        hosts.extend(t for t in obj.subtree if t.pos_ in ("NOUN", "PROPN") and t.i - obj.i < 8)
    for host in hosts:
        for t in _prep_objects(host, preps):
            if t not in targets:
                targets.append(t)
    targets = [_owner(t, subject(verb)) if t.dep_ == "dobj" else t for t in targets]
    recipients = _recipients(verb)
    if recipients:
        # "suspects were handed over to the United States", "sent supplies to Kenya": the
        # recipient is the target, not what (or who) was handed over
        targets = recipients + [
            t for t in targets if t not in recipients and t.dep_ not in ("dobj", "nsubjpass")
        ]
    if not targets and pattern.type == "PROTEST":
        targets = _anti(verb, sources)
    if pattern.type == "ASSAULT":
        targets = [_located(t, verb) for t in targets]
    return _between(verb, _expand(sources), _expand([_relative(verb, t) for t in targets]))


# verbs whose object hears what is said: "told Erdogan that", "assured Kiev", "urged Y to"
_ADDRESS_VERBS = frozenset(
    "tell assure reassure warn caution urge ask promise inform remind brief advise".split()
)
# verbs that carry a statement in their content clause ("said that Russia would ...")
_STATEMENT_VERBS = _ADDRESS_VERBS | frozenset(
    "say write state declare announce add insist stress pledge vow".split()
)
# the message a statement is made in, addressed by its "to" phrase: "in a letter to Putin"
_MESSAGE_NOUNS = frozenset(
    "letter message note call telephone phone cable telegram statement email".split()
)
# the press hears statements but is no political target ("told reporters", "said to the media")
_PRESS = frozenset(
    """reporter reporters journalist journalists media press newsman newsmen correspondent
    correspondents newspaper newspapers interviewer""".split()
)


def _press(tok: Token) -> bool:
    return tok.lower_ in _PRESS or tok.lemma_.lower() in _PRESS


def addressee(trigger: Token) -> list[Token]:
    """Whom the statement that carries a trigger in its content clause is addressed to, the
    press left out: "Putin told Erdogan that Russia would support the deal" -> Erdogan,
    "said in a letter to Putin that France would ...", "In a message to Erdogan, Putin said
    ..." (not "told reporters that ..."); empty when there is none."""
    tok = trigger
    for _ in range(4):
        if tok.head == tok:
            return []
        if (
            tok.dep_ == "ccomp"
            and tok.head.pos_ in ("VERB", "AUX")
            and tok.head.lemma_.lower() in _STATEMENT_VERBS
        ):
            return [h for h in _expand(_heard_by(tok.head)) if not _press(h)]
        if tok.dep_ not in ("xcomp", "conj", "acomp", "attr", "dobj", "oprd"):
            return []
        tok = tok.head
    return []


def _heard_by(verb: Token) -> list[Token]:
    """The hearers of a statement verb: its object ("told Erdogan"), its "to" phrase ("said
    to Putin"), or the "to" phrase of the message it was made in ("in a letter to Putin")."""
    out: list[Token] = []
    for child in verb.children:
        if child.dep_ in ("dobj", "dative") and child.pos_ != "ADP":
            if verb.lemma_.lower() in _ADDRESS_VERBS:
                out.append(child)
        elif child.dep_ in ("dative", "prep") and child.lower_ == "to":
            out.extend(_pobjs(child))
        elif child.dep_ == "prep" and child.lower_ in ("in", "through", "via"):
            for msg in _pobjs(child):
                if msg.lemma_.lower() in _MESSAGE_NOUNS:
                    out.extend(_prep_objects(msg, frozenset({"to"})))
    return out


# prepositions that place a physical target: "bombed convoys inside Syria"
_WHERE_PREPS = frozenset({"in", "inside", "near", "across", "throughout", "outside"})


def _located(target: Token, verb: Token) -> Token:
    """A physical target of an attack stands for the place it is in, which PLOVER codes the
    attack against: "bombed weapons storage facilities and convoys inside Syria" -> Syria,
    "shelled villages in Idlib" -> Idlib (the place phrase on the target or, after it, on
    the verb); actors and other targets unchanged."""
    if not _thing(target) or target.dep_ != "dobj":
        return target
    hosts = [*conjuncts(target), verb]
    for head in hosts:
        for c in head.children:
            if head is verb and c.i < target.i:
                continue
            if c.dep_ == "prep" and c.lower_ in _WHERE_PREPS:
                places = [o for o in _pobjs(c) if o.ent_type_ in ("GPE", "LOC")]
                if places:
                    return places[0]
    return target


# events done to people whose pattern names the people it is done to ("expel diplomats",
# "detain protesters"); elsewhere the pattern's word is the source's own ("deployed troops")
_PEOPLE_OBJECT_TYPES = frozenset({"SANCTION", "COERCE", "ASSAULT"})


def _people(noun: Token) -> bool:
    """A noun naming people or a body: the participant list or the agent dictionary."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    lemma = noun.lemma_.lower()
    agents = builtin_agents()
    return lemma in participants() or bool(
        agents.match([lemma], 0) or agents.match([noun.lower_], 0)
    )


# verbs that hand something or someone over to a recipient named by "to"
_TRANSFER = frozenset(
    """hand turn send deliver give transfer extradite return provide supply ship sell lend
    donate deport repatriate release surrender airlift""".split()
)


def _recipients(verb: Token) -> list[Token]:
    """The "to" objects of a transfer verb: "handed over to the United States"."""
    if verb.lemma_.lower() not in _TRANSFER:
        return []
    out: list[Token] = []
    for host in [verb] + [c for c in verb.children if c.dep_ == "prt"]:
        for child in host.children:
            if child.dep_ in ("prep", "dative") and child.lower_ == "to":
                out.extend(o for o in _pobjs(child) if o.pos_ in ("NOUN", "PROPN", "PRON"))
    return out


def _anti(trigger: Token, sources: list[Token]) -> list[Token]:
    """What a protest is against when its protesters or signs say so: "anti-Trump
    protesters", "demonstrators chanting anti-government slogans" -> Trump, government."""
    out: list[Token] = []
    doc = trigger.doc
    for root in [*sources, trigger]:
        for tok in root.subtree:
            if tok.i < 2 or tok.pos_ not in ("PROPN", "NOUN", "ADJ") or tok in out:
                continue
            if doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ == "anti":
                out.append(tok)
    return out[:1]


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
    if verb.dep_ == "conj" and any(c.dep_ == "auxpass" for c in head.children):
        patient = next((c for c in head.children if c.dep_ == "nsubjpass"), None)
        return patient or verb
    if not any(c.dep_ == "agent" for c in verb.children):
        return None
    if verb.dep_ == "advcl" and head.pos_ in ("VERB", "AUX"):
        return subject(head) or verb  # "Asked by reporters, Carson said"
    if verb.dep_ in ("acl", "relcl") and head.pos_ in ("NOUN", "PROPN", "PRON"):
        return head  # "protesters beaten by police"
    return verb


def _between(
    trigger: Token, sources: list[Token], targets: list[Token]
) -> tuple[list[Token], list[Token]]:
    """ "fighting between police and rebels", "talks among the parties": the first side is the
    source, the others the targets, when the trigger has no source of its own."""
    if sources:
        return sources, targets
    for child in trigger.children:
        if child.dep_ == "prep" and child.lower_ in _BETWEEN:
            for obj in _pobjs(child):
                sides = _expand([obj])
                if len(sides) > 1:
                    return sides[:1], sides[1:] + [t for t in targets if t not in sides]
    return sources, targets


def _relative(verb: Token, target: Token) -> Token:
    """A relative pronoun as object stands for the noun its clause modifies: "the only
    Republican whom Trump refused to endorse" -> Republican."""
    if target.lower_ not in _WH:
        return target
    tok = verb
    for _ in range(4):
        if tok.dep_ == "relcl":
            return tok.head
        if tok.dep_ not in ("xcomp", "conj", "ccomp") or tok.head == tok:
            break
        tok = tok.head
    return target


def _owner(obj: Token, subj: Token | None = None) -> Token:
    """The possessor of an object that is a thing, not an actor, stands for it: "welcomed
    Khan's election", "rejected Titan's request" -> Khan, Titan; "could not support his
    candidacy" -> his, when "his" is someone other than the subject ``subj``; others
    unchanged ("attacked Trump's supporters", "defended his record")."""
    if obj.pos_ != "NOUN" or obj.lemma_.lower() in participants():
        return obj
    if builtin_agents().match([obj.lower_], 0) or builtin_agents().match([obj.lemma_], 0):
        return obj
    for c in obj.children:
        if c.dep_ == "poss" and c.pos_ != "PRON":
            return c
        if c.dep_ == "poss" and c.lower_ in _THIRD_POSSESSIVE and _other(c, subj):
            return c
    # "rejected a settlement offer from Stevens & Wilkinson", "welcomed the proposal by
    # France": the named giver of the thing
    for c in obj.children:
        preps = ("from", "by", "of") if obj.lemma_.lower() in _SAID_THINGS else ("from", "by")
        if c.dep_ in ("prep", "agent") and c.lower_ in preps and c.i > obj.i:
            named = [o for o in _pobjs(c) if o.pos_ == "PROPN" or o.ent_type_ in _GIVERS]
            if named:
                return named[0]
    return obj


_GIVERS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
# things someone says or proposes, whose "of" object is whose they are ("rejected the proposal
# of the European Commission"); event nouns are left out ("condemned the killing of X")
_SAID_THINGS = frozenset(
    """proposal plan policy decision remark comment statement demand request offer idea
    position stance approach strategy claim proposition initiative position""".split()
)


def _other(pron: Token, subj: Token | None) -> bool:
    """Whether a possessive pronoun refers to someone known and other than the subject: by
    the entities the article links them to, else by the antecedent the pronoun takes."""
    if subj is None:
        return False
    doc = pron.doc
    ents = doc._.ng_entities
    if ents:
        mine = entity_at(doc, pron.idx, pron.idx + len(pron))
        theirs = entity_at(doc, subj.idx, subj.idx + len(subj))
        if mine is not None and theirs is not None:
            return mine.id != theirs.id
    ante = _antecedent(pron)
    if ante is None or ante == subj:
        return False
    if subj.pos_ == "PRON":
        return _antecedent(subj) not in (None, ante)
    return True


_THIRD_POSSESSIVE = frozenset({"his", "her", "their", "its"})


@lru_cache(maxsize=1)
def participants() -> frozenset[str]:
    """Nouns naming people, bodies or military assets (``event_participants.txt``)."""
    return datafiles.words("events/event_participants.txt")


def noun_roles(
    noun: Token, pattern: Pattern, *, inherit: bool = True
) -> tuple[list[Token], list[Token]]:
    """Source and target heads of a nominal trigger ("Turkey's support for HTS"); with
    ``inherit`` a trigger with no source of its own takes its governing verb's subject
    ("Iran launched an attack"), or makes it the target when that verb says the subject
    underwent the event ("he faced criticism from his party")."""
    sources: list[Token] = []
    for child in noun.children:
        if child.dep_ == "poss" and child.lower_ == "whose":
            owner = _relative_owner(noun)  # "Obama, whose criticism of Trump ..."
            if owner is not None:
                sources.append(owner)
        elif child.dep_ == "poss" and (child.pos_ != "PRON" or child.lower_ in POSSESSIVE):
            sources.append(child)
        elif child.dep_ in ("prep", "agent") and child.lower_ == "by":
            sources.extend(_pobjs(child))
        elif child.dep_ == "prep" and child.lower_ == "from" and "from" not in pattern.targets:
            sources.extend(_pobjs(child))  # "warnings from Moscow", "aid from the EU"
    if not sources:
        for child in noun.children:
            if (
                child.dep_ in ("amod", "compound", "nmod")
                and child.i < noun.i
                and (child.ent_type_ in ("GPE", "NORP", "ORG") or child.pos_ == "PROPN")
            ):
                sources.append(child)
    targets = _prep_objects(
        noun, pattern.targets | (frozenset({"with"}) if pattern.reciprocal else frozenset())
    )
    if not targets and noun.dep_ == "pobj" and noun.head.lower_ == "in":
        # "ads in support of Sanders", "marched in protest of the ruling": the "of" object is
        # whom it is for or against (elsewhere "the support of McCain" is McCain's)
        if pattern.type in ("SUPPORT", "PROTEST"):
            targets = _prep_objects(noun, frozenset({"of"}))
    if not targets and noun.dep_ == "dobj":
        # "increased aid to El Salvador", "imposed sanctions on Iran": the parser hangs the
        # trigger's phrase on the verb
        for child in noun.head.children:
            if child.dep_ == "prep" and child.i > noun.i and child.lower_ in pattern.targets:
                targets.extend(_pobjs(child))
            elif child.dep_ == "prep" and child.lower_ == "behind" and pattern.type == "SUPPORT":
                targets.extend(_pobjs(child))  # "threw his support behind Clinton"
    if not sources and pattern.type == "PROTEST" and noun.dep_ in _SUBJ:
        sources.append(noun)  # "protests broke out": the protest stands for its protesters
    targets = [_owner(t) for t in targets]
    if inherit:
        gov = governing_verb(noun)
        if gov is not None and _undergoes(gov, noun, pattern):
            subj = subject(gov)
            if not sources and pattern.type in _GIVEN_TYPES:
                # "won the endorsement of X", "faced the criticism of X": X gave it
                given = _prep_objects(noun, frozenset({"of"}))
                sources = given
                targets = [t for t in targets if t not in given]
            if subj is not None and subj != noun and subj not in sources and not targets:
                targets.append(subj)
        elif gov is not None and not sources and not _in_setting(noun):
            subj = subject(gov)
            if subj is None and gov.lemma_.lower() in _ENGAGED:
                subj = next((c for c in gov.children if c.dep_ == "nsubjpass"), None)
            if subj is not None and subj != noun:
                sources.append(subj)
    if not targets and pattern.type == "PROTEST":
        targets = _anti(noun, sources)
    sources, targets = _between(noun, _expand(sources), _expand(targets))
    if not sources and noun.dep_ in _SUBJ and noun.head.pos_ in ("VERB", "AUX"):
        # "clashes erupted between police and protesters": the sides hang on the verb
        hosts = [noun.head] + [c for c in noun.head.children if c.dep_ == "prt"]
        for host in hosts:
            sources, targets = _between(host, sources, targets)
    return sources, targets


# prepositions that place a nominal event beside its clause in time: whoever the clause is
# about did not take part ("a man died during a clash between protesters and police")
_TIME_PREPS = frozenset({"during", "amid", "amidst"})


def _in_setting(noun: Token) -> bool:
    """Whether a nominal trigger is the object of a time preposition ("during clashes")."""
    return noun.dep_ == "pobj" and noun.head.lower_ in _TIME_PREPS


def _undergoes(gov: Token, noun: Token, pattern: Pattern) -> bool:
    """Whether the governing verb's subject undergoes the nominal event: "faced criticism",
    "came under attack", "won support" (not "came to an agreement")."""
    lemma = gov.lemma_.lower()
    if noun.dep_ == "attr":
        return False
    if lemma == "come":
        return noun.dep_ == "pobj" and noun.head.lower_ == "under" and noun.head.head == gov
    if lemma in _UNDERGO_GOOD:
        return pattern.type in ("SUPPORT", "AID")
    if lemma in _REBUT:
        return pattern.type in _HOSTILE_TYPES
    return lemma in _UNDERGO


def _relative_owner(noun: Token) -> Token | None:
    """The noun a relative clause modifies, for a word inside that clause."""
    tok = noun
    for _ in range(5):
        if tok.dep_ == "relcl":
            return tok.head
        if tok.head == tok:
            return None
        tok = tok.head
    return None


def governing_verb(noun: Token) -> Token | None:
    """The verb a nominal trigger is the object of, directly or through a preposition."""
    tok = noun
    for _ in range(3):
        if tok.dep_ in ("dobj", "attr", "oprd"):
            return tok.head if tok.head.pos_ in ("VERB", "AUX") else None
        if tok.dep_ == "pobj" and tok.head.dep_ in ("prep", "agent"):
            head = tok.head.head
            if head.pos_ in ("VERB", "AUX"):
                return head
            tok = head
            continue
        return None
    return None


def _expand(heads: list[Token]) -> list[Token]:
    out: list[Token] = []
    for h in heads:
        for c in conjuncts(h):
            if c != h and _same_name(h, c):
                continue  # "the Planning and Zoning Commission" is one actor
            c = _counted(c)
            if c not in out and c.pos_ in ("NOUN", "PROPN", "PRON", "NUM", "ADJ"):
                out.append(c)
    return out


def _same_name(a: Token, b: Token) -> bool:
    """Whether two tokens lie inside one named entity."""
    if not a.ent_type_ or a.ent_type_ != b.ent_type_:
        return False
    lo, hi = sorted((a.i, b.i))
    return all(a.doc[i].ent_iob_ == "I" for i in range(lo + 1, hi + 1))


def _counted(head: Token) -> Token:
    """The people a quantity counts: "45 percent of voters" -> voters, "one of the
    journalists" -> journalists; other heads unchanged."""
    if head.lower_ not in _QUANTITY:
        return head
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            objs = _pobjs(child)
            if objs:
                return objs[0]
    return head


# prepositions whose object is the event's setting (place, time), never its target
_SETTING_PREPS = frozenset(
    "in inside within across throughout during since after before until amid".split()
)
_VP_STEP = ("dobj", "dative", "prep", "pobj", "advmod", "npadvmod", "prt", "oprd", "acomp")


def phrase_candidates(verb: Token) -> list[Token]:
    """Noun heads inside the verb's own phrase, in reading order: its objects and the objects
    of its prepositions, down through noun-phrase modifiers ("fired shells at Seoul", "close to
    the border with Mordor"), never into clauses, the subject, or setting phrases ("in Moscow")."""
    out: list[Token] = []
    # a phrase before the verb is the setting ("At the NATO summit, the alliance agreed");
    # an infinitive complement's phrase is the event's content ("agreed to resume contacts
    # with Moscow")
    stack = [c for c in verb.children if c.dep_ in _VP_STEP and c.i > verb.i]
    for xcomp in verb.children:
        if xcomp.dep_ == "xcomp" and xcomp.pos_ in ("VERB", "AUX"):
            stack.extend(c for c in xcomp.children if c.dep_ in _VP_STEP)
    address = verb.lemma_.lower() in _ADDRESS_VERBS
    while stack:
        tok = stack.pop()
        if tok.dep_ == "prep" and tok.lower_ in _SETTING_PREPS:
            continue
        if address and tok.head == verb and _press(tok):
            continue  # "assured journalists that ...": no target
        if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ != "compound":
            out.append(tok)
        stack.extend(c for c in tok.children if c.dep_ in (*_VP_STEP, "conj", "appos"))
    # a thing stands for its owner: "threatened to revoke the boy's parole" -> boy
    return sorted({_owner(t) for t in out}, key=lambda t: t.i)
