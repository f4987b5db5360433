"""Score saved fold weights on their held-out fifth (no refit): argv weights-dir folds tag."""
import json, pickle, sys, time
from pathlib import Path
from spacy.tokens import DocBin
import newsgraph.train.quotes as train
from newsgraph.nlp.pipeline import load_model
from newsgraph.nlp.quotes.component import QuoteFinder
from newsgraph.nlp.quotes._model import QuoteWeights
wdir = Path(sys.argv[1]); folds = [int(x) for x in sys.argv[2].split(",")]; tag = sys.argv[3]
nlp = load_model()
_names, golds = pickle.loads(Path("/tmp/q14/gold.pkl").read_bytes())
docs = list(DocBin().from_disk("/tmp/q14/train.spacy").get_docs(nlp.vocab))
for fold in folds:
    held = [k for k in range(len(docs)) if k % 5 == fold]
    s = train.score_docs([docs[k] for k in held], [golds[k] for k in held], QuoteFinder(None, weights=QuoteWeights.from_disk(wdir / f"w{fold}")))
    print(json.dumps({"tag": tag, "fold": fold, **s}), flush=True)
