"""Refit the start chooser and then the end chooser per fold (the end chooser's training
attributions start where the start chooser puts them) beside the fold's saved cue scorer (fitted
on the same four fifths at the held threshold; it never sees start or end features), save,
score the held-out fifth. On unchanged code it rebuilds the fold's start.npz and end.npz.
argv: base-weights-dir out-dir folds tag"""
import json, sys, time
from pathlib import Path
import newsgraph.train.quotes as train
from newsgraph.nlp.pipeline import load_model
from newsgraph.nlp.quotes.component import QuoteFinder
from newsgraph.nlp.quotes._model import QuoteWeights, LinearModel, CUE_FILE, CUE_TEMPLATES
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # docs/experiments/quotes: _cache
from _cache import load  # noqa: E402

base = Path(sys.argv[1]); out = Path(sys.argv[2]); folds = [int(x) for x in sys.argv[3].split(",")]; tag = sys.argv[4]
nlp = load_model()
_names, golds, docs = load(nlp)
for fold in folds:
    t = time.time()
    meta = json.loads((base / f"w{fold}" / "meta.json").read_text())
    cue = LinearModel.load(base / f"w{fold}" / CUE_FILE, CUE_TEMPLATES)
    thr = float(meta["threshold"])
    no_end = LinearModel.from_weights({})
    fit = [k for k in range(len(docs)) if k % 5 != fold]
    held = [k for k in range(len(docs)) if k % 5 == fold]
    finder = QuoteFinder(None, end_model=False, start_model=False, weights=QuoteWeights(cue, no_end, thr))
    starts = [c for k in fit for c in train.start_examples(docs[k], golds[k], finder)]
    start = train.fit_end(starts, c=train.START_C)
    finder = QuoteFinder(None, end_model=False, weights=QuoteWeights(cue, no_end, thr, {}, start))
    choices = [c for k in fit for c in train.end_examples(docs[k], golds[k], finder)]
    end = train.fit_end(choices, c=train.END_C)
    w = QuoteWeights(cue, end, thr, {}, start)
    w.to_disk(out / f"w{fold}")
    s = train.score_docs([docs[k] for k in held], [golds[k] for k in held], QuoteFinder(None, weights=w))
    print(json.dumps({"tag": tag, "fold": fold, **s, "starts": len(starts), "start_features": len(start.names), "end_features": len(end.names), "secs": round(time.time() - t)}), flush=True)
