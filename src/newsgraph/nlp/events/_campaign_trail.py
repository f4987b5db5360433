"""Campaign-trail uses of event verbs on real political news (polfp38, issue 10 items 3 and 4).

A third hand-judged sample of 150 events on the PolNeAR train texts of the actors eval's tune
part (``docs/experiments/events/polfp38_sample.tsv``) found 46 false events; the classes a
coder tells from the text:

* **A question put is no REQUEST.** "ask" is a request when someone is asked to act or for
  something ("asked him to condemn violence", "asked for funds"). A question asked by a
  person ("Tapper asked whether Republicans would hold the House", "Todd asked Pence whether",
  "Asked what characteristics he would like ..., Adelson said", '"Mistake?" he asked.', "Mr.
  Manafort asked." after a quoted question, "asked him a question", "every question that I
  was asked", "a question Democrats are beginning to ask") is an interview, a debate or a
  rhetorical turn. A body's or a state's inquiry ("The committee asked whether Russia had
  attacked the convoy") and a person in office asking a body or another side in office ("the
  senator asked the FBI whether", "The senator asked the mayor, 'How many families ...?'")
  stay. The older vetoes (``_filters_outbreak.asked_question``,
  ``_filters_routine.unaddressed_question``) let through a person coded with a country only
  (a journalist coded ``USA``), a politician's rhetorical question, a question that is the
  verb's object or antecedent, and "asked what <noun>".
* **A candidate's pull with voters is no REQUEST.** "appeal" is a request when it asks
  something of someone ("appealed to the UN for help", "appealed to residents to evacuate",
  "appeals for a minimum-wage hike", a court appeal). A candidate's appeal to an electorate
  ("appealing to younger African Americans", "his appeal to blue collar and middle-class white
  men", "will appeal to her base", "an appeal to voters"), or appeal as attractiveness ("Mr.
  Trump's appeal is predicated on", "the extent of his appeal", "Johnson may hold particular
  appeal for Republicans", "a credible and appealing vision") asks nothing of anyone.
* **A citizen's ballot is no SUPPORT or REJECT.** A vote for or against a candidate by
  voters, residents, a county or a person with no political office ("81-year-old Parker
  Eaton, who voted for JFK", "Vigo County ... voting for the winning candidate", "a lot of
  people voting against Trump", "If Trump will kick Carrier's ass, then I'll vote for him")
  is the election itself; ``_filters_everyday.electorate_support`` catches only uncoded and
  private voters of SUPPORT. A legislator's or a party's vote, a vote on a bill and a
  politician declaring whom he votes for stay.
* **Being assured of an outcome, or assuring someone of a fact, is no AGREE.** "assure" and
  "guarantee" are a commitment when someone undertakes to act ("assured Ankara that the
  troops would leave", "guaranteed the rebels safe passage"). Told of an outcome in the
  passive with no one assuring ("Clinton is assured of winning at least 118", "Trump is
  virtually guaranteed to lose delegate battles", "we can be assured that other nations will
  not respect us") or of a fact in a clause with no will or would ("assured the crowd that he
  doesn't have small hands", "assured residents that she was made of the same stuff"), no one
  commits to anything.
* **Talking with the press is no CONSULT.** A meeting is between sides; an official or a
  candidate who "spoke with The Huffington Post", a minister's "meeting on Monday with
  reporters", or a news outlet that "spoke with" a candidate is an interview or a briefing
  (``_filters_cognition.press_briefing`` took only the press as a direct object). A meeting
  whose partner is not the press stays, whoever reports it ("told Fox News that Trump and Ryan
  are meeting").
* **Leaving a race is no CONCEDE or RETREAT.** A candidate suspending, ending or dropping a
  campaign, bid or candidacy ("the Florida senator suspended his campaign Tuesday night",
  "dropped her own presidential bid") concedes nothing to another actor. A bombing, military
  or protest campaign suspended stays.

Read by :func:`newsgraph.nlp.events._filters_speech.speech_no_event`."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from newsgraph.model import Actor
from newsgraph.nlp.events._agency import _PRIVATE_CODES
from newsgraph.nlp.events._filters_cognition import _PRESS
from newsgraph.nlp.events._filters_everyday import _ELECTORATE
from newsgraph.nlp.events._filters_figurative import _AUDIENCE
from newsgraph.nlp.events._filters_outbreak import _question
from newsgraph.nlp.events._patterns import Pattern

_WH = frozenset({"what", "which", "whose", "how", "why", "who", "whom", "when", "where"})
_QUESTIONS = frozenset({"question", "questions"})
# sectors of a person acting in an office (a body's inquiry stays)
_OFFICE = frozenset({"GOV", "LEG", "JUD", "MIL", "COP", "SPY", "IGO"})
# entity types of an addressee that is a body or a state
_BODY_ENTS = frozenset({"ORG", "GPE", "FAC"})
_BODY_WORDS = frozenset(
    """committee government ministry department agency court panel parliament congress senate
    house commission council administration office bureau board authority police
    prosecutor prosecutors investigator investigators""".split()
)
# an electorate or an audience a candidate appeals to, beyond the shared word lists
_CONSTITUENCY = (
    _ELECTORATE
    | _AUDIENCE
    | frozenset(
        """base member members passion passions christian christians white whites black blacks
        latino latinos hispanic hispanics conservative conservatives liberal liberals moderate
        moderates xers generation youth millennial millennials republican republicans
        democrat democrats""".split()
    )
)
# verbs that have or measure attractiveness, not a request: "hold appeal for", "the extent of"
_ATTRACTION_VERBS = frozenset(
    """have hold find acknowledge show underestimate overestimate broaden widen expand lack
    lose limit extend transcend predicate explain understand grasp""".split()
)
_ATTRACTION_NOUNS = frozenset({"extent", "breadth", "depth", "limit", "limits", "source"})
_LEGAL = frozenset(
    """court courts judge judges ruling rulings decision decisions verdict conviction sentence
    case cases determination board tribunal appeals lawsuit""".split()
)
_POLITICAL_SECTORS = frozenset(
    {"GOV", "LEG", "PTY", "JUD", "MIL", "COP", "SPY", "OPP", "REB", "INS", "ELI", "IGO"}
)
_CANDIDATES = frozenset({"candidate", "candidates", "nominee", "nominees", "frontrunner"})
_QUIT_VERBS = frozenset({"suspend", "drop", "end", "abandon", "quit", "halt", "terminate"})
_RACE_NOUNS = frozenset({"bid", "candidacy", "campaign", "run"})
_NOT_ELECTORAL = frozenset(
    """bombing military air armed terror terrorist insurgent guerrilla hunger protest strike
    violence violent boycott disobedience sabotage""".split()
)
_ARMED = frozenset({"MIL", "REB", "INS", "UAF", "CRM"})
_ASSURE = frozenset({"assure", "guarantee", "reassure"})
_TALKS = frozenset({"speak", "talk", "meet", "meeting", "chat", "discuss", "sit"})
# a clause that commits: "assured Ankara that the troops would leave"
_COMMITTING = frozenset({"will", "would", "shall", "'ll", "wo", "'d", "going", "must"})
_COMMITTED = frozenset({"commit", "committed", "determined", "intend", "plan", "pledge"})
_CANDIDATE_SECTORS = frozenset({"PTY", "LEG", "ELI"})
_VOTED_SECTORS = _CANDIDATE_SECTORS | {"GOV"}
_KNOWN_SECTORS = (
    _POLITICAL_SECTORS | _PRIVATE_CODES | _ARMED | _OFFICE | {"NGO", "REL", "OPP", "CVL", "MED"}
)


def _sectors(actor: Actor) -> set[str]:
    """The sector codes of an actor ("USALEGPTY" -> LEG, PTY; a bare "LEG" -> LEG)."""
    code = actor.code or ""
    chunks = {code[i : i + 3] for i in range(0, len(code), 3)}
    if actor.sector:
        chunks.add(actor.sector)
    return chunks & _KNOWN_SECTORS


def _is_body(actor: Actor, doc: object) -> bool:
    """An organisation or a state, not a person: a country or place named, an organisation
    the coder gave a sector, or a body word ("the committee", "Russia", "the State
    Department"). A person the tagger calls an organisation ("Tapper", coded ``USA`` only) and
    a people ("Democrats") are none."""
    if (actor.code or "").startswith(("IGO", "NGO")):
        return True
    span = doc.char_span(actor.span.start, actor.span.end, alignment_mode="expand")  # type: ignore[attr-defined]
    if span is None or not len(span):
        return False
    head = span.root
    if head.ent_type_ == "PERSON" or head.pos_ == "PRON":
        return False
    if head.ent_type_ in ("GPE", "FAC") or head.lemma_.lower() in _BODY_WORDS:
        return True
    return head.ent_type_ == "ORG" and bool(_sectors(actor))


def _question_object(tok: Token) -> bool:
    """ "asked him a question", "asking questions from the bench", "asked what
    characteristics", "every question that I was asked", "a question Democrats are beginning
    to ask", "isolated questions asked of the candidates"."""
    for c in tok.children:
        if c.dep_ in ("dobj", "nsubjpass") and c.lower_ in _QUESTIONS:
            return True
        if c.dep_ == "dobj" and any(g.dep_ == "det" and g.lower_ in _WH for g in c.children):
            return True
    verb = tok
    while verb.dep_ == "xcomp" and verb.head is not verb:
        verb = verb.head  # "beginning to ask"
    return verb.dep_ in ("relcl", "acl") and verb.head.lower_ in _QUESTIONS


def _bare_speech_tag(tok: Token) -> bool:
    """ "Mr. Manafort asked." / "Todd asked the real estate mogul." after a quoted question: no
    complement or 'for', and a question mark in the sentence or right before it."""
    if any(
        c.dep_ in ("xcomp", "ccomp") or (c.dep_ == "prep" and c.lower_ in ("for", "to", "of"))
        for c in tok.children
    ):
        return False
    start = tok.sent.start
    before = [t for t in tok.doc[max(0, start - 3) : start] if not t.is_space]
    return any(t.text == "?" for t in before) or any(t.text == "?" for t in tok.sent)


def _after_quoted_question(tok: Token) -> bool:
    """ "''What does that mean?'' Mr. Trump asked, ...": the asker and the verb follow a
    quoted question (whatever the parser made of the rest of the sentence)."""
    subj = [c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i]
    i = subj[0].left_edge.i if subj else tok.i
    i -= 1
    while i >= 0 and (tok.doc[i].is_space or tok.doc[i].is_quote or tok.doc[i].text == ","):
        i -= 1
    return i >= 0 and tok.doc[i].text == "?"


def _embedded_question(tok: Token) -> bool:
    """ "Asked whether largely watching the campaign had been hard ...": a clause opened by
    whether, if or a wh-word."""
    for c in tok.children:
        if c.dep_ in ("ccomp", "advcl", "dep", "csubj"):
            first = next(iter(c.subtree))
            if first.lower_ in _WH or first.lower_ in ("whether", "if"):
                return True
    return False


def _addressees(tok: Token) -> list[Token]:
    return [c for c in tok.children if c.dep_ in ("dobj", "dative") and c.lower_ not in _QUESTIONS]


def question_put(
    tok: Token, pattern: Pattern, sources: Sequence[Actor], targets: Sequence[Actor]
) -> bool:
    """A question asked by a person, or by no one named, is no REQUEST (module docstring)."""
    if pattern.type != "REQUEST" or tok.pos_ != "VERB" or tok.lemma_.lower() != "ask":
        return False
    if any(c.dep_ == "xcomp" for c in tok.children):
        return False  # "asked him to condemn violence": a request to act
    if not (
        _question(tok)
        or _question_object(tok)
        or _bare_speech_tag(tok)
        or _after_quoted_question(tok)
        or _embedded_question(tok)
    ):
        return False
    doc = tok.doc
    if any(_is_body(a, doc) and "MED" not in _sectors(a) for a in sources):
        return False  # "The committee asked whether Russia had attacked the convoy"
    if any(_sectors(a) & _OFFICE for a in sources):
        # a person in office asking a body or another side in office ("the senator asked the
        # FBI whether", "The senator asked the mayor, 'How many families ...?'", fp25) stays
        if any(_sectors(a) & (_OFFICE | _VOTED_SECTORS) or _is_body(a, doc) for a in targets):
            return False
        return not any(
            t.ent_type_ in _BODY_ENTS or t.lemma_.lower() in _BODY_WORDS for t in _addressees(tok)
        )
    return True


def _legal(tok: Token) -> bool:
    words = [*tok.subtree, tok.head, *tok.head.children]
    return any(t.lemma_.lower() in _LEGAL or t.lower_ in _LEGAL for t in words)


def _appeal_addressees(tok: Token) -> list[Token]:
    out = [
        g
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ in ("to", "for")
        for g in c.children
        if g.dep_ == "pobj"
    ]
    return [*out, *(g for o in out for g in o.conjuncts)]


def candidate_pull(tok: Token, pattern: Pattern) -> bool:
    """An appeal to an electorate, or appeal as attractiveness, is no REQUEST (module
    docstring)."""
    if pattern.type != "REQUEST" or tok.lemma_.lower() not in ("appeal", "appealing"):
        return False
    kids = list(tok.children)
    if any(c.dep_ in ("xcomp", "acl") and c.tag_ == "VB" for c in kids):
        return False  # "appealed to residents to evacuate": a request to act
    if _legal(tok) or any(t.lower_ in ("court", "courts") for t in tok.sent):
        return False  # a court appeal
    head = tok.head
    if (
        tok.pos_ == "NOUN"
        and tok.dep_ in ("dobj", "nsubj", "nsubjpass")
        and head.lemma_.lower() in _ATTRACTION_VERBS
    ):
        return True  # "may hold particular appeal for", "find appeal in", "that appeal extends"
    addressees = _appeal_addressees(tok)
    if addressees:
        # "appealed to younger African Americans", "appeal for Republicans"; "appeals for a
        # federal minimum-wage hike" asks for something
        return all(a.lower_ in _CONSTITUENCY or a.lemma_.lower() in _CONSTITUENCY
                   for a in addressees)  # fmt: skip
    if tok.pos_ == "ADJ" or (tok.tag_ == "VBG" and tok.dep_ in ("amod", "conj")):
        return True  # "a credible and appealing vision", "a hopeful and appealing vision"
    if tok.pos_ != "NOUN":
        return False
    if any(c.dep_ == "poss" for c in kids):
        return True  # "Mr. Trump's appeal is predicated on", "the extent of his appeal"
    if tok.dep_ == "pobj" and head.head.lemma_.lower() in _ATTRACTION_NOUNS:
        return True  # "the breadth of his appeal"
    # "the appeal of radical change": attractiveness of a thing
    return any(c.dep_ == "prep" and c.lower_ == "of" for c in kids) and any(
        c.dep_ == "det" and c.lower_ == "the" for c in kids
    )


def _voted_for(tok: Token, targets: Sequence[Actor]) -> bool:
    """The vote's object is a candidate: a person coded with a party or an office, a candidate
    word or a named person."""
    if any(_sectors(a) & _VOTED_SECTORS for a in targets):
        return True
    objs = [
        g
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ in ("for", "against")
        for g in c.children
        if g.dep_ == "pobj"
    ]
    objs += [c for c in tok.children if c.dep_ == "dobj"]
    objs += [g for o in objs for g in o.conjuncts]
    return bool(objs) and all(
        o.lemma_.lower() in _CANDIDATES or o.ent_type_ == "PERSON"
        or (o.pos_ == "PRON" and o.lower_ in ("him", "her"))
        for o in objs
    )  # fmt: skip


def _voters_named(tok: Token) -> bool:
    """ "plenty of people in this county voting against Clinton": the voters are the noun the
    participle modifies (or its "of" noun), a word for the electorate."""
    if tok.dep_ not in ("acl", "relcl"):
        return False
    nouns = [tok.head, *(g for c in tok.head.children if c.dep_ == "prep" and c.lower_ == "of"
                         for g in c.children if g.dep_ == "pobj")]  # fmt: skip
    return any(n.lemma_.lower() in _ELECTORATE or n.lower_ in _ELECTORATE for n in nouns)


def citizen_ballot(
    tok: Token, pattern: Pattern, sources: Sequence[Actor], targets: Sequence[Actor]
) -> bool:
    """A vote for or against a candidate by voters or people in no office (module
    docstring)."""
    if pattern.type not in ("SUPPORT", "REJECT", "AGREE") or tok.lemma_.lower() != "vote":
        return False
    if tok.pos_ != "VERB":
        return False
    if not sources and not _voters_named(tok):
        return False
    for a in sources:
        sectors = _sectors(a)
        if (a.code or "").startswith(("IGO", "NGO")) or sectors & _POLITICAL_SECTORS:
            return False
        if sectors and not sectors <= _PRIVATE_CODES:
            return False
    return _voted_for(tok, targets)


def race_left(tok: Token, pattern: Pattern, sources: Sequence[Actor]) -> bool:
    """A candidate suspending or dropping a campaign, bid or candidacy (module docstring)."""
    if pattern.type not in ("CONCEDE", "RETREAT") or tok.lemma_.lower() not in _QUIT_VERBS:
        return False
    if any(_sectors(a) & _ARMED for a in sources):
        return False
    objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    for o in objs:
        if o.lemma_.lower() not in _RACE_NOUNS:
            continue
        mods = [c for c in o.children if c.dep_ in ("amod", "compound", "nmod")]
        if any(m.lemma_.lower() in _NOT_ELECTORAL for m in mods):
            continue
        if any(m.lower_ in ("presidential", "reelection", "re-election") for m in mods):
            return True  # "suspended his presidential campaign"
        # "suspended his campaign", "dropped her own bid": a candidate's (a state's bid to
        # join a body is no race)
        if o.lemma_.lower() in ("bid", "candidacy") or (
            not mods and any(c.dep_ == "poss" for c in o.children)
        ):
            return any(_sectors(a) & _CANDIDATE_SECTORS for a in sources)
    return False


def assured_fact(tok: Token, pattern: Pattern) -> bool:
    """An outcome one is assured of, or a fact one assures someone of (module docstring)."""
    if pattern.type != "AGREE" or tok.lemma_.lower() not in _ASSURE or tok.pos_ != "VERB":
        return False
    kids = list(tok.children)
    if tok.tag_ == "VBN" and not any(c.dep_ == "agent" for c in kids):
        if any(c.dep_ in ("auxpass", "nsubjpass") for c in kids) or tok.dep_ in ("acomp", "amod"):
            return True  # "is assured of winning", "virtually guaranteed to lose"
    clauses = [c for c in kids if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")]
    clauses += [  # "assured residents that she was made of ...", parsed onto the object
        g
        for c in kids
        if c.dep_ == "dobj"
        for g in c.children
        if g.dep_ in ("acl", "relcl")
        and any(m.dep_ == "mark" and m.lower_ == "that" for m in g.children)
        and any(m.dep_ in ("nsubj", "nsubjpass") for m in g.children)
    ]
    # anywhere in the clause: "that ... and that his campaign would begin working with ..."
    return bool(clauses) and not any(
        (a.dep_ == "aux" and a.lower_ in _COMMITTING) or a.lemma_.lower() in _COMMITTED
        for cl in clauses
        for a in cl.subtree
    )


def _with_partners(tok: Token) -> list[Token]:
    out = [
        g
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ == "with"
        for g in c.children
        if g.dep_ == "pobj"
    ]
    return [*out, *(g for o in out for g in o.conjuncts)]


def _press_word(t: Token) -> bool:
    return t.lemma_.lower() in _PRESS or t.lower_ in _PRESS


def press_partner(
    tok: Token, pattern: Pattern, sources: Sequence[Actor], targets: Sequence[Actor]
) -> bool:
    """A talk or meeting with the press, or by a news outlet (module docstring)."""
    if pattern.type != "CONSULT" or tok.lemma_.lower() not in _TALKS:
        return False
    subj = [c for c in tok.children if c.dep_ == "nsubj"]
    if subj and sources and all("MED" in _sectors(a) for a in sources):
        return True  # "The Huffington Post spoke with Teachout"
    partners = _with_partners(tok)
    if not partners:
        return False
    doc = tok.doc
    media = [a for a in targets if "MED" in _sectors(a)]
    spans = [doc.char_span(a.span.start, a.span.end, alignment_mode="expand") for a in media]
    return all(_press_word(p) or any(sp is not None and p in sp for sp in spans) for p in partners)


def campaign_trail(
    tok: Token, pattern: Pattern, sources: Sequence[Actor], targets: Sequence[Actor]
) -> bool:
    """Whether any class of the module docstring vetoes the event."""
    return (
        question_put(tok, pattern, sources, targets)
        or candidate_pull(tok, pattern)
        or citizen_ballot(tok, pattern, sources, targets)
        or race_left(tok, pattern, sources)
        or assured_fact(tok, pattern)
        or press_partner(tok, pattern, sources, targets)
    )
