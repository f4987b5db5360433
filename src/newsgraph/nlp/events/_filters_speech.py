"""Event words in their everyday, campaign, sport and statistics senses (issue 10, the hand
audit of coded events on real articles, tune articles only): no PLOVER event, or criticism
rather than force.

* an act whose object is an abstract non-political thing: "offered no proof", "offer better
  gas mileage", "met the 15 percent threshold", "the $18 million he raised", "make their first
  appearance", "could not resist pointing out", "released a letter from his doctor";
* first- or second-person speech formulas: "I promise you";
* what someone carries, not a transfer: "the only officer armed with a Taser";
* campaigning (the manual: elections and campaigns are contexts, not events): a campaign
  rally as a venue ("at a Michigan rally"), promising voters goods ("promising lower taxes"),
  a candidate's appeal to voters ("Trump's anti-establishment appeal");
* sport: "defending champion", a sports league disciplining a player ("the NFL will fine");
* press routine: "did not respond to requests for comment";
* aggregate violence with no actor: "thousands of shootings", "every shooting";
* poll answers held by a share of the public: "most Americans want Congress to investigate".

And a retype: an attack whose instrument is a message ("a tweet attacking ...") or whose object
is an abstract non-physical thing ("attacked Clinton's record on trade") is criticism (ACCUSE),
not ASSAULT.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from newsgraph.model import Actor
from newsgraph.nlp.events._agency import _PRIVATE_CODES
from newsgraph.nlp.events._assertions import asserted
from newsgraph.nlp.events._campaign_trail import campaign_trail
from newsgraph.nlp.events._chants import chant_no_event
from newsgraph.nlp.events._charge_senses import charge_sense
from newsgraph.nlp.events._criticism_idioms import idiom_no_event
from newsgraph.nlp.events._demonstrated import shown
from newsgraph.nlp.events._filters_cognition import (
    exhortation,
    loose_arms,
    no_comment,
    press_briefing,
    spoken_deed,
)
from newsgraph.nlp.events._filters_everyday import everyday_no_event
from newsgraph.nlp.events._filters_figurative import (
    audience_target,
    electoral_contest,
    figurative_fight,
    vow_to_struggle,
)
from newsgraph.nlp.events._flags import clause_tokens
from newsgraph.nlp.events._followings import danger_threat, electoral_following
from newsgraph.nlp.events._names_pressed import named_body, pressed_question
from newsgraph.nlp.events._owned_stances import opinion_disagreement, owned_stance
from newsgraph.nlp.events._patterns import Pattern
from newsgraph.nlp.events._policy_stances import policy_stance
from newsgraph.nlp.events._praise_given import praise_not_given
from newsgraph.nlp.events._press_refusals import press_refusal
from newsgraph.nlp.events._recognized import known_fact
from newsgraph.nlp.events._retype_speech import as_criticism
from newsgraph.nlp.events._signed import unsigned_accord
from newsgraph.nlp.events._stretched_senses import feeling_to_act, offered_words, topic_talk
from newsgraph.nlp.events._striking_criticism import striking_no_event

# verb -> abstract objects with which it is no political act
_ABSTRACT_OBJECTS: dict[str, frozenset[str]] = {
    "offer": frozenset(
        {
            "proof", "evidence", "detail", "explanation", "message", "reason", "justification",
            "mileage", "horsepower", "torque", "performance", "glimpse", "insight", "view",
            "opinion", "thought", "condolence", "prayer",
        }
    ),
    "provide": frozenset({"proof", "evidence", "detail", "explanation", "justification"}),
    "meet": frozenset(
        {"threshold", "deadline", "criterion", "criteria", "requirement", "quota", "expectation",
         "standard", "benchmark", "minimum", "qualification", "target"}
    ),
    "make": frozenset({"appearance", "debut"}),
    "release": frozenset(
        {"letter", "report", "record", "video", "album", "song", "film", "movie", "photo",
         "photograph", "picture", "tape", "trailer", "figure", "data", "result", "return",
         "statement", "memo", "transcript", "book", "list", "schedule"}
    ),
    "resist": frozenset({"temptation", "urge"}),
}  # fmt: skip
_MONEY_WORDS = frozenset({"money", "fund", "cash", "dollar", "million", "billion", "donation"})
# speech formulas: "I promise you", "I assure you", "I swear"
_FORMULA_VERBS = frozenset({"promise", "assure", "swear", "guarantee", "warn", "beg"})
# what a person or vehicle is fitted with
_FITTED = frozenset({"arm", "equip"})
# goods a candidate promises the voters
_CAMPAIGN_GOODS = frozenset(
    {"tax", "job", "wage", "change", "growth", "prosperity", "benefit", "healthcare", "care",
     "pension", "infrastructure", "wall", "future", "hope"}
)  # fmt: skip
_PROMISE = frozenset({"promise", "pledge", "vow"})
_PROTEST_PURPOSE = frozenset(
    {"against", "over", "demand", "protest", "oppose", "denounce", "condemn", "call", "urge",
     "demonstrate", "support", "solidarity", "outside", "march"}
)  # fmt: skip
_VENUE_PREPS = frozenset({"at", "during", "from", "after", "before", "ahead", "to"})
_LEAGUES = frozenset({"NFL", "NBA", "MLB", "NHL", "MLS", "NCAA", "ATP", "WTA", "PGA", "NASCAR"})
_CHAMPION = frozenset({"champion", "champ", "titleholder", "title", "winner", "medallist"})
# ("declined to comment" stays the coder's REJECT: a refusal by a named body, which the actor
# tests rely on; no tune audit row has it)
_FOR_COMMENT = frozenset({"request", "ask", "call", "plea", "inquiry", "query"})
_COUNT_WORDS = frozenset({"thousand", "hundred", "dozen", "score", "number", "million", "lot"})
_EVERY = frozenset({"every", "each", "no", "any"})
_PUBLIC = frozenset(
    {"american", "voter", "respondent", "people", "citizen", "adult", "resident", "parent",
     "briton", "democrat", "republican", "independent", "german", "french", "canadian"}
)  # fmt: skip
_SHARE = frozenset({"most", "many", "majority", "%", "percent", "half", "third", "quarter"})
_POLL = frozenset({"poll", "survey", "respondent", "pollster"})
# an appeal's describing words that make it attractiveness, not a request
_APPEAL_ASKS = frozenset({"for", "to", "against", "from", "by", "on"})
# messages that "attack" someone
_MESSAGES = frozenset(
    {"tweet", "ad", "advertisement", "advert", "post", "speech", "statement", "remark",
     "comment", "letter", "article", "editorial", "column", "video", "commercial", "message",
     "op", "book", "interview", "memo", "blog", "broadside", "rant", "email"}
)  # fmt: skip
# abstract things one can only attack in words
_ABSTRACT_TARGETS = frozenset(
    {"record", "policy", "plan", "decision", "remark", "comment", "stance",
     "proposal", "claim", "character", "credibility", "integrity", "judgment", "judgement",
     "handling", "leadership", "agenda", "view", "idea", "statement", "speech", "tweet",
     "temperament", "competence", "honesty", "reputation", "motive", "candidacy", 
     "budget", "bill", "argument", "approach", "strategy", "response"}
)  # fmt: skip
_VERBAL = frozenset({"media", "verbal", "personal", "rhetorical", "partisan", "smear"})
_ATTACK_WORDS = frozenset({"attack", "target", "assail"})
_PLATFORMS = frozenset({"twitter", "facebook"})


def _dobjs(tok: Token) -> list[Token]:
    out = [c for c in tok.children if c.dep_ in ("dobj", "obj")]
    out += [cc for o in out for cc in o.children if cc.dep_ == "conj"]
    if tok.dep_ == "relcl" and tok.head.pos_ in ("NOUN", "PROPN", "NUM"):
        if not any(c.dep_ in ("dobj", "obj") for c in tok.children):
            out.append(tok.head)  # "the $18 million he raised"
    return out


def _reported_antecedent(tok: Token) -> list[Token]:
    """ "the $18 million he says he raised": the noun a relative clause of saying hangs on,
    when the act has no object of its own."""
    if any(c.dep_ in ("dobj", "obj") for c in tok.children) or tok.dep_ != "ccomp":
        return []
    say = tok.head
    return [say.head] if say.dep_ == "relcl" else []


def _money(obj: Token) -> bool:
    if obj.ent_type_ == "MONEY" or obj.lemma_.lower() in _MONEY_WORDS:
        return True
    return any(t.ent_type_ == "MONEY" or t.text == "$" for t in obj.subtree)


def abstract_object(tok: Token) -> bool:
    """The act's object is an abstract non-political thing ("offered no proof", "met the
    threshold", "make their first appearance", "released a letter from his doctor", "resist
    pointing out"), or money it raised ("the $18 million he raised")."""
    lemma = tok.lemma_.lower()
    objs = _dobjs(tok)
    if lemma == "raise" and any(_money(o) for o in objs + _reported_antecedent(tok)):
        return True
    if lemma == "resist" and any(
        c.dep_ in ("xcomp", "ccomp") and c.tag_ == "VBG" for c in tok.children
    ):
        return True  # "could not resist pointing out"
    words = _ABSTRACT_OBJECTS.get(lemma)
    # a conjoined quantity is a measure of the same thing ("335 horsepower and 517 lb-ft of
    # torque")
    objs = [o for o in objs if not (o.dep_ == "conj" and _measure(o))]
    return bool(words and objs and all(o.lemma_.lower() in words for o in objs))


def _measure(obj: Token) -> bool:
    return obj.pos_ != "PROPN" and any(c.dep_ == "nummod" for c in obj.children)


def speech_formula(tok: Token) -> bool:
    """ "I promise you", "I assure you": a first-person speaker's formula to its hearer, with
    nothing promised but the clause around it."""
    if tok.lemma_.lower() not in _FORMULA_VERBS:
        return False
    subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not any(s.lower_ in ("i", "we") for s in subj):
        return False  # ("He will not be forgotten, I promise you": the parser gives both)
    objs = [c for c in tok.children if c.dep_ in ("dobj", "dative", "obj", "iobj")]
    if any(c.dep_ in ("xcomp", "ccomp") and c.i > tok.i for c in tok.children):
        return False  # "I promise you I will cut taxes" stays a promise
    return bool(objs) and all(o.lower_ in ("you", "ya") for o in objs)


def fitted_with(tok: Token) -> bool:
    """ "armed with a Taser", "equipped with touch panels": what someone carries, passive or
    adjectival, not a transfer ("Germany armed the Kurdish fighters with missiles" stays)."""
    if tok.lemma_.lower() not in _FITTED or tok.tag_ != "VBN":
        return False
    if any(c.dep_ in ("dobj", "obj") for c in tok.children):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "with" for c in tok.children)


def campaign_rally(tok: Token, pattern: Pattern) -> bool:
    """A rally named as the venue of a campaign event ("told his supporters at a Michigan
    rally"), with no protest purpose in its phrase ("a rally against the war" stays)."""
    if pattern.type != "PROTEST" or pattern.pos != "N" or tok.lemma_.lower() != "rally":
        return False
    if tok.dep_ != "pobj" or tok.head.lower_ not in _VENUE_PREPS:
        return False
    return not any(t.lemma_.lower() in _PROTEST_PURPOSE for t in tok.subtree)


def campaign_promise(tok: Token, targets: Sequence[Actor]) -> bool:
    """ "Trump is promising lower taxes and jobs": goods promised to no one named (the
    voters), a campaign pitch, not a commitment to another actor."""
    if tok.lemma_.lower() not in _PROMISE or any(a.code for a in targets):
        return False
    objs = _dobjs(tok)
    return bool(objs) and (
        objs[0].lemma_.lower() in _CAMPAIGN_GOODS
        or objs[0].lower_.rstrip("s") in _CAMPAIGN_GOODS
        or objs[0].lower_ == "taxes"
    )


def candidate_appeal(tok: Token, pattern: Pattern) -> bool:
    """ "Trump's anti-establishment appeal": an appeal described by an adjective, asking
    nothing of anyone (no "for", "to", "against"), is attractiveness to voters."""
    if pattern.pos != "N" or tok.lemma_.lower() != "appeal":
        return False
    kids = list(tok.children)
    if any(c.dep_ == "prep" and c.lower_ in _APPEAL_ASKS for c in kids):
        return False
    if any(c.dep_ in ("acl", "relcl", "xcomp") for c in kids):
        return False
    return any(c.dep_ in ("amod", "compound") and c.pos_ in ("ADJ", "NOUN") for c in kids)


def sport(tok: Token, sources: Sequence[Actor]) -> bool:
    """ "defending champion Croatia"; "the NFL will fine Rudolph": a title defence and a
    sports league's discipline are sport, not politics."""
    if tok.lemma_.lower() == "defend" and tok.dep_ in ("amod", "compound"):
        if tok.head.lemma_.lower() in _CHAMPION:
            return True
    objs = [c for c in tok.children if c.dep_ in ("dobj", "obj")]
    titles = objs + [c for o in objs for c in o.children if c.dep_ == "compound"]
    if any(c.lemma_.lower() in _CHAMPION for c in titles):
        if tok.lemma_.lower() == "defend":
            return True  # "defended their title", "against defending champion Croatia"
    subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass", "poss")]
    names = {t.text.upper() for s in subj for t in s.subtree}
    names |= {w.upper() for a in sources if a.span is not None for w in a.span.text.split()}
    return bool(names & _LEAGUES)


def comment_request(tok: Token) -> bool:
    """ "did not respond to requests for comment", "asked for comment": the press's routine,
    not a political request."""
    if tok.lemma_.lower() not in _FOR_COMMENT:
        # "ignored repeated requests for comment": the request is the act's object
        return any(comment_request(o) for o in _dobjs(tok) if o.lemma_.lower() in _FOR_COMMENT)
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "for":
            if any(g.lemma_.lower() == "comment" for g in c.children if g.dep_ == "pobj"):
                return True
        if c.dep_ == "xcomp" and c.lemma_.lower() == "comment":
            return True
    return False


def aggregate_violence(tok: Token, pattern: Pattern, actors: Sequence[Actor]) -> bool:
    """ "thousands of shootings", "every shooting did not result in a homicide": a count or
    generalisation of violence, with no coded actor in its clause, is a statistic, not an
    event (the one whose claim it is, "Trump's claim that there have been thousands of
    shootings", is no side of it)."""
    if pattern.type != "ASSAULT" or pattern.pos != "N":
        return False
    clause = clause_tokens(tok)
    lo, hi = clause[0].idx, clause[-1].idx + len(clause[-1])
    if any(a.code and a.span.start < hi and lo < a.span.end for a in actors):
        return False
    if any(c.dep_ == "det" and c.lower_ in _EVERY for c in tok.children):
        return True
    if tok.tag_ != "NNS":
        return False
    if any(c.dep_ == "nummod" for c in tok.children):
        return True
    head = tok.head
    return (
        tok.dep_ == "pobj"
        and head.lower_ == "of"
        and head.head.lemma_.lower() in _COUNT_WORDS
        and head.head.tag_ in ("NNS", "NN", "CD")
    )


def poll_answer(tok: Token) -> bool:
    """ "A new poll shows most Americans want Congress to investigate": what a share of the
    public answers a poll is opinion, not an act."""
    verb = tok
    for _ in range(3):  # "most Americans want Congress to investigate": the holder's verb
        if _poll_holder(verb):
            return True
        if verb.dep_ not in ("ccomp", "xcomp") or verb.head is verb:
            return False
        verb = verb.head
    return False


def _poll_holder(tok: Token) -> bool:
    subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subj:
        return False
    words = {t.lemma_.lower() for t in subj[0].subtree} | {t.lower_ for t in subj[0].subtree}
    if subj[0].lemma_.lower() in _POLL:
        return True
    if not (words & _SHARE and words & (_PUBLIC | {"americans", "voters", "people"})):
        return False
    return any(t.lemma_.lower() in _POLL for t in tok.sent) or bool(words & {"%", "percent"})


# sources of claims that are no actor's statement of fact: what an ad, a theory, a rumour or a
# poll says or implies happened is not asserted by the text ("the advertisement suggests that
# Phoenix and its officers support Trump's campaign", "a conspiracy theory that the judge was
# murdered"); a report or a statement ("a report says troops attacked") is the press's source
_CLAIM_SOURCES = frozenset(
    {"ad", "advertisement", "advert", "commercial", "theory", "theorist", "rumor", "rumour",
     "hoax", "myth", "meme", "legend", "conspiracy", "poll", "survey", "fiction", "fantasy"}
)  # fmt: skip
_FIRST_PERSON = frozenset({"me", "myself"})
_HELP_TYPES = frozenset({"AID", "SUPPORT"})


def _claim_source(noun: Token) -> bool:
    return noun.lemma_.lower() in _CLAIM_SOURCES or noun.lower_ in _CLAIM_SOURCES


def attributed_content(tok: Token) -> bool:
    """The act is what an ad, a theory, a rumour or a poll says (:data:`_CLAIM_SOURCES`): the
    trigger's clause is the content clause of a verb whose subject is one ("the advertisement
    suggests that Phoenix and its officers support Trump's campaign") or the "that" clause of
    one ("a conspiracy theory that the judge was murdered"); not asserted, so no event."""
    clause = tok
    for _ in range(4):
        if clause.dep_ == "conj":
            clause = clause.head
            continue
        head = clause.head
        if head is clause:
            return False
        if clause.dep_ == "ccomp" and any(
            c.dep_ in ("nsubj", "nsubjpass") and _claim_source(c) for c in head.children
        ):
            return True
        if clause.dep_ == "acl" and head.pos_ in ("NOUN", "PROPN") and _claim_source(head):
            return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
        if clause.dep_ not in ("xcomp", "ccomp"):
            return False
        clause = head
    return False


def personal_help(tok: Token, pattern: Pattern, actors: Sequence[Actor]) -> bool:
    """Help given to the speaker by private people ("great people who worked there before are
    now helping me"): an AID or SUPPORT whose object is "me" and no actor coded other than as
    private people or bodies; a public body's help keeps it ("Russia is helping me")."""
    if pattern.type not in _HELP_TYPES:
        return False
    if not any(o.lower_ in _FIRST_PERSON for o in _dobjs(tok)):
        return False
    return all(a.code is None or a.code[-3:] in _PRIVATE_CODES for a in actors)


def speech_no_event(
    tok: Token,
    pattern: Pattern,
    sources: Sequence[Actor],
    targets: Sequence[Actor],
) -> bool:
    """True when the matched trigger is one of the no-event senses of the module docstring."""
    return (
        abstract_object(tok)
        or speech_formula(tok)
        or fitted_with(tok)
        or campaign_rally(tok, pattern)
        or campaign_promise(tok, targets)
        or candidate_appeal(tok, pattern)
        or sport(tok, sources)
        or comment_request(tok)
        or aggregate_violence(tok, pattern, [*sources, *targets])
        or poll_answer(tok)
        or electoral_following(tok, pattern)  # "38 percent support", "losing support"
        or danger_threat(tok, pattern)  # "poses a threat to", "is a threat to Japan"
        or asserted(tok, pattern)  # "Democrats insist the political tide is turning"
        or known_fact(tok, pattern)  # "recognizes that voters are angry"
        or offered_words(tok, pattern)  # "offered her positive reviews" (polfp36)
        or topic_talk(tok, pattern)  # "I talked about Israel" (polfp36)
        or feeling_to_act(tok, pattern)  # "would be happy to hear the news" (polfp36)
        or campaign_trail(tok, pattern, sources, targets)  # "Todd asked whether" (polfp38)
        or named_body(tok, pattern)  # "the Organization for Economic Cooperation" (polfp39)
        or pressed_question(tok, pattern, sources, targets)  # "Pressed for specifics," (polfp39)
        or policy_stance(tok, pattern, sources)  # "supports raising the minimum wage" (polfp39)
        or owned_stance(tok, pattern, sources, targets)  # "his promise to build a wall" (polfp40)
        or opinion_disagreement(tok, pattern, sources)  # "I disagree with that" (polfp40)
        or charge_sense(tok, pattern)  # "charging students $30,000" (polfp41)
        or verbal_metaphor(tok, pattern, sources)
        or attributed_content(tok)
        or personal_help(tok, pattern, [*sources, *targets])
        or everyday_no_event(tok, pattern, sources, targets)
        or figurative_fight(tok, pattern, [*sources, *targets])
        or electoral_contest(tok, pattern, [*sources, *targets])
        or spoken_deed(tok, pattern)
        or audience_target(tok, pattern, [*sources, *targets])
        or vow_to_struggle(tok, pattern, [*sources, *targets])
        or no_comment(tok, pattern)
        or press_briefing(tok, pattern)
        or exhortation(tok, pattern, sources)
        or loose_arms(tok, pattern)
        or chant_no_event(tok, pattern)
        or unsigned_accord(tok, pattern)  # "signs autographs", "signed up as a delegate"
        or press_refusal(tok, pattern)  # "declined to say whether", "declined a question"
        or idiom_no_event(tok, pattern, targets)  # "went after the ball", "to go after"
        or striking_no_event(tok, pattern, sources, targets)  # "hammered out a deal"
        or praise_not_given(tok, pattern)  # "raised record sums thanks to small donors"
        or shown(tok, pattern)  # "has demonstrated that he has the guts"
    )


def _attack_agent(tok: Token) -> Token | None:
    if tok.dep_ in ("acl", "relcl", "amod") and tok.pos_ == "VERB":
        return tok.head  # "a tweet attacking ...", "tweets targeting ..."
    subj = [c for c in tok.children if c.dep_ == "nsubj"]
    return subj[0] if subj else None


def verbal_metaphor(tok: Token, pattern: Pattern, sources: Sequence[Actor]) -> bool:
    """ "the single-biggest coordinated media attack in history": an attack named by the
    medium it runs in, with no one coded as attacking, is a metaphor."""
    if pattern.type != "ASSAULT" or pattern.pos != "N" or any(a.code for a in sources):
        return False
    if tok.lemma_.lower() not in _ATTACK_WORDS:
        return False
    return any(c.dep_ in ("compound", "amod") and _verbal_word(c) for c in tok.children)


def _verbal_word(tok: Token) -> bool:
    """ "media", "verbal", ... (the lemmatiser reads "media" as "medium")."""
    return tok.lemma_.lower() in _VERBAL or tok.lower_ in _VERBAL


def non_physical_attack(tok: Token, pattern: Pattern) -> Pattern | None:
    """An attack whose instrument is a message ("a Donald Trump tweet attacking a former Miss
    Universe", "tweets targeting Machado", "attacked her in an ad") or whose object is an
    abstract thing ("attacked Clinton's record on trade"), or called media, verbal or personal,
    is criticism: ACCUSE (disapprove), not ASSAULT."""
    if pattern.type != "ASSAULT" or tok.lemma_.lower() not in _ATTACK_WORDS:
        return None
    agent = _attack_agent(tok)
    verbal = agent is not None and agent.lemma_.lower() in _MESSAGES
    objs = _dobjs(tok) if tok.pos_ == "VERB" else []
    if tok.pos_ == "NOUN":
        objs = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "on"
                for g in c.children if g.dep_ == "pobj"]  # fmt: skip
        verbal = verbal or any(
            c.dep_ in ("compound", "amod") and _verbal_word(c) for c in tok.children
        )
    verbal = verbal or bool(objs and all(o.lemma_.lower() in _ABSTRACT_TARGETS for o in objs))
    for c in tok.children:  # "attacked her in a tweet", "on Twitter"
        if c.dep_ == "prep" and c.lower_ in ("in", "on", "via", "with", "through"):
            # a noun's "on" names what is attacked, so only a platform there is a medium:
            # "attacks on army posts" are no messages (recall21)
            words = _PLATFORMS if tok.pos_ == "NOUN" and c.lower_ == "on" else _MESSAGES
            if any(g.lemma_.lower() in words | _PLATFORMS for g in c.children):
                verbal = True
    if not verbal:
        return None
    return as_criticism(pattern)
