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
from newsgraph.nlp.events._flags import clause_tokens
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
    """The feature strings of one candidate (see the module doc)."""
    lemma = _lex(tok)
    pos = "V" if tok.pos_ in ("VERB", "AUX") else "N" if tok.pos_ in ("NOUN", "PROPN") else "O"
    f = ["bias", f"lem={lemma}", f"pos={pos}", f"lp={lemma}|{pos}", f"dep={tok.dep_}"]
    if pattern is not None:
        f += [f"pat={pattern.type}", f"rule={pattern.name}"]
    else:
        f.append("pat=none")
    if dep is not None:
        f.append(f"with={_lex(dep)}")
    head = tok.head
    if head != tok:
        f.append(f"hd={tok.dep_}>{_lex(head)}")
        if pos == "N" and head.pos_ == "ADP" and head.head != head:
            f.append(f"hd2={head.lower_}>{_lex(head.head)}")
    passive = False
    for c in tok.children:
        d = c.dep_
        if d in ("punct", "det", "cc"):
            continue
        f.append(f"c={d}")
        if d in ("nsubjpass", "auxpass"):
            passive = True
        if d in ("prt", "neg"):
            f.append(f"c={d}={c.lower_}")
            f.append(f"lem_{d}={lemma}|{c.lower_}")
        elif d in ("prep", "agent", "dative") and c.pos_ == "ADP":
            f.append(f"prep={c.lower_}")
            f.append(f"lem_prep={lemma}|{c.lower_}")
            for g in c.children:
                if g.dep_ == "pobj":
                    f.append(f"pobj={c.lower_}|{_lex(g)}")
                    f.append(f"pkind={c.lower_}|{_kind(g)}")
        elif d in _ARG_DEPS:
            f.append(f"arg={d}|{_kind(c)}")
            if not is_name(c):
                f.append(f"{d}={_lex(c)}")
                if d in ("dobj", "nsubjpass"):
                    f.append(f"lem_obj={lemma}|{_lex(c)}")
                for g in c.children:
                    if g.dep_ in ("amod", "compound") and not is_name(g):
                        f.append(f"{d}_mod={_lex(g)}")
        elif d in ("amod", "compound", "nmod", "poss") and pos == "N":
            f.append(f"mod={_lex(c)}")
        elif d in ("xcomp", "ccomp", "advcl"):
            f.append(f"{d}={_lex(c)}")
    if passive:
        f.append("passive")
    bag: list[str] = []
    for t in clause_tokens(tok):
        if t == tok or t.pos_ not in _CONTENT or t.is_stop or is_name(t):
            continue
        w = t.lemma_.lower()
        if w not in bag:
            bag.append(w)
        if len(bag) >= _BAG_MAX:
            break
    f += [f"bag={w}" for w in bag]
    return f
