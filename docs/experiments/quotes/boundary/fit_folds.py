"""Fit each fold's weights (article k in fold k mod 5) on the other four fifths, save them."""
import json, sys, time
from pathlib import Path
import newsgraph.train.quotes as train
from newsgraph.nlp.pipeline import load_model
from newsgraph.nlp.quotes.component import QuoteFinder
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # docs/experiments/quotes: _cache
from _cache import load  # noqa: E402

out = Path(sys.argv[1]); which = [int(x) for x in sys.argv[2].split(",")]
nlp = load_model()
_names, golds, docs = load(nlp)
for fold in which:
    t = time.time()
    fit = [k for k in range(len(docs)) if k % 5 != fold]
    held = [k for k in range(len(docs)) if k % 5 == fold]
    w, info = train.fit_docs([docs[k] for k in fit], [golds[k] for k in fit], threshold=0.45)
    w.to_disk(out / f"w{fold}")
    s = train.score_docs([docs[k] for k in held], [golds[k] for k in held], QuoteFinder(None, weights=w))
    print(json.dumps({"fold": fold, **s, "secs": round(time.time() - t)}), flush=True)
