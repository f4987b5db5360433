"""Tables of startdiag.py's records: where the gold starts against the parse's start and the
chooser's pick, and per object noun (the last noun between the parse's start and a later
option) how often the gold puts it in the cue (starts after it) or in the content.
argv: records.pkl [v]"""
import pickle, sys
from collections import Counter, defaultdict
from pathlib import Path
from newsgraph.nlp.pipeline import load_model
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # docs/experiments/quotes: _cache
from _cache import load_docs  # noqa: E402

recs = pickle.load(open(sys.argv[1], "rb"))
nlp = load_model()
docs = load_docs(nlp)
c = Counter()
nouns = defaultdict(lambda: [0.0, 0.0, 0.0, 0.0])  # in cue: right, missed; in content: right, wrongly cut
ex = defaultdict(list)
for r in recs:
    if r["right"] < 0:
        c["gold start no option"] += r["w"]
        continue
    o, g, p = r["options"], r["right"], r["pick"]
    a = r["a"]; ai = o.index(a)
    gs = "parse" if g == ai else "later" if g > ai else "earlier"
    ok = "right" if p == g else "wrong"
    c[gs, ok] += r["w"]
    doc = docs[r["doc"]]
    # the object noun: the first common noun after the parse start, up to the gold or the pick
    far = max(o[g], o[p])
    if far <= a:
        continue
    toks = [t for t in doc.char_span(a, far, alignment_mode="expand") if t.idx < far]
    ns = [t for t in toks if t.pos_ == "NOUN"]
    if not ns:
        continue
    n = ns[0]
    key = n.lemma_.lower()
    after = doc[n.i + 1] if n.i + 1 < len(doc) else None
    if o[g] > n.idx:  # gold leaves the noun in the cue
        nouns[key][0 if p == g else 1] += r["w"]
        if p != g:
            ex[key].append((r, "missed"))
    else:
        nouns[key][2 if p == g else 3] += r["w"]
for k, v in c.most_common():
    print(k, round(v, 1))
print("noun: in-cue right / in-cue missed / in-content right / in-content cut")
rows = sorted(nouns.items(), key=lambda kv: -(kv[1][0] + kv[1][1]))
for k, v in rows[:60]:
    print(f"{k:15s}", " ".join(f"{x:6.1f}" for x in v))
if len(sys.argv) > 2:
    for k, _ in rows[:15]:
        for r, why in ex[k][:3]:
            t = docs[r["doc"]].text
            cue = r["cue"]
            print(f"F{r['fold']} D{r['doc']} {k}: {t[cue[0]:cue[0]+160]!r}  gold@{t[r['options'][r['right']]:r['options'][r['right']]+25]!r} pick@{t[r['options'][r['pick']]:r['options'][r['pick']]+25]!r}")
