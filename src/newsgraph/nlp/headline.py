"""Headline parse repair: the ``newsgraph_headline`` component (issue 10/12, headline grammar).

Headlines drop auxiliaries and articles and use the bare present; the small model, trained on
prose, reads several of their shapes as noun phrases with no verb at all. This component
repairs the parse of such headline sentences once per doc, right after ``newsgraph_truecase``
(which runs after the model's NER) and before ``newsgraph_entity_ruler`` and
``newsgraph_prepare``, so every later component
(entities, times, places, quotes, events, framing) reads the same, repaired parse.
``repair = false`` in ``pipeline.cfg`` turns it off. The repairs:

- **A plural noun that is the headline's verb.** "ICE Arrests Over 150 in Bay Area",
  "Myanmar junta bombs village, killing 30": in a headline sentence with no finite verb, a
  plural noun (``NNS``) whose lemma is a headline verb (:func:`headline_verbs`), with a noun
  phrase before it and words after it, that the parser made the root or a ``compound`` of the
  root noun, is re-read as the verb (``VBZ``/``VERB``): the noun phrase before it becomes its
  subject, the noun phrase right after it its object, and whatever hung on the old root hangs
  on the verb. A plural noun that the parser already made a subject ("Police raids net 20
  suspects") is left alone. So is a singular noun right after a plural one, the bare verb
  agreeing with a plural subject ("Gunmen torch school in Katsina"), unless it is also an event
  noun a plural may modify ("Refugees aid package") and the plural is no agent noun with an
  object after the verb ("Herdsmen raid village": :data:`AGENT_PLURALS`).
- **Two names and a bare verb.** "Erdogan, Aliyev meet in Nakhchivan": two names a single comma
  splits, then a headline verb the tagger read as a noun (followed by nothing or by a
  preposition or adverb) becomes the root, the names its coordinated subject.
- **Two names, a comma and a finite verb** (headline14/15/21): the names are the verb's
  coordinated subject where the parser hung the first as a clause, adverb or second subject,
  or the second as a compound ("Modi, Sharif talk by phone", "Orban, Fico meet",
  "Zelensky, Duda meet"); a capitalized word the tagger read as an adjective or adverb is a
  name there when prose never writes it lowercase ("Sisi, Abiy hold talks"; not "Finally,").
- **Kickers and title-case gaps** (headline21): the clause after a place kicker is parsed
  on its own (:mod:`newsgraph.nlp.headline_kicker`: "Sudan: Army shells Omdurman market");
  a capitalized verb truecasing does not know, and a compound subject of a finite verb, are
  read as such (:mod:`newsgraph.nlp.headline_case`: "Gunmen Kidnap 20 Students"); a Title
  Case "-s" verb read as a plural noun is the verb, the headline read again with it in its
  place (:mod:`newsgraph.nlp.headline_sverb`, headline27: "ICE Deports Guatemalan Man").
- **A bare past participle after the subject is a passive.** "Three killed in blast",
  "Opposition leader detained in Dhaka": a ``VBN`` the parser hung as ``acl`` on the root noun
  phrase before it, in a headline sentence with no finite verb, becomes the root and the noun
  phrase its passive subject (``nsubjpass``), as if the headline's omitted "were" were there;
  also after a wider subject ("Man with sack charged", "Fleeing suspect arrested") or tagged
  as a past tense (:mod:`newsgraph.nlp.headline_passive`, headline27).

A *headline sentence* is the doc's first sentence or a sentence with no final stop, of at most
:data:`MAX_TOKENS` words. Prose sentences are never touched; the parse of a headline sentence is
only changed where it had no finite verb; offsets, tokens and sentence boundaries are kept (the
repair is undone, with ``Doc.from_array``, if a boundary would move). After a repair the doc's
per-doc cache (``newsgraph.nlp._doc``) keeps only the text and the entries no parse made
(``newsgraph.nlp._doc.PARSE_FREE``): nothing derived from the old parse survives.

The verb test is the component's own, so it works with the event coder disabled: a lemma is a
headline verb when it is the lemma of a verb pattern (``V``) of the event coder's shipped
resources (``events/event_lexicon.tsv``, ``events/event_patterns.tsv``, read by the event
coder's own loader, ``_patterns.builtin_patterns``, at load; user pattern files passed to the
event coder do not add to it) or listed in
``resources/headline/news_verbs.txt`` (common news verbs that are no event trigger: "unveils",
"names", "wins").

The event coding of headlines ("Obama to visit Cuba": "to" + verb is a planned event) stays in
the event coder (``newsgraph.nlp.events._headline``).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Any, cast

import numpy as np
from spacy.attrs import DEP, HEAD, IS_SPACE, LEMMA, MORPH, POS, TAG
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from newsgraph import datafiles
from newsgraph.nlp._doc import _CACHE_KEY, _cached, restart_cache
from newsgraph.nlp.headline_case import FINITE as _FINITE
from newsgraph.nlp.headline_case import NOMINAL, case_gap, proper_verb, verb_nouns
from newsgraph.nlp.headline_kicker import (
    Reader,
    hang_kicker,
    kicker_end,
    model_reader,
    reparse_after_kicker,
)
from newsgraph.nlp.headline_passive import clauses_after, make_passive_root, wide_bare_passive
from newsgraph.nlp.headline_sverb import reparse_s_verb
from newsgraph.nlp.truecase import tables, truecase

MAX_TOKENS = 15
_NP = frozenset({"NOUN", "PROPN", "NUM", "ADJ", "DET"})
_STOPS = frozenset({".", "!", "?"})
_NP_DEP = {"ADJ": "amod", "DET": "det", "NUM": "nummod"}

#: common news verbs that are no event trigger
NEWS_VERBS_FILE = "headline/news_verbs.txt"


@lru_cache(maxsize=1)
def headline_verbs() -> frozenset[str]:
    """Lemmas a plural noun of a verbless headline may be re-read as (module doc)."""
    # the event coder's shipped patterns, as its own loader reads them (imported here: the
    # events package imports this module)
    from newsgraph.nlp.events._patterns import builtin_patterns

    verbs = set(datafiles.words(NEWS_VERBS_FILE))
    verbs.update(p.lemma.lower() for p in builtin_patterns() if p.pos == "V")
    return frozenset(verbs)


def _words(sent: Span) -> list[Token]:
    return [t for t in sent if not t.is_space]


def headline_sentences(doc: Doc) -> list[Span]:
    """The doc's headline sentences (module doc), found once per doc: after this component
    the sentences and words are final, and the event coder asks for them several times."""
    return list(_cached(doc, "headline_sentences", lambda: _headline_sentences(doc)))


def _headline_sentences(doc: Doc) -> list[Span]:
    """:func:`headline_sentences`, found anew (the repair reads them before it changes the
    parse)."""
    out = []
    spaces: list[int] | None = None  # spaces[k]: the space tokens before token k
    for n, sent in enumerate(doc.sents):
        size = sent.end - sent.start
        if size > MAX_TOKENS:  # too many words unless its space tokens bring it down
            if spaces is None:
                spaces = [0, *np.cumsum(doc.to_array(IS_SPACE)).tolist()]
            if size - (spaces[sent.end] - spaces[sent.start]) > MAX_TOKENS:
                continue
        words = _words(sent)
        if not words or len(words) > MAX_TOKENS:
            continue
        last = next((t for t in reversed(words) if t.text not in ("'", '"', "’", "”")), words[-1])
        if n == 0 or last.text not in _STOPS:
            out.append(sent)
    return out


def verbless(words: list[Token]) -> bool:
    """No finite verb among ``words``."""
    return not any(t.tag_ in _FINITE for t in words)


def _np_deps(tokens: list[Token], head: Token) -> None:
    for t in tokens:
        if t is not head:
            t.head = head
            t.dep_ = _NP_DEP.get(t.pos_, "compound")


def _rehang(words: list[Token], region: set[int], verb: Token) -> list[tuple[Token, Token, str]]:
    """Tokens outside ``region`` that hung on a region token (or were a root): their new head
    (the verb) and dependency label, read before anything is moved."""
    moves = []
    for t in words:
        if t.i in region or t.i == verb.i:
            continue
        if t.head.i in region or t.head.i == t.i:
            dep = {"acl": "advcl", "ROOT": "dep", "relcl": "advcl"}.get(t.dep_, t.dep_)
            moves.append((t, verb, dep))
    return moves


@lru_cache(maxsize=1)
def event_nouns() -> frozenset[str]:
    """Lemmas of the event coder's shipped noun patterns ("aid", "attack", "visit")."""
    from newsgraph.nlp.events._patterns import builtin_patterns

    return frozenset(p.lemma.lower() for p in builtin_patterns() if p.pos == "N")


# plural nouns of people who act, a bare verb that is also an event noun after them being their
# act ("Herdsmen raid village", "Rebels attack convoy"): armed groups, forces, crowds, workers
AGENT_PLURALS = frozenset(
    {
        "gunmen",
        "herdsmen",
        "herders",
        "militants",
        "militias",
        "militiamen",
        "insurgents",
        "jihadists",
        "rebels",
        "bandits",
        "fighters",
        "attackers",
        "pirates",
        "troops",
        "soldiers",
        "forces",
        "police",
        "policemen",
        "protesters",
        "protestors",
        "demonstrators",
        "rioters",
        "workers",
        "strikers",
        "students",
        "miners",
        "farmers",
        "settlers",
        "jets",
        "warplanes",
        "drones",
    }
)


def _agent_object(words: list[Token], j: int) -> bool:
    """An event noun right after a plural agent noun with a noun phrase after it: the agents'
    bare verb and its object ("Gunmen raid police station", "Herdsmen raid village")."""
    if words[j - 1].lower_ not in AGENT_PLURALS or j + 1 >= len(words):
        return False
    return words[j + 1].pos_ in _NP


def _bare_after_plural(words: list[Token], j: int) -> bool:
    """A singular noun right after a plural one: a bare present verb after its plural subject
    ("Gunmen torch school", "Bandits loot market"), the headline verb agreeing with its
    subject. Not a word that is also an event noun, which a plural may modify ("Refugees aid
    package", "Farmers protest camp"), unless the plural is an agent noun and an object follows
    (:func:`_agent_object`)."""
    t = words[j]
    if words[j - 1].tag_ not in ("NNS", "NNPS"):
        return False
    if t.tag_ == "NNP" and case_gap(t):  # "Militants Behead Hostage"
        return True
    if t.tag_ != "NN":
        return False
    return t.lemma_.lower() not in event_nouns() or _agent_object(words, j)


def _verb_tagged(words: list[Token], j: int) -> bool:
    """A word the tagger read as a present verb that the parser hung inside the root noun phrase
    ("Police Detain Opposition Leader": "Detain" an ``amod`` of "Leader"; "Soldiers detain
    protesters" read with "Soldiers" the root), right after the noun phrase starting the
    clause."""
    t = words[j]
    if t.tag_ not in ("VB", "VBP", "VBZ") or t.dep_ == "ROOT":
        return False
    root = next((w for w in words if w.head.i == w.i), None)
    return root is not None and root.pos_ in NOMINAL and words[j - 1].pos_ in NOMINAL


def _in_root_phrase(t: Token) -> bool:
    """``t`` is the root or hangs on it through modifiers of nouns only (compound, amod)."""
    while t.dep_ in ("compound", "amod"):
        t = t.head
    return t.dep_ == "ROOT"


def _noun_verb(words: list[Token], is_verb: Callable[[str], bool]) -> bool:
    """Re-read a plural noun as the headline's verb (module doc); True when the parse changed."""
    for j, t in enumerate(words):
        if j == 0 or j == len(words) - 1:
            continue
        verb_tag = _verb_tagged(words, j)
        if t.tag_ != "NNS" and not verb_tag and not _bare_after_plural(words, j):
            continue
        if not is_verb(t.lemma_.lower()) and not (case_gap(t) and is_verb(t.lower_)):
            continue
        if t.dep_ == "amod" and t.tag_ not in ("NN", "NNP") and not verb_tag:
            continue  # "Police detain journalists": a bare verb the tagger read as a noun
        if not verb_tag and not _in_root_phrase(t):
            continue
        before = words[:j]
        if any(b.pos_ not in _NP for b in before) or before[-1].pos_ not in NOMINAL:
            continue
        run: list[Token] = []
        for a in words[j + 1 :]:
            if a.pos_ not in _NP:
                break
            run.append(a)
        while run and run[-1].pos_ not in NOMINAL:
            run.pop()
        region = {b.i for b in before} | {a.i for a in run}
        moves = _rehang(words, region, t)
        t.head = t
        t.dep_ = "ROOT"
        if t.tag_ == "NNP":
            t.lemma_ = t.lower_  # "Behead": the verb's lemma
        t.tag_ = "VBZ" if t.tag_ in ("NNS", "VBZ") else "VBP"
        t.pos_ = "VERB"
        subject = before[-1]
        _np_deps(before, subject)
        subject.head = t
        subject.dep_ = "nsubj"
        if run:
            obj = run[-1]
            _np_deps(run, obj)
            obj.head = t
            obj.dep_ = "dobj"
        for tok, head, dep in moves:
            tok.head = head
            tok.dep_ = dep
        return True
    return False


def _name_groups(before: list[Token]) -> list[list[Token]] | None:
    """Two names a single comma splits ("Erdogan , Aliyev"), or None."""
    commas = [k for k, b in enumerate(before) if b.text == ","]
    if len(commas) != 1:
        return None
    first, second = before[: commas[0]], before[commas[0] + 1 :]
    if not first or not second or not all(_pair_name(b) for b in first + second):
        return None
    return [first, second]


def _pair_name(t: Token) -> bool:
    """A name of a comma pair: :func:`name_like`, or a capitalized word the tagger took for an
    adjective, adverb or interjection that is no common word: its lowercase form is not in the
    truecase table of words written lowercase in prose ("Sisi, Abiy hold talks": "Sisi" tagged
    JJ; "Orban, Fico meet": "Orban" tagged RB; "Finally, Biden signs bill" is no pair)."""
    if name_like(t):
        return True
    if not t.is_title or not t.is_alpha or t.pos_ not in ("ADJ", "ADV", "INTJ", "NOUN"):
        return False
    return t.lower_ not in tables()[0]  # the case table of prose


def _as_names(groups: list[list[Token]]) -> None:
    """Tag the pair's names as proper nouns where the tagger read them as other words."""
    for t in (t for g in groups for t in g):
        if t.pos_ != "PROPN":
            t.tag_ = "NNP"
            t.pos_ = "PROPN"


# what the tagger reads a capitalized name as when it takes it for a common noun
_NAME_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def name_like(t: Token) -> bool:
    """A name: tagged one, or a capitalized noun the model found as a name entity ("Federer,
    Murray clash": "Federer" tagged NN, found as an ORG)."""
    return t.pos_ == "PROPN" or (t.pos_ == "NOUN" and t.is_title and t.ent_type_ in _NAME_ENTS)


def _pair_verb(words: list[Token], is_verb: Callable[[str], bool]) -> bool:
    """Two names a comma joins and a bare verb the parser took for a noun ("Erdogan, Aliyev
    meet", "Putin, Xi confer in Beijing"): the verb is the root, the names its coordinated
    subject, as the parser reads "Ruto, Museveni meet" when it tags the verb right."""
    for j, t in enumerate(words):
        if t.tag_ != "NN" or j < 3 or not is_verb(t.lemma_.lower()):
            continue
        groups = _name_groups(words[:j])
        if groups is None:
            return False
        after = words[j + 1 : j + 2]
        if after and after[0].pos_ not in ("ADP", "ADV"):
            return False  # "Erdogan, Aliyev meet in Baku": a phrase of place, time or manner
        region = {b.i for b in words[:j]}
        moves = _rehang(words, region, t)
        t.head = t
        t.dep_ = "ROOT"
        t.tag_ = "VBP"
        t.pos_ = "VERB"
        first, second = groups
        _as_names(groups)
        _np_deps(first, first[-1])
        _np_deps(second, second[-1])
        first[-1].head = t
        first[-1].dep_ = "nsubj"
        second[-1].head = first[-1]
        second[-1].dep_ = "conj"
        comma = words[len(first)]
        comma.head = first[-1]
        comma.dep_ = "punct"
        for tok, head, dep in moves:
            tok.head = head
            tok.dep_ = dep
        return True
    return False


# how the parser hangs the first of two names on the verb when it misses the pair
_CLAUSE_DEPS = frozenset({"advcl", "npadvmod", "dep", "appos", "nmod", "intj", "advmod"})
# how it hangs the second on a verb it gives no subject ("Zelensky, Duda meet": a compound)
_SUBJECT_MISSED = frozenset({"compound", "npadvmod", "nmod"})
# how the parser hangs the second name's clause on the first when it reads the first as the root
_UNDER_FIRST = frozenset({"appos", "relcl", "acl", "conj"})


def _pair_under_first(verb: Token, one: Token, two: Token, comma: Token) -> bool:
    """The first of two names read as the root, the clause of the second hung on it ("Museveni,
    Ruto meet in Nairobi": "Ruto meet" in apposition; "Sisi, Abiy meet": a conjunct): the verb
    becomes the root, the first name its subject, the second its conjunct; what hung on the
    first name after the second hangs on the verb."""
    if one.dep_ != "ROOT" or verb.head.i != one.i or verb.dep_ not in _UNDER_FIRST:
        return False
    if two.head.i != verb.i or two.dep_ not in ("nsubj", "compound", "npadvmod", "nmod"):
        return False
    for c in list(one.children):
        if c.i > two.i and c.i != verb.i:
            c.head = verb
    verb.head = verb
    verb.dep_ = "ROOT"
    one.head = verb
    one.dep_ = "nsubj"
    two.head = one
    two.dep_ = "conj"
    comma.head = one
    comma.dep_ = "punct"
    return True


def _second_subject(verb: Token, two: Token) -> bool:
    """The second name is the verb's subject, or hangs on a verb that has none ("Zelensky, Duda
    meet in Warsaw": "Duda" a compound of "meet")."""
    if two.head.i != verb.i:
        return False
    if two.dep_ == "nsubj":
        return True
    return two.dep_ in _SUBJECT_MISSED and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in verb.children
    )


def _pair_subject(words: list[Token]) -> bool:
    """Two names a comma joins before a finite verb (or a bare verb the parser made the root:
    "Trudeau, Modi clash over killing") whose subject the second is, the first hung on the verb
    as a clause or adverb ("Modi, Sharif talk by phone", "Orban, Fico meet") or as a second
    subject ("Erdogan, Netanyahu clash over Gaza"): the names are the verb's coordinated
    subject, as the parser reads "Erdogan, Aliyev meet". Not when the first hangs elsewhere."""
    j = next(
        (
            k
            for k, t in enumerate(words)
            if t.tag_ in _FINITE or (t.tag_ == "VB" and t.dep_ == "ROOT")
        ),
        None,
    )
    if j is None or j < 3:
        return False
    verb = words[j]
    groups = _name_groups(words[:j])
    if groups is None:
        return False
    first, second = groups
    one, two = first[-1], second[-1]
    if _pair_under_first(verb, one, two, words[len(first)]):
        _as_names(groups)
        return True
    if not _second_subject(verb, two):
        return False
    if one.head.i == two.i and one.dep_ in ("nmod", "compound", "appos"):
        one.head = verb  # "Ruto, Museveni meet": the first name hung on the second
    elif one.head.i != verb.i or one.dep_ not in _CLAUSE_DEPS | {"nsubj"}:
        return False
    _as_names(groups)
    one.dep_ = "nsubj"
    two.head = one
    two.dep_ = "conj"
    comma = words[len(first)]
    comma.head = one
    comma.dep_ = "punct"
    return True


def _bare_passive(words: list[Token]) -> bool:
    """Read a bare past participle after the subject as a passive (module doc)."""
    for j, t in enumerate(words):
        if t.tag_ != "VBN" or t.dep_ != "acl" or j == 0:
            continue
        root = t.head
        if root.dep_ != "ROOT" or root.i > t.i or root.pos_ not in NOMINAL:
            continue
        if any(c.dep_ == "auxpass" for c in t.children):
            continue
        if any(b.pos_ not in _NP for b in words[:j]):
            continue
        make_passive_root(t, root, clauses_after(root, t))  # t is tagged VBN already
        return True
    return False


def headline_parse(
    doc: Doc, is_verb: Callable[[str], bool] | None = None, read: Reader | None = None
) -> bool:
    """Repair the parse of the doc's verbless headline sentences in place (module doc); True
    when the parse changed. ``is_verb`` defaults to membership in :func:`headline_verbs`;
    with ``read`` (the model's reader, :func:`headline_kicker.model_reader`) the clause after
    a headline's kicker is first parsed on its own ("Sudan: Army shells Omdurman market")."""
    if not doc.has_annotation("DEP"):
        return False
    heads = _headline_sentences(doc)
    if not heads:
        return False
    if is_verb is None:
        is_verb = headline_verbs().__contains__
    starts = [s.start for s in doc.sents]
    saved = doc.to_array([HEAD, DEP, TAG, POS, LEMMA, MORPH])
    ents = list(doc.ents)
    changed = False
    for sent in heads:
        words = _words(sent)
        k = 0
        if read is not None and kicker_end(words):  # the clause after a kicker read alone
            k = reparse_after_kicker(sent, words, read, truecase(sent.text) or sent.text)
        if k:
            _repair(words[k:], is_verb)
            hang_kicker(words[: k - 1], words[k - 1], next(t for t in words[k:] if t.head == t))
            changed = True
            continue
        if read is not None and reparse_s_verb(
            sent, words, read, truecase(sent.text) or sent.text, is_verb
        ):  # "ICE Deports Guatemalan Man": a Title Case verb read as a plural noun
            changed = True
            continue
        changed = _repair(words, is_verb) or changed
    if not changed:
        return False
    if [s.start for s in doc.sents] != starts:  # never move a sentence boundary
        doc.from_array([HEAD, DEP, TAG, POS, LEMMA, MORPH], cast(Any, saved))
        doc.ents = cast(Any, ents)
        return False
    # nothing read from the old parse survives: the cache keeps the text the tokenizer was
    # given and the entries no parse decides (nlp._doc.PARSE_FREE); every other entry (tokens,
    # sentence bounds, entities, parse-derived values) is rebuilt on demand from the new parse
    cache = cast(dict[Any, Any], doc.user_data).get(_CACHE_KEY)
    if isinstance(cache, dict):
        restart_cache(doc, cache["text"] if "text" in cache else doc.text, cache)
    return True


def _repair(words: list[Token], is_verb: Callable[[str], bool]) -> bool:
    """The repairs of one clause (module doc); True when the parse changed."""
    if not verbless(words):
        if _pair_subject(words) or verb_nouns(words) or wide_bare_passive(words, is_verb):
            return True
        root = next((w for w in words if w.head.i == w.i), None)  # a verb inside a noun root
        return root is not None and root.pos_ in NOMINAL and _noun_verb(words, is_verb)
    return (
        _noun_verb(words, is_verb)
        or _pair_verb(words, is_verb)
        or _bare_passive(words)
        or wide_bare_passive(words, is_verb)
        or _pair_subject(words)
        or proper_verb(words, is_verb)
    )


class HeadlineParse:
    """The ``newsgraph_headline`` component: repairs verbless headline parses (module doc)."""

    def __init__(self, nlp: Language, name: str, repair: bool = True) -> None:
        self.name = name
        self.repair = repair
        self._is_verb = headline_verbs().__contains__ if repair else None
        self._nlp = nlp
        self._read: Reader | None = None

    def __call__(self, doc: Doc) -> Doc:
        if self._is_verb is not None:
            if self._read is None:
                self._read = model_reader(self._nlp)
            headline_parse(doc, self._is_verb, self._read)
        return doc


@Language.factory(
    "newsgraph_headline",
    default_config={"repair": True},
    requires=["token.tag", "token.dep", "token.lemma", "token.is_sent_start"],
    assigns=["token.tag", "token.pos", "token.dep", "token.head"],
)
def make_headline(nlp: Language, name: str, repair: bool = True) -> HeadlineParse:
    return HeadlineParse(nlp, name, repair)
