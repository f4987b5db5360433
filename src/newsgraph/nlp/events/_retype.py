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
  bombs.
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
* :func:`urging_warning` -- "warned state officials to boost their election security" (someone
  warned, a "to" infinitive, no force word) is REQUEST, CAMEO 'urge', not THREATEN.
* :func:`personal_attack` -- a person's attacks on a person with no weapon or violence word are
  criticism, ACCUSE ("his attacks on a former Miss Universe").
* :func:`defended_own_words` -- defending one's own words or conduct ("defending his tweets") is
  REJECT (of the criticism), not SUPPORT.
* :func:`call_on_day` -- "called Machado on Friday" is a phone call (CONSULT), not a call on
  someone to act.
* :func:`refusal_phrase`, :func:`speech_act` -- the conditions of the lexicon options
  ``refusal`` ("would not be part of", "wants nothing to do with": REJECT) and ``speech`` ("X
  says Y should ...": REQUEST; a quoted verdict of wrongdoing: ACCUSE); checked when the
  triggers are collected, so a failed one is no trigger at all.
"""

from __future__ import annotations

import dataclasses

from spacy.tokens import Token

from newsgraph.nlp.events._harm_lexicon import harm_words
from newsgraph.nlp.events._participants import _participant
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
    """The trigger's subjects, their conjuncts, and a quantity's "of" object ("hundreds of
    protesters"); for a conjoined verb with no subject of its own, the first verb's."""
    verb = tok
    subs = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    while not subs and verb.dep_ == "conj" and verb.head != verb:
        verb = verb.head
        subs = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    out: list[Token] = []
    for s in subs:
        out.append(s)
        out.extend(s.conjuncts)
        for prep in s.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                out.extend(g for g in prep.children if g.dep_ == "pobj")
    return out


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
        return None
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
    """SANCTION ``withdraw`` for talks called off, suspended or broken off (module doc)."""
    if pattern.pos != "V" or tok.lemma_.lower() not in _HALT_VERBS:
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
    close the strait"), so the warning needs no one warned as its object."""
    if pattern.type != "THREATEN" or tok.lemma_.lower() not in ("warn", "threaten"):
        return False
    for c in tok.children:
        if c.dep_ != "ccomp" or c.pos_ not in ("VERB", "AUX"):
            continue
        subj = any(g.dep_ == "nsubj" for g in c.children)
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


# what an urging warning's clause may not hold: force, weapons or an armed side make it a threat
def _forceful(tok: Token) -> bool:
    words = harm_words()
    force = words.get("force", frozenset()) | words.get("weapon", frozenset())
    return any(t.lemma_.lower() in force for t in tok.sent if t.i != tok.i)


def urging_warning(tok: Token, pattern: Pattern) -> Pattern | None:
    """REQUEST for a warning that urges someone to act, CAMEO 'urge': "the FBI warned state
    officials to boost their election security" (someone warned, a "to" infinitive, no
    threat of the warner's own act and no force word in the sentence); "Russia warned it would
    retaliate" and "warned Iran to stop or face military action" stay THREATEN."""
    if pattern.type != "THREATEN" or pattern.pos != "V" or tok.lemma_.lower() != "warn":
        return None
    if not any(c.dep_ == "dobj" for c in tok.children) or warning_of_act(tok, pattern):
        return None
    urged = [
        c
        for c in tok.children
        if c.dep_ == "xcomp" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
    ]
    if not urged or _forceful(tok):
        return None
    if any(t.lower_ in ("or", "else", "unless", "if") for c in urged for t in c.subtree):
        return None  # "warned Iran to stop or else": a threat
    return dataclasses.replace(
        pattern, name=f"{pattern.name}.urge", type="REQUEST", mode=None, cameo="100"
    )


_ATTACKS = frozenset({"attack", "assault", "broadside", "tirade"})
_OWN = frozenset({"his", "her", "their"})


def _person(tok: Token) -> bool:
    """A person named or pronominal ("Machado", "a former Miss Universe", "her")."""
    return (
        tok.ent_type_ == "PERSON"
        or tok.lower_ in ("him", "her", "them")
        or (tok.pos_ == "PROPN" and tok.ent_type_ in ("", "PERSON", "WORK_OF_ART"))
    )


def personal_attack(tok: Token, pattern: Pattern) -> Pattern | None:
    """ACCUSE ``disapprove`` for a person's attacks on a person with no weapon or violence
    word in the sentence: "doubling down on his attacks on a former Miss Universe", "responded
    with attacks on Machado" (verbal attacks by a politician); "Troops attacked the village",
    "the gunman's attack on the senator" stay ASSAULT."""
    if pattern.type != "ASSAULT" or tok.pos_ != "NOUN" or tok.lemma_.lower() not in _ATTACKS:
        return None
    targets = [
        g
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ == "on"
        for g in c.children
        if g.dep_ == "pobj"
    ]
    if not targets or not all(_person(t) for t in targets):
        return None
    owners = [c for c in tok.children if c.dep_ == "poss"]
    if owners and not all(o.lower_ in _OWN or o.ent_type_ == "PERSON" for o in owners):
        return None
    if _forceful(tok) or any(
        t.ent_type_ in ("GPE", "NORP") for c in tok.children for t in c.subtree
    ):
        return None
    return dataclasses.replace(
        pattern,
        name=f"{pattern.name}.verbal",
        type="ACCUSE",
        mode="disapprove",
        cameo="111",
        context=None,
        harm=None,
    )


# one's own words and conduct: defending them is rejecting the criticism of them
_OWN_WORDS = frozenset(
    {
        "tweet",
        "remark",
        "comment",
        "statement",
        "word",
        "post",
        "speech",
        "conduct",
        "behavior",
        "behaviour",
        "action",
        "decision",
        "handling",
        "response",
        "ad",
        "claim",
        "joke",
    }
)
_OWN_POSS = frozenset({"his", "her", "its", "their", "my", "our"})


def defended_own_words(tok: Token, pattern: Pattern) -> Pattern | None:
    """REJECT for defending one's own words or conduct against criticism ("Trump is defending
    his tweets", "defended her remarks"): CAMEO 12 rejecting criticism, not support of
    someone; "The minister defended the new law" stays SUPPORT."""
    if pattern.type != "SUPPORT" or pattern.pos != "V" or tok.lemma_.lower() != "defend":
        return None
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    if not objs or not all(
        o.lemma_.lower() in _OWN_WORDS
        and any(g.dep_ == "poss" and g.lower_ in _OWN_POSS for g in o.children)
        for o in objs
    ):
        return None
    return dataclasses.replace(
        pattern, name=f"{pattern.name}.own_words", type="REJECT", mode=None, cameo="120"
    )


_DAYS = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "day"}
)


def call_on_day(tok: Token, pattern: Pattern) -> Pattern | None:
    """CONSULT ``phone`` for "called X on Friday": an "on" with a day is when someone was
    phoned, no call on them to act ("Clinton called Alicia Machado on Friday to express
    gratitude"; "called on Iran to free the sailors" stays REQUEST)."""
    if pattern.type != "REQUEST" or pattern.pos != "V" or tok.lemma_.lower() != "call":
        return None
    ons = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("on", "upon")]
    if not ons or not all(
        any(
            g.dep_ == "pobj" and (g.ent_type_ in ("DATE", "TIME") or g.lower_ in _DAYS)
            for g in o.children
        )
        for o in ons
    ):
        return None
    if not any(c.dep_ == "dobj" for c in tok.children):
        return None
    return dataclasses.replace(
        pattern, name=f"{pattern.name}.phoned", type="CONSULT", mode="phone", cameo="041"
    )


_PART_VERBS = frozenset({"be", "have", "want", "take", "play", "become"})


def refusal_phrase(tok: Token) -> bool:
    """Whether a ``refusal`` pattern's trigger is refused: "would not be part of a public
    spectacle", "will have no part in", "wants no part of" (a negated verb or "no part"), "wants
    nothing to do with" ("want" with "nothing" and a "to do with" clause); "was part of the
    coalition", "had nothing to do with the attack" (a denial) are not."""
    lemma = tok.lemma_.lower()
    if lemma == "part":
        verb = tok.head
        if tok.dep_ not in ("attr", "dobj") or verb.lemma_.lower() not in _PART_VERBS:
            return False
        negated = any(c.dep_ == "neg" for c in verb.children) or any(
            c.dep_ == "det" and c.lower_ == "no" for c in tok.children
        )
        if not negated and verb.dep_ in ("xcomp", "ccomp"):  # "refused to be part of"
            negated = any(c.dep_ == "neg" for c in verb.head.children)
        return negated
    if lemma == "want":
        for obj in tok.children:
            if obj.dep_ == "dobj" and obj.lower_ == "nothing":
                return any(
                    d.lemma_.lower() == "do"
                    and any(p.dep_ == "prep" and p.lower_ == "with" for p in d.children)
                    for d in obj.children
                )
    return False


_OUGHT = frozenset({"should", "must", "ought"})
# subjects that are the speaker or no one: "says it must", "says we should", "says there must"
_NO_ADDRESSEE = frozenset(
    {"i", "we", "he", "she", "it", "they", "there", "this", "that", "one", "everyone", "you"}
)


def stated_demand(tok: Token) -> bool:
    """Whether a ``demand`` pattern's speech verb states what someone else should or must do
    (CAMEO 10, a demand put as what another ought to do): "a former DNC chairman says Obama
    and party leaders should come up with a process", "Amnesty said the authorities must free
    the journalists". Not when the one who should act is the speaker or a pronoun ("says it
    must defend itself"), not a conclusion ("must have known"), not a condition."""
    speakers = {s.lemma_.lower() for s in tok.children if s.dep_ in ("nsubj", "nsubjpass")}
    for c in tok.children:
        if c.dep_ != "ccomp" or c.pos_ not in ("VERB", "AUX"):
            continue
        if any(m.dep_ == "mark" and m.lower_ in ("if", "whether") for m in c.children):
            continue
        auxes = [g for g in c.children if g.dep_ in ("aux", "auxpass")]
        if not any(a.lower_ in _OUGHT for a in auxes):
            continue
        if any(a.lower_ == "have" for a in auxes):  # "must have known": a conclusion
            continue
        subjects = [g for g in c.children if g.dep_ in ("nsubj", "nsubjpass")]
        if not subjects or any(
            s.lower_ in _NO_ADDRESSEE or s.pos_ == "PRON" or s.lemma_.lower() in speakers
            for s in subjects
        ):
            continue
        if all(_addressee(s) for s in subjects):  # "the economy should grow": no one asked
            return True
    return False


def _addressee(tok: Token) -> bool:
    """One who can be asked to act: a named person, body, place or people, or a noun of
    people or bodies (event_participants.txt: "the authorities", "party leaders")."""
    return tok.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or _participant(tok)


# verdicts of wrongdoing a speaker pronounces on something: ACCUSE disapprove (CAMEO 111)
_WRONG = frozenset(
    {
        "disgrace",
        "outrage",
        "travesty",
        "scandal",
        "sham",
        "farce",
        "mistake",
        "lie",
        "hoax",
        "unacceptable",
        "outrageous",
        "illegal",
        "unconstitutional",
        "illegitimate",
        "unlawful",
        "shameful",
        "disgraceful",
        "despicable",
        "irresponsible",
        "reckless",
        "unfair",
        "unjust",
        "wrong",
    }
)
# approvals a negated verdict denies: "that is not a legitimate purpose"
_RIGHT = frozenset(
    {"legitimate", "acceptable", "appropriate", "fair", "legal", "lawful", "justified", "right"}
)


def _verdict(clause: Token) -> bool:
    """A copular clause that pronounces something wrong: "this is a disgrace", "the law is
    unconstitutional", "that is not a legitimate legislative purpose"; not of the speaker or
    the hearer ("I was wrong", "you are unfair")."""
    if clause.lemma_.lower() != "be":
        return False
    subj = [c for c in clause.children if c.dep_ == "nsubj"]
    if not subj or subj[0].lower_ in ("i", "we", "you"):
        return False
    negated = any(c.dep_ == "neg" for c in clause.children)
    for c in clause.children:
        if c.dep_ not in ("attr", "acomp"):
            continue
        words = [c, *(g for g in c.children if g.dep_ == "amod")]
        if any(w.lemma_.lower() in _WRONG for w in words) and not negated:
            return True
        if negated and any(w.lemma_.lower() in _RIGHT for w in words):
            return True
    return False


def speech_act(tok: Token, pattern: Pattern) -> Pattern | None:
    """What a ``speech`` pattern's verb states, or None for a mere statement: a demand
    (:func:`stated_demand`) as the pattern's own type, or a verdict of wrongdoing in what a
    named speaker says (a clause under the speech verb: '"This is a disgrace," Senator McCain
    said', '... that is not a legitimate legislative purpose," said Rep. Elijah Cummings') as
    ACCUSE ``disapprove``. The speaker must be someone who can be asked or blamed
    (:func:`_addressee`: "Smith said the weather is terrible" is no verdict anyway)."""
    if stated_demand(tok):
        return pattern
    speakers = [s for s in tok.children if s.dep_ == "nsubj"]
    if not speakers or not all(_addressee(s) for s in speakers):
        return None
    for t in tok.subtree:
        if t.i == tok.i or t.dep_ != "ccomp" or not _verdict(t):
            continue
        head = t.head
        while head.i != tok.i and head.dep_ not in ("relcl", "acl", "advcl"):
            head = head.head
        if head.i == tok.i:  # not inside a relative or conditional clause
            return dataclasses.replace(
                pattern,
                name=f"{pattern.name}.verdict",
                type="ACCUSE",
                mode="disapprove",
                cameo="111",
            )
    return None
