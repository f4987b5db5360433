"""Out-of-fold boundary diagnostic: fold k's weights (fit on the other four fifths) on fold k.
For each predicted attribution whose cue extent equals a gold cue's (per annotator, weight 1/k),
classify content and source boundary differences."""
import pickle, sys
from collections import defaultdict
from pathlib import Path
from newsgraph.nlp.pipeline import load_model
from newsgraph.nlp.quotes.component import QuoteFinder
from newsgraph.nlp.quotes._model import QuoteWeights
from newsgraph.eval.quotes import extent, doc_roles, score_article
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # docs/experiments/quotes: _cache
from _cache import folds_dir, load  # noqa: E402

wdir = Path(sys.argv[1]); folds = [int(x) for x in sys.argv[2].split(",")]
limit = int(sys.argv[3]) if len(sys.argv) > 3 else 10**9
out = Path(sys.argv[4]) if len(sys.argv) > 4 else folds_dir() / "diag.pkl"
nlp = load_model()
_names, golds, docs = load(nlp)
rows = []  # (fold, art, role, kind, weight, text, pred_ext, gold_ext)
tot = defaultdict(float)
for fold in folds:
    finder = QuoteFinder(None, weights=QuoteWeights.from_disk(wdir / f"w{fold}"))
    held = [k for k in range(len(docs)) if k % 5 == fold][:limit]
    for k in held:
        doc = docs[k]; doc._.ng_quotes = None; finder(doc); text = doc.text
        pred = doc_roles(doc)
        for role, t in score_article(text, list(golds[k]), pred).items():
            tot[role, "hit"] += t.exact_hit; tot[role, "gold"] += t.n_gold; tot[role, "pred"] += t.n_pred
        w = 1.0 / len(golds[k])
        for gi, gd in enumerate(golds[k]):
            gatts = [(extent(text, a.roles["cue"]), a) for a in gd.attributions if "cue" in a.roles]
            used = set()
            for p in pred:
                if "cue" not in p:
                    continue
                pc = extent(text, p["cue"])
                m = next((j for j, (gc, a) in enumerate(gatts) if gc == pc and j not in used), None)
                if m is None:
                    continue
                used.add(m)
                a = gatts[m][1]
                for role in ("content", "source"):
                    ge = extent(text, a.roles[role]) if role in a.roles else None
                    pe = extent(text, p[role]) if role in p else None
                    rows.append((fold, k, gi, role, w, text, pe, ge, pc))
pickle.dump((rows, dict(tot)), out.open("wb"))
print(len(rows), {f"{r}_{x}": round(v, 1) for (r, x), v in tot.items()})
