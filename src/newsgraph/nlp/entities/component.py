"""In-document entity clustering: one Entity per real-world actor, every mention linked.

Starts from the NER (corrected by ``newsgraph_entity_ruler``) and links:
full name <-> surname, descriptions ("the Russian foreign minister", "his Turkish
counterpart") <-> the person they describe, subject pronouns <-> the most recent
compatible person, "formerly (known as)" aliases of organisations, and governments
("the Syrian government", a capital used as an actor) <-> one government entity.
Each entity gets a country (ISO alpha-3), a sector code and a role where the text says.

The linker is split by what it does: :mod:`._mentions` groups mentions into clusters (names,
surnames, aliases, acronyms), :mod:`._pronouns` resolves subject pronouns, :mod:`._coding`
gives clusters their country and sector (organisation keywords, governments, capitals used as
actors, the actor table, the article's default country); titles and descriptions, which need
the title lexicon, stay here.
"""

from __future__ import annotations

from collections import Counter

import numpy as np
from spacy.attrs import LOWER
from spacy.language import Language
from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from newsgraph import lexicons as lexicon
from newsgraph.model import Entity, Span, record_id
from newsgraph.nlp._doc import doc_ents, doc_text, register_extensions, token_bounds, tokens
from newsgraph.nlp.entities._coding import (
    city_country,
    default_countries,
    governments,
    metonymic,
    org_sector,
    owner_organisation,
    table_codes,
)
from newsgraph.nlp.entities._mentions import (
    HONORIFIC,
    KEEP_LABELS,
    Cluster,
    gender,
    link_acronyms,
    link_aliases,
    match_person,
    strip_span,
    surname_sweep,
    vote_labels,
)
from newsgraph.nlp.entities._pronouns import recent_person, resolve_pronouns

register_extensions()


class EntityLinker:
    """Cluster NER mentions into entities and attach country, sector and role."""

    def __init__(self, nlp: Language, name: str, *, resolve_pronouns: bool = True) -> None:
        self.name = name
        self.resolve_pronouns = resolve_pronouns
        self._titles = lexicon.titles()
        self._max_title = max(len(t.split()) for t in self._titles)

    # -- title and country context -------------------------------------------------
    def _title_before(self, doc: Doc, i: int) -> tuple[int, str | None, str | None, str | None]:
        """Scan left of token i over titles, demonyms and determiners.

        Returns (new start, role, sector, country).
        """
        role = sector = country = None
        text = doc_text(doc)
        toks = tokens(doc)
        starts, ends = token_bounds(doc)
        titles = self._titles
        demonyms, countries = lexicon.demonyms(), lexicon.country_names()
        j = i
        while j > 0:
            matched = False
            end = ends[j - 1]
            for n in range(min(self._max_title, j), 0, -1):
                words = text[starts[j - n] : end]  # the text of tokens j-n .. j-1
                title = titles.get(words.lower())
                if title is not None and (n > 1 or toks[j - n].is_title or toks[j - n].is_upper):
                    if role is None:
                        role, sector = title.role, title.sector
                    j -= n
                    matched = True
                    break
                if n <= 3:
                    iso = demonyms.get(words) or countries.get(words)
                    if iso:
                        country = country or iso
                        j -= n
                        matched = True
                        break
            if not matched:
                if toks[j - 1].lower_ == "counterpart" and role is None:
                    role = "counterpart"
                    j -= 1
                    continue
                break
        if role is not None and country is None and j > 1 and toks[j - 1].lower_ in {"'s", "’s"}:
            # "Azerbaijan's Foreign Minister Elnur Guliyev": the owner country gives the
            # country (the mention keeps its own start: the country is an entity of its own)
            k = j - 1
            for n in range(min(3, k), 0, -1):
                iso = countries.get(text[starts[k - n] : ends[k - 1]])
                if iso:
                    country = iso
                    break
        return j, role, sector, country

    # -- main ----------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        clusters: list[Cluster] = []
        by_key: dict[str, Cluster] = {}
        ents = [e for e in doc_ents(doc) if e.label_ in KEEP_LABELS]
        ents = self._fix_boundaries(doc, ents)
        labels = vote_labels(ents)

        def cluster_for(key: str, label: str) -> Cluster:
            if key not in by_key:
                c = Cluster(label=label, key=key)
                by_key[key] = c
                clusters.append(c)
            return by_key[key]

        persons: list[Cluster] = []
        gov_of: dict[str, Cluster] = {}
        title_words: set[int] = set()  # tokens read as a person's title ("Defence Minister")

        def government(iso3: str) -> Cluster:
            if iso3 not in gov_of:
                c = cluster_for(f"GOV:{iso3}", "ORG")
                c.names.append(f"Government of {lexicon.country_name(iso3)}")
                c.country, c.sector = iso3, "GOV"
                gov_of[iso3] = c
            return gov_of[iso3]

        # 1. full names first so surnames can join them
        ordered = sorted(
            ents, key=lambda e: (-(labels[e.text] == "PERSON" and len(e) > 1), e.start)
        )
        for ent in ordered:
            label = labels[ent.text]
            text = ent.text
            if label == "PERSON":
                c = match_person(persons, ent, gender(doc, ent))
                if c is None:
                    c = cluster_for(f"PERSON:{text}", "PERSON")
                    persons.append(c)
                c.mentions.append((ent.start_char, ent.end_char, "ner"))
                c.names.append(text)
                c.gender = c.gender or gender(doc, ent)
                start, role, sector, country = self._title_before(doc, ent.start)
                if role and role != "counterpart":
                    c.role = c.role or role
                    c.sector = c.sector or sector
                if role == "counterpart":
                    c.role = c.role or "counterpart"
                if country:
                    c.country = c.country or country
                if start < ent.start:
                    if start > 0 and doc[start - 1].lower_ in {"his", "her", "their", "its", "the"}:
                        start -= 1
                    desc = doc[start : ent.start]
                    c.mentions[-1] = (desc.start_char, ent.end_char, "title+ner")
                    title_words.update(range(start, ent.start))
                self._appositive(doc, ent, c)
            elif label in {"GPE", "LOC", "FAC"}:
                iso = lexicon.country_of_name(text)
                if iso and metonymic(ent) and text in lexicon.capitals():
                    g = government(iso)
                    g.mentions.append((ent.start_char, ent.end_char, "metonymy"))
                    continue
                c = cluster_for(f"PLACE:{text}", label)
                c.names.append(text)
                c.mentions.append((ent.start_char, ent.end_char, "ner"))
                if iso is None and label == "GPE":
                    iso = city_country(text)  # "Almaty" -> KAZ
                c.country = c.country or iso
            elif label == "NORP":
                iso = lexicon.demonyms().get(text)
                head = ent.root
                if head.dep_ in {"amod", "compound", "nmod"}:
                    # a modifier: it gives a country to its head ("Russian mediation"), or
                    # none ("the European network"); either way not an actor
                    continue
                inst = lexicon.institutions().get(text)
                c = cluster_for(f"NORP:{text}", "NORP")
                c.names.append(text)
                c.mentions.append((ent.start_char, ent.end_char, "ner"))
                c.country = c.country or iso or (inst.country if inst else None)
                c.sector = c.sector or (inst.sector if inst else None)
            else:  # ORG
                if all(i in title_words for i in range(ent.start, ent.end)):
                    continue  # a word of a person's title, not an organisation ("Defence")
                inst = lexicon.institutions().get(text)
                c = cluster_for(f"ORG:{text}", "ORG")
                c.names.append(text)
                c.mentions.append((ent.start_char, ent.end_char, "ner"))
                if inst:
                    c.country = c.country or inst.country
                    c.sector = c.sector or inst.sector
                c.sector = c.sector or org_sector(doc, ent)

        surname_sweep(doc, persons, clusters)
        governments(doc, government)
        link_aliases(doc, clusters, by_key)
        link_acronyms(clusters)
        self._descriptions(doc, persons)
        self._counterparts(doc, persons)
        if self.resolve_pronouns:
            resolve_pronouns(doc, persons)
        table_codes(clusters, doc._.ng_published)
        default_countries(clusters, persons)

        doc._.ng_entities = self._to_records(doc, clusters)
        return doc

    # -- steps ---------------------------------------------------------------------
    def _fix_boundaries(self, doc: Doc, ents: list[SpacySpan]) -> list[SpacySpan]:
        taken = {i for e in doc_ents(doc) for i in range(e.start, e.end)}
        all_toks = tokens(doc)
        fixed = []
        for e in ents:
            e = strip_span(e)
            start = e.start
            # extend left over adjacent capitalised proper nouns ("Hayat" + "Tahrir al-Sham")
            while start > 0:
                prev = all_toks[start - 1]
                if not (
                    prev.pos_ == "PROPN"
                    and prev.is_title
                    and (start - 1) not in taken
                    and prev.lower_ not in self._titles
                    and prev.lower_ not in HONORIFIC
                    and not prev.is_sent_start
                ):
                    break
                start -= 1
            # a person span that swallowed a title ("the House Nancy Pelosi")
            if e.label_ in {"ORG", "PERSON"}:
                toks = all_toks[start : e.end]
                for k, t in enumerate(toks[:-1]):
                    if t.lower_ in self._titles or t.lower_ in {"house", "senate"}:
                        if (
                            all(x.ent_iob_ and x.is_title for x in toks[k + 1 :])
                            and len(toks[k + 1 :]) >= 2
                        ):
                            start = toks[k + 1].i
                            e = SpacySpan(doc, start, e.end, label="PERSON")
            fixed.append(SpacySpan(doc, start, e.end, label=e.label_))
        return fixed

    def _appositive(self, doc: Doc, ent: SpacySpan, c: Cluster) -> None:
        for child in ent.root.children:
            if child.dep_ != "appos" or ent.start <= child.i < ent.end:
                continue  # an apposition inside the name is the name ("Chief Chuck Jordan")
            if owner_organisation(doc, doc[child.left_edge.i : child.i + 1]) is not None:
                # "Amina Diallo, the African Union's special envoy": she acts for the
                # organisation, not for the country the article is about
                c.sector = c.sector or "IGO"
                c.role = c.role or child.lemma_.lower()
                continue
            key = child.lemma_.lower()
            title = self._titles.get(key)
            if title:
                c.role = c.role or title.role
                c.sector = c.sector or title.sector
            for t in child.subtree:
                iso = lexicon.demonyms().get(t.text) or lexicon.country_names().get(t.text)
                if iso:
                    c.country = c.country or iso
                    break

    def _descriptions(self, doc: Doc, persons: list[Cluster]) -> None:
        """'the Russian foreign minister', 'The Russian FM' -> the person with that role."""
        covered = {i for c in persons for s, e, _ in c.mentions for i in range(s, e)}
        toks = tokens(doc)
        ends = token_bounds(doc)[1]
        the = np.flatnonzero(doc.to_array(LOWER) == np.uint64(doc.vocab.strings["the"])).tolist()
        for i in the:  # each "the", found over the doc's array (no Token per word)
            tok = toks[i]
            end_tok, role, _sector, country = self._title_after(doc, tok.i + 1)
            if role is None or role == "counterpart":
                continue
            if end_tok < len(toks) and toks[end_tok].ent_type_ == "PERSON":
                continue  # a title before a name, handled with the name
            start, end = tok.idx, ends[end_tok - 1]
            if start in covered:
                continue
            # "the foreign minister of Russia": the country follows the title
            nxt = end_tok
            if nxt + 1 < len(toks) and toks[nxt].lower_ == "of" and toks[nxt + 1].ent_type_:
                ent_end = nxt + 2
                while ent_end < len(toks) and toks[ent_end].ent_iob_ == "I":
                    ent_end += 1
                of_country = lexicon.country_of_name(doc[nxt + 1 : ent_end].text)
                if of_country is None:
                    continue  # "the president of Harvard": not a government role
                country, nxt = country or of_country, ent_end
            # "the foreign minister of Russia, Sergei Lavrov": the apposition names the person
            if (
                nxt + 1 < len(toks)
                and toks[nxt].text == ","
                and toks[nxt + 1].ent_type_ == "PERSON"
            ):
                named = toks[nxt + 1].idx
                for c in persons:
                    if any(s == named for s, _, _ in c.mentions):
                        c.mentions.append((start, end, "description"))
                        c.role = c.role or role
                        c.country = c.country or country
                        break
                continue
            cands = [
                c for c in persons if c.role == role and (country is None or c.country == country)
            ]

            def last_before(c: Cluster, start: int = start) -> int:
                return max((s for s, _, _ in c.mentions if s < start), default=-1)

            cands = [c for c in cands if last_before(c) >= 0]  # a description looks back
            if not cands:
                continue
            best = max(cands, key=last_before)
            best.mentions.append((start, end, "description"))

    def _title_after(self, doc: Doc, i: int) -> tuple[int, str | None, str | None, str | None]:
        """Scan right of token i over demonyms, then a title: (end, role, sector, country)."""
        country = None
        text = doc_text(doc)
        starts, ends = token_bounds(doc)
        size = len(starts)
        demonyms = lexicon.demonyms()
        j = i
        while j < size:
            found = False
            for n in (2, 1):
                if j + n > size:
                    continue  # the doc ends before n words
                iso = demonyms.get(text[starts[j] : ends[j + n - 1]])
                if iso:
                    country, j, found = iso, j + n, True
                    break
            if not found:
                break
        for n in range(min(self._max_title, size - j), 0, -1):
            title = self._titles.get(text[starts[j] : ends[j + n - 1]].lower())
            if title:
                return j + n, title.role, title.sector, country
        return j, None, None, country

    def _counterparts(self, doc: Doc, persons: list[Cluster]) -> None:
        """'his Saudi Arabian counterpart Adel al-Jubeir': same role as the possessor."""
        for c in persons:
            if c.role != "counterpart":
                continue
            first = min(s for s, _, _ in c.mentions)
            owner = recent_person(persons, first, exclude=c)
            if owner is not None and owner.role and owner.role != "counterpart":
                c.role, c.sector = owner.role, owner.sector
            else:
                c.role = None

    # -- output --------------------------------------------------------------------
    def _to_records(self, doc: Doc, clusters: list[Cluster]) -> list[Entity]:
        text = doc_text(doc)
        aid = doc._.ng_id
        records: list[Entity] = []
        for c in clusters:
            spans = sorted({(s, e) for s, e, _ in c.mentions})
            if not spans:
                continue
            rules = Counter(r for _, _, r in c.mentions)
            if c.label == "PERSON":
                name = max(c.names, key=lambda n: (len(n.split()), len(n)))
            elif c.key.startswith("GOV:"):
                name = c.names[0]
            else:
                name = Counter(c.names).most_common(1)[0][0] if c.names else text[slice(*spans[0])]
                if c.aliases and c.label == "ORG":
                    name = max((n for n in c.names), key=len)
            mention_texts = {text[s:e] for s, e, r in c.mentions if r != "pronoun"}
            aliases = sorted((mention_texts | set(c.aliases)) - {name})
            first = spans[0]
            records.append(
                Entity(
                    id=record_id(aid, "entity", first[0], first[1]),
                    name=name,
                    type=c.label,
                    country=c.country,
                    sector=c.sector,
                    role=None if c.role == "counterpart" else c.role,
                    aliases=aliases,
                    mentions=[Span(s, e, text[s:e]) for s, e in spans],
                    confidence=c.confidence,
                    rule="+".join(sorted(rules)),
                )
            )
        records.sort(key=lambda r: r.mentions[0].start)
        return records


@Language.factory(
    "newsgraph_entities",
    requires=["doc.ents", "token.dep"],
    assigns=["doc._.ng_entities"],
    default_config={"resolve_pronouns": True},
)
def make_entities(nlp: Language, name: str, *, resolve_pronouns: bool) -> EntityLinker:
    return EntityLinker(nlp, name, resolve_pronouns=resolve_pronouns)
