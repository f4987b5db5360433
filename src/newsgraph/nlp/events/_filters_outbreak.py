"""Event filters for outbreak and interview news (issue 10, fp25: false events on unseen real
news). Read whole, 25 GeoVirus WikiNews outbreak stories and 15 WSJ briefs (then the rest of
both sources, tune use only) coded events for routine acts of health work and reporting:

* a question asked is no request ("When asked about ...", "Dunn asked Solorio if the city ...",
  "asked the councilman, 'does the city ...?'", "Asked how the company hopes ...") and asking
  not to be named is anonymity, not a demand;
* health officials or doctors looking into cases, an outbreak or its source are no
  investigation of a wrongdoer (ACCUSE): "Officials are investigating cases in three states",
  "Health officials investigating the source of the tainted onions";
* vaccinating people or animals with no giver beyond the country's own authorities is public
  health, not aid between actors: "78 million children under five will be vaccinated",
  "finished vaccinating all 320 million birds";
* protecting a thing (health, an industry, a hygiene zone) is no protection given to a side
  (AID, CAMEO 074): "to protect the local livestock industry", "must protect the health of
  consumers", "A hygiene-security zone protected by police".

A request to act ("asked Algeria to release him", "asked for funds"), a police or prosecutor's
inquiry ("Police are investigating the poisoning") and an aid agency or a foreign giver
vaccinating ("UNICEF vaccinated ...") stay."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from newsgraph.model import Actor
from newsgraph.nlp.events._filters import harm_words
from newsgraph.nlp.events._harm_lexicon import _forms
from newsgraph.nlp.events._patterns import Pattern

_WH = frozenset({"what", "why", "how", "when", "where", "who", "whom", "whose", "which"})
_IF = frozenset({"if", "whether"})
_ANONYMOUS = frozenset({"name", "identify", "quote"})
# what a health inquiry looks into: a disease, its cases, its source (not a poisoning or a
# death, which police investigate)
_DISEASE = frozenset(
    {
        "outbreak", "epidemic", "pandemic", "virus", "flu", "influenza", "disease", "illness",
        "infection", "case", "cases", "symptom", "symptoms", "strain", "bacteria", "bacterium",
        "contamination", "cluster",
    }
)  # fmt: skip
_INQUIRERS = frozenset(
    {"doctor", "physician", "epidemiologist", "scientist", "researcher", "virologist"}
)
_HEALTH_MODIFIERS = frozenset({"health", "medical"})
_GIVER_HEADS = ("IGO", "NGO")


_POLITICAL_SECTORS = frozenset({"GOV", "LEG", "MIL", "JUD", "SPY", "OPP", "PTY", "REB", "INS"})


def _political(actor: Actor) -> bool:
    code = actor.code or ""
    if code.startswith(("IGO", "IMG")):
        return True
    if actor.sector:
        return actor.sector in _POLITICAL_SECTORS
    return len(code) == 3


def asked_question(tok: Token, pattern: Pattern, sources: Sequence[Actor]) -> bool:
    """ "ask" with a question (a clause opened by if/whether or a wh-word, an "about" phrase,
    a quoted question ending in "?") or asking not to be named: no REQUEST, unless a
    political side named as the subject asks it ("The committee asked whether Russia had
    attacked the convoy" stays a request for information, test_events_audit4)."""
    if pattern.type != "REQUEST" or tok.lemma_.lower() != "ask" or tok.pos_ != "VERB":
        return False
    for c in tok.children:  # "asked not to be named": anonymity, whoever asks it
        if c.dep_ == "xcomp" and c.lemma_.lower() in _ANONYMOUS:
            if any(g.dep_ == "neg" for g in c.children):
                return True
    if not _question(tok):
        return False
    if not any(c.dep_ == "nsubj" for c in tok.children):
        return True  # "Asked whether ...", "when asked about ...": the press asks
    return not any(_political(a) for a in sources)


def _question(tok: Token) -> bool:
    kids = list(tok.children)
    if any(c.dep_ == "prep" and c.lower_ == "about" for c in kids):
        return True
    for c in kids:
        if c.dep_ in ("ccomp", "advcl", "dep"):
            sub = list(c.subtree)
            if any(g.dep_ == "mark" and g.lower_ in _IF for g in c.children):
                return True
            if sub[0].lower_ in _WH:
                return True  # "asked how the company hopes ...", "what about ...?"
    # a quoted question the verb reports: its "?" hangs on the verb or on its clause
    return any(t.text == "?" and (t.head is tok or tok in t.ancestors) for t in tok.sent)


def _objects(tok: Token) -> list[Token]:
    objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    objs += [
        g
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ in ("into", "of")
        for g in c.children
        if g.dep_ == "pobj"
    ]
    out: list[Token] = []
    for o in objs:  # "the source of the outbreak", "cases of the virus"
        out.extend(t for t in o.subtree if t.pos_ in ("NOUN", "PROPN"))
    return out


def _inquirer(tok: Token) -> bool:
    subj = [c for c in tok.children if c.dep_ == "nsubj"]
    if tok.dep_ in ("acl", "relcl") and tok.head.pos_ in ("NOUN", "PROPN"):
        subj.append(tok.head)  # "Health officials investigating the source ..."
    if tok.dep_ == "xcomp":  # "led health officials to investigate ..."
        subj += [c for c in tok.head.children if c.dep_ == "dobj"]
    for s in subj:
        if s.lemma_.lower() in _INQUIRERS:
            return True
        if any(
            c.dep_ in ("compound", "amod") and c.lower_ in _HEALTH_MODIFIERS for c in s.children
        ):
            return True
    return False


def health_inquiry(tok: Token, pattern: Pattern) -> bool:
    """An investigation of a disease, its cases or its source, or by doctors or health
    officials, is medical work, not an accusation."""
    if pattern.type != "ACCUSE" or tok.lemma_.lower() not in ("investigate", "investigation"):
        return False
    if any(o.lemma_.lower() in _DISEASE or o.lower_ in _DISEASE for o in _objects(tok)):
        return True
    return _inquirer(tok)


def domestic_vaccination(
    tok: Token, pattern: Pattern, sources: Sequence[Actor], targets: Sequence[Actor]
) -> bool:
    """Vaccinating with no aid agency as giver and no coded side receiving it is a country's
    public health, not aid."""
    if pattern.type != "AID" or tok.lemma_.lower() not in ("vaccinate", "immunize", "immunise"):
        return False
    coded = [a.code for a in sources if a.code]
    if not coded:
        return True  # "78 million children will be vaccinated": no giver
    if any(c.startswith(_GIVER_HEADS) for c in coded):
        return False
    # a foreign side vaccinated (a country code other than the giver's) is aid
    return not any(
        a.code and len(a.code) > 3 and a.code[:3] not in {c[:3] for c in coded} for a in targets
    )


# things, not sides, that a protection can be of
_PROTECTED_THINGS = frozenset(
    {
        "health", "industry", "economy", "environment", "livestock", "crop", "business",
        "market", "supply", "wildlife", "welfare", "safety", "sector", "trade",
    }
)  # fmt: skip


def _protected(tok: Token) -> list[Token]:
    objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    if tok.dep_ in ("acl", "amod") and tok.head.pos_ in ("NOUN", "PROPN"):
        objs.append(tok.head)  # "a zone protected by police"
    return objs


def protected_thing(tok: Token, pattern: Pattern) -> bool:
    """A protection of a thing (its noun in ``_PROTECTED_THINGS``, or a noun a health word
    modifies: "hygiene-security zone") is no aid to a side."""
    if pattern.type != "AID" or tok.lemma_.lower() != "protect":
        return False
    health = harm_words().get("health", frozenset())
    for obj in _protected(tok):
        if obj.lemma_.lower() in _PROTECTED_THINGS:
            return True
        if any(_forms(t) & health for t in obj.subtree if t.i < obj.i):
            return True
    return False


# private people whose trips are no meetings: civilians, pupils and students, patients
_PRIVATE_SECTORS = frozenset({"CVL", "EDU"})
_TRIP_WORDS = frozenset({"visit", "trip", "travel", "journey", "holiday", "vacation"})


def private_trip(tok: Token, pattern: Pattern, sources: Sequence[Actor]) -> bool:
    """A trip or visit by private people (a tourist, students, "she" unresolved), where the
    infection was caught, is travel, not a meeting (CONSULT ``visit``): "a tourist visiting
    Mexico", "26 students and teachers might have been infected during their trip to Mexico".
    A visitor with a political code, or a named one, stays."""
    if pattern.type != "CONSULT" or tok.lemma_.lower() not in _TRIP_WORDS:
        return False
    if not sources or any(a.entity for a in sources):
        return False
    return all(a.code and a.code[3:] in _PRIVATE_SECTORS for a in sources)


def outbreak_no_event(
    tok: Token, pattern: Pattern, sources: Sequence[Actor], targets: Sequence[Actor]
) -> bool:
    """Whether any filter of this module vetoes the event."""
    return (
        asked_question(tok, pattern, sources)
        or health_inquiry(tok, pattern)
        or domestic_vaccination(tok, pattern, sources, targets)
        or protected_thing(tok, pattern)
        or private_trip(tok, pattern, sources)
    )
