"""The cue scorer's features of a cue word alone (:func:`token_features`), read from the parse's
plain lists.

The scorer describes every candidate by its word's tag, dependency, head and dependents, and
the cue bound (:class:`~._model.CueBound`) asks for the same description of every verb the
lexicon does not name. Each ``Token`` property (``.dep_``, ``.head``, ``.children``) makes new
objects or looks a string up per access; the parse's lists (:func:`~newsgraph.nlp.events.
_arrays.parse_of`, built once per doc and shared with the event coder) hold the same values.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.nlp._doc import per_token
from newsgraph.nlp.events._arrays import Parse, parse_of
from newsgraph.nlp.quotes._bounds import word
from newsgraph.nlp.quotes._lexicon import Lexicon

_MODAL = {"will", "would", "could", "might", "may", "should", "can", "must"}
_SHAPE_SKIP = frozenset({"punct", "det", "cc"})
_KID_DEPS = ("ccomp", "xcomp", "dobj", "neg", "prt", "agent", "nsubjpass", "dative")


def token_kind(tok: Token) -> str:
    """A word's kind: ``PRON:he`` for a pronoun, ``NOUN:ORG`` in an entity, else its POS."""
    if tok.pos_ == "PRON":
        return f"PRON:{tok.lower_}"
    if tok.ent_type_:
        return f"{tok.pos_}:{tok.ent_type_}"
    return tok.pos_


def _kind_at(p: Parse, i: int) -> str:
    """:func:`token_kind` of token ``i`` from the parse's lists."""
    pos = p.pos[i]
    if pos == "PRON":
        return f"PRON:{p.lower[i]}"
    if p.ent[i]:
        return f"{pos}:{p.ent[i]}"
    return pos


@per_token("quotes.token_features")
def token_features(toks: list[Token], tok: Token, lemma: str, lex: Lexicon) -> list[str]:
    """The features of a candidate that depend on its cue word alone (``lemma`` is
    ``word(tok)``): the same for every candidate the parse could make of that word."""
    p = parse_of(tok.doc)
    i = tok.i
    dep, tag, pos = p.dep[i], p.tag[i], p.pos[i]
    h = p.head[i]
    out = [
        "bias",
        f"lem={lemma}",
        f"tag={tag}",
        f"dep={dep}",
        f"lem|dep={lemma}|{dep}",
        f"headpos|dep={p.pos[h]}|{dep}",
    ]
    out.append(f"headlem|dep={word(toks[h])}|{dep}")
    out.append(f"dep|headdep={dep}|{p.dep[h]}")
    out.append(f"lem|tag={lemma}|{tag}")
    out.append(f"suf={p.lemma[i][-3:]}|{pos}")
    # the words either side ("called for", "in a statement"), names backed off to their type
    before = word(toks[i - 1]) if i > 0 else "<s>"
    after = word(toks[i + 1]) if i + 1 < len(toks) else "</s>"
    out.extend((f"prev={before}", f"next={after}", f"lem|prev={lemma}|{before}"))
    out.append(f"lem|next={lemma}|{after}")
    gate = lex.gates.get(lemma)
    if gate:
        out.append(f"gate={gate}|{dep}")
    children = p.children(i)
    deps = p.dep
    kids = {deps[c] for c in children}
    # the whole set of dependents' labels: the shape of the clause the word heads
    shape = "+".join(sorted(kids - _SHAPE_SKIP))
    out.extend((f"kids={shape}", f"pos|kids={pos}|{shape}", f"lem|kids={lemma}|{shape}"))
    for kid in _KID_DEPS:
        if kid in kids:
            out.append(f"kid={kid}")
            out.append(f"lem|kid={lemma}|{kid}")
    for c in children:
        c_dep = deps[c]
        if c_dep == "aux" and p.lower[c] in _MODAL:
            out.append("modal")
        elif c_dep == "ccomp":
            mark = next((p.lower[m] for m in p.children(c) if deps[m] == "mark"), None)
            if mark is not None:
                out.append(f"mark={mark}")
        elif c_dep == "dobj":
            kind = _kind_at(p, c)
            out.append(f"obj={kind}")
            out.append(f"lem|obj={lemma}|{kind}")
        elif c_dep == "prt":
            out.append(f"lem|prt={lemma}|{p.lower[c]}")
    if tok.is_sent_start or i > 0 and toks[i - 1].is_punct and toks[i - 1].is_sent_start:
        out.append("first-in-sentence")
    return out
