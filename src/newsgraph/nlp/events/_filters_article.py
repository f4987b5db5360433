"""The article gate (issue 10): an article whose domain is sport, business, entertainment or
product news has its events judged stricter.

Whole articles in those domains tell their matches, deals and launches in event words (a
wrestler *attacks* and *beats* a rival, a company *fights* a lawsuit and *wins* a contract),
and a filter that reads one sentence at a time cannot see that the article is a sports report.
The domain is decided by a transparent lexicon (``resources/events/event_domains.tsv``: generic
words only, never team, company or product names) counted per 1,000 words of the article and
set against the density of political words:

* an article of at least :data:`MIN_WORDS` words is in domain D when D's density reaches
  :data:`MIN_DENSITY` and is at least :data:`RATIO` times the political density (the largest
  such D wins);
* in such an article an event survives only if one of its sides is a coded political actor
  (government, military, police, rebels, opposition, party, legislature, judiciary, spies or an
  international organisation: :data:`POLITICAL_SECTORS`) or its sentence holds a political
  word of the lexicon (police, arrested, bombing, sanctions, government, on strike, ...);
  outside sport a PROTEST stands too (workers picketing their company).

Single sentences (the real-news gold rows) are under :data:`MIN_WORDS`, so the gate never
fires on them. The thresholds were chosen on tune data only (docs/events.md).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from spacy.tokens import Doc

from newsgraph.model import Actor, Event
from newsgraph.nlp._doc import doc_text

DOMAINS = ("sport", "business", "entertainment", "product")
MIN_WORDS = 150  # shorter texts (a sentence, a brief) are never gated
MIN_DENSITY = 12.0  # domain words per 1,000 words
RATIO = 2.0  # domain density / political density
POLITICAL_SECTORS = frozenset("GOV MIL COP REB OPP PTY LEG JUD SPY IGO".split())
_WORD = re.compile(r"[a-z0-9]+(?:[-'&][a-z0-9]+)*")
_MAX_PHRASE = 3


@lru_cache(maxsize=1)
def domain_lexicon() -> dict[tuple[str, ...], str]:
    """The lexicon: a word or phrase (as a tuple of lowercase words) -> its domain."""
    ref = resources.files("newsgraph.nlp").joinpath("resources/events/event_domains.tsv")
    out: dict[tuple[str, ...], str] = {}
    for n, line in enumerate(ref.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        domain, _, term = line.partition("\t")
        if domain not in (*DOMAINS, "political") or not term.strip():
            raise ValueError(f"event_domains.tsv line {n}: expected domain<TAB>term: {line!r}")
        out[tuple(_WORD.findall(term.lower()))] = domain
    return out


@lru_cache(maxsize=1)
def _openers() -> dict[str, int]:
    """Each word that can open a lexicon term (a one-word term also with a final 's') -> the
    longest term it opens: most words open none and are passed over at one lookup."""
    out: dict[str, int] = {}
    for term in domain_lexicon():
        for first in (term[0], term[0] + "s") if len(term) == 1 else (term[0],):
            out[first] = max(out.get(first, 0), len(term))
    return out


def _hits(words: Sequence[str]) -> list[str]:
    """The domains of the lexicon terms in ``words`` (longest match first, no overlaps; a
    term also matches with a final 's')."""
    lex = domain_lexicon()
    openers = _openers()
    out: list[str] = []
    i = 0
    while i < len(words):
        longest = openers.get(words[i], 0)
        if not longest:
            i += 1
            continue
        for n in range(min(longest, len(words) - i), 0, -1):
            key = tuple(words[i : i + n])
            domain = lex.get(key)
            if domain is None and key[-1].endswith("s"):
                domain = lex.get((*key[:-1], key[-1][:-1]))
            if domain is not None:
                out.append(domain)
                i += n
                break
        else:
            i += 1
    return out


@dataclass(frozen=True, slots=True)
class DomainScore:
    """Words in the text and each domain's density per 1,000 words (``political`` too)."""

    words: int
    density: dict[str, float]

    @property
    def domain(self) -> str | None:
        """The gated domain, or None (see the module docstring for the rule)."""
        if self.words < MIN_WORDS:
            return None
        political = self.density.get("political", 0.0)
        best = max(DOMAINS, key=lambda d: self.density.get(d, 0.0))
        d = self.density.get(best, 0.0)
        return best if d >= MIN_DENSITY and d >= RATIO * political else None


def domain_score(text: str) -> DomainScore:
    """Count the lexicon's domains in ``text``."""
    words = _WORD.findall(text.lower())
    counts: dict[str, int] = {}
    for d in _hits(words):
        counts[d] = counts.get(d, 0) + 1
    per = 1000.0 / max(1, len(words))
    return DomainScore(len(words), {d: round(c * per, 2) for d, c in counts.items()})


def political_words(sentence: str) -> bool:
    """Whether a sentence holds a political word of the lexicon."""
    return "political" in _hits(_WORD.findall(sentence.lower()))


def political_side(actors: Iterable[Actor]) -> bool:
    """Whether one of the actors is coded with a political sector (or as an IGO)."""
    for a in actors:
        if a.sector in POLITICAL_SECTORS or (a.code or "").startswith("IGO"):
            return True
    return False


def survives(ev: Event, sentence: str, domain: str) -> bool:
    """Whether an event of an article gated as ``domain`` stands: a political side, a
    political word in its sentence, or a protest outside sport (workers picketing a company;
    fans protesting a referee are sport)."""
    if ev.type == "PROTEST" and domain != "sport":
        return True
    return political_side([*ev.sources, *ev.targets]) or political_words(sentence)


def article_gate(doc: Doc, events: list[Event]) -> list[Event]:
    """The events of ``doc`` that survive the gate (all of them when the article's domain is
    not sport, business, entertainment or product news)."""
    domain = domain_score(doc_text(doc)).domain if events else None
    if domain is None:
        return events
    sents = list(doc.sents)
    return [ev for ev in events if survives(ev, sents[ev.sentence].text, domain)]
