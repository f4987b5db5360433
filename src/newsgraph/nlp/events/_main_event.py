"""The main event of a sentence over the events that only set its scene or describe its
participants (PLOVER gold codes one main event per sentence; a coder that also codes the
background event is wrong on the type twice: it may miss the main one among its picks, and the
second type costs precision).

:func:`main_events` runs after :func:`newsgraph.nlp.events._nested._secondary` (relative and
participial clauses, setting phrases) and drops, in a sentence that keeps at least one other
event, an event whose trigger is

* inside a relative or participial clause further up than a reported clause ("physicians,
  alarmed that the administration is denying vaccines, are urging ...": the denial describes
  the physicians);
* in a time clause ("mass protests broke out after Scott was killed by police": the killing is
  what the protests followed; "the strikes came after rebels attacked");
* a nominal trigger inside the noun phrase of another verb's argument ("two suspects in the
  Kenya bombing have been handed over": the bombing says who the suspects are; "banks, afraid
  of running afoul of sanctions, declined");
* a participle or purpose clause trailing its main clause ("demonstrators thronged the street,
  demanding that Elian stay"; "worked with the navy in searching for the killer, utilising
  military resources to investigate her background");
* the act a verbal event is about, named by a gerund ("convicted Webb of kidnapping the girl",
  "regretted calling the prime minister a traitor", "demands Ginsburg resign for criticizing
  him", "accused Georgia of amassing armour"), also through the nouns of a charge ("arrested
  on a charge of assault for allegedly attacking Brown").

A sentence none of whose events is the main one keeps them all."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsgraph.model import Event
from newsgraph.nlp.events._claims import claim_comment
from newsgraph.nlp.events._past_reference import known_past_event, named_past_event

# the marks of a time clause whose event is the setting of the main clause's event
_TIME_MARKS = frozenset({"after", "before", "since", "until", "following", "once"})
# time clauses dated as just before the main event are news too
_JUST_BEFORE = frozenset({"hours", "hour", "minutes", "minute", "moments", "moment", "days"})
# argument relations of a noun whose modifiers describe that participant
_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj"})
# relations from a nominal trigger up to the argument noun it modifies
_NP_PATH = frozenset({"pobj", "prep", "compound", "amod", "acomp", "pcomp", "poss", "advmod"})
# prepositions of a gerund that names what an accusation, conviction or regret is about
_CONTENT_PREPS = frozenset({"of", "for"})


def trigger_roots(doc: Doc, events: list[Event]) -> dict[str, Token]:
    """The syntactic head of each event's trigger, by event id."""
    out: dict[str, Token] = {}
    for e in events:
        span_ = doc.char_span(e.trigger.start, e.trigger.end, alignment_mode="expand")
        if span_ is not None:
            out[e.id] = span_.root
    return out


def _dated_by(doc: Doc, event: Event) -> bool:
    """A known past event that only dates the sentence (_past_reference): named ("after the
    Paris attacks") or taken up again ("after the attacks")."""
    root = trigger_roots(doc, [event]).get(event.id)
    return root is not None and (named_past_event(root) or known_past_event(root))


def force_outcome(tok: Token, noun_types: dict[int, str]) -> bool:
    """Harm told in a relative clause of a nominal event of force that is itself coded ("rebel
    raids on the town that killed 300 people"): what the raid did, news of its own; and a
    visit in a participle clause of a named person (:func:`_visit_of_person`)."""
    return (
        tok.dep_ == "relcl"
        and tok.head.pos_ == "NOUN"
        and noun_types.get(tok.head.i) in _FORCE_NOUNS
        and noun_types.get(tok.i) == "ASSAULT"
    ) or _visit_of_person(tok, noun_types)


def _visit_of_person(tok: Token, noun_types: dict[int, str]) -> bool:
    """A visit in a participle clause of a named person ("Scharping, ending a two-day visit,
    said ..."): the visit is news, not a description of the speaker."""
    part = tok.head
    return (
        noun_types.get(tok.i) == "CONSULT"
        and tok.lemma_.lower() == "visit"
        and tok.dep_ == "dobj"
        and part.tag_ == "VBG"
        and part.dep_ in ("acl", "advcl")
        and part.head.pos_ == "PROPN"
    )


# nominal events of force a relative clause of harm tells the outcome of
_FORCE_NOUNS = frozenset({"ASSAULT", "COERCE"})


def _in_modifier_clause(tok: Token) -> bool:
    """A trigger under a relative or participial clause anywhere above it, through reported
    clauses ("alarmed that X is denying ..."): it describes a participant."""
    t = tok
    for _ in range(10):
        if t.dep_ in ("relcl", "acl"):
            return True
        if t.dep_ in ("ROOT", "parataxis") or t.head == t:
            return False
        t = t.head
    return False


def _time_word_before(verb: Token) -> Token | None:
    """The time word the parser took for a preposition when it hung the clause's subject on it
    ("reinforced troops after a brief exchange of fire in a disputed area killed one soldier":
    "after" + noun, the verb left with no subject): the time word, or None (long22)."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children):
        return None
    if verb.pos_ not in ("VERB", "AUX") or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    for prep in verb.sent:
        if prep.i >= verb.i:
            break
        if prep.dep_ == "prep" and prep.lower_ in _TIME_MARKS:
            if any(n.dep_ == "pobj" and n.right_edge.i == verb.i - 1 for n in prep.children):
                return prep
    return None


def _time_clause(tok: Token) -> bool:
    """A trigger in (or under) an adverbial clause marked "after", "before", "since" ...: the
    setting of the event of the clause it modifies; unless dated as just before it ("killed
    three soldiers hours after the army shelled their village": both are the news)."""
    t = tok
    for _ in range(8):
        if t.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in _TIME_MARKS for c in t.children
        ):
            return not any(c.dep_ == "npadvmod" and c.lower_ in _JUST_BEFORE for c in t.children)
        if t.dep_ in ("advcl", "ccomp", "conj") and (mark := _time_word_before(t)) is not None:
            # "days after a bombing in Ankara killed two officers": dated just before, news
            return mark.i == 0 or mark.doc[mark.i - 1].lower_ not in _JUST_BEFORE
        if t.dep_ in ("ROOT", "ccomp", "parataxis") or t.head == t:
            return False
        t = t.head
    return False


# meetings that are where or when something else was said or done, and the words that place
# an act in them ("at the end of its summit", "on the sidelines of the talks")
_MEETINGS = frozenset(
    {"summit", "meeting", "talk", "talks", "conference", "session", "forum", "visit", "gathering"}
)
_SETTING_PREPS = frozenset({"at", "during", "on"})
_SETTING_NOUNS = frozenset({"end", "close", "start", "opening", "sideline", "sidelines", "margin",
                            "margins", "conclusion", "eve"})  # fmt: skip


def _meeting_setting(tok: Token) -> bool:
    """A meeting noun that is the setting of another act: the object of "at"/"during"/"on"
    hung on a verb, or of "of" under "the end/sidelines/margins of" ("backed the plan in a
    statement at the end of its summit in Doha"; recall21). The sentence's other event is the
    news; a sentence whose only event is the meeting keeps it."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in _MEETINGS or tok.dep_ != "pobj":
        return False
    prep = tok.head
    if prep.lower_ == "of" and prep.head.lemma_.lower() in _SETTING_NOUNS:
        prep = prep.head.head if prep.head.dep_ == "pobj" else prep
    return prep.lower_ in _SETTING_PREPS and prep.dep_ == "prep"


def _describes_argument(tok: Token) -> bool:
    """A nominal trigger (or a gerund) inside the modifier of a subject or object noun: it
    describes that participant ("suspects in the Kenya bombing", "banks afraid of sanctions")."""
    if tok.pos_ not in ("NOUN", "PROPN", "VERB"):
        return False
    if tok.pos_ == "VERB" and tok.dep_ != "pcomp":
        return False
    t = tok
    for _ in range(8):
        if t.dep_ not in _NP_PATH or t.head == t:
            return False
        t = t.head
        if t.pos_ in ("NOUN", "PROPN", "PRON") and t.dep_ in _ARGUMENTS:
            return True
        if t.pos_ in ("VERB", "AUX") and t.dep_ != "pcomp":
            return False
    return False


def _adjunct(t: Token) -> bool:
    """An adverbial clause after its head with no subject or mark of its own."""
    return (
        t.dep_ == "advcl"
        and t.i > t.head.i
        and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in t.children)
    )


def _trailing_clause(tok: Token, triggers: set[int]) -> bool:
    """A participle clause after its main clause, with no subject of its own ("thronged the
    street, demanding that ..."), or a purpose clause of an event or of such a participle
    ("utilising military resources to investigate ..."): how or why the main event happened.
    A purpose clause of a verb that is no event stays ("were traveling to Islamabad to join
    the sit-in": the joining is the news)."""
    t = tok
    for _ in range(6):
        if _adjunct(t):
            if t.tag_ == "VBG":
                return True
            if any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children):
                return t.head.i in triggers or (_adjunct(t.head) and t.head.tag_ == "VBG")
            return False
        # the participle itself or its infinitive complement, not a noun in its object
        # ("refused to negotiate, raising the possibility of military action": a
        # consequence named, not how the refusal happened)
        if t.dep_ not in ("xcomp", "conj") or t.head == t:
            return False
        t = t.head
    return False


def _gerund_content(tok: Token, triggers: set[int]) -> bool:
    """A gerund that names what another event is about: "convicted Webb of kidnapping",
    "criticised for attacking", "regretted calling him a traitor"."""
    if tok.tag_ != "VBG":
        return False
    if tok.dep_ == "pcomp" and tok.head.lower_ in _CONTENT_PREPS:
        # up through the nouns of the charge the act is named in: "arrested on a charge of
        # assault for allegedly attacking Brown", "jailed on charges of ... for smuggling"
        t = tok.head.head
        for _ in range(4):
            if t.i in triggers:
                return True
            if t.pos_ not in ("NOUN", "PROPN") or t.dep_ != "pobj" or t.head.dep_ != "prep":
                return False
            t = t.head.head
        return False
    return tok.dep_ in ("xcomp", "dobj") and tok.head.i in triggers


def main_events(doc: Doc, events: list[Event]) -> list[Event]:
    """Drop the background events of a sentence that has a main event (see the module doc)."""
    events = [e for e in events if not _dated_by(doc, e)]  # "after the Paris attacks"
    if len(events) < 2:
        return events
    roots = trigger_roots(doc, events)
    triggers = {t.i for t in roots.values()}
    # a threat or promise whose "if" clause is its condition ("The rebels would be pardoned if
    # the army attacked" keeps the attack, hypothetical)
    pledged = any(e.type in ("THREATEN", "AGREE") for e in events)

    def minor(tok: Token, hypothetical: bool) -> bool:
        return (
            _in_modifier_clause(tok)
            or _time_clause(tok)
            # a possible event named in an object is no description of a participant
            # ("refused to negotiate, raising the possibility of military action")
            or (not hypothetical and _describes_argument(tok))
            or _trailing_clause(tok, triggers)
            or _gerund_content(tok, triggers)
            or _meeting_setting(tok)
            or claim_comment(tok)  # ", a charge Manila denied" (_claims)
            or _given_reason(tok)
            or (pledged and _condition_clause(tok))
        )

    hypothetical = {e.id: e.hypothetical for e in events}
    types = {e.id: e.type for e in events}
    noun_types = {tok.i: types[eid] for eid, tok in roots.items()}
    rules = {e.id: e.rule for e in events}
    flags = {
        eid: (not force_outcome(tok, noun_types) and minor(tok, hypothetical[eid]))
        or _carrier_verb(tok, rules[eid], triggers)
        for eid, tok in roots.items()
    }
    return keep_main(events, flags)


# participles that give the reason of the main clause's act ("..., saying they had helped ...")
_REASONS = frozenset({"say", "cite", "accuse", "argue", "claim", "insist"})
# the path from a trigger up through the reason's content
_REASON_PATH = frozenset(
    {"ccomp", "xcomp", "dobj", "pobj", "prep", "pcomp", "conj", "advcl", "nsubj", "nsubjpass"}
)


def _condition_clause(tok: Token) -> bool:
    """A trigger in an "if"/"unless" clause, in a sentence with a threat or promise: its condition
    ("would resume attacks on ships if Israel did not allow aid into Gaza", "could withdraw
    from the treaty if European powers reimposed sanctions"), not an event (long22)."""
    t = tok
    for _ in range(6):
        if t.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in t.children
        ):
            return True
        if t.dep_ in ("ROOT", "parataxis") or t.head == t:
            return False
        t = t.head
    return False


def _given_reason(tok: Token) -> bool:
    """A trigger inside the content of a participle of saying or citing that trails its main
    clause ("added five companies to its blacklist, saying they had helped Iran's drone
    programme"; "rejected the proposal, saying it did not guarantee an end to the war"): the
    reason given, not a second event (long22). The participle's own event (an accusation)
    is kept."""
    t = tok
    for _ in range(5):
        if t.dep_ not in _REASON_PATH or t.head == t:
            return False
        t = t.head
        if (
            t.tag_ == "VBG"
            and t.dep_ == "advcl"
            and t.i > t.head.i
            and t.lemma_.lower() in _REASONS
            and not any(c.dep_ in ("nsubj", "mark") for c in t.children)
        ):
            return True
    return False


def _carrier_verb(tok: Token, rule: str, triggers: set[int]) -> bool:
    """A verb the classifier proposed whose object is itself a coded nominal event ("Washington
    announced the suspension of aid": the suspension is the news, the announcing its carrier;
    long22). Pattern triggers keep their own reading ("held talks", "launched an attack" are
    one event already)."""
    return (
        rule.startswith("model:")
        and tok.lemma_.lower() in _CARRIERS
        and any(c.dep_ == "dobj" and c.i in triggers for c in tok.children)
    )


# verbs that make a nominal event public ("treating the raid as an SS operation" is its own)
_CARRIERS = frozenset({"announce", "order", "declare", "confirm", "unveil", "approve"})


def keep_main(events: list[Event], flags: dict[str, bool]) -> list[Event]:
    """Per sentence, the events not flagged minor; a sentence whose events are all minor
    keeps them all. In trigger order."""
    by_sentence: dict[int, list[Event]] = {}
    for e in events:
        by_sentence.setdefault(e.sentence, []).append(e)
    out: list[Event] = []
    for group in by_sentence.values():
        main = [e for e in group if not flags.get(e.id, False)]
        out.extend(main if main else group)
    return sorted(out, key=lambda e: (e.trigger.start, e.trigger.end))
