"""The code of an actor a government label labels (attach28, issue 11 items 2 and 4).

A label whose lexicon sector is GOV ("regime", "dictator", "dictatorship", "junta", "tyrant",
"despot", "puppet") names a government, so its actor is coded as that country's government,
whatever else the phrase says of it:

- "the Obama regime", "Syrian President Bashar al-Assad's regime": the regime of a leader is
  his country's government (USAGOV, SYRGOV), not the leader's own sector (ELI);
- "its repressive military dictatorship", "his family regime": the label, not "military" or
  "family", decides the sector (GOV, not MIL or CVL);
- "Philippine dictator Ferdinand Marcos": a dictator is his country's head of government, the
  country read from the phrase as the event coder reads it (PHLGOV) when the name has none.

The country is, in order: the possessor's ("Iran's tyrannical regime", "their Soviet-dominated
regime" after "the Hungarians"), the actor's own (its entity's or the event coder's reading of
the phrase), the article's main country, else the only country the article names ("the people
of Iran rose up against a corrupt dictatorship"). A named group keeps its own code ("the Hamas
regime" stays the group's), and a person a verb of naming calls a dictator ("calling X a
dictator") keeps his: the label there characterises the person, not a government.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsgraph.model import Entity, Place
from newsgraph.nlp.events._countries import alpha3

GOV = "GOV"
_COUNTRY_LEN = 3


def _coded_country(doc: Doc, tok: Token) -> str | None:
    from newsgraph.nlp.framing._attach import _coder

    actor = _coder().actor(doc, tok, doc._.ng_published)
    country = actor.country if actor is not None else None
    return country if country and len(country) == _COUNTRY_LEN else None


def possessor_country(doc: Doc, head: Token) -> str | None:
    """The country of the phrase's possessor ("Iran's regime" -> IRN, "their regime" -> the
    country of whom "their" stands for), None when it has none or names no country."""
    for child in head.children:
        if child.dep_ == "poss" and child.i < head.i:
            return _coded_country(doc, child)
    return None


def sole_country(entities: list[Entity], places: list[Place]) -> str | None:
    """The one country the article's places and place names lie in, None when none or
    several."""
    found = {alpha3(p.country_code) for p in places if p.country_code}
    found |= {e.country for e in entities if e.type == "GPE" and e.country}
    found.discard(None)
    return found.pop() if len(found) == 1 else None


def government_code(
    doc: Doc,
    head: Token,
    how: str,
    *,
    country: str | None,
    entity: Entity | None,
    own_code: str | None,
    entities: list[Entity],
    places: list[Place],
    article_country: str | None,
) -> str | None:
    """The code of the actor a government label labels (module docstring); ``country`` is
    the actor's own country where known, ``own_code`` the code it would have otherwise."""
    if entity is not None and entity.type == "ORG" and entity.sector not in (None, GOV):
        return own_code  # a named group keeps its own code
    if entity is not None and how == "predicate":
        return own_code  # "calling X a dictator": X is coded as X
    found = (
        possessor_country(doc, head)
        or (country if country and len(country) == _COUNTRY_LEN else None)
        or _coded_country(doc, head)
        or article_country
        or sole_country(entities, places)
    )
    return (found or "") + GOV
