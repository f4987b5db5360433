"""Refit only the end chooser on all of PolNeAR train (cached parse) beside the shipped cue scorer
and start chooser; write the folder to argv[1] (for the in-sample and speakers checks only)."""
import json, sys
from pathlib import Path
import newsgraph.train.quotes as train
from newsgraph.nlp.pipeline import load_model
from newsgraph.nlp.quotes.component import QuoteFinder
from newsgraph.nlp.quotes._model import QuoteWeights, LinearModel, CUE_FILE, START_FILE, CUE_TEMPLATES
from newsgraph.nlp.quotes._starts import START_TEMPLATES
import newsgraph.nlp.quotes as _quotes
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # docs/experiments/quotes: _cache
from _cache import load  # noqa: E402
ship = Path(_quotes.__file__).parent / "weights"; out = Path(sys.argv[1])  # the shipped weights
nlp = load_model()
_n, golds, docs = load(nlp)
meta = json.loads((ship / "meta.json").read_text())
cue = LinearModel.load(ship / CUE_FILE, CUE_TEMPLATES); start = LinearModel.load(ship / START_FILE, START_TEMPLATES)
finder = QuoteFinder(None, end_model=False, weights=QuoteWeights(cue, LinearModel.from_weights({}), 0.45, {}, start))
choices = [c for d, g in zip(docs, golds) for c in train.end_examples(d, g, finder)]
end = train.fit_end(choices, c=train.END_C)
meta["counts"]["end_choices"] = len(choices); meta["counts"]["end_features"] = len(end.names)
QuoteWeights(cue, end, 0.45, meta, start).to_disk(out)
print(len(choices), len(end.names))
