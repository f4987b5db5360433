"""Per-doc exact hits / predictions per role for saved fold weights with the tree on PYTHONPATH,
plus the quotes (cue, source, content text). argv: weights-dir folds out.pkl"""
import pickle, sys
from pathlib import Path
from newsgraph.nlp.pipeline import load_model
from newsgraph.nlp.quotes.component import QuoteFinder
from newsgraph.nlp.quotes._model import QuoteWeights
from newsgraph.eval.quotes import score_article, doc_roles
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # docs/experiments/quotes: _cache
from _cache import load  # noqa: E402
wdir = Path(sys.argv[1]); folds = [int(x) for x in sys.argv[2].split(",")]; out = Path(sys.argv[3])
nlp = load_model()
_names, golds, docs = load(nlp)
res = {}
for fold in folds:
    finder = QuoteFinder(None, weights=QuoteWeights.from_disk(wdir / f"w{fold}"))
    for k in [i for i in range(len(docs)) if i % 5 == fold]:
        doc = docs[k]; doc._.ng_quotes = None; finder(doc)
        t = score_article(doc.text, list(golds[k]), doc_roles(doc))
        qs = [(q.cue.text if q.cue else None, q.source.text if q.source else None, q.content.text[:90], q.confidence, q.rule) for q in doc._.ng_quotes]
        res[k] = ({r: (x.exact_hit, x.n_pred) for r, x in t.items()}, qs)
pickle.dump(res, out.open("wb"))
