"""A label coordinated with another word shares its role (attach30, issue 11 item 2).

spaCy hangs the second of two coordinated words on the first ("conj"), so a label that comes
second had no path to the noun both describe: "the Nation of Islam, the loony, militant, black
nationalist organization" (militant -> conj of loony -> amod of organization), "people they
have deemed to be communists or traitors" (traitors -> conj of communists -> attr of be). Such
a label takes the role of the first conjunct when both are modifiers or both predicates:

- an adjective conjoined with a modifier or a predicate adjective ("loony, militant", "violent
  and extremist");
- a noun conjoined with a predicate nominal ("to be communists or traitors").

A noun in a list of nouns ("felons, domestic abusers or possible terrorists", "the Kurds and
the terrorists") keeps its own phrase: they name different people.
"""

from __future__ import annotations

from spacy.tokens import Token

_ADJ_ROLES = frozenset({"amod", "acomp", "conj"})
_NOUN_ROLES = frozenset({"attr", "oprd"})


def shared_role(root: Token) -> Token:
    """The first conjunct whose role a conjoined label ``root`` shares, else ``root``."""
    tok = root
    while tok.dep_ == "conj" and tok.head.i < tok.i:
        first = tok.head
        if tok.pos_ == "ADJ" and first.pos_ in ("ADJ", "VERB") and first.dep_ in _ADJ_ROLES:
            tok = first
        elif tok.pos_ == "NOUN" and first.pos_ == "NOUN" and first.dep_ in _NOUN_ROLES:
            tok = first
        else:
            break
    return tok
