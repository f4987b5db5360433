"""Whether a matched trigger is a political event PLOVER codes, and of which kind: no business
or private dealings, no pronoun talk with no one named, no actor-less event unless it is the
news ("protests broke out"); a politician "attacking" another is criticism (ACCUSE), force
announced for the future a threat (THREATEN)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsgraph.lexicons import country_of_name
from newsgraph.model import Actor
from newsgraph.nlp.events._agency import _KIN
from newsgraph.nlp.events._custody import counted_custody
from newsgraph.nlp.events._damage import BY_HAND, damage_of_place
from newsgraph.nlp.events._damaged_property import unnamed_harm
from newsgraph.nlp.events._filters import (
    disaster_response,
    disaster_sentence,
    harm_words,
    hazard_topic,
)
from newsgraph.nlp.events._flags import clause_tokens
from newsgraph.nlp.events._headline import crowd_modifier, headline_pair
from newsgraph.nlp.events._meetings import bare_talks
from newsgraph.nlp.events._participants import (
    _PERSONAL,
    _lone,
    _participant,
    _participant_text,
)
from newsgraph.nlp.events._patterns import Pattern
from newsgraph.nlp.events._planned_protests import news_without_actor
from newsgraph.nlp.events._rallies import campaign_rally
from newsgraph.nlp.events._roles import subject
from newsgraph.nlp.events._trips import home_or_private_trip, site_visit
from newsgraph.nlp.events.actor_table import builtin_table


def _verbal_attack(doc: Doc, tok: Token, sources: list[Actor], targets: list[Actor]) -> bool:
    """'Trump attacked Clinton': a named person attacking a named person or organisation, with
    no weapon or force word in the clause, is criticism (ACCUSE), not an assault."""
    kinds = {e.id: e.type for e in doc._.ng_entities or []}
    if not sources or not all(kinds.get(a.entity or "") == "PERSON" for a in sources):
        return False
    if not targets or not all(kinds.get(a.entity or "") in {"PERSON", "ORG"} for a in targets):
        return False
    clause = {t.lemma_.lower() for t in clause_tokens(tok)}
    return not clause & harm_words()["force"]


def _across_borders(tok: Token, sources: list[Actor], targets: list[Actor]) -> bool:
    """One country (or an international organisation) acting towards another: "the United
    States will send aid to the flood victims in Pakistan", "Japan sent rescue teams to
    Turkey". Relief across borders is an international event (AID) even in a disaster. The
    other country is a target's, else a country the sentence names outside the sources."""
    src = {a.country or ("IGO" if (a.code or "").startswith("IGO") else None) for a in sources}
    src.discard(None)
    if not src:
        return False
    other = {a.country for a in targets if a.country}
    if not other:
        spans = [(a.span.start, a.span.end) for a in sources if a.span is not None]
        for ent in tok.sent.ents:
            if ent.label_ not in ("GPE", "NORP"):
                continue
            if any(s <= ent.start_char < e for s, e in spans):
                continue
            country = country_of_name(ent.text)
            if country:
                other.add(country)
    return bool(other - src)


# what a state asks to be given when it appeals for aid (CAMEO 023, "appeal for aid")
_AID_WORDS = frozenset({"aid", "help", "assistance", "relief", "funds", "funding", "supplies"})
# codes of private people and bodies: their appeal in a disaster is no political event
_APPEALING_PRIVATE = frozenset({"CVL", "BUS", "MNC", "EDU", "HLH", "MED", "LAB", "AGR", "REF"})


def _appeal_for_aid(tok: Token, pattern: Pattern, sources: list[Actor]) -> bool:
    """A government, country or international body appealing or asking for aid or money
    ("Somalia appealed for food aid as drought threatened millions", "the governor asked the federal
    government for disaster relief after the tornado"): a REQUEST of its own (CAMEO 023) even
    in a disaster, unlike telling the public what to do ("authorities urged residents to
    leave as the floodwaters rose") or an appeal by private people ("residents appealed for
    help")."""
    if pattern.type != "REQUEST":
        return False
    if not any(a.code and a.code[-3:] not in _APPEALING_PRIVATE for a in sources):
        return False
    asked = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children]
    return any(
        t.lemma_.lower() in _AID_WORDS or t.ent_type_ == "MONEY"
        for g in asked
        if g.dep_ == "pobj"
        for t in g.subtree
    )


def _politician(a: Actor) -> bool:
    """A person the actor table gives a political role in some period (a business code is
    only their undated default): "Trump refused to release his tax returns" in a sentence
    with no publication date is no business dealing."""
    entry = builtin_table().person(a.span.text)
    return entry is not None and any(
        (c.start is not None or c.end is not None) and c.code[-3:] not in _BUSINESS
        for c in entry.codes
    )


# who receives a business licence or permit, and rights that are one ("mining rights")
_FIRMS = frozenset(
    "company firm corporation developer operator contractor investor bank business conglomerate "
    "miner carrier airline utility supplier retailer manufacturer producer insurer startup "
    "broadcaster consortium".split()
)
_COMMERCIAL = frozenset(
    "mining drilling exploration fishing broadcast broadcasting landing logging grazing "
    "development naming distribution marketing water mineral oil gas".split()
)


def _business_grant(tok: Token) -> bool:
    """A grant to a business or of commercial rights is a licence or permit, no concession
    between political actors: "granted the company rights to the oil field", "granted mining
    rights to a Chinese firm" ("granted the rebels amnesty" stays). The recipient is the
    verb's indirect object, its "to" object or a compound of what it granted."""
    if tok.lemma_.lower() != "grant":
        return False
    granted = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    recipients = [c for c in tok.children if c.dep_ == "dative" and c.pos_ != "ADP"]
    for c in [*tok.children, *(g for o in granted for g in o.children)]:
        if c.dep_ in ("dative", "prep") and c.lower_ == "to":
            recipients.extend(g for g in c.children if g.dep_ == "pobj")
    mods = [g for o in granted for g in o.children if g.dep_ == "compound"]
    return any(r.lemma_.lower() in _FIRMS for r in [*recipients, *mods]) or any(
        m.lemma_.lower() in _COMMERCIAL for m in mods
    )


def _not_political(
    tok: Token, pattern: Pattern, dep: Token | None, sources: list[Actor], targets: list[Actor]
) -> bool:
    """Interactions PLOVER does not code: between businesses only ("Apple sued Samsung", "the
    company warned of lower deliveries"), and force or withdrawal by an uncoded name with no
    victim ("Manchester United attacked relentlessly", "Federer withdrew from the tournament")."""
    if (
        disaster_response(tok, pattern.type)
        and not _across_borders(tok, sources, targets)
        and not _appeal_for_aid(tok, pattern, sources)
    ):
        return True  # "authorities evacuated thousands as the floods rose"
    if (
        pattern.type == "CONSULT"
        and pattern.mode == "visit"
        and not any(a.code for a in targets)
        and disaster_sentence(tok)
    ):
        return True  # "the governor visited flood victims": relief, no one consulted
    if pattern.type not in _HARM_TYPES | _EASING and hazard_topic(tok, dep):
        return True  # "evacuation warnings were issued", "police are investigating a crash"
    if pattern.type == "PROTEST" and campaign_rally(tok, dep, sources):
        return True  # "Sanders held a rally at Penn State": a campaign event
    if pattern.type == "CONCEDE" and _business_grant(tok):
        return True  # "granted the company rights to the oil field": a licence, no concession
    actors = [*sources, *targets]
    sectors = {a.sector or (a.code[-3:] if a.code else None) for a in actors if a.code}
    if (
        sectors
        and sectors <= _BUSINESS
        and not (not sources and pattern.type in _IMPOSED)
        and not (not sources and unnamed_harm(tok, pattern))  # "businesses were looted"
        and not any(_politician(a) for a in actors if a.code)
    ):
        return True  # but "the bank was fined", "the firm's offices were raided": by authorities
    if (
        sectors
        and sectors <= _PRIVATE
        and pattern.type not in _PUBLIC_TYPES
        and not any(_politician(a) for a in actors if a.code)
    ):
        return True  # "the teacher praised the students", "the professor asked students"
    if (
        pattern.type == "CONSULT"
        and pattern.mode == "visit"
        and not any(a.code for a in targets)
        and sources
        and all(a.code is not None and a.code[-3:] in _APPEALING_PRIVATE for a in sources)
        and not any(_politician(a) for a in sources if a.code)
    ):
        return True  # "the chef visited farms across Italy": a private trip to places
    if home_or_private_trip(tok, pattern, sources, targets) or site_visit(
        tok, pattern, sources, targets
    ):
        return True  # "the president travelled to Ohio", "officials toured a factory" (_trips)
    if pattern.type in ("ASSAULT", "RETREAT") and pattern.pos == "V":
        hit = [
            c
            for c in tok.children
            if c.dep_ in ("dobj", "nsubjpass") and (c != dep or _participant(c))
        ]  # "the hostages were released": the pattern's own word may be the victim
        if (
            not hit
            and not any(a.code for a in actors)
            and not any(a.span.text.lower() in _PERSONAL or _participant_text(a) for a in sources)
            and not _deadly_attack(tok, pattern)  # "the dead and injured in the bombings"
            and not armed_attack(tok, pattern)  # "a bomb went off in a crowded market"
            and not unnamed_harm(tok, pattern)  # "she was tied up and raped" (acled35)
        ):
            return True
    return False


_BUSINESS = frozenset({"BUS", "MNC"})
_HARM_TYPES = frozenset({"ASSAULT", "PROTEST"})
# restrictions eased or lifted are a concession whatever they restrict ("eased travel
# restrictions on residents of Tibet": "travel" is a hazard word of warnings, not of these)
_EASING = frozenset({"CONCEDE", "RETREAT", "SANCTION"})


# verbal cooperation and conflict (PLOVER quads 1 and 3)
_VERBAL = frozenset(
    {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "REQUEST", "ACCUSE", "REJECT", "THREATEN"}
)


def _pronoun_talk(tok: Token, pattern: Pattern, sources: list[Actor], targets: list[Actor]) -> bool:
    """A verbal event whose one actor is a personal pronoun that nothing resolved, in a
    sentence that names no one else — no person, organisation, place or nationality, no
    actor noun ("she threatened to quit the choir", "he refused to eat his vegetables"): it
    says nothing about political actors. ("He has ruled out arms deals with the oil-rich
    country" names one and stays.)"""
    actors = [*sources, *targets]
    if not (
        pattern.type in _VERBAL
        and len(actors) == 1
        and actors[0].code is None
        and actors[0].span.text.lower() in _PERSONAL
    ):
        return False
    return not any(
        t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or _participant(t) for t in tok.sent
    )


# what only authorities do to a firm: a sanction or coercion of a business with no source named
_IMPOSED = frozenset({"SANCTION", "COERCE"})


# sectors whose dealings among themselves are private life (schools, hospitals, firms) unless
# they protest, fight or are coerced
_PRIVATE = frozenset({"BUS", "MNC", "EDU", "HLH"})
_PUBLIC_TYPES = frozenset({"PROTEST", "ASSAULT", "COERCE", "SANCTION", "MOBILIZE"})


_FUTURE = frozenset({"will", "would", "'ll", "shall"})
_THREAT_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION"})
# verbs of a state that goes on, whose subject is the one held ("remain in custody")
_STATES = frozenset({"remain", "stay"})


def _threat(tok: Token, pattern: Pattern) -> bool:
    """A use of force, coercion or sanction announced for the future by its actor ("Iraq would
    retaliate against Venezuela", "the US will strike Iraq unless ...") is a threat: the PLOVER
    manual codes THREATEN, not the hypothetical act."""
    if pattern.type not in _THREAT_TYPES:
        return False
    future = _FUTURE
    if tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head.lemma_.lower() in _LAUNCH:
        # an attack or operation its actor will or could launch ("said his country could
        # launch a new military operation against Kurdish militants at any moment"; recall21)
        tok, future = tok.head, _FUTURE | _MAY
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    if tok.lemma_.lower() in _STATES:
        return False  # "will remain in custody": its subject undergoes it, no one threatens
    return any(c.dep_ == "aux" and c.lower_ in future for c in tok.children) and any(
        c.dep_ == "nsubj" for c in tok.children
    )


# verbs that launch a nominal attack, and the modals of what an actor may yet launch
_LAUNCH = frozenset({"launch", "mount", "stage", "carry", "conduct", "begin", "start", "resume"})
_MAY = frozenset({"could", "may", "might"})


def _news_noun(tok: Token, pattern: Pattern) -> bool:
    """A nominal trigger that is itself the subject of an intransitive clause ("protests broke
    out", "violent clashes erupted") is the news even when no actor is named (not "the rally in
    tech shares lifted the Nasdaq"), unless the clause is a condition ("if demand kept
    growing")."""
    if pattern.type == "PROTEST" and _protesting_people(tok, pattern):
        return True
    if _imposed(tok, pattern) or counted_custody(tok, pattern):  # "Five were arrested"
        return True
    if _deadly_attack(tok, pattern) or armed_attack(tok, pattern) or _requested_act(tok, pattern):
        return True
    if _stated_violence(tok, pattern) or news_without_actor(tok, pattern):  # real28
        return True
    return (
        pattern.pos == "N"
        and tok.dep_ == "nsubj"
        and not bare_talks(tok, pattern)  # "the meeting was long" (_meetings)
        and tok.head.pos_ in ("VERB", "AUX")
        and not any(c.dep_ in ("dobj", "attr", "ccomp") for c in tok.head.children)
        and not any(c.dep_ == "mark" and c.lower_ in _CONDITION for c in tok.head.children)
    )


# event nouns as often of markets, games or nature as of conflict ("there was a rally on Wall
# Street", "a march of penguins", "a strike in the second half")
_LOOSE = frozenset("rally march strike fight battle offensive raid war campaign".split())
_MODALS = frozenset("will would 'll shall should could can may might must".split())
# verbs whose passive subject is an event someone saw or reported ("clashes were reported")
_REPORTED = frozenset({"report", "see", "witness", "hear", "observe", "record"})


def _stated_violence(tok: Token, pattern: Pattern) -> bool:
    """Violence or a protest stated to have happened with no one named, as wire news states
    it: in an existential clause ("there were protests in the capital", "there was heavy
    fighting overnight"), as what was reported, seen or heard ("clashes were reported in the
    north", "looting was reported"), or as what reports are of ("there have been reports of
    wholesale looting"). Not "there were no protests", not in a condition or a forecast ("there
    will be riots"), and not for the nouns of markets, games and nature too ("there was a rally
    on Wall Street")."""
    if pattern.type not in _HARM_TYPES or tok.lemma_.lower() in _LOOSE:
        return False
    if pattern.pos != "N" and not (tok.tag_ == "VBG" and tok.dep_ in ("pobj", "pcomp")):
        return False  # a gerund the parser made a verb: "reports of looting"
    if any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children):
        return False
    noun = tok
    if noun.dep_ in ("pobj", "pcomp") and noun.head.lower_ == "of":
        if noun.head.head.lemma_ != "report":
            return False
        noun = noun.head.head  # "reports of looting": the reports are stated
    head = noun.head
    if head.pos_ not in ("VERB", "AUX") or any(c.dep_ == "neg" for c in head.children):
        return False
    if any(c.dep_ == "mark" and c.lower_ in _CONDITION for c in head.children):
        return False
    if any(c.dep_ == "aux" and c.lower_ in _MODALS for c in head.children):
        return False  # "there will be riots": a forecast
    if noun.dep_ in ("attr", "nsubj") and head.lemma_ == "be":
        return any(c.dep_ == "expl" for c in head.children)
    return (
        noun.dep_ == "nsubjpass"
        and head.lemma_.lower() in _REPORTED
        and not any(c.dep_ == "agent" for c in head.children)
    )


# nouns that name an armed attack by themselves ("the bombings", "the massacre", "an air
# strike"); "strike" only with "air" ("a strike" may be a walkout)
_ATTACK_NOUNS = frozenset(
    {"bombing", "massacre", "shelling", "airstrike", "air-strike", "bombardment"}
)
# words that report casualties: lemmas of harm verbs, forms of casualty nouns and adjectives
_CASUALTY_LEMMAS = frozenset({"kill", "injure", "wound", "die", "hurt", "maim"})
_CASUALTY_FORMS = frozenset(
    "dead injured wounded casualties lives deaths fatalities victims toll killed".split()
)


def _attack_noun(tok: Token) -> bool:
    lemma = tok.lemma_.lower()
    if lemma == "strike":
        return any(c.lower_ == "air" for c in tok.children)
    return lemma in _ATTACK_NOUNS or tok.lower_ in _ATTACK_NOUNS


def _deadly_attack(tok: Token, pattern: Pattern) -> bool:
    """An attack noun in a sentence that reports casualties ("the bombings in Kenya and
    Tanzania claimed at least 217 lives"), or harm suffered in one ("figures for the dead and
    injured in the bombings"): the attack is the news, coded with an unknown source as PLOVER
    does when no one is named (not "the bombings were the subject of a documentary")."""
    if pattern.type != "ASSAULT":
        return False
    if pattern.pos == "V":
        # harm suffered in an attack ("the dead and injured in the bombings"): the attack's
        # casualties, as harm suffered in a crash is the crash's
        return (
            tok.lemma_.lower() in _CASUALTY_LEMMAS
            and not any(c.dep_ in ("nsubj", "nsubjpass", "agent") for c in tok.children)
            and any(
                _attack_noun(g)
                for p in tok.children
                if p.dep_ == "prep" and p.lower_ in ("in", "during")
                for g in p.children
                if g.dep_ == "pobj"
            )
        )
    if pattern.pos != "N" or not _attack_noun(tok):
        return False
    return any(
        t.i != tok.i and (t.lemma_.lower() in _CASUALTY_LEMMAS or t.lower_ in _CASUALTY_FORMS)
        for t in tok.sent
    )


# acts a request asks for, as the subject of a passive request ("his extradition has been
# requested", "an investigation into the killings has been requested")
_REQUESTED = frozenset(
    "release extradition withdrawal resignation ceasefire cease-fire truce investigation "
    "inquiry probe halt end return removal dialogue talks aid assistance help".split()
)


def _requested_act(tok: Token, pattern: Pattern) -> bool:
    """A request in the passive whose subject is the act asked for, with no one named ("the
    ministry said his extradition has been requested"): the request is the news, with an
    unknown source, and the act its content (not an extradition that happened)."""
    return (
        pattern.type == "REQUEST"
        and pattern.pos == "V"
        and any(c.dep_ == "nsubjpass" and c.lemma_.lower() in _REQUESTED for c in tok.children)
        and not any(c.dep_ == "mark" and c.lower_ in _CONDITION for c in tok.children)
    )


# weapons whose use is an attack by itself: a bomb that exploded, rockets that landed, shells
# that hit ("mine" is left out: a coal mine; "device" only beside an explosive word)
_WEAPONS = frozenset(
    "bomb bombs explosive explosives ied ieds grenade grenades landmine landmines rocket rockets "
    "missile missiles mortar mortars shell shells projectile projectiles car-bomb".split()
)
# deliberate damage to a place or a building, done by people whoever they are ("houses were
# set on fire", "the office was torched", "shops were looted"); not vandalism ("his vehicle
# has been vandalised" is everyday crime)
_DELIBERATE = frozenset({"set", "torch", "loot", "ransack", "raze"})


def _armed_word(t: Token) -> bool:
    return t.lemma_.lower() in _WEAPONS or t.lower_ in _WEAPONS


def armed_attack(tok: Token, pattern: Pattern) -> bool:
    """An attack known by its weapon or its deliberate damage, with no attacker named: a
    weapon that is the subject of the trigger ("a roadside bomb exploded near the convoy",
    "two rockets landed near the airport", "mortar shells hit a residential area") or that
    names a blast ("a bomb blast rocked the capital"), and a building or place set on fire,
    torched or looted ("houses were set on fire in the village"). PLOVER codes these with an
    unknown source, as ACLED does. Not in a condition ("if a bomb went off")."""
    if pattern.type != "ASSAULT":
        return False
    head = tok.head if pattern.pos == "N" and tok.dep_ in ("nsubj", "nsubjpass") else tok
    if any(c.dep_ == "mark" and c.lower_ in _CONDITION for c in head.children):
        return False
    if pattern.pos == "N":
        return any(
            c.dep_ in ("compound", "amod") and (_armed_word(c) or c.lemma_.lower() in BY_HAND)
            for c in tok.children
        ) or damage_of_place(tok)
    if pattern.pos != "V":
        return False
    subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
    if any(
        _armed_word(s) or any(c.dep_ == "compound" and _armed_word(c) for c in s.children)
        for s in subjects
    ):
        return True  # "a roadside bomb exploded", "a bomb blast rocked the capital"
    if tok.lemma_.lower() in _DELIBERATE and _stated_violence(tok, pattern):
        return True  # "there have been reports of looting"
    physical = harm_words().get("physical", frozenset())
    # a quantity's "of" object is what was hit ("dozens of shops were looted")
    hit = [
        g
        for s in subjects
        if s.dep_ == "nsubjpass"
        for g in (s, *(o for p in s.children if p.lower_ == "of" for o in p.children))
    ]
    return tok.lemma_.lower() in _DELIBERATE and any(g.lemma_.lower() in physical for g in hit)


# auxiliaries of a passive that happened ("was imposed", "were banned", "has been declared"),
# not of a standing rule ("is banned", "are forbidden")
_PAST_PASSIVE = frozenset({"was", "were", "been"})


# restrictions imposed on a population or a country; not closures ("all schools have been
# closed indefinitely" in an epidemic, GeoVirus) nor a health lockdown
_IMPOSITIONS = frozenset({"curfew", "blockade", "embargo", "siege", "martial", "ban"})


def _named(noun: Token) -> set[str]:
    """A noun's lemma and its modifiers' ("martial law": law, martial)."""
    mods = (m.lemma_.lower() for m in noun.children if m.dep_ in ("amod", "compound"))
    return {noun.lemma_.lower(), *mods}


def _imposed(tok: Token, pattern: Pattern) -> bool:
    """Coercion stated in an agentless passive that happened ("A curfew was imposed in the
    capital", "the rally was banned", "martial law has been declared"): the news with an
    unknown source, as PLOVER allows. The passive subject is the coercion noun itself, the
    trigger or its pattern's dependent (not "Parking was banned on Main Street during the
    parade"), and no "by" names the agent (an agent is coded as a source). A standing rule in
    the present tense, or a relative clause describing its noun, is no event ("Photography is
    banned inside the museum", "felons, who have been banned from voting")."""
    if pattern.type != "COERCE":
        return False
    if pattern.pos == "N" and tok.dep_ == "nsubjpass" and tok.lemma_.lower() in _IMPOSITIONS:
        verb = tok.head
    elif pattern.pos == "V" and any(
        c.dep_ == "nsubjpass" and _named(c) & pattern.with_ & _IMPOSITIONS for c in tok.children
    ):
        verb = tok  # "imposed" with its pattern's own noun ("curfew") as the passive subject
    else:
        return False  # not "Parking was banned": the coercion noun is no passive subject
    if verb.pos_ != "VERB" or any(c.dep_ == "agent" for c in verb.children):
        return False
    if verb.dep_ in ("relcl", "acl"):
        return False  # "felons, who have been banned from voting since the Civil War": a state
    return any(c.dep_ == "auxpass" and c.lower_ in _PAST_PASSIVE for c in verb.children)


def _protesting_people(tok: Token, pattern: Pattern) -> bool:
    """A protest whose subject is a plural noun for a group of people the actor coder may not
    code ("tribal elders organised a sit-in", "lecturers boycotted classes", "shopkeepers shut
    their businesses in protest"; event_harm.tsv: people): the news, like "protests broke out".
    Not "fans marched to the stadium": fans are no such group. A verbless headline's protest
    noun with a crowd or such a group as its modifier is one too ("Thousands rally in Belgrade
    against lithium mine", "Students protest in Dhaka"; not "Stocks rally in Asia")."""
    if pattern.pos == "N" and tok.dep_ == "ROOT" and crowd_modifier(tok):
        return True
    verb: Token | None = tok
    if pattern.pos == "N":
        verb = tok.head if tok.dep_ in ("dobj", "nsubjpass") else None
        if tok.dep_ == "pobj" and tok.head.dep_ == "prep":  # "shut their shops in protest"
            verb = tok.head.head
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return False
    who = subject(verb)
    if who is not None and who.lower_ in ("group", "crowd", "band", "dozens", "hundreds"):
        # "a group of mothers held a vigil": the quantity's "of" object
        who = next(
            (g for c in who.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"),
            who,
        )
    if who is None or who.tag_ != "NNS":
        return False
    return who.lemma_.lower() in harm_words().get("people", frozenset())


_CONDITION = frozenset({"if", "unless", "whether"})


# whom a meeting is with when the actor coder codes no one: a name, people, kin, a pronoun
_MET_PRONOUNS = frozenset({"him", "her", "them", "us", "me"})
# meetings in person; talking with someone may be an interview ("spoke with Teachout")
_MEET_LEMMAS = frozenset({"meet"})


def lone_meeting(
    pattern: Pattern, targets: list[Actor], src_heads: list[Token], tgt_heads: list[Token]
) -> bool:
    """A reciprocal meeting with one singular side and no one met ("the city council met"):
    no event. Someone met whom the actor coder leaves uncoded still makes two sides: a name
    ("Obama met with Espinoza"), people or their relatives ("met with the parents of the
    kidnapped schoolgirls"), a person pronoun; only for "meet" (a media outlet that "spoke
    with" a candidate interviewed her)."""
    if not pattern.reciprocal or targets or not _lone(src_heads):
        return False
    if headline_pair(src_heads[0]):
        return False  # "Modi, Putin hold talks in Moscow": two sides, one comma
    if pattern.lemma not in _MEET_LEMMAS:
        return True  # "The Huffington Post spoke with Teachout": an interview, not talks
    people = harm_words().get("people", frozenset())
    return not any(
        (h.pos_ == "PROPN" and h.ent_type_ not in ("DATE", "TIME", "CARDINAL", "ORDINAL"))
        or h.lower_ in _MET_PRONOUNS
        or _participant(h)
        or h.lemma_.lower() in people
        or h.lower_ in _KIN
        for h in tgt_heads
    )
