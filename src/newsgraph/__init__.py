"""newsgraph: who said what, who did what to whom, where and when."""
