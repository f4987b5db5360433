"""Headline parse repair: the ``newsgraph_headline`` component (issue 10/12, headline grammar).

Headlines drop auxiliaries and articles and use the bare present; the small model, trained on
prose, reads several of their shapes as noun phrases with no verb at all. This component
repairs the parse of such headline sentences once per doc, right after ``newsgraph_truecase``
(which runs after the model's NER) and before ``newsgraph_entity_ruler`` and
``newsgraph_prepare``, so every later component
(entities, times, places, quotes, events, framing) reads the same, repaired parse.
``repair = false`` in ``pipeline.cfg`` turns it off. Three repairs:

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
- **A bare past participle after the subject is a passive.** "Three killed in blast",
  "Opposition leader detained in Dhaka": a ``VBN`` the parser hung as ``acl`` on the root noun
  phrase before it, in a headline sentence with no finite verb, becomes the root and the noun
  phrase its passive subject (``nsubjpass``), as if the headline's omitted "were" were there.

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
from spacy.attrs import DEP, HEAD, IS_SPACE, POS, TAG
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from newsgraph import datafiles
from newsgraph.nlp._doc import _CACHE_KEY, restart_cache

MAX_TOKENS = 15
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
NOMINAL = frozenset({"NOUN", "PROPN", "NUM", "PRON"})
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
    """The doc's headline sentences (module doc)."""
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
    if t.tag_ != "NN" or words[j - 1].tag_ != "NNS":
        return False
    return t.lemma_.lower() not in event_nouns() or _agent_object(words, j)


def _noun_verb(words: list[Token], is_verb: Callable[[str], bool]) -> bool:
    """Re-read a plural noun as the headline's verb (module doc); True when the parse changed."""
    for j, t in enumerate(words):
        if j == 0 or j == len(words) - 1:
            continue
        if t.tag_ != "NNS" and not _bare_after_plural(words, j):
            continue
        if t.dep_ not in ("ROOT", "compound") or not is_verb(t.lemma_.lower()):
            continue
        if t.dep_ == "compound" and t.head.dep_ != "ROOT":
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
        t.tag_ = "VBZ" if t.tag_ == "NNS" else "VBP"
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
    if not first or not second or not all(name_like(b) for b in first + second):
        return None
    return [first, second]


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
_CLAUSE_DEPS = frozenset({"advcl", "npadvmod", "dep", "appos", "nmod", "intj"})
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


def _pair_subject(words: list[Token]) -> bool:
    """Two names a comma joins before a finite verb whose subject the second is, the first hung
    on the verb as a clause or adverb ("Modi, Sharif talk by phone", "Nadal, Djokovic meet in
    final"): the names are the verb's coordinated subject, as the parser reads "Erdogan, Aliyev
    meet". Not when the first is already the subject or hangs elsewhere."""
    j = next((k for k, t in enumerate(words) if t.tag_ in _FINITE), None)
    if j is None or j < 3:
        return False
    verb = words[j]
    groups = _name_groups(words[:j])
    if groups is None:
        return False
    first, second = groups
    one, two = first[-1], second[-1]
    if _pair_under_first(verb, one, two, words[len(first)]):
        return True
    if two.dep_ != "nsubj" or two.head.i != verb.i:
        return False
    if one.head.i == two.i and one.dep_ in ("nmod", "compound", "appos"):
        one.head = verb  # "Ruto, Museveni meet": the first name hung on the second
    elif one.head.i != verb.i or one.dep_ not in _CLAUSE_DEPS:
        return False
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
        moves = [
            (c, {"acl": "advcl", "relcl": "advcl"}.get(c.dep_, c.dep_))
            for c in root.children
            if c.i > t.i
        ]
        t.head = t
        t.dep_ = "ROOT"
        t.pos_ = "VERB"
        root.head = t
        root.dep_ = "nsubjpass"
        for c, dep in moves:
            c.head = t
            c.dep_ = dep
        return True
    return False


def headline_parse(doc: Doc, is_verb: Callable[[str], bool] | None = None) -> bool:
    """Repair the parse of the doc's verbless headline sentences in place (module doc); True
    when the parse changed. ``is_verb`` defaults to membership in :func:`headline_verbs`."""
    if not doc.has_annotation("DEP"):
        return False
    heads = headline_sentences(doc)
    todo = [s for s in heads if verbless(_words(s))]
    if len(todo) < len(heads):  # "Modi, Sharif talk by phone": the names' parse (_pair_subject)
        todo += [s for s in heads if not verbless(_words(s))]
    if not todo:
        return False
    if is_verb is None:
        is_verb = headline_verbs().__contains__
    starts = [s.start for s in doc.sents]
    saved = doc.to_array([HEAD, DEP, TAG, POS])
    changed = False
    for sent in todo:
        words = _words(sent)
        if not verbless(words):
            changed = _pair_subject(words) or changed
            continue
        changed = (
            _noun_verb(words, is_verb)
            or _pair_verb(words, is_verb)
            or _bare_passive(words)
            or changed
        )
    if not changed:
        return False
    if [s.start for s in doc.sents] != starts:
        doc.from_array([HEAD, DEP, TAG, POS], cast(Any, saved))  # never move a sentence boundary
        return False
    # nothing read from the old parse survives: the cache keeps the text the tokenizer was
    # given and the entries no parse decides (nlp._doc.PARSE_FREE); every other entry (tokens,
    # sentence bounds, entities, parse-derived values) is rebuilt on demand from the new parse
    cache = cast(dict[Any, Any], doc.user_data).get(_CACHE_KEY)
    if isinstance(cache, dict):
        restart_cache(doc, cache["text"] if "text" in cache else doc.text, cache)
    return True


class HeadlineParse:
    """The ``newsgraph_headline`` component: repairs verbless headline parses (module doc)."""

    def __init__(self, nlp: Language, name: str, repair: bool = True) -> None:
        self.name = name
        self.repair = repair
        self._is_verb = headline_verbs().__contains__ if repair else None

    def __call__(self, doc: Doc) -> Doc:
        if self._is_verb is not None:
            headline_parse(doc, self._is_verb)
        return doc


@Language.factory(
    "newsgraph_headline",
    default_config={"repair": True},
    requires=["token.tag", "token.dep", "token.lemma", "token.is_sent_start"],
    assigns=["token.tag", "token.pos", "token.dep", "token.head"],
)
def make_headline(nlp: Language, name: str, repair: bool = True) -> HeadlineParse:
    return HeadlineParse(nlp, name, repair)
