"""The ``newsgraph_framing`` component: how the outlet labels each actor.

Three sources of framing records, in order of precedence (a later one never overlaps an
earlier one):

1. the hand-written lexicon (``resources/framing/framing_labels.tsv``): name-calling
   ("terrorists", "regime"), loaded words ("abscess", "liquidated", "foreign-backed") and
   distancing markers ("so-called");
2. the learned span tagger (:mod:`._tagger`, trained on PTC by ``newsgraph train framing``) for
   loaded language and name-calling the lexicon does not list;
3. scare quotes: a short quoted fragment (one to three words) that is part of a noun phrase and
   is nobody's reported speech ("the 'moderate' rebels").

So the loaded language and name-calling found never depend on the other components (they only
decide which actor a record is attached to, and which quotes are reported speech).

Each record is attached to the actor it labels (:mod:`._attach`). A label whose phrase names no
actor ("this abscess has to be liquidated") takes the actor of the nearest record with the
same label, else of the nearest record on the same phrase. The article's tone (GDELT style,
:mod:`._tone`) goes to ``doc._.ng_tone``.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from itertools import compress
from operator import or_
from pathlib import Path

from spacy.attrs import LEMMA, LOWER
from spacy.language import Language
from spacy.tokens import Doc, Token

from newsgraph.model import Entity, Framing, Place, Quote, record_id
from newsgraph.nlp._doc import doc_text, sentence_index, span, tokens
from newsgraph.nlp.framing import _lexicon, _tagger
from newsgraph.nlp.framing._actor_words import actor_words
from newsgraph.nlp.framing._attach import Target, actor_head, main_country, resolve
from newsgraph.nlp.framing._tone import lexicon as vader_lexicon
from newsgraph.nlp.framing._tone import tone
from newsgraph.nlp.quotes._marks import quote_spans

WEIGHTS = Path(__file__).parent / "weights"
_NAME_INSIDE = frozenset({"WORK_OF_ART", "LAW", "EVENT"})
_SCARE_MAX_WORDS = 3
_SCARE_POLARITY = -0.3

for _ext in ("ng_framing", "ng_tone"):
    if not Doc.has_extension(_ext):
        Doc.set_extension(_ext, default=None)


@dataclass(slots=True)
class _Draft:
    start: int
    end: int
    kind: str
    label: str
    polarity: float
    sector: str | None
    root: Token
    inside: frozenset[int]  # the label's own tokens
    source: str  # lexicon | quotes | tagger
    confidence: float
    target: Target | None = None


def _root(toks: list[Token]) -> Token:
    """The token of ``toks`` whose head lies outside them (the phrase's syntactic root)."""
    ids = {t.i for t in toks}
    for t in toks:
        if t.head.i not in ids or t.head.i == t.i:
            return t
    return toks[-1]


class FramingComponent:
    """Assigns ``doc._.ng_framing`` (a list of :class:`~newsgraph.model.Framing`) and
    ``doc._.ng_tone`` (:class:`~newsgraph.model.Tone`)."""

    def __init__(
        self,
        nlp: Language,
        name: str,
        *,
        lexicon: bool = True,
        scare_quotes: bool = True,
        tagger: bool = True,
        threshold: float = 0.0,
        article_tone: bool = True,
    ) -> None:
        self.name = name
        self.lexicon = lexicon
        self.scare_quotes = scare_quotes
        self.threshold = threshold
        self.article_tone = article_tone
        self._nlp_meta = dict(nlp.meta)
        self.tagger: _tagger.SpanTagger | None = (
            _tagger.load(WEIGHTS, self._nlp_meta) if tagger else None
        )

    # -- state ---------------------------------------------------------------------
    def to_disk(self, path: str | Path, *, exclude: tuple[str, ...] = ()) -> None:
        if self.tagger is not None:
            vocab = sorted(self.tagger.index, key=self.tagger.index.__getitem__)
            _tagger.save(
                Path(path), vocab, self.tagger.weights, self.tagger.meta,
                self.tagger.cluster_table, self.tagger.transitions,
            )  # fmt: skip

    def from_disk(self, path: str | Path, *, exclude: tuple[str, ...] = ()) -> FramingComponent:
        p = Path(path)
        if (p / _tagger.META_FILE).exists():
            self.tagger = _tagger.load(p, self._nlp_meta)
        return self

    # -- running -------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        drafts: list[_Draft] = []
        if self.lexicon:
            drafts.extend(_lexicon_drafts(doc))
        if self.tagger is not None:
            blocked = _lexicon.non_actor_tokens(tokens(doc))  # "anti-terror strategy"
            tagged = [d for d in self._tagged(doc) if not d.inside & blocked]
            drafts.extend(_keep_apart(drafts, tagged))
        if self.lexicon:  # "the mob" where nothing covers it (attach30: _actor_words)
            drafts.extend(_keep_apart(drafts, _actor_word_drafts(doc)))
        if self.scare_quotes:
            drafts.extend(_keep_apart(drafts, _scare_drafts(doc, doc._.ng_quotes or [])))
        doc._.ng_framing = _records(doc, drafts)
        if self.article_tone:
            doc._.ng_tone = tone(doc)
        return doc

    def _tagged(self, doc: Doc) -> list[_Draft]:
        assert self.tagger is not None
        toks = tokens(doc)
        vader = vader_lexicon()
        out: list[_Draft] = []
        for ts in self.tagger.spans(doc, self.threshold or None):
            words = [t for t in toks[ts.first : ts.last + 1] if not t.is_punct]
            if not words or all(t.pos_ == "PROPN" or t.ent_type_ for t in words):
                continue  # a name alone is no label ("Sham" of Jabhat Fateh al-Sham)
            vals = [vader[t.lower_] for t in words if t.lower_ in vader]
            pol = max(-1.0, min(1.0, sum(vals) / len(vals) / 4.0)) if vals else 0.0
            label = " ".join(t.lemma_.lower() for t in words)
            out.append(
                _Draft(
                    ts.start, ts.end, ts.kind, label, round(pol, 3), None,
                    _root(toks[ts.first : ts.last + 1]),
                    frozenset(range(ts.first, ts.last + 1)), "tagger", round(ts.confidence, 3),
                )
            )  # fmt: skip
        return out


def _in_name(tok: Token) -> bool:
    """A capitalised word inside a title, law or event name ("the War on Terror Act")."""
    return tok.ent_type_ in _NAME_INSIDE or (
        tok.ent_type_ == "ORG" and tok.text[:1].isupper() and tok.ent_iob_ != "B"
    )


def _lexicon_drafts(doc: Doc) -> list[_Draft]:
    toks = tokens(doc)
    out: list[_Draft] = []
    first = _lexicon.first_hashes()
    cands: list[int] = []
    if len(doc):  # the tokens whose form or lemma starts an entry: C-level maps over the columns
        arr = doc.to_array([LOWER, LEMMA])
        hit = first.__contains__
        lows, lemmas = map(hit, arr[:, 0].tolist()), map(hit, arr[:, 1].tolist())
        cands = list(compress(range(len(doc)), map(or_, lows, lemmas)))
    i = 0
    for i0 in cands:
        if i0 < i:
            continue
        i = i0
        m = _lexicon.match(toks, i)
        if m is None or _in_name(toks[i]):
            i += 1
            continue
        n, e = m
        if n == 1 and e.kind == "name_calling" and toks[i].pos_ not in ("NOUN", "PROPN", "ADJ"):
            i += 1
            continue
        t0, t1 = toks[i], toks[i + n - 1]
        out.append(
            _Draft(
                t0.idx, t1.idx + len(t1), e.kind, e.label, e.polarity, e.sector,
                _root(toks[i : i + n]), frozenset(range(i, i + n)), "lexicon", 0.9,
            )
        )  # fmt: skip
        i += n
    return out


def _actor_word_drafts(doc: Doc) -> list[_Draft]:
    toks = tokens(doc)
    return [
        _Draft(
            toks[k].idx, toks[k].idx + len(toks[k]), kind, label, pol, None, toks[k],
            frozenset({k}), "lexicon", 0.8,
        )
        for k, (kind, label, pol) in actor_words(toks)
    ]  # fmt: skip


def _scare_drafts(doc: Doc, quotes: list[Quote]) -> list[_Draft]:
    """Short quoted fragments inside a noun phrase that are nobody's reported words."""
    text = doc_text(doc)
    toks = tokens(doc)
    reported = [(q.content.start, q.content.end) for q in quotes]
    out: list[_Draft] = []
    for q in quote_spans(doc):
        if not q.closed or q.end - q.start > 60:
            continue
        a, b = q.inner
        if any(s <= q.start and q.end <= e for s, e in reported):
            continue  # part of a quote the article attributes to someone
        inside = doc.char_span(a, b, alignment_mode="contract")
        if inside is None:
            continue
        inner = toks[inside.start : inside.end]
        words = [t for t in inner if not t.is_punct and not t.is_space]
        if not words or len(words) > _SCARE_MAX_WORDS:
            continue
        if all(t.pos_ == "PROPN" for t in words) or not any(
            t.pos_ in ("NOUN", "ADJ", "PROPN") for t in words
        ):
            continue
        root = _root(inner)
        if root.dep_ in ("ROOT",) or root.pos_ in ("VERB", "AUX"):
            continue  # a quoted clause, not a name
        out.append(
            _Draft(
                q.start, q.end, "scare_quote", text[a:b].strip().lower(), _SCARE_POLARITY, None,
                root, frozenset(t.i for t in inner), "quotes", 0.7,
            )
        )  # fmt: skip
    return out


def _keep_apart(have: list[_Draft], new: list[_Draft]) -> list[_Draft]:
    """``new`` drafts that overlap none of ``have``."""
    spans = sorted((h.start, h.end) for h in have)
    starts = [s for s, _ in spans]
    longest = max((e - s for s, e in spans), default=0)
    out = []
    for d in new:
        lo = bisect.bisect_left(starts, d.start - longest)
        hi = bisect.bisect_left(starts, d.end)
        if not any(e > d.start for _, e in spans[lo:hi]):
            out.append(d)
    return out


def _records(doc: Doc, drafts: list[_Draft]) -> list[Framing]:
    entities: list[Entity] = doc._.ng_entities or []
    places: list[Place] = doc._.ng_places or []
    country = main_country(places)
    drafts.sort(key=lambda d: (d.start, d.end))
    cache: dict[int, tuple[Token, Target | None]] = {}
    heads: list[int] = []
    for d in drafts:
        if d.root.i not in cache:
            head, how = actor_head(d.root, d.inside)
            target = resolve(
                doc, head, how, sector=d.sector, entities=entities, places=places,
                article_country=country,
            )  # fmt: skip
            cache[d.root.i] = (head, target)
        head, d.target = cache[d.root.i]
        heads.append(head.i)
    # a phrase that names no actor takes the actor of another label on the same phrase, else
    # of the nearest record with the same label ("this abscess" -> the terrorist "abscess")
    for k, d in enumerate(drafts):
        if d.target is not None:
            continue
        same_head = [o for j, o in enumerate(drafts) if heads[j] == heads[k] and o.target]
        same_label = sorted(
            (o for o in drafts if o.label == d.label and o.target and o.target.how != "inherit"),
            key=lambda o: abs(o.start - d.start),
        )
        if same_head and same_head[0].target is not None:
            t = same_head[0].target
        elif same_label and same_label[0].target is not None:
            t = same_label[0].target
        else:
            continue
        d.target = Target(t.entity, t.name, t.code, "inherit")
    aid = doc._.ng_id
    out: list[Framing] = []
    seen: set[str] = set()
    for d in drafts:
        rid = record_id(aid, "framing", d.start, d.end)
        if rid in seen:
            continue
        seen.add(rid)
        tg = d.target
        conf = d.confidence if tg is not None else round(d.confidence * 0.8, 3)
        out.append(
            Framing(
                id=rid,
                kind=d.kind,
                span=span(doc, d.start, d.end),
                label=d.label,
                target=tg.entity if tg else None,
                target_name=tg.name if tg else None,
                polarity=d.polarity,
                sentence=sentence_index(doc, d.start),
                rule=f"{d.source}+{tg.how if tg else 'none'}",
                confidence=conf,
                target_code=tg.code if tg else None,
            )
        )
    return out


@Language.factory(
    "newsgraph_framing",
    requires=["token.dep", "token.lemma", "token.tag", "doc._.ng_entities", "doc._.ng_places"],
    assigns=["doc._.ng_framing", "doc._.ng_tone"],
    default_config={
        "lexicon": True,
        "scare_quotes": True,
        "tagger": True,
        "threshold": 0.0,
        "article_tone": True,
    },
)
def make_framing(
    nlp: Language,
    name: str,
    lexicon: bool,
    scare_quotes: bool,
    tagger: bool,
    threshold: float,
    article_tone: bool,
) -> FramingComponent:
    """spaCy factory for :class:`FramingComponent`.

    ``tagger = false`` keeps to the lexicon and scare quotes (no learned weights needed);
    ``threshold`` overrides the tagger's tuned decision threshold (0 = use the tuned one).
    """
    return FramingComponent(
        nlp,
        name,
        lexicon=lexicon,
        scare_quotes=scare_quotes,
        tagger=tagger,
        threshold=threshold,
        article_tone=article_tone,
    )
