"""quotes20 over-reach: the poll-opener rule on unlabelled texts (LGL, GeoVirus, TimeBank/AQUAINT,
PTC) that mention a poll or survey; prints every attribution it adds."""
import re, sys
from pathlib import Path
from newsgraph.nlp.pipeline import load_model
from newsgraph.nlp.quotes._polls import poll_candidates
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # docs/experiments/quotes: _cache
from _cache import unlabelled_texts  # noqa: E402
texts = unlabelled_texts()  # run from the repository root
print("texts", len(texts))
pat = re.compile(r"\b(poll|survey)", re.I)
sel = [t for t in texts if pat.search(t)]
print("mention poll/survey", len(sel))
nlp = load_model()
n = 0
for doc in nlp.pipe(sel, batch_size=8):
    t = doc.text
    for c in poll_candidates(doc, t):
        n += 1
        print(f"SRC={t[c.source[0]:c.source[1]]!r}\n   CON={t[c.content[0]:c.content[1]][:160]!r}")
print("added", n)
