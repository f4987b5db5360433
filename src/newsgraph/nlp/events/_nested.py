"""Events inside other events: a nominal trigger that is what a verbal event is about
("promised aid"), a verb's object that is itself a nominal event standing for its source
("condemned an attack by X"), events that only describe a participant or the setting of
another (relative clauses, "after her meeting with Obama"), and hypothetical events that are
the content of a threat, request or promise (coded as that event)."""

from __future__ import annotations

import dataclasses

from spacy.tokens import Doc, Token

from newsgraph.model import Event
from newsgraph.nlp.events._attack_sites import sited
from newsgraph.nlp.events._called_for import requested_act
from newsgraph.nlp.events._claims import claim_comment
from newsgraph.nlp.events._main_event import force_outcome, keep_main, trigger_roots
from newsgraph.nlp.events._patterns import Pattern, PatternIndex, goldstein_of, plover_quads
from newsgraph.nlp.events._property_violence import appealed_over
from newsgraph.nlp.events._pushed import pushed_thing
from newsgraph.nlp.events._roles import governing_verb, noun_roles


def _nominal_targets(index: PatternIndex, heads: list[Token]) -> list[Token]:
    """Targets of a verb, where an object that is itself a nominal event with its own source
    stands for that source ("condemned an attack by X": X is the target)."""
    out: list[Token] = []
    for h in heads:
        m = index.match(h) if h.dep_ == "dobj" else None
        own = noun_roles(h, m[0], inherit=False)[0] if m is not None and m[0].pos == "N" else []
        out.extend(t for t in own or [h] if t not in out)
    return out


# a punishment or detention its subject receives, serves or faces is itself the news, whatever
# the verb ("received", "was given", "is serving") may trigger on its own
_PUNISHMENTS = frozenset({"SANCTION", "COERCE"})
_UNDERGONE = frozenset({"receive", "get", "give", "serve", "face", "hand"})


def _subsumed(noun: Token, pattern: Pattern, verbal: dict[int, str]) -> bool:
    """A nominal trigger with no actor of its own inside the object of a verbal trigger is
    what that event is about ("promised aid", "postponed their meeting", "condemned the
    attacks on embassies", "accused Iran of a role in the attacks"), not an event."""
    if appealed_over(noun, pattern.type):  # "seeks help over grave vandalism" (acled30)
        return False
    gov = governing_verb(noun)
    if pushed_thing(noun, gov):  # "pushing urgent peace talks": what is pushed (acled33)
        return False
    if gov is not None and (
        verbal.get(gov.i) == "REQUEST"
        or (pattern.type == "REQUEST" and verbal.get(gov.i) in _ANSWERS)
    ):
        # "requested French military assistance": what is asked for, whoever would give it;
        # "bowed to the protesters' demands", "rejected the opposition's demands"
        return True
    if noun.dep_ == "nsubjpass" and verbal.get(noun.head.i) == "REQUEST":
        return True  # "his extradition has been requested": what is asked for, in the passive
    if noun_roles(noun, pattern, inherit=False)[0] or sited(noun, pattern):
        return False  # its own doer, or a named attack ("blamed the Paris attacks on ISIS")
    if _attack_in_harm(noun, pattern, gov, verbal):
        return False
    if gov is not None and pattern.type in _PUNISHMENTS and gov.lemma_.lower() in _UNDERGONE:
        return False  # "received a three-year prison sentence": the news, not what was received
    if gov is not None and gov.i in verbal:
        return True
    tok = noun
    for _ in range(6):
        if tok.dep_ not in _ARGUMENT_PATH | _CONTENT_PATH or tok.head == tok:
            return False
        clause = tok.dep_ in ("xcomp", "ccomp")
        tok = tok.head
        if tok.i in verbal and (not clause or verbal[tok.i] in _CONTENT_TYPES):
            return True
    return False


def _attack_in_harm(
    noun: Token, pattern: Pattern, gov: Token | None, verbal: dict[int, str]
) -> bool:
    """An attack noun with its own target that is where harm was done ("the dead and injured
    in the bombings of the U.S. Embassies"): the attack is the event, the harm is absorbed
    into it (:func:`_absorbed_harm`), not the other way round."""
    if pattern.type != "ASSAULT" or gov is None or verbal.get(gov.i) != "ASSAULT":
        return False
    if noun.dep_ != "pobj" or noun.head.lower_ != "in":
        return False
    return any(
        c.dep_ == "prep"
        and c.lower_ in _ATTACK_OBJECT
        and any(g.dep_ == "pobj" for g in c.children)
        for c in noun.children
    )


# prepositions naming what an attack noun was aimed at
_ATTACK_OBJECT = frozenset({"of", "on", "against"})


# answers to a demand: the demand they answer, even with its own actor, is their topic
_ANSWERS = frozenset({"CONCEDE", "REJECT"})


# types whose clause complement is their content ("demanded [the White House impose
# sanctions]", "threatened [to charge him]"): events inside it are not separate events
_CONTENT_TYPES = frozenset({"REQUEST", "THREATEN", "AGREE", "REJECT", "ACCUSE"})


# relations from a nominal trigger up to the verb whose argument it is part of
_ARGUMENT_PATH = frozenset({"dobj", "pobj", "prep", "pcomp", "compound", "conj", "appos"})
# relations through which an event is the content of a governing event ("threatened to
# charge him", "urged Iran to withdraw", "pledged to impose sanctions")
_CONTENT_PATH = frozenset({"xcomp", "ccomp", "dobj", "pobj", "prep", "pcomp", "conj", "advcl"})


# prepositions whose nominal object is the setting of the news, not news itself ("after her
# meeting with Obama", "at the NATO summit", "during protests")
_SETTING = frozenset({"after", "before", "during", "at", "since", "following", "amid", "until"})
# the setting prepositions of a long wire sentence's background, also through a measure noun
# ("after weeks of protests by farmers", "despite repeated attacks on its convoys"; long22)
_BACKGROUND = _SETTING | {"despite"}


def _secondary(doc: Doc, events: list[Event]) -> list[Event]:
    """Drop events that only describe a participant or the setting of another event in the
    same sentence: triggers inside relative and participial clauses ("the blasts which
    killed scores", "demonstrators who were protesting") and nominal triggers in setting
    phrases ("after her meeting with Obama"). A sentence keeps its main-clause events."""
    if len(events) < 2:
        return events
    events = _absorbed_harm(doc, events)
    roots = trigger_roots(doc, events)
    types = {e.id: e.type for e in events}
    noun_types = {tok.i: types[eid] for eid, tok in roots.items()}

    def minor(tok: Token) -> bool:
        if force_outcome(tok, noun_types):
            return False
        if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ == "pobj" and tok.head.lower_ in _SETTING:
            return True
        if _background_phrase(tok) or _statement_setting(tok) or _earlier_accord(tok):
            return True
        if _investigated(tok):
            return True
        # "after touring the capital and meeting police leaders, the FBI chief said ...": a
        # gerund (or its coordinate) under a setting preposition fronted before its clause is
        # the setting too ("deliberated ... before convicting Webb" is news)
        g = tok.head if tok.dep_ == "conj" and tok.tag_ == "VBG" else tok
        if g.tag_ == "VBG" and g.dep_ == "pcomp" and g.head.lower_ in _SETTING:
            if g.head.i < g.head.head.i:
                return True
        t = tok
        for _ in range(6):
            if t.dep_ in ("relcl", "acl"):
                return True
            if t.dep_ == "advcl" and _long_after(t):
                return True
            if t.dep_ in ("ccomp", "ROOT", "parataxis") or t.head == t:
                return False
            t = t.head
        return False

    flags = {eid: minor(tok) for eid, tok in roots.items()}
    return keep_main(events, flags)


# nouns of an inquiry: what they go "into" is the matter investigated (real24)
_INQUIRIES = frozenset({"investigation", "probe", "inquiry", "enquiry"})


def _investigated(tok: Token) -> bool:
    """A nominal trigger that is what an investigation goes into ("opened an investigation
    into the bombing", "ordered investigations into the killings", where the parser hangs
    "into" on the verb): the matter investigated, not a second event whose source is the
    investigator (real24)."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ != "pobj" or tok.head.lower_ != "into":
        return False
    head = tok.head.head
    if head.lemma_.lower() in _INQUIRIES:
        return True
    return any(c.dep_ == "dobj" and c.lemma_.lower() in _INQUIRIES for c in head.children)


def _background_phrase(tok: Token) -> bool:
    """A nominal trigger under "despite", the "of" object of the noun a setting preposition
    governs ("after weeks of protests by farmers, the government dropped the plan"), or of the
    series a "latest" act belongs to ("..., the latest in a series of expulsions"): the
    background of the clause (long22)."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ != "pobj":
        return False
    prep = tok.head
    if prep.lower_ == "despite":
        return True
    if prep.lower_ != "of" or prep.head.dep_ != "pobj":
        return False
    series = prep.head  # "the latest in a series of tit-for-tat expulsions"
    if series.lemma_.lower() in _SERIES and series.head.head.lower_ == "latest":
        return True
    return prep.head.head.lower_ in _BACKGROUND


# the words of a series that a "latest" act belongs to ("the latest in a series of detentions")
_SERIES = frozenset({"series", "wave", "string", "spate", "round"})
# days that date an accord as this news's ("the accord signed in Doha on Saturday")
_RECENT = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday today yesterday tonight".split()
)


def _earlier_accord(tok: Token) -> bool:
    """An accord under which the main act is done, signed or brokered before ("withdrawing
    from Mekelle under a deal signed last month", "left their positions under a deal brokered
    by the IAEA"): the act is the news (long22). An accord signed on a named day is news of
    its own ("Under the accord signed in Doha on Saturday, the United States will withdraw")."""
    if tok.pos_ != "NOUN" or tok.dep_ != "pobj" or tok.head.lower_ != "under":
        return False
    made = [c for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    return bool(made) and not any(t.lower_ in _RECENT for c in made for t in c.subtree)


def _statement_setting(tok: Token) -> bool:
    """A gerund under a setting preposition of a verb of saying ("said on Tuesday after meeting
    Zelenskiy in Berlin", "said ... after meeting the president in Colombo"): where the
    statement was made; what was said is the news (long22)."""
    g = tok.head if tok.dep_ == "conj" and tok.tag_ == "VBG" else tok
    if g.tag_ != "VBG" or g.dep_ != "pcomp" or g.head.lower_ not in _SETTING:
        return False
    return g.head.head.lemma_.lower() in _SAY_VERBS


_SAY_VERBS = frozenset({"say", "tell", "write", "add"})


def _absorbed_harm(doc: Doc, events: list[Event]) -> list[Event]:
    """Drop harm whose setting is a coded attack noun with a target ("the dead and injured in
    the bombings of the U.S. Embassies"): the attack, with its target, is the event (see
    :func:`_subsumed`); "killed in the army's attack" keeps its victims."""
    roots = trigger_roots(doc, events)
    types = {e.id: e.type for e in events}
    aimed = {e.id for e in events if e.targets}
    attacks = {
        tok.i
        for eid, tok in roots.items()
        if types[eid] == "ASSAULT" and tok.pos_ == "NOUN" and eid in aimed
    }
    drop = {
        eid
        for eid, tok in roots.items()
        if tok.i not in attacks and any(_harm_setting(tok, a) for a in (doc[i] for i in attacks))
    }
    kept = [e for e in events if e.id not in drop or types[e.id] != "ASSAULT"]
    return [e for e in kept if not _told_again(e, roots, kept)]


def _told_again(e: Event, roots: dict[str, Token], events: list[Event]) -> bool:
    """An attack noun with a source and no target beside a verbal attack in its sentence by
    the same side that names whom it hit ("rocked by a terrorist attack, when suicide bombers
    killed 130 people"): the same attack told twice; the verb, with its victims, stays. So is
    such a noun inside the verb's own source ("A US drone strike killed a senior al-Qaeda
    leader", "Saudi-led air strikes killed 20 civilians"), whoever the noun names or not."""
    tok = roots.get(e.id)
    if tok is None or tok.pos_ != "NOUN" or e.type != "ASSAULT":
        return False
    if e.targets:  # "Russian air strikes pounded Kharkiv": the noun took the verb's object
        return any(
            o is not e
            and o.type == "ASSAULT"
            and o.id in roots
            and roots[o.id].pos_ == "VERB"
            and tok.head.i == roots[o.id].i
            and {a.span.start for a in e.targets} <= {a.span.start for a in o.targets}
            for o in events
        )
    codes = {a.code for a in e.sources if a.code}
    return any(
        o is not e
        and o.type == "ASSAULT"
        and o.sentence == e.sentence
        and o.targets
        and o.id in roots
        and roots[o.id].pos_ == "VERB"
        and (
            (e.sources and codes & {a.code for a in o.sources})
            or any(a.span.start <= tok.idx < a.span.end for a in o.sources)
        )
        for o in events
    )


def _harm_setting(harm: Token, attack: Token) -> bool:
    """Whether ``attack`` is the "in" object of ``harm`` (or of a word it is conjoined to)."""
    if attack.dep_ != "pobj" or attack.head.lower_ != "in":
        return False
    host = attack.head.head
    return (
        host == harm
        or (host.dep_ == "conj" and host.head == harm)
        or (harm.dep_ == "conj" and harm.head == host)
    )


_TIME_UNITS = frozenset({"year", "years", "month", "months", "decade", "decades", "week", "weeks"})


def _long_after(clause: Token) -> bool:
    """A time clause that dates something long before the news ("visited the White House
    six years *after she was released*", "two decades since it was signed"): background."""
    if not any(c.dep_ == "mark" and c.lower_ in ("after", "since") for c in clause.children):
        return False
    return any(c.dep_ == "npadvmod" and c.lower_ in _TIME_UNITS for c in clause.children)


def _content_events(doc: Doc, events: list[Event]) -> list[Event]:
    """Drop hypothetical events that are only the content of another event in the same
    sentence: what was threatened, requested, promised, offered or refused is coded as that
    event (its PLOVER type), not as a second event that did not happen."""
    by_token: dict[int, Event] = {}
    for e in events:
        span_ = doc.char_span(e.trigger.start, e.trigger.end, alignment_mode="expand")
        if span_ is not None:
            for t in span_:
                by_token[t.i] = e
    out: list[Event] = []
    threats: dict[str, Event] = {}
    for e in events:
        span_ = doc.char_span(e.trigger.start, e.trigger.end, alignment_mode="expand")
        if span_ is not None and _agreed_meeting(e, span_.root, by_token):
            continue  # "arranged talks between X and Y for tomorrow": the AGREE is the event
        if span_ is None:
            out.append(e)
            continue
        if not e.hypothetical:
            if not _clause_content(span_.root, by_token, e) and not requested_act(
                span_.root, by_token, e
            ):
                out.append(e)  # not what a request asked for ("called for him to resign")
            continue
        tok = span_.root
        inner = False
        for _ in range(4):
            if tok.dep_ not in _CONTENT_PATH or tok.head == tok:
                break
            tok = tok.head
            other = by_token.get(tok.i)
            if other is not None and other is not e and not other.hypothetical:
                inner = True
                if (
                    other.type == "AGREE"
                    and e.quad == 4
                    and not e.negated  # "agreed not to use force": a promise (long22)
                    and not _assistance(e, span_.root)
                ):
                    threats[other.id] = e  # "vowed to block any attempt": a threat
                elif (
                    other.type == "REQUEST" and e.type == "THREATEN" and e.rule.endswith(".threat")
                ):
                    threats[other.id] = e  # "called for cutting off aid if they do not stop"
                break
        if not inner:
            out.append(e)
    out = [e for e in out if not _protest_demand(doc, e, by_token)]
    return [_as_threat(e, threats[e.id]) if e.id in threats else e for e in out]


# clauses that continue a protest: its purpose, a conjoined act, a clause of manner or time
_PROTEST_CLAUSES = frozenset({"advcl", "xcomp", "conj", "acl", "relcl"})


def _protest_demand(doc: Doc, e: Event, by_token: dict[int, Event]) -> bool:
    """A demand made in a clause of a protest is what the protest is for ("protesters
    occupied the airports to press for constitutional change", "rioters looted shops and
    demanded the president's resignation", "protests broke out as crowds demanded an end to
    the monarchy"): PROTEST is the event (CAMEO 141x-145x: demonstrate *for* a change)."""
    if e.type != "REQUEST":
        return False
    span_ = doc.char_span(e.trigger.start, e.trigger.end, alignment_mode="expand")
    if span_ is None:
        return False
    t = span_.root
    for _ in range(2):
        if t.dep_ not in _PROTEST_CLAUSES or t.head == t:
            return False
        t = t.head
        for u in (t, *(c for c in t.children if c.dep_ in ("nsubj", "nsubjpass"))):
            other = by_token.get(u.i)
            if other is not None and other is not e and other.type == "PROTEST":
                return True
    return False


# events whose clause complement is what was asked, refused or offered: what is in it has
# not happened, whether or not the clause has a modal ("demanded that the United States
# extradite the cleric", "refused to let troops use its territory to invade Iraq", "was ready
# to cooperate with Saudi Arabia")
_ASKED = frozenset({"REQUEST", "REJECT", "AGREE"})


def _clause_content(tok: Token, by_token: dict[int, Event], e: Event) -> bool:
    """Whether an event stands in the clause complement (``xcomp``/``ccomp``, then up through
    further clauses and their arguments) of a request, refusal or offer (:data:`_ASKED`)."""
    if tok.dep_ not in ("xcomp", "ccomp"):
        return False
    other = _governing_event(tok, by_token, e)
    if other is None or other.hypothetical or other.type not in _ASKED:
        return False
    gov = _trigger_root(tok.doc, other)
    if gov is not None and claim_comment(gov):
        return False  # "accused Manila of ramming a vessel, a charge Manila denied" (_claims)
    # what is offered is cooperation ("ready to cooperate"); a summons in an invitation is its
    # own request ("invited them to appear before the command")
    return other.type != "AGREE" or e.type in _OFFERED


def _trigger_root(doc: Doc, e: Event) -> Token | None:
    """The syntactic head of an event's trigger."""
    span_ = doc.char_span(e.trigger.start, e.trigger.end, alignment_mode="expand")
    return span_.root if span_ is not None else None


def _governing_event(tok: Token, by_token: dict[int, Event], e: Event) -> Event | None:
    """The nearest other event up the clause-content path from ``tok`` (four steps at most,
    through :data:`_CONTENT_PATH` dependencies), or None."""
    t = tok
    for _ in range(4):
        if t.dep_ not in _CONTENT_PATH or t.head == t:
            return None
        t = t.head
        other = by_token.get(t.i)
        if other is not None and other is not e:
            return other
    return None


_OFFERED = frozenset({"COOPERATE", "AID", "CONCEDE", "RETREAT", "CONSULT", "SUPPORT"})


_SENDING = frozenset({"send", "deploy", "dispatch", "supply", "provide", "deliver", "ship"})


def _assistance(e: Event, tok: Token) -> bool:
    """Forces or arms promised *to* someone ("pledged to send helicopters to Mali's army",
    "promised to deploy troops to Estonia"): military aid offered (CAMEO 0332/0334, AGREE), not
    a show of force threatened."""
    if e.type != "MOBILIZE" or tok.lemma_.lower() not in _SENDING:
        return False
    return any(
        c.dep_ in ("prep", "dative")
        and c.lower_ == "to"
        and any(g.dep_ == "pobj" for g in c.children)
        for c in tok.children
    ) or any(a.code for a in e.targets)


def _agreed_meeting(e: Event, tok: Token, by_token: dict[int, Event]) -> bool:
    """A meeting that is what an AGREE event agrees, arranges, proposes or promises
    ("committed the two countries to negotiate", "arranged emergency talks for tomorrow",
    "indicated its interest in resuming talks"): the talks have not happened (PLOVER: an
    agreed future meeting is AGREE), so they are no CONSULT of their own."""
    if e.type != "CONSULT":
        return False
    other = _governing_event(tok, by_token, e)
    return other is not None and other.type == "AGREE"


def _as_threat(promise: Event, content: Event) -> Event:
    """A promise whose content is force, coercion or protest is a threat (PLOVER THREATEN)."""
    return dataclasses.replace(
        promise,
        type="THREATEN",
        quad=plover_quads()["THREATEN"],
        cameo="138" if content.type == "ASSAULT" else "130",
        mode=None,
        rule=f"{promise.rule}.threat",
        goldstein=goldstein_of("138" if content.type == "ASSAULT" else "130"),
    )
