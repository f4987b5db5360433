"""Fit each fold's weights (article k in fold k mod 5) on the other four fifths, save them."""
import json, pickle, sys, time
from pathlib import Path
from spacy.tokens import DocBin
import newsgraph.train.quotes as train
from newsgraph.nlp.pipeline import load_model
from newsgraph.nlp.quotes.component import QuoteFinder

cache = Path("/tmp/q14"); out = Path(sys.argv[1]); which = [int(x) for x in sys.argv[2].split(",")]
nlp = load_model()
_names, golds = pickle.loads((cache / "gold.pkl").read_bytes())
docs = list(DocBin().from_disk(cache / "train.spacy").get_docs(nlp.vocab))
for fold in which:
    t = time.time()
    fit = [k for k in range(len(docs)) if k % 5 != fold]
    held = [k for k in range(len(docs)) if k % 5 == fold]
    w, info = train.fit_docs([docs[k] for k in fit], [golds[k] for k in fit], threshold=0.45)
    w.to_disk(out / f"w{fold}")
    s = train.score_docs([docs[k] for k in held], [golds[k] for k in held], QuoteFinder(None, weights=w))
    print(json.dumps({"fold": fold, **s, "secs": round(time.time() - t)}), flush=True)
