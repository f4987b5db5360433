"""Event words the text does not assert as a political act (issue 10, the hand audit of coded
events on real articles, batch-2 and batch-1 tune articles only): no PLOVER event.

* content not asserted: the complement of a negated verb of saying or perceiving ("isn't
  saying if Trump's foundation violated any laws", "never overheard his fellow officers discuss
  the incident"), an embedded question ("asked whether the army had attacked"), the content of
  an allegation or a charge ("it is alleged he raped a girl", "Trump charges that countries
  ... donated millions"); a question put to the hearer ("Mr.
  President, will you pledge not to issue a pardon?");
* habitual or generic acts: a simple-present clause with a simple-present "when" clause ("When
  something gets under his skin, he lashes out"; "when officials give the order to shut down
  factories, it gets done"); a headline's historical present (no final stop) stays;
* private exchanges: speech, help, praise or cooperation whose every object is a private
  relation of the actor ("told friends and family", "praised his bankers ... and his landlord",
  "thank everyone who has sent kind messages"), whoever the actor is;
* acts on oneself: help, support or defence of oneself ("protect ourselves from this toxic
  air", "is going to defend himself") and promotion of one's own plans ("Clinton is promoting
  her plans"): no second party, campaigning;
* an intention to do nothing a coder codes: "officials are reluctant to take aggressive
  action", "reluctant to enforce bans", "willing to accept the tradeoffs" (an attitude);
  "willing to negotiate", "not ready to support Trump", "ready to withdraw" stay AGREE/REJECT;
* a lone speaker discussing a topic: "Pat Caddell discussed the latest polls on Fox News",
  "had talked about the race" (CONSULT needs a second party: "Obama and Putin discussed
  Syria", "talked with Lavrov", "the two leaders discussed trade" stay);
* a food premise closed for hygiene: "the restaurant was shut down by the health authority
  ..., its fifth closure for rodent infestation" (an inspection, local administration; "police
  shut down the opposition newspaper", "closed all restaurants to curb the virus" stay);
* votes and support of the electorate: a vote for someone by voters or people no political
  code names ("they should vote for him"), support from voters ("record low support from black
  voters", a poll figure); a legislature's or party's vote stays.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from spacy.tokens import Token

from newsgraph.model import Actor
from newsgraph.nlp._doc import tokens
from newsgraph.nlp.events._agency import _KIN, _PRIVATE_CODES
from newsgraph.nlp.events._filters_routine import routine_no_event
from newsgraph.nlp.events._flags import clause_head
from newsgraph.nlp.events._patterns import Pattern, PatternIndex, builtin_patterns

# verbs whose negation leaves their complement unasserted ("did not say that", "never saw");
# factive verbs (know, realise, regret) presuppose their complement and are not here
_REPORT_VERBS = frozenset(
    {"say", "tell", "hear", "overhear", "see", "witness", "confirm", "claim", "report",
     "indicate", "suggest", "show", "believe", "think", "recall", "remember", "reveal",
     "disclose", "specify", "comment", "speculate", "notice", "observe", "watch"}
)  # fmt: skip
_ALLEGATIONS = frozenset(
    {"allegation", "accusation", "charge", "claim", "assertion", "insinuation", "suggestion"}
)
_QUESTION_MARKS = frozenset({"if", "whether"})
_ALLEGE = frozenset({"allege", "charge"})  # "it is alleged he raped", "charges that ... donated"
_WHEN = frozenset({"when", "whenever"})
_PRESENT = frozenset({"VBZ", "VBP"})
# private relations besides kin: an act whose every object is one is private life
_PRIVATE_RELATIONS = _KIN | frozenset(
    {"friend", "friends", "neighbour", "neighbor", "neighbours", "neighbors", "banker",
     "bankers", "landlord", "landlords", "tenant", "tenants", "fan", "fans", "well-wisher",
     "wellwisher", "colleague", "colleagues", "classmate", "classmates", "teammate",
     "teammates", "customer", "customers", "client", "clients", "assistant", "everyone",
     "everybody", "partner", "kid", "kids", "child", "children", "loved", "relative",
     "relatives", "sweetheart", "mate", "mates", "pal", "pals", "buddy", "buddies"}
)  # fmt: skip
# types of exchange (not force): speech, help, praise, cooperation
_EXCHANGE_TYPES = frozenset({"REQUEST", "SUPPORT", "CONSULT", "AGREE", "AID", "COOPERATE"})
_SPEECH_LEMMAS = frozenset({"tell", "ask", "thank", "write", "text", "email", "phone", "call"})
_REFLEXIVE = frozenset(
    {"myself", "yourself", "himself", "herself", "itself", "ourselves", "yourselves",
     "themselves", "oneself"}
)  # fmt: skip
_SELF_TYPES = frozenset({"AID", "SUPPORT", "COOPERATE"})
_ARMING = frozenset({"arm", "equip", "mobilize", "mobilise"})
_ENABLE = frozenset({"help", "assist", "enable", "allow", "train", "arm", "equip"})
_PROMOTE = frozenset({"promote", "tout", "pitch", "advertise", "plug", "market", "showcase"})
_OWN = frozenset({"his", "her", "their", "its", "my", "our", "your", "own"})
_ELECTORATE = frozenset(
    {"voter", "voters", "american", "americans", "people", "citizen", "citizens", "resident",
     "residents", "electorate", "supporter", "supporters", "constituent", "constituents",
     "respondent", "respondents", "independent", "independents", "evangelical", "evangelicals",
     "millennial", "millennials", "woman", "women", "man", "men", "worker", "workers"}
)  # fmt: skip


def _objects(tok: Token) -> list[Token]:
    """The trigger's objects and their conjuncts (not appositions: "his landlord, Lee Rashid"
    is one person)."""
    out = [c for c in tok.children if c.dep_ in ("dobj", "obj", "dative")]
    out += [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("to", "with")
            for g in c.children if g.dep_ == "pobj"]  # fmt: skip
    seen: list[Token] = []
    stack = list(out)
    while stack:
        o = stack.pop()
        if o in seen:
            continue
        seen.append(o)
        stack += [c for c in o.children if c.dep_ == "conj"]
    return seen


def _negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)


def unasserted_complement(tok: Token) -> bool:
    """The trigger's clause is the content of a negated verb of saying or perceiving ("isn't
    saying if ... violated any laws", "never overheard officers discuss the incident"), an
    embedded question ("if"/"whether" complement), or the content of an allegation ("it is
    alleged he raped ..."): the text does not assert it."""
    verb = clause_head(tok)
    for _ in range(3):
        if verb.dep_ == "conj" and verb.head is not verb:
            verb = verb.head
            continue
        if verb.dep_ == "acl" and verb.head.lemma_.lower() in _ALLEGATIONS:
            # "the allegation that ...", "Trump charges that countries ... donated"
            return any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children)
        if verb.dep_ not in ("ccomp", "xcomp") or verb.head is verb:
            return False
        head = verb.head
        lemma = head.lemma_.lower()
        if verb.dep_ == "ccomp":
            if lemma in _ALLEGE or (lemma in _REPORT_VERBS and _negated(head)):
                return True
            if any(c.dep_ == "mark" and c.lower_ in _QUESTION_MARKS for c in verb.children):
                return head.pos_ in ("VERB", "AUX")
        verb = head
    return False


def question_to_hearer(tok: Token) -> bool:
    """ "Mr. President, will you pledge not to ...?": a question asking the hearer to act,
    an auxiliary before the subject "you" and a question mark; nothing was done."""
    verb = clause_head(tok)
    subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subj or subj[0].lower_ != "you":
        return False
    if not any(c.dep_ in ("aux", "auxpass") and c.i < subj[0].i for c in verb.children):
        return False
    sent = tok.sent
    last = [t for t in sent if not t.is_space and t.text not in ('"', "”", "’", "'")]
    return bool(last) and last[-1].text == "?"


def _present_simple(verb: Token) -> bool:
    if verb.tag_ in _PRESENT and verb.lemma_.lower() != "be":
        return not any(c.dep_ == "aux" for c in verb.children)
    # "it gets done": a present passive with "get"
    return verb.tag_ == "VBN" and any(
        c.dep_ == "auxpass" and c.tag_ in _PRESENT and c.lemma_.lower() == "get"
        for c in verb.children
    )


def _when_clause(verb: Token) -> bool:
    return any(
        c.dep_ in ("advmod", "mark") and c.lower_ in _WHEN and c.i < verb.i for c in verb.children
    )


def _stops(tok: Token) -> bool:
    """The sentence ends with a full stop (headlines' historical present has none)."""
    sent, toks = tok.sent, tokens(tok.doc)
    for i in range(sent.end - 1, sent.start - 1, -1):  # its last word, not every word
        if not toks[i].is_space and not toks[i].is_quote:
            return toks[i].text in (".", "!")
    return False


def habitual(tok: Token) -> bool:
    """A simple-present clause with a simple-present "when" clause: a habit or a generic
    truth ("When something gets under his skin, he lashes out"; "when officials give the order
    to shut down factories, it gets done"), not an event. The trigger may be in either
    clause."""
    if not _stops(tok):
        return False
    node = tok
    for _ in range(6):
        if node.pos_ in ("VERB", "AUX"):
            for adv in node.children:
                if adv.dep_ == "advcl" and _when_clause(adv) and _present_simple(adv):
                    if _present_simple(node):
                        return True
            if node.dep_ == "advcl" and _when_clause(node) and _present_simple(node):
                return _present_simple(node.head)
        if node.dep_ in ("ccomp", "relcl", "ROOT", "parataxis") or node.head is node:
            return False
        node = node.head
    return False


def private_exchange(tok: Token, pattern: Pattern) -> bool:
    """Speech, help, praise or cooperation whose every object is a private relation of the
    actor (:data:`_PRIVATE_RELATIONS`: "told friends and family", "praised his bankers ... and
    his landlord", "thank everyone who has sent kind messages"): private life, whoever acts.
    Force against a family ("police arrested his family") is not an exchange and stays, and so
    does a meeting with the families of others ("met with families of the victims")."""
    if pattern.type not in _EXCHANGE_TYPES and tok.lemma_.lower() not in _SPEECH_LEMMAS:
        return False
    objs = _objects(tok)
    return bool(objs) and all(
        (o.lower_ in _PRIVATE_RELATIONS or o.lemma_.lower() in _PRIVATE_RELATIONS)
        and not _of_others(o)
        for o in objs
    )


def _of_others(o: Token) -> bool:
    """Relations of people outside one's own circle ("families of the victims", "relatives of
    the hostages", "the parents of the kidnapped schoolgirls"): a public group a leader meets
    or helps, not private life; "his family", "friends of his" stay private."""
    return any(
        g.dep_ == "pobj"
        and g.pos_ in ("NOUN", "PROPN")
        and g.lower_ not in _PRIVATE_RELATIONS
        and g.lemma_.lower() not in _PRIVATE_RELATIONS
        for c in o.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children
    )


def self_directed(tok: Token, pattern: Pattern) -> bool:
    """Help, support or defence of oneself ("protect ourselves from this toxic air", "going
    to defend himself") or promotion of one's own plans ("Clinton is promoting her plans",
    "pitched himself"): no second party, so no dyadic event."""
    if pattern.type not in _SELF_TYPES or tok.lemma_.lower() in _ARMING:
        return False  # "the villagers armed themselves": a militia mobilising
    objs = [c for c in tok.children if c.dep_ in ("dobj", "obj")]
    if not objs:
        return False
    if all(o.lower_ in _REFLEXIVE for o in objs):
        # "Germany is helping Ukraine defend itself": the helper's act is the news
        return not (tok.dep_ in ("xcomp", "ccomp") and tok.head.lemma_.lower() in _ENABLE)
    if tok.lemma_.lower() not in _PROMOTE:
        return False
    return all(
        any(c.dep_ in ("poss", "amod") and c.lower_ in _OWN for c in o.children) for o in objs
    )


def _public_only(actors: Sequence[Actor]) -> bool:
    return all(a.code is None or a.code[-3:] in _PRIVATE_CODES for a in actors)


def electorate_support(tok: Token, pattern: Pattern, sources: Sequence[Actor]) -> bool:
    """A vote for someone by voters or people no political code names ("they should vote for
    him"), or support from voters ("record low support from black voters"): the election and
    the polls, not a political act (a legislature's or party's vote stays)."""
    if pattern.type != "SUPPORT" or not _public_only(sources):
        return False
    if tok.lemma_.lower() == "vote" and tok.pos_ == "VERB":
        return True
    if tok.pos_ != "NOUN" or tok.lemma_.lower() != "support":
        return False
    return any(
        c.dep_ == "prep" and c.lower_ in ("from", "among")
        and any(g.dep_ == "pobj" and g.lower_ in _ELECTORATE for g in c.children)
        for c in tok.children
    )  # fmt: skip


_PARTY_ENTS = frozenset({"GPE", "ORG", "NORP", "PERSON"})


@lru_cache(maxsize=1)
def _builtin_index() -> PatternIndex:
    return PatternIndex(builtin_patterns())


# verbs of learning or believing: being eager to hear, see or know something is curiosity, no
# intent to act with anyone (agents38: "attendees ... eager to hear Trump's explanation", "eager
# to see what comes about", "suckers eager to believe the lies"; PolNeAR, LGL)
_LEARNING = frozenset({"hear", "see", "learn", "know", "understand", "watch", "read", "believe"})


def idle_intention(tok: Token, pattern: Pattern) -> bool:
    """An intention adjective ("willing", "ready", "reluctant", ...; stance patterns of AGREE or
    REJECT with no target preposition) whose "to" infinitive holds no word the built-in
    patterns code ("reluctant to take aggressive action", "willing to accept the tradeoffs"):
    an attitude to no PLOVER act. "Willing to negotiate", "not ready to support Trump", "ready
    to take part in talks", an act with a named party ("willing to expand trade with
    Pakistan") stay; with no infinitive ("ready for talks") the stance stays too. An
    infinitive of learning or believing is idle whoever it names ("eager to hear Trump's
    explanation")."""
    if pattern.pos != "A" or pattern.type not in ("AGREE", "REJECT") or pattern.targets:
        return False
    acts = [c for c in tok.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")]
    if not acts:
        return False
    if all(a.lemma_.lower() in _LEARNING for a in acts):
        return True
    words = [t for a in acts for t in a.subtree]
    if any(t.ent_type_ in _PARTY_ENTS for t in words):
        return False  # "willing to expand trade and investment with Pakistan": a second party
    index = _builtin_index()
    return not any(index.match(t) is not None for t in words)


_DISCUSS = frozenset({"discuss", "talk", "speak", "chat", "converse"})
_PARTY_PREPS = frozenset({"with", "to", "between", "among"})
_PLURAL_PRONOUNS = frozenset({"they", "we", "both", "all"})


def lone_discussion(tok: Token, pattern: Pattern) -> bool:
    """A CONSULT verb of talking ("discuss", "talk", ...) with one singular subject and no one
    talked with or to: commentary on a topic ("discussed the latest polls on Fox News"), not a
    consultation between two parties."""
    if pattern.type != "CONSULT" or pattern.pos != "V" or tok.lemma_.lower() not in _DISCUSS:
        return False
    if any(c.dep_ == "prep" and c.lower_ in _PARTY_PREPS for c in tok.subtree):
        return False  # "discussing the situation in the region with Iran and Turkey"
    subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subj) != 1:
        return False
    s = subj[0]
    if s.tag_ in ("NNS", "NNPS") or s.lower_ in _PLURAL_PRONOUNS:
        return False
    return not any(c.dep_ in ("conj", "nummod") for c in s.children)


_CLOSE = frozenset({"shut", "close", "closure", "shutdown", "suspend"})
_PREMISES = frozenset(
    {"restaurant", "eatery", "cafe", "café", "bar", "pub", "shop", "store", "bakery",
     "kitchen", "diner", "takeaway", "grocery", "supermarket", "butcher", "deli", "buffet",
     "canteen", "cafeteria", "bistro", "pizzeria", "food"}
)  # fmt: skip
_HYGIENE = frozenset(
    {"rodent", "rodents", "infestation", "pest", "pests", "cockroach", "cockroaches", "mice",
     "rat", "rats", "vermin", "hygiene", "unhygienic", "sanitation", "sanitary",
     "unsanitary", "inspection", "inspector", "inspectors", "mould", "mold"}
)  # fmt: skip


def hygiene_closure(tok: Token, pattern: Pattern) -> bool:
    """A food premise closed for hygiene (a restaurant, café or shop closed, with rodents,
    pests, sanitation or an inspection named in the sentence): routine inspection, not a
    political act of coercion."""
    if pattern.type != "COERCE" or tok.lemma_.lower() not in _CLOSE:
        return False
    closed = [c for c in tok.children if c.dep_ in ("dobj", "obj", "nsubjpass", "compound")]
    words = {t.lower_ for c in closed for t in c.subtree}
    if not words & _PREMISES:
        return False
    return any(t.lower_ in _HYGIENE for t in tok.sent)


def everyday_no_event(
    tok: Token, pattern: Pattern, sources: Sequence[Actor], targets: Sequence[Actor]
) -> bool:
    """True when the trigger is one of the unasserted, habitual, private or self-directed uses
    of the module docstring, or a routine use of ``_filters_routine``."""
    return (
        unasserted_complement(tok)
        or question_to_hearer(tok)
        or habitual(tok)
        or private_exchange(tok, pattern)
        or self_directed(tok, pattern)
        or electorate_support(tok, pattern, sources)
        or idle_intention(tok, pattern)
        or lone_discussion(tok, pattern)
        or hygiene_closure(tok, pattern)
        or routine_no_event(tok, pattern, sources, targets)
    )
