"""Across articles, the algorithms: MinHash signatures for near-duplicates
(:mod:`.minhash`), when two quotes are one statement (:mod:`.statements`), event mentions and
their dates (:mod:`.events`), GDELT columns (:mod:`.gdelt`), name folding (:mod:`._text`).

They hold no SQL: :mod:`newsgraph.store.corpus` keeps the corpus tables of a store up to date
with them (incrementally at ingest, or ``newsgraph dedupe`` to rebuild).
"""
