"""Whom "blame ... on" blames (polfp41, issue 10 item 3).

"blamed the violence on a disturbed person", "blaming Trump's decline in the polls on the news
media", "blaming some of it on presidential candidate Donald Trump", "Trump blamed the problem of
mass shootings on 'sickos'": the object of "blame" with an "on" phrase is the thing blamed, and
the party blamed is the object of "on" (CAMEO 112, the one accused). The verb's roles took the
object's owner ("Trump's decline" -> Trump) or the object itself ("some of it") for the target,
so the one blamed became the one who suffered. With an "on" phrase after the verb (on the verb,
or inside its object: the parser hangs it on the object's last noun) the "on" objects are the
targets; when they are no actor ("blamed his hesitancy on a bad earpiece") the event keeps no
target. A date ("blamed Iran on Tuesday") is no one blamed; "blamed X for Y" (no "on") is
unchanged. Read by :func:`newsgraph.nlp.events._roles_verb.verb_roles`."""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.nlp.events._roles_common import _pobjs

# entity types of an "on" object that dates the act rather than names whom it blames
_WHEN = frozenset({"DATE", "TIME"})


def _negated(prep: Token) -> bool:
    """ "not on his religion": a "not" on the preposition or just before it."""
    if any(c.dep_ == "neg" for c in prep.children):
        return True
    before = prep.doc[prep.i - 1] if prep.i > 0 else None
    return before is not None and before.lower_ in ("not", "never")


def blamed_on(verb: Token, targets: list[Token]) -> list[Token]:
    """The "on" objects of "blame X on Y" as the targets, else ``targets`` (module doc)."""
    if verb.lemma_.lower() != "blame":
        return targets
    # the phrases after the verb that say what is blamed: its object and its own prepositional
    # phrases ("blamed his loss in the primary on the news media")
    inside = [
        t
        for c in verb.children
        if c.dep_ in ("dobj", "prep") and c.i > verb.i
        for t in c.subtree
    ]
    # the verb's own "on" first ("blamed X on Y, not on Z": Y), then the last inside its
    # phrases ("blamed the attack on the embassy on Iran": Iran)
    for hosts in ([verb], reversed(inside)):
        for host in hosts:
            for prep in host.children:
                if prep.dep_ != "prep" or prep.lower_ != "on" or prep.i < verb.i:
                    continue
                if _negated(prep):
                    continue  # "not on local residents"
                objs = [o for o in _pobjs(prep) if o.ent_type_ not in _WHEN]
                if objs:
                    return objs
    return targets
