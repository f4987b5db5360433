"""Country and sector coding of entities: organisation keywords, governments named by
their country, capitals used as actors, the actor table, the article's default country."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

import numpy as np
from spacy.attrs import LOWER
from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from newsgraph import lexicons as lexicon
from newsgraph.nlp._doc import doc_ents, tokens
from newsgraph.nlp.entities._mentions import Cluster
from newsgraph.nlp.entities._pronouns import SUBJ

_GOV_NOUNS = {"government", "regime", "administration", "authorities", "cabinet"}


def metonymic(ent: SpacySpan) -> bool:
    """A place used as an actor: subject, conjunct of a subject, possessor or 'by' agent."""
    root = ent.root
    dep = root.dep_
    if dep in SUBJ or dep == "poss":
        return True
    if dep == "conj" and root.head.dep_ in SUBJ:
        return True
    if dep == "pobj" and root.head.lower_ == "by" and root.head.head.pos_ in {"NOUN", "VERB"}:
        return True
    return False


def org_sector(doc: Doc, ent: SpacySpan) -> str | None:
    sectors = lexicon.org_sectors()
    for t in ent:
        if t.lower_ in sectors:
            return sectors[t.lower_]
    for t in doc[ent.end : min(len(doc), ent.end + 2)]:
        if t.lower_ in sectors and sectors[t.lower_] in {"REB", "MIL"}:
            return sectors[t.lower_]
    return None


def governments(doc: Doc, government: Callable[[str], Cluster]) -> None:
    """'the Syrian government', 'Syria's government', 'the government of Syria'."""
    toks = tokens(doc)
    nouns = np.array([doc.vocab.strings[w] for w in sorted(_GOV_NOUNS)], dtype=np.uint64)
    # the few tokens that are one of the nouns, found over the doc's array (no Token per word)
    for i in np.flatnonzero(np.isin(doc.to_array(LOWER), nouns)).tolist():
        tok = toks[i]
        if tok.pos_ != "NOUN":
            continue
        iso = None
        left = tok.left_edge
        for child in tok.children:
            if child.dep_ in {"amod", "compound", "poss", "nmod"}:
                iso = iso or lexicon.country_of_name(child.text)
                if iso is None and child.ent_type_ in {"GPE", "NORP"}:
                    ent = next((e for e in doc_ents(doc) if e.start <= child.i < e.end), None)
                    iso = lexicon.country_of_name(ent.text) if ent is not None else None
            if child.dep_ == "prep" and child.lower_ == "of":
                for p in child.children:
                    if p.dep_ == "pobj":
                        iso = iso or lexicon.country_of_name(p.text)
        if iso is None:
            continue
        start = left.i
        if doc[start].lower_ not in {"the"} and start > 0 and doc[start - 1].lower_ == "the":
            start -= 1
        end = tok.i + 1
        if doc[end - 1].i < tok.right_edge.i and any(c.dep_ == "prep" for c in tok.children):
            end = tok.right_edge.i + 1
        g = government(iso)
        g.mentions.append((doc[start].idx, doc[end - 1].idx + len(doc[end - 1]), "government"))


def table_codes(clusters: list[Cluster], published: str | None) -> None:
    """People and organisations the actor table knows get its country and sector for the
    article's date ("Donald Trump" in 2016: USA, PTY), where the text gave none."""
    from newsgraph.nlp.events._actors_support import backed
    from newsgraph.nlp.events.actor_table import builtin_table

    table = builtin_table()
    named = {c.country for c in clusters if c.country}  # the article's countries
    for c in clusters:
        if c.label not in {"PERSON", "ORG"} or c.country is not None or not c.names:
            continue
        name = max(c.names, key=lambda n: (len(n.split()), len(n)))
        entry = table.person_of(c.names) if c.label == "PERSON" else table.get(name)
        if c.label == "PERSON" and entry is not None:
            # one only Phoenix's country table knows, where the article backs it
            entry = entry if backed(table, entry, name, published, named) else None
        code = entry.code_on(published) if entry is not None else None
        if not code or len(code) < 3 or not code[:3].isalpha():
            continue
        if code.startswith(("IGO", "NGO", "IMG", "MNC")):
            c.sector = c.sector or code[:3]
        elif lexicon.country_name(code[:3]) != code[:3]:  # a real country code
            c.country = code[:3]
            c.sector = c.sector or (code[3:6] or None)


def default_countries(clusters: list[Cluster], persons: list[Cluster]) -> None:
    """Office holders with no stated country get the article's dominant country."""
    counts: Counter[str] = Counter()
    for c in clusters:
        if c.country and c.label in {"GPE", "NORP"}:
            counts[c.country] += len(c.mentions)
    if not counts:
        return
    top = counts.most_common(1)[0][0]
    for c in persons:
        if c.country is None and c.sector == "GOV":
            c.country = top
            c.confidence = 0.6


# a city name the gazetteer knows gives its country when its largest namesake has this many
# people and this many times the people of any namesake in another country ("Almaty" -> KAZ;
# not "Springfield", "Alexandria" in Virginia next to Egypt's is a coder's call in context)
_CITY_MIN = 100_000
_CITY_MARGIN = 20


def city_country(name: str) -> str | None:
    """The ISO alpha-3 country of a town or city name whose largest namesake far outweighs
    every namesake abroad (the gazetteer's populations), else None."""
    import pycountry

    from newsgraph.nlp.places.gazetteer import load

    best: dict[str, int] = {}
    for row, _main in load().lookup(name):
        if row.feature not in ("city", "admin1", "admin2", "county") or not row.country_code:
            continue
        best[row.country_code] = max(best.get(row.country_code, 0), row.population)
    if not best:
        return None
    ranked = sorted(best.items(), key=lambda kv: -kv[1])
    cc, pop = ranked[0]
    runner = ranked[1][1] if len(ranked) > 1 else 0
    if pop < _CITY_MIN or pop < _CITY_MARGIN * runner:
        return None
    country = pycountry.countries.get(alpha_2=cc)
    return country.alpha_3 if country is not None else None


def owner_organisation(doc: Doc, appos: SpacySpan | None) -> str | None:
    """The international code (IGO/NGO) of the organisation that owns an appositive title:
    "Amina Diallo, the African Union's special envoy" -> IGOAFRAFU; None for others."""
    from newsgraph.nlp.events.actor_table import builtin_table

    if appos is None:
        return None
    head = appos.root
    owners = [c for c in head.children if c.dep_ == "poss"]
    owners += [
        o
        for c in head.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for o in c.children
        if o.dep_ == "pobj"
    ]
    for owner in owners:
        ent = next((e for e in doc_ents(doc) if e.start <= owner.i < e.end), None)
        if ent is None or ent.label_ != "ORG":
            continue
        name = ent.text[4:] if ent.text.lower().startswith("the ") else ent.text
        name = name.removesuffix("'s").removesuffix("’s")
        entry = builtin_table().get(name)
        code = entry.code_on(doc._.ng_published) if entry is not None else None
        if code and code.startswith(("IGO", "NGO")):
            return code
    return None
