"""In-sample exact F1 on the first 300 train articles (cached parse; the eval's counts) with a weights folder."""
import pickle, sys
from pathlib import Path
from spacy.tokens import DocBin
import newsgraph.train.quotes as train
from newsgraph.nlp.pipeline import load_model
from newsgraph.nlp.quotes.component import QuoteFinder
from newsgraph.nlp.quotes._model import QuoteWeights
nlp = load_model()
_n, golds = pickle.loads(Path("/tmp/q14/gold.pkl").read_bytes())
docs = list(DocBin().from_disk("/tmp/q14/train.spacy").get_docs(nlp.vocab))[:300]
print(sys.argv[1], train.score_docs(docs, golds[:300], QuoteFinder(None, weights=QuoteWeights.from_disk(sys.argv[1]))))
