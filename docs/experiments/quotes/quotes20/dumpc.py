"""quotes20: every quote (cue, source, content offsets) one fold's saved weights give its held-out
fifth. argv: weights-dir fold out.pkl"""
import pickle, sys
from pathlib import Path
from newsgraph.nlp.pipeline import load_model
from newsgraph.nlp.quotes.component import QuoteFinder
from newsgraph.nlp.quotes._model import QuoteWeights
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # docs/experiments/quotes: _cache
from _cache import load
nlp = load_model()
names, golds, docs = load(nlp)
fold = int(sys.argv[2]); f = QuoteFinder(None, weights=QuoteWeights.from_disk(Path(sys.argv[1]) / f"w{fold}"))
out = {}
for k in [i for i in range(len(docs)) if i % 5 == fold]:
    d = docs[k]; d._.ng_quotes = None; f(d)
    out[k] = [((q.cue.start, q.cue.end) if q.cue else None, (q.source.start, q.source.end) if q.source else None, (q.content.start, q.content.end), q.rule if hasattr(q, "rule") else None) for q in d._.ng_quotes]
pickle.dump(out, open(sys.argv[3], "wb"))
