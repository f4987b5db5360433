"""Claims of hostile acts in long wire sentences (issue 10, long22).

A hostile act told inside what a monitor or a rival says is news of an accusation, not of the
act, when the sentence marks the saying as a claim:

* the statement is a report ("Amnesty said in a report that soldiers had tortured detainees");
* the sentence labels it a claim, an allegation, a charge or an accusation in a trailing
  appositive ("..., an allegation the Kremlin dismissed", "..., a claim Pyongyang has not
  confirmed").

The speaker accuses the reported actor (PLOVER ACCUSE, CAMEO 112) and the reported act is
dropped: the sentence does not assert it happened. A plain attribution ("police said
militants attacked a checkpoint") stays the act, as PLOVER codes reported events.

The trailing claim appositive is also no event of its own: "China accused Manila of ramming a
vessel, a charge Manila denied" is the accusation; the denial comments on it
(:func:`claim_comment`).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from newsgraph.model import Actor, Event
from newsgraph.nlp._doc_words import with_lemma
from newsgraph.nlp.events._accusations import accuse_pattern
from newsgraph.nlp.events._claimed_harm import claimed_harms
from newsgraph.nlp.events._closures import border_closures
from newsgraph.nlp.events._filed_claims import filed_claims
from newsgraph.nlp.events._flags import cues
from newsgraph.nlp.events._fortified import barriers_put_up
from newsgraph.nlp.events._ordered import ordered_releases
from newsgraph.nlp.events._roles import subject

ActorsOf = Callable[[Doc, list[Token], "str | None"], list[Actor]]
MakeEvent = Callable[..., Event]

# nouns that label a statement as a contested claim
CLAIM_NOUNS = frozenset({"claim", "allegation", "charge", "accusation"})
# documents whose findings are allegations ("said in a report")
_REPORTS = frozenset({"report", "dossier"})
# acts whose claim is an accusation
_HOSTILE = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "SANCTION", "THREATEN"})
# the path from a reported verb up to the verb of saying (the parser hangs the that-clause on
# the report's participle: "said in a report published on Thursday that ...")
_UP = frozenset({"ccomp", "acl", "pobj", "prep"})

_ACCUSE = accuse_pattern("accuse.reported_claim")


def claim_label(tok: Token) -> bool:
    """A trailing appositive claim noun: ", a charge ...", ", an allegation ..." (its article
    right after a comma)."""
    if tok.lemma_.lower() not in CLAIM_NOUNS or tok.pos_ != "NOUN":
        return False
    det = [c for c in tok.children if c.dep_ == "det" and c.lower_ in ("a", "an")]
    if not det:
        return False
    i = det[0].i
    return i > 0 and tok.doc[i - 1].text == ","


def claim_comment(tok: Token) -> bool:
    """A verb whose subject or object is a trailing claim appositive, or which modifies one
    ("a charge Manila denied", "a claim Pyongyang has not confirmed"): a comment on the
    sentence's claim, no event of its own."""
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    if tok.dep_ in ("relcl", "acl") and claim_label(tok.head):
        return True
    return any(c.dep_ in ("nsubj", "nsubjpass", "dobj") and claim_label(c) for c in tok.children)


def _saying(tok: Token, say: frozenset[str]) -> tuple[Token, bool] | None:
    """The verb of saying whose that-clause holds ``tok`` (up to five steps), and whether the
    path passed a report ("said in a report published ... that"). A nominal act climbs to its
    clause's verb first ("that forces had carried out mass killings")."""
    t = tok
    for _ in range(6):
        if t.dep_ not in ("dobj", "pobj", "prep", "pcomp") or t.head == t:
            break
        t = t.head
    content = (  # the that-clause hung on the report noun: "a report ... that forces had"
        t.dep_ == "acl"
        and t.head.lemma_.lower() in _REPORTS
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in t.children)
    )
    if t.dep_ != "ccomp" and not content:
        return None
    report = False
    for _ in range(5):
        if t.dep_ not in _UP or t.head == t:
            return None
        t = t.head
        if t.lemma_.lower() in _REPORTS:
            report = True
        if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in say:
            report = report or any(
                c.dep_ == "prep"
                and c.lower_ == "in"
                and any(g.lemma_.lower() in _REPORTS for g in c.children)
                for c in t.children
            )
            return t, report
    return None


def reported_claims(
    doc: Doc, events: list[Event], date: str | None, actors: ActorsOf, make: MakeEvent
) -> list[Event]:
    """The events with each claimed hostile act (see the module doc) replaced by the
    speaker's accusation, and the releases orders tell (:mod:`._ordered`) and the closures at a
    border told by their lanes or a closure noun (:mod:`._closures`) and the barriers forces put
    up (:mod:`._fortified`) and what a court filing says (:mod:`._filed_claims`) added."""
    events = claimed_harms(doc, events, date, actors, make)  # "claims he groped her" (acled31)
    say = cues()["say"]
    labelled = {t.sent.start for t in with_lemma(doc, CLAIM_NOUNS) if claim_label(t)}
    out: list[Event] = []
    made: set[int] = set()
    for ev in events:
        tok = doc.char_span(ev.trigger.start, ev.trigger.end, alignment_mode="expand")
        found = _saying(tok.root, say) if tok is not None and ev.type in _HOSTILE else None
        if found is None or not ev.sources:
            out.append(ev)
            continue
        verb, report = found
        if not report and verb.sent.start not in labelled:
            out.append(ev)
            continue
        speaker = subject(verb)
        sources = actors(doc, [speaker], date) if speaker is not None else []
        targets = [a for a in ev.sources if a not in sources]
        if not sources or not targets:
            out.append(ev)
            continue
        if verb.i not in made and not any(e.trigger.start == verb.idx for e in events):
            made.add(verb.i)
            end = verb.idx + len(verb)
            out.append(make(doc, verb, verb.idx, end, _ACCUSE, sources, targets, date))
    out += ordered_releases(doc, out, date, actors, make)
    out += border_closures(doc, out, date, actors, make)  # lanes at a border (real26)
    out += barriers_put_up(doc, out, date, actors, make)  # razor wire by troops (real26)
    return out + filed_claims(doc, out, date, actors, make)  # 'the lawsuit says' (real40)
