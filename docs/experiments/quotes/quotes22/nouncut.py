"""For startdiag.py's records whose options include a start right after the first common noun
past the parse's start ("rejected [the notion] | that ..."): where the gold starts (the parse's
start, right after the noun, elsewhere) and where the chooser started, by what follows the noun,
whether that word hangs on the noun, and the noun's determiner. argv: records.pkl [noun-list]"""
import pickle, sys
from collections import Counter, defaultdict
from pathlib import Path
from newsgraph.nlp.pipeline import load_model
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # docs/experiments/quotes: _cache
from _cache import load_docs  # noqa: E402

recs = pickle.load(open(sys.argv[1], "rb"))
nlp = load_model()
docs = load_docs(nlp)
tab = defaultdict(Counter)
bynoun = defaultdict(Counter)
for r in recs:
    if r["right"] < 0:
        continue
    doc = docs[r["doc"]]
    o, a = r["options"], r["a"]
    first = doc.char_span(a, a + 1, alignment_mode="expand")
    if first is None:
        continue
    i = first[0].i
    n = None
    for t in doc[i : i + 6]:
        if t.pos_ == "NOUN":
            n = t
            break
        if t.pos_ not in {"DET", "ADJ", "NUM", "PRON"} and t.tag_ != "PRP$":
            break
    if n is None or n.i + 1 >= len(doc):
        continue
    nxt = doc[n.i + 1]
    if nxt.idx not in o:
        continue
    cut = o.index(nxt.idx)
    g, p = r["right"], r["pick"]
    ai = o.index(a)
    gw = "parse" if g == ai else "cut" if g == cut else "other"
    pw = "parse" if p == ai else "cut" if p == cut else "other"
    follow = nxt.lower_ if nxt.lower_ in {"that", "of", "for", "to", "about", "on", "with", "in", "against"} else nxt.pos_
    hangs = "on-noun" if nxt.head.i == n.i or nxt.head.head.i == n.i and nxt.dep_ in {"mark"} else "else"
    dets = [c for c in n.children if c.dep_ in {"det", "poss"} and c.i < n.i]
    det = dets[0].lower_ if dets and dets[0].dep_ == "det" else "poss" if dets else "none"
    det = det if det in {"the", "a", "an", "none", "poss", "no", "this"} else "det"
    tab[(follow, hangs)][gw, pw] += r["w"]
    tab[("det", det)][gw, pw] += r["w"]
    bynoun[n.lemma_.lower()][gw] += r["w"]
def show(k, c):
    tot = sum(c.values())
    cells = [f"{gw}>{pw} {c[gw, pw]:.1f}" for gw in ("parse", "cut", "other") for pw in ("parse", "cut", "other") if c[gw, pw]]
    print(k, f"total {tot:.1f}:", ", ".join(cells))
for k, c in sorted(tab.items(), key=lambda kv: -sum(kv[1].values())):
    show(k, c)
print("nouns: gold at the parse start / right after the noun / elsewhere")
for k, c in sorted(bynoun.items(), key=lambda kv: -sum(kv[1].values()))[:70]:
    print(f"{k:14s} {c['parse']:5.1f} {c['cut']:5.1f} {c['other']:5.1f}")
