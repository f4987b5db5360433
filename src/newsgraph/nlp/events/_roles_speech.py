"""Who a statement is addressed to: the hearers of "told Erdogan that ...", "said in a letter
to Putin ...", the press left out."""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.nlp.events._roles_common import _expand, _pobjs, _prep_objects, _thing
from newsgraph.nlp.events._roles_counterpart import act_counterparts

# verbs whose object hears what is said: "told Erdogan that", "assured Kiev", "urged Y to"
_ADDRESS_VERBS = frozenset(
    "tell assure reassure warn caution urge ask promise inform remind brief advise".split()
)


# verbs that carry a statement in their content clause ("said that Russia would ...")
_STATEMENT_VERBS = _ADDRESS_VERBS | frozenset(
    "say write state declare announce add insist stress pledge vow".split()
)


# the message a statement is made in, addressed by its "to" phrase: "in a letter to Putin"
_MESSAGE_NOUNS = frozenset(
    "letter message note call telephone phone cable telegram statement email".split()
)


# the press hears statements but is no political target ("told reporters", "said to the media")
_PRESS = frozenset(
    """reporter reporters journalist journalists media press newsman newsmen correspondent
    correspondents newspaper newspapers interviewer""".split()
)


def _press(tok: Token) -> bool:
    return tok.lower_ in _PRESS or tok.lemma_.lower() in _PRESS


def addressee(trigger: Token) -> list[Token]:
    """Whom the statement that carries a trigger in its content clause is addressed to, the
    press left out: "Putin told Erdogan that Russia would support the deal" -> Erdogan,
    "said in a letter to Putin that France would ...", "In a message to Erdogan, Putin said
    ..." (not "told reporters that ..."); empty when there is none."""
    tok = trigger
    for _ in range(4):
        if tok.head == tok:
            return []
        if (
            tok.dep_ == "ccomp"
            and tok.head.pos_ in ("VERB", "AUX")
            and tok.head.lemma_.lower() in _STATEMENT_VERBS
        ):
            return [h for h in _expand(_heard_by(tok.head)) if not _press(h)]
        verb = _said_in(tok)
        if verb is not None:
            return [h for h in _expand(_heard_by(verb)) if not _press(h)]
        if tok.dep_ not in ("xcomp", "conj", "acomp", "attr", "dobj", "oprd"):
            return []
        tok = tok.head
    return []


# where a statement is made: "told Erdogan in a phone call that ...", "during talks"
_CHANNEL_NOUNS = _MESSAGE_NOUNS | frozenset(
    "conversation meeting talk talks interview conference videoconference".split()
)
_CHANNEL_PREPS = frozenset({"in", "during", "by", "over", "on", "through", "via"})
# channels whose "with" phrase names the other side (not "an interview with CNN": the press)
_CONVERSATIONS = frozenset("call phone telephone conversation meeting talk talks".split())


def _said_in(clause: Token) -> Token | None:
    """The statement verb of a "that" clause the parser hung on the channel it was said in:
    "Putin told Erdogan in a phone call that Russia would ..." (the clause under "call"),
    not a relative clause ("a call that Russia requested": "that" is no conjunction)."""
    if clause.dep_ not in ("acl", "relcl") or not any(
        c.dep_ == "mark" and c.lower_ == "that" for c in clause.children
    ):
        return None
    noun = clause.head
    if noun.lemma_.lower() not in _CHANNEL_NOUNS or noun.dep_ != "pobj":
        return None
    prep = noun.head
    verb = prep.head
    if prep.lower_ not in _CHANNEL_PREPS or verb.pos_ not in ("VERB", "AUX"):
        return None
    return verb if verb.lemma_.lower() in _STATEMENT_VERBS else None


def _heard_by(verb: Token) -> list[Token]:
    """The hearers of a statement verb: its object ("told Erdogan"), its "to" phrase ("said
    to Putin"), or the "to" phrase of the message it was made in ("in a letter to Putin")."""
    out: list[Token] = []
    for child in verb.children:
        if child.dep_ in ("dobj", "dative") and child.pos_ != "ADP":
            if verb.lemma_.lower() in _ADDRESS_VERBS:
                out.append(child)
        elif child.dep_ in ("dative", "prep") and child.lower_ == "to":
            out.extend(_pobjs(child))
        elif child.dep_ == "prep" and child.lower_ in _CHANNEL_PREPS:
            for msg in _pobjs(child):
                if msg.lemma_.lower() in _MESSAGE_NOUNS:
                    out.extend(_prep_objects(msg, frozenset({"to"})))
                if msg.lemma_.lower() in _CONVERSATIONS:  # "in a phone call with Macron"
                    out.extend(_prep_objects(msg, frozenset({"with"})))
    return out


# verbs that commit their subject to the act of their infinitive: the act's object is whom
# the commitment is aimed at ("offered to help Sudan", "threatened to retake Nagorno-Karabakh");
# not stance adjectives ("ready to support X": the support is the event, aimed at X itself)
_COMMITTING = frozenset("offer pledge promise vow agree undertake threaten refuse decline".split())
# infinitives of saying: "declined to say whether he ..." is aimed at no one in the clause
_SAYING = frozenset(
    "say comment confirm disclose discuss name acknowledge answer elaborate specify reveal".split()
)
_COMMITTED_PREPS = frozenset({"with", "to", "against", "between", "on", "for"})


def commitment_object(trigger: Token) -> list[Token]:
    """Whom a commitment with no target of its own is aimed at: the object of its infinitive
    ("Egypt offered to help Sudan" -> Sudan, "Azerbaijan threatened to retake
    Nagorno-Karabakh"), else the infinitive's with/to/against/between phrase ("offered to
    mediate between the government and the rebels"); a thing object leaves the target to the
    prepositions ("pledged to expand trade with Pakistan" -> Pakistan). Not through an
    infinitive of saying ("declined to say whether he ..."). One infinitive deep, and one more
    through a second infinitive ("pledged to work to ..."); empty when there is none."""
    if trigger.lemma_.lower() not in _COMMITTING or trigger.pos_ != "VERB":
        return []
    comps = [c for c in trigger.children if _infinitive(c) and c.i > trigger.i]
    for _ in range(2):
        for comp in comps:
            if comp.lemma_.lower() in _SAYING:
                continue
            # "agreed to extradite the suspects to Cambodia": the recipient, not the suspects
            counter = act_counterparts(comp)
            if counter:
                return counter
            objs = [c for c in comp.children if c.dep_ == "dobj"]
            named = [o for o in objs if not _thing(o)]
            if named:
                return named
            hosts = [comp, *objs]
            found = [
                o
                for h in hosts
                for c in h.children
                if c.dep_ == "prep" and c.lower_ in _COMMITTED_PREPS
                for o in _pobjs(c)
                if o.pos_ in ("NOUN", "PROPN") and not _thing(o)
            ]
            if found:
                return found
            subjects = [
                s
                for c in comp.children
                if c.dep_ in ("ccomp", "xcomp")
                for s in c.children
                if s.dep_ == "nsubj" and not _thing(s)
            ]
            if subjects:  # "offered to help Sudan build a dam": Sudan, the clause's subject
                return subjects
        comps = [g for c in comps for g in c.children if _infinitive(g)]
    return []


def _infinitive(tok: Token) -> bool:
    """An infinitive complement: "offered to help", also where a time phrase made the parser
    take it for an adverbial clause ("offered on Sunday to help")."""
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    return tok.dep_ == "xcomp" or (
        tok.dep_ == "advcl"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
        and not any(c.dep_ == "mark" for c in tok.children)  # "as if to hand ..."
    )


# prepositions that name the message a verb's act is made in ("in a letter to the FBI")
_MESSAGE_PREPS = frozenset({"in", "by", "via", "through"})
# steps from a verb into its own phrase (objects and their modifiers), never into a clause
_OWN_PHRASE = frozenset({"dobj", "prep", "pobj", "npadvmod", "advmod", "dative"})


def own_message_addressee(trigger: Token) -> list[Token]:
    """Whom the message a verb's own act is made in is addressed to, the press left out:
    "it asked for the return of emails in a letter Friday to the FBI" -> FBI, "demanded the
    release of the sailors in a letter to the British embassy" -> embassy (the parser hangs the
    message on the verb or on its object). Only the verb's own phrase: not "a letter to Putin"
    inside its subject or its content clause; empty when there is none."""
    if trigger.pos_ not in ("VERB", "AUX"):
        return []
    stack = [c for c in trigger.children if c.dep_ in _OWN_PHRASE and c.i > trigger.i]
    out: list[Token] = []
    while stack:
        tok = stack.pop()
        if (
            tok.dep_ == "pobj"
            and tok.lemma_.lower() in _MESSAGE_NOUNS
            and tok.head.lower_ in _MESSAGE_PREPS
        ):
            out.extend(h for h in _prep_objects(tok, frozenset({"to"})) if not _press(h))
        stack.extend(c for c in tok.children if c.dep_ in _OWN_PHRASE)
    return sorted(set(out), key=lambda t: t.i)
