"""Actors of events: noun phrases found from the syntax, resolved to entities and coded.

A code is built the PETRARCH way: an optional agent prefix, a country (ISO alpha-3 or a
dictionary actor code) and agent/sector suffixes: "the Syrian government" -> SYRGOV,
"Russian police" -> RUSCOP, "militants" -> REB, "Moscow" (used as an actor) -> RUSGOV.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources

from spacy.tokens import Doc, Token

from newsgraph import lexicons as lexicon
from newsgraph.model import Actor, Entity
from newsgraph.nlp._doc import doc_ents, doc_text, entity_at, span
from newsgraph.nlp.events.dictionaries import ActorEntry, AgentEntry, Dictionary, load_agents

_NP_DROP = {"relcl", "acl", "appos", "punct", "cc", "conj", "advcl", "ccomp", "prep", "case"}
_NP_KEEP_PREPS = {"of", "in", "from"}
_PRONOUNS = {"he", "she", "it", "they", "we", "him", "her", "them", "us", "i", "you"}
_NAMED = {"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"}


@lru_cache(maxsize=1)
def builtin_agents() -> Dictionary:
    ref = resources.files("newsgraph.nlp").joinpath("resources/events/event_agents.txt")
    with resources.as_file(ref) as path:
        return load_agents(path)


@dataclass(slots=True)
class _Coded:
    code: str | None
    country: str | None
    sector: str | None
    name: str | None


def np_tokens(head: Token) -> list[Token]:
    """Tokens of the noun phrase headed by ``head`` (no clauses, appositions, conjuncts)."""
    out = [head]
    for child in head.children:
        if coordinated_modifier(child):
            continue
        if child.dep_ in _NP_DROP and not (
            child.dep_ == "prep" and child.lower_ in _NP_KEEP_PREPS and child.i > head.i
        ):
            continue
        if child.dep_ == "prep":
            for grand in child.children:
                if grand.dep_ == "pobj":
                    out.append(child)
                    out.extend(np_tokens(grand))
            continue
        out.extend(t for t in child.subtree if t.dep_ != "punct" or t.i not in (0,))
    return sorted(set(out), key=lambda t: t.i)


def coordinated_modifier(tok: Token) -> bool:
    """A name before its head that starts a coordination the parser attached as a modifier:
    "Fornost and the evil Gondor" parsed as Fornost <-nmod- Gondor."""
    return (
        tok.i < tok.head.i
        and tok.dep_ in ("nmod", "compound", "amod")
        and (tok.pos_ == "PROPN" or tok.text[:1].isupper())
        and any(g.dep_ == "cc" for g in tok.children)
    )


def _listed(token: Token) -> list[Token]:
    """Appositions that are items of a list ("Mordor, the Shire, Fornost and Bree")."""
    conj_after = [c.i for c in token.children if c.dep_ == "conj"]
    return [
        a
        for a in token.children
        if a.dep_ == "appos"
        and (any(c.dep_ == "conj" for c in a.children) or any(i > a.i for i in conj_after))
    ]


def conjuncts(token: Token) -> list[Token]:
    """``token`` and the heads coordinated with it ("Iran and Turkey" -> Iran, Turkey),
    including list items the parser took for appositions or modifiers."""
    out = [token]
    todo = [token]
    while todo:
        tok = todo.pop()
        extra = [c for c in tok.children if coordinated_modifier(c)] + _listed(tok)
        for c in [*tok.conjuncts, *extra]:
            if c not in out:
                out.append(c)
                todo.append(c)
    return sorted(out, key=lambda t: t.i)


def _name_head(token: Token) -> Token:
    """Prefer a proper-noun apposition: "his Turkish counterpart Mevlut Cavusoglu" -> Cavusoglu."""
    if token.pos_ != "PROPN":
        for child in token.children:
            if child.dep_ == "appos" and child.pos_ == "PROPN":
                return child
    return token


class ActorCoder:
    """Finds and codes actors; user dictionaries take precedence over the built-in lexicons."""

    def __init__(self, actors: list[Dictionary], agents: list[Dictionary]) -> None:
        self.actors = actors
        self.agents = [*agents, builtin_agents()]

    def actor(self, doc: Doc, head: Token, date: str | None) -> Actor | None:
        """The actor a noun phrase headed by ``head`` stands for, or None when it is no actor."""
        if head.lower_ in _PRONOUNS:
            return self._pronoun(doc, head)
        named = _name_head(head)
        coded = self._code(doc, named, np_tokens(named), date)
        if named != head:  # "his Turkish counterpart Mevlut Cavusoglu": code the title too
            described = self._code(doc, head, np_tokens(head), date)
            if coded is None or coded.code is None:
                coded = described if coded is None else _fill(coded, described)
        if coded is None:
            return None
        start, end = _extent(doc, named)
        ent = entity_at(doc, named.idx, named.idx + len(named))
        if ent is not None and ent.type not in ("DATE", "TIME", "CARDINAL"):
            coded = _merge_entity(coded, ent)
        return Actor(
            entity=ent.id if ent is not None else None,
            span=span(doc, start, end),
            code=coded.code,
            country=coded.country,
            sector=coded.sector,
            name=coded.name or (ent.name if ent is not None else doc_text(doc)[start:end]),
        )

    def _pronoun(self, doc: Doc, head: Token) -> Actor | None:
        """A pronoun: its entity if linked, else a nearby antecedent's code ("X said it ...")."""
        pspan = span(doc, head.idx, head.idx + len(head))
        ent = entity_at(doc, head.idx, head.idx + len(head))
        if ent is not None:
            code = (ent.country or "") + (ent.sector or "") or None
            return Actor(ent.id, pspan, code, ent.country, ent.sector, ent.name)
        ante = _antecedent(head)
        if ante is None:
            return None
        a = self.actor(doc, ante, None)
        if a is None:  # an uncoded antecedent ("They" = "the three countries") still names who
            name = doc_text(doc)[ante.left_edge.idx : ante.idx + len(ante)]
            return Actor(None, pspan, None, None, None, name)
        return Actor(a.entity, pspan, a.code, a.country, a.sector, a.name or a.span.text)

    def _code(self, doc: Doc, head: Token, toks: list[Token], date: str | None) -> _Coded | None:
        words = [t.lower_ for t in toks]
        root: str | None = None
        country: str | None = None
        sector: str | None = None
        name: str | None = None
        prefixes: list[str] = []
        suffixes: list[str] = []
        i = 0
        used: set[int] = set()
        while i < len(toks):
            tok = toks[i]
            m = self._match_actor(words, i) if _nameish(tok) else None
            if m is not None:
                n, entry = m
                code = entry.code_on(date)
                if root is None:
                    root = code or ""
                    name = " ".join(t.text for t in toks[i : i + n])
                used.update(range(i, i + n))
                i += n
                continue
            i += 1
        # agents (longest match anywhere in the phrase, nouns only)
        i = 0
        while i < len(toks):
            if i in used or toks[i].pos_ not in ("NOUN", "PROPN", "ADJ", "VERB"):
                i += 1
                continue
            am = self._match_agent(words, i, toks)
            if am is not None:
                n, agent = am
                if agent.prefix and agent.prefix not in prefixes:
                    prefixes.append(agent.prefix)
                if agent.suffix and agent.suffix not in suffixes:
                    suffixes.append(agent.suffix)
                used.update(range(i, i + n))
                i += n
                continue
            i += 1
        if root is None:
            if not suffixes and not prefixes:  # "an attack in Ithilen" is no actor
                used.update(i for i, t in enumerate(toks) if _in_prep(t, head))
            country, inst_sector = self._country(toks, used)
            if inst_sector and not suffixes:
                suffixes.append(inst_sector)
            root = country
        else:
            country = root[:3] if len(root) >= 3 and root[:3].isalpha() else None
        if root is None and not suffixes and not prefixes:
            if head.ent_type_ in _NAMED and head.pos_ == "PROPN":
                return _Coded(None, None, None, _ent_text(doc, head))
            return None
        sector = suffixes[0][:3] if suffixes else None
        # an agent already in the actor's own code is not added again (USAGOV + officials)
        prefixes = [p for p in prefixes if not _has_piece(root, p)]
        suffixes = [s for s in suffixes if not _has_piece(root, s)]
        code = "".join(prefixes) + (root or "") + "".join(suffixes)
        return _Coded(code or None, country, sector, name)

    def _match_actor(self, words: list[str], i: int) -> tuple[int, ActorEntry] | None:
        for d in self.actors:
            m = d.match(words, i)
            if m is not None and isinstance(m[1], ActorEntry):
                return m[0], m[1]
        return None

    def _match_agent(
        self, words: list[str], i: int, toks: list[Token]
    ) -> tuple[int, AgentEntry] | None:
        lemmas = [t.lemma_.lower() for t in toks]
        for d in self.agents:
            for seq in (words, lemmas):
                m = d.match(seq, i)
                if m is not None and isinstance(m[1], AgentEntry):
                    return m[0], m[1]
        return None

    def _country(self, toks: list[Token], used: set[int]) -> tuple[str | None, str | None]:
        """Country (ISO3) from names, demonyms, capitals and institutions in the phrase."""
        texts = [t.text for t in toks]
        n = len(toks)
        for size in (4, 3, 2, 1):
            for i in range(0, n - size + 1):
                if any(j in used for j in range(i, i + size)):
                    continue
                chunk = " ".join(texts[i : i + size])
                if not chunk[:1].isupper():
                    continue
                inst = lexicon.institutions().get(chunk)
                if inst is not None:
                    return inst.country, inst.sector
                iso = lexicon.country_names().get(chunk) or lexicon.demonyms().get(chunk)
                if iso:
                    return iso, None
                cap = lexicon.capitals().get(chunk)
                if cap:
                    return cap, "GOV"
        return None, None


def distribute(pairs: list[tuple[Token, Actor]]) -> list[Actor]:
    """Share agents and countries across one coordination, as PETRARCH does: "Lawmakers and
    officials in Fornost and Gondor" -> FORLEG FORGOV GONLEG GONGOV; "Danish media and
    government" -> DNKMED DNKGOV. ``pairs``: (head, actor) of one role, in reading order."""
    actors = [a for _, a in pairs]
    mixed = next((p for p in pairs if _agent_part(p[1])), None)
    if len(pairs) < 2 or mixed is None:
        return actors
    h0, m = mixed
    agent = _agent_part(m)
    country = m.country or ""
    lone = {id(a) for h, a in pairs if a.code and a.sector and not a.country and h.i > h0.i}
    if not any(c.dep_ == "prep" and c.lower_ in _NP_KEEP_PREPS for c in h0.children):
        # the country is a modifier shared by the coordinated agents ("Danish media and ...")
        base = (m.code or "")[: len(m.code or "") - len(agent)]
        return [
            replace(a, code=base + (a.code or ""), country=country) if id(a) in lone else a
            for a in actors
        ]
    # "Lawmakers and officials in Fornost and Gondor": every agent with every country
    lone |= {id(a) for h, a in pairs if a.code and a.sector and not a.country and h.i < h0.i}
    bare = {id(a) for h, a in pairs if a.code and a.code == a.country and h.i > h0.i}
    agents = [agent] + [a.code or "" for a in actors if id(a) in lone]
    countries = [country] + [a.code or "" for a in actors if id(a) in bare]
    out: list[Actor] = []
    for a in actors:
        if id(a) in lone:
            out.extend(replace(a, code=c + (a.code or ""), country=c) for c in countries)
        elif id(a) in bare:
            out.extend(replace(a, code=(a.code or "") + g, sector=g[:3]) for g in agents)
        else:
            out.append(a)
    return [a for i, a in enumerate(out) if all(a.code != b.code for b in out[:i])]


def _agent_part(a: Actor) -> str:
    """The agent letters after the country of a coded actor ("FORLEG" -> "LEG"), or ""."""
    if not (a.code and a.country and a.sector and a.code.startswith(a.country)):
        return ""
    return a.code[len(a.country) :] if a.code.endswith(a.sector) else ""


def _antecedent(pron: Token) -> Token | None:
    """The subject a third-person pronoun most likely refers to (same sentence, else previous)."""
    if pron.lower_ not in ("it", "they", "he", "she", "them", "him", "her"):
        return None
    plural = pron.lower_ in ("they", "them")
    tok = pron.head
    for _ in range(6):  # "the Kremlin announced that it was discussing": the governing subject
        if tok.dep_ in ("ccomp", "advcl", "xcomp", "conj") and tok.head != tok:
            tok = tok.head
            subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None and subj != pron and subj.lower_ not in _PRONOUNS:
                if plural == (subj.tag_ in ("NNS", "NNPS") or bool(subj.conjuncts)):
                    return subj
        else:
            break
    sent = pron.sent
    if sent.start == 0:
        return None
    prev = pron.doc[sent.start - 1].sent
    subj = next((c for c in prev.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and subj.lower_ not in _PRONOUNS:
        if plural == (subj.tag_ in ("NNS", "NNPS") or bool(subj.conjuncts)):
            return subj
    return None


def _extent(doc: Doc, head: Token) -> tuple[int, int]:
    """Character extent of the phrase headed by ``head``, widened to a named entity around it."""
    toks = np_tokens(head)
    while len(toks) > 1 and toks[0].dep_ in ("det", "punct", "cc"):
        toks = toks[1:]
    start, end = toks[0].idx, toks[-1].idx + len(toks[-1])
    for ent in doc_ents(doc):
        if ent.start <= head.i < ent.end and not any(t.dep_ == "cc" for t in ent):
            start, end = min(start, ent.start_char), max(end, ent.end_char)
    return start, end


def _fill(coded: _Coded, other: _Coded | None) -> _Coded:
    if other is None:
        return coded
    return _Coded(
        other.code,
        coded.country or other.country,
        coded.sector or other.sector,
        coded.name or other.name,
    )


def _has_piece(code: str | None, piece: str) -> bool:
    """Whether ``piece`` is one of the 3-letter pieces of ``code`` after its country."""
    if not code:
        return False
    return any(code[i : i + len(piece)] == piece for i in range(3, len(code), 3))


def _in_prep(tok: Token, head: Token) -> bool:
    while tok != head and tok.head != tok:
        if tok.dep_ == "prep":
            return True
        tok = tok.head
    return False


def _nameish(tok: Token) -> bool:
    return tok.text[:1].isupper() or tok.pos_ == "PROPN"


def _ent_text(doc: Doc, head: Token) -> str:
    for ent in doc_ents(doc):
        if ent.start <= head.i < ent.end:
            return ent.text
    return head.text


def _merge_entity(coded: _Coded, ent: Entity) -> _Coded:
    country = coded.country or ent.country
    sector = coded.sector or ent.sector
    code = coded.code
    if code is None and (country or sector):
        code = (country or "") + (sector or "")
    elif code is not None and code == country and sector and ent.type == "PERSON":
        code = country + sector
    return _Coded(code, country, sector, ent.name or coded.name)
