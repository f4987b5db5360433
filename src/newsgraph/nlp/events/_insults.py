"""Name-calling told with a verb of naming (issue 10 item 1, insults43).

Political news reports an insult as the name one side gave the other: "The governor called the
protesters 'thugs'", "the senator labelled her rival a hypocrite", "Critics dubbed him a
coward", "he referred to the reporters as 'clowns'". A PLOVER coder codes it ACCUSE
``disapprove`` (CAMEO 111: criticize or denounce), the one who names as source and the one
named as target. The lexicon's ``lex.accuse.call_names*`` and ``describe_pejorative`` rows
already matched "call" and "describe" with a list of insults; ``lex.accuse.call_insult`` adds
common insults those lists lacked, and ``lex.accuse.label_insult``, ``dub_insult`` and
``refer_as_insult`` match the other verbs of naming with no word of their own (all with
``actor_object``: the one named is a person, a group or a country).

:func:`no_named_insult` keeps those four rows only where the name given is an insult of
:data:`INSULTS` (a lexicon written from general English usage, not from any gold row): the
naming verb's object complement ("called voters ignorant", "labelled him a liar"), the object
of its "as" ("referred to the team as a bunch of crooks" reads the head "bunch" and its "of"),
or an adjective on that name ("called him a corrupt politician"). A neutral or kind name is no
event: "called him a friend", "labelled the boxes fragile", "dubbed the ship Endeavour",
"referred to her as the senator".

:func:`small_clause_subjects` gives the ``actor_object`` check of the naming rows the one named
where the parser makes the name a small clause ("Sanders calls [Clinton unqualified]").
:func:`insult_verdict` reads the same lexicon in a copula a speaker says of a person ("Pence
said Clinton is the most dishonest candidate"), beside ``_person_verdicts.person_verdict`` in
``_retype_speech.speech_act``. The speech verbs of the quote lexicon other than "say" and "argue"
("told reporters that ...", "tweeted that ...", "wrote", "posted", "claimed", "declared",
"suggested", "asserted": rows ``lex.accuse.<verb>_insult``, :data:`SPEECH_RULES`, verdict41) run
that check alone: no demand, no verdict on a thing. A subject the tagger read as an
organisation but the actor table knows as a person counts as a person there ("Bush tweeted that
Trump is a 'loser'", :func:`_table_person`).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.nlp.events._genders import other_gender
from newsgraph.nlp.events._patterns import Pattern
from newsgraph.nlp.events._person_verdicts import _a_person
from newsgraph.nlp.events.actor_table import builtin_table

_RULES = frozenset(
    {
        "lex.accuse.call_insult",
        "lex.accuse.label_insult",
        "lex.accuse.dub_insult",
        "lex.accuse.refer_as_insult",
    }
)

# speech verbs whose reported clause is read only for name-calling (verdict41; "insist" has
# its own REQUEST row, "say" and "argue" run every verdict of ``speech_act``)
SPEECH_RULES = frozenset(
    f"lex.accuse.{v}_insult"
    for v in ("tell", "tweet", "write", "post", "claim", "declare", "suggest", "assert")
)

# insults said of a person or a group: nouns (singular and plural) and adjectives; lemmas and
# surface forms are both read
INSULTS = frozenset(
    """
    liar liars hypocrite hypocrites fraud frauds phony phonies fake crook crooks criminal
    criminals thug thugs traitor traitors coward cowards bully bullies bigot bigots racist
    racists sexist misogynist xenophobe homophobe anti-semite antisemite islamophobe
    clown clowns buffoon buffoons fool fools idiot idiots moron morons imbecile imbeciles
    dimwit nitwit halfwit loser losers lunatic lunatics maniac maniacs madman psycho psychopath
    sociopath crackpot crackpots kook kooks nutjob nutcase weirdo creep creeps pervert
    scumbag scumbags lowlife lowlifes sleazebag sleazeball scoundrel scoundrels villain
    villains charlatan charlatans con huckster hucksters swindler swindlers cheat cheats cheater
    thief thieves stooge stooges lackey lackeys puppet puppets toady lapdog lapdogs crony
    cronies goon goons demagogue demagogues tyrant tyrants despot despots dictator
    dictators warmonger warmongers extremist extremists fanatic fanatics zealot zealots
    terrorist terrorists fascist fascists nazi nazis parasite parasites vermin crybaby
    crybabies whiner whiners snake snakes rat rats sellout sellouts turncoat turncoats
    embarrassment disgrace menace deplorables deplorable
    stupid dumb idiotic moronic foolish ignorant clueless brainless mindless incompetent
    inept dishonest corrupt crooked deceitful lying treacherous traitorous treasonous disloyal
    unpatriotic un-american anti-american racist racists bigoted sexist misogynistic
    xenophobic homophobic islamophobic anti-semitic antisemitic hateful vile despicable
    disgusting disgraceful shameful pathetic spineless gutless cowardly weak crazy insane
    unhinged deranged demented senile nuts delusional paranoid arrogant reckless lazy greedy
    sleazy nasty evil wicked vicious radical extreme unfit unqualified hypocritical
    """.split()
)

# verbs of naming (the lexicon's rows of this module and the older "call", "describe" and "brand")
_NAMING = frozenset({"call", "label", "dub", "refer", "describe", "brand"})
# what names the name: the naming verb's complements
_COMPLEMENTS = frozenset({"oprd", "xcomp", "ccomp", "attr", "acomp", "dobj", "appos"})


def _named_words(head: Token) -> list[Token]:
    """The words of one name given: its head, the adjectives on it and the head of its "of"
    ("a bunch of crooks")."""
    out = [head]
    for c in head.children:
        if c.dep_ in ("amod", "compound", "conj"):
            out.append(c)
        elif c.dep_ == "prep" and c.lower_ == "of":
            out.extend(g for g in c.children if g.dep_ == "pobj")
    return out


def _names(verb: Token) -> list[Token]:
    """The candidate names the naming ``verb`` gives: its complements (and theirs, when the
    parser makes "him stupid" a small clause) and the objects of its "as"."""
    heads: list[Token] = []
    objects = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    for c in verb.children:
        if c.dep_ in _COMPLEMENTS and not (c.dep_ == "dobj" and c is objects[0]):
            if c.pos_ in ("VERB", "AUX"):  # "called him to be ..." names by its complement;
                # "calling on Russia to hack the emails" names nobody
                heads.extend(g for g in c.children if g.dep_ in ("attr", "acomp", "oprd"))
            else:
                heads.append(c)
        elif c.dep_ == "prep" and c.lower_ == "as":
            heads.extend(g for g in c.children if g.dep_ in ("pobj", "amod", "acomp", "attr"))
    for obj in objects:  # the name hung on the one named: "labelled the rulers traitors"
        for c in obj.children:
            if c.dep_ == "appos":
                heads.append(c)
            elif c.dep_ == "prep" and c.lower_ == "as":
                heads.extend(g for g in c.children if g.dep_ in ("pobj", "amod", "acomp"))
    for c in verb.children:  # "referred to X as Y": the "as" under the "to" object
        if c.dep_ == "prep" and c.lower_ == "to":
            for pobj in (g for g in c.children if g.dep_ == "pobj"):
                for p in pobj.children:
                    if p.dep_ == "prep" and p.lower_ == "as":
                        heads.extend(g for g in p.children if g.dep_ in ("pobj", "amod"))
    return heads


def insult_named(verb: Token) -> Token | None:
    """The word of :data:`INSULTS` in a name the naming ``verb`` gives, if any."""
    for head in _names(verb):
        for w in _named_words(head):
            if w.lower_ in INSULTS or w.lemma_.lower() in INSULTS:
                return w
    return None


def no_named_insult(tok: Token, pattern: Pattern) -> bool:
    """True when a naming row of this module (``_RULES``) gives no insult."""
    return pattern.name in _RULES and insult_named(tok) is None


def small_clause_subjects(verb: Token) -> list[Token]:
    """The one named when the parser makes the name a small clause of the naming ``verb``:
    "Sanders calls [Clinton unqualified]" hangs "Clinton" as the subject of an adjective or a
    noun (no verb, or a participle that is an insult) that is the verb's clausal complement.
    Only verbs of naming: any other verb's small clause names nobody."""
    if verb.lemma_.lower() not in _NAMING:
        return []
    return [
        g
        for c in verb.children
        if c.dep_ in ("ccomp", "xcomp")
        and (c.pos_ not in ("VERB", "AUX") or c.lower_ in INSULTS)  # "unqualified" as a VBN
        for g in c.children
        if g.dep_ in ("nsubj", "nsubjpass")
    ]


def insult_verdict(clause: Token) -> bool:
    """A copular clause calling a person an insult, read (like
    :func:`~newsgraph.nlp.events._person_verdicts.person_verdict`) inside what a speech verb's
    speaker says: "Bush tweeted that Trump is a 'loser'", '"Rubio is very weak," he said',
    "Pence said Clinton is the most dishonest candidate"; not negated ("he is not a racist"),
    not of the speaker or the hearer, not of a thing ("the system is corrupt")."""
    if clause.lemma_.lower() != "be" or any(c.dep_ == "neg" for c in clause.children):
        return False
    subj = [c for c in clause.children if c.dep_ == "nsubj"]
    if not subj or not (_a_person(subj[0]) or _table_person(subj[0])):
        return False
    for c in clause.children:
        if c.dep_ in ("acomp", "attr"):
            words = [c, *(a for a in c.children if a.dep_ == "amod")]
            if any(w.lower_ in INSULTS or w.lemma_.lower() in INSULTS for w in words):
                return True
    return False


def _table_person(subj: Token) -> bool:
    """A proper name the tagger read as an organisation (or as no entity) that the actor table
    knows as a person, by the same look-up as ``_political._politician``: "Trump" tagged ORG in
    "Bush tweeted that Trump is a 'loser'"; "Trump University" is no person."""
    if subj.pos_ != "PROPN" or subj.ent_type_ not in ("ORG", ""):
        return False
    ent = next((e for e in subj.doc.ents if e.start <= subj.i < e.end), None)
    if ent is not None:
        name = ent.text
    else:
        name = " ".join(t.text for t in subj.subtree if t.i == subj.i or t.dep_ == "compound")
    return builtin_table().person(name) is not None


def told_insult(clause: Token, speakers: list[Token]) -> bool:
    """:func:`insult_verdict` for the speech verbs of :data:`SPEECH_RULES`, whose reported
    pronoun is as often the speaker ("Christie told reporters that he was a fool to trust
    them"): a pronoun subject counts only as "he"/"she" of the other gender than every speaker
    ("Sanders suggested that she is unqualified")."""
    if not insult_verdict(clause):
        return False
    subj = next(c for c in clause.children if c.dep_ == "nsubj")
    if subj.pos_ != "PRON":
        return True
    return subj.lower_ in ("he", "she") and all(other_gender(subj, s) for s in speakers)
