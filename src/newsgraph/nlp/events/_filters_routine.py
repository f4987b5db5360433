"""Routine uses of event words on whole real articles that no coder codes (issue 10, the hand
audit's tune rows of batches 1-4; hooked into ``_filters_everyday.everyday_no_event``):

* a question put to no one: "ask" (or "wonder", "inquire") with no addressee, no infinitive
  and no "for", whose content is an embedded question ("We asked whether Melania Trump's story
  would influence ...", "New Londoners have been asking why the mayor ...") or a quoted one
  ('Malaska asked, "Could it live in Titan?"'), by someone no political code names (a
  committee's or a government's inquiry stays: "The committee asked whether Russia had
  attacked the convoy"; so does any question with an addressee: "asked the FBI whether");
* a decrease: "decline" with no object and no infinitive, with a degree adverb or a change
  between numbers ("the approval rating ... has declined slightly from 58 percent to 55
  percent"); "declined the offer", "declined to meet" and a bare "the minister declined" stay;
* a body's own session: a meeting of one board, council, committee or club ("at its Feb. 24
  meeting", "the monthly meeting of the East Texas Environmental Concerns Organization"), with
  no "with"/"between" and no international body coded: CONSULT needs two parties ("Obama's
  meeting with Putin", "a meeting of the two leaders", the Security Council's meeting stay);
* a participle used as an adjective: "an economic boon to surrounding communities" (a bare
  plural right after the participle, the participle the object of a place preposition);
  "troops surrounded the city", "after surrounding the city, the army shelled it" stay;
* talk of something: a singular "talk of sanctions against Moscow was groundless", "there is
  talk of war" is speculation, not talks ("held talks", "talks with Iran", "the talk between
  the two leaders" stay), nor is what it is talk of;
* consumer credit: "refinancing student loans", "the future of student loans" (a loan named
  by its borrower's kind: student, home, car, payday, mortgage) is personal finance, no AID
  ("a $2 billion loan to Egypt", "China's loans to Africa" stay);
* a product released: "Apple plans to release a new 13-inch MacBook Pro" (a product or a
  work as the object) is publishing, no RETREAT or CONCEDE ("released two hostages" stays);
* a question to oneself: "asking yourself this: ...", "he told himself" (speech whose only
  addressee is the speaker);
* an election won: a party taking control of a legislative chamber ("helped Republicans take
  control of the House") is winning seats, no COERCE ("Rebels took control of the city" and
  anything by armed forces stay);
* a poll share as the subject: "1 percent support the Green Party's Jill Stein", "5 percent
  prefer Johnson" (a bare "N percent", no "of" phrase): a poll figure; "10 percent of the
  troops withdrew" stays.

Refusing to release one's own records to no one named ("refused to disclose detailed medical
records", judged campaign conduct by the audit) is not filtered: the maintainers' seed test
codes "Trump refused to release his tax returns" REJECT.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from newsgraph.model import Actor
from newsgraph.nlp.events._agency import _PRIVATE_CODES
from newsgraph.nlp.events._filters_court import court_routine
from newsgraph.nlp.events._patterns import Pattern

_ASK = frozenset({"ask", "wonder", "inquire", "enquire"})
_WH = frozenset({"who", "whom", "whose", "what", "which", "why", "how", "when", "where"})
_QUESTION_MARKS = frozenset({"whether", "if"})
_ADDRESSEE_DEPS = frozenset({"dobj", "obj", "dative", "iobj"})
_DECREASE_ADVERBS = frozenset(
    {"slightly", "sharply", "steadily", "significantly", "dramatically", "steeply", "modestly",
     "somewhat", "substantially", "markedly", "gradually", "precipitously", "marginally"}
)  # fmt: skip
_SESSIONS = frozenset({"meeting", "session"})
_BODIES = frozenset(
    {"board", "council", "committee", "commission", "club", "organization", "organisation",
     "association", "society", "chapter", "chamber", "trustee", "trustees", "caucus",
     "subcommittee", "panel", "authority", "district", "lodge", "guild", "league"}
)  # fmt: skip
_ROUTINE = frozenset(
    {"monthly", "weekly", "annual", "yearly", "quarterly", "biweekly", "regular", "daily",
     "semiannual", "bimonthly"}
)  # fmt: skip
_SHARE = frozenset({"percent", "%", "per"})
_CONSUMER = frozenset(
    {"student", "home", "car", "auto", "payday", "mortgage", "consumer", "personal", "college",
     "tuition", "household", "housing", "credit"}
)  # fmt: skip
_PUBLISH = frozenset({"release", "launch", "unveil"})
_PRODUCTS = frozenset(
    {"version", "model", "product", "phone", "smartphone", "laptop", "computer", "tablet",
     "update", "software", "game", "app", "edition", "single", "device", "console", "vehicle",
     "car", "watch", "camera", "feature", "chip", "processor"}
)  # fmt: skip
_NEW = frozenset({"new", "latest", "updated", "upgraded", "redesigned", "next-generation"})
_SELF_SPEECH = frozenset({"ask", "tell"})
_REFLEXIVE = frozenset(
    {"myself", "yourself", "himself", "herself", "itself", "ourselves", "yourselves",
     "themselves", "oneself"}
)  # fmt: skip
_ARMED = frozenset({"MIL", "REB", "INS", "COP", "SPY", "UAF", "CRM"})
_CHAMBERS = frozenset(
    {"house", "senate", "congress", "chamber", "legislature", "parliament", "assembly",
     "majority", "bundestag", "duma", "commons"}
)  # fmt: skip
_PLACE_PREPS = frozenset({"to", "in", "of", "from", "across", "throughout", "into", "on"})


def _children(tok: Token, deps: frozenset[str] | tuple[str, ...]) -> list[Token]:
    return [c for c in tok.children if c.dep_ in deps]


def _unpolitical(actors: Sequence[Actor]) -> bool:
    """Every actor uncoded or coded with a private sector (no state, party or body)."""
    return all(a.code is None or a.code[-3:] in _PRIVATE_CODES for a in actors)


def _question_content(tok: Token) -> bool:
    for c in _children(tok, ("ccomp", "advcl", "dep", "parataxis")):
        sub = list(c.subtree)
        if any(t.dep_ == "mark" and t.lower_ in _QUESTION_MARKS and t.head == c for t in sub):
            return True
        if sub and sub[0].lower_ in _WH | _QUESTION_MARKS:
            return True  # "asking why the mayor ...", "asked what he would do"
    # a quoted question: 'Malaska asked, "Could it ...?"', '"Why do you not ...?" he asked.'
    return any(t.text == "?" for t in tok.sent)


def unaddressed_question(tok: Token, pattern: Pattern, sources: Sequence[Actor]) -> bool:
    """A question asked of no one by a speaker no political code names (module docstring)."""
    if pattern.type != "REQUEST" or tok.pos_ != "VERB" or tok.lemma_.lower() not in _ASK:
        return False
    if _children(tok, _ADDRESSEE_DEPS) or _children(tok, ("xcomp",)):
        return False
    if any(c.dep_ == "prep" and c.lower_ in ("for", "of", "to") for c in tok.children):
        return False
    return _unpolitical(sources) and _question_content(tok)


def _number(tok: Token) -> bool:
    return (
        tok.like_num
        or tok.tag_ == "CD"
        or any(c.dep_ == "nummod" or c.like_num for c in tok.children)
    )


def decrease(tok: Token, pattern: Pattern) -> bool:
    """ "has declined slightly from 58 percent to 55 percent": a number falling, no refusal."""
    if pattern.type != "REJECT" or tok.pos_ != "VERB" or tok.lemma_.lower() != "decline":
        return False
    if _children(tok, ("dobj", "obj", "xcomp", "ccomp")):
        return False
    if any(c.dep_ == "advmod" and c.lower_ in _DECREASE_ADVERBS for c in tok.children):
        return True
    return any(
        c.dep_ == "prep" and c.lower_ in ("from", "to", "by")
        and any(g.dep_ == "pobj" and _number(g) for g in c.children)
        for c in tok.children
    )  # fmt: skip


def _one_body(noun: Token) -> bool:
    """A single board, council, club ... (not a plural or coordinated party)."""
    if noun.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in noun.children):
        return False
    return noun.lemma_.lower() in _BODIES or noun.lower_ in _BODIES


def routine_session(
    tok: Token, pattern: Pattern, sources: Sequence[Actor], targets: Sequence[Actor]
) -> bool:
    """A body's own meeting, one party only (module docstring)."""
    if pattern.type != "CONSULT" or tok.pos_ != "NOUN" or tok.lemma_.lower() not in _SESSIONS:
        return False
    if any(c.dep_ == "prep" and c.lower_ in ("with", "between", "among") for c in tok.children):
        return False
    if any(a.code and a.code.startswith("IGO") for a in [*sources, *targets]):
        return False
    poss = _children(tok, ("poss",))
    of = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
          for g in c.children if g.dep_ == "pobj"]  # fmt: skip
    if any(p.lower_ in ("their", "our", "your", "my") for p in poss):
        return False  # "their meeting": the parties are the ones named before
    if any(p.lower_ == "its" for p in poss):
        return True
    if any(_one_body(p) for p in poss + of):
        return True
    return any(c.dep_ == "amod" and c.lower_ in _ROUTINE for c in tok.children) and not of


def adjectival_participle(tok: Token) -> bool:
    """ "to surrounding communities": a participle as an adjective (module docstring)."""
    if tok.tag_ != "VBG" or tok.lower_ != "surrounding":
        return False
    if tok.dep_ == "amod":
        return True
    if tok.dep_ != "pcomp" or tok.head.lower_ not in _PLACE_PREPS:
        return False
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    return bool(nxt is not None and nxt.dep_ in ("dobj", "obj") and nxt.head == tok
                and nxt.tag_ in ("NNS", "NNPS"))  # fmt: skip


def talk_of(tok: Token, pattern: Pattern) -> bool:
    """ "talk of sanctions": speculation, not talks (module docstring)."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ == "talk":
        return tok.head.head.tag_ == "NN"  # "talk of sanctions": the sanctions are talk too
    if pattern.type != "CONSULT" or tok.pos_ != "NOUN" or tok.lower_ != "talk":
        return False
    preps = {c.lower_ for c in tok.children if c.dep_ == "prep"}
    return "of" in preps and not preps & {"with", "between", "among"}


def consumer_loan(tok: Token, pattern: Pattern) -> bool:
    """ "student loans": personal finance, no AID (module docstring)."""
    if pattern.type != "AID" or tok.pos_ != "NOUN" or tok.lemma_.lower() != "loan":
        return False
    return any(
        c.dep_ in ("compound", "amod") and c.lemma_.lower() in _CONSUMER for c in tok.children
    )


def product_release(tok: Token, pattern: Pattern) -> bool:
    """ "release a new 13-inch MacBook Pro": a product, no release of people."""
    if pattern.type not in ("RETREAT", "CONCEDE") or tok.lemma_.lower() not in _PUBLISH:
        return False
    objs = _children(tok, ("dobj", "obj"))
    return bool(objs) and all(_product(o) for o in objs)


def _product(obj: Token) -> bool:
    """A product or a work: its entity type, its noun, or how it is described ("a new 13-inch
    MacBook Pro": new, latest, a measure in inches; people released are not)."""
    if obj.ent_type_ in ("PRODUCT", "WORK_OF_ART") or obj.lemma_.lower() in _PRODUCTS:
        return True
    mods = [c for c in obj.children if c.dep_ in ("amod", "compound", "nummod")]
    if any(m.lower_ in _NEW for m in mods):
        return True
    return any(t.ent_type_ == "QUANTITY" for m in mods for t in m.subtree)


def self_address(tok: Token, pattern: Pattern) -> bool:
    """ "asking yourself this": speech to oneself (module docstring)."""
    if tok.lemma_.lower() not in _SELF_SPEECH or pattern.type not in ("REQUEST", "CONSULT"):
        return False
    hearers = _children(tok, ("dative", "iobj", "dobj", "obj"))
    return any(h.lower_ in _REFLEXIVE for h in hearers) and not any(
        h.pos_ in ("PROPN", "NOUN") for h in hearers if h.dep_ in ("dative", "iobj")
    )


def chamber_control(tok: Token, pattern: Pattern, sources: Sequence[Actor]) -> bool:
    """ "helped Republicans take control of the House": an election won (module docstring)."""
    if pattern.type != "COERCE" or "control" not in tok.sent.text.lower():
        return False
    if any(a.code and a.code[-3:] in _ARMED for a in sources):
        return False
    controls = [c for c in tok.children if c.dep_ in ("dobj", "obj") and c.lower_ == "control"]
    if tok.lower_ == "control":
        controls.append(tok)
    return any(
        g.lemma_.lower() in _CHAMBERS or g.lower_ in _CHAMBERS
        for c in controls
        for p in c.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for g in p.children
        if g.dep_ == "pobj"
    )


def _bare_share(noun: Token) -> bool:
    if noun.lower_ not in _SHARE or not any(c.dep_ == "nummod" for c in noun.children):
        return False
    return not any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)


def share_subject(tok: Token) -> bool:
    """ "1 percent support the Green Party's Jill Stein": a poll share as the subject."""
    subj = _children(tok, ("nsubj",))
    subj += [c for s in subj for c in s.children if c.dep_ == "conj"]
    return any(_bare_share(s) for s in subj)


def routine_no_event(
    tok: Token, pattern: Pattern, sources: Sequence[Actor], targets: Sequence[Actor]
) -> bool:
    """True when the trigger is one of the routine uses of the module docstring."""
    return (
        unaddressed_question(tok, pattern, sources)
        or decrease(tok, pattern)
        or routine_session(tok, pattern, sources, targets)
        or share_subject(tok)
        or adjectival_participle(tok)
        or talk_of(tok, pattern)
        or consumer_loan(tok, pattern)
        or product_release(tok, pattern)
        or self_address(tok, pattern)
        or chamber_control(tok, pattern, sources)
        or court_routine(tok, pattern)  # "postponed its ruling" (_filters_court, long22)
    )
