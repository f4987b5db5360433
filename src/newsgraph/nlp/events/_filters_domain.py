"""Event filters by the kind of participant or object (issue 10, "no events where there are
none"): a trigger whose only participants are firms, markets or teams, or whose object is a
consumer good, a price movement or a game, is no political event. Each rule reads the parse
and the word lists of ``resources/events/event_harm.tsv``; none names a sentence."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from newsgraph.model import Actor
from newsgraph.nlp.events._agency import _PRIVATE_CODES
from newsgraph.nlp.events._bail import bail_bond
from newsgraph.nlp.events._blows import idiom_blow
from newsgraph.nlp.events._body_blows import body_blow
from newsgraph.nlp.events._charges_faced import political_allegation
from newsgraph.nlp.events._filters import armed_words, harm_words
from newsgraph.nlp.events._filters_acled import acled_kind
from newsgraph.nlp.events._filters_hazard import hazard_kind
from newsgraph.nlp.events._meetings import empty_talks
from newsgraph.nlp.events._patterns import Pattern
from newsgraph.nlp.events._walkouts import left_a_place

# a nominal event word with no participant at all, in a sentence that measures a movement in
# per cent, is a price movement ("the rally has broken above that trend line, down 60%")
_MOVEMENT_ENTS = frozenset({"PERCENT", "MONEY"})
# economic quantities a government can support without supporting anyone ("demand supported
# by government action", "growth supported by low rates")
_QUANTITIES = frozenset(
    "demand growth economy sale sales consumption spending output recovery revival "
    "inflation rate rates".split()
)
# (not AID: its object is what is given, "sent medical supplies")
_SUPPORTING = frozenset({"SUPPORT"})
# what a firm offers its customers: goods and services, not terms to another party
_GOODS = frozenset(
    "repair repairs refund refunds replacement replacements discount discounts rebate rebates "
    "warranty warranties subscription subscriptions upgrade upgrades shipping delivery "
    "trial trials coupon coupons voucher vouchers product products service services "
    "feature features model models version versions plan plans package packages "
    "membership memberships ticket tickets seat seats".split()
)
_SALE_MODIFIERS = frozenset({"free", "discounted", "cheap", "cheaper", "unlimited"})
# a meeting one wins, loses or draws is a game ("had won all previous 15 meetings")
_CONTEST_VERBS = frozenset({"win", "lose", "draw", "tie", "dominate", "sweep"})
_CONTESTABLE = frozenset({"CONSULT"})
# what one agrees with when it is a view, not a party ("something he agrees with")
_VIEWS = frozenset({"it", "this", "that", "something", "everything", "anything", "nothing"})
# time nouns a relative clause may hang on by a parse slip ("crashes of its jet in less than
# five months that killed 346 people": the crashes killed them, not the months)
_TIME_NOUNS = frozenset(
    "second seconds minute minutes hour hours day days week weeks month months year years "
    "decade decades".split()
)
_RELATIVE = frozenset({"that", "which"})
# organisation and product names: as the only participants, firms or brands, not polities
_FIRM_ENTS = frozenset({"ORG", "PRODUCT"})
# named places and peoples: a country-only code on them is the actor's own code
_POLITY_ENTS = frozenset({"GPE", "NORP", "LOC"})
# places on the web: visiting one is reading it, not meeting anyone ("visited my profile")
_ONLINE = frozenset(
    "profile profiles page pages webpage webpages website websites site sites homepage "
    "account accounts channel channels feed feeds blog blogs link links app apps portal "
    "portals forum forums".split()
)
# shows and gatherings the public visits: a visit to one is an outing, not a meeting
_SHOWS = frozenset(
    "fair fairs show shows exhibition exhibitions expo expos festival festivals conference "
    "conferences concert concerts museum museums gallery galleries zoo zoos".split()
)
_VISITS = frozenset({"CONSULT"})
# sums of money and funding instruments: as the subject of "fund" or "support", the money is
# the means, not a party ("This grant will fund the project")
_FUNDS = frozenset(
    "grant grants donation donations fund funds money gift gifts award awards scholarship "
    "scholarships loan loans bequest endowment proceeds fee fees levy budget sponsorship "
    "dollar dollars".split()
)
_FUNDING = frozenset({"AGREE", "AID", "SUPPORT", "COOPERATE"})
# what a rescue frees people from: a vehicle, wreckage or the elements, not captivity
_ENTRAPMENTS = frozenset(
    "car cars vehicle vehicles truck trucks bus van wreckage wreck rubble debris ruins "
    "water river mud snow ice elevator lift shaft well awning roof beam beams "
    "machine machinery".split()
)
_RESCUES = frozenset({"RETREAT"})


# a contest for a firm or a business deal (event_harm.tsv kind ``corporate``): lawsuits,
# demands, accusations and refusals between its parties are business dealings ("filed a
# lawsuit to block a tender offer", "accused Paribas of planning to pay for the takeover",
# "Cadillac declined to renew its sponsorship"), not political acts
_DEALING_TYPES = frozenset(
    "ACCUSE REQUEST REJECT THREATEN AGREE CONCEDE SUPPORT RETREAT COOPERATE CONSULT".split()
)
# codes of parties to a business dealing: firms, their workers, private people
_PRIVATE_SECTORS = frozenset({"BUS", "MNC", "LAB", "CVL"})
# a court the suit was filed in is where it happened, not a party ("a suit in a Delaware court")
_VENUES = frozenset({"court", "tribunal"})
_VENUE_PREPS = frozenset({"in", "before"})
# words that say an act happened by accident ("a neighbor accidentally hit her")
_ACCIDENTAL = frozenset(
    "accidentally accidently inadvertently unintentionally mistakenly accidental".split()
)
# verbs of impact: in the passive with no agent and no arms in the sentence, a road accident
# ("was struck while walking near the school"), not an attack
_IMPACTS = frozenset({"strike", "hit"})
_ATTACKS = frozenset({"ASSAULT"})


def _forms(tok: Token) -> set[str]:
    low = tok.lower_
    return {tok.lemma_.lower(), low}


def _entity_type(doc: Doc, actor: Actor) -> str:
    span = doc.char_span(actor.span.start, actor.span.end, alignment_mode="expand")
    if span is None or not len(span):
        return ""
    return span.root.ent_type_


def _own_code(doc: Doc, actor: Actor) -> bool:
    """Whether the actor's code is its own: a sector or an international code, or a country
    code on a named country or people. A firm the coder did not know gets only the article's
    country ("Ford" in a London market report coded GBR): that code says nothing of it."""
    if not actor.code:
        return False
    if actor.sector or len(actor.code) > 3:
        return True
    return _entity_type(doc, actor) not in _FIRM_ENTS


def market_rivals(tok: Token, sources: Sequence[Actor], targets: Sequence[Actor]) -> bool:
    """A political-event word whose only participants are firms or brands (organisation or
    product names with no code of their own), in a sentence of a market report ("investors,
    betting on an imminent clash between Ford and GM, pushed up Jaguar's share price")."""
    actors = [*sources, *targets]
    doc = tok.doc
    if not actors or any(_own_code(doc, a) for a in actors):
        return False
    if not all(_entity_type(doc, a) in _FIRM_ENTS for a in actors):
        return False
    market = harm_words().get("market", frozenset())
    return any(
        _forms(t) & market and not bail_bond(t)  # "held on $10,000 bond" (_bail)
        for t in tok.sent
        if t.pos_ in ("NOUN", "PROPN")
    )


def price_movement(tok: Token, sources: Sequence[Actor], targets: Sequence[Actor]) -> bool:
    """A nominal event word with no participant in a sentence that measures a rise or fall in
    per cent or money ("down well over 60%, and the rally has broken above the trend line")."""
    if tok.pos_ not in ("NOUN", "PROPN") or sources or targets:
        return False
    return any(t.ent_type_ in _MOVEMENT_ENTS or t.text == "%" for t in tok.sent)


@lru_cache(maxsize=1)
def _quantity_words() -> frozenset[str]:
    """Economic quantities and event_harm.tsv's market words."""
    return _QUANTITIES | harm_words().get("market", frozenset())


def supported_quantity(tok: Token, pattern: Pattern) -> bool:
    """Support given to an economic quantity, not to an actor ("a revival in demand
    supported by government action", "the bank supported growth"): the supported thing (the
    noun a participle describes, the object, or the passive subject) is an economic quantity
    or a market word."""
    if pattern.type not in _SUPPORTING:
        return False
    quantities = _quantity_words()
    things = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    if tok.dep_ == "acl" and tok.tag_ == "VBN":
        things.append(tok.head)
    return bool(things) and all(_forms(t) & quantities for t in things)


def consumer_offer(tok: Token, pattern: Pattern, sources: Sequence[Actor]) -> bool:
    """A firm's offer of goods or services to its customers ("offered free keyboard repairs
    for all MacBooks"): an "offer" whose object is a good or service, or is offered free or
    discounted, by a source with no political code."""
    if tok.lemma_.lower() != "offer" or pattern.type != "AGREE":
        return False
    if any(_own_code(tok.doc, a) for a in sources):
        return False  # "Egypt offered free passage to the refugees"
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    if not objs:
        return False
    return all(
        _forms(o) & _GOODS
        or any(c.dep_ == "amod" and c.lower_ in _SALE_MODIFIERS for c in o.children)
        for o in objs
    )


def contest(tok: Token, pattern: Pattern) -> bool:
    """A meeting that is won, lost or drawn is a game, not a consultation ("The U.S. had won
    all previous 15 meetings with their North American neighbours")."""
    if pattern.type not in _CONTESTABLE or tok.pos_ not in ("NOUN", "PROPN"):
        return False
    return tok.dep_ in ("dobj", "nsubjpass") and tok.head.lemma_.lower() in _CONTEST_VERBS


def agreed_view(tok: Token, pattern: Pattern) -> bool:
    """Agreeing with a view, not with a party ("something Scooter agrees with", "I agree with
    that"): "agree with" whose object is missing (a stranded preposition) or a pronoun for a
    thing."""
    if pattern.type != "AGREE" or tok.lemma_.lower() != "agree":
        return False
    withs = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "with"]
    if not withs:
        return False
    for w in withs:
        objs = [g for g in w.children if g.dep_ == "pobj"]
        if objs and not all(o.lower_ in _VIEWS for o in objs):
            return False
    return not any(c.dep_ in ("dobj", "xcomp", "ccomp") for c in tok.children)


def accident_relative(tok: Token, pattern: Pattern) -> bool:
    """Violence in a relative clause the parser hung on a time noun, whose real antecedent
    before the time phrase is an accident or natural force ("two catastrophic crashes of its
    jet in less than five months that killed a total of 346 people")."""
    if pattern.type != "ASSAULT" or tok.dep_ != "relcl":
        return False
    if tok.head.lemma_.lower() not in _TIME_NOUNS:
        return False
    if not any(c.dep_ == "nsubj" and c.lower_ in _RELATIVE for c in tok.children):
        return False
    time = tok.head
    if time.dep_ != "pobj":
        return False
    start = min(t.i for t in time.head.subtree)  # the time phrase's preposition
    natural = harm_words().get("natural", frozenset())
    nouns = [t for t in tok.sent if t.i < start and t.pos_ == "NOUN"]
    # the nearest noun before the time phrase and the nouns it hangs on by "of"
    chain: list[Token] = []
    if nouns:
        noun = nouns[-1]
        chain.append(noun)
        while noun.dep_ == "pobj" and noun.head.lower_ == "of" and len(chain) < 4:
            noun = noun.head.head
            chain.append(noun)
    return any(_forms(n) & natural for n in chain)


def online_visit(tok: Token, pattern: Pattern) -> bool:
    """A visit to a place on the web or to a public show is no meeting ("how many people
    visited my profile", "visit the club's website", "said while visiting the CES trade show",
    "the governor visited the state fair"): a visit whose every object is a web page, site or
    account, or a fair, show, exhibition, festival, conference, concert or museum (no one is
    met there as a side)."""
    if pattern.type not in _VISITS or tok.lemma_.lower() != "visit":
        return False
    objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    return bool(objs) and all(_forms(o) & (_ONLINE | _SHOWS) for o in objs)


def funding_means(tok: Token, pattern: Pattern, sources: Sequence[Actor]) -> bool:
    """Money as the subject of a funding or support word is the means, not a party ("This
    grant will fund Evidence Action Beta", "the proceeds will support the clinic"): every
    subject is a sum of money or a funding instrument, and no source has a code of its own."""
    if pattern.type not in _FUNDING or any(_own_code(tok.doc, a) for a in sources):
        return False
    subjects = [c for c in tok.children if c.dep_ == "nsubj"]
    return bool(subjects) and all(_forms(s) & _FUNDS or s.ent_type_ == "MONEY" for s in subjects)


def rescue(tok: Token, pattern: Pattern) -> bool:
    """Freeing someone from a vehicle, wreckage or the elements is a rescue, not a release
    from captivity ("worked to free the victim from underneath the car"): the "from" phrase
    names a thing that traps, not a place of detention."""
    if pattern.type not in _RESCUES:
        return False
    froms = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "from"]
    return any(
        t.pos_ in ("NOUN", "PROPN") and _forms(t) & _ENTRAPMENTS for f in froms for t in f.subtree
    )


def _private(doc: Doc, actor: Actor) -> bool:
    """A party a business dealing can have: no code of its own, a private sector (firms,
    workers, private people), or the court a suit is filed in."""
    if not _own_code(doc, actor) or (actor.sector or "") in _PRIVATE_SECTORS:
        return True
    span = doc.char_span(actor.span.start, actor.span.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    root = span.root
    return (
        root.lemma_.lower() in _VENUES and root.dep_ == "pobj" and root.head.lower_ in _VENUE_PREPS
    )


def business_dealing(
    tok: Token, pattern: Pattern, sources: Sequence[Actor], targets: Sequence[Actor]
) -> bool:
    """A lawsuit, demand, accusation, refusal or agreement between parties to a contest for a
    firm or a business deal ("Dataproducts filed a lawsuit to block a tender offer by DPC",
    "Fournier accused Paribas of planning to pay for the takeover", "Cadillac declined to renew
    its sponsorship of the event"): every party is private (see :func:`_private`) and the
    sentence names a takeover, a bidder, a merger, a shareholder or a sponsorship
    (event_harm.tsv kind ``corporate``). "The SEC sued Goldman over the merger" keeps its
    coded source."""
    if pattern.type not in _DEALING_TYPES:
        return False
    doc = tok.doc
    if not all(_private(doc, a) for a in (*sources, *targets)):
        return False
    corporate = harm_words().get("corporate", frozenset())
    return any(_forms(t) & corporate for t in tok.sent if t.pos_ in ("NOUN", "PROPN"))


def accident_victim(tok: Token, pattern: Pattern, sources: Sequence[Actor]) -> bool:
    """Harm by accident, no attack: the trigger or a clause on it says it happened by accident
    ("was killed when a neighbor accidentally hit her while backing out"), or an impact verb
    in the passive has no agent and the sentence names no weapon, armed force or conflict ("was
    struck while walking near the school"). A source with a code of its own keeps it ("police
    accidentally shot a bystander")."""
    if pattern.type not in _ATTACKS or any(_own_code(tok.doc, a) for a in sources):
        return False
    clauses = [tok, *(c for c in tok.children if c.dep_ in ("advcl", "conj"))]
    if any(g.lower_ in _ACCIDENTAL for c in clauses for g in (c, *c.children)):
        return True
    if tok.lemma_.lower() not in _IMPACTS or tok.tag_ != "VBN" or sources:
        return False
    kids = list(tok.children)
    if not any(c.dep_ == "auxpass" for c in kids) or any(c.dep_ == "agent" for c in kids):
        return False
    armed = armed_words()
    return not any(_forms(t) & armed for t in tok.sent if t != tok)


def bare_assent(
    tok: Token, pattern: Pattern, sources: Sequence[Actor], targets: Sequence[Actor]
) -> bool:
    """Agreeing with what was said, with nothing agreed on, to or with ("Hettmansberger
    agreed, while pointing out that ...", "Smith agreed that the plan was flawed"): "agree"
    with no object, infinitive or prepositional phrase (a "that" clause is the view agreed
    with), one source without a code of its own and no target. "Iraq agreed." keeps its coded
    source; "agreed to talks", "agreed on a ceasefire" have their complement."""
    if pattern.type != "AGREE" or tok.lemma_.lower() != "agree" or targets:
        return False
    if len(sources) > 1 or any(_own_code(tok.doc, a) for a in sources):
        return False
    # a "that" clause is a view agreed with ("agreed that the teachers were not trained")
    content = ("dobj", "xcomp", "prep", "dative", "attr", "oprd", "npadvmod")
    return not any(c.dep_ in content for c in tok.children)


def aimless_visit(tok: Token, pattern: Pattern, targets: Sequence[Actor]) -> bool:
    """A visit with no one and nothing visited ("wants school groups to take part by visiting
    and taking part in activities"): a verbal "visit" with no object, no prepositional phrase
    and no target is a trip, not a meeting."""
    if pattern.type not in _VISITS or tok.lemma_.lower() != "visit" or targets:
        return False
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    return not any(c.dep_ in ("dobj", "nsubjpass", "prep", "dative") for c in tok.children)


# types whose trigger words are everyday words as often as political acts ("provided support",
# "asking for", "donations", "agreed"): not violence, force or protest, and not a meeting
_AMBIGUOUS_TYPES = frozenset(
    "AGREE SUPPORT AID REQUEST COOPERATE CONCEDE RETREAT ACCUSE REJECT".split()
)
_NAMED_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
_PLACE_ENTS = frozenset({"GPE", "NORP"})
_CONTEXT_POS = frozenset({"NOUN", "PROPN", "VERB", "ADJ"})


def _political_actor(doc: Doc, actor: Actor, kinds: dict[str, str]) -> bool:
    """A coded actor whose code is not only a private sector ("their" coded CVL, a firm
    coded USABUS), or a named person, organisation, place or people (also through a pronoun
    the linker resolved: "he" for "Mullins"), or a proper name."""
    if _coded(actor):
        return True
    if kinds.get(actor.entity or "", "") in _NAMED_ENTS:
        return True
    span = doc.char_span(actor.span.start, actor.span.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    if _sides(span.root):
        return True
    # a proper name the recogniser left untagged is still a name ("Bradley apologized")
    return span.root.ent_type_ in _NAMED_ENTS or span.root.pos_ == "PROPN"


# the sides of a dispute or a negotiation ("the two sides reached a deal", "both sides agreed
# to a ceasefire", "the parties signed"): parties to a conflict, named earlier in the story
_SIDES = frozenset({"side", "party"})


def _sides(head: Token) -> bool:
    """A plural "sides" or "parties" standing alone, not the sides of something named in an
    "of" phrase ("both sides of the family", "the parties to the contract" keep their
    object's kind)."""
    if head.tag_ != "NNS" or head.lemma_.lower() not in _SIDES:
        return False
    return not any(c.dep_ == "prep" and c.lower_ in ("of", "to") for c in head.children)


def _paragraph(tok: Token) -> Span:
    """The trigger's paragraph: the text between the line breaks around its sentence."""
    doc = tok.doc
    sent = tok.sent
    start, end = sent.start, sent.end
    while start > 0 and "\n" not in doc[start - 1].text_with_ws:
        start -= 1
    while end < len(doc) and "\n" not in doc[end - 1].text_with_ws:
        end += 1
    return doc[start:end]


def no_political_context(
    tok: Token, pattern: Pattern, sources: Sequence[Actor], targets: Sequence[Actor]
) -> bool:
    """An everyday word with no political actor and no political subject: a trigger of an
    ambiguous type (see ``_AMBIGUOUS_TYPES``) none of whose actors is coded with more than a
    private sector or named (:func:`_political_actor`), in a paragraph with no word of
    government, law, elections, diplomacy or armed force (event_harm.tsv kind ``political``)
    and no place or nationality, nor a name in a sentence before ("The Jones family said the
    organization has provided support and information to them", "users and critics alike
    have been asking for noise cancellation"). "The ministry provided support to the flood
    victims" has its word; "Bradley apologized" its named source."""
    if pattern.type not in _AMBIGUOUS_TYPES or political_allegation(tok, pattern):
        return False  # "residents denounced the killings", "faces charges" (_charges_faced)
    doc = tok.doc
    kinds = {e.id: e.type for e in doc._.ng_entities or []}
    if any(_political_actor(doc, a, kinds) for a in (*sources, *targets)):
        return False
    political = harm_words().get("political", frozenset())
    own = tok.sent
    for t in _paragraph(tok):
        if t.ent_type_ in _PLACE_ENTS:
            return False
        # a name in a sentence before may be whom an uncoded side stands for ("Clinton and
        # Sanders clashed on trade. Both sides rejected the proposal.")
        if t.i < own.start and t.ent_type_ in _NAMED_ENTS:
            return False
        if t.pos_ in _CONTEXT_POS and _forms(t) & political:
            return False
    return True


def _coded(actor: Actor) -> bool:
    """An actor with a code that is not only a private sector."""
    code = actor.code or ""
    return bool(code) and code not in _PRIVATE_CODES and (actor.sector or "") not in _PRIVATE_CODES


# what one is wanted to do when one is invited to take part, not asked to act
_PARTAKING = frozenset({"join", "participate", "attend"})
_PART_NOUNS = frozenset({"part"})


def _partaking(verb: Token) -> bool:
    """ "to be (a) part of", "to take part in", "to join", "to participate", "to attend"."""
    lemma = verb.lemma_.lower()
    if lemma in _PARTAKING:
        return True
    deps = ("attr", "dobj") if lemma in ("be", "take", "become") else ()
    return any(c.dep_ in deps and c.lower_ in _PART_NOUNS for c in verb.children)


def invitation(
    tok: Token, pattern: Pattern, sources: Sequence[Actor], targets: Sequence[Actor]
) -> bool:
    """Wanting people to take part is an invitation, not a demand ("he wants school groups to
    be a part of the center's programs"): "want" whose complement is taking part (see
    :func:`_partaking`), no actor with a political code and no named target. "He wants Iran
    to be part of the talks" keeps its coded target."""
    if pattern.type != "REQUEST" or tok.lemma_.lower() != "want":
        return False
    if any(_coded(a) for a in (*sources, *targets)):
        return False
    doc = tok.doc
    if any(_entity_type(doc, a) in _NAMED_ENTS for a in targets):
        return False
    comps = [c for c in tok.children if c.dep_ in ("ccomp", "xcomp")]
    return bool(comps) and all(_partaking(c) for c in comps)


# verbs that take a role ("agreed to serve as president of the Friends of the library")
_ROLE_VERBS = frozenset({"serve", "act", "become", "remain", "stay"})


def role_taken(
    tok: Token, pattern: Pattern, sources: Sequence[Actor], targets: Sequence[Actor]
) -> bool:
    """Agreeing to take a role is a post taken, no agreement with anyone ("he agreed to serve
    as president of the Friends of the EKU Libraries", "agreed to become the club's coach"):
    "agree" whose one complement is a role verb with "as" or a predicate noun, with no target
    and no source with a political code. "Karzai agreed to serve as interim president" keeps
    its coded source."""
    if pattern.type != "AGREE" or tok.lemma_.lower() != "agree" or targets:
        return False
    if any(_coded(a) for a in sources):
        return False
    comps = [c for c in tok.children if c.dep_ == "xcomp"]
    if len(comps) != 1 or comps[0].lemma_.lower() not in _ROLE_VERBS:
        return False
    return any(
        (c.dep_ == "prep" and c.lower_ == "as") or c.dep_ in ("attr", "oprd")
        for c in comps[0].children
    )


def purpose_only(
    tok: Token, pattern: Pattern, sources: Sequence[Actor], targets: Sequence[Actor]
) -> bool:
    """A cooperative word in a purpose clause of private people ("To express his gratitude to
    the library, Flood said ..."): an infinitive with no subject of its own that states why
    someone did something, of an ambiguous type (``_AMBIGUOUS_TYPES``), with no actor coded
    with more than a private sector. "To show its support for Kyiv, Germany sent tanks" keeps
    its coded side."""
    if pattern.type not in _AMBIGUOUS_TYPES or tok.dep_ != "advcl" or tok.pos_ != "VERB":
        return False
    kids = list(tok.children)
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in kids):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in kids):
        return False
    return not any(_coded(a) for a in (*sources, *targets))


# copulas a sign is read through ("is a divine warning", "serves as a warning")
_COPULAS = frozenset({"be", "remain", "serve", "stand", "become"})
_SIGN_TYPES = frozenset({"THREATEN"})


def warning_sign(
    tok: Token, pattern: Pattern, sources: Sequence[Actor], targets: Sequence[Actor]
) -> bool:
    """A warning that something is, not one anyone gave ("This persistence ... is a divine
    warning against the alteration of the faith", "the empty pews are a warning"): a nominal
    threat word as the predicate of a copula (or after "serve as"), with no actor coded with
    more than a private sector but the copula's subject (what the warning is). "The
    minister's speech was a warning to Iran" keeps its coded target."""
    if pattern.type not in _SIGN_TYPES or tok.pos_ != "NOUN":
        return False
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "as":
        head = head.head
    elif tok.dep_ != "attr":
        return False
    if head.lemma_.lower() not in _COPULAS:
        return False
    # what the warning is (the copula's subject) is no one who warns ("the Church is a
    # warning" by a parse slip in "the dangers which menace the Church is a divine warning")
    subjects = {c.i for c in head.children if c.dep_ in ("nsubj", "nsubjpass")}
    doc = tok.doc

    def _the_sign(a: Actor) -> bool:
        # "the army's build-up is a warning" keeps its owner: the build-up is the army's act
        span = doc.char_span(a.span.start, a.span.end, alignment_mode="expand")
        if span is None or not len(span) or span.root.i not in subjects:
            return False
        return not any(t.dep_ == "poss" for t in span)

    parties = [*(a for a in sources if not _the_sign(a)), *targets]
    return not any(_coded(a) for a in parties)


def participant_kind(
    tok: Token, pattern: Pattern, sources: Sequence[Actor], targets: Sequence[Actor]
) -> bool:
    """Whether any filter of this module vetoes the event (see each function)."""
    return (
        market_rivals(tok, sources, targets)
        or price_movement(tok, sources, targets)
        or supported_quantity(tok, pattern)
        or consumer_offer(tok, pattern, sources)
        or contest(tok, pattern)
        or agreed_view(tok, pattern)
        or accident_relative(tok, pattern)
        or online_visit(tok, pattern)
        or funding_means(tok, pattern, sources)
        or rescue(tok, pattern)
        or business_dealing(tok, pattern, sources, targets)
        or (accident_victim(tok, pattern, sources) and not body_blow(tok, pattern))  # real28
        or bare_assent(tok, pattern, sources, targets)
        or aimless_visit(tok, pattern, targets)
        or no_political_context(tok, pattern, sources, targets)
        or invitation(tok, pattern, sources, targets)
        or role_taken(tok, pattern, sources, targets)
        or purpose_only(tok, pattern, sources, targets)
        or warning_sign(tok, pattern, sources, targets)
        or hazard_kind(tok, pattern, sources, targets)
        or acled_kind(tok, pattern)  # shows, private contracts, pushes (_filters_acled)
        or empty_talks(tok, pattern, sources, targets)  # "organizational meetings" (_meetings)
        or left_a_place(tok, pattern)  # "walked out the back door" (_walkouts)
        or idiom_blow(tok, pattern)  # "kicked off her campaign" (_blows)
    )
