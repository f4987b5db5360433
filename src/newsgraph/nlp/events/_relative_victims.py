"""The person a relative clause's passive harms (issue 10 item 1, acled31).

"Walter Scott, an unarmed black motorist who was shot to death last April", "a police officer
who was shot by a 26-year-old man", "a man wearing a Black Lives Matter shirt who was beaten
and kicked", "security guard Jesus Campos, who was shot in the leg": the passive's subject is
the relative pronoun, and the one harmed is the noun the clause describes. The harm check
(``_filters.harm_ok``) read the pronoun and found no person or thing struck; it reads the
described noun instead (for the violence patterns only: "supporters who were invited to attend
the ceremony" is left to the invitation's own check, as before). A relative pronoun of a
clause that is not a passive, or a passive that is no relative clause, is left as it is; so
is a plural described ("the names of men, women and children who were killed in police
shootings": victims named in passing, tune ev-1205 a protest, not the news of a killing).
"""

from __future__ import annotations

from spacy.tokens import Token

_RELATIVE_PRONOUNS = frozenset({"who", "whom", "that", "which"})
# one person or thing described: a plural so described is often a kind of victim named in
# passing ("signs with the names of men, women and children who were killed in shootings")
_ONE = frozenset({"NN", "NNP"})


def relative_victim(verb: Token, subj: Token) -> Token:
    """The noun a relative clause describes when ``subj`` is its relative pronoun as the
    passive subject of ``verb`` ("a motorist who was shot": motorist); else ``subj``."""
    if subj.dep_ != "nsubjpass" or subj.lower_ not in _RELATIVE_PRONOUNS:
        return subj
    if verb.dep_ != "relcl" or verb.head is verb or verb.head.tag_ not in _ONE:
        return subj
    return verb.head
