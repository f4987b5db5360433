"""The other party of an act someone commits to, offers, refuses, threatens or says they are
ready for: PLOVER codes AGREE, REJECT and THREATEN against whoever the promised (refused,
threatened) act would be done with or to, not against what is handed over.

* a hand-over's recipient: "agreed to extradite the suspects to Cambodia" -> Cambodia, "refused
  to sell F-35 fighters to Turkey" -> Turkey (the suspects and the jets are what moves);
* the partner or aim of the act: "offered to share intelligence on Islamic State fighters with
  Iraq" -> Iraq, "threatened to use force against Taiwan" -> Taiwan, "ready to make concessions
  to Kosovo's Albanians" -> the Albanians;
* a willing stance's act ("was ready to cooperate with Saudi Arabia", "ready to meet his Indian
  counterpart"): the willing side commits to the other (the refusing stance is in
  ``_roles_verb._stance_object``);
* a promise or warning about what the speaker itself will do, said in a clause ("warned that it
  would downgrade relations with Britain", "warned that its navy could blockade Taiwan's
  ports", "promised that Brasilia would share its satellite data with Argentina");
* the condition of a threat: "threatened to retaliate if Finland joined NATO" -> Finland.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.nlp.events._roles_common import _owner, _pobjs, _thing
from newsgraph.nlp.events._roles_transfer import _recipients

# prepositions naming whom an act is done with or aimed at
_COUNTER_PREPS = frozenset({"with", "to", "against", "toward", "towards"})
# how deep below the act its object phrase is searched ("share intelligence on X with Iraq":
# act -> dobj -> prep -> pobj -> prep)
_DEPTH = 4
_PHRASE_DEPS = frozenset({"dobj", "prep", "pobj", "conj"})
# verbs whose clause may say what the speaker will do to someone
_CLAUSE_VERBS = frozenset("warn threaten promise pledge vow".split())
# verbs of threat, whose condition names whom they are aimed at
_THREAT_VERBS = frozenset({"warn", "threaten"})
_CONDITION_MARKS = frozenset({"if", "unless"})
# subjects that are the speaker again ("warned that it would ...", "that its navy could ...")
_SELF_PRONOUNS = frozenset({"it", "they", "we", "he", "she", "i"})
_SELF_POSSESSIVES = frozenset({"its", "their", "our", "his", "her", "my"})


def _infinitive(tok: Token) -> bool:
    return tok.dep_ == "xcomp" and tok.pos_ in ("VERB", "AUX")


def _named(tok: Token) -> bool:
    return tok.pos_ in ("NOUN", "PROPN") and not _thing(tok)


def act_counterparts(act: Token) -> list[Token]:
    """Whom a verb's act is done with or to: the recipient of a hand-over
    (``_roles_transfer._recipients``), else the owner of its object ("to disrupt the party's
    convention with protests": the party), else the named objects of its with/to/against phrases,
    on the verb or in its object phrase ("share its satellite data with Argentina"), never
    inside a clause; empty when there is none."""
    found = [r for r in _recipients(act) if r.pos_ == "PROPN" or _named(r)]
    if found:
        return found
    # "threatened to disrupt the party's convention with protests": the owner of the object,
    # not the means its "with" phrase names
    owners = [
        c
        for obj in act.children
        if obj.dep_ == "dobj" and _thing(obj)  # not "block Mr. Obama's nominee": the nominee
        for c in obj.children
        if c.dep_ == "poss" and c.pos_ != "PRON"
    ]
    if owners:
        return owners[:1]
    out: list[Token] = []
    stack = [(c, 1) for c in act.children if c.dep_ in _PHRASE_DEPS and c.dep_ != "conj"]
    while stack:
        tok, depth = stack.pop(0)
        if tok.dep_ == "prep" and tok.lower_ in _COUNTER_PREPS:
            out.extend(o for o in _pobjs(tok) if _named(o))
        if depth < _DEPTH:
            stack.extend((c, depth + 1) for c in tok.children if c.dep_ in _PHRASE_DEPS)
    return sorted(set(out), key=lambda t: t.i)


def infinitive_counterparts(trigger: Token) -> list[Token]:
    """The counterparts (:func:`act_counterparts`) of the infinitive complement of a verb or
    adjective trigger ("agreed to extradite X to Cambodia", "ready to cooperate with Saudi
    Arabia"); empty when it has none."""
    for comp in trigger.children:
        if _infinitive(comp):
            found = act_counterparts(comp)
            if found:
                return found
    return []


def willing_object(trigger: Token) -> list[Token]:
    """Whom the act of a stance adjective's infinitive is aimed at: its counterparts, else its
    named direct object ("ready to meet his Indian counterpart"); a thing object stands for its
    owner. Empty for anything but an adjective with an infinitive ("ready to fight")."""
    if trigger.pos_ != "ADJ":
        return []
    for comp in trigger.children:
        if not _infinitive(comp):
            continue
        found = act_counterparts(comp)
        if found:
            return found
        objs = [_owner(c) for c in comp.children if c.dep_ == "dobj"]
        return [o for o in objs if o.pos_ == "PROPN" or _named(o)]
    return []


def _self_subject(clause: Token) -> bool:
    """Whether a clause's subject is the speaker again: a pronoun ("that it would") or a noun
    owned by one ("that its navy could")."""
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return False
    if subj.lower_ in _SELF_PRONOUNS:
        return True
    return any(c.dep_ == "poss" and c.lower_ in _SELF_POSSESSIVES for c in subj.children)


def clause_counterpart(trigger: Token) -> list[Token]:
    """Whom a promise or warning made in a "that" clause is aimed at: the counterparts of the
    clause's act ("promised that Brasilia would share its data with Argentina"), or, when the
    clause's subject is the speaker again, the owner of its object ("warned that its navy could
    blockade Taiwan's ports" -> Taiwan); empty otherwise."""
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in _CLAUSE_VERBS:
        return []
    for clause in trigger.children:
        if clause.dep_ != "ccomp" or clause.pos_ not in ("VERB", "AUX"):
            continue
        found = act_counterparts(clause)
        if found:
            return found
        if _self_subject(clause):
            objs = [_owner(c) for c in clause.children if c.dep_ == "dobj"]
            return [o for o in objs if o.pos_ == "PROPN" or (_named(o) and o.dep_ == "poss")]
    return []


def condition_subject(trigger: Token) -> list[Token]:
    """Whom a threat's condition names: the subject of the "if"/"unless" clause on the
    threatening verb or its infinitive ("threatened to retaliate if Finland joined NATO" ->
    Finland); not a pronoun (often the speaker or the target named before)."""
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in _THREAT_VERBS:
        return []
    hosts = [trigger, *(c for c in trigger.children if _infinitive(c))]
    for host in hosts:
        for clause in host.children:
            if clause.dep_ != "advcl" or not any(
                m.dep_ == "mark" and m.lower_ in _CONDITION_MARKS for m in clause.children
            ):
                continue
            subj = [c for c in clause.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"]
            if subj:
                return subj
    return []
