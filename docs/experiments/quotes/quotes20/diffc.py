"""quotes20: the gold contents two dumps (`dumpc.py`) of the same fold differ on, per article.
argv: a.pkl b.pkl"""
import pickle, sys
from pathlib import Path
from collections import Counter
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # docs/experiments/quotes: _cache
from newsgraph.eval.quotes import extent
from newsgraph.nlp.pipeline import load_model
from _cache import load
nlp = load_model()
names, golds, docs = load(nlp)
A = pickle.load(open(sys.argv[1], "rb")); B = pickle.load(open(sys.argv[2], "rb"))
gain = loss = 0.0; moved = Counter()
for k in A:
    t = docs[k].text
    gc = [set(extent(t, a.roles["content"]) for a in gd.attributions if "content" in a.roles) for gd in golds[k]]
    ca = {q[2] for q in A[k]}; cb = {q[2] for q in B[k]}
    for c in ca - cb:
        w = sum(c in g for g in gc) / len(gc)
        if w: loss += w; print("LOST", k, round(w, 2), repr(t[c[0]:c[1]][:100]))
    for c in cb - ca:
        w = sum(c in g for g in gc) / len(gc)
        if w: gain += w; print("GAIN", k, round(w, 2), repr(t[c[0]:c[1]][:100]))
    moved["pred a-b"] += len(ca - cb); moved["pred b-a"] += len(cb - ca)
print("content gold lost", round(loss, 2), "gained", round(gain, 2), dict(moved))
