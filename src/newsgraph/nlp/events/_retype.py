"""Type decisions the PLOVER manual makes from who acts or what is acted on, not from the verb.

Each rule takes a matched pattern and the trigger and returns the pattern to code instead (or
None when the rule does not apply); :meth:`EventCoder._event` applies them after the filters.

* :func:`riot` -- violence against property by rioters or protesters is the manual's
  PROTEST ``riot`` ("violent action directed toward ... government authorities ... property
  damage"): "Rioters set cars ablaze", "protesters stormed the parliament and set it on fire"
  ("a mob set fire to a police station" stays ASSAULT: mob violence); occupying or
  blockading a place is PROTEST ``obstruct`` ("protesters occupied the airports"), and so is
  blocking one by a group of people of event_harm.tsv kind ``people`` ("truck drivers
  blockaded the bridge", "students occupied the university"; not settlers). Not a clash with people
  ("protesters clashed with police" stays as the gold codes it, ASSAULT), not gunfire or
  bombs. Protesters or such people surrounding a place demonstrate, PROTEST ``demo``
  ("several thousand teachers surrounded the Statehouse"; troops and police stay COERCE).
* :func:`halted_talks` -- calling off, suspending or breaking off talks, negotiations or
  mediation is SANCTION ``withdraw`` (CAMEO 164/165), not a concession ("called off the
  strike" stays CONCEDE).
* :func:`peacekeeping` -- peacekeepers sent or deployed are AID (CAMEO 074, military
  protection or peacekeeping), not a show of force.
* :func:`rescue` -- police or troops freeing hostages or victims held by others is a rescue,
  AID (PLOVER manual, RETREAT ambiguities: "Police in Barcelona freed 10 human trafficking
  victims during an operation"), not a release of their own captives.
* :func:`debt_relief` -- agreeing to forgive, cancel or write off debts is AID (PLOVER manual,
  RETREAT ambiguities: "The Paris Club has agreed to forgive $200 of Nigeria's $350 million in
  loan obligations").
* :func:`agreed_talks` -- agreeing to return to talks is an agreed future meeting (AGREE,
  CAMEO 036), not the concession of agreeing to let something happen.
* :func:`formal_charge` -- charging someone with a crime is the manual's ACCUSE ``allege``
  ("sue, indict, or charge; bring to trial": "Iran charged the French academic with espionage",
  "He was charged with second-degree murder"), not an arrest; "was arrested and charged with"
  and "arrested on warrants charging them" stay COERCE ``arrest`` (the arrest is the event).
* :func:`warning_of_act` -- "X warned (that) it would/could VERB ..." is a threat even with no
  one warned as object (the pattern's ``actor_object`` option is for "warned Iran").
* :func:`unexcluded_force` -- force, sanctions or legal action a state does not rule out
  ("did not rule out sending in the army", "refused to rule out military action") is a
  threat held open, THREATEN (CAMEO 13), not a negated refusal.
* the rules about words and speech (urging warnings, verbal attacks, defending one's words,
  phone calls on a day, refusals to take part, stated demands and verdicts) are in
  :mod:`newsgraph.nlp.events._retype_speech`.
"""

from __future__ import annotations

import dataclasses

from spacy.tokens import Token

from newsgraph.nlp.events._harm_lexicon import harm_words
from newsgraph.nlp.events._patterns import Pattern

# who riots: protesters in the street (not police, troops or gunmen; a mob's or a crowd's
# violence stays ASSAULT, as the ACLED-kind tests code mob violence)
_RIOTERS = frozenset({"rioter", "protester", "protestor", "demonstrator", "marcher"})
# violence against property and places, by the pattern's lemma
_PROPERTY_VERBS = frozenset(
    {
        "torch",
        "set",
        "burn",
        "loot",
        "storm",
        "ransack",
        "vandalize",
        "vandalise",
        "smash",
        "trash",
        "raze",
        "overrun",
        "firebomb",
    }
)
_OBSTRUCT_VERBS = frozenset({"occupy", "blockade", "block", "barricade", "seize"})
_BLOCK_VERBS = frozenset({"blockade", "block", "barricade", "occupy"})
# a crowd round a place is a demonstration (troops or police surrounding it stay COERCE); not
# people of event_harm.tsv kind ``people`` who surround a place as offenders
_SURROUND_VERBS = frozenset({"surround", "encircle"})
_OFFENDERS = frozenset({"thief", "robber", "burglar", "kidnapper", "rustler", "suspect", "settler"})
# people who take and hold land for themselves, not in protest
_NOT_PROTESTERS = frozenset({"settler"})
_TALKS = frozenset(
    {
        "talk",
        "talks",
        "negotiation",
        "negotiations",
        "mediation",
        "dialogue",
        "summit",
        "peace",
        "contact",
        "contacts",
    }
)
_HALT_VERBS = frozenset({"call", "suspend", "break", "freeze", "halt"})
_PEACEKEEPERS = frozenset({"peacekeeper", "peacekeepers", "peacekeeping", "blue"})
_FUTURE_OR_MODAL = frozenset({"will", "would", "could", "might", "may", "shall", "'ll", "wo"})


def _subjects(tok: Token) -> list[Token]:
    """The trigger's subjects, their conjuncts and appositions, and a quantity's "of" object
    ("hundreds of protesters"); for a conjoined verb with no subject of its own, the first
    verb's."""
    verb = tok
    subs = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    while not subs and verb.dep_ == "conj" and verb.head != verb:
        verb = verb.head
        subs = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    out: list[Token] = []
    for s in subs:
        out.append(s)
        out.extend(s.conjuncts)
        # a dateline the parser took for the subject: "Indianapolis - Several thousand teachers
        # ... surrounded", the people are its apposition
        out.extend(c for c in s.children if c.dep_ == "appos")
        for prep in s.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                out.extend(g for g in prep.children if g.dep_ == "pobj")
    return out


def _crowd_demo(pattern: Pattern) -> Pattern:
    """A crowd gathered round a place: a demonstration (PROTEST ``demo``, CAMEO 141)."""
    return dataclasses.replace(
        pattern, name=f"{pattern.name}.demo", type="PROTEST", mode="demo", cameo="141", context=None
    )


def riot(tok: Token, pattern: Pattern) -> Pattern | None:
    """PROTEST ``riot``/``obstruct`` for property violence or occupation by rioters (module doc)."""
    if pattern.pos != "V" or pattern.type not in ("ASSAULT", "COERCE"):
        return None
    subjects = {s.lemma_.lower() for s in _subjects(tok)}
    if not subjects & _RIOTERS:
        people = harm_words().get("people", frozenset()) - _NOT_PROTESTERS
        if pattern.lemma in _BLOCK_VERBS and subjects & people:
            mode, cameo = "obstruct", "144"  # "truck drivers blockaded the bridge"
            return dataclasses.replace(
                pattern,
                name=f"{pattern.name}.{mode}",
                type="PROTEST",
                mode=mode,
                cameo=cameo,
                context=None,
            )
        if pattern.lemma in _SURROUND_VERBS and subjects & (people - _OFFENDERS):
            return _crowd_demo(pattern)  # "several thousand teachers surrounded the Statehouse"
        return None
    if pattern.lemma in _SURROUND_VERBS:
        return _crowd_demo(pattern)  # "protesters surrounded the parliament"
    if pattern.type == "ASSAULT" and pattern.lemma in _PROPERTY_VERBS:
        mode, cameo = "riot", "145"
    elif pattern.lemma in _OBSTRUCT_VERBS:
        mode, cameo = "obstruct", "144"
    else:
        return None
    return dataclasses.replace(
        pattern, name=f"{pattern.name}.{mode}", type="PROTEST", mode=mode, cameo=cameo, context=None
    )


def halted_talks(tok: Token, pattern: Pattern) -> Pattern | None:
    """SANCTION ``withdraw`` for talks called off, suspended or broken off (module doc); the
    talks noun too when it is the object of such a verb ("suspended trade talks with the bloc",
    where the verb's own pattern gave way to the noun)."""
    if (
        pattern.pos == "N"
        and pattern.type == "CONSULT"
        and tok.lemma_.lower() in _TALKS
        and tok.dep_ in ("dobj", "nsubjpass")
        and tok.head.pos_ == "VERB"
    ):
        tok = tok.head  # the verb decides; the noun stays the trigger
    elif pattern.pos != "V":
        return None
    if tok.lemma_.lower() not in _HALT_VERBS:
        return None
    if pattern.type == "SANCTION" and pattern.mode == "withdraw":
        return None
    if tok.lemma_.lower() in ("call", "break") and not any(
        c.dep_ == "prt" and c.lower_ == "off" for c in tok.children
    ):
        return None
    objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    if not any(
        o.lemma_.lower() in _TALKS
        or any(g.dep_ in ("compound", "amod") and g.lemma_.lower() in _TALKS for g in o.children)
        for o in objs
    ):
        return None
    mediation = any(
        "mediation" in (o.lemma_.lower(), *(g.lemma_.lower() for g in o.children)) for o in objs
    )
    return dataclasses.replace(
        pattern,
        name=f"{pattern.name}.talks",
        type="SANCTION",
        mode="withdraw",
        cameo="165" if mediation else "164",
        context="diplomatic",
    )


def peacekeeping(tok: Token, pattern: Pattern) -> Pattern | None:
    """AID for peacekeepers sent or deployed (module doc)."""
    if pattern.type != "MOBILIZE" or pattern.pos != "V":
        return None
    args = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    words = {a.lemma_.lower() for a in args} | {
        g.lemma_.lower() for a in args for g in a.children if g.dep_ in ("compound", "amod")
    }
    if not words & _PEACEKEEPERS or ("blue" in words and "helmet" not in words):
        return None
    return dataclasses.replace(
        pattern,
        name=f"{pattern.name}.peacekeeping",
        type="AID",
        mode=None,
        cameo="074",
        context="peacekeeping",
    )


def warning_of_act(tok: Token, pattern: Pattern) -> bool:
    """Whether a warning states what its actor would do: a content clause with its own subject
    and a future or modal auxiliary ("warned that it would end its mediation", "warned it could
    close the strait"; passive too: "warned that ships linked to Israel would be targeted"), so
    the warning needs no one warned as its object."""
    if pattern.type != "THREATEN" or tok.lemma_.lower() not in ("warn", "threaten"):
        return False
    for c in tok.children:
        if c.dep_ != "ccomp" or c.pos_ not in ("VERB", "AUX"):
            continue
        subj = any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
        modal = any(g.dep_ == "aux" and g.lower_ in _FUTURE_OR_MODAL for g in c.children)
        if subj and modal:
            return True
    return False


_RETURNS = frozenset({"return", "come", "go"})


def agreed_talks(tok: Token) -> bool:
    """Whether an agreeing trigger's "to" complement is going back to talks ("agreed to return
    to the six-party talks", "agreed to come back to the negotiating table")."""
    for c in tok.children:
        if c.dep_ != "xcomp" or c.lemma_.lower() not in _RETURNS:
            continue
        for p in c.children:
            if p.dep_ == "prep" and p.lower_ == "to":
                if any(
                    g.lemma_.lower() in _TALKS or g.lemma_.lower() == "table" for g in p.children
                ):
                    return True
    return False


_RESCUERS = frozenset(
    {
        "police",
        "policeman",
        "officer",
        "troop",
        "soldier",
        "army",
        "force",
        "commando",
        "military",
        "navy",
        "marine",
        "guard",
        "coastguard",
    }
)
_HELD = frozenset({"hostage", "victim", "captive", "abductee"})
_HELD_MODIFIERS = frozenset({"kidnapped", "abducted", "trafficked", "captive"})


def rescue(tok: Token, pattern: Pattern) -> Pattern | None:
    """AID for hostages or victims freed by police or troops (module doc)."""
    if pattern.type != "RETREAT" or pattern.pos != "V":
        return None
    if not {s.lemma_.lower() for s in _subjects(tok)} & _RESCUERS:
        return None
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    held = any(
        o.lemma_.lower() in _HELD
        or any(g.lower_ in _HELD_MODIFIERS or g.lemma_.lower() in _HELD for g in o.children)
        for o in objs
    )
    if not held:
        return None
    return dataclasses.replace(
        pattern, name=f"{pattern.name}.rescue", type="AID", mode=None, cameo="073", context=None
    )


_FORGIVING = frozenset({"forgive", "cancel", "write", "waive"})
_DEBTS = frozenset({"debt", "debts", "loan", "loans", "obligation", "obligations", "arrears"})


def debt_relief(tok: Token, pattern: Pattern) -> Pattern | None:
    """AID for debts agreed to be forgiven or cancelled (module doc)."""
    if pattern.type not in ("AGREE", "CONCEDE") or tok.lemma_.lower() not in ("agree", "decide"):
        return None
    for c in tok.children:
        if c.dep_ != "xcomp" or c.lemma_.lower() not in _FORGIVING:
            continue
        words = {w.lemma_.lower() for o in c.children if o.dep_ == "dobj" for w in o.subtree}
        if words & _DEBTS:
            return dataclasses.replace(
                pattern,
                name=f"{pattern.name}.debt_relief",
                type="AID",
                mode=None,
                cameo="071",
                context="economic",
            )
    return None


# words of an arrest in the sentence of a charge: the arrest is the event, the charge its detail
_ARRESTS = frozenset(
    {"arrest", "detain", "jail", "imprison", "apprehend", "nab", "book", "detention", "custody"}
)


def formal_charge(tok: Token, pattern: Pattern) -> Pattern | None:
    """ACCUSE ``allege`` for someone charged with a crime and not arrested (module doc)."""
    if pattern.pos != "V" or pattern.type != "COERCE" or pattern.lemma != "charge":
        return None
    if any(t.lemma_.lower() in _ARRESTS for t in tok.sent if t.i != tok.i):
        return None
    return dataclasses.replace(
        pattern, name=f"{pattern.name}.indict", type="ACCUSE", mode="allege", cameo="112"
    )


# what a state threatens when it does not rule it out: force, sanctions, legal action
_THREAT_OPTIONS = frozenset(
    {
        "sanction",
        "embargo",
        "tariff",
        "retaliation",
        "retaliate",
        "intervention",
        "intervene",
        "invasion",
        "invade",
        "blockade",
        "expulsion",
        "expel",
        "arrest",
        "prosecution",
        "action",
        "option",
    }
)
_EXCLUDE = frozenset({"rule", "exclude"})
_DECLINE = frozenset({"refuse", "decline"})


def _excluded(tok: Token) -> Token | None:
    """The "rule out"/"exclude" verb of a trigger: itself, or the infinitive of a refusal
    ("refused to rule out")."""
    if tok.lemma_.lower() in _EXCLUDE:
        return tok
    if tok.lemma_.lower() in _DECLINE:
        for c in tok.children:
            if c.dep_ == "xcomp" and c.lemma_.lower() in _EXCLUDE:
                return c
    return None


def _means(verb: Token) -> list[Token]:
    """What is not ruled out, by its head words: the object and its modifiers ("military
    action", "new sanctions"), and what a gerund or infinitive object acts with ("sending in
    the army", "use of force"); not whom it is aimed at ("talks with the rebels")."""
    out: list[Token] = []
    for o in verb.children:
        if o.dep_ not in ("dobj", "xcomp", "pcomp", "ccomp"):
            continue
        out.append(o)
        out.extend(c for c in o.children if c.dep_ in ("amod", "compound", "nmod", "dobj"))
        for c in o.children:  # "sending in the army", "use of force"
            if c.dep_ == "prep" and c.lower_ in ("in", "of"):
                out.extend(g for g in c.children if g.dep_ == "pobj")
            if c.dep_ == "prt":
                out.extend(g for g in o.children if g.dep_ == "dobj")
    return out


def unexcluded_force(tok: Token, pattern: Pattern) -> Pattern | None:
    """THREATEN for force, sanctions or legal action a state will not rule out ("did not rule
    out sending in the army", "refused to rule out military action against North Korea", "has
    not excluded new sanctions"): CAMEO 13, a threat held open, not a refusal; the threat was
    made, so the event is not negated (``refusal``). "ruled out sanctions" stays REJECT, and
    "did not rule out a run for the presidency" stays a negated REJECT."""
    if pattern.type != "REJECT" or pattern.pos != "V":
        return None
    verb = _excluded(tok)
    if verb is None or (
        verb.lemma_.lower() == "rule"
        and not any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)
    ):
        return None
    if verb is tok and not any(c.dep_ == "neg" for c in tok.children):
        return None
    words = harm_words()
    force = words.get("force", frozenset()) | words.get("armed", frozenset()) | _THREAT_OPTIONS
    if not any(t.lemma_.lower() in force or t.lower_ in force for t in _means(verb)):
        return None
    return dataclasses.replace(
        pattern,
        name=f"{pattern.name}.threat",
        type="THREATEN",
        mode=None,
        cameo="130",
        refusal=True,
    )


# armed men outside the state: their raids are attacks, not searches by an authority
_RAIDERS = frozenset(
    {
        "bandit",
        "gunman",
        "gunmen",
        "militant",
        "rebel",
        "insurgent",
        "jihadist",
        "terrorist",
        "militia",
        "militiaman",
        "militiamen",
        "attacker",
        "assailant",
        "pirate",
        "raider",
        "fighter",
        # non-state groups whose raids on villages are attacks (clash16): herders in the
        # farmer-herder conflicts, cattle rustlers, robbers, kidnappers, separatists, extremists
        "herdsman",
        "herdsmen",
        "herder",
        "rustler",
        "robber",
        "kidnapper",
        "separatist",
        "extremist",
    }
)
# "armed men", "masked gunmen", "a group of armed youths"
_ARMED_HEADS = frozenset({"man", "men", "group", "youth", "youths", "individual", "people"})


def _raider(t: Token) -> bool:
    lemma = t.lemma_.lower()
    if lemma in _RAIDERS or t.lower_ in _RAIDERS:
        return True
    return lemma in _ARMED_HEADS and any(
        c.dep_ == "amod" and c.lower_ in ("armed", "masked", "unidentified") for c in t.children
    )


def armed_raid(tok: Token, pattern: Pattern) -> Pattern | None:
    """ASSAULT for a raid by armed men outside the state ("armed bandits raided the village",
    "gunmen raided a police station", "a raid by militants on an army post"): CAMEO 190, an
    attack; the manual's COERCE raid is an authority's search or seizure ("police raided the
    offices of the newspaper" stays COERCE)."""
    if pattern.type != "COERCE" or tok.lemma_.lower() != "raid":
        return None
    if pattern.pos == "V":
        doers = _subjects(tok) + [
            g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"
        ]
    else:
        doers = [c for c in tok.children if c.dep_ in ("compound", "poss", "amod")] + [
            g
            for c in tok.children
            if c.dep_ == "prep" and c.lower_ == "by"
            for g in c.children
            if g.dep_ == "pobj"
        ]
    if not doers or not all(_raider(d) for d in doers):
        return None
    return dataclasses.replace(
        pattern, name=f"{pattern.name}.armed", type="ASSAULT", mode=None, cameo="190"
    )


# sides whose strikes are attacks, not walkouts ("the army continued its strikes")
_STRIKERS_ARMED = frozenset(
    "army military troops force forces navy coalition regime government jet jets warplane "
    "warplanes aircraft drone drones militant militants rebel rebels".split()
)


def state_strike(tok: Token, pattern: Pattern) -> Pattern | None:
    """ASSAULT for strikes a state or armed side continues or resumes ("Russia continued its
    strikes on Kyiv", "the army resumed its strikes"), or strikes on a place ("resumed strikes
    on Gaza"): CAMEO 190. A labour strike continued stays PROTEST ``strike`` ("workers
    continued their strike over unpaid wages", "strike against the government")."""
    if pattern.type != "PROTEST" or pattern.mode != "strike":
        return None
    if tok.lemma_.lower() not in ("continue", "resume"):
        return None
    nouns = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    nouns = [n for n in nouns if n.lemma_.lower() == "strike"]
    if not nouns:
        return None
    armed = any(
        s.ent_type_ in ("GPE", "NORP") or s.lemma_.lower() in _STRIKERS_ARMED
        for s in _subjects(tok)
    )
    physical = harm_words().get("physical", frozenset())
    hit = any(
        g.ent_type_ in ("GPE", "LOC", "FAC") or g.lemma_.lower() in physical
        for n in nouns
        for c in n.children
        if c.dep_ == "prep" and c.lower_ == "on"
        for g in c.children
        if g.dep_ == "pobj"
    )
    if not armed and not hit:
        return None
    return dataclasses.replace(
        pattern, name=f"{pattern.name}.armed", type="ASSAULT", mode=None, cameo="190"
    )
