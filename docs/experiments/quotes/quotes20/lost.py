"""quotes20: gold cues a candidate was accepted for (scored >= 0.45) but no final quote holds:
where it was lost, by lemma. argv: weights-dir miss.pkl (from cuemiss.py)"""
import pickle, sys
from collections import defaultdict
from pathlib import Path
from newsgraph.nlp.pipeline import load_model
from newsgraph.nlp.quotes.component import QuoteFinder
from newsgraph.nlp.quotes._model import QuoteWeights
from newsgraph.nlp.quotes._attribution import without_inner_cues
from newsgraph.nlp.quotes._speakers import _non_statement
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # docs/experiments/quotes: _cache
sys.path.insert(0, str(Path(__file__).resolve().parent))  # cuetable
from _cache import load
from cuetable import stage
nlp = load_model()
names, golds, docs = load(nlp)
miss = [r for r in pickle.load(open(sys.argv[2], "rb")) if not r["hit"]]
rows = [r for r in miss if stage(r) == "accepted-lost"]
by = defaultdict(list)
for r in rows: by[r["fold"], r["doc"]].append(r)
finders = {}
out = defaultdict(float); arts = defaultdict(set); ex = defaultdict(list)
ov = lambda a, b: a is not None and a[0] < b[1] and b[0] < a[1]
for (fold, k), rs in sorted(by.items()):
    f = finders.get(fold) or finders.setdefault(fold, QuoteFinder(None, weights=QuoteWeights.from_disk(Path(sys.argv[1]) / f"w{fold}")))
    doc = docs[k]
    atts = f._attributions(doc)
    inner = without_inner_cues(list(atts))
    for r in rs:
        g = r["gcue"]
        if not any(ov(a.cue, g) for a in atts):
            why = "no attribution built"
        elif not any(ov(a.cue, g) for a in inner):
            why = "inner cue dropped"
        else:
            why = "one per content / later"
        lem = r["root"][1].lower()
        key = (why,)
        out[key] += r["w"]; arts[key].add(k)
        out[(why, lem)] += r["w"]; arts[(why, lem)].add(k)
        if len(ex[key]) < 400: ex[key].append((fold, k, r["cue_text"], r["sent"][:200].replace("\n", " | ")))
for key, v in sorted(out.items(), key=lambda x: -x[1])[:45]:
    print(f"{v:7.1f} {len(arts[key]):4d} {key}")
