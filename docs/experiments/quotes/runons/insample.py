"""In-sample exact F1 on the first 300 train articles (cached parse; the eval's counts) with a weights folder."""
import sys
from pathlib import Path
import newsgraph.train.quotes as train
from newsgraph.nlp.pipeline import load_model
from newsgraph.nlp.quotes.component import QuoteFinder
from newsgraph.nlp.quotes._model import QuoteWeights
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # docs/experiments/quotes: _cache
from _cache import load  # noqa: E402
nlp = load_model()
_n, golds, docs = load(nlp)
docs = docs[:300]
print(sys.argv[1], train.score_docs(docs, golds[:300], QuoteFinder(None, weights=QuoteWeights.from_disk(sys.argv[1]))))
