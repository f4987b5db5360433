"""Type decisions from words and speech, the second half of :mod:`newsgraph.nlp.events._retype`
(same contract: a rule takes a matched pattern and the trigger and returns the pattern to code
instead, or None; the conditions return whether the trigger stands).

* :func:`urging_warning` -- "warned state officials to boost their election security" (someone
  warned, a "to" infinitive, no force word) is REQUEST, CAMEO 'urge', not THREATEN.
* :func:`personal_attack` -- a person's attacks on a person with no weapon or violence word are
  criticism, ACCUSE ("his attacks on a former Miss Universe").
* :func:`defended_own_words` -- defending one's own words or conduct ("defending his tweets") is
  REJECT (of the criticism), not SUPPORT.
* :func:`verbal_protest` -- one official or body protesting an act ("the foreign ministry
  protested the arrest of its diplomat") is criticism, ACCUSE, not a demonstration.
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

from newsgraph.nlp.events._denials import denied_fact
from newsgraph.nlp.events._entry_bans import entry_ban
from newsgraph.nlp.events._harm_lexicon import harm_words
from newsgraph.nlp.events._insults import SPEECH_RULES, insult_verdict, told_insult
from newsgraph.nlp.events._own_mistakes import own_mistake_clause
from newsgraph.nlp.events._participants import _participant
from newsgraph.nlp.events._patterns import Pattern
from newsgraph.nlp.events._person_verdicts import person_verdict
from newsgraph.nlp.events._retype import (
    armed_raid,
    state_strike,
    unexcluded_force,
    warning_of_act,
)
from newsgraph.nlp.events._retype_supply import (
    call_on_forces,
    hosted_refugees,
    joint_drill,
    relief_carrier,
    trade_curb,
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


def as_criticism(pattern: Pattern) -> Pattern:
    """An attack made in words is criticism: ACCUSE ``disapprove`` (CAMEO 111), its rule named
    ``<pattern>.verbal``. The one retyping every verbal-attack rule uses."""
    return dataclasses.replace(
        pattern,
        name=f"{pattern.name}.verbal",
        type="ACCUSE",
        mode="disapprove",
        cameo="111",
        context=None,
        harm=None,
    )


def personal_attack(tok: Token, pattern: Pattern) -> Pattern | None:
    """ACCUSE ``disapprove`` for a person's attacks on a person with no weapon or violence
    word in the sentence: "doubling down on his attacks on a former Miss Universe", "responded
    with attacks on Machado", "withering attacks against Hillary Clinton" (verbal attacks by a
    politician); "Troops attacked the village", "the gunman's attack on the senator" stay
    ASSAULT. The attack noun may be the object of the trigger verb ("launched sharp attacks
    against Clinton")."""
    if pattern.type != "ASSAULT":
        return None
    if tok.pos_ == "VERB":
        attack = next(
            (c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in _ATTACKS), None
        )
        if attack is None:
            return None
    elif tok.pos_ == "NOUN" and tok.lemma_.lower() in _ATTACKS:
        attack = tok
    else:
        return None
    targets = [
        g
        for c in attack.children
        if c.dep_ == "prep" and c.lower_ in ("on", "against")
        for g in c.children
        if g.dep_ == "pobj"
    ]
    if not targets or not all(_person(t) for t in targets):
        return None
    owners = [c for c in attack.children if c.dep_ == "poss"]
    if owners and not all(o.lower_ in _OWN or o.ent_type_ == "PERSON" for o in owners):
        return None
    if _forceful(attack) or any(
        t.ent_type_ in ("GPE", "NORP") for c in attack.children for t in c.subtree
    ):
        return None
    return as_criticism(pattern)


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
        # one's record and choices in office ("defended her record as secretary of state")
        "record",
        "choice",
        "vote",
        "move",
        "approach",
        "stance",
        "position",
        "rhetoric",
        "language",
        "testimony",
        "tenure",
        "performance",
        "leadership",
        "legacy",
        "policy",
        "judgment",
        "judgement",
    }
)
_OWN_POSS = frozenset({"his", "her", "its", "their", "my", "our"})


def defended_own_words(tok: Token, pattern: Pattern) -> Pattern | None:
    """REJECT for defending one's own words, conduct or record against criticism ("Trump is
    defending his tweets", "defended her remarks", "defended her record as secretary of
    state"): CAMEO 12 rejecting criticism, not
    support of someone; "The minister defended the new law" stays SUPPORT."""
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


# who protests in the street: a crowd, a quantity of people, the people kinds of event_harm.tsv
_CROWDS = frozenset(
    {"crowd", "mob", "group", "throng", "gathering", "people", "hundreds", "thousands", "dozens"}
)


def verbal_protest(tok: Token, pattern: Pattern) -> Pattern | None:
    """ACCUSE ``disapprove`` for a protest one official, body or person lodges against an act
    ("The president of the CRIF protested the court's decision", "the foreign ministry
    protested the arrest of its diplomat", "Beijing protested the sale"): CAMEO 111, a
    complaint in words, not a demonstration. A transitive "protest" whose every subject is one
    singular noun or name that is not a crowd or a people noun; "Thousands protested the
    decision", "Students protested the tuition increase", "the crowd protested the verdict"
    and an intransitive "protested outside the embassy" stay PROTEST."""
    if pattern.type != "PROTEST" or pattern.pos != "V" or tok.lemma_.lower() != "protest":
        return None
    if not any(c.dep_ == "dobj" for c in tok.children):
        return None
    subjects = [c for c in tok.children if c.dep_ == "nsubj"]
    if len(subjects) != 1 or any(c.dep_ == "conj" for c in subjects[0].children):
        return None
    subj = subjects[0]
    people = harm_words().get("people", frozenset())
    if (
        subj.tag_ not in ("NN", "NNP")
        or subj.lemma_.lower() in people | _CROWDS
        or subj.lower_ in _CROWDS
    ):
        return None
    return as_criticism(pattern)


def in_words(tok: Token, pattern: Pattern) -> Pattern | None:
    """Acts a verb of another type reports, by who acts: force a state will not rule out is a
    threat (:func:`newsgraph.nlp.events._retype.unexcluded_force`), a protest one official
    lodges is criticism (:func:`verbal_protest`), a raid by armed men an attack
    (:func:`newsgraph.nlp.events._retype.armed_raid`), strikes a state continues an attack
    (:func:`newsgraph.nlp.events._retype.state_strike`), a ban imposed on trade an embargo, a
    call on forces to act a request, joint drills cooperation, refugees hosted shelter, relief
    carried aid (:mod:`newsgraph.nlp.events._retype_supply`)."""
    return (
        unexcluded_force(tok, pattern)
        or verbal_protest(tok, pattern)
        or armed_raid(tok, pattern)
        or state_strike(tok, pattern)
        or trade_curb(tok, pattern)
        or call_on_forces(tok, pattern)
        or joint_drill(tok, pattern)
        or hosted_refugees(tok, pattern)
        or relief_carrier(tok, pattern)
        or denied_fact(tok, pattern)  # "insisted she had not approved" (_denials)
        or entry_ban(tok, pattern)  # "barred them from entering the country" (_entry_bans)
    )


_DAYS = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "day"}
)


# office-holders one pays a courtesy call on ("called on the Prime Minister")
_OFFICES = frozenset(
    "president minister premier king queen emir sultan governor chancellor ambassador envoy "
    "counterpart leader chief secretary commissioner pope prince speaker".split()
)


# who else pays one: diplomats and delegations
_CALLERS = frozenset({"delegation", "diplomat", "official", "mission", "commissioner"})


def _office(t: Token) -> bool:
    return t.ent_type_ == "PERSON" or t.lemma_.lower() in _OFFICES


def _courtesy_call(tok: Token, ons: list[Token]) -> bool:
    """ "called on the Prime Minister", "called on President Museveni at State House": an office
    -holder or a named person after "on", called on by one (or a diplomat or a delegation), and
    nothing asked of them (no verb after the trigger: "called on the president to resign"; no
    "for": "called on the governor for help")."""
    people = [
        g
        for o in ons
        for g in o.children
        if g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME") and g.lower_ not in _DAYS
    ]
    if not people or not all(_office(g) for g in people):
        return False
    caller = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if caller is None and tok.dep_ == "acl":
        caller = tok.head  # the parser's reading of "The Chinese ambassador called on ..."
    if caller is None or not (_office(caller) or caller.lemma_.lower() in _CALLERS):
        return False  # "critics called on the minister" (to act, says the next sentence)
    after = [t for t in tok.subtree if t.i > tok.i]
    if any(t.pos_ in ("VERB", "AUX") or t.lower_ in ("for", "that") for t in after):
        return False
    return not any(c.dep_ in ("dobj", "xcomp", "ccomp") for c in tok.children)


def call_on_day(tok: Token, pattern: Pattern) -> Pattern | None:
    """CONSULT ``phone`` for "called X on Friday": an "on" with a day is when someone was
    phoned, no call on them to act ("Clinton called Alicia Machado on Friday to express
    gratitude"; "called on Iran to free the sailors" stays REQUEST); CONSULT ``visit`` for a
    courtesy call on an office-holder ("the Chinese ambassador called on the Prime Minister":
    nothing is asked of them)."""
    if pattern.type != "REQUEST" or pattern.pos != "V" or tok.lemma_.lower() != "call":
        return None
    ons = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("on", "upon")]
    courtesy = _courtesy_call(tok, ons)
    if courtesy:
        return dataclasses.replace(
            pattern, name=f"{pattern.name}.courtesy", type="CONSULT", mode="visit", cameo="042"
        )
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
    if clause.lemma_.lower() != "be" or own_mistake_clause(clause):
        return False  # "his decision was a mistake": a concession (_own_mistakes)
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
    insult_only = pattern.name in SPEECH_RULES  # "told reporters that X is a liar"
    if not insult_only and stated_demand(tok):
        return pattern
    speakers = [s for s in tok.children if s.dep_ == "nsubj"]
    if not speakers:
        return None
    named = all(_addressee(s) for s in speakers)
    # a verdict on a person may come from "he" or "she" (political31: '"X is a fraud," he said')
    if not named and not all(s.lower_ in ("he", "she") for s in speakers):
        return None
    for t in tok.subtree:
        if t.i == tok.i or t.dep_ != "ccomp":
            continue
        if insult_only:
            if not told_insult(t, speakers):
                continue
        elif not ((named and _verdict(t)) or person_verdict(t) or insult_verdict(t)):
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
