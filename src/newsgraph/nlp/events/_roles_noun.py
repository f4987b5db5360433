"""Source and target noun-phrase heads of a nominal trigger ("Turkey's support for HTS")."""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph import lexicons as lexicon
from newsgraph.nlp.events._attack_sites import attack_site
from newsgraph.nlp.events._countries import (
    mark_attacked,
    mark_victims,
    names_accord,
    struck_object_of,
)
from newsgraph.nlp.events._patterns import Pattern
from newsgraph.nlp.events._pronouns import _personal
from newsgraph.nlp.events._rallies import cause_modifier
from newsgraph.nlp.events._roles_accused import inquiry_subject
from newsgraph.nlp.events._roles_common import (
    _SUBJ,
    _THIRD_POSSESSIVE,
    AIMED_AT,
    POSSESSIVE,
    _anti,
    _between,
    _expand,
    _other,
    _owner,
    _participle_of_noun,
    _pobjs,
    _prep_objects,
    between_sides,
    governing_verb,
    subject,
)
from newsgraph.nlp.events._roles_exposed import defended, exposed_targets
from newsgraph.nlp.events._roles_held import GIVER_PREPS as _GIVER_PREPS
from newsgraph.nlp.events._roles_held import held_support
from newsgraph.nlp.events._roles_hidden import at_hands_of
from newsgraph.nlp.events._roles_placed import noun_located
from newsgraph.nlp.events._roles_responsible import responsible_party
from newsgraph.nlp.events._roles_sites import protest_site
from newsgraph.nlp.events._roles_transfer import _TRANSFER, _compound_recipient

# verbs whose subject undergoes the nominal event in their object: "he faced criticism from
# his party", "the city came under attack", "Kiev won support from Brussels"; victims who died or
# perished in it: "five civilians died in the shelling"
_UNDERGO = frozenset(
    "face receive draw suffer endure weather field attract survive withstand die perish".split()
)


# verbs whose subject answers a hostile nominal event aimed at them: "China rebuts American
# criticism", "he dismissed the accusations", "Moscow denied the charges"
_REBUT = frozenset(
    "rebut dismiss deny reject refute counter deflect shrug brush rebuff answer ignore gloss"
    " defy heed".split()
)


_HOSTILE_TYPES = frozenset({"ACCUSE", "THREATEN", "ASSAULT", "SANCTION", "COERCE"})


# nominal events whose "of" object is their giver once the subject undergoes them
_GIVEN_TYPES = frozenset({"SUPPORT", "AID", "ACCUSE"})


# verbs whose subject gains the support or aid in their object: "won the endorsement of X",
# "picked up an endorsement from Perry", "garnered support", "scored an endorsement from Lee"
_UNDERGO_GOOD = frozenset(
    "win gain earn get secure enjoy pick collect garner land rack ring accept score".split()
)


# verbs whose subject serves the punishment or custody in their object: "is serving a life
# sentence", "served two years in prison" (the court or jailer is the other side)
_SERVE = frozenset({"serve"})


# verbs that hand their object to someone, whose passive subject received it: "was given a
# suspended sentence", "was handed a fine", "Ukraine was granted military aid"
_HANDED = frozenset("give hand award grant issue".split())


# passive verbs whose subject takes part in the nominal event: "forces were engaged in clashes"
_ENGAGED = frozenset({"engage", "involve", "embroil", "lock", "mire", "bog"})


def noun_roles(
    noun: Token, pattern: Pattern, *, inherit: bool = True
) -> tuple[list[Token], list[Token]]:
    """Source and target heads of a nominal trigger ("Turkey's support for HTS"); with
    ``inherit`` a trigger with no source of its own takes its governing verb's subject
    ("Iran launched an attack"), or makes it the target when that verb says the subject
    underwent the event ("he faced criticism from his party")."""
    sources: list[Token] = []
    for child in noun.children:
        if child.dep_ == "poss" and child.lower_ == "whose":
            owner = _relative_owner(noun)  # "Obama, whose criticism of Trump ..."
            if owner is not None:
                sources.append(owner)
        elif child.dep_ == "poss" and (child.pos_ != "PRON" or child.lower_ in POSSESSIVE):
            sources.append(child)
        elif child.dep_ in ("prep", "agent") and child.lower_ == "by":
            sources.extend(_pobjs(child))
        elif child.dep_ == "prep" and child.lower_ == "from" and "from" not in pattern.targets:
            sources.extend(_pobjs(child))  # "warnings from Moscow", "aid from the EU"
    if not sources:
        sources.extend(at_hands_of(noun))  # "died in a shooting at the hands of a gunman"
    # "gave Israel aid", "offered Ukraine military aid": the place the parser compounded into
    # the goods is their recipient (_roles_transfer), not the giver
    recipient = (
        _compound_recipient(noun.head)
        if noun.dep_ == "dobj" and noun.head.lemma_.lower() in _TRANSFER
        else []
    )
    sites: list[Token] = []  # "the Orlando attack": where it happened (_attack_sites)
    if not sources:
        for child in noun.children:
            if attack_site(child, noun, pattern):
                sites.append(child)
            elif (
                child.dep_ in ("amod", "compound", "nmod")
                and child.i < noun.i
                and not any(child in r.subtree for r in recipient)
                and not names_accord(child)  # "the Paris accord": no party to it
                and not cause_modifier(child, pattern.type)  # "a pro-Hamas rally"
                and (
                    child.ent_type_ in ("GPE", "NORP", "ORG")
                    or child.pos_ == "PROPN"
                    or (inherit and _acting_group(child, pattern))
                )
            ):
                sources.append(child)  # "Israeli strikes", "rebel raids", "army shelling"
    if not sources and pattern.type in _FORCE_TYPES:
        sources.extend(responsible_party(noun))  # "X was responsible for the bombing"
    targets = _prep_objects(
        noun, pattern.targets | (frozenset({"with"}) if pattern.reciprocal else frozenset())
    )
    if not targets:
        # "hostility toward Washington", "attacks towards Trump": whom it is aimed at
        targets = _prep_objects(noun, AIMED_AT)
    if not targets:
        # "a rape allegation made against Assange", "sanctions imposed on Iraq": the target
        # phrase hangs on a participle describing the trigger
        for child in noun.children:
            if _participle_of_noun(child):
                targets.extend(_prep_objects(child, pattern.targets | AIMED_AT))
    if not targets and noun.dep_ == "pobj" and noun.head.lower_ == "in":
        # "ads in support of Sanders", "marched in protest of the ruling": the "of" object is
        # whom it is for or against (elsewhere "the support of McCain" is McCain's)
        if pattern.type in ("SUPPORT", "PROTEST"):
            targets = _prep_objects(noun, frozenset({"of"}))
    if not targets and noun.dep_ == "dobj":
        # "increased aid to El Salvador", "imposed sanctions on Iran": the parser hangs the
        # trigger's phrase on the verb
        for child in noun.head.children:
            if child.dep_ == "prep" and child.i > noun.i and child.lower_ in pattern.targets:
                targets.extend(_pobjs(child))
            elif child.dep_ == "prep" and child.lower_ == "behind" and pattern.type == "SUPPORT":
                targets.extend(_pobjs(child))  # "threw his support behind Clinton"
    if not targets:
        targets = list(recipient)
    targets = [*sites, *(t for t in targets if t not in sites)]  # "the Orlando attack"
    if (
        not targets
        and pattern.type == "ASSAULT"
        and noun.dep_ == "nsubj"
        and struck_object_of(noun)
    ):
        # "Israeli air strikes hit Gaza": what the strikes, as the subject of a verb of force,
        # struck
        targets = struck_object_of(noun)
    if not sources and pattern.type == "PROTEST" and noun.dep_ in _SUBJ:
        sources.append(noun)  # "protests broke out": the protest stands for its protesters
    if not targets:
        # "subjected her to a sexual assault", "protected civilians against attacks by X"
        targets = exposed_targets(noun, pattern.type)
    if not targets:
        # "Navalny's arrest", "the journalist's killing": the possessor of an act done to
        # someone is whom it was done to
        done_to = _possessed_patients(noun, sources)
        if done_to:
            targets = done_to
            sources = [s for s in sources if s not in done_to]
    if not targets and pattern.type == "PROTEST":
        targets = protest_site(noun)  # "a rally held outside the Israeli consulate"
    if not targets and pattern.type == "ACCUSE":
        # "opened an investigation into whether the senator took bribes" (_roles_accused)
        gov = noun.head if noun.dep_ == "dobj" else None
        found = inquiry_subject(gov, noun) if gov is not None else inquiry_subject(noun, None)
        targets = [found] if found is not None else []
    doer = _doer(noun, sources)
    targets = [_owner(t, doer) for t in targets]
    if pattern.type == "ASSAULT":
        # "an attack on a hotel in Mogadishu": the thing stands for its place (_roles_placed)
        targets = [noun_located(t, noun) for t in targets]
        mark_attacked(targets)  # "the shelling of Mariupol", "attacks on Kharkiv"
    if pattern.type in ("ASSAULT", "COERCE"):
        mark_victims(targets)  # "the abduction of 20 schoolgirls"
    if inherit:
        gov = governing_verb(noun)
        if gov is not None and _undergoes(gov, noun, pattern):
            subj = subject(gov) or _handed_to(gov)
            sources = _givers(sources, gov, subj)
            if not sources:
                # "was given a suspended sentence by a judge": the passive's agent gave it
                sources = [o for c in gov.children if c.dep_ == "agent" for o in _pobjs(c)]
            if not sources:
                # "Rubio's team winning praise from Bush's team": the parser hangs the giver's
                # "from" phrase on the verb of receiving
                sources = [
                    o
                    for c in gov.children
                    if c.dep_ == "prep" and c.lower_ == "from" and c.i > noun.i
                    for o in _pobjs(c)
                ]
            if not sources and pattern.type in _GIVEN_TYPES:
                # "won the endorsement of X", "faced the criticism of X", "has support
                # among black voters": X gave it
                given = _prep_objects(noun, _GIVER_PREPS)
                sources = given
                targets = [t for t in targets if t not in given]
            if subj is not None and subj != noun and subj not in sources and not targets:
                targets.append(subj)
        elif (
            gov is not None
            and not sources
            and not sites
            and not _in_setting(noun)
            and defended(noun, pattern.type) is None  # the defender attacks no one
            and not (between_sides(noun) and _dates_clause(noun))  # acled38
        ):
            subj = subject(gov)
            visitor = _visitor(gov) if pattern.type == "CONSULT" else None
            if visitor is not None:
                subj = subj or visitor
                if not targets:
                    targets = _host_country(noun, visitor)
            if subj is None and gov.lemma_.lower() in _ENGAGED:
                subj = next((c for c in gov.children if c.dep_ == "nsubjpass"), None)
            if subj is not None and subj != noun:
                sources.append(subj)
    if not targets and pattern.type == "PROTEST":
        targets = _anti(noun, sources)
    sources, targets = _between(noun, _expand(sources), _expand(targets))
    if not sources and noun.dep_ in _SUBJ and noun.head.pos_ in ("VERB", "AUX"):
        # "clashes erupted between police and protesters": the sides hang on the verb
        hosts = [noun.head] + [c for c in noun.head.children if c.dep_ == "prt"]
        for host in hosts:
            sources, targets = _between(host, sources, targets)
    return sources, targets


# nominal events of force whose modifier names who used it
_FORCE_TYPES = frozenset({"ASSAULT", "COERCE"})

# modifiers of a nominal event of force that name an acting group ("rebel raids", "army
# shelling", "police crackdown"); a weapon or means ("drone strike", "air raid", "car bombing",
# "suicide attack", "knife attack") is none
ACTING_GROUPS = frozenset(
    "rebel militant insurgent guerrilla jihadist army military police government regime"
    " troop soldier militia security paramilitary junta separatist terrorist islamist"
    " taliban".split()
)


def _acting_group(child: Token, pattern: Pattern) -> bool:
    """A modifier naming an acting group on a nominal event of force ("rebel raids"); only
    for the event's own sides, not where the noun is weighed as what another event is about
    ("condemned the terrorist attacks" stays one ACCUSE)."""
    return pattern.type in _FORCE_TYPES and child.lemma_.lower() in ACTING_GROUPS


def _visitor(part: Token) -> Token | None:
    """The named person a participle clause describes ("Scharping, ending a two-day visit,
    said", "Ending a visit, Scharping said"): who paid the visit in its object."""
    if part.tag_ != "VBG" or part.dep_ not in ("advcl", "acl"):
        return None
    who = part.head if part.head.pos_ == "PROPN" else subject(part.head)
    if who is None or who.pos_ != "PROPN" or who.ent_type_ in ("GPE", "LOC", "ORG", "NORP"):
        return None
    return who


def _host_country(noun: Token, visitor: Token) -> list[Token]:
    """The country a visit with no "to" object was paid to: the one country its sentence names
    outside the visitor's own name ("Scharping, ending a two-day visit, said Poland was ...")."""
    places = [e.root for e in noun.sent.ents if e.label_ == "GPE" and visitor not in e]
    names = {p.text.lower() for p in places}
    return places[:1] if len(names) == 1 else []


# prepositions that place a nominal event beside its clause in time: whoever the clause is
# about did not take part ("a man died during a clash between protesters and police")
_TIME_PREPS = frozenset({"during", "amid", "amidst"})


def _in_setting(noun: Token) -> bool:
    """Whether a nominal trigger is the object of a time preposition ("during clashes")."""
    return noun.dep_ == "pobj" and noun.head.lower_ in _TIME_PREPS


# what dates a clause by an earlier event: "came after a meeting between X and Y", "followed
# talks between ...", "after months of negotiations between ..." (acled38)
_DATING_PREPS = frozenset({"after", "before", "following", "since"})
_DATING_VERBS = frozenset({"follow", "precede"})
_SPANS = frozenset({"hour", "day", "week", "month", "year", "round", "series"})


def _dates_clause(noun: Token) -> bool:
    """Whether a nominal trigger only dates its clause: the object of "after", "before",
    "following", "since" (through "days of", "a series of"), or of "followed"/"preceded". Its
    own "between" sides then are its sides, not the clause's subject ("The announcement came
    after a meeting between Putin and Erdogan")."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_ in _SPANS:
        noun = noun.head.head
    if noun.dep_ == "dobj":
        return noun.head.lemma_.lower() in _DATING_VERBS
    return noun.dep_ == "pobj" and noun.head.lower_ in _DATING_PREPS


def _undergoes(gov: Token, noun: Token, pattern: Pattern) -> bool:
    """Whether the governing verb's subject undergoes the nominal event: "faced criticism",
    "came under attack", "won support" (not "came to an agreement")."""
    lemma = gov.lemma_.lower()
    if noun.dep_ == "attr":
        return False
    if held_support(gov, noun, pattern):  # "has the backing of X", "with support from X"
        return True
    if lemma == "come":
        return noun.dep_ == "pobj" and noun.head.lower_ == "under" and noun.head.head == gov
    if lemma in _UNDERGO_GOOD:
        return pattern.type in ("SUPPORT", "AID")
    if lemma in _REBUT:
        return pattern.type in _HOSTILE_TYPES
    if lemma in _SERVE:
        return pattern.type in ("SANCTION", "COERCE")
    if lemma in _HANDED:
        return noun.dep_ == "dobj" and _handed_to(gov) is not None
    return lemma in _UNDERGO


def _handed_to(gov: Token) -> Token | None:
    """The passive subject of a verb of handing over, who received its object ("A man was
    given a suspended sentence" -> man); None for an active verb or another verb."""
    if gov.lemma_.lower() not in _HANDED:
        return None
    return next((c for c in gov.children if c.dep_ == "nsubjpass"), None)


def _givers(sources: list[Token], gov: Token, subj: Token | None) -> list[Token]:
    """The givers of a nominal event the governing verb's subject receives or faces, without
    the subject's own possessive: in "Cruz scored his first endorsement from Mike Lee" and
    "Clinton won her first endorsement from Sanders" the endorsement is Lee's and Sanders's,
    "his", "her" is the receiver. Only where another giver is named, and not for a pronoun
    the article gives someone other than the subject ("he dismissed their criticism")."""
    if subj is None or gov.lemma_.lower() in _REBUT:
        return sources
    own = [
        s
        for s in sources
        if s.dep_ == "poss" and s.lower_ in _THIRD_POSSESSIVE and not _other(s, subj)
    ]
    rest = [s for s in sources if s not in own]
    return rest if own and rest else sources


def _doer(noun: Token, sources: list[Token]) -> Token | None:
    """Whom a possessive pronoun owning the target thing must not be for the thing to stand
    for its owner: the noun's own source, else the subject of the verb it is the object of
    ("the FBI investigation into her use of a private server", "the European Union's
    criticism of his plan": her, his, when someone else; targets41). None when neither is known (the
    owner then stays unread, as before). A person's own possessive is theirs ("Carson's
    endorsement of his leadership team", "threw her support behind"): None."""
    if sources:
        first = sources[0]
        own = first.dep_ == "poss" and first.head == noun
        if own and (first.pos_ == "PRON" or _personal(first)):
            return None
        return first
    gov = governing_verb(noun)
    return subject(gov) if gov is not None else None


def _relative_owner(noun: Token) -> Token | None:
    """The noun a relative clause modifies, for a word inside that clause."""
    tok = noun
    for _ in range(5):
        if tok.dep_ == "relcl":
            return tok.head
        if tok.head == tok:
            return None
        tok = tok.head
    return None


# nouns for an act done to a person, whose possessor is that person ("Navalny's arrest",
# "Khashoggi's killing"); in "Russia's arrest of Navalny" the person is the "of" object and the
# possessor acts
_PATIENT_NOUNS = frozenset(
    """arrest detention conviction indictment sentencing imprisonment jailing execution
    killing murder assassination kidnapping abduction torture capture deportation expulsion
    extradition release beating rape prosecution impeachment ouster""".split()
)
# state bodies whose possessive names who acts ("the government's arrest of ...")
_BODIES = frozenset("government regime state police army military authorities court".split())


def _possessed_patients(noun: Token, sources: list[Token]) -> list[Token]:
    """The named possessors among ``sources`` of a noun naming an act done to a person
    (:data:`_PATIENT_NOUNS`), when they name a person or a private body, not a state or its
    organs ("Navalny's arrest", "the journalist's abduction", "Enron's indictment"; not
    "Iran's execution", "the government's arrest"), by the lexicons, not the tagger's entity
    types (which take "Navalny" for a place or an organisation); "a murderer whose detention"
    is the murderer's. A person's possessive pronoun too, when the noun has no "of" object
    ("Police announced his arrest", "a court upheld her conviction": he and she are whom it
    was done to, never a state; targets21); not "its"/"their", which may be a state body's
    ("the police defended their detention of the protesters"). Empty otherwise."""
    if noun.lemma_.lower() not in _PATIENT_NOUNS:
        return []
    whose = _relative_owner(noun) if any(c.lower_ == "whose" for c in noun.children) else None
    person_pronoun = not _prep_objects(noun, frozenset({"of"}))
    return [
        s
        for s in sources
        if ((s.dep_ == "poss" and s.head == noun) or s == whose)
        and (
            (s.pos_ in ("PROPN", "NOUN") and s.ent_type_ != "NORP" and not _state_name(s))
            or (person_pronoun and s.lower_ in _PERSON_POSSESSIVES and s.dep_ == "poss")
        )
    ]


# possessive pronouns that only a person owns
_PERSON_POSSESSIVES = frozenset({"his", "her"})


def _state_name(tok: Token) -> bool:
    """A country or its capital by name ("Iran", "Moscow"), or a state body ("the
    government")."""
    name = " ".join(t.text for t in tok.subtree if t.dep_ != "case")
    return bool(
        lexicon.country_names().get(name)
        or lexicon.capitals().get(name)
        or tok.lemma_.lower() in _BODIES
    )
