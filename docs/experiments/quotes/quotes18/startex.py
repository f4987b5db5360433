import pickle, sys, random
from collections import Counter
from pathlib import Path
from newsgraph.nlp.pipeline import load_model
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # docs/experiments/quotes: _cache
from _cache import load_docs  # noqa: E402
recs = pickle.load(open(sys.argv[1], "rb"))
nlp = load_model()
docs = load_docs(nlp)
rs = [r for r in recs if r["cls"] == "start"]
c = Counter()
for r in rs:
    t = docs[r["doc"]].text
    g, p = r["gold"], r["pred"]
    lo, hi = min(g[0], p[0]), max(g[0], p[0])
    gap = t[lo:hi]
    side = "ours-longer" if p[0] < g[0] else "ours-shorter"
    where = "after-cue" if r["gcue"] and r["gcue"][1] <= g[0] else "before-cue" if r["gcue"] and g[1] <= r["gcue"][0] else "nocue/inside"
    c[side, where, gap.strip().split()[0].lower() if gap.strip() else "<ws>"] += r["w"]
for k, v in c.most_common(40): print(k, round(v, 1))
random.seed(int(sys.argv[2]) if len(sys.argv) > 2 else 0)
for r in random.sample(rs, 25):
    t = docs[r["doc"]].text; g, p = r["gold"], r["pred"]
    gc = t[r["gcue"][0]:r["gcue"][1]] if r["gcue"] else None; pc = t[r["pcue"][0]:r["pcue"][1]] if r["pcue"] else None
    lo = min(g[0], p[0], *(x[0] for x in (r["gcue"], r["pcue"]) if x)) 
    print(f"--- F{r['fold']} D{r['doc']} gcue={gc!r} pcue={pc!r}\n  ctx: {t[max(0,lo-60):g[1]][:260]!r}\n  gold: {t[g[0]:g[1]][:100]!r}\n  ours: {t[p[0]:p[1]][:100]!r}")
