"""Sentence-opening 'In <NP>,' phrases by the object's lemma: how often the 'In' is a gold cue."""
import sys
from pathlib import Path
from collections import defaultdict
from newsgraph.nlp.pipeline import load_model
from newsgraph.eval.quotes import extent
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # docs/experiments/quotes: _cache
from _cache import load
nlp = load_model()
names, golds, docs = load(nlp)
folds = [int(x) for x in sys.argv[1].split(",")]
t = defaultdict(lambda: [0, 0.0, set(), 0.0, 0.0, 0.0])
for k in range(len(docs)):
    if k % 5 not in folds: continue
    doc = docs[k]; text = doc.text
    for tok in doc:
        if tok.lower_ != "in" or tok.dep_ != "prep": continue
        first = tok.sent[0]
        while first.is_space or first.is_punct and first.i < tok.i: first = doc[first.i + 1]
        if first.i != tok.i: continue
        objs = [c for c in tok.children if c.dep_ == "pobj"]
        if not objs: continue
        lem = objs[0].lemma_.lower()
        x = t[lem]; x[0] += 1
        n = len(golds[k])
        for gd in golds[k]:
            for a in gd.attributions:
                gc = extent(text, a.roles.get("cue", ()))
                if gc and gc[0] == tok.idx:
                    x[1] += 1 / n; x[2].add(k)
                    break
for lem, (n, g, d, *_ ) in sorted(t.items(), key=lambda x: -x[1][1])[:25]:
    print(f"{lem:15s} {n:4d} gold-cue {g:5.1f} arts {len(d)}")
