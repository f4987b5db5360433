"""Places: toponym detection and GeoNames resolution (``doc._.ng_places``); the compact
gazetteer index lives in :mod:`.gazetteer`."""

from newsgraph.nlp.places.component import (
    PlacesComponent,
    find_mentions,
    make_places,
    resolve_mentions,
)

__all__ = ["PlacesComponent", "find_mentions", "make_places", "resolve_mentions"]
