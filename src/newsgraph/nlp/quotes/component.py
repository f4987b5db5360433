"""``newsgraph_quotes``: who said what — direct, indirect and mixed attributions.

The component reads the parse the model already made (no extra ``nlp()`` calls):

1. quotation marks give the quoted stretches (:mod:`.quotes_marks`);
2. the parse gives cue candidates with source and content (:mod:`.quotes_rules`);
3. a quoted stretch with a cue right after it (``"...," he said``) or right before it
   (``Lavrov said: "..."``) becomes that cue's direct content; a stretch opened right after the
   cue continues it (``"...," he said, "..."``), as does a quote opening the next sentence
   with no cue of its own;
4. remaining candidates are indirect speech, or mixed when their content holds a quotation;
5. a paragraph opening ``Name: ...`` (a headline or a transcript line) is an attribution too;
6. a sentence opening "In <a poll or survey>," is the poll's attribution of the rest of the
   sentence (:mod:`._polls`);
7. a paragraph ending "<source> <cue verb>:" introduces the next paragraph
   (:mod:`._colon_intro`);
8. a sentence closing on ", <source> <cue verb>." whose verb the parse gave no content
   reports the clause before the comma (:mod:`._trailing`).

Quotes without a cue (scare quotes) are not attributions. Speakers resolve through
``doc._.ng_entities`` when the entity component ran.

Helpers live beside it: ``_attribution`` (the attribution being built, content starts and
ends, de-duplication), ``_speakers`` (names, pronoun antecedents, non-statements),
``_colon_lines`` (``Name: content`` lines), and the two parts :class:`QuoteFinder` inherits:
``_linking`` (quotes tied to cues, steps 3-4) and ``_records`` (records and their speakers).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.errors import ResourceError
from newsgraph.nlp import _doc
from newsgraph.nlp.quotes._attribution import (
    _OPENERS,
    _Attribution,
    _best_end,
    _best_start,
    _dedupe,
    _overlaps,
    without_inner_cues,
)
from newsgraph.nlp.quotes._candidate import MayAccept
from newsgraph.nlp.quotes._colon_intro import colon_intro_candidates
from newsgraph.nlp.quotes._colon_lines import _colon_content, _colon_match
from newsgraph.nlp.quotes._contents import with_implied_contents
from newsgraph.nlp.quotes._crf import CRF_MODES, TaggedAttribution, TaggedDoc, tag_doc
from newsgraph.nlp.quotes._lexicon import Lexicon, load_lexicon
from newsgraph.nlp.quotes._linking import _Linking
from newsgraph.nlp.quotes._marks import QuoteSpan, quote_spans
from newsgraph.nlp.quotes._model import (
    META_FILE,
    CueBound,
    LinearModel,
    QuoteIndex,
    QuoteWeights,
    cue_vector,
    features,
    shipped_dir,
    spacy_model_of,
)
from newsgraph.nlp.quotes._nesting import nest_rules
from newsgraph.nlp.quotes._polls import poll_candidates
from newsgraph.nlp.quotes._records import _one_per_content, _Records
from newsgraph.nlp.quotes._rules import Candidate, find_candidates
from newsgraph.nlp.quotes._sources import (
    before_speaking_clause,
    before_time_phrase,
    closing_comma_after_cue,
    participle_subject,
    with_implied_sources,
)
from newsgraph.nlp.quotes._speakers import _name_like, _non_statement
from newsgraph.nlp.quotes._trailing import trailing_candidates


class QuoteFinder(_Linking, _Records):
    """Find attributions in a parsed Doc and store them on ``doc._.ng_quotes``."""

    def __init__(
        self,
        nlp: Language | None,
        name: str = "newsgraph_quotes",
        *,
        cues: str = "quote_cues.txt",
        unnamed: str = "quote_unnamed.txt",
        cue_model: bool = True,
        end_model: bool = True,
        start_model: bool = True,
        weights: str | Path | QuoteWeights = "",
        max_cue_gap: int = 6,
        colon_lines: bool = True,
        crf: str = "off",
        crf_min_prob: float = 0.8,
        crf_min_content_prob: float = 0.7,
    ) -> None:
        self.name = name
        self.lexicon: Lexicon = load_lexicon(cues, unnamed)
        self.spacy_model = spacy_model_of(nlp) if nlp is not None else None
        self.cue_model = cue_model
        self.end_model = end_model
        self.start_model = start_model
        self.weights: QuoteWeights | None = None
        if isinstance(weights, QuoteWeights):
            self.weights = weights
        elif cue_model or end_model or start_model or crf not in ("off", "auto"):
            self.weights = _load_weights(str(weights or shipped_dir()), self.spacy_model)
        if crf not in CRF_MODES:
            raise ValueError(f"crf={crf!r}: want one of {', '.join(CRF_MODES)}")
        self._auto = crf == "auto"
        if self._auto:  # the tagger's attributions when the weights carry a tagger
            crf = "add" if self.weights is not None and self.weights.crf is not None else "off"
        if crf != "off" and (self.weights is None or self.weights.crf is None):
            folder = weights if isinstance(weights, str | Path) and weights else shipped_dir()
            raise ResourceError(
                str(folder), "has no crf.npz; write one with `newsgraph train quotes --crf`"
            )
        self.crf = crf
        self.crf_min_prob = crf_min_prob
        self.crf_min_content_prob = crf_min_content_prob
        self.max_cue_gap = max_cue_gap
        self.colon_lines = colon_lines
        self._bound: CueBound | None = None

    @property
    def cue_scorer(self) -> LinearModel | None:
        """The learned cue scorer (None: lexicon cues only)."""
        return self.weights.cue if self.weights is not None and self.cue_model else None

    @property
    def start_chooser(self) -> LinearModel | None:
        """The learned content-start chooser (None: contents start where the parse starts
        them)."""
        if self.weights is None or not self.start_model:
            return None
        return self.weights.start

    @property
    def end_chooser(self) -> LinearModel | None:
        """The learned content-end chooser (None: contents end where the parse ends them)."""
        return self.weights.end if self.weights is not None and self.end_model else None

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        """Write the learned weights and their meta record into directory ``path``."""
        folder = Path(path)
        folder.mkdir(parents=True, exist_ok=True)
        if self.weights is not None:
            self.weights.to_disk(folder)

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> QuoteFinder:
        """Load weights written by :meth:`to_disk` (checked against their meta record)."""
        folder = Path(path)
        if (folder / META_FILE).is_file():
            self.weights = QuoteWeights.from_disk(folder, spacy_model=self.spacy_model)
            if self._auto:
                self.crf = "add" if self.weights.crf is not None else "off"
        return self

    def _tagging(
        self, doc: Doc, quotes: list[QuoteSpan], found: Sequence[_Attribution] = ()
    ) -> TaggedDoc:
        """The sequence tagger's reading of the sentences of ``doc`` that hold a cue-lexicon word
        or a quotation mark (``found``: attributions whose cues a tagged cue may not overlap, so
        sentences tagging nothing else need no marginals). (Tagging only the sentences the rules
        found no cue in loses gain: docs/quotes.md.)"""
        assert self.weights is not None and self.weights.crf is not None
        quoted = [(q.start, q.end) for q in quotes]
        return tag_doc(
            self.weights.crf,
            doc,
            self.lexicon,
            quoted,
            cue_sentences=True,
            known_cues=[a.cue for a in found if a.cue is not None],
        )

    def __call__(self, doc: Doc) -> Doc:
        found = self._attributions(doc)
        added = self._polls(doc, found)
        added += self._colon_intros(doc, found + added)
        added += self._trailing(doc, found + added)
        attributions = without_inner_cues(found + added)
        text = _doc.doc_text(doc)
        for att in attributions:  # (after the learned parts: they never see it)
            if att.source is None:
                att.source, att.source_token = participle_subject(doc, att.cue)
            att.source = before_speaking_clause(doc, att.source, att.cue, self.lexicon.verbs)
            att.source = before_time_phrase(doc, att.source, att.cue)
            att.source = closing_comma_after_cue(text, att.source, att.cue)
        doc._.ng_quotes = _one_per_content([self._record(doc, a) for a in attributions])
        return doc

    # -- finding ---------------------------------------------------------------------------

    def _polls(self, doc: Doc, found: list[_Attribution]) -> list[_Attribution]:
        """The poll's attribution of the rest of a sentence opening "In <a poll>," ("In a CNN
        poll released Monday, 31 % said ..."), where no cue found holds the "In" and no
        quotation holds it (after the learned parts, which never see it: training reads
        :meth:`_attributions`)."""
        cands = poll_candidates(doc, _doc.doc_text(doc))
        if not cands:
            return []
        quotes = quote_spans(doc)
        return [
            self._indirect(doc, cand, quotes)
            for cand in cands
            if not any(_overlaps(a.cue, cand.cue) for a in found)
            and not any(q.start < cand.cue[0] < q.end for q in quotes)
        ]

    def _colon_intros(self, doc: Doc, found: list[_Attribution]) -> list[_Attribution]:
        """The next paragraph's attribution to a paragraph ending "<source> <cue verb>:"
        ("Hewitt writes:"), where no cue found holds the verb and no content found holds the
        next paragraph's start (after the learned parts, which never see it)."""
        cands = colon_intro_candidates(doc, _doc.doc_text(doc), self.lexicon.verbs)
        return self._unclaimed(doc, cands, found)

    def _trailing(self, doc: Doc, found: list[_Attribution]) -> list[_Attribution]:
        """The clause before ", <source> <cue verb>." closing a sentence ("..., police said.")
        whose verb the parse gave no content, where no cue found holds the verb and no content
        found holds the clause's start (after the learned parts, which never see it)."""
        cands = trailing_candidates(doc, _doc.doc_text(doc), self.lexicon)
        return self._unclaimed(doc, cands, found)

    def _unclaimed(
        self, doc: Doc, cands: list[Candidate], found: list[_Attribution]
    ) -> list[_Attribution]:
        """An attribution for each rule candidate with a content whose cue overlaps no cue found
        and whose content starts in no content found."""
        if not cands:
            return []
        quotes = quote_spans(doc)
        return [
            self._indirect(doc, cand, quotes)
            for cand in cands
            if cand.content is not None
            and not any(
                _overlaps(a.cue, cand.cue) or a.content[0] <= cand.content[0] < a.content[1]
                for a in found
            )
        ]

    def _attributions(self, doc: Doc) -> list[_Attribution]:
        quotes = quote_spans(doc)
        scorer = self.cue_scorer
        bound = self._cue_bound(scorer)
        rescue = self.crf in {"rescue", "both"}
        tagged = self._tagging(doc, quotes) if rescue else None
        may_accept: MayAccept | None = bound.may_accept if bound is not None else None
        if tagged is not None and bound is not None:
            sure = {i for i, p in tagged.cue_prob.items() if p >= self.crf_min_prob}
            bounded = bound.may_accept

            def _sure_or_bounded(*args: Any) -> bool:  # a word the tagger is sure is a cue
                return args[1].i in sure or bounded(*args)

            may_accept = _sure_or_bounded
        cands = find_candidates(
            doc,
            self.lexicon,
            broad=scorer is not None,
            may_accept=may_accept,
        )
        if scorer is not None:
            cands = self._scored(doc, cands, quotes, scorer, tagged)
        cands = with_implied_sources(
            doc,
            [
                c
                for c in cands
                if not _non_statement(doc, c, self.lexicon) and not self._topic_label(doc, c)
            ],
        )
        by_head = {c.head: c for c in cands}
        linked: dict[int, list[QuoteSpan]] = {}
        loose: list[QuoteSpan] = []
        for q in quotes:
            head = self._cue_after(doc, q, by_head, quotes)
            if head is None:
                head = self._cue_before(doc, q, by_head)
            if head is None:
                loose.append(q)
            else:
                linked.setdefault(head, []).append(q)
        # what the parse gives a cue that no quotation took, another way (after the scorer)
        with_implied_contents(
            [c for c in cands if c.head not in linked], _doc.doc_text(doc), _doc.tokens(doc)
        )
        out: list[_Attribution] = []
        for cand in cands:
            if cand.head in linked:
                qs = sorted(linked[cand.head], key=lambda q: q.start)
                out.append(self._direct(doc, cand, qs))
            elif cand.content is not None and not _non_statement(doc, cand, self.lexicon):
                out.append(self._indirect(doc, cand, quotes))  # (an implied content may be one)
        self._continue_quotes(doc, out, loose)
        starter = self.start_chooser
        if starter is not None:
            for att in out:
                if att.kind != "direct":
                    _best_start(doc, att, starter)
        chooser = self.end_chooser
        if chooser is not None:
            for att in out:
                if att.kind != "direct":
                    att.content = _best_end(doc, att, chooser)
        if self.colon_lines:
            out.extend(self._colon_lines(doc, out))
        out = _dedupe(sorted(out, key=lambda a: a.content), [(q.start, q.end) for q in quotes])
        if self.crf in {"add", "both"}:
            if tagged is None:
                tagged = self._tagging(doc, quotes, out)
            out.extend(self._tagged(doc, out, quotes, tagged))
            out.sort(key=lambda a: a.content)
        return out

    def _tagged(
        self, doc: Doc, found: list[_Attribution], quotes: list[QuoteSpan], tagged: TaggedDoc
    ) -> list[_Attribution]:
        """Attributions the sequence tagger finds where the rules found none: a tagged cue
        (every word's label at least ``crf_min_prob`` likely) overlapping no cue found and a
        content overlapping no content found (every word's label at least
        ``crf_min_content_prob`` likely), with the nearest tagged source of its sentence."""
        out: list[_Attribution] = []
        for t in tagged.attributions:
            if t.cue.prob < self.crf_min_prob or t.content.prob < self.crf_min_content_prob:
                continue
            cue = _chars(doc, t.cue.start, t.cue.end)
            content = _chars(doc, t.content.start, t.content.end)
            if any(_overlaps(a.cue, cue) for a in (*found, *out)) or any(
                _overlaps(content, a.content) for a in (*found, *out)
            ):
                continue
            source = _chars(doc, t.source.start, t.source.end) if t.source else None
            inside = [q for q in quotes if content[0] <= q.start and q.end <= content[1]]
            if not self._tagged_statement(doc, t, source, content):
                continue
            att = _Attribution(
                cue=cue,
                source=source,
                content=content,
                kind="mixed" if inside else "indirect",
                rule="sequence-tagger",
                weight=round(t.cue.prob * 0.8, 3),
                source_token=_root(doc, t.source.start, t.source.end) if t.source else None,
                head=_root(doc, t.cue.start, t.cue.end),
            )
            out.append(att)
        return out

    def _tagged_statement(
        self,
        doc: Doc,
        t: TaggedAttribution,
        source: tuple[int, int] | None,
        content: tuple[int, int],
    ) -> bool:
        """Whether a tagged attribution passes the rules' filters: no act or silence ("declined
        to comment", "refused to sit down"), no headline topic before a colon ("Sudan talks:
        Envoys agree ...") and not inside a line such a topic opens ("Budget vote: Senators
        reject the spending plan")."""
        text = _doc.doc_text(doc)
        cue_start = doc[t.cue.start].idx
        line = text.rfind("\n", 0, cue_start) + 1
        colon = text.find(":", line, cue_start)
        if (
            colon >= 0
            and "\n" not in text[line:colon]
            and not self._speaker_label(doc, line, colon + 1)
        ):
            return False
        cue_end = t.cue.end
        while cue_end - 1 > t.cue.start and doc[cue_end - 1].text == ":":
            cue_end -= 1  # "talks:": the colon sits between the cue and its content
        cand = Candidate(
            head=_root(doc, t.cue.start, cue_end),
            cue=_chars(doc, t.cue.start, cue_end),
            source=source,
            content=content,
            weight=t.cue.prob,
            rule="sequence-tagger",
            content_token=_root(doc, t.content.start, t.content.end),
        )
        return not _non_statement(doc, cand, self.lexicon) and not self._topic_label(doc, cand)

    def _scored(
        self,
        doc: Doc,
        cands: list[Candidate],
        quotes: list[QuoteSpan],
        scorer: LinearModel,
        tagged: TaggedDoc | None = None,
    ) -> list[Candidate]:
        """The candidates the cue scorer accepts, each weighted by its probability; with
        ``tagged``, also those whose cue word the sequence tagger labels a cue with probability
        at least ``crf_min_prob`` (weighted at the threshold)."""
        assert self.weights is not None
        threshold = self.weights.threshold
        quoted = QuoteIndex([(q.start, q.end) for q in quotes])
        out: list[Candidate] = []
        dense = scorer.dense is not None
        for cand, nest in zip(cands, nest_rules(cands), strict=True):
            feats = features(doc, cand, quoted, self.lexicon, nest=nest)
            if dense:
                p = scorer.probability(feats, cue_vector(doc, cand.head))
            else:
                p = scorer.probability(feats)
            if p >= threshold:
                cand.weight = p
                out.append(cand)
            elif tagged is not None and tagged.cue_prob.get(cand.head, 0.0) >= self.crf_min_prob:
                cand.weight = threshold
                out.append(cand)
        return out

    def _cue_bound(self, scorer: LinearModel | None) -> CueBound | None:
        """The bound that skips broad candidates the scorer would refuse (built once per
        scorer)."""
        if scorer is None or self.weights is None:
            return None
        bound = self._bound
        if bound is None or bound.model is not scorer or bound.threshold != self.weights.threshold:
            bound = self._bound = CueBound(scorer, self.weights.threshold)
        return bound

    def _colon_lines(self, doc: Doc, found: list[_Attribution]) -> list[_Attribution]:
        """``Lavrov: Terror 'abscess' ... destroyed`` at the start of a paragraph.

        A digest line ``Headline - Pollster Name: "..."`` names its source after the dash.
        """
        text = _doc.doc_text(doc)
        out: list[_Attribution] = []
        pos = 0
        for line in text.split("\n"):
            m = _colon_match(line, self.lexicon.labels)
            if m is not None and self._speaker_label(doc, pos + m.start(1), pos + m.end(2)):
                src = (pos + m.start(1), pos + m.end(1))
                colon = pos + m.end(1)
                content = _colon_content(text, pos + m.start(2), pos + len(line))
                if content and not any(
                    a.content[0] <= colon < a.content[1] or _overlaps(a.source, src) for a in found
                ):
                    out.append(
                        _Attribution(
                            cue=(colon, colon + 1),
                            source=src,
                            content=content,
                            kind="direct" if text[content[0]] in "\"“‘'" else "indirect",
                            rule="colon-line",
                            weight=0.7,
                        )
                    )
            pos += len(line) + 1
        return out

    def _topic_label(self, doc: Doc, cand: Candidate) -> bool:
        """A line opening ``Source cue: content`` whose label is no speaker label: the parse
        read a headline's topic as a cue ("Sudan talks: Envoys agree ...")."""
        if cand.content is None or cand.source is None:
            return False
        text = _doc.doc_text(doc)
        line = text.rfind("\n", 0, cand.cue[0]) + 1
        gap = text[cand.cue[1] : cand.content[0]]
        if gap.strip() != ":" or text[line : cand.source[0]].strip():
            return False
        return not self._speaker_label(doc, line, cand.content[1])

    def _speaker_label(self, doc: Doc, start: int, end: int) -> bool:
        """A line's ``Label: ...`` names who speaks: a name ("Lavrov", "Saudi FM Adel
        al-Jubeir"), or a subject and speech verb before a quotation ("He says: “...”"); a
        headline's topic ("Sudan talks: Envoys agree ...", "Poll: ...") does not."""
        text = _doc.doc_text(doc)
        colon = text.index(":", start, end)
        if _name_like(doc, start, colon):
            return True
        span = doc.char_span(start, colon, alignment_mode="expand")
        if span is None or len(span) < 2 or text[colon + 1 :].lstrip()[:1] not in _OPENERS:
            return False
        verb = span[-1]
        return verb.lemma_.lower() in self.lexicon.verbs and verb.tag_ in {"VBD", "VBZ", "VBP"}


@lru_cache(maxsize=8)
def _load_weights(folder: str, spacy_model: str | None) -> QuoteWeights:
    return QuoteWeights.from_disk(folder, spacy_model=spacy_model)


@Language.factory(
    "newsgraph_quotes",
    requires=["token.dep", "token.lemma", "token.tag", "doc.sents", "doc._.ng_entities"],
    assigns=["doc._.ng_quotes"],
    default_config={
        "cues": "quote_cues.txt",
        "unnamed": "quote_unnamed.txt",
        "cue_model": True,
        "end_model": True,
        "start_model": True,
        "weights": "",
        "max_cue_gap": 6,
        "colon_lines": True,
        "crf": "off",
        "crf_min_prob": 0.8,
        "crf_min_content_prob": 0.7,
    },
)
def make_quote_finder(
    nlp: Language,
    name: str,
    cues: str,
    unnamed: str,
    cue_model: bool,
    end_model: bool,
    start_model: bool,
    weights: str,
    max_cue_gap: int,
    colon_lines: bool,
    crf: str,
    crf_min_prob: float,
    crf_min_content_prob: float,
) -> QuoteFinder:
    """spaCy factory for :class:`QuoteFinder`.

    ``cue_model=false``: lexicon cues only; ``end_model=false``: contents end where the parse
    ends them; ``start_model=false``: contents start where the parse starts them;
    ``weights``: a folder written by ``newsgraph train quotes`` (empty: the shipped weights);
    ``crf``: what the sequence tagger adds ("off", the default; "auto": "add" when the weights
    folder holds a ``crf.npz``, else "off"; "add": its attributions where the rules found none;
    "rescue": cue candidates the scorer refused but the tagger labels a cue; "both"), the modes
    but "auto" and "off" needing a weights folder with ``crf.npz``
    (``newsgraph train quotes --crf``; see docs/quotes.md); tagged cues count when their words
    are ``crf_min_prob`` likely, their contents when ``crf_min_content_prob`` likely.
    """
    return QuoteFinder(
        nlp,
        name,
        cues=cues,
        unnamed=unnamed,
        cue_model=cue_model,
        end_model=end_model,
        start_model=start_model,
        weights=weights,
        max_cue_gap=max_cue_gap,
        colon_lines=colon_lines,
        crf=crf,
        crf_min_prob=crf_min_prob,
        crf_min_content_prob=crf_min_content_prob,
    )


def _chars(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Character offsets of tokens ``[start, end)``."""
    last = doc[end - 1]
    return doc[start].idx, last.idx + len(last)


def _root(doc: Doc, start: int, end: int) -> int:
    """The token of ``[start, end)`` whose head lies outside it (the first such)."""
    for i in range(start, end):
        h = doc[i].head.i
        if h == i or not start <= h < end:
            return i
    return start
