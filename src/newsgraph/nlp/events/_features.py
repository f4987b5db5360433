"""Parse features of event trigger candidates, for the learned type classifier.

A candidate is a word that may name an event: every word a trigger pattern matches, and every
verb. Its features are strings read from the parse around it: the trigger's lemma and part of
speech, its dependency shape (its relation, its dependents' relations, the particle, the
preposition words), the lemmas of its object and of its prepositional objects, the kinds of
its arguments (named-entity type, "agent" for generic actor nouns, "pron"), the lemma bag of
its clause, and the pattern that matched it. **No feature is built from a proper noun**: a
name contributes only its entity type, so the classifier cannot memorise a training corpus's
cast of people and places. Bump :data:`FEATURE_VERSION` whenever a template changes: weights
record it and refuse to load under another version.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsgraph.nlp._doc import tokens
from newsgraph.nlp.events._arrays import Parse, parse_of
from newsgraph.nlp.events._flags import clause_indices
from newsgraph.nlp.events._patterns import Pattern, PatternIndex

FEATURE_VERSION = "events-features-3"

_NAMED = {"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "EVENT", "PRODUCT", "LAW"}
_CONTENT = {"NOUN", "VERB", "ADJ", "ADV"}
_ARG_DEPS = {"nsubj", "nsubjpass", "dobj", "dative", "agent", "attr", "oprd"}
_BAG_MAX = 12

Candidate = tuple[Token, Pattern | None, Token | None]


def is_name(tok: Token) -> bool:
    """Proper nouns, named-entity words and numbers: never used as lexical features."""
    return tok.pos_ in ("PROPN", "NUM") or tok.ent_type_ in _NAMED or tok.like_num


def _lex(tok: Token) -> str:
    if tok.ent_type_ in _NAMED:
        return tok.ent_type_
    if tok.pos_ == "PROPN":
        return "PROPN"
    if tok.pos_ == "NUM" or tok.like_num:
        return "NUM"
    if tok.pos_ == "PRON":
        return "PRON"
    return tok.lemma_.lower()


def candidates(doc: Doc, index: PatternIndex) -> list[Candidate]:
    """Trigger candidates in reading order: pattern matches and (unmatched) verbs."""
    out: list[Candidate] = []
    for tok in tokens(doc):
        m = index.match(tok)
        if m is not None:
            out.append((tok, m[0], m[1]))
        elif tok.pos_ == "VERB" and not is_name(tok):
            out.append((tok, None, None))
    return out


def _kind(tok: Token) -> str:
    if tok.ent_type_ in _NAMED:
        return tok.ent_type_
    if tok.pos_ == "PROPN":
        return "PROPN"
    if tok.pos_ == "PRON":
        return "PRON"
    return "noun"


def features(tok: Token, pattern: Pattern | None, dep: Token | None) -> list[str]:
    """The feature strings of one candidate (see the module doc).

    Read from the doc's :class:`~newsgraph.nlp.events._arrays.Parse` (the same values as the
    tokens' ``pos_``, ``dep_``, ``lemma_``, ``children`` ..., without a ``Token`` per read)."""
    p = parse_of(tok.doc)
    i = tok.i
    lemma = _lex_at(p, i)
    tpos = p.pos[i]
    pos = "V" if tpos in ("VERB", "AUX") else "N" if tpos in ("NOUN", "PROPN") else "O"
    tdep = p.dep[i]
    f = ["bias", f"lem={lemma}", f"pos={pos}", f"lp={lemma}|{pos}", f"dep={tdep}"]
    if pattern is not None:
        f += [f"pat={pattern.type}", f"rule={pattern.name}"]
    else:
        f.append("pat=none")
    if dep is not None:
        f.append(f"with={_lex_at(p, dep.i)}")
    head = p.head[i]
    if head != i:
        f.append(f"hd={tdep}>{_lex_at(p, head)}")
        if pos == "N" and p.pos[head] == "ADP" and p.head[head] != head:
            f.append(f"hd2={p.lower[head]}>{_lex_at(p, p.head[head])}")
    passive = False
    deps, lower, children = p.dep, p.lower, p.children
    for c in children(i):
        d = deps[c]
        if d in ("punct", "det", "cc"):
            continue
        f.append(f"c={d}")
        if d in ("nsubjpass", "auxpass"):
            passive = True
        if d in ("prt", "neg"):
            f.append(f"c={d}={lower[c]}")
            f.append(f"lem_{d}={lemma}|{lower[c]}")
        elif d in ("prep", "agent", "dative") and p.pos[c] == "ADP":
            f.append(f"prep={lower[c]}")
            f.append(f"lem_prep={lemma}|{lower[c]}")
            for g in children(c):
                if deps[g] == "pobj":
                    f.append(f"pobj={lower[c]}|{_lex_at(p, g)}")
                    f.append(f"pkind={lower[c]}|{_kind_at(p, g)}")
        elif d in _ARG_DEPS:
            f.append(f"arg={d}|{_kind_at(p, c)}")
            if not _name_at(p, c):
                f.append(f"{d}={_lex_at(p, c)}")
                if d in ("dobj", "nsubjpass"):
                    f.append(f"lem_obj={lemma}|{_lex_at(p, c)}")
                for g in children(c):
                    if deps[g] in ("amod", "compound") and not _name_at(p, g):
                        f.append(f"{d}_mod={_lex_at(p, g)}")
        elif d in ("amod", "compound", "nmod", "poss") and pos == "N":
            f.append(f"mod={_lex_at(p, c)}")
        elif d in ("xcomp", "ccomp", "advcl"):
            f.append(f"{d}={_lex_at(p, c)}")
    if passive:
        f.append("passive")
    bag: list[str] = []
    for t in clause_indices(tok.doc, i):
        if t == i or p.pos[t] not in _CONTENT or p.stop[t] or _name_at(p, t):
            continue
        w = p.lemma[t]
        if w not in bag:
            bag.append(w)
        if len(bag) >= _BAG_MAX:
            break
    f += [f"bag={w}" for w in bag]
    return f


def _name_at(p: Parse, i: int) -> bool:
    """:func:`is_name` of token ``i``."""
    return p.pos[i] in ("PROPN", "NUM") or p.ent[i] in _NAMED or p.like_num[i]


def _lex_at(p: Parse, i: int) -> str:
    """:func:`_lex` of token ``i``."""
    ent = p.ent[i]
    if ent in _NAMED:
        return ent
    pos = p.pos[i]
    if pos == "PROPN":
        return "PROPN"
    if pos == "NUM" or p.like_num[i]:
        return "NUM"
    if pos == "PRON":
        return "PRON"
    return p.lemma[i]


def _kind_at(p: Parse, i: int) -> str:
    """:func:`_kind` of token ``i``."""
    ent = p.ent[i]
    if ent in _NAMED:
        return ent
    pos = p.pos[i]
    if pos in ("PROPN", "PRON"):
        return pos
    return "noun"
