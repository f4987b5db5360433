"""Whose act a demonstrative act noun refers back to (issue 10 item 3, targets38).

News names the act a reaction answers in an earlier sentence and then refers back to it with
"that"/"this": "Trump invited Gennifer Flowers to the debate. ... And she has accepted that
invitation"; "The New York Times filed a motion to unseal the records, arguing ... Justice
Nervo rejected that argument"; "Russia proposed a ceasefire on Monday. Kyiv rejected that
proposal". The reaction is aimed at whoever made the act: the subject of the verb the noun
names ("invited", "arguing", "proposed"), or the owner of an earlier mention of the same noun
("Moscow's proposal", "a proposal by Moscow", "the motion the Times filed": the subject of a
verb of making it). Read only where the sentence names no target, only for a noun with a
demonstrative and nothing of its own that says whose it is (no possessor, no "of"/"by"/"from"
phrase, no compound), and only from the text before it: the nearest earlier mention decides
(an earlier mention with no owner stops the search: "a proposal to close the border was
debated ... the president rejected that proposal" names no one), a verb only within a few
sentences. A reaction to one's own act ("Russia later withdrew that proposal") is no target.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.nlp.events._roles_common import subject

# act nouns and the verbs that do the act ("that invitation" <- "invited")
_ACT_NOUNS: dict[str, frozenset[str]] = {
    "invitation": frozenset({"invite"}),
    "argument": frozenset({"argue"}),
    "assessment": frozenset({"assess"}),
    "proposal": frozenset({"propose"}),
    "offer": frozenset({"offer"}),
    "request": frozenset({"request"}),
    "demand": frozenset({"demand"}),
    "suggestion": frozenset({"suggest"}),
    "accusation": frozenset({"accuse"}),
    "allegation": frozenset({"allege"}),
    "claim": frozenset({"claim"}),
    "ultimatum": frozenset(),
    "motion": frozenset(),
    "application": frozenset(),
    "plea": frozenset(),
    "appeal": frozenset({"appeal"}),
}
_DEMONSTRATIVES = frozenset({"that", "this", "these", "those"})
# verbs whose subject makes the act its object names ("filed a motion", "made an offer")
_MAKING = frozenset(
    """make file issue submit extend send present lodge level bring table put unveil deliver
    raise give announce""".split()
)
# a verb that does the act is read this many sentences back; a mention of the noun anywhere
# before it in the article
_VERB_SENTENCES = 3
_OWN = frozenset({"poss", "compound", "nmod"})


def anaphoric_act(head: Token) -> bool:
    """Whether ``head`` is an act noun with a demonstrative and nothing of its own that says
    whose act it is ("that invitation", "this motion"; not "that Russian proposal", "this
    proposal of the opposition", "the invitation")."""
    if head.pos_ != "NOUN" or head.lemma_.lower() not in _ACT_NOUNS:
        return False
    if not any(c.dep_ == "det" and c.lower_ in _DEMONSTRATIVES for c in head.children):
        return False
    if any(c.dep_ in _OWN for c in head.children):
        return False
    if any(c.dep_ == "amod" and c.ent_type_ in ("NORP", "GPE") for c in head.children):
        return False
    return not any(c.dep_ == "prep" and c.lower_ in ("of", "by", "from") for c in head.children)


def _noun_owner(noun: Token) -> Token | None:
    """Who made the act an earlier mention of the noun names: its possessor, its "by" or "from"
    phrase, or the subject of a verb of making it ("filed a motion"); None when it says not."""
    for c in noun.children:
        if c.dep_ == "poss":
            return c
        if c.dep_ == "prep" and c.lower_ in ("by", "from"):
            obj = next((o for o in c.children if o.dep_ == "pobj"), None)
            if obj is not None:
                return obj
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in _MAKING:
        return subject(noun.head)
    return None


def act_owner(head: Token) -> Token | None:
    """Who made the act the anaphoric act noun ``head`` refers back to (see the module doc), or
    None when the text before it does not say."""
    lemma = head.lemma_.lower()
    verbs = _ACT_NOUNS[lemma]
    doc = head.doc
    sent_starts = [s.start for s in doc.sents if s.start <= head.i]
    verb_from = sent_starts[max(0, len(sent_starts) - 1 - _VERB_SENTENCES)]
    for i in range(head.i - 1, -1, -1):
        tok = doc[i]
        if tok.pos_ == "NOUN" and tok.lemma_.lower() == lemma:
            owner = _noun_owner(tok)
            if owner is not None:
                return owner
            if anaphoric_act(tok):
                continue  # an earlier "that proposal": the chain goes on back
            return None  # the act was named without its maker
        if i >= verb_from and tok.pos_ == "VERB" and tok.lemma_.lower() in verbs:
            found = subject(tok)
            if found is not None:
                return found
    return None


def referred_acts(trigger: Token, heads: list[Token]) -> list[Token]:
    """The anaphoric act nouns among a verbal event's target heads, else among its trigger's
    object and prepositional objects ("rejected that argument", "disagreed with that
    assessment")."""
    found = [h for h in heads if anaphoric_act(h)]
    if found or heads:
        return found
    objs = [c for c in trigger.children if c.dep_ == "dobj"]
    objs += [
        o
        for c in trigger.children
        if c.dep_ == "prep" and c.lower_ in ("with", "to", "on", "against")
        for o in c.children
        if o.dep_ == "pobj"
    ]
    return [o for o in objs if anaphoric_act(o)]
