"""startdiag.py's records by the shape of the words between the parse's start and the gold's
(or the pick's) start: function words as themselves, other words as their part of speech.
argv: records.pkl"""
import pickle, sys
from collections import Counter, defaultdict
from pathlib import Path
from newsgraph.nlp.pipeline import load_model
from newsgraph.nlp.quotes._starts import _shape
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # docs/experiments/quotes: _cache
from _cache import load_docs  # noqa: E402

recs = pickle.load(open(sys.argv[1], "rb"))
docs = load_docs(load_model())
tab = defaultdict(Counter)
for r in recs:
    if r["right"] < 0:
        continue
    doc = docs[r["doc"]]
    o, a, g, p = r["options"], r["a"], r["right"], r["pick"]
    for who, k in (("gold", g), ("pick", p)):
        if o[k] <= a:
            continue
        toks = [t for t in doc.char_span(a, o[k], alignment_mode="expand") if t.idx < o[k] and not t.is_space]
        shape = " ".join(_shape(t) for t in toks)
        tab[shape]["gold" if who == "gold" else "pick"] += r["w"]
        if who == "gold":
            tab[shape]["both" if p == g else "gold-only"] += r["w"]
        elif p != g:
            tab[shape]["pick-only"] += r["w"]
print("shape: gold later (chooser right / missed) ; chooser later wrongly")
for s, c in sorted(tab.items(), key=lambda kv: -(kv[1]["gold"] + kv[1]["pick-only"]))[:45]:
    print(f"{s[:40]:40s} {c['gold']:6.1f} ({c['both']:5.1f} / {c['gold-only']:5.1f}) ; {c['pick-only']:5.1f}")
