"""In-document entity clustering: one Entity per real-world actor, every mention linked.

Starts from the NER (corrected by ``newsgraph_entity_ruler``) and links:
full name <-> surname, descriptions ("the Russian foreign minister", "his Turkish
counterpart") <-> the person they describe, subject pronouns <-> the most recent
compatible person, "formerly (known as)" aliases of organisations, and governments
("the Syrian government", a capital used as an actor) <-> one government entity.
Each entity gets a country (ISO alpha-3), a sector code and a role where the text says.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from newsgraph import lexicons as lexicon
from newsgraph.model import Entity, Span, record_id
from newsgraph.nlp._doc import doc_ents, doc_text, register_extensions, tokens

register_extensions()

KEEP_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"}
_GOV_NOUNS = {"government", "regime", "administration", "authorities", "cabinet"}
_ALIAS_CUES = ("formerly known as", "previously known as", "also known as", "formerly", "aka")
_SUBJ = {"nsubj", "nsubjpass", "csubj"}
_QUOTE_CHARS = {'"', "“", "”"}


@dataclass
class _Cluster:
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


def _strip(span: SpacySpan) -> SpacySpan:
    """Drop a leading determiner and a trailing possessive from an entity span."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end - 1 and (doc[start].lower_ == "the" or doc[start].lower_ in _HONORIFIC):
        start += 1
    while end > start + 1 and (doc[end - 1].tag_ == "POS" or doc[end - 1].text in {"'s", "’s"}):
        end -= 1
    return SpacySpan(doc, start, end, label=span.label_)


_ACRONYM_SKIP = {"of", "the", "and", "for", "on", "in", "de", "&"}
_NAME_PARTICLE = re.compile(r"^(?:al|el|ad|as|ash|an|ar|at|az)[-‐]", re.I)


def _surname(word: str) -> str:
    """'al-Assad' and 'Assad' compare equal."""
    return _NAME_PARTICLE.sub("", word).lower()


_HONORIFIC = {
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
_GENDERED_ROLE = {
    "king": "m",
    "queen": "f",
    "congressman": "m",
    "congresswoman": "f",
    "spokesman": "m",
    "spokeswoman": "f",
    "prince": "m",
    "princess": "f",
}


def _gender(doc: Doc, ent: SpacySpan) -> str | None:
    """m/f from an honorific or gendered title before the name, else from the first name."""
    if ent.start > 0:
        prev = doc[ent.start - 1].lower_
        g = _HONORIFIC.get(prev) or _GENDERED_ROLE.get(prev)
        if g:
            return g
    return lexicon.first_names().get(ent[0].text) if len(ent) > 1 else None


def _in_direct_quote(doc: Doc, token: Token) -> bool:
    """Whether a token sits between double quotation marks within its paragraph."""
    para_start = doc_text(doc).rfind("\n", 0, token.idx) + 1
    before = doc_text(doc)[para_start : token.idx]
    straight = before.count('"')
    opened = before.count("“") - before.count("”")
    return straight % 2 == 1 or opened > 0


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
        j = i
        while j > 0:
            matched = False
            for n in range(min(self._max_title, j), 0, -1):
                words = doc[j - n : j]
                key = words.text.lower()
                title = self._titles.get(key)
                if title is not None and words[0].is_title | words[0].is_upper | (n > 1):
                    if role is None:
                        role, sector = title.role, title.sector
                    j -= n
                    matched = True
                    break
                iso = lexicon.demonyms().get(words.text) or lexicon.country_names().get(words.text)
                if iso and n <= 3:
                    country = country or iso
                    j -= n
                    matched = True
                    break
            if not matched:
                if doc[j - 1].lower_ == "counterpart" and role is None:
                    role = "counterpart"
                    j -= 1
                    continue
                break
        return j, role, sector, country

    # -- main ----------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        clusters: list[_Cluster] = []
        by_key: dict[str, _Cluster] = {}
        ents = [e for e in doc_ents(doc) if e.label_ in KEEP_LABELS]
        ents = self._fix_boundaries(doc, ents)
        labels = self._vote_labels(ents)

        def cluster_for(key: str, label: str) -> _Cluster:
            if key not in by_key:
                c = _Cluster(label=label, key=key)
                by_key[key] = c
                clusters.append(c)
            return by_key[key]

        persons: list[_Cluster] = []
        gov_of: dict[str, _Cluster] = {}

        def government(iso3: str) -> _Cluster:
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
                c = self._match_person(persons, ent, _gender(doc, ent))
                if c is None:
                    c = cluster_for(f"PERSON:{text}", "PERSON")
                    persons.append(c)
                c.mentions.append((ent.start_char, ent.end_char, "ner"))
                c.names.append(text)
                c.gender = c.gender or _gender(doc, ent)
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
                self._appositive(doc, ent, c)
            elif label in {"GPE", "LOC", "FAC"}:
                iso = lexicon.country_of_name(text)
                if iso and self._metonymic(ent) and text in lexicon.capitals():
                    g = government(iso)
                    g.mentions.append((ent.start_char, ent.end_char, "metonymy"))
                    continue
                c = cluster_for(f"PLACE:{text}", label)
                c.names.append(text)
                c.mentions.append((ent.start_char, ent.end_char, "ner"))
                c.country = c.country or iso
            elif label == "NORP":
                iso = lexicon.demonyms().get(text)
                head = ent.root
                if iso and head.dep_ in {"amod", "compound", "nmod"}:
                    continue  # a modifier: it gives a country to its head, not an actor
                inst = lexicon.institutions().get(text)
                c = cluster_for(f"NORP:{text}", "NORP")
                c.names.append(text)
                c.mentions.append((ent.start_char, ent.end_char, "ner"))
                c.country = c.country or iso or (inst.country if inst else None)
                c.sector = c.sector or (inst.sector if inst else None)
            else:  # ORG
                inst = lexicon.institutions().get(text)
                c = cluster_for(f"ORG:{text}", "ORG")
                c.names.append(text)
                c.mentions.append((ent.start_char, ent.end_char, "ner"))
                if inst:
                    c.country = c.country or inst.country
                    c.sector = c.sector or inst.sector
                c.sector = c.sector or self._org_sector(doc, ent)

        self._surname_sweep(doc, persons)
        self._governments(doc, government)
        self._aliases(doc, clusters, by_key)
        self._acronyms(clusters)
        self._descriptions(doc, persons)
        self._counterparts(doc, persons)
        if self.resolve_pronouns:
            self._pronouns(doc, persons)
        self._table_codes(clusters, doc._.ng_published)
        self._default_countries(clusters, persons)

        doc._.ng_entities = self._to_records(doc, clusters)
        return doc

    # -- steps ---------------------------------------------------------------------
    def _fix_boundaries(self, doc: Doc, ents: list[SpacySpan]) -> list[SpacySpan]:
        taken = {t.i for e in doc_ents(doc) for t in e}
        fixed = []
        for e in ents:
            e = _strip(e)
            start = e.start
            # extend left over adjacent capitalised proper nouns ("Hayat" + "Tahrir al-Sham")
            while (
                start > 0
                and doc[start - 1].pos_ == "PROPN"
                and doc[start - 1].is_title
                and (start - 1) not in taken
                and doc[start - 1].lower_ not in self._titles
                and doc[start - 1].lower_ not in _HONORIFIC
                and not doc[start - 1].is_sent_start
            ):
                start -= 1
            # a person span that swallowed a title ("the House Nancy Pelosi")
            if e.label_ in {"ORG", "PERSON"}:
                toks = [t for t in doc[start : e.end]]
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

    @staticmethod
    def _surname_sweep(doc: Doc, persons: list[_Cluster]) -> None:
        """Surnames the NER missed ("Lavrov: Terror ..." in a headline) join their person."""
        surnames: dict[str, _Cluster | None] = {}
        for c in persons:
            for n in c.names:
                words = n.split()
                if len(words) > 1:
                    key = words[-1]
                    surnames[key] = c if surnames.get(key, c) is c else None  # ambiguous: None
        if not surnames:
            return
        covered = {i for c in persons for s, e, _ in c.mentions for i in range(s, e)}
        for tok in tokens(doc):
            hit = surnames.get(tok.text)
            if hit is None or tok.idx in covered or tok.ent_type_ not in {"", "PERSON", "ORG"}:
                continue
            if tok.i > 0 and doc[tok.i - 1].is_title and doc[tok.i - 1].pos_ == "PROPN":
                continue  # part of another name ("Anna Lavrov")
            hit.mentions.append((tok.idx, tok.idx + len(tok), "surname"))

    @staticmethod
    def _vote_labels(ents: list[SpacySpan]) -> dict[str, str]:
        """One label per surface string (majority vote), with surnames of persons as PERSON."""
        votes: dict[str, Counter[str]] = {}
        for e in ents:
            votes.setdefault(e.text, Counter())[e.label_] += 1
        labels = {t: c.most_common(1)[0][0] for t, c in votes.items()}
        sectors = lexicon.org_sectors()
        for t in labels:
            inst = lexicon.institutions().get(t)
            if inst is not None:
                labels[t] = inst.label
            elif t in lexicon.country_names() and labels[t] in {"ORG", "PERSON", "NORP"}:
                labels[t] = "GPE"
            elif t in lexicon.capitals() and labels[t] in {"ORG", "PERSON"} and " " not in t:
                labels[t] = "GPE"  # "Baku" read as a person
            elif labels[t] == "PERSON" and any(w.lower() in sectors for w in t.split()[1:]):
                labels[t] = "ORG"  # "Nusra Front", "Labour Party" read as a person
        surnames = {
            e.text.split()[-1]
            for e in ents
            if labels[e.text] == "PERSON" and len(e.text.split()) > 1
        }
        for t in labels:
            if t in surnames and t not in lexicon.institutions() and not lexicon.country_of_name(t):
                labels[t] = "PERSON"
        return labels

    @staticmethod
    def _match_person(
        persons: list[_Cluster], ent: SpacySpan, gender: str | None = None
    ) -> _Cluster | None:
        words = ent.text.split()
        if gender is not None:
            persons = [c for c in persons if c.gender in (None, gender)] or persons
        for c in persons:
            for name in c.names:
                nw = name.split()
                if ent.text == name:
                    return c
                if len(words) == 1 and _surname(words[0]) == _surname(nw[-1]):
                    return c
        if len(words) == 1:  # a first name alone: the one person who has it
            firsts = [
                c for c in persons if any(n.split()[0] == words[0] for n in c.names if " " in n)
            ]
            if len(firsts) == 1:
                return firsts[0]
        for c in persons:
            for name in c.names:
                nw = name.split()
                if len(words) > 1 and len(nw) > 1 and _surname(words[-1]) == _surname(nw[-1]):
                    # same surname; first names must agree or be initials
                    if words[0][0] == nw[0][0]:
                        return c
        return None

    def _appositive(self, doc: Doc, ent: SpacySpan, c: _Cluster) -> None:
        for child in ent.root.children:
            if child.dep_ != "appos":
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

    @staticmethod
    def _metonymic(ent: SpacySpan) -> bool:
        """A place used as an actor: subject, conjunct of a subject, possessor or 'by' agent."""
        root = ent.root
        dep = root.dep_
        if dep in _SUBJ or dep == "poss":
            return True
        if dep == "conj" and root.head.dep_ in _SUBJ:
            return True
        if dep == "pobj" and root.head.lower_ == "by" and root.head.head.pos_ in {"NOUN", "VERB"}:
            return True
        return False

    def _org_sector(self, doc: Doc, ent: SpacySpan) -> str | None:
        sectors = lexicon.org_sectors()
        for t in ent:
            if t.lower_ in sectors:
                return sectors[t.lower_]
        for t in doc[ent.end : min(len(doc), ent.end + 2)]:
            if t.lower_ in sectors and sectors[t.lower_] in {"REB", "MIL"}:
                return sectors[t.lower_]
        return None

    def _governments(self, doc: Doc, government) -> None:  # type: ignore[no-untyped-def]
        """'the Syrian government', 'Syria's government', 'the government of Syria'."""
        for tok in tokens(doc):
            if tok.lower_ not in _GOV_NOUNS or tok.pos_ != "NOUN":
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

    def _aliases(self, doc: Doc, clusters: list[_Cluster], by_key: dict[str, _Cluster]) -> None:
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

    @staticmethod
    def _acronyms(clusters: list[_Cluster]) -> None:
        """'EU' joins 'European Union', 'UN' joins 'United Nations' (initials of the long name)."""
        longs: dict[str, _Cluster] = {}
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

    def _descriptions(self, doc: Doc, persons: list[_Cluster]) -> None:
        """'the Russian foreign minister', 'The Russian FM' -> the person with that role."""
        covered = {i for c in persons for s, e, _ in c.mentions for i in range(s, e)}
        for tok in tokens(doc):
            if tok.lower_ not in {"the"}:
                continue
            end_tok, role, _sector, country = self._title_after(doc, tok.i + 1)
            if role is None or role == "counterpart":
                continue
            if end_tok < len(doc) and doc[end_tok].ent_type_ == "PERSON":
                continue  # a title before a name, handled with the name
            start, end = tok.idx, doc[end_tok - 1].idx + len(doc[end_tok - 1])
            if start in covered:
                continue
            cands = [
                c for c in persons if c.role == role and (country is None or c.country == country)
            ]
            if not cands:
                continue
            best = max(
                cands, key=lambda c: max((s for s, _, _ in c.mentions if s < start), default=-1)
            )
            best.mentions.append((start, end, "description"))

    def _title_after(self, doc: Doc, i: int) -> tuple[int, str | None, str | None, str | None]:
        """Scan right of token i over demonyms, then a title: (end, role, sector, country)."""
        country = None
        j = i
        while j < len(doc):
            found = False
            for n in (2, 1):
                words = doc[j : j + n]
                iso = lexicon.demonyms().get(words.text)
                if iso and len(words) == n:
                    country, j, found = iso, j + n, True
                    break
            if not found:
                break
        for n in range(min(self._max_title, len(doc) - j), 0, -1):
            words = doc[j : j + n]
            title = self._titles.get(words.text.lower())
            if title:
                return j + n, title.role, title.sector, country
        return j, None, None, country

    def _counterparts(self, doc: Doc, persons: list[_Cluster]) -> None:
        """'his Saudi Arabian counterpart Adel al-Jubeir': same role as the possessor."""
        for c in persons:
            if c.role != "counterpart":
                continue
            first = min(s for s, _, _ in c.mentions)
            owner = self._recent_person(persons, first, exclude=c)
            if owner is not None and owner.role and owner.role != "counterpart":
                c.role, c.sector = owner.role, owner.sector
            else:
                c.role = None

    @staticmethod
    def _recent_person(
        persons: list[_Cluster],
        pos: int,
        *,
        exclude: _Cluster | None = None,
        subj_first: bool = False,
    ) -> _Cluster | None:
        best: tuple[tuple[int, int], _Cluster] | None = None
        for c in persons:
            if c is exclude:
                continue
            for s, _e, _r in c.mentions:
                if s < pos:
                    score = ((s in c.subj_positions) if subj_first else 0, s)
                    if best is None or score > best[0]:
                        best = (score, c)
        return best[1] if best else None

    def _pronouns(self, doc: Doc, persons: list[_Cluster]) -> None:
        """Subject he/she -> the most recent person in a subject position, else the most recent."""
        starts = {s: c for c in persons for s, _, _ in c.mentions}
        tok_at = {t.idx: t for t in tokens(doc)}
        ent_of = {t.i: e for e in doc_ents(doc) for t in e}
        for s, c in starts.items():
            tok = tok_at.get(s)
            if tok is not None:
                ent = ent_of.get(tok.i)
                root = ent.root if ent is not None else tok
                if root.dep_ in _SUBJ:
                    c.subj_positions.add(s)
        events = sorted(
            [(t.idx, t) for t in tokens(doc) if t.lower_ in {"he", "she"} and t.dep_ in _SUBJ],
            key=lambda x: x[0],
        )
        for idx, tok in events:
            if _in_direct_quote(doc, tok):
                continue
            sent_start = tok.sent.start_char
            window = max(0, sent_start - 1500)
            want = "m" if tok.lower_ == "he" else "f"
            cand = self._recent_person(
                [
                    c
                    for c in persons
                    if c.gender in (None, want) and any(window <= s < idx for s, _, _ in c.mentions)
                ],
                idx,
                subj_first=True,
            )
            if cand is not None:
                cand.mentions.append((idx, idx + len(tok.text), "pronoun"))
                for m in cand.mentions:
                    if m[0] == idx:
                        cand.subj_positions.add(idx)

    @staticmethod
    def _table_codes(clusters: list[_Cluster], published: str | None) -> None:
        """People and organisations the actor table knows get its country and sector for the
        article's date ("Donald Trump" in 2016: USA, PTY), where the text gave none."""
        from newsgraph.nlp.events.actor_table import builtin_table

        table = builtin_table()
        for c in clusters:
            if c.label not in {"PERSON", "ORG"} or c.country is not None or not c.names:
                continue
            name = max(c.names, key=lambda n: (len(n.split()), len(n)))
            entry = table.person_of(c.names) if c.label == "PERSON" else table.get(name)
            code = entry.code_on(published) if entry is not None else None
            if not code or len(code) < 3 or not code[:3].isalpha():
                continue
            if code.startswith(("IGO", "NGO", "IMG", "MNC")):
                c.sector = c.sector or code[:3]
            elif lexicon.country_name(code[:3]) != code[:3]:  # a real country code
                c.country = code[:3]
                c.sector = c.sector or (code[3:6] or None)

    @staticmethod
    def _default_countries(clusters: list[_Cluster], persons: list[_Cluster]) -> None:
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

    # -- output --------------------------------------------------------------------
    def _to_records(self, doc: Doc, clusters: list[_Cluster]) -> list[Entity]:
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
