"""Verbs stretched past their event sense on political news (polfp36, issue 10 items 3 and 4).

* **Offering words, a view or a glimpse is no AGREE.** "offer" is an offer of cooperation
  (CAMEO 03) when an act, help or a deal is offered ("offered to mediate", "offered a prisoner
  swap", "offering Kasich the second spot on the ticket", "offered an olive branch"). When what
  is offered is talk or a view ("offering her positive reviews of the president's actions",
  "offered the crowd an emotional evaluation", "offered their thoughts and prayers", "offer
  appropriate counterarguments", "offered no specifics", "offered up this sound bite") or a
  glimpse or an opening that a thing affords ("the news conference offered a striking contrast",
  "the email dump offered a window into", "his job offers Sanders a platform"), no one agrees
  to anything.
* **Talking about a topic with no one is no CONSULT.** "talk" is a meeting when two sides talk
  ("Putin and Erdogan talked about the war", "talked with his counterpart about", "Did they
  talk about his vow?"). One speaker or the public talking about a topic ("I talked about
  Israel", "He's talking about breaking up our alliances", "People are talking about a brokered
  convention", "launched his campaign by talking about the wall", "gathered at a bar to talk
  about the decades they had spent") is speech, not a meeting; a talk that is the purpose of a
  meeting ("met with the governor to talk about the track's future") leaves the meeting coded.
* **A feeling about one's own act is no SUPPORT.** A stance word of approval ("happy",
  "pleased", "delighted") is SUPPORT when it is about someone or something ("pleased with the
  agreement", "happy with the outcome of the talks"). With an infinitive it tells how the
  holder feels about doing something ("would be happy to hear the news", "was all too happy to
  seize on Ryan's comments", "I am pleased to bring these theories to a new audience", "happy
  to be Iowa's silver standard"): no one is approved of.

Read by :func:`newsgraph.nlp.events._filters_speech.speech_no_event`."""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.nlp.events._patterns import Pattern

# what is offered when words, a view or a glimpse are offered (lemmas of the object)
_WORDS = frozenset(
    """review assessment evaluation thought prayer condolence sympathy counterargument argument
    tip response reply answer address speech remark comment encouragement reassurance assurance
    advice idea slogan language specific detail rhetoric defense defence preview bite
    explanation view opinion insight glimpse window contrast feel analysis critique praise
    prediction testimony account story observation reminder perspective take vision message
    word embrace path platform ammunition hint example lesson tribute verdict judgment
    judgement guess estimate theory solution diagnosis recollection impression
    characterization description summary rationale justification excuse""".split()
)
# the partner of a talk: "talked with", "talked to", "talks among", "talks between"
_PARTNER_PREPS = frozenset({"with", "to", "among", "between"})
# subjects that name two sides or more talking together
_MUTUAL_PRONOUNS = frozenset({"we", "they", "us", "them", "both"})
# the public: people talking among themselves about something is no meeting
_PUBLIC = frozenset(
    """people person voter resident american worker supporter critic fan friend everyone
    everybody anyone anybody nobody someone somebody many some pundit observer commentator
    reporter viewer reader""".split()
)


def _objects(tok: Token) -> list[Token]:
    """What is offered: the last direct object and its conjuncts ("offered the graduates some
    advice": the first of two objects is the one it is offered to)."""
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    if not objs:
        return []
    return [objs[-1], *(g for g in objs[-1].conjuncts if g.dep_ == "conj")]


def offered_words(tok: Token, pattern: Pattern) -> bool:
    """ "offer" (AGREE) whose object is talk, a view or a glimpse (:data:`_WORDS`): "offered
    her positive reviews", "offered their thoughts and prayers", "offered no specifics", "the
    sound bite she offered". An infinitive ("offered to help") is an offer to act."""
    if pattern.type != "AGREE" or pattern.pos != "V" or tok.lemma_.lower() != "offer":
        return False
    if any(c.dep_ in ("xcomp", "advcl") and c.tag_ == "VB" for c in tok.children):
        return False  # "offered to mediate", "Egypt offered on Sunday to help Sudan"
    objs = _objects(tok)
    if not objs and tok.dep_ in ("relcl", "acl") and tok.head.pos_ == "NOUN":
        objs = [tok.head]  # "the assessment he offered"
    return bool(objs) and all(o.lemma_.lower() in _WORDS for o in objs)


def _talk_subject(tok: Token) -> Token | None:
    """The verb's own subject, or that of the verb it completes or is joined to ("he keeps
    talking about", "they start to talk about", "called and talked")."""
    for c in tok.children:
        if c.dep_ in ("nsubj", "nsubjpass"):
            return c
    if tok.dep_ in ("conj", "xcomp") and tok.head is not tok:
        return _talk_subject(tok.head)
    return None


def _two_sides(subj: Token) -> bool:
    """ "Putin and Erdogan", "we", "they", "the two sides", "both leaders"."""
    if any(c.dep_ == "conj" for c in subj.children):
        return True
    if subj.lower_ in _MUTUAL_PRONOUNS:
        return True
    return any(c.dep_ in ("nummod", "det", "predet") and c.lower_ in ("two", "both", "three")
               for c in subj.children)  # fmt: skip


def topic_talk(tok: Token, pattern: Pattern) -> bool:
    """ "talk about" a topic (CONSULT) with no partner named ("with", "to") and no two sides
    talking: one speaker ("I talked about Israel"), the public ("People are talking about"),
    or no subject at all ("by talking about the wall", "gathered to talk about")."""
    if pattern.type != "CONSULT" or pattern.pos != "V" or tok.lemma_.lower() != "talk":
        return False
    preps = {c.lower_ for c in tok.children if c.dep_ == "prep"}
    if "about" not in preps or preps & _PARTNER_PREPS:
        return False
    if any(c.dep_ in ("dative", "dobj") for c in tok.children):
        return False  # "talked him about", "talk turkey": left as they were
    subj = _talk_subject(tok)
    if subj is None:
        return tok.dep_ in ("pcomp", "advcl", "xcomp", "conj", "acl")
    if _two_sides(subj):
        return False
    if subj.lemma_.lower() in _PUBLIC or subj.lower_.removesuffix("s") in _PUBLIC:
        return True  # "People are talking about", "Many Americans talk about"
    if subj.ent_type_ == "PERSON":
        return True  # "Sanders talked about" (a name the tagger reads as a plural)
    return subj.tag_ in ("NN", "NNP", "PRP")


def feeling_to_act(tok: Token, pattern: Pattern) -> bool:
    """A SUPPORT stance adjective with an infinitive of the holder's own act ("happy to
    hear", "pleased to announce") and no "with"/"by"/"about" object of approval."""
    if pattern.type != "SUPPORT" or pattern.pos != "A":
        return False
    kids = list(tok.children)
    if any(c.dep_ == "prep" for c in kids):
        return False  # "pleased with the agreement", "happy about the deal"
    return any(
        c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") and
        any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in kids
    )  # fmt: skip
