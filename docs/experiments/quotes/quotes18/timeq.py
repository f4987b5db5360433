"""CPU seconds of the quotes component alone on 80 cached PolNeAR train docs, best of R rounds.
argv: weights-dir rounds"""
import sys, time
from pathlib import Path
from newsgraph.nlp.pipeline import load_model
from newsgraph.nlp.quotes.component import QuoteFinder
from newsgraph.nlp.quotes._model import QuoteWeights
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # docs/experiments/quotes: _cache
from _cache import load_docs  # noqa: E402
nlp = load_model()
docs = load_docs(nlp)[:80]
finder = QuoteFinder(None, weights=QuoteWeights.from_disk(Path(sys.argv[1])))
best = 1e9
for r in range(int(sys.argv[2])):
    fresh = [d.copy() for d in docs]
    t = time.process_time()
    for d in fresh:
        finder(d)
    best = min(best, time.process_time() - t)
print(sys.argv[1], round(best, 3))
