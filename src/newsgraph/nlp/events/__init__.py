"""Events: PLOVER/CAMEO event coding with coded source and target actors and flags
(``doc._.ng_events``); PETRARCH-format user dictionaries in :mod:`.dictionaries`."""

from newsgraph.nlp.events.component import EventCoder, make_events

__all__ = ["EventCoder", "make_events"]
