"""Training code for newsgraph's learned parts (``newsgraph train ...``)."""
