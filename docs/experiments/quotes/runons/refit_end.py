"""Refit only the end chooser per fold (cue scorer and start chooser: the fold's saved weights,
fitted on the same four fifths; they never see end features), save, score the held-out fifth.
argv: base-weights-dir out-dir folds tag"""
import json, sys, time
from pathlib import Path
import newsgraph.train.quotes as train
from newsgraph.nlp.pipeline import load_model
from newsgraph.nlp.quotes.component import QuoteFinder
from newsgraph.nlp.quotes._model import QuoteWeights, LinearModel, CUE_FILE, START_FILE
from newsgraph.nlp.quotes._model import CUE_TEMPLATES
from newsgraph.nlp.quotes._starts import START_TEMPLATES
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # docs/experiments/quotes: _cache
from _cache import load  # noqa: E402
base = Path(sys.argv[1]); out = Path(sys.argv[2]); folds = [int(x) for x in sys.argv[3].split(",")]; tag = sys.argv[4]
nlp = load_model()
_names, golds, docs = load(nlp)
for fold in folds:
    t = time.time()
    meta = json.loads((base / f"w{fold}" / "meta.json").read_text())
    cue = LinearModel.load(base / f"w{fold}" / CUE_FILE, CUE_TEMPLATES)
    start = LinearModel.load(base / f"w{fold}" / START_FILE, START_TEMPLATES)
    thr = float(meta["threshold"])
    no_end = LinearModel.from_weights({})
    finder = QuoteFinder(None, end_model=False, weights=QuoteWeights(cue, no_end, thr, {}, start))
    fit = [k for k in range(len(docs)) if k % 5 != fold]
    held = [k for k in range(len(docs)) if k % 5 == fold]
    choices = [c for k in fit for c in train.end_examples(docs[k], golds[k], finder)]
    end = train.fit_end(choices, c=train.END_C)
    w = QuoteWeights(cue, end, thr, {}, start)
    w.to_disk(out / f"w{fold}")
    s = train.score_docs([docs[k] for k in held], [golds[k] for k in held], QuoteFinder(None, weights=w))
    print(json.dumps({"tag": tag, "fold": fold, **s, "choices": len(choices), "end_features": len(end.names), "secs": round(time.time() - t)}), flush=True)
