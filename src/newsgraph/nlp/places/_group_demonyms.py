"""A country's demonym leading a group the model tags as one ("American Muslims", "Israeli
Arabs", "a Comorian Muslim", "the Irish Catholic", "Filipino Muslims"): the demonym is a
place, as it is when the model tags it alone ("American" of "American Muslims" in the next
sentence). The whole group is no demonym of a country, so the old rules read nothing.

Only the first word (after "the") counts, and only when it is a country's demonym by the
tables and the group as a whole is not (two-word demonyms such as "South Korean" or "Puerto
Rican" are read whole, as before).
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan

from newsgraph.nlp.places._resolve import Mention, demonym_country
from newsgraph.nlp.places.gazetteer import Gazetteer, norm


def leading_demonym(ent: SpacySpan, gaz: Gazetteer) -> Mention | None:
    """The demonym mention heading a NORP group of two or more words, or None."""
    toks = [t for t in ent if not (t.i == ent.start and t.lower_ == "the")]
    if len(toks) < 2 or not all(t.is_alpha and t.text[:1].isupper() for t in toks):
        return None
    head = toks[0]
    if demonym_country(norm(head.text), gaz) is None:
        return None
    whole = " ".join(t.text for t in toks)
    if demonym_country(norm(whole), gaz) is not None:
        return None  # "South Korean": read whole by the demonym rule
    # added: read, but no evidence for other names ("English" of "the English Catholic
    # program" must not move the article's London, Ontario to England)
    return Mention(head.idx, head.idx + len(head.text), "", "demonym", added=True)
