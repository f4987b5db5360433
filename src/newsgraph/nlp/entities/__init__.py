"""Entities: the named-entity ruler (countries, institutions, titles) and the linker that
groups mentions into actors with a country, sector and role (``doc._.ng_entities``)."""

from newsgraph.nlp.entities.component import EntityLinker, make_entities
from newsgraph.nlp.entities.ruler import make_entity_ruler, ruler_patterns

__all__ = ["EntityLinker", "make_entities", "make_entity_ruler", "ruler_patterns"]
