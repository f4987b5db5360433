"""Pushing someone to act is a request (issue 10 item 1, acled33).

News tells pressure on a government or a party as "pushing" it to act as often as "pressing"
or "urging" it: "He pushed China and India to control hydrofluorocarbons", "Sanders pushes
Dems to reject Puerto Rico debt deal", "Levine has pushed Mayor Bill de Blasio to abandon city
contracts with Trump", "the effort to push Assad to step down". The pattern
``request.push_to`` (event_patterns.tsv; an actor as the object) makes it REQUEST, and the
infinitive's act, which has not happened, is the request's content (as for "urge").

"Push" is a request only with an infinitive of what the pushed actor is to do: "The suspect
pushed her to the ground" is a shove, "His agenda has pushed Clinton to the left" a shift of
position, "pushed the bill through the Senate" no request (:func:`unasked_push`). An event noun
in the object of "push" is what is pushed, not a request's content ("Diplomats are pushing
urgent peace talks between ...": the talks stay CONSULT; :func:`pushed_thing`).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.nlp.events._patterns import Pattern

PUSH_PATTERN = "request.push_to"


def _infinitive(verb: Token) -> bool:
    """Whether the verb has a to-infinitive clause of what its object is to do (the parser
    makes it an xcomp, a ccomp or an adverbial clause: "pushed China and India to control")."""
    return any(
        c.dep_ in ("xcomp", "ccomp", "advcl")
        and not any(m.dep_ == "mark" for m in c.children)
        and c.pos_ in ("VERB", "AUX")
        and c.i > verb.i
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in verb.children
    )


def unasked_push(tok: Token, pattern: Pattern) -> bool:
    """Whether a "push" match asks no one to act: no to-infinitive of what to do."""
    return pattern.name == PUSH_PATTERN and not _infinitive(tok)


def pushed_thing(noun: Token, gov: Token | None) -> bool:
    """Whether a nominal trigger lies in the direct object of its governing "push" ("pushing
    urgent peace talks", "pushing the same line of attack")."""
    return (
        gov is not None
        and gov.lemma_.lower() == "push"
        and any(noun in c.subtree for c in gov.children if c.dep_ == "dobj")
    )
