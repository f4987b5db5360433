"""Mention grouping: which NER mentions are one actor (full name and surname, aliases,
acronyms), and the cluster record the linker builds them into."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.attrs import ORTH
from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from newsgraph import lexicons as lexicon
from newsgraph.nlp._doc import doc_text, tokens

KEEP_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"}
_ALIAS_CUES = ("formerly known as", "previously known as", "also known as", "formerly", "aka")


@dataclass
class Cluster:
    label: str
    mentions: list[tuple[int, int, str]] = field(default_factory=list)  # start, end, rule
    names: list[str] = field(default_factory=list)
    country: str | None = None
    sector: str | None = None
    role: str | None = None
    aliases: list[str] = field(default_factory=list)
    key: str = ""
    subj_positions: set[int] = field(default_factory=set)
    confidence: float = 0.9
    gender: str | None = None  # m | f, from a first name, honorific or gendered title


def strip_span(span: SpacySpan) -> SpacySpan:
    """Drop a leading determiner and a trailing possessive from an entity span."""
    start, end = span.start, span.end
    doc = span.doc
    toks = tokens(doc)
    while start < end - 1 and (toks[start].lower_ == "the" or toks[start].lower_ in HONORIFIC):
        start += 1
    while end > start + 1 and (toks[end - 1].tag_ == "POS" or toks[end - 1].text in {"'s", "’s"}):
        end -= 1
    return SpacySpan(doc, start, end, label=span.label_)


_ACRONYM_SKIP = {"of", "the", "and", "for", "on", "in", "de", "&"}
_NAME_PARTICLE = re.compile(r"^(?:al|el|ad|as|ash|an|ar|at|az)[-‐]", re.I)


@lru_cache(maxsize=8192)
def _surname(word: str) -> str:
    """'al-Assad' and 'Assad' compare equal."""
    return _NAME_PARTICLE.sub("", word).lower()


HONORIFIC = {
    "mr": "m",
    "mr.": "m",
    "sir": "m",
    "mrs": "f",
    "mrs.": "f",
    "ms": "f",
    "ms.": "f",
    "miss": "f",
    "lady": "f",
    "madam": "f",
}
GENDERED_ROLE = {
    "king": "m",
    "queen": "f",
    "congressman": "m",
    "congresswoman": "f",
    "spokesman": "m",
    "spokeswoman": "f",
    "prince": "m",
    "princess": "f",
}


def gender(doc: Doc, ent: SpacySpan) -> str | None:
    """m/f from an honorific or gendered title before the name, else from the first name."""
    if ent.start > 0:
        prev = doc[ent.start - 1].lower_
        g = HONORIFIC.get(prev) or GENDERED_ROLE.get(prev)
        if g:
            return g
    return lexicon.first_names().get(ent[0].text) if len(ent) > 1 else None


def surname_keys(name: str) -> list[str]:
    """The words a later mention may use alone for a person's full name: the last word, and the
    first where family names come first ("Wang Yi" -> "Yi", "Wang"; "Kim Jong Un" -> "Kim")."""
    words = name.split()
    if len(words) < 2:
        return []
    if len(words) <= 3 and words[0] in lexicon.family_first_names():
        return [words[-1], words[0]]
    return [words[-1]]


def surname_sweep(doc: Doc, persons: list[Cluster], others: Sequence[Cluster] = ()) -> None:
    """Surnames the NER missed ("Lavrov: Terror ..." in a headline) join their person.

    A word that is already a whole mention of another entity (an organisation the NER found,
    "GOP", beside a person the NER made of "Indiana GOP") stays that entity's: one span, one
    entity (two entities starting at one span got one id and the store dropped one). A word
    inside a longer name ("the Clinton Foundation") still joins its person as before.
    """
    surnames: dict[str, Cluster | None] = {}
    for c in persons:
        for n in c.names:
            for key in surname_keys(n):
                surnames[key] = c if surnames.get(key, c) is c else None  # ambiguous: None
    if not surnames:
        return
    covered = {i for c in persons for s, e, _ in c.mentions for i in range(s, e)}
    held = {(s, e) for c in others for s, e, _ in c.mentions}
    toks = tokens(doc)
    # the tokens whose text is a surname, found by comparing string hashes (no Token text)
    by_hash = {doc.vocab.strings[name]: name for name in surnames}
    for i, orth in enumerate(doc.to_array(ORTH).tolist()):
        surname = by_hash.get(orth)
        if surname is None or toks[i].text != surname:
            continue
        tok = toks[i]
        hit = surnames[surname]
        if hit is None or tok.idx in covered or tok.ent_type_ not in {"", "PERSON", "ORG"}:
            continue
        if (tok.idx, tok.idx + len(tok)) in held:
            continue  # a whole mention of another entity ("GOP" the organisation)
        if i > 0 and toks[i - 1].is_title and toks[i - 1].pos_ == "PROPN":
            continue  # part of another name ("Anna Lavrov")
        hit.mentions.append((tok.idx, tok.idx + len(tok), "surname"))


def vote_labels(ents: list[SpacySpan]) -> dict[str, str]:
    """One label per surface string (majority vote), with surnames of persons as PERSON."""
    votes: dict[str, Counter[str]] = {}
    texts = [e.text for e in ents]
    for e, t in zip(ents, texts, strict=True):
        votes.setdefault(t, Counter())[e.label_] += 1
    labels = {t: c.most_common(1)[0][0] for t, c in votes.items()}
    sectors = lexicon.org_sectors()
    institutions, countries, capitals = (
        lexicon.institutions(),
        lexicon.country_names(),
        lexicon.capitals(),
    )
    for t in labels:
        inst = institutions.get(t)
        if inst is not None:
            labels[t] = inst.label
        elif t in countries and labels[t] in {"ORG", "PERSON", "NORP"}:
            labels[t] = "GPE"
        elif t in capitals and labels[t] in {"ORG", "PERSON"} and " " not in t:
            labels[t] = "GPE"  # "Baku" read as a person
        elif labels[t] == "PERSON" and any(w.lower() in sectors for w in t.split()[1:]):
            labels[t] = "ORG"  # "Nusra Front", "Labour Party" read as a person
    surnames = {k for t in texts if labels[t] == "PERSON" for k in surname_keys(t)}
    for t in labels:
        if t in surnames and t not in institutions and not lexicon.country_of_name(t):
            labels[t] = "PERSON"
    return labels


def match_person(
    persons: list[Cluster], ent: SpacySpan, gender: str | None = None
) -> Cluster | None:
    text = ent.text
    words = text.split()
    if gender is not None:
        persons = [c for c in persons if c.gender in (None, gender)] or persons
    single = _surname(words[0]) if len(words) == 1 else None
    for c in persons:
        for name in c.names:
            if text == name:
                return c
            if single is not None and single == _name_parts(name)[1]:
                return c
    if len(words) == 1:  # a first name alone: the one person who has it
        firsts = [c for c in persons if any(n.split()[0] == words[0] for n in c.names if " " in n)]
        if len(firsts) == 1:
            return firsts[0]
    if len(words) <= 1:
        return None
    last = _surname(words[-1])
    for c in persons:
        for name in c.names:
            size, surname, initial = _name_parts(name)
            if size > 1 and last == surname:
                # same surname; first names must agree or be initials
                if words[0][0] == initial:
                    return c
    return None


@lru_cache(maxsize=8192)
def _name_parts(name: str) -> tuple[int, str | None, str]:
    """A name's word count, its last word as a surname and its first letter."""
    words = name.split()
    if not words:
        return 0, None, ""
    return len(words), _surname(words[-1]), words[0][0]


def link_aliases(doc: Doc, clusters: list[Cluster], by_key: dict[str, Cluster]) -> None:
    """'X, formerly known as Y' / 'X (formerly Y)': Y becomes an alias of X."""
    text = doc_text(doc)
    org_clusters = [c for c in clusters if c.label == "ORG"]
    for c in org_clusters:
        for _start, end, _ in list(c.mentions):
            tail = text[end : end + 40]
            m = re.match(
                r"\s*(?:[,(]\s*|\s+(?:terrorist |militant |rebel |armed )?group,\s*)", tail
            )
            if not m:
                continue
            pos = end + m.end()
            for cue in _ALIAS_CUES:
                if text[pos : pos + len(cue)].lower() == cue:
                    a_start = pos + len(cue) + 1
                    stop = re.search(
                        r"[,;.)]|\s(?:which|who|that)\s", text[a_start : a_start + 120]
                    )
                    a_end = a_start + (stop.start() if stop else 0)
                    if a_end <= a_start:
                        break
                    alias = text[a_start:a_end].strip()
                    other = by_key.get(f"ORG:{alias}")
                    if other is not None and other is not c:
                        c.mentions.extend(other.mentions)
                        c.names.extend(other.names)
                        c.aliases.append(alias)
                        c.sector = c.sector or other.sector
                        other.mentions = []
                    else:
                        c.aliases.append(alias)
                        c.mentions.append((a_start, a_start + len(alias), "alias"))
                    c.sector = c.sector or "REB" if "terror" in tail else c.sector
                    break


def link_acronyms(clusters: list[Cluster]) -> None:
    """'EU' joins 'European Union', 'UN' joins 'United Nations' (initials of the long name)."""
    longs: dict[str, Cluster] = {}
    for c in clusters:
        if c.label != "ORG" or not c.names or not c.mentions:
            continue
        words = [w for w in c.names[0].split() if w.lower() not in _ACRONYM_SKIP]
        if len(words) >= 2 and all(w[:1].isupper() for w in words):
            longs.setdefault("".join(w[0] for w in words), c)
    for c in clusters:
        if c.label != "ORG" or not c.names or not c.mentions:
            continue
        short = c.names[0].replace(".", "")
        target = longs.get(short) if short.isupper() and 2 <= len(short) <= 6 else None
        if target is not None and target is not c:
            target.mentions.extend(c.mentions)
            target.aliases.append(c.names[0])
            target.country = target.country or c.country
            target.sector = target.sector or c.sector
            c.mentions = []
