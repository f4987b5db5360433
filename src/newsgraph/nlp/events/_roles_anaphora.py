"""Whose act a demonstrative or definite act noun refers back to (issue 10 item 3, targets38).

News names the act a reaction answers in an earlier sentence and then refers back to it with
"that", "this" or "the": "Trump invited Gennifer Flowers to the debate. ... And she has
accepted that invitation"; "The New York Times filed a motion to unseal the records, arguing
... Justice Nervo rejected that argument"; "Russia proposed a ceasefire on Monday. Kyiv
rejected the proposal". The reaction is aimed at whoever made the act: the subject of the verb
the noun names ("invited", "arguing", "proposed"), or the owner of an earlier mention of the
same noun ("Moscow's proposal", "a proposal by Moscow", "filed a motion": the subject of a verb
of making it). Read only where the sentence names no target, only for a noun with a
demonstrative or "the" and nothing of its own that says whose it is (no possessor, no
"of"/"by"/"from" phrase, no compound, no nation adjective), and only from the text before it:
the nearest earlier mention decides (an earlier mention with no owner stops the search: "a
proposal to close the border was debated ... the president rejected that proposal" names no
one; a verb in the passive gives its "by" agent, not its subject: "State was ordered to
release the emails ... comply with this order" names no one); a verb is read only a few
sentences back, and so is a noun for "the" (which also names an act first: "the decision to
withdraw"). A reaction to one's own act ("Russia later withdrew that proposal") is no target.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from newsgraph.model import Actor
from newsgraph.nlp._doc import span
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
    "decision": frozenset({"decide"}),
    "plan": frozenset({"plan"}),
    "threat": frozenset({"threaten"}),
    "order": frozenset({"order"}),
    "ruling": frozenset({"rule"}),
    "remark": frozenset({"remark"}),
    "comment": frozenset({"comment"}),
    "ban": frozenset({"ban"}),
}
_DEMONSTRATIVES = frozenset({"that", "this", "these", "those"})
# "the" refers back too ("Kyiv rejected the proposal"), but also names an act first ("the
# decision to withdraw"): its antecedent, noun or verb, is read only a few sentences back
_DEFINITE = "the"
# verbs whose subject makes the act its object names ("filed a motion", "made an offer")
_MAKING = frozenset(
    """make file issue submit extend send present lodge level bring table put unveil deliver
    raise give announce""".split()
)
# a verb that does the act is read this many sentences back; a mention of the noun anywhere
# before it in the article
_VERB_SENTENCES = 3
_OWN = frozenset({"poss", "compound", "nmod"})


def _determiner(head: Token) -> str | None:
    det = next((c.lower_ for c in head.children if c.dep_ == "det"), None)
    return det if det in _DEMONSTRATIVES or det == _DEFINITE else None


def anaphoric_act(head: Token) -> bool:
    """Whether ``head`` is an act noun with a demonstrative or "the" and nothing of its own
    that says whose act it is ("that invitation", "this motion", "the proposal"; not "that
    Russian proposal", "this proposal of the opposition", "Moscow's proposal")."""
    if head.pos_ != "NOUN" or head.lemma_.lower() not in _ACT_NOUNS:
        return False
    if _determiner(head) is None:
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


def _agent(verb: Token) -> Token | None:
    """The "by" agent of a passive verb ("was ordered by a federal judge"), or None."""
    for c in verb.children:
        if c.dep_ == "agent":
            return next((o for o in c.children if o.dep_ == "pobj"), None)
    return None


def act_owner(head: Token) -> Token | None:
    """Who made the act the anaphoric act noun ``head`` refers back to (see the module doc), or
    None when the text before it does not say."""
    lemma = head.lemma_.lower()
    verbs = _ACT_NOUNS[lemma]
    doc = head.doc
    sent_starts = [s.start for s in doc.sents if s.start <= head.i]
    verb_from = sent_starts[max(0, len(sent_starts) - 1 - _VERB_SENTENCES)]
    # "the proposal" is read only as far back as a verb is; "that proposal" as far as it goes
    stop = verb_from if _determiner(head) == _DEFINITE else 0
    for i in range(head.i - 1, stop - 1, -1):
        tok = doc[i]
        if tok.pos_ == "NOUN" and tok.lemma_.lower() == lemma:
            owner = _noun_owner(tok)
            if owner is not None:
                return owner
            if anaphoric_act(tok):
                continue  # an earlier "that proposal": the chain goes on back
            return None  # the act was named without its maker
        if i >= verb_from and tok.pos_ == "VERB" and tok.lemma_.lower() in verbs:
            if any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children):
                # "State was ordered to ...": its subject received the act; the maker is
                # the "by" agent, else unnamed
                return _agent(tok)
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


def referred_targets(
    doc: Doc,
    trigger: Token,
    heads: list[Token],
    sources: list[Actor],
    actors_of: Callable[[list[Token]], list[Actor]],
) -> list[Actor]:
    """The makers of the acts a demonstrative or definite act noun among a verbal event's
    target heads refers back to, as targets spanning the noun phrase (``actors_of`` codes
    head tokens); not a source's own act ("Russia later withdrew that proposal")."""
    out: list[Actor] = []
    for noun in referred_acts(trigger, heads):
        owner = act_owner(noun)
        if owner is None:
            continue
        here = span(doc, noun.left_edge.idx, noun.idx + len(noun))
        for a in actors_of([owner]):
            if any(
                (a.entity is not None and a.entity == s.entity) or (a.name and a.name == s.name)
                for s in sources
            ):
                continue  # its own act
            out.append(Actor(a.entity, here, a.code, a.country, a.sector, a.name or a.span.text))
    return out
