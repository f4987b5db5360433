import pickle, sys
from collections import Counter
from pathlib import Path
from newsgraph.nlp.pipeline import load_model
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # docs/experiments/quotes: _cache
from _cache import load_docs  # noqa: E402
recs = pickle.load(open(sys.argv[1], "rb"))
nlp = load_model()
docs = load_docs(nlp)
c = Counter(); kinds = Counter(); tot = 0
for r in recs:
    if r["cls"] != "no-pred": continue
    t = docs[r["doc"]].text; g = r["gold"]; tot += r["w"]
    cue = t[r["gcue"][0]:r["gcue"][1]].lower() if r["gcue"] else "<none>"
    c[cue] += r["w"]
    q = t[g[0]] in "\"“'‘"
    pos = "no cue" if not r["gcue"] else "before cue" if g[1] <= r["gcue"][0] else "after cue" if g[0] >= r["gcue"][1] else "around"
    kinds[pos, "quoted" if q else "plain", "words<=3" if len(t[g[0]:g[1]].split()) <= 3 else "longer"] += r["w"]
print(round(tot, 1))
for k, v in kinds.most_common(): print(k, round(v, 1))
print([(k, round(v, 1)) for k, v in c.most_common(40)])
