"""Groups named by what they campaign for (issue 10 item 3, actors26).

A bare "group" or "organization" names no one, and no agent word codes it; a reader still
places two kinds of them:

- a group that backs, supports or endorses a named politician is a campaign group, a party
  actor like a super PAC or a campaign (PTY): "$10 million to a group backing Bush",
  "A group that supports Jair Bolsonaro accused ...". Not "a group backed by Iran" (its
  sponsor: a passive) nor "a group backing the bill" (no politician);
- a group named by the cause it campaigns for or against is civil society: "anti-abortion
  groups", "pro-gun groups", "advocacy groups", "conservative groups", "lobbying groups" are
  civilians (CVL, as the real-news gold codes "Some anti-abortion groups" USACVL, and as
  Phoenix codes CIVIC_GROUP); environmental groups are ENV, as ENVIRONMENTALIST.

The sector is returned with no country: the coder's article and sentence context places it
(:meth:`newsgraph.nlp.events._context._Context._localise`), as it places "police".
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.nlp.events._countries_regions import region_of

_GROUP_NOUNS = frozenset({"group", "organization", "organisation"})
_BACKING = frozenset({"back", "support", "endorse"})
# nouns that stand for a politician's side where no name is given
_POLITICAL = frozenset({"candidate", "nominee", "party", "campaign", "candidacy"})
_CAUSES = frozenset(
    """advocacy lobbying lobby conservative liberal progressive interest civic pressure
    consumer""".split()
)
_GREEN = frozenset({"environmental", "environmentalist", "green", "conservation"})
_STANCES = ("anti", "pro")


def kind_pieces(head: Token, root: str | None) -> tuple[str | None, list[str]]:
    """The root and suffixes of a phrase no table, lexicon or agent word coded, from the kind
    of noun it is: a campaign or advocacy group's sector (:func:`group_sectors`), or with no
    root the CAMEO region of states named by one ("European nations" -> EUR,
    :func:`._countries_regions.region_of`)."""
    sectors = group_sectors(head)
    if root is None and not sectors:
        root = region_of(head)
    return root, sectors


def group_sectors(head: Token) -> list[str]:
    """["PTY"] for a group backing a politician, ["CVL"] or ["ENV"] for a group named by its
    cause, else []."""
    if head.lemma_.lower() not in _GROUP_NOUNS or head.pos_ != "NOUN":
        return []
    if _backs_politician(head):
        return ["PTY"]
    mods = [c for c in head.children if c.dep_ in ("amod", "compound", "nmod") and c.i < head.i]
    words = {m.lower_ for m in mods}
    if words & _GREEN:
        return ["ENV"]
    if words & _CAUSES or any(_stance(m) for m in mods):
        return ["CVL"]
    return []


def _stance(tok: Token) -> bool:
    """ "anti-abortion", "pro-gun": one token, or "anti" and "-" split by the tokenizer."""
    low = tok.lower_
    if low.startswith(tuple(s + "-" for s in _STANCES)):
        return True
    doc = tok.doc
    return low in _STANCES and tok.i + 1 < len(doc) and doc[tok.i + 1].text == "-"


def _backs_politician(head: Token) -> bool:
    for clause in head.children:
        if clause.dep_ not in ("acl", "relcl") or clause.lemma_.lower() not in _BACKING:
            continue
        if clause.tag_ == "VBN" or any(c.dep_ in ("auxpass", "agent") for c in clause.children):
            continue  # "a group backed by Iran": its sponsor
        if any(
            o.dep_ == "dobj" and (o.ent_type_ == "PERSON" or o.lemma_.lower() in _POLITICAL)
            for o in clause.children
        ):
            return True
    return False
