"""Which way a bare weekday or month points: past, future or unknown, from the parse."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from newsgraph.nlp._doc import doc_text
from newsgraph.nlp.times._calendar import NEAREST
from newsgraph.nlp.times._lexicon import lexicon

_FUTURE_WORDS = re.compile(
    r"(?i)\b(?:will|'ll|shall|going\s+to|scheduled|expected|plans?\s+to|set\s+to|due\s+to|"
    r"upcoming|next)\b"
)


PRESENT = 2  # plain present tense: a weekday lies ahead ("meet Monday"), a month is nearest


def direction(doc: Doc, start: int, end: int) -> int:
    """-1 (past), +1 (future), 0 (unknown) or PRESENT for the expression at ``[start, end)``."""
    if not doc.has_annotation("DEP"):
        return _lexical(doc, start)
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return 0
    root, head = span.root, span.root.head
    if _after_past_report(doc, span) or _known_outcome(span):
        return -1
    after = span.end < len(doc) and doc[span.end].lower_ in ("'s", "’s")
    if after and _AHEAD.search(doc_text(doc)[max(0, start - 25) : start]):
        # "Heading into Tuesday's primary", "ahead of Monday's vote": the day ahead of the
        # telling; told in the past ("had 1,944 delegates heading into Tuesday's primaries"
        # published the day after) it may be the day just gone, so the nearer one
        verb = _governing_verb(span.root)
        if verb is not None and verb.lower_ in ("heading", "leading", "going", "run-up"):
            verb = _governing_verb(verb.head) if verb.head is not verb else None
        # a simple or past perfect tense; a present perfect ("has delivered") reports now
        if (
            verb is not None
            and (
                verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in verb.children if a.dep_ == "aux")
            )
            and _verb_direction(verb, 0) == -1
        ):
            return NEAREST
        return 1
    if head.pos_ in ("NOUN", "PROPN") and (
        root.dep_ in _NOUN_MODIFIER or (root.dep_ == "poss" and head.dep_ in _SUBJECT)
    ):
        # "a June agreement", "Saturday's fundraiser would be ...": the verb's tense is not
        # the date's own, unless it names an event on the calendar a future or present clause
        # looks to ("how they will affect the Saturday primary")
        if head.lemma_.lower() in _CALENDAR_EVENTS and (verb := _governing_verb(head)):
            if _verb_direction(verb, 0) in (1, PRESENT):
                return 1
        return 0
    verb = _governing_verb(span.root)
    if verb is None:
        return -1
    d = _verb_direction(verb, 0)
    if d == PRESENT and _historical_present(doc, span):
        return -1  # "Kerry addresses the media Monday in Brussels. (AP Photo/...)"
    if d == -1 and _schedules(verb, span.root):
        return 1
    if d == -1 and _backshifted(verb):
        return 1
    if root.dep_ == "poss" and (d == PRESENT or (d == 1 and verb.tag_ == "VBG")):
        # "investigators are examining Friday's bombings", "the toll from Tuesday's crash
        # rises": the event a date owns is reported, so past; "ahead of Monday's vote" looks
        # ahead, and so does an event on the calendar told in the present ("the situation she
        # is facing in Tuesday's primary")
        if head.lemma_.lower() in _CALENDAR_EVENTS:
            return 1
        return 1 if _AHEAD.search(doc_text(doc)[max(0, start - 25) : start]) else 0
    return d


# a photo credit in or right after a sentence makes it a caption
_PHOTO_CREDIT = re.compile(
    r"(?:\bAP\s+Photo\b|\bPhoto(?:graph)?\s*(?::|by\b|credit\b)|\bREUTERS/|/\s*(?:AFP|Reuters)\b"
    r"|\bGetty\s+Images\b|\((?:AP|AFP|Reuters|EPA|Xinhua)(?:\s+Photo)?\))"
)
_HEADLINE_WORDS = 16
_LINE_END = (".", "!", "?", ":", ";", ",", '"', "”", "’", "'", ")", "]", "…")


def _historical_present(doc: Doc, span: Span) -> bool:
    """A plain present tense in a photo caption or a headline ("Kerry addresses the media
    Monday", "Obama meets Putin Tuesday") reports what happened, so a bare weekday is the
    past or current week's. A caption is a sentence with a photo credit in it or right after
    it (on its line or the next); a headline is the article's first line (``ingest`` puts the title
    there), short and without closing punctuation (a listing line inside the body, "Doors open
    7 p.m. Tuesday", stays a schedule)."""
    text = doc_text(doc)
    sent = span.sent
    # the rest of its line and the next line ("... in Brussels.\n(AP Photo/Virginia Mayo)")
    after = "\n".join(text[sent.end_char : sent.end_char + 120].split("\n")[:2])
    if _PHOTO_CREDIT.search(sent.text) or _PHOTO_CREDIT.search(after):
        return True
    line_start = text.rfind("\n", 0, span.start_char) + 1
    if text[:line_start].strip():
        return False  # not the first line
    line_end = text.find("\n", span.end_char)
    line = text[line_start : line_end if line_end >= 0 else len(text)].strip()
    words = line.split()
    return (
        2 < len(words) <= _HEADLINE_WORDS
        and not line.endswith(_LINE_END)
        and line[:1].isupper()
        and sent.start_char >= line_start
    )


_REPORT_OBJECTS = 4  # "told reporters", "told the BBC": at most this many object tokens


def _after_past_report(doc: Doc, span: Span) -> bool:
    """A date right after a past-tense reporting verb ("said Monday it would resign", "told
    reporters on Tuesday that ..."): the day of the report, whatever the parser attached it to
    (it often hangs "Monday" on the reported clause's verb and so reads the report's "would" as
    the date's). Not a possessive ("said Monday's vote would ...": the vote's day)."""
    after = span.end < len(doc) and doc[span.end].lower_ in ("'s", "’s")
    if after or span.start == 0:
        return False
    i = span.start - 1
    if doc[i].lower_ == "on":
        i -= 1
    gap = 0
    while i >= 0 and gap <= _REPORT_OBJECTS:
        tok = doc[i]
        if tok.tag_ == "VBD" and tok.lemma_.lower() in lexicon().speech_lemmas:
            return gap == 0 or tok.lemma_.lower() == "tell"
        if tok.is_punct or tok.pos_ in ("VERB", "AUX", "SCONJ") or tok.tag_ == "IN":
            return False
        i -= 1
        gap += 1
    return False


# what a contest ended in: told with "the" or a possessive ("his victory in Tuesday's primary",
# "the results of Tuesday's primaries", "her victories ... on Tuesday", "his Tuesday wins") it is
# known, so the day is past whatever the verb ("will only accelerate that shift"); "a victory on
# Saturday" may still lie ahead
_OUTCOMES = frozenset("victory win loss defeat result sweep".split())
_KNOWN_DETS = frozenset("the this that these those".split())


def _known_outcome(span: Span) -> bool:
    """A weekday belonging to a definite or possessed outcome noun (``_OUTCOMES``), reached by
    at most four noun-phrase links (possessive, compound, prepositional object, modifier). Not a
    month: "after the November results" names the coming election's."""
    if not any(t.text in lexicon().weekdays for t in span):
        return False
    tok = span.root
    if any(c.dep_ == "poss" for c in tok.children) and tok.head.lemma_.lower() in _OUTCOMES:
        return True  # "his Tuesday wins": the possessive sits on the weekday
    for _ in range(4):
        if tok.head is tok or tok.dep_ not in (
            "poss",
            "compound",
            "npadvmod",
            "pobj",
            "prep",
            "nmod",
        ):
            return False
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            return False
        if tok.lemma_.lower() in _OUTCOMES and any(
            c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in _KNOWN_DETS) for c in tok.children
        ):
            return True
    return False


_CALENDAR_EVENTS = frozenset(
    "election vote primary caucus convention summit referendum ballot runoff debate deadline"
    " hearing meeting game match race".split()
)
_AHEAD = re.compile(
    r"(?i)\b(?:up\s+to|until|till|ahead\s+of|toward|towards|in\s+advance\s+of|run-up\s+to|"
    r"heading\s+into|going\s+into|leading\s+up\s+to)\s+$"
)


# verbs that fix when something else will happen: with an object, the date they govern is the
# thing's ("planned a rally on Saturday", "has scheduled a news conference Thursday"), which
# lies after the planning, so ahead of a past-tense report
_SCHEDULE_LEMMAS = frozenset({"schedule", "plan", "slate", "reschedule"})


def _schedules(verb: Token, date_root: Token) -> bool:
    if verb.lemma_.lower() not in _SCHEDULE_LEMMAS or verb.tag_ not in ("VBD", "VBN"):
        return False
    if any(c.lower_ == "had" for c in verb.children):
        return False  # past perfect: the plan and its date both lie in the past
    objects = {
        c.i for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN" and _new_thing(c)
    }
    if not objects:
        return False
    # the date hangs on the verb or its object ("Thursday", "on Saturday", "talks for
    # Friday"), not inside another clause
    tok = date_root
    while tok.head.i != tok.i and tok.dep_ in ("pobj", "prep", "npadvmod"):
        tok = tok.head
        if tok.i == verb.i or tok.i in objects:
            return True
    return False


# verbs whose past tense is spelled as the present: a tagger reading "stocks hurt" or "they
# cut" as present has only guessed; the sentence's other finite verbs say which it is
_SAME_PAST = frozenset(
    "hurt cut put set hit let cost quit shut spread beat cast burst split upset bid broadcast"
    " forecast thrust".split()
)


def _past_nearby(verb: Token) -> bool:
    finite = [t for t in verb.sent if t.i != verb.i and t.tag_ in ("VBD", "VBZ", "VBP", "MD")]
    return bool(finite) and all(t.tag_ == "VBD" for t in finite)


_TEMPORAL_MARKS = frozenset({"when", "once", "until", "till", "before", "after", "as"})


def _backshifted(verb: Token) -> bool:
    """A past tense in a temporal clause under a future one ("were likely to buy as soon as
    trading opened Monday", "would resign when the board met Tuesday"): the sequence of tenses
    puts the clause's past in the main clause's future."""
    if verb.dep_ != "advcl" or not any(
        c.dep_ in ("mark", "advmod") and c.lower_ in _TEMPORAL_MARKS for c in verb.children
    ):
        return False
    main = _governing_verb(verb.head)
    return main is not None and main.i != verb.i and _verb_direction(main, 1) in (1, NEAREST)


def _past_plan(verbal: Token) -> bool:
    """A plan or expectation told in the past tense of the narrative ("was expected to",
    "were due to", "planned to"), not a reported one backshifted under a speech verb ("said
    the deal was expected to close in June" still looks ahead of the report)."""
    if verbal.tag_ != "VBD" and not any(
        c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verbal.children
    ):
        return False
    tok, seen = verbal, 0
    while tok.head is not tok and seen < 4:
        if tok.dep_ in ("ccomp", "parataxis") and tok.head.lemma_.lower() in (
            lexicon().speech_lemmas
        ):
            return False
        tok, seen = tok.head, seen + 1
    return True


def _new_thing(noun: Token) -> bool:
    """An object introduced as new ("a rally", "talks"), not one already told ("the raid",
    planned earlier and carried out since)."""
    dets = [c.lower_ for c in noun.children if c.dep_ in ("det", "poss")]
    return all(d in ("a", "an", "another", "new") for d in dets)


_NOUN_MODIFIER = ("compound", "amod", "nmod")
_SUBJECT = ("nsubj", "nsubjpass")


def _governing_verb(tok: Token) -> Token | None:
    seen = 0
    while seen < 12:
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("aux", "auxpass"):
            return tok
        if tok.head is tok:
            return tok if tok.pos_ in ("VERB", "AUX") else None
        tok = tok.head
        seen += 1
    return None


def _verb_direction(verb: Token, depth: int) -> int:
    lex = lexicon()
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    words = {a.lower_ for a in auxes}
    if "had" in words:
        return -1  # past perfect: "had been due to expire Friday"
    if _past_refusal(verb, words):
        return -1  # "could not be reached for comment Tuesday", "would not say Friday"
    if words & lex.future_aux or "going" in words:
        return 1
    if (
        verb.lemma_.lower() == "go"
        and verb.tag_ != "VBD"
        and any(c.lower_ == "to" for c in verb.children)
    ):  # "go to the polls Tuesday"; "went to the polls on Tuesday" is past
        return 1
    if any(a.tag_ in ("VBD",) or "Past" in a.morph.get("Tense", []) for a in auxes):
        return -1
    has_to = any(a.lower_ == "to" for a in auxes) or any(c.tag_ == "TO" for c in verb.children)
    if (verb.tag_ == "VB" or (verb.tag_ == "VBN" and "be" in words)) and has_to:
        # "to vote Tuesday", "is expected to be drawn up in the summer": the infinitive's head;
        # "an address to be delivered Wednesday": what is still to be done
        head = verb.head
        if head is verb or depth > 3 or (verb.tag_ == "VBN" and verb.dep_ in ("acl", "relcl")):
            return 1
        if head.lemma_.lower() in lex.future_lemmas and not (
            head.lemma_.lower() == "go" and head.tag_ != "VBG"
        ):  # "going to vote Tuesday" looks ahead; "went to sleep at 4 a.m. Sunday" does not
            verbal = head if head.pos_ in ("VERB", "AUX") else head.head
            if any(t.lower_ == "had" for t in (verbal, *verbal.children)):
                return -1  # "it had been due to expire Friday": the plan is in the past
            if _past_plan(verbal):
                return NEAREST  # "was expected to attend a gathering Dec. 27" (in March)
            return 1
        return _verb_direction(head, depth + 1)
    if "Past" in verb.morph.get("Tense", []) and verb.tag_ == "VBD":
        return -1
    if verb.tag_ == "VBN":
        if verb.lemma_.lower() in lex.future_lemmas and words & {"is", "are", "be", "'s", "'re"}:
            return 1
        # a participle without auxiliaries reports a past event ("cited by police in
        # December", "the deal, announced in March,")
        return -1
    if verb.tag_ in ("VBZ", "VBP"):
        if words & {"has", "have", "'ve"}:
            return -1
        if verb.tag_ == "VBP" and not auxes and verb.lower_ in _SAME_PAST and _past_nearby(verb):
            return -1  # "stocks hurt the index, which fell 1.4%, on Friday": past, mis-tagged
        if verb.lemma_.lower() in lex.speech_lemmas:
            return -1
        if verb.lemma_.lower() in lex.future_lemmas and any(
            c.dep_ == "xcomp" for c in verb.children
        ):
            return 1
        return PRESENT
    if verb.tag_ == "VBG":
        if words & {"is", "are", "am", "'s", "'re"}:
            return 1
        if words & {"was", "were"}:
            return -1
        if words & {"be"}:
            return 1
        if verb.dep_ == "xcomp" and verb.head is not verb and depth < 3:
            return _verb_direction(verb.head, depth + 1)  # "began searching August 5"
        return 0
    return 0


def _past_refusal(verb: Token, auxes: set[str]) -> bool:
    """A negated "could" or "would" on a verb of answering or being reached ("couldn't be
    reached for comment Tuesday", "would not specify Friday", "could not say Friday night"):
    a refusal or failure at the time of the report, so past, not a modal future."""
    if not auxes & {"could", "would"} or not any(c.dep_ == "neg" for c in verb.children):
        return False
    lemma = verb.lemma_.lower()
    return lemma in lexicon().comment_lemmas or lemma in lexicon().speech_lemmas


def _lexical(doc: Doc, start: int) -> int:
    window = doc_text(doc)[max(0, start - 80) : start]
    window = re.split(r"[.!?][\"'”’)]*\s+(?=[A-Z\"“])", window)[-1]  # this sentence's words
    if _FUTURE_WORDS.search(window):
        return 1
    return -1
