"""``newsgraph_quotes``: who said what — direct, indirect and mixed attributions.

The component reads the parse the model already made (no extra ``nlp()`` calls):

1. quotation marks give the quoted stretches (:mod:`.quotes_marks`);
2. the parse gives cue candidates with source and content (:mod:`.quotes_rules`);
3. a quoted stretch with a cue right after it (``"...," he said``) or right before it
   (``Lavrov said: "..."``) becomes that cue's direct content; a stretch opened right after the
   cue continues it (``"...," he said, "..."``), as does a quote opening the next sentence
   with no cue of its own;
4. remaining candidates are indirect speech, or mixed when their content holds a quotation;
5. a paragraph opening ``Name: ...`` (a headline or a transcript line) is an attribution too.

Quotes without a cue (scare quotes) are not attributions. Speakers resolve through
``doc._.ng_entities`` when the entity component ran.

Helpers live beside it: ``_attribution`` (the attribution being built, content starts and
ends, de-duplication), ``_speakers`` (names, pronoun antecedents, non-statements) and
``_colon_lines`` (``Name: content`` lines).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.errors import ResourceError
from newsgraph.model import Quote, record_id
from newsgraph.nlp import _doc
from newsgraph.nlp.quotes._attribution import (
    _CLOSERS,
    _OPENERS,
    _Attribution,
    _best_end,
    _best_start,
    _dedupe,
    _lead_in,
    _opens_sentence,
    _overlaps,
    _own_clause,
    _quote_close,
    _token_at_or_after,
    _token_before,
)
from newsgraph.nlp.quotes._candidate import MayAccept
from newsgraph.nlp.quotes._colon_lines import _colon_content, _colon_match
from newsgraph.nlp.quotes._crf import CRF_MODES, TaggedDoc, tag_doc
from newsgraph.nlp.quotes._lexicon import Lexicon, load_lexicon
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
from newsgraph.nlp.quotes._rules import Candidate, find_candidates
from newsgraph.nlp.quotes._speakers import (
    _NAMED,
    _antecedent,
    _name_like,
    _named_person,
    _names,
    _non_statement,
    _recent_organisation,
)

_GAP_AFTER = re.compile(r"^[\s,—–-]*$")
_SENT_END = ".!?"


class QuoteFinder:
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
        crf_min_prob: float = 0.9,
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
        elif cue_model or end_model or start_model or crf != "off":
            self.weights = _load_weights(str(weights or shipped_dir()), self.spacy_model)
        if crf not in CRF_MODES:
            raise ValueError(f"crf={crf!r}: want one of {', '.join(CRF_MODES)}")
        if crf != "off" and (self.weights is None or self.weights.crf is None):
            folder = weights if isinstance(weights, str | Path) and weights else shipped_dir()
            raise ResourceError(
                str(folder), "has no crf.npz; write one with `newsgraph train quotes --crf`"
            )
        self.crf = crf
        self.crf_min_prob = crf_min_prob
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
        return self

    def _tagging(self, doc: Doc, quotes: list[QuoteSpan]) -> TaggedDoc:
        """The sequence tagger's reading of every sentence of ``doc``. (Tagging only the
        sentences the rules found no cue in halves its cost but loses the gain: docs/quotes.md.)
        """
        assert self.weights is not None and self.weights.crf is not None
        quoted = [(q.start, q.end) for q in quotes]
        return tag_doc(self.weights.crf, doc, self.lexicon, quoted)

    def __call__(self, doc: Doc) -> Doc:
        attributions = self._attributions(doc)
        doc._.ng_quotes = _one_per_content([self._record(doc, a) for a in attributions])
        return doc

    # -- finding ---------------------------------------------------------------------------

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
        cands = [
            c
            for c in cands
            if not _non_statement(doc, c, self.lexicon) and not self._topic_label(doc, c)
        ]
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
        out: list[_Attribution] = []
        for cand in cands:
            if cand.head in linked:
                qs = sorted(linked[cand.head], key=lambda q: q.start)
                out.append(self._direct(doc, cand, qs))
            elif cand.content is not None:
                out.append(self._indirect(doc, cand, quotes))
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
                tagged = self._tagging(doc, quotes)
            out.extend(self._tagged(doc, out, quotes, tagged))
            out.sort(key=lambda a: a.content)
        return out

    def _tagged(
        self, doc: Doc, found: list[_Attribution], quotes: list[QuoteSpan], tagged: TaggedDoc
    ) -> list[_Attribution]:
        """Attributions the sequence tagger finds where the rules found none: a tagged cue
        (every word's label at least ``crf_min_prob`` likely) overlapping no cue found and a
        content overlapping no content found, with the nearest tagged source of its sentence."""
        out: list[_Attribution] = []
        for t in tagged.attributions:
            if t.cue.prob < self.crf_min_prob:
                continue
            cue = _chars(doc, t.cue.start, t.cue.end)
            content = _chars(doc, t.content.start, t.content.end)
            if any(_overlaps(a.cue, cue) for a in (*found, *out)) or any(
                _overlaps(content, a.content) for a in (*found, *out)
            ):
                continue
            source = _chars(doc, t.source.start, t.source.end) if t.source else None
            inside = [q for q in quotes if content[0] <= q.start and q.end <= content[1]]
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
        for cand in cands:
            feats = features(doc, cand, quoted, self.lexicon)
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

    def _cue_after(
        self, doc: Doc, q: QuoteSpan, by_head: dict[int, Candidate], quotes: list[QuoteSpan]
    ) -> int | None:
        """``"...," he said`` / ``"...," said Lavrov``: a cue a few tokens after the quote."""
        first = _token_at_or_after(doc, q.end)
        if first is None or _doc.doc_text(doc)[q.start : q.end].rstrip(_CLOSERS).endswith("."):
            return None  # nothing follows, or the quote closed its own sentence
        nxt = doc[first]
        if (
            _doc.doc_text(doc)[q.start : q.end].rstrip(_CLOSERS).endswith(("?", "!"))
            and nxt.text[:1].isupper()
            and nxt.pos_ != "PROPN"
        ):
            return None  # '"... ?" He answered, ...': a new sentence with its own cue
        sent_end = nxt.sent.end
        if not _GAP_AFTER.match(_doc.doc_text(doc)[q.end : doc[first].idx]):
            return None
        for i in range(first, min(first + self.max_cue_gap, sent_end, len(doc))):
            tok = doc[i]
            if tok.text in _SENT_END or tok.text in '"“‘(' or "\n" in tok.text:
                break
            cand = by_head.get(i)
            if cand is not None and cand.head >= first:
                if _own_clause(doc, cand, quotes) or (
                    cand.source and cand.source[0] <= q.start < cand.source[1]
                ):
                    return None  # '"Guccifer" claimed that ...': the cue has its own content
                return i
        return None

    def _cue_before(self, doc: Doc, q: QuoteSpan, by_head: dict[int, Candidate]) -> int | None:
        """``Lavrov said: "..."`` / ``he said, "..."``: a cue right before the quote opens."""
        last = _token_before(doc, q.start)
        while last is not None and last > 0 and doc[last].is_space and ":" in doc[last - 1].text:
            last -= 1  # 'responded:' closing the paragraph before a quoted one
        if last is None:
            return None
        tok = doc[last]
        if tok.text not in {":", ",", "—", "–"} and tok.lower_ != "that":
            return None
        for i in range(last - 1, max(-1, last - 1 - self.max_cue_gap), -1):
            t = doc[i]
            if t.text in _SENT_END or t.text in '"”’':
                break
            cand = by_head.get(i)
            if cand is not None:
                if tok.lower_ == "that":
                    return None  # "said that '...'" is indirect with a quotation: mixed
                return i
        return None

    def _direct(self, doc: Doc, cand: Candidate, qs: list[QuoteSpan]) -> _Attribution:
        content = (qs[0].start, qs[-1].end)
        cue = cand.cue
        if _doc.doc_text(doc)[cue[1] : cue[1] + 1] == ":" and any(q.start > cue[1] for q in qs):
            cue = (cue[0], cue[1] + 1)  # 'said: "..."' — the colon belongs to the cue
        lead = _lead_in(doc, qs[0].start, cue[0], cand.source)
        if lead is not None:
            content = (lead, content[1])
        return _Attribution(
            cue=cue,
            source=cand.source,
            content=content,
            kind="direct",
            rule=f"direct-{'after' if qs[0].start < cand.cue[0] else 'before'}-cue",
            weight=min(1.0, cand.weight + 0.05),
            source_token=cand.source_token,
            quotes=list(qs),
            head=cand.head,
        )

    def _indirect(self, doc: Doc, cand: Candidate, quotes: list[QuoteSpan]) -> _Attribution:
        assert cand.content is not None
        a, b = cand.content
        starts = [q.start for q in quotes]
        i = bisect.bisect_left(starts, a)
        if i > 0 and (a < quotes[i - 1].end < b or a < quotes[i - 1].end <= _quote_close(doc, b)):
            i -= 1  # content opens inside a quotation: start at its mark
        inside = [q for q in quotes[i:] if q.start < b]
        if inside:
            # the parse may cut a quotation in two; content never does
            a, b = min(a, inside[0].start), max(b, inside[-1].end)
            cue = cand.cue
            if cue is not None and a < cue[0] < b:
                a, b = cand.content  # the widened span would swallow the cue: keep the parse's
        kind = "mixed" if inside else "indirect"
        return _Attribution(
            cue=cand.cue,
            source=cand.source,
            content=(a, b),
            kind=kind,
            rule=cand.rule,
            weight=cand.weight if cand.source else cand.weight * 0.8,
            source_token=cand.source_token,
            head=cand.head,
        )

    def _continue_quotes(self, doc: Doc, out: list[_Attribution], loose: list[QuoteSpan]) -> None:
        """A quote opening the sentence right after a direct quote's cue continues it."""
        direct = sorted((a for a in out if a.kind == "direct"), key=lambda a: a.content[0])
        if not direct:
            return
        ends = [max(a.content[1], (a.cue or a.content)[1]) for a in direct]
        text = _doc.doc_text(doc)
        cues = [a.cue[0] for a in out if a.cue is not None]
        for q in loose:
            k = bisect.bisect_right(ends, q.start) - 1
            if k < 0:
                continue
            att = direct[k]
            end = ends[k]
            gap = text[end : q.start]
            if not _opens_sentence(text, q.start):
                continue
            own = _doc.sentence_index(doc, att.cue[0]) if att.cue is not None else -1
            if any(end <= c < q.start and _doc.sentence_index(doc, c) != own for c in cues):
                continue  # another cue in between (one in the cue's own sentence does not count)
            if "\n" in gap:
                # a paragraph that opens with a quote and names no speaker goes on with the
                # previous paragraph's quote (the newspaper convention)
                if any(ch in _OPENERS for ch in gap) or gap.count("\n") > 2:
                    continue
                if text[q.end : text.find("\n", q.end) % (len(text) + 1)].strip():
                    continue
            elif _doc.sentence_index(doc, q.start) - _doc.sentence_index(doc, end - 1) > 1:
                continue
            if len(text[q.start : q.end].split()) < 3:
                continue
            att.content = (att.content[0], q.end)
            att.quotes.append(q)
            ends[k] = q.end

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

    # -- records ---------------------------------------------------------------------------

    def _record(self, doc: Doc, a: _Attribution) -> Quote:
        source = _doc.span(doc, *a.source) if a.source else None
        cue = _doc.span(doc, *a.cue) if a.cue else None
        content = _doc.span(doc, *a.content)
        speaker, speaker_name, unnamed = self._speaker(doc, a)
        confidence = a.weight if source is not None else a.weight * 0.8
        anchor = cue.start if cue else content.start
        return Quote(
            id=record_id(_doc.article_id_of(doc), "quote", content.start, content.end),
            kind=a.kind,
            content=content,
            cue=cue,
            source=source,
            speaker=speaker,
            speaker_name=speaker_name,
            unnamed=unnamed,
            sentence=_doc.sentence_index(doc, anchor),
            confidence=round(min(1.0, max(0.0, confidence)), 3),
            rule=a.rule,
        )

    def _speaker(self, doc: Doc, a: _Attribution) -> tuple[str | None, str | None, bool]:
        """(entity id, name, unnamed) of the quote's source.

        The person the source phrase is about wins: its head word's name, or a name in
        apposition to a description ("A spokesman ..., Colonel Osman Idris"), over any
        organisation inside it ("Amina Diallo, the African Union's special envoy"); a named
        person is never unnamed. "they" takes the pair of named actors who were the subject just
        before. Otherwise the entity overlapping the source most, and the unnamed lexicon.
        """
        if a.source is None:
            return None, None, False
        text = _doc.doc_text(doc)
        head = doc[a.source_token] if a.source_token is not None else None
        if head is not None and not a.source[0] <= head.idx < a.source[1]:
            head = None
        if head is not None:
            named = _named_person(doc, head)
            if named is not None:
                return named
            members = _names(doc, head)
            if len(members) >= 2:
                return None, " and ".join(members), False  # "Ratners and Weisfield's said"
            if head.lower_ in {"they", "it"}:
                antecedent = _antecedent(doc, head)
                if antecedent is not None:
                    return None, antecedent, False
        speaker: str | None = None
        name: str | None = text[a.source[0] : a.source[1]]
        ent = None
        if head is not None and head.pos_ == "PROPN":
            # the name heading the source, not one inside its apposition ("Orkem, France's
            # third-largest chemical group, said")
            first = min([head.i, *(c.i for c in head.lefts if c.dep_ == "compound")])
            ent = _doc.entity_at(doc, doc[first].idx, head.idx + len(head))
            if ent is None and text[head.idx + len(head) : a.source[1]].startswith(","):
                return None, text[doc[first].idx : head.idx + len(head)], False
        ent = ent or _doc.entity_at(doc, *a.source)
        if ent is None and head is not None and self._bare_institution(doc, a):
            ent = _recent_organisation(doc, head)  # "The company said": the one just named
        if ent is not None:
            speaker, name = ent.id, ent.name
            if ent.type == "PERSON":
                return speaker, name, False  # a named person is never unnamed
        return speaker, name, self._unnamed(doc, a)

    def _bare_institution(self, doc: Doc, a: _Attribution) -> bool:
        """The source is "the" and an institution word alone: "The company", "the agency"."""
        assert a.source is not None
        words = _doc.doc_text(doc)[a.source[0] : a.source[1]].lower().split()
        return len(words) == 2 and words[0] == "the" and words[1] in self.lexicon.institutions

    def _unnamed(self, doc: Doc, a: _Attribution) -> bool:
        """A source that names nobody: "officials", "a Taliban representative", "reports".

        Names (proper nouns, named entities), pronouns and institutions ("the French foreign
        ministry", "police") are not unnamed; a common noun heading the source is.
        """
        assert a.source is not None
        lex = self.lexicon
        words = _doc.doc_text(doc)[a.source[0] : a.source[1]].lower().split()
        while words and words[0] in {"the", "a", "an", "some", "several", "many", "one"}:
            words = words[1:]
        if not words:
            return True
        phrase = " ".join(words)
        if phrase in lex.institutions:
            return False
        if phrase in lex.unnamed:
            return True
        if a.source_token is None:
            return words[-1] in lex.unnamed
        tok = doc[a.source_token]
        lemma = tok.lemma_.lower()
        if tok.lower_ in lex.institutions or lemma in lex.institutions:
            return False
        if tok.lower_ in lex.unnamed or lemma in lex.unnamed:
            return True
        return tok.pos_ == "NOUN" and tok.ent_type_ not in _NAMED


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
        "crf_min_prob": 0.9,
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
) -> QuoteFinder:
    """spaCy factory for :class:`QuoteFinder`.

    ``cue_model=false``: lexicon cues only; ``end_model=false``: contents end where the parse
    ends them; ``start_model=false``: contents start where the parse starts them;
    ``weights``: a folder written by ``newsgraph train quotes`` (empty: the shipped weights);
    ``crf``: what the sequence tagger adds ("off", the default; "add": its attributions where
    the rules found none; "rescue": cue candidates the scorer refused but the tagger labels a
    cue; "both"), needing a weights folder with ``crf.npz`` (``newsgraph train quotes --crf``;
    see docs/quotes.md); tagged cues count when their words are ``crf_min_prob`` likely.
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


def _one_per_content(quotes: list[Quote]) -> list[Quote]:
    """One quote per reported content: when two cues claim the same content ("He adopted ...
    he joked", a colon line and a cue), the more confident attribution is kept (the earlier
    on a tie). A quote's id derives from its content's offsets, so this also keeps ids unique.
    """
    best: dict[str, Quote] = {}
    for q in quotes:
        kept = best.get(q.id)
        if kept is None or q.confidence > kept.confidence:
            best[q.id] = q
    return [q for q in quotes if best[q.id] is q]
