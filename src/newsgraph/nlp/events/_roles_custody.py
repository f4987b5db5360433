"""Roles a verb's syntax gets backwards (issue 10, actor leftovers): whoever stays in custody
is held, not holding ("two journalists remain in detention" -> the journalists are the
target; the judge who rules it, or the police who report it, the source), and two who commit
to act together are one another's target ("Trump and Ryan pledged to work together")."""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.nlp.events._roles_common import _pobjs

# verbs of staying, and the places of confinement one stays in: "remains in custody",
# "languished in jail", "is still behind bars"
_STAYING = frozenset("remain stay languish sit be".split())
_CONFINEMENT = frozenset("custody detention jail prison captivity bar".split())


def held(verb: Token) -> bool:
    """Whether a verb of staying places its subject in confinement ("remains in custody")."""
    if verb.lemma_.lower() not in _STAYING:
        return False
    return any(
        c.dep_ == "prep"
        and c.lower_ in ("in", "behind")
        and any(o.lemma_.lower() in _CONFINEMENT for o in _pobjs(c))
        for c in verb.children
    )


# verbs by which an authority orders or rules what its clause says ("will remain in custody,
# a federal judge ruled")
_RULING = frozenset("rule order decide say announce confirm state".split())


def ruled_by(verb: Token, authorities: frozenset[str]) -> list[Token]:
    """The court, judge, police or officials (a subject in ``authorities``) whose ruling or
    statement ``verb`` is the clause of ("X will remain in custody, a federal judge ruled");
    empty otherwise (their lawyers or relatives only report it)."""
    tok = verb
    for _ in range(3):
        if tok.dep_ not in ("ccomp", "conj", "parataxis") or tok.head is tok:
            break
        tok = tok.head
        if tok.lemma_.lower() in _RULING:
            subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            if subj is not None and subj.lemma_.lower() in authorities:
                return [subj]
            return []
    return []


# commitments whose sides are one another's when what they commit to is done together
JOINT_TYPES = frozenset({"AGREE", "COOPERATE"})
_JOINT_VERBS = frozenset("cooperate collaborate coordinate partner reconcile".split())


def joint(verb: Token) -> bool:
    """Whether a commitment's infinitive is an act done together ("pledged to work together",
    "vowed to cooperate", "promised to work with each other"), with no one else named."""
    for xcomp in (c for c in verb.children if c.dep_ == "xcomp"):
        if xcomp.lemma_.lower() in _JOINT_VERBS:
            return True
        for c in xcomp.children:
            if c.dep_ == "advmod" and c.lower_ in ("together", "jointly"):
                return True
            if c.dep_ == "prep" and c.lower_ == "with":
                if any(o.lower_ in ("other", "another") for o in _pobjs(c)):
                    return True
    return False
