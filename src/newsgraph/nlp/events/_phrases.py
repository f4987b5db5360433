"""Actor phrases from the syntax: the tokens of a noun phrase and its extent, coordinated heads
("Iran and Turkey") and the agents and countries shared across them (:func:`distribute`), and
the common nouns that stand for an actor ("the country", "the alliance", "her aides")."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from newsgraph.model import Actor
from newsgraph.nlp._doc import doc_ents
from newsgraph.nlp._doc_words import ent_with_token
from newsgraph.nlp.events._roles_clause import clause_phrase

_NP_DROP = {"relcl", "acl", "appos", "punct", "cc", "conj", "advcl", "ccomp", "prep", "case"}
_NP_KEEP_PREPS = {"of", "in", "from"}
_NAMED = {"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"}


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
    # "The Qatari emir hosted Hamas leaders" parsed as one noun phrase: its two halves
    return clause_phrase(head, sorted(set(out), key=lambda t: t.i))


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


def of_members(head: Token) -> tuple[Token | None, list[Token]]:
    """The object of a head's "of" phrase and the other members of its coordination: "the
    foreign ministers of Armenia and Azerbaijan" -> (Armenia, [Azerbaijan]); (None, [])
    without one."""
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ == "of" and child.i > head.i:
            for obj in child.children:
                if obj.dep_ == "pobj":
                    return obj, [c for c in conjuncts(obj) if c != obj]
    return None, []


# common nouns that describe an organisation named right after them ("the military alliance
# NATO", "the regional bloc ECOWAS"), which the parser may split into two sibling phrases
_ORG_DESCRIPTIONS = frozenset(
    """alliance bloc group organisation organization agency watchdog charity body movement
    coalition network militia faction""".split()
)


def _name_head(token: Token) -> Token:
    """Prefer a proper-noun apposition: "his Turkish counterpart Mevlut Cavusoglu" -> Cavusoglu;
    an organisation noun that ends its phrase is the name right after it when the parser made
    the name a sibling in the same role ("The military alliance NATO accused Russia": two
    subjects, "alliance" and "NATO")."""
    if token.pos_ != "PROPN":
        for child in token.children:
            if child.dep_ == "appos" and child.pos_ == "PROPN":
                return child
        sibling = _named_sibling(token)
        if sibling is not None:
            return sibling
    return token


def _named_sibling(token: Token) -> Token | None:
    """The head of the name right after an organisation noun when both fill one role of one
    head ("alliance" / "NATO" both subjects of "accused"), else None."""
    if token.lemma_.lower() not in _ORG_DESCRIPTIONS or token.right_edge != token:
        return None
    if token.i + 1 >= len(token.doc) or token.head == token:
        return None
    name = token.doc[token.i + 1]
    if name.pos_ != "PROPN":
        return None
    for _ in range(4):  # "Amnesty International": the name's own head
        if name.dep_ not in ("compound", "flat") or name.head.i <= name.i:
            break
        name = name.head
    if name.dep_ == token.dep_ and name.head == token.head and name.pos_ == "PROPN":
        return name
    return None


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


def _extent(doc: Doc, head: Token) -> tuple[int, int]:
    """Character extent of the phrase headed by ``head``, widened to a named entity around it."""
    toks = np_tokens(head)
    while len(toks) > 1 and toks[0].dep_ in ("det", "punct", "cc"):
        toks = toks[1:]
    start, end = toks[0].idx, toks[-1].idx + len(toks[-1])
    ent = ent_with_token(doc, head.i)  # the one entity around the head, if any
    if ent is not None and not any(t.dep_ == "cc" for t in ent):
        start, end = min(start, ent.start_char), max(end, ent.end_char)
    return start, end


# people who act for someone else: coded as whom they belong to ("her aides", "aides to
# Mr. Obama"); "my aides" in a quote are the speaker's
_DEPENDANTS = frozenset(
    "aide adviser advisor staff staffer surrogate confidant lieutenant loyalist".split()
)


def _dependant_noun(tok: Token) -> bool:
    lemma = tok.lemma_.lower()
    return lemma in _DEPENDANTS or (lemma.endswith("s") and lemma[:-1] in _DEPENDANTS)


# nouns whose "of" phrase names the country they stand for ("the nation of Bangladesh")
_COUNTRY_NOUNS = frozenset({"nation", "country", "state", "kingdom", "republic", "emirate"})
_LOCALITIES = frozenset({"city", "town", "county", "village", "municipality"})


def _bloc_noun(head: Token) -> bool:
    """ "the alliance", "the bloc": an international organisation named by a common noun."""
    return head.lower_ in ("alliance", "bloc") and any(
        c.dep_ == "det" and c.lower_ == "the" for c in head.children
    )


def _home_noun(head: Token) -> bool:
    """ "the country", "this nation", "our country": one country named by a common noun."""
    if head.lower_ not in ("country", "nation", "kingdom"):
        return False
    return any(
        c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "our") for c in head.children
    )


def _acting_locality(head: Token) -> bool:
    """A city, town or county as the subject of a verb acts through its government ("the
    city lifted the curfew", "the town welcomed Trump"); elsewhere it is a place."""
    return (
        head.pos_ == "NOUN"
        and head.lemma_.lower() in _LOCALITIES
        and (head.dep_ == "nsubj" or (head.dep_ == "pobj" and head.head.dep_ == "agent"))
    )


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


def _whole_entity(tok: Token) -> bool:
    """Whether the token is by itself a whole named entity ("Aleppo", not "Planning" in
    "the Planning and Zoning Commission")."""
    if tok.ent_iob_ != "B" or tok.ent_type_ not in _NAMED:
        return False
    nxt = tok.i + 1
    return nxt >= len(tok.doc) or tok.doc[nxt].ent_iob_ != "I"
