"""Headline events for the event coder (issue 10, events in headlines).

The parse of verbless headline sentences ("ICE Arrests Over 150 in Bay Area": a plural noun
that is the verb; "Three killed in blast": a bare participle that is a passive) is repaired
before any component reads it, by the ``newsgraph_headline`` component
(:mod:`newsgraph.nlp.headline`, right after ``newsgraph_truecase``); the event coder reads the
repaired parse like every other component. What stays here is event coding:

- **"to" + verb is a planned event.** "Obama to visit Cuba", "Russia to withdraw troops": an
  event whose verb has the infinitive "to" and no governing verb (the root, or an ``acl`` of the
  root noun) in a headline sentence (:func:`newsgraph.nlp.headline.headline_sentences`) is
  flagged ``hypothetical`` and, as the manual's intention rules (``_agency.intention``) do for
  "will", cooperation is AGREE and a retreat CONCEDE.
"""

from __future__ import annotations

import dataclasses

from spacy.tokens import Doc, Span, Token

from newsgraph.model import Actor, Event, Place
from newsgraph.nlp.events._agency import _INTENT, _PRIVATE_CODES
from newsgraph.nlp.events._codes import _placed
from newsgraph.nlp.events._countries import alpha3
from newsgraph.nlp.events._harm_lexicon import harm_words
from newsgraph.nlp.events._patterns import goldstein_of, plover_quads
from newsgraph.nlp.events._retype_figurative import ARMED_CODES, code_segments
from newsgraph.nlp.headline import NOMINAL, headline_sentences, name_like, verbless
from newsgraph.nlp.headline_kicker import kicker_end

__all__ = [
    "crowd_modifier",
    "headline_events",
    "kicker_sides",
    "headline_future",
    "headline_pair",
    "headline_sentences",
    "headline_visit",
    "headline_visitor",
    "leaders_clash",
    "no_pair_meeting",
]


def _planned(tok: Token) -> bool:
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return False
    if tok.dep_ == "ROOT":
        return True
    return tok.dep_ == "acl" and tok.head.dep_ == "ROOT" and tok.head.pos_ in NOMINAL


def headline_future(doc: Doc, events: list[Event]) -> list[Event]:
    """Flag "X to <verb>" headline events as planned, retyped as the intention rules do."""
    spans = [(s.start_char, s.end_char) for s in headline_sentences(doc)]
    if not spans or not events:
        return events
    out = []
    for ev in events:
        start = ev.trigger.start
        if ev.hypothetical or not any(a <= start < b for a, b in spans):
            out.append(ev)
            continue
        tok = doc.char_span(start, ev.trigger.end, alignment_mode="expand")
        if tok is None or not _planned(tok.root):
            out.append(ev)
            continue
        if ev.type in _INTENT:
            etype, cameo = _INTENT[ev.type]
            ev = dataclasses.replace(
                ev,
                type=etype,
                mode=None,
                cameo=cameo,
                quad=plover_quads()[etype],
                goldstein=goldstein_of(cameo),
                rule=f"{ev.rule}.headline_intent",
            )
        out.append(dataclasses.replace(ev, hypothetical=True))
    return out


# how a headline counts a crowd ("Thousands rally", "Hundreds march")
_CROWD_COUNTS = frozenset({"thousands", "hundreds", "dozens", "tens", "scores", "crowds"})


def crowd_modifier(noun: Token) -> bool:
    """A headline's protest noun counted by its crowd or by a group of people before it
    ("Thousands rally", "Students protest")."""
    people = harm_words().get("people", frozenset())
    return any(
        c.i < noun.i
        and c.dep_ in ("nummod", "compound", "amod", "nmod", "nsubj")
        and (c.lower_ in _CROWD_COUNTS or (c.tag_ == "NNS" and c.lemma_.lower() in people))
        for c in noun.children
    )


def headline_pair(head: Token) -> bool:
    """A subject name right after another name and a comma, hung on the same verb: a
    headline's pair of sides ("Modi, Putin hold talks"), which the parser does not join."""
    doc = head.doc
    if head.pos_ != "PROPN" or head.i < 2 or doc[head.i - 1].text != ",":
        return False
    first = doc[head.i - 2]
    return first.pos_ == "PROPN" and first.head.i == head.head.i


# where a headline puts its visitor ("Blinken in Cairo"), and what it is there for ("for talks",
# "on a visit")
_AT_PREPS = frozenset({"in", "at"})
_FOR_PREPS = frozenset({"for", "on"})
_PLACES = frozenset({"GPE", "LOC"})


def headline_visitor(
    noun: Token, src_heads: list[Token], tgt_heads: list[Token]
) -> tuple[list[Token], list[Token]]:
    """The sides of a headline's talks, visit or summit noun: the noun's own when it has a
    source other than its modifiers; else the visitor and host of :func:`headline_visit`
    ("Ruto in Addis Ababa for AU summit": "AU" names the summit, not who came to it; the name
    is the source, the place the host). The noun's own sides when it is not so placed."""
    if any(h.head.i != noun.i or h.dep_ not in _NAMING for h in src_heads):
        return src_heads, tgt_heads
    visitor, hosts = headline_visit(noun)
    if not visitor:
        return src_heads, tgt_heads
    return visitor, [h for h in tgt_heads if h.i not in {s.i for s in src_heads}] or hosts


# how a noun's modifier names it ("AU summit", "Commonwealth summit")
_NAMING = frozenset({"compound", "nmod", "amod"})


def headline_visit(noun: Token) -> tuple[list[Token], list[Token]]:
    """A verbless headline's visitor and host: "Blinken in Cairo for talks", "Modi in
    Washington for state visit", "Scholz in Kyiv on surprise visit". The talks or visit noun
    hangs by "for" or "on" on the headline's root, the name before an "in" or "at" place; the
    name is the source (the one who travelled to consult) and the place its host, unless the
    noun names one ("for talks with Xi"). Empty lists when the noun is not so placed ("Apple
    in talks for stake": the talks are no "for" object; "Stocks rally in Asia")."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in _FOR_PREPS:
        return [], []
    root = noun.head.head
    if root.dep_ != "ROOT" or noun.head.dep_ != "prep" or root.i > noun.i:
        return [], []
    sent = root.sent
    if not any(sent.start_char == s.start_char for s in headline_sentences(noun.doc)):
        return [], []
    if not verbless([t for t in sent if not t.is_space]):
        return [], []
    if root.pos_ not in NOMINAL and not root.is_title:  # the parser tags names as it likes
        return [], []
    at = next(
        (c for c in root.children if c.dep_ == "prep" and c.lower_ in _AT_PREPS and c.i > root.i),
        None,
    )
    if at is None or at.i > noun.head.i:
        return [], []
    places = [o for o in at.children if o.dep_ == "pobj" and o.ent_type_ in _PLACES]
    return ([root], places) if places else ([], [])


# a contest two named players meet in ("Nadal, Djokovic meet in final", "clash in semi-final")
_CONTESTS = frozenset(
    {
        "final",
        "finals",
        "semifinal",
        "quarterfinal",
        "match",
        "derby",
        "showdown",
        "rematch",
        "tournament",
        "championship",
        "cup",
        "league",
        "title",
        "game",
    }
)


# verbs of two sides facing each other that a contest makes a game ("Federer, Murray clash in
# semi-final"); political pairs keep them ("Putin, Erdogan clash over Syria")
_FACE_OFFS = frozenset({"clash", "face", "battle", "square"})


def _contest(t: Token) -> bool:
    """A contest word: a common noun or adjective of :data:`_CONTESTS`, or the "Open" ending a
    tournament's name ("Australian Open")."""
    if t.pos_ == "PROPN":
        return t.lower_ == "open" and t.i > t.sent.start and t.doc[t.i - 1].is_title
    return t.lemma_.lower() in _CONTESTS


def _name_pair(verb: Token) -> bool:
    """The verb's subject is two names a comma joins ("Modi, Sharif talk"): a name subject
    with a name conjunct after a comma, or a name subject right after another name and a comma
    (:func:`headline_pair`)."""
    for subj in verb.children:
        if subj.dep_ != "nsubj" or not name_like(subj):
            continue
        if headline_pair(subj):
            return True
        if any(
            c.dep_ == "conj" and name_like(c) and subj.doc[c.i - 1].text == ","
            for c in subj.children
        ):
            return True
    return False


def _political_side(ev: Event) -> bool:
    """An actor the coder codes as other than a private person or body."""
    return any(
        a.code and a.code[-3:] not in _PRIVATE_CODES and (a.sector or "") not in _PRIVATE_CODES
        for a in (*ev.sources, *ev.targets)
    )


def no_pair_meeting(doc: Doc, events: list[Event]) -> list[Event]:
    """Drop a headline's meeting of two names a comma joins that is no political event: they
    meet in a contest ("Nadal, Djokovic meet in final", "Federer, Murray meet in semi-final"),
    or neither is coded as a political side ("Messi, Neymar meet again": both uncoded or
    private). "Modi, Putin hold talks in Moscow" and "Erdogan, Aliyev meet in Nakhchivan" (one
    side coded, no contest) stay."""
    spans = [(s.start_char, s.end_char) for s in headline_sentences(doc)]
    if not spans or not events:
        return events
    out = []
    for ev in events:
        start = ev.trigger.start
        if not any(a <= start < b for a, b in spans):
            out.append(ev)
            continue
        tok = doc.char_span(start, ev.trigger.end, alignment_mode="expand")
        verb = tok.root if tok is not None else None
        meeting = ev.type == "CONSULT"
        if verb is None or verb.pos_ != "VERB" or not (meeting or verb.lemma_ in _FACE_OFFS):
            out.append(ev)
            continue
        if not _name_pair(verb):
            out.append(ev)
            continue
        contest = any(_contest(t) for t in verb.sent)
        if contest or (meeting and not _political_side(ev)):
            continue
        out.append(leaders_clash(verb, ev) or ev)
    return out


# the clash rules whose verb two leaders' headline makes a dispute in words
_CLASH_RULES = ("assault.clash",)
# sectors of a leader or political body (no armed one: ARMED_CODES)
_LEADER_CODES = frozenset({"GOV", "ELI", "LEG", "PTY", "OPP", "JUD", "IGO"})
# prepositions (or particles) of the issue disputed: "clash over Syria"
_ISSUE_WORDS = frozenset({"over", "on", "about"})


def _leader(actor: Actor) -> bool:
    """A side coded as a political person or body (no armed sector, no bare state)."""
    segs = code_segments(actor.code or "")
    return bool(segs & _LEADER_CODES) and not segs & ARMED_CODES


def leaders_clash(verb: Token, ev: Event) -> Event | None:
    """Two leaders' names a comma joins that "clash" in a headline ("Putin, Erdogan clash over
    Syria", "Scholz, Macron clash over nuclear power"): a dispute in words, ACCUSE
    ``disapprove`` as a clash of political sides in words is coded (_retype_clash), whatever
    the issue is (a killing, power), and the first name the source, the second its target as
    a headline pair meeting is coded; the issue ("over migrants") is no side. None when a side
    is armed or a bare state ("Hamas, Fatah clash in Gaza", "India, Pakistan clash") or uncoded."""
    if not ev.rule.startswith(_CLASH_RULES) or ev.type not in ("ASSAULT", "ACCUSE"):
        return None
    issue = [
        (c.left_edge.idx, c.right_edge.idx + len(c.right_edge))
        for c in verb.children
        if c.dep_ in ("prep", "prt") and c.lower_ in _ISSUE_WORDS
    ]
    targets = [
        a
        for a in ev.targets
        if a.span is None or not any(lo <= a.span.start < hi for lo, hi in issue)
    ]
    sides = [*ev.sources, *targets]
    if len(sides) < 2 or not all(_leader(a) for a in sides):
        return None
    first = ev.sources[0] if ev.sources else sides[0]
    ev = dataclasses.replace(ev, sources=[first], targets=[a for a in sides if a is not first])
    if ev.type == "ASSAULT":
        ev = dataclasses.replace(
            ev,
            type="ACCUSE",
            mode="disapprove",
            cameo="111",
            quad=plover_quads()["ACCUSE"],
            goldstein=goldstein_of("111"),
            rule=f"{ev.rule}.verbal",
            context=[],
        )
    return ev


def headline_events(doc: Doc, events: list[Event]) -> list[Event]:
    """The coder's headline passes, in order: sport and leaders' pairs
    (:func:`no_pair_meeting`), the kicker's country (:func:`kicker_sides`), planned events
    (:func:`headline_future`)."""
    return headline_future(doc, kicker_sides(doc, no_pair_meeting(doc, events)))


def _kicker_country(doc: Doc, sent: Span) -> Place | None:
    """The country a headline's kicker names ("Kenya: Police arrest 40 protesters"), the kicker
    in the sentence or, split off by the parser, the sentence before it; None when it has none
    or names no one country."""
    words = [t for t in sent if not t.is_space]
    k = kicker_end(words)
    if k:
        lo, hi = words[0].idx, words[k].idx
    elif sent.start > 0:
        before = [t for t in doc[sent.start - 1].sent if not t.is_space]
        if kicker_end(before + words) != len(before) - 1:
            return None
        lo, hi = before[0].idx, before[-1].idx
    else:
        return None
    countries = [
        p
        for p in doc._.ng_places or []
        if p.feature == "country" and lo <= p.span.start < hi and alpha3(p.country_code)
    ]
    return countries[0] if len(countries) == 1 else None


# acts on people or places whose side a place named in the verb's phrase is, by PETRARCH's
# convention ("Gangs torch homes in Haiti" HTICRM -> HTI); a kicker names that place
_STRUCK_TYPES = frozenset({"ASSAULT", "COERCE"})


def _homed(actor: Actor, home: str) -> Actor:
    """A group coded with no country ("COP", "OPP") placed in ``home``."""
    if actor.country or not actor.code or _placed(actor.code):
        return actor
    sector = actor.sector or actor.code[:3]
    return Actor(actor.entity, actor.span, home + actor.code, home, sector, actor.name)


def kicker_sides(doc: Doc, events: list[Event]) -> list[Event]:
    """The sides of a headline under a country kicker that are bare groups (police,
    protesters, gunmen: coded with no country) are of the kicker's country, the country the
    story is set in ("Kenya: Police arrest 40 protesters" KENCOP -> KENOPP, as "Kenyan police
    arrest 40 protesters"); a side with a country of its own keeps it ("Ukraine: Russian jets
    bomb Kharkiv" RUSMIL). An attack or a coercion a verb names with no coded target is on the
    kicker's country, as it is on a country named in the verb's phrase ("Haiti: Gangs torch
    homes" HTICRM -> HTI, as "Gangs torch homes in Haiti")."""
    heads = {s.start: s for s in headline_sentences(doc)}
    if not heads or not events:
        return events
    out = []
    for ev in events:
        tok = doc.char_span(ev.trigger.start, ev.trigger.end, alignment_mode="expand")
        sent = tok.sent if tok is not None else None
        place = _kicker_country(doc, sent) if sent is not None and sent.start in heads else None
        home = alpha3(place.country_code) if place is not None else None
        if tok is None or place is None or home is None:
            out.append(ev)
            continue
        targets = [_homed(a, home) for a in ev.targets]
        if (
            ev.type in _STRUCK_TYPES
            and tok.root.pos_ == "VERB"
            and not any(a.code for a in targets)
        ):
            targets.append(Actor(_entity_at(doc, place), place.span, home, home, None, place.name))
        sources = [_homed(a, home) for a in ev.sources]
        out.append(dataclasses.replace(ev, sources=sources, targets=targets))
    return out


def _entity_at(doc: Doc, place: Place) -> str | None:
    """The id of the entity a place's words are a mention of."""
    for ent in doc._.ng_entities or []:
        if any(m.start == place.span.start for m in ent.mentions):
            return str(ent.id)
    return None
