"""Quote records from attributions: the speaker a source names (entity id, name, unnamed),
the confidence and the sentence, and one quote per reported content.

Part of :class:`newsgraph.nlp.quotes.component.QuoteFinder`, which inherits :class:`_Records`;
split out of ``component`` by responsibility (code moved verbatim).
"""

from __future__ import annotations

from spacy.tokens import Doc

from newsgraph.model import Quote, record_id
from newsgraph.nlp import _doc
from newsgraph.nlp.quotes._attribution import _Attribution
from newsgraph.nlp.quotes._lexicon import Lexicon
from newsgraph.nlp.quotes._speakers import (
    _NAMED,
    _antecedent,
    _named_person,
    _names,
    _recent_organisation,
)


class _Records:
    """Records and their speakers; the finder sets ``lexicon``."""

    lexicon: Lexicon

    def _record(self, doc: Doc, a: _Attribution) -> Quote:
        source = _doc.span(doc, *a.source) if a.source else None
        cue = _doc.span(doc, *a.cue) if a.cue else None
        content = _doc.span(doc, *a.content)
        speaker, speaker_name, unnamed = self._speaker(doc, a)
        confidence = a.weight if source is not None else a.weight * 0.8
        anchor = cue.start if cue else content.start
        return Quote(
            id=record_id(_doc.article_id_of(doc), "quote", content.start, content.end),
            kind=a.kind,
            content=content,
            cue=cue,
            source=source,
            speaker=speaker,
            speaker_name=speaker_name,
            unnamed=unnamed,
            sentence=_doc.sentence_index(doc, anchor),
            confidence=round(min(1.0, max(0.0, confidence)), 3),
            rule=a.rule,
        )

    def _speaker(self, doc: Doc, a: _Attribution) -> tuple[str | None, str | None, bool]:
        """(entity id, name, unnamed) of the quote's source.

        The person the source phrase is about wins: its head word's name, or a name in
        apposition to a description ("A spokesman ..., Colonel Osman Idris"), over any
        organisation inside it ("Amina Diallo, the African Union's special envoy"); a named
        person is never unnamed. "they" takes the pair of named actors who were the subject just
        before. Otherwise the entity overlapping the source most, and the unnamed lexicon.
        """
        if a.source is None:
            return None, None, False
        text = _doc.doc_text(doc)
        head = doc[a.source_token] if a.source_token is not None else None
        if head is not None and not a.source[0] <= head.idx < a.source[1]:
            head = None
        if head is not None:
            named = _named_person(doc, head)
            if named is not None:
                return named
            members = _names(doc, head)
            if len(members) >= 2:
                return None, " and ".join(members), False  # "Ratners and Weisfield's said"
            if head.lower_ in {"they", "it"}:
                antecedent = _antecedent(doc, head)
                if antecedent is not None:
                    return None, antecedent, False
        speaker: str | None = None
        name: str | None = text[a.source[0] : a.source[1]]
        ent = None
        if head is not None and head.pos_ == "PROPN":
            # the name heading the source, not one inside its apposition ("Orkem, France's
            # third-largest chemical group, said")
            first = min([head.i, *(c.i for c in head.lefts if c.dep_ == "compound")])
            ent = _doc.entity_at(doc, doc[first].idx, head.idx + len(head))
            if ent is None and text[head.idx + len(head) : a.source[1]].startswith(","):
                return None, text[doc[first].idx : head.idx + len(head)], False
        ent = ent or _doc.entity_at(doc, *a.source)
        if ent is None and head is not None and self._bare_institution(doc, a):
            ent = _recent_organisation(doc, head)  # "The company said": the one just named
        if ent is not None:
            speaker, name = ent.id, ent.name
            if ent.type == "PERSON":
                return speaker, name, False  # a named person is never unnamed
        return speaker, name, self._unnamed(doc, a)

    def _bare_institution(self, doc: Doc, a: _Attribution) -> bool:
        """The source is "the" and an institution word alone: "The company", "the agency"."""
        assert a.source is not None
        words = _doc.doc_text(doc)[a.source[0] : a.source[1]].lower().split()
        return len(words) == 2 and words[0] == "the" and words[1] in self.lexicon.institutions

    def _unnamed(self, doc: Doc, a: _Attribution) -> bool:
        """A source that names nobody: "officials", "a Taliban representative", "reports".

        Names (proper nouns, named entities), pronouns and institutions ("the French foreign
        ministry", "police") are not unnamed; a common noun heading the source is.
        """
        assert a.source is not None
        lex = self.lexicon
        words = _doc.doc_text(doc)[a.source[0] : a.source[1]].lower().split()
        while words and words[0] in {"the", "a", "an", "some", "several", "many", "one"}:
            words = words[1:]
        if not words:
            return True
        phrase = " ".join(words)
        if phrase in lex.institutions:
            return False
        if phrase in lex.unnamed:
            return True
        if a.source_token is None:
            return words[-1] in lex.unnamed
        tok = doc[a.source_token]
        lemma = tok.lemma_.lower()
        if tok.lower_ in lex.institutions or lemma in lex.institutions:
            return False
        if tok.lower_ in lex.unnamed or lemma in lex.unnamed:
            return True
        return tok.pos_ == "NOUN" and tok.ent_type_ not in _NAMED


def _one_per_content(quotes: list[Quote]) -> list[Quote]:
    """One quote per reported content: when two cues claim the same content ("He adopted ...
    he joked", a colon line and a cue), the more confident attribution is kept (the earlier
    on a tie). A quote's id derives from its content's offsets, so this also keeps ids unique.
    """
    best: dict[str, Quote] = {}
    for q in quotes:
        kept = best.get(q.id)
        if kept is None or q.confidence > kept.confidence:
            best[q.id] = q
    return [q for q in quotes if best[q.id] is q]
