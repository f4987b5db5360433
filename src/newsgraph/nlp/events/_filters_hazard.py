"""Event filters for accidents, disasters and mourning (issue 10, "no events where there are
none", third pass): harm suffered *in* an accident, a vigil for the dead of an accident or a
disaster, and appeals, relief and deployments after an accident by no political actor are no
political events. The words are in ``resources/events/event_harm.tsv`` (kinds ``accident``,
``burst``, ``mourning``, ``grievance`` and the disaster kinds); none names a sentence.

Natural disasters' responses are :func:`newsgraph.nlp.events._filters.disaster_response`; harm
continuing or timed by an accident is :func:`newsgraph.nlp.events._filters.harm_ok`."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span, Token

from newsgraph.model import Actor
from newsgraph.nlp.events._disasters import disaster_no_event
from newsgraph.nlp.events._filters import harm_words
from newsgraph.nlp.events._filters_outbreak import outbreak_no_event
from newsgraph.nlp.events._harm_lexicon import _forms
from newsgraph.nlp.events._patterns import Pattern

_HARM_TYPES = frozenset({"ASSAULT"})
# prepositions that name what the harm happened in or came from ("killed in the crash",
# "injured during the stampede", "died from burns in the fire"); "by" is the passive's agent
_SETTING_PREPS = frozenset({"in", "during", "from", "by", "after"})
# force words that are the harm itself, not a sign of an attacker ("killed", "wounded")
_HARM_VERBS = frozenset(
    {"kill", "killed", "wound", "wounded", "injure", "injured", "fire", "strike"}
)
# an appeal, relief or deployment after an accident by no political actor
_RESPONSE_TYPES = frozenset({"REQUEST", "AID", "MOBILIZE"})
# sectors and code heads that make an actor political; police answering an accident are its
# emergency service ("police appealed for witnesses to the crash")
_POLITICAL_SECTORS = frozenset({"GOV", "LEG", "MIL", "JUD", "SPY", "OPP", "PTY", "REB", "INS"})
_POLITICAL_HEADS = ("IGO", "IMG")
_MOURNED_TYPES = frozenset({"PROTEST"})


def _words(*kinds: str) -> frozenset[str]:
    words = harm_words()
    return frozenset().union(*(words.get(k, frozenset()) for k in kinds))


def _hostile(sent: Span, *, strict: bool) -> bool:
    """Whether a sentence names a weapon or an armed conflict (event_harm.tsv: weapon,
    conflict) or calls harm deliberate (:data:`_INTENT`); ``strict`` also counts armed forces
    and arms (force), but not the harm words themselves ("killed", "injured")."""
    kinds = ("weapon", "conflict", "force") if strict else ("weapon", "conflict")
    hostile = _words(*kinds) - _HARM_VERBS
    if any(t.lower_ in _INTENT for t in sent):
        return True  # "an explosion that the mayor described as an intentional act"
    return any(_forms(t) & hostile for t in sent if t.pos_ in ("NOUN", "PROPN", "VERB"))


# words that call harm deliberate: an explosion or fire so called is an attack, no accident
_INTENT = frozenset(
    "intentional intentionally deliberate deliberately arson arsonist arsonists sabotage "
    "terror terrorism".split()
)


def _accident_noun(tok: Token) -> bool:
    """A noun that names an accident or a disaster ("crash", "collision", "stampede", "flood";
    event_harm.tsv: accident, natural, disaster, hazard) or, in a sentence with no weapon,
    conflict or armed force, a blast or fire ("explosion", "blaze"; kind burst)."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    forms = _forms(tok)
    if forms & _words("burst"):  # before the hazard words, which hold "fire" too
        return not _hostile(tok.sent, strict=True)
    if forms & _words("accident", "natural", "disaster", "hazard"):
        return not _hostile(tok.sent, strict=False)
    return False


def _setting_nouns(tok: Token) -> list[Token]:
    """The nouns of the trigger's setting phrases ("killed [in a bus crash]", "hurt [during the
    stampede at the stadium]"): the object of an in/during/from/by/after preposition on the
    trigger and the nouns compounded on it."""
    out: list[Token] = []
    for prep in tok.children:
        if prep.dep_ not in ("prep", "agent") or prep.lower_ not in _SETTING_PREPS:
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            out.append(obj)
            out.extend(c for c in obj.children if c.dep_ in ("compound", "amod", "nmod"))
    return out


# blasts that, as the agent of harm to people, stand for an attacker unless an accident is
# named ("injured by an explosion in a crowded market"); a fire or a leak stays an accident
_BLASTS = frozenset({"explosion", "blast", "detonation"})


def _works_place(head: Token) -> bool:
    """Whether an at/in/inside/near phrase on ``head`` names a works or works-modified place
    ("at a fireworks factory", "at a gas station"; event_harm.tsv: works, works_modifier)."""
    industrial, works = _words("works_modifier"), _words("works")
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("at", "in", "inside", "near"):
            continue
        for place in (g for g in prep.children if g.dep_ == "pobj"):
            mods = [c for c in place.children if c.dep_ in ("compound", "amod", "nmod")]
            if _forms(place) & works or any(_forms(m) & (industrial | works) for m in mods):
                return True
    return False


def _attacking_blast(agent: Token, trigger: Token | None = None) -> bool:
    """A passive's agent (or, given the ``trigger``, a noun of its setting phrase) that is an
    explosion with no accident named, as its active subject would be ("an explosion injured 20
    people" is coded as an attack): no industrial or works modifier ("a gas explosion", "a
    pipeline explosion"), no works or works-modified place on it or on the trigger ("at a
    fireworks factory", "at a gas station") and no accident, mishap or accident cause in the
    sentence ("when a tanker crashed", "caused by an electrical fault"; event_harm.tsv: works,
    works_modifier, accident, mishap, blast_cause)."""
    if agent.lemma_.lower() not in _BLASTS:
        return False
    industrial = _words("works_modifier", "works")
    if any(
        c.dep_ in ("compound", "amod", "nmod") and _forms(c) & industrial for c in agent.children
    ):
        return False
    if _works_place(agent) or (trigger is not None and _works_place(trigger)):
        return False
    accidents, mishaps = _words("accident", "blast_cause"), _words("mishap")
    return not any(
        (_forms(t) & accidents and t.pos_ in ("NOUN", "PROPN") and not _targeted_workers(t))
        or (t.lemma_.lower() in mishaps and t.pos_ == "VERB")
        for t in agent.sent
    )


_WORKERS = frozenset({"worker", "workman", "labourer", "laborer"})


def _targeted_workers(tok: Token) -> bool:
    """Workers named by a mission that attacks target ("aid workers", "polio workers",
    "election workers"; event_harm.tsv: targeted_work): victims of an attack, not workers at
    their works ("the workers killed in the blast" at a plant stay an accident cue)."""
    return tok.lemma_.lower() in _WORKERS and any(
        c.dep_ in ("compound", "amod", "nmod") and _forms(c) & _words("targeted_work")
        for c in tok.children
    )


def harm_in_accident(tok: Token, pattern: Pattern) -> bool:
    """Harm suffered in an accident or a disaster, not an attack: a violence trigger with no
    subject and no agent of its own (a source the roles carried over from the main clause does
    not count: "Mourners held a vigil for the miners killed in ...") whose setting phrase
    names an accident ("the families of the workers killed in the
    blast", "two climbers were injured in an avalanche", "hurt during the stampede"), in a
    sentence that names no weapon or armed conflict (for a blast or fire: no armed force
    either, "three soldiers were killed in the explosion" stays)."""
    if pattern.type not in _HARM_TYPES or any(c.dep_ == "nsubj" for c in tok.children):
        return False
    agents = [g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if not all(_accident_noun(g) and not _attacking_blast(g) for g in agents):
        return False  # "killed in the crash by a drunk driver": someone did it
    setting = _setting_nouns(tok)
    if any(_attacking_blast(n, tok) for n in setting):
        return False  # "three people were killed in a blast in Kabul": an attack
    return any(_accident_noun(n) for n in setting)


def _political(actor: Actor) -> bool:
    code = actor.code or ""
    if code.startswith(_POLITICAL_HEADS):
        return True
    if actor.sector:
        return actor.sector in _POLITICAL_SECTORS
    return len(code) == 3  # a state named as itself ("Japan sent rescue teams")


def accident_response(
    tok: Token, pattern: Pattern, sources: Sequence[Actor], targets: Sequence[Actor]
) -> bool:
    """An appeal, relief or deployment answering an accident, by and for no political actor
    ("The Red Cross appealed for blood donations after the train crash", "the hospital sent
    ambulances to the scene of the collision"): the sentence names an accident (event_harm.tsv:
    accident; a blast or fire in a sentence with no weapon, conflict or armed force) and no
    actor is a government, legislature, armed force, court, party, rebel or international
    body. "The government sent aid to the victims of the train crash" stays AID."""
    if pattern.type not in _RESPONSE_TYPES:
        return False
    if any(_political(a) for a in (*sources, *targets)):
        return False
    accidents = _words("accident")
    burst = _words("burst")
    for t in tok.sent:
        if t.pos_ not in ("NOUN", "PROPN"):
            continue
        if _forms(t) & accidents and not _hostile(tok.sent, strict=False):
            return True
        if _forms(t) & burst and not _hostile(tok.sent, strict=True):
            return True
    return False


def mourning(tok: Token, pattern: Pattern) -> bool:
    """A vigil, memorial or funeral for the dead of an accident or a disaster is mourning, no
    protest ("Mourners held a candlelight vigil for the miners killed in the explosion",
    "Hundreds gathered for a vigil for the victims of the bus crash"): a protest trigger in a
    sentence with a word of mourning (event_harm.tsv: mourning) and an accident or disaster
    noun, and no word of grievance (kind grievance: "demanded", "justice", "against"), weapon
    or armed conflict. "Mourners marched to parliament demanding justice for the crash victims"
    and a vigil for the victims of a bombing stay protests."""
    if pattern.type not in _MOURNED_TYPES:
        return False
    sent = tok.sent
    mourn, grievance = _words("mourning"), _words("grievance")
    if not any(_forms(t) & mourn for t in sent):
        return False
    if any(_forms(t) & grievance for t in sent):
        return False
    return any(_accident_noun(t) for t in sent)


_ARMED_SECTORS = frozenset({"MIL", "COP", "REB", "SPY", "INS"})


def unarmed_mobilization(
    tok: Token, pattern: Pattern, sources: Sequence[Actor], targets: Sequence[Actor]
) -> bool:
    """PLOVER's MOBILIZE is of armed force or weapons (troops, weapons, police, militia): a
    mobilisation in a sentence with no word of arms, armed force or drills (event_harm.tsv:
    armed, force, weapon, conflict) and no armed actor is none ("the government's mobilization
    of 12 million doses of Tamiflu", "the FDA deployed a team of ten investigators", "placed
    the capital under a high alert"; "Pakistan deployed 2,000 soldiers" stays)."""
    if pattern.type != "MOBILIZE":
        return False
    if any((a.sector or "") in _ARMED_SECTORS for a in (*sources, *targets)):
        return False
    armed = _words("armed", "force", "weapon", "conflict")
    return not any(_forms(t) & armed for t in tok.sent)


def _hazard_sentence(sent: Span) -> bool:
    """A sentence about a disease or a natural hazard (event_harm.tsv: health, natural,
    disaster, hazard) with no weapon or conflict word."""
    hazards = _words("health", "natural", "disaster", "hazard")
    if not any(_forms(t) & hazards for t in sent if t.pos_ in ("NOUN", "PROPN")):
        return False
    return not _hostile(sent, strict=False)


_FUTURE = frozenset({"will", "would", "'ll", "shall"})
_WARNING_WORDS = frozenset({"warn", "warning", "alert", "caution", "advisory", "advise"})


def _addressees(tok: Token) -> list[Token]:
    """Whom an appeal or a warning is addressed to: its object after it, the subject of its
    complement clause ("urged citizens to ...", "urged that people get ..."), the object of
    its "to" ("issued alerts to their citizens")."""
    out = [
        c
        for c in tok.children
        if (c.dep_ in ("dobj", "dative") and c.i > tok.i and c.lemma_.lower() not in _WARNING_WORDS)
        or c.dep_ == "nsubjpass"  # "Farmers are urged to watch their animals"
    ]
    out += [
        g
        for c in tok.children
        if c.dep_ in ("ccomp", "xcomp")
        for g in c.children
        if g.dep_ == "nsubj"
    ]
    out += [
        g
        for c in tok.children
        if c.dep_ in ("prep", "dative") and c.lower_ == "to"
        for g in c.children
        if g.dep_ == "pobj"
    ]
    if tok.dep_ == "dobj" and tok.head.pos_ == "VERB":  # "issued a warning to residents"
        out += _addressees(tok.head)
    return out


def public_appeal(
    tok: Token, pattern: Pattern, sources: Sequence[Actor], targets: Sequence[Actor]
) -> bool:
    """An appeal or a warning to the public about a disease or a hazard is public-health or
    safety advice, no political event ("Public officials in Texas have urged citizens to
    receive a flu shot", "health authorities warned residents to boil their water", "the FDA
    has issued a warning on cantaloupes after salmonella outbreaks"; the hurricane's "urged
    residents to leave" is :func:`~newsgraph.nlp.events._filters.disaster_response`): a
    REQUEST, or a THREATEN read from a word of warning, whose every addressee is the public
    (event_harm.tsv: public; a warning may have none) and no target is a political actor, in a
    sentence about a disease or a hazard with no weapon or conflict word. An
    appeal to a government or an international body stays ("asked the WHO for help with the
    outbreak", "warned the WHO to be cautious")."""
    if pattern.type not in ("REQUEST", "THREATEN"):
        return False
    warning = tok.lemma_.lower() in _WARNING_WORDS or any(
        c.lemma_.lower() in _WARNING_WORDS for c in tok.children if c.dep_ == "dobj"
    )
    if pattern.type == "THREATEN" and not warning:
        return False
    if pattern.type == "THREATEN" and any(
        a.lower_ in _FUTURE for c in tok.children if c.dep_ == "ccomp" for a in c.children
    ):
        return False  # "warned it would punish hoarders": a threat of its own acts
    if any(_political(a) for a in targets):
        return False
    addressees = _addressees(tok)
    public = _words("public")
    if not all(_forms(a) & public for a in addressees):
        return False
    if not addressees and not warning:
        return False
    return _hazard_sentence(tok.sent)


def health_emergency(tok: Token, pattern: Pattern) -> bool:
    """An emergency declared over a disease is no coercion, as one over a natural disaster
    (the PLOVER manual: a state of emergency for a disaster is not COERCE absent repressive
    use): "the governor declared a state-wide public health emergency", "declared the outbreak
    a public health emergency". A COERCE whose trigger or object is an emergency, in a sentence
    about a disease with no weapon or conflict word."""
    if pattern.type != "COERCE":
        return False
    words = [tok, *(c for c in tok.children if c.dep_ in ("dobj", "oprd", "nsubjpass"))]
    # "a state of emergency" (fp25): the emergency is below the object through "of"
    words = [n for w in words for n in _of_chain(w)]
    emergencies = [w for w in words if w.lemma_.lower() == "emergency"]
    if not emergencies:
        return False
    if any(  # "a public health emergency" names its disease kind itself (fp25)
        c.dep_ in ("compound", "amod") and c.lower_ in ("health", "medical")
        for e in emergencies
        for c in e.children
    ):
        return not _hostile(tok.sent, strict=False)
    return _hazard_sentence(tok.sent)


def _of_chain(noun: Token) -> list[Token]:
    """A noun and the nouns below it through "of" ("the number of cases of the virus")."""
    out = [noun]
    while len(out) < 4:
        nxt = [
            g
            for p in out[-1].children
            if p.dep_ == "prep" and p.lower_ == "of"
            for g in p.children
            if g.dep_ == "pobj"
        ]
        if not nxt:
            break
        out.append(nxt[0])
    return out


def medical_case(tok: Token) -> bool:
    """A "case" of a disease is a medical case, not a lawsuit or a charge ("This brings
    Indonesia's number of confirmed cases of the virus to 25"): the trigger or its object,
    or a noun below them through "of", is a case noun (event_harm.tsv: case_noun) followed by
    "of" and a disease or hazard word."""
    cases, hazards = _words("case_noun"), _words("health", "natural")
    heads = [tok, *(c for c in tok.children if c.dep_ in ("dobj", "nsubjpass", "nsubj"))]
    for head in heads:
        chain = _of_chain(head)
        for k, noun in enumerate(chain[:-1]):
            if _forms(noun) & cases and _forms(chain[k + 1]) & hazards:
                return True
    return False


def symptom_complaint(tok: Token, pattern: Pattern) -> bool:
    """Complaining of a symptom is no accusation ("was admitted to hospital complaining of
    feeling sick", "complained of chest pains"): a complaint whose "of" or "about" phrase
    names a symptom, an illness or a feeling (event_harm.tsv: symptom, health, natural)."""
    if pattern.type != "ACCUSE" or tok.lemma_.lower() not in ("complain", "complaint"):
        return False
    ills = _words("symptom", "health", "natural")
    return any(
        _forms(t) & ills
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ in ("of", "about")
        for t in c.subtree
    )


def staffing_compound(tok: Token, pattern: Pattern) -> bool:
    """An event noun compounded on a noun of people or bodies names them, not an event ("relief
    agencies said", "rescue teams"; event_harm.tsv: staffing, people), also where the parser
    read the pair as a bare verb and its object at the head of a subject ("Aid workers claim
    that ...": "Aid" a clausal subject with no "to", no -ing and no subject of its own)."""
    people = _words("staffing", "people")
    if pattern.pos == "N" and tok.dep_ in ("compound", "amod", "nmod"):
        return bool(_forms(tok.head) & people)
    if tok.dep_ != "csubj" or tok.tag_ not in ("VB", "VBP"):
        return False
    kids = list(tok.children)
    if any(c.dep_ in ("aux", "mark", "nsubj") for c in kids):
        return False
    return any(c.dep_ == "dobj" and c.i == tok.i + 1 and _forms(c) & people for c in kids)


def hazard_kind(
    tok: Token,
    pattern: Pattern,
    sources: Sequence[Actor],
    targets: Sequence[Actor],
) -> bool:
    """Whether any filter of this module vetoes the event (see each function)."""
    return (
        harm_in_accident(tok, pattern)
        or accident_response(tok, pattern, sources, targets)
        or mourning(tok, pattern)
        or unarmed_mobilization(tok, pattern, sources, targets)
        or public_appeal(tok, pattern, sources, targets)
        or health_emergency(tok, pattern)
        or medical_case(tok)
        or staffing_compound(tok, pattern)
        or symptom_complaint(tok, pattern)
        or outbreak_no_event(tok, pattern, sources, targets)
        or disaster_no_event(tok, pattern, sources, targets)  # fp29
    )
