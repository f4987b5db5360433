"""CPU seconds of the quotes component alone on 80 cached PolNeAR train docs, best of R rounds.
argv: weights-dir rounds"""
import pickle, sys, time
from pathlib import Path
from spacy.tokens import DocBin
from newsgraph.nlp.pipeline import load_model
from newsgraph.nlp.quotes.component import QuoteFinder
from newsgraph.nlp.quotes._model import QuoteWeights
nlp = load_model()
data = DocBin().from_disk("/tmp/q14/train.spacy")
docs = list(data.get_docs(nlp.vocab))[:80]
finder = QuoteFinder(None, weights=QuoteWeights.from_disk(Path(sys.argv[1])))
best = 1e9
for r in range(int(sys.argv[2])):
    fresh = [d.copy() for d in docs]
    t = time.process_time()
    for d in fresh:
        finder(d)
    best = min(best, time.process_time() - t)
print(sys.argv[1], round(best, 3))
