"""Times: TIMEX3 tagging and normalisation anchored on the publication date
(``doc._.ng_times``)."""

from newsgraph.nlp.times.component import TimeTagger, infer_published, make_time_tagger, tag

__all__ = ["TimeTagger", "infer_published", "make_time_tagger", "tag"]
