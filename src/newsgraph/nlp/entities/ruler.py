"""An entity ruler placed after the statistical NER: countries, capitals, institutions.

It only adds entities where the NER found none (``overwrite_ents=False``): names the small
model often misses ("Kremlin", "Hezbollah") are caught, while its own spans ("Michael
Jordan", "Mark Cuban") are never broken up by a gazetteer word. Labels the NER gets wrong
("Idlib" as ORG) are voted on later by the entity linker.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.pipeline import EntityRuler

from newsgraph import lexicons as lexicon


def ruler_patterns() -> list[dict[str, Any]]:
    """Phrase patterns for the ruler, built from the lexicon resources."""
    pats: list[dict[str, Any]] = []
    seen: set[tuple[str, str]] = set()

    def add(label: str, text: str, ent_id: str) -> None:
        if (label, text) in seen or len(text) < 2:
            return
        seen.add((label, text))
        pats.append({"label": label, "pattern": text, "id": ent_id})

    for name, iso3 in lexicon.country_names().items():
        if name.startswith("the "):
            continue
        add("GPE", name, iso3)
    for name, iso3 in lexicon.capitals().items():
        add("GPE", name, iso3)
    for name, inst in lexicon.institutions().items():
        add(inst.label, name, inst.country or "")
    return pats


@Language.factory(
    "newsgraph_entity_ruler",
    assigns=["doc.ents"],
    default_config={"overwrite_ents": False},
)
def make_entity_ruler(nlp: Language, name: str, *, overwrite_ents: bool) -> EntityRuler:
    ruler = EntityRuler(nlp, name=name, phrase_matcher_attr="ORTH", overwrite_ents=overwrite_ents)
    # spaCy tokenizes phrase patterns by running the pipes built so far (minus the last one):
    # with the tokenizer's headline truecasing on, a Title Case pattern of three or more words
    # ("Doctors Without Borders") would be stored truecased whenever the truecase restorer is
    # not among those pipes, and never match. Patterns are names, not headlines: tokenize them
    # with truecasing off, whatever the pipe order.
    tokenizer: Any = nlp.tokenizer
    truecase = getattr(tokenizer, "truecase", None)
    if truecase is not None:
        tokenizer.truecase = False
    try:
        ruler.add_patterns(ruler_patterns())
    finally:
        if truecase is not None:
            tokenizer.truecase = truecase
    return ruler
