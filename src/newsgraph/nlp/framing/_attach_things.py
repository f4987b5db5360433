"""Labels modifying a thing that is no actor (attach30, issue 11 item 2).

attach26's ``act_noun`` lists the acts and things a label may modify ("terror attacks",
"extremist content"): such a label characterises perpetrators no phrase names. Two kinds of
such phrases were still coded as rebel actors (the lexicon's REB filling in, since the event
coder reads "extremist account" as an extremist group):

- things of the same kinds as ``act_noun``'s that it did not list: online accounts, pages,
  sites and channels beside its "content", "video", "post" ("every extremist account");
  methods beside its "tactic", "method" ("methodologies"); a "nexus" beside its "link",
  "connection" ("a possible terrorist nexus");
- a compound whose modifying noun is an act: the label characterises the act's perpetrators
  whatever the compound's head ("extremist online recruitment methodologies", "terror
  financing schemes").
"""

from __future__ import annotations

from spacy.tokens import Token

_THINGS = frozenset(
    {
        "account", "accounts", "page", "pages", "website", "websites", "site", "sites",
        "channel", "channels", "forum", "forums", "posting", "postings", "methodology",
        "methodologies", "technique", "techniques", "nexus",
    }
)  # fmt: skip


def _thing(tok: Token) -> bool:
    from newsgraph.nlp.framing._nonactor import act_noun

    return tok.pos_ == "NOUN" and (
        act_noun(tok) or tok.lower_ in _THINGS or tok.lemma_.lower() in _THINGS
    )


def thing_noun(head: Token, label: Token) -> bool:
    """``head``, the noun the label ``label`` modifies, is a thing of ``_THINGS``, or a
    compound between the label and ``head`` names an act ("extremist recruitment
    methodologies")."""
    if head.pos_ != "NOUN" or head.ent_type_:
        return False
    if _thing(head):
        return True
    return any(c.dep_ == "compound" and label.i < c.i < head.i and _thing(c) for c in head.children)
