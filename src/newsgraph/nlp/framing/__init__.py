"""Framing: how the outlet labels each actor (``doc._.ng_framing``) and the article's tone
(``doc._.ng_tone``)."""

from newsgraph.nlp.framing.component import FramingComponent, make_framing

__all__ = ["FramingComponent", "make_framing"]
