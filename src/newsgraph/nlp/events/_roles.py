"""Who did it to whom: source and target noun-phrase heads of a trigger, from the parse."""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.nlp.events._actors import conjuncts
from newsgraph.nlp.events._patterns import Pattern

_SUBJ = ("nsubj", "csubj")
_CLAUSE_UP = ("xcomp", "conj", "advcl", "pcomp")
_WH = {"who", "which", "that", "whom"}


def subject(verb: Token, depth: int = 0) -> Token | None:
    """The subject of a verb, inherited through control, coordination and relative clauses."""
    for child in verb.children:
        if child.dep_ in _SUBJ:
            if child.lower_ in _WH and verb.dep_ in ("relcl", "acl"):
                return verb.head
            return child
    if depth > 4 or verb.head == verb:
        return None
    if verb.dep_ in ("relcl", "acl") and verb.head.pos_ in ("NOUN", "PROPN"):
        return verb.head
    if verb.dep_ == "xcomp" and verb.head.pos_ in ("VERB", "AUX"):
        obj = next((c for c in verb.head.children if c.dep_ in ("dobj", "dative")), None)
        if obj is not None and verb.head.lemma_ not in ("have", "need"):
            return obj  # object control: "urged Eriador to respond"
        return subject(verb.head, depth + 1)
    head = verb.head
    if verb.dep_ in _CLAUSE_UP and head.pos_ in ("ADP", "ADJ") and head.head != head:
        head = head.head  # "is about to restore", "is ready to talk": through the adjective
    if verb.dep_ in _CLAUSE_UP and head.pos_ in ("VERB", "AUX"):
        return subject(head, depth + 1)
    return None


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
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    if passive:
        for child in verb.children:
            if child.dep_ == "nsubjpass":
                targets.append(child)
            elif child.dep_ == "agent":
                sources.extend(_pobjs(child))
    else:
        subj = subject(verb)
        if subj is not None:
            sources.append(subj)
            # "Lions, tigers, and Gondor welcomed": the parser may give a verb two subjects
            sources.extend(c for c in verb.children if c.dep_ == "nsubj" and c != subj)
        for child in verb.children:
            if child.dep_ in ("dobj", "dative") and child != dep:
                targets.append(child)
            elif child.dep_ == "dative" and child.pos_ == "ADP":
                targets.extend(_pobjs(child))
    preps = pattern.targets | (frozenset({"with"}) if pattern.reciprocal else frozenset())
    hosts = [verb] + [c for c in verb.children if c.dep_ in ("prt", "prep")]
    for obj in [c for c in verb.children if c.dep_ == "dobj"] + ([dep] if dep is not None else []):
        hosts.extend(t for t in obj.subtree if t.pos_ in ("NOUN", "PROPN") and t.i - obj.i < 8)
    for host in hosts:
        for t in _prep_objects(host, preps):
            if t not in targets:
                targets.append(t)
    return _expand(sources), _expand(targets)


def noun_roles(
    noun: Token, pattern: Pattern, *, inherit: bool = True
) -> tuple[list[Token], list[Token]]:
    """Source and target heads of a nominal trigger ("Turkey's support for HTS"); with
    ``inherit`` a trigger with no source of its own takes its governing verb's subject."""
    sources: list[Token] = []
    for child in noun.children:
        if child.dep_ == "poss" and child.pos_ != "PRON":
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
    if not sources and inherit:
        gov = governing_verb(noun)
        if gov is not None:
            subj = subject(gov)
            if subj is not None and subj != noun:
                sources.append(subj)
    targets = _prep_objects(
        noun, pattern.targets | (frozenset({"with"}) if pattern.reciprocal else frozenset())
    )
    return _expand(sources), _expand(targets)


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
            if c not in out and c.pos_ in ("NOUN", "PROPN", "PRON", "NUM", "ADJ"):
                out.append(c)
    return out


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
    stack = [c for c in verb.children if c.dep_ in _VP_STEP]
    while stack:
        tok = stack.pop()
        if tok.dep_ == "prep" and tok.lower_ in _SETTING_PREPS:
            continue
        if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ != "compound":
            out.append(tok)
        stack.extend(c for c in tok.children if c.dep_ in (*_VP_STEP, "conj", "appos"))
    return sorted(set(out), key=lambda t: t.i)
