"""Speaker accuracy on the tune half only (the check half's keys are dropped unread)."""
from pathlib import Path
from newsgraph.eval.speakers import evaluate
m = evaluate(Path("tests/data/speakers/gold.tsv"), part="tune")
print({k: v for k, v in m.items() if not k.startswith("check")})
