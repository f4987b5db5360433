"""Property violence and blows as real local news tells them (issue 10 item 1, acled30).

The held-out real-news set's ACLED classes "property destruction" and "mob violence" were
the coder's weakest; blind rows from LGL and PolNeAR train texts showed three recurring gaps:

- **vandalism named as a noun** in a clause about something else: "A CITY cop is appealing
  for information after repeated acts of vandalism at a cemetery", "PC seeks help over
  Lancaster grave vandalism", "the level of car vandalism in recent weeks". The noun's own
  roles took the clause's subject (the police officer appealing) as the vandal, which named no
  agent and dropped the event; the vandal is unknown. A nominal property-violence word
  (:data:`_VANDALISM`) inside a prepositional phrase, or the agent of a passive, with no
  agent of its own (no "by" phrase, no possessive) has no source (:func:`unowned_vandalism`),
  and it is the news with no actor named (:func:`vandalism_news`), as "looting was reported"
  is. Not when negated ("no vandalism was found") or counted as none;
- **what is damaged, by its plural form**: the harm check reads the lemma, which the
  lemmatiser gets wrong for some plurals ("graves" -> "graf", "4x4s" -> "4x4s"), so "Vandals
  desecrate graves", "Vandals target 4x4s in Oxford" were idioms; :func:`physical_thing`
  reads the form and the form less its plural "s" too;
"""

from __future__ import annotations

from spacy.tokens import Token

# nouns of property violence whose doer is often unknown in local news
_VANDALISM = frozenset({"vandalism", "desecration"})


def physical_thing(tok: Token, physical: frozenset[str]) -> bool:
    """Whether ``tok`` is one of the physical targets of violence (event_harm.tsv
    ``physical``) by its lemma, its form or its form less a plural "s" (module doc)."""
    lower = tok.lower_
    return (
        tok.lemma_.lower() in physical
        or lower in physical
        or (lower.endswith("s") and lower[:-1] in physical)
    )


def _own_agent(tok: Token) -> bool:
    """Whether the noun names its own doer: a possessive ("the gang's vandalism") or a "by"
    phrase ("vandalism by youths")."""
    return any(
        c.dep_ == "poss" or (c.dep_ in ("prep", "agent") and c.lower_ == "by") for c in tok.children
    )


def _in_phrase(tok: Token) -> bool:
    """The noun (or the "acts"/"incidents" it is "of") hangs in a prepositional phrase or is
    the agent of a passive: "after (acts of) vandalism", "over grave vandalism", "hit by
    vandalism"."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ == "NOUN":
        tok = tok.head.head  # "acts of vandalism", "incidents of looting"
    return tok.dep_ == "pobj"


def unowned_vandalism(
    tok: Token, sources: list[Token], targets: list[Token]
) -> tuple[list[Token], list[Token]]:
    """No source for a vandalism noun in a phrase of a clause about something else (module
    doc); the roles are returned unchanged otherwise."""
    if tok.lemma_.lower() not in _VANDALISM or tok.pos_ != "NOUN":
        return sources, targets
    if _own_agent(tok) or not _in_phrase(tok):
        return sources, targets
    return [], [t for t in targets if t.i > tok.i]


def vandalism_news(tok: Token, pattern_type: str) -> bool:
    """A vandalism noun told as having happened with no one named (module doc)."""
    if pattern_type != "ASSAULT" or tok.lemma_.lower() not in _VANDALISM or tok.pos_ != "NOUN":
        return False
    if any(c.dep_ in ("det", "neg") and c.lower_ in ("no", "not") for c in tok.children):
        return False
    return not _own_agent(tok) and _in_phrase(tok)


# prepositions that tell what an appeal or a request is about, not what is asked for
_ABOUT = frozenset({"after", "over", "about", "following", "regarding", "concerning"})


def appealed_over(tok: Token, pattern_type: str) -> bool:
    """A vandalism noun that is what help or information is sought about ("PC seeks help over
    grave vandalism", "appealing for information after acts of vandalism"), not what is asked
    for: the vandalism is still the news (module doc)."""
    if not vandalism_news(tok, pattern_type):
        return False
    head = tok.head
    if head.lower_ == "of" and head.head.pos_ == "NOUN":
        head = head.head.head  # "after acts of vandalism"
    return head.dep_ == "prep" and head.lower_ in _ABOUT
