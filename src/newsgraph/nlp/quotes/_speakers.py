"""Who a quote's source is: names and their parts, pronoun antecedents, recent organisations,
line labels that read as names, and cues that report an act or a silence, not a statement.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsgraph.model import Entity
from newsgraph.nlp import _doc
from newsgraph.nlp.quotes._lexicon import Lexicon
from newsgraph.nlp.quotes._rules import Candidate

_NAMED = {"PERSON", "ORG", "GPE", "NORP"}
_PERSONAL = {"i", "we", "you", "he", "she", "it", "they"}
# a proper noun in apposition to a role ("a UNHCR protection officer, Yolande Ditewig") is the
# person's name even when the tagger called it an organisation
_APPOSED_NAME = {"", "PERSON", "ORG"}
_NAME_JOINERS = {"of", "the", "de", "van", "von", "al", "bin", "der", "la", "le", "du", "da", "&"}


def _non_statement(doc: Doc, cand: Candidate, lex: Lexicon) -> bool:
    """An act or a silence, not a statement: "refused to sit down for negotiations" (an act
    verb with an infinitive that is no speech verb), "did not respond to a request for
    comment", "declined to comment" (a negated or act cue whose content is a statement not
    made)."""
    if cand.content_token is None:
        return False
    cue = doc[cand.head]
    lemma = cue.lemma_.lower()
    content = doc[cand.content_token]
    content_lemma = content.lemma_.lower()
    act = lemma in lex.acts
    if act and content.dep_ == "xcomp" and content_lemma not in lex.verbs:
        return True
    negated = any(c.dep_ == "neg" for c in cue.children)
    return (negated or act) and content_lemma in lex.silence


def _entity_of(doc: Doc, tok: Token, types: set[str]) -> Entity | None:
    """The entity (of one of ``types``) with a mention covering ``tok``: the first such in
    ``doc._.ng_entities``."""
    return _doc.first_entity_covering(doc, tok.idx, types)


def _proper_name(tok: Token) -> str | None:
    """The name a token is part of: its named entity ("Sergei Lavrov"), else the proper noun
    with its proper-noun compounds ("Amina Diallo")."""
    if tok.ent_type_ in _NAMED:
        for ent in _doc.doc_ents(tok.doc):
            if ent.start <= tok.i < ent.end:
                return ent.text
    if tok.pos_ != "PROPN":
        return None
    parts = [c for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < tok.i]
    first = min([tok, *parts], key=lambda t: t.i)
    return tok.doc[first.i : tok.i + 1].text


def _named_person(doc: Doc, head: Token) -> tuple[str | None, str, bool] | None:
    """The person the source phrase names: its head word when that is a name, else a name in
    apposition in it ("The president of France, Nicolas Sarkozy"), else the person a
    description at its head was linked to ("the Russian foreign minister")."""
    phrase = range(head.left_edge.i, head.right_edge.i + 1)
    apposed = [
        t
        for t in doc[phrase.start : phrase.stop]
        if t.dep_ == "appos" and t.head.i in phrase and t.pos_ == "PROPN"
    ]
    is_name = head.pos_ == "PROPN" or head.ent_type_ == "PERSON"
    for tok in [head, *apposed] if is_name else apposed:
        ent = _entity_of(doc, tok, {"PERSON"})
        if ent is not None:
            return ent.id, ent.name, False
        if tok.ent_type_ == "PERSON" or (tok is not head and tok.ent_type_ in _APPOSED_NAME):
            name = _proper_name(tok)
            if name:
                return None, name, False
    ent = _entity_of(doc, head, {"PERSON"})
    return (ent.id, ent.name, False) if ent is not None else None


def _names(doc: Doc, tok: Token) -> list[str]:
    """The names of a phrase and the phrases conjoined with it ("Lavrov and ... Cavusoglu")."""
    names: list[str] = []
    for m in sorted([tok, *tok.conjuncts], key=lambda t: t.i):
        name = _name_of(doc, m)
        if name is None and m.pos_ == "NOUN":  # "his Turkish counterpart Mevlut Cavusoglu"
            apposed = [c for c in m.children if c.dep_ in {"appos", "compound"} and c.i > m.i]
            name = next((n for c in apposed if (n := _name_of(doc, c)) is not None), None)
        if name is not None and name not in names:
            names.append(name)
    return names


def _name_of(doc: Doc, tok: Token) -> str | None:
    ent = _entity_of(doc, tok, _NAMED)
    return ent.name if ent is not None else _proper_name(tok)


def _org_like(doc: Doc, tok: Token) -> bool:
    """A named organisation, group or state (not a person)."""
    return _entity_of(doc, tok, _NAMED - {"PERSON"}) is not None or tok.ent_type_ in (
        _NAMED - {"PERSON"}
    )


def _antecedent(doc: Doc, pron: Token) -> str | None:
    """Whom "they" or "it" stands for: the named actors who were the subject just before.

    "they": the pair of named actors conjoined as a subject ("Lavrov and his Turkish
    counterpart Mevlut Cavusoglu ... they expressed"), or a named group or organisation.
    "it": a named organisation or state. Subjects are searched from the pronoun back through
    its sentence and the two before; a person or another pronoun in between ends the search.
    """
    sents = list(doc.sents)
    k = next(i for i, s in enumerate(sents) if s.start <= pron.i < s.end)
    plural = pron.lower_ == "they"
    for i in reversed(range(sents[max(0, k - 2)].start, pron.i)):
        tok = doc[i]
        if tok.dep_ not in {"nsubj", "nsubjpass"}:
            continue
        if tok.pos_ == "PRON":
            if tok.lower_ in _PERSONAL and tok.lower_ != pron.lower_:
                return None  # someone else was the subject since
            continue  # "which", "that", the same pronoun again
        names = _names(doc, tok)
        if plural and len(names) >= 2:
            return " and ".join(names)
        if _entity_of(doc, tok, {"PERSON"}) is not None or tok.ent_type_ == "PERSON":
            return None
        if len(names) == 1 and (_org_like(doc, tok) or not plural):
            return names[0]  # "It" for a company the tagger knows only as a proper noun
        if names:
            return None  # a single named actor who may be a person: no antecedent for "they"
        apposed = [c for c in tok.children if c.dep_ == "appos" and _org_like(doc, c)]
        if apposed:  # "the party, the Ulster Unionists, ..."
            return _name_of(doc, apposed[0])
    return None


def _recent_organisation(doc: Doc, head: Token) -> Entity | None:
    """The organisation named last before ``head`` in its sentence or the two before it."""
    sents = list(doc.sents)
    k = next(i for i, s in enumerate(sents) if s.start <= head.i < s.end)
    since = sents[max(0, k - 2)].start_char
    best: tuple[int, Entity] | None = None
    for ent in doc._.ng_entities or []:
        if ent.type != "ORG":
            continue
        for m in ent.mentions:
            if since <= m.start and m.end <= head.idx and (best is None or m.start > best[0]):
                best = (m.start, ent)
    return best[1] if best is not None else None


def _name_like(doc: Doc, start: int, end: int) -> bool:
    """A line label that reads as a name ("Lavrov", "Saudi FM Adel al-Jubeir"), not a
    headline's topic ("Sudan talks", "Budget vote"): every word capitalised but name particles.

    (The tagger is no help here: at a document's start it tags "Lavrov" a common noun.)
    """
    words = _doc.doc_text(doc)[start:end].split()
    return bool(words) and all(
        w[:1].isupper() or not w[:1].isalpha() or w.lower() in _NAME_JOINERS for w in words
    )
