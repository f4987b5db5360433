"""quotes18: content misses out of fold, classed start / end / both / no overlapping prediction /
spurious. argv: weights-dir folds out.pkl. Fold k's weights (fitted on the other four fifths) read
fold k only."""
import pickle, sys
from pathlib import Path
from newsgraph.nlp.pipeline import load_model
from newsgraph.nlp.quotes.component import QuoteFinder
from newsgraph.nlp.quotes._model import QuoteWeights
from newsgraph.eval.quotes import extent, doc_roles
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # docs/experiments/quotes: _cache
from _cache import load  # noqa: E402

wdir = Path(sys.argv[1]); folds = [int(x) for x in sys.argv[2].split(",")]; out = Path(sys.argv[3])
nlp = load_model()
_names, golds, docs = load(nlp)
recs = []
for fold in folds:
    finder = QuoteFinder(None, weights=QuoteWeights.from_disk(wdir / f"w{fold}"))
    for k in [i for i in range(len(docs)) if i % 5 == fold]:
        doc = docs[k]; doc._.ng_quotes = None; finder(doc); text = doc.text
        quotes = doc._.ng_quotes
        pred = doc_roles(doc)
        sent_starts = sorted(s.start_char for s in doc.sents)
        w = 1.0 / len(golds[k])
        for gi, gd in enumerate(golds[k]):
            kept = [(p, q) for p, q in zip(pred, quotes) if not any(a <= p["content"][0][0] and p["content"][-1][1] <= b for a, b in gd.discard)]
            P = [(extent(text, p["content"]), q, extent(text, p["cue"]) if "cue" in p else None) for p, q in kept]
            G = [(extent(text, a.roles["content"]), a) for a in gd.attributions if "content" in a.roles]
            G = [g for g in G if g[0]]
            freeP = list(range(len(P)))
            gmiss = []
            for gj, (ge, a) in enumerate(G):
                m = next((i for i in freeP if P[i][0] == ge), None)
                if m is not None:
                    freeP.remove(m); recs.append(dict(fold=fold, doc=k, w=w, cls="hit", gold=ge, pred=ge, gatt=a, q=P[m][1]))
                else:
                    gmiss.append((ge, a))
            for ge, a in gmiss:
                best, ov = None, 0
                for i in freeP:
                    pe = P[i][0]
                    o = min(pe[1], ge[1]) - max(pe[0], ge[0])
                    if o > ov:
                        best, ov = i, o
                if best is None:
                    cls = "no-pred"; pe = None; q = None
                else:
                    pe, q = P[best][0], P[best][1]; freeP.remove(best)
                    cls = "end" if pe[0] == ge[0] else "start" if pe[1] == ge[1] else "both"
                gcue = extent(text, a.roles["cue"]) if "cue" in a.roles else None
                pcue = P[best][2] if best is not None else None
                nsent = sum(1 for s in sent_starts if ge[0] < s < ge[1])
                recs.append(dict(fold=fold, doc=k, w=w, cls=cls, gold=ge, pred=pe, gatt=a, q=q, cue_same=(gcue == pcue), gcue=gcue, pcue=pcue, gsents=nsent))
            for i in freeP:
                recs.append(dict(fold=fold, doc=k, w=w, cls="spurious", gold=None, pred=P[i][0], q=P[i][1]))
    print(fold, len(recs), flush=True)
pickle.dump(recs, out.open("wb"))
