"""Score saved fold weights on their held-out fifth (no refit): argv weights-dir folds tag."""
import json, sys
from pathlib import Path
import newsgraph.train.quotes as train
from newsgraph.nlp.pipeline import load_model
from newsgraph.nlp.quotes.component import QuoteFinder
from newsgraph.nlp.quotes._model import QuoteWeights
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # docs/experiments/quotes: _cache
from _cache import load  # noqa: E402
wdir = Path(sys.argv[1]); folds = [int(x) for x in sys.argv[2].split(",")]; tag = sys.argv[3]
nlp = load_model()
_names, golds, docs = load(nlp)
for fold in folds:
    held = [k for k in range(len(docs)) if k % 5 == fold]
    s = train.score_docs([docs[k] for k in held], [golds[k] for k in held], QuoteFinder(None, weights=QuoteWeights.from_disk(wdir / f"w{fold}")))
    print(json.dumps({"tag": tag, "fold": fold, **s}), flush=True)
