"""The public Python API: ``analyze()`` for one article, ``Pipeline`` for batches."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.nlp import pipeline as _pipeline
from newsgraph.nlp._doc import release

from .crosscheck import flag_caption_places
from .errors import InputError
from .ingest import Failure, RawArticle, iter_articles
from .ingest._safe import one_line
from .ingest.budget import OverBudget, time_limit
from .ingest.dates import iso_published
from .model import Article, Source

log = logging.getLogger(__name__)

#: the per-article budget: characters of text, and seconds of analysis (None or 0: no limit)
DEFAULT_MAX_CHARS = 200_000
DEFAULT_TIMEOUT = 60.0

_FILE_SUFFIXES = (".txt", ".html", ".htm", ".json", ".jsonl", ".gz", ".warc", ".urls")


def _infer_published(text: str) -> str | None:
    from newsgraph.nlp.times.component import infer_published

    return infer_published(text)


def _files(given: str | Path | list[str] | None) -> list[str]:
    """A dictionary or pattern option as a list of paths: one path alone is one file."""
    if isinstance(given, str | Path):
        return [str(given)]
    return [str(x) for x in given or []]


class Pipeline:
    """Loads the model once and analyses articles one by one or in batches.

    >>> pipe = Pipeline()                       # doctest: +SKIP
    >>> art = pipe.analyze("Lavrov said on Wednesday ...", published="2018-08-29")  # doctest: +SKIP
    """

    def __init__(
        self,
        model: str = _pipeline.MODEL,
        *,
        actors: str | Path | list[str] | None = None,
        agents: str | Path | list[str] | None = None,
        patterns: str | Path | list[str] | None = None,
        batch_size: int = 16,
        max_chars: int = DEFAULT_MAX_CHARS,
        timeout: float | None = DEFAULT_TIMEOUT,
    ) -> None:
        # ux35: one file given as a string was taken as a list of one-letter file names
        actors, agents, patterns = (_files(x) for x in (actors, agents, patterns))
        self.batch_size = batch_size
        self.max_chars = max_chars
        self.timeout = timeout
        self.config = {
            "model": model,
            "actors": list(actors or []),
            "agents": list(agents or []),
            "patterns": list(patterns or []),
            "max_chars": max_chars,
            "timeout": timeout,
        }
        self.nlp: Language = _pipeline.build(
            model, actors=actors or [], agents=agents or [], patterns=patterns or []
        )

    # -- single ----------------------------------------------------------------
    def analyze(
        self, source: str | Path | RawArticle, published: str | None = None, *, clean: bool = True
    ) -> Article:
        """Analyse raw text, a path, or an ingested RawArticle. Raises InputError on bad input."""
        raw = self._to_raw(source, clean=clean)
        result = next(iter(self.analyze_many([raw], published=published)))
        if isinstance(result, Failure):
            raise InputError(result.source, result.reason)
        return result

    def _to_raw(self, source: str | Path | RawArticle, *, clean: bool) -> RawArticle:
        if isinstance(source, RawArticle):
            return source
        looks_like_path = isinstance(source, str) and (
            "\n" not in source
            and " " not in source.strip()
            and source.lower().endswith(_FILE_SUFFIXES)
        )
        if looks_like_path and not Path(source).exists():
            raise InputError(str(source), "no such file or folder")
        is_path = isinstance(source, Path) or (
            "\n" not in source and len(source) < 4096 and Path(source).exists()
        )
        if is_path or (isinstance(source, str) and source.startswith(("http://", "https://"))):
            items = iter_articles([str(source)], clean=clean)
            first = next(items, None)
            if first is None:
                raise InputError(str(source), "no article found")
            if next(items, None) is not None:  # a folder, JSONL, WARC or feed of several
                raise InputError(
                    str(source),
                    "holds more than one article; analyze() takes one. For all of them use "
                    "Pipeline().analyze_many(newsgraph.ingest.iter_articles([source])) or "
                    "newsgraph.ingest(sources, db)",
                )
            if isinstance(first, Failure):
                raise InputError(first.source, first.reason)
            return first
        from .ingest import raw_from_text

        return raw_from_text(str(source), clean=clean)

    # -- batches ---------------------------------------------------------------
    def analyze_many(
        self, items: Iterable[RawArticle | Failure], published: str | None = None
    ) -> Iterator[Article | Failure]:
        """Analyse a stream of ingested articles with ``nlp.pipe``; failures pass through.

        ``published`` is an ISO date or date-time (``2018-08-29T10:00:00Z``); its date is used.
        """
        if published:
            try:
                published = iso_published(published)
            except ValueError as exc:
                raise InputError("published", str(exc)) from None
        pending: list[RawArticle] = []
        for item in items:
            if isinstance(item, Failure):
                yield from self._run(pending, published)
                pending = []
                yield item
                continue
            pending.append(item)
            if len(pending) >= self.batch_size:
                yield from self._run(pending, published)
                pending = []
        yield from self._run(pending, published)

    def make_doc(self, raw: RawArticle, published: str | None = None) -> Doc:
        doc = self.nlp.make_doc(raw.text)
        if doc._.ng_cache is None:  # the bounded tokenizer starts it with the text
            doc._.ng_cache = {}
        pub = published or raw.published
        if pub is None:
            pub = _infer_published(raw.text)
            if pub is not None:
                doc._.ng_cache["published_inferred"] = True
        doc._.ng_published = pub
        return doc

    def _run(self, raws: list[RawArticle], published: str | None) -> Iterator[Article | Failure]:
        """Analyse one batch; an article over its budget or breaking a component fails alone.

        The batch runs under one time budget (``timeout``); if it runs over, or raises, its
        articles are analysed one by one, each under its own budget, so a runaway article
        costs at most twice the budget and the others are still analysed.
        """
        fit: list[RawArticle] = []
        self._warm_up()
        limit = min(self.max_chars or self.nlp.max_length, self.nlp.max_length)
        for raw in raws:
            if len(raw.text) > limit:
                what = (
                    f"the {limit:,}-character budget per article (set --max-chars)"
                    if limit < self.nlp.max_length
                    else f"the model's limit of {limit:,}; split it into smaller articles"
                )
                yield Failure(_name(raw), f"text is {len(raw.text):,} characters, over {what}")
            else:
                fit.append(raw)
        if not fit:
            return
        try:
            with time_limit(self.timeout), _pipeline.static_heap():
                arts = self._articles(fit, published)
        except (Exception, OverBudget) as exc:  # retry one by one: one article fails alone
            if isinstance(exc, OverBudget) and len(fit) == 1:
                yield self._over_budget(fit[0])
                return
            log.debug("a batch failed (%r); analysing its %d articles one by one", exc, len(fit))
            for raw in fit:
                yield self._one(raw, published)
            return
        yield from arts

    def _articles(self, raws: list[RawArticle], published: str | None) -> list[Article]:
        """The batch's articles. Each doc's per-doc cache is dropped once its article is made
        (:func:`newsgraph.nlp._doc.release`), so reference counting frees the doc; what else
        the batch leaves is garbage once this returns, still inside the caller's
        ``static_heap`` block, whose closing collection frees it."""
        docs = [self.make_doc(r, published) for r in raws]
        arts = []
        for raw, doc in zip(raws, self.nlp.pipe(docs, batch_size=self.batch_size), strict=True):
            arts.append(to_article(raw, doc, published))
            release(doc)  # freed by reference counting, not by the collector (perf37)
        return arts

    def _warm_up(self) -> None:
        """Run one short text first, outside any budget: components load their resources
        (the gazetteer index, built on a machine's first run; learned weights) lazily, and
        that one-time cost must not count against the first article's time budget."""
        if getattr(self, "_warm", False):
            return
        self._warm = True
        try:
            warm = RawArticle("Officials met in Paris on Monday, the French minister said.")
            to_article(warm, self.nlp(self.make_doc(warm, "2018-08-29")), "2018-08-29")
        except Exception:  # the real articles will report whatever is wrong
            log.debug("warm-up failed", exc_info=True)

    def _one(self, raw: RawArticle, published: str | None) -> Article | Failure:
        try:
            with time_limit(self.timeout):
                return to_article(raw, self.nlp(self.make_doc(raw, published)), published)
        except OverBudget:
            return self._over_budget(raw)
        except Exception as exc:
            log.debug("analysis failed for %s", _name(raw), exc_info=True)
            return Failure(_name(raw), f"analysis failed ({type(exc).__name__}: {one_line(exc)})")

    def _over_budget(self, raw: RawArticle) -> Failure:
        return Failure(
            _name(raw),
            f"analysis took longer than the {self.timeout:g} s budget per article (set --timeout)",
        )


def _name(raw: RawArticle) -> str:
    return raw.path or raw.url or (raw.title or raw.text[:40]).strip() or "<text>"


def to_article(raw: RawArticle, doc: Doc, published: str | None = None) -> Article:
    """Assemble the article record from the ingested input and the processed Doc."""
    art = _assemble(raw, doc, published)
    flag_caption_places(art)
    return art


def _assemble(raw: RawArticle, doc: Doc, published: str | None) -> Article:
    if published:
        pub_from: str | None = "argument"
    elif raw.published:
        pub_from = raw.published_from or "metadata"
    elif doc._.ng_published:
        pub_from = "inferred"
    else:
        pub_from = None
    return Article(
        id=raw.article_id,  # another outlet's copy of a stored text has its own id
        text=raw.text,
        title=raw.title,
        published=doc._.ng_published,
        published_from=pub_from,
        author=raw.author,
        language=raw.language,
        source=Source(path=raw.path, url=raw.url, outlet=raw.outlet, id=raw.source_id),
        removed=list(raw.removed),
        captions=list(raw.captions),
        entities=list(doc._.ng_entities or []),
        quotes=list(doc._.ng_quotes or []),
        events=list(doc._.ng_events or []),
        places=list(doc._.ng_places or []),
        times=list(doc._.ng_times or []),
        framing=list(doc._.ng_framing or []) if doc.has_extension("ng_framing") else [],
        tone=doc._.ng_tone if doc.has_extension("ng_tone") else None,
    )


_DEFAULT: Pipeline | None = None


def analyze(
    text_or_path: str | Path, published: str | None = None, *, clean: bool = True
) -> Article:
    """Analyse one article (raw text, a file path or a URL) with a process-wide pipeline."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Pipeline()
    return _DEFAULT.analyze(text_or_path, published, clean=clean)
