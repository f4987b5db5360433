"""Who did it to whom, shared pieces: a verb's subject, noun-phrase heads and their
owners, conjuncts and counted groups (used by ``_roles_verb``, ``_roles_noun`` and
``_roles_speech``)."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from newsgraph import datafiles
from newsgraph.nlp._doc import entity_at
from newsgraph.nlp.events._actors import _antecedent, builtin_agents, conjuncts
from newsgraph.nlp.events._datelines import DATELINE_DASHES as _DASHES
from newsgraph.nlp.events._datelines import wire_after
from newsgraph.nlp.events._pronouns import _BODIES, _COLLECTIVES

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
    ten half third quarter rest number handful group majorities minorities thirds quarters
    two-thirds""".split()
)
# nouns for a collection that stand for what their "of" phrase names, as a quantity does ("a
# constellation of super PACs backing Mr. Cruz", "the chorus of detractors calling for him to
# drop out"; targets41). Not "crowd", "delegation", "band", "contingent", "camp" or "bloc":
# each is an actor itself
_COLLECTION = frozenset(
    "constellation chorus array slew host bevy raft roster gaggle coterie".split()
)


# prepositions naming both sides of a reciprocal event: "fighting between police and rebels"
_BETWEEN = frozenset({"between", "among", "amongst"})


# possessive pronouns stand for their pronoun: "his attack on Clinton" = he attacked Clinton
POSSESSIVE = {"his": "he", "her": "she", "their": "they", "its": "it", "our": "we", "my": "i"}


# finite verb tags, of the verb or of its auxiliary
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
# dependencies that give a clause its subject of any kind
_ANY_SUBJECT = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})


def _stranded_subject(verb: Token) -> Token | None:
    """The name right before a finite main or content-clause verb the parser left with no
    subject, having hung the name elsewhere: "... and Democrats accused the GOP" (Democrats
    parsed a conjunct of the object before), "Sen. Lindsey Graham (R-SC) called out his
    rival" (Graham parsed an apposition). Adverbs and a parenthesis between are skipped; only
    a proper name or a named entity, never a common noun ("the investigation accused")."""
    if verb.dep_ not in ("ROOT", "ccomp") or verb.pos_ != "VERB":
        return None
    if verb.tag_ not in _FINITE and not any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in _FINITE for c in verb.children
    ):
        return None
    if any(c.dep_ in _ANY_SUBJECT for c in verb.children):
        return None
    doc, start = verb.doc, verb.sent.start
    i = verb.i - 1
    while i >= start and doc[i].dep_ in ("aux", "auxpass", "neg", "advmod"):
        i -= 1
    if i >= start and doc[i].text == ")":
        while i >= start and doc[i].text != "(":
            i -= 1
        i -= 1  # the token before the parenthesis
    if i < start:
        return None
    tok = doc[i]
    if tok.head == verb or tok.dep_ in ("compound", "poss", "amod", "nmod", "case"):
        return None
    if tok.pos_ != "PROPN" or tok.ent_type_ not in ("PERSON", "ORG", "GPE", "NORP"):
        return None
    return tok


def object_relative(verb: Token) -> Token | None:
    """The relative pronoun the parser made a second subject of a relative clause that has
    its own subject after it: "Rubio, who many in the Republican establishment had backed"
    ("who" is the object: many backed Rubio); None elsewhere."""
    if verb.dep_ != "relcl":
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    wh = next((c for c in subjects if c.lower_ in _WH), None)
    if wh is not None and any(c.i > wh.i and c.lower_ not in _WH for c in subjects):
        return wh
    return None


def subject(verb: Token, depth: int = 0) -> Token | None:
    """The subject of a verb, inherited through control, coordination and relative clauses."""
    as_object = object_relative(verb)
    for child in verb.children:
        if child.dep_ in _SUBJ and child != as_object:
            if child.lower_ in _WH and verb.dep_ in ("relcl", "acl"):
                noun = verb.head
                if noun.dep_ == "appos" and noun.head.pos_ == "PROPN":
                    # "Peter Thiel, the billionaire tech maverick who backed Ron Paul": the
                    # person the description is about (as for a relative object)
                    return noun.head
                return noun
            if _dateline(child):
                # "KABUL, Afghanistan — Taliban fighters attacked": the place of the dateline
                # is no subject; the actor after the dash is
                return _after_dateline(child, verb)
            return child
    stranded = _stranded_subject(verb)
    if stranded is not None:
        return stranded
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
        members = _collected(verb)
        if members is not None:
            return members
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


def _dateline(tok: Token) -> bool:
    """A wire story's dateline parsed as a subject: an upper-case place opening the sentence,
    followed within a few words by a dash ("HANOI, Vietnam (AP) —", "MOSCOW (Reuters) -"), or a
    title-case one followed by a wire agency in brackets and a dash ("Washington (AFP) –",
    "Mexico City (AFP) –", polfp41)."""
    first = tok.left_edge
    opening = tok.doc[tok.sent.start : first.i]
    if any(not t.is_space for t in opening) or len(tok.text) < 3:
        return False  # "\n\nNAIROBI, Kenya (AP) —" opens its sentence after blank lines
    words = [t for t in tok.doc[first.i : tok.i + 1] if not t.is_space]
    if not all(t.text.isupper() for t in words) and not (
        all(t.text.istitle() or t.is_punct for t in words) and wire_after(tok)
    ):
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


# prepositions whose object is whom a nominal act is aimed at, whatever its pattern lists
# ("hostility toward Washington", "attacks towards Trump", "an allegation made against X")
AIMED_AT = frozenset({"against", "toward", "towards"})


def _participle_of_noun(token: Token) -> bool:
    """A past participle describing a noun, with no subject of its own: "imposed" in
    "sanctions imposed on Iraq", "made" in "an allegation made against Assange"."""
    return (
        token.dep_ == "acl"
        and token.tag_ == "VBN"
        and token.head.pos_ in ("NOUN", "PROPN")
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)
    )


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


def _between(
    trigger: Token, sources: list[Token], targets: list[Token]
) -> tuple[list[Token], list[Token]]:
    """ "fighting between police and rebels", "talks among the parties": the first side is the
    source, the others the targets, when the trigger has no source of its own."""
    if sources:
        return sources, targets
    sides = between_sides(trigger)
    if sides:
        return sides[:1], sides[1:] + [t for t in targets if t not in sides]
    return sources, targets


def between_sides(trigger: Token) -> list[Token]:
    """The two or more sides a trigger's "between"/"among" phrase names ("a meeting between
    Putin and Merkel"), or []."""
    for child in trigger.children:
        if child.dep_ == "prep" and child.lower_ in _BETWEEN:
            for obj in _pobjs(child):
                sides = _expand([obj])
                if len(sides) > 1:
                    return sides
    return []


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
    # "threatened military action against the junta", "announced sanctions against Iran": whom
    # the act named as the object is aimed at (not "a campaign against corruption": a thing)
    aimed = [o for o in _prep_objects(obj, AIMED_AT) if not _thing(o) and o.pos_ != "PRON"]
    return aimed[0] if aimed else obj


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
    if ante is None and pron.lower_ in ("his", "her") and _plural(subj):
        # "Supporters of Clinton praised her victory": a singular "her" is no plural subject
        return True
    if ante is None and pron.lower_ in ("his", "her") and _body(subj):
        # "an FBI investigation into her email set-up": "her" is no organisation (targets41)
        return True
    if ante is None or ante == subj:
        return False
    if subj.pos_ == "PRON":
        return _antecedent(subj) not in (None, ante)
    return True


def _body(tok: Token) -> bool:
    """Whether a subject is an organisation or a body of people, never "he" or "she": an
    acronym the tagger names ("the FBI", "NATO") or a noun for a body, common or the head of a
    name ("the court", "the Justice Department"). Not any name typed ORG or GPE: the small
    model types people so ("Carly Fiorina" ORG)."""
    if tok.pos_ == "PRON":
        return False
    if tok.ent_type_ in ("ORG", "GPE", "NORP") and tok.is_upper and len(tok) > 1:
        return True
    return tok.pos_ in ("NOUN", "PROPN") and tok.lower_ in (_COLLECTIVES | _BODIES)


def _plural(tok: Token) -> bool:
    """Whether a subject names several: a plural noun (not a country named in the plural: "the
    United States"), a coordination, "they"/"we"."""
    if tok.lower_ in ("they", "we"):
        return True
    return bool(tok.conjuncts) or (tok.tag_ in ("NNS", "NNPS") and tok.ent_type_ != "GPE")


_THIRD_POSSESSIVE = frozenset({"his", "her", "their", "its"})


@lru_cache(maxsize=1)
def participants() -> frozenset[str]:
    """Nouns naming people, bodies or military assets (``event_participants.txt``)."""
    return datafiles.words("events/event_participants.txt")


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


def _collected(verb: Token) -> Token | None:
    """The people a participle's head counts or collects, who do its act: "a constellation of
    super PACs backing Mr. Cruz" -> PACs, "the chorus of detractors calling for him" ->
    detractors, "45 percent of voters backing Trump" -> voters; None for other heads."""
    head = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or head.lower_ not in _QUANTITY | _COLLECTION:
        return None
    members = _counted(head)
    return members if members != head and members.pos_ in ("NOUN", "PROPN") else None


def _counted(head: Token) -> Token:
    """The people a quantity counts: "45 percent of voters" -> voters, "one of the
    journalists" -> journalists, "many in the Republican establishment" -> establishment
    (not a place: "thousands in Gaza" stays thousands); other heads unchanged."""
    if head.lower_ not in _QUANTITY and head.lower_ not in _COLLECTION:
        return head
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            objs = _pobjs(child)
            if objs:
                return objs[0]
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in ("in", "among") and head.pos_ != "NUM":
            objs = [o for o in _pobjs(child) if o.ent_type_ not in ("GPE", "LOC", "FAC")]
            if objs and objs[0].pos_ == "NOUN":
                return objs[0]
    return head


def small_clause_subject(verb: Token) -> list[Token]:
    """Whom a verb's verbless complement is said of, the parser having made them its subject:
    "a jury found Marriott guilty" -> Marriott, "found the defendant, X, guilty" -> defendant;
    not a clause with a verb of its own ("said Marriott was guilty") nor "it" ("found it hard
    to ...")."""
    return [
        s
        for c in verb.children
        if c.dep_ in ("ccomp", "oprd") and c.pos_ in ("ADJ", "NOUN")
        for s in c.children
        if s.dep_ == "nsubj" and s.lower_ not in ("it", "that", "this", *_WH)
    ]
