"""quotes21: the attributions a tree builds on some PolNeAR train articles with one fold's saved
weights (diff two trees' output). argv: weights-dir fold doc-ids"""
import sys
from pathlib import Path
from newsgraph.nlp.pipeline import load_model
from newsgraph.nlp.quotes.component import QuoteFinder
from newsgraph.nlp.quotes._model import QuoteWeights
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # docs/experiments/quotes: _cache
from _cache import load_docs  # noqa: E402

docs = load_docs(load_model())
wdir = Path(sys.argv[1]); fold = int(sys.argv[2]); ids = [int(x) for x in sys.argv[3].split(",")]
f = QuoteFinder(None, weights=QuoteWeights.from_disk(wdir / f"w{fold}"))
for k in ids:
    d = docs[k]; d._.ng_quotes = None; f(d)
    for q in d._.ng_quotes:
        print(k, q.cue.start if q.cue else None, repr(q.cue.text if q.cue else None),
              repr(q.source.text if q.source else None), (q.content.start, q.content.end), repr(q.content.text[:60]))
