"""Two startdiag.py record pickles of the same folds (base, arm): the start choices the arm
fixes, breaks or changes while both are wrong, by the shape of the words between the parse's
start and the farther pick; argv: base.pkl arm.pkl [examples to print]"""
import pickle, sys
from collections import Counter
from pathlib import Path
from newsgraph.nlp.pipeline import load_model
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # docs/experiments/quotes: _cache
from _cache import load_docs  # noqa: E402
from newsgraph.nlp.quotes._starts import _shape
A = pickle.load(open(sys.argv[1], "rb")); B = pickle.load(open(sys.argv[2], "rb"))
docs = load_docs(load_model())
c = Counter(); ex = []
for a, b in zip(A, B):
    assert a["doc"] == b["doc"] and a["options"] == b["options"]
    if a["right"] < 0: continue
    ra, rb = a["pick"] == a["right"], b["pick"] == b["right"]
    if ra == rb and a["pick"] == b["pick"]: continue
    doc = docs[a["doc"]]; o = a["options"]; s = a["a"]
    far = max(o[a["pick"]], o[b["pick"]])
    toks = [t for t in doc.char_span(s, far, alignment_mode="expand") if t.idx < far and not t.is_space] if far > s else []
    shape = " ".join(_shape(t) for t in toks)[:30]
    key = ("fixed" if rb and not ra else "broke" if ra and not rb else "both-wrong")
    c[key] += a["w"]; c[key, shape] += a["w"]
    t = doc.text; cue = a["cue"]
    ex.append((key, a["w"], t[cue[0]:cue[0]+90].replace("\n"," "), t[o[a["pick"]]:o[a["pick"]]+20], t[o[b["pick"]]:o[b["pick"]]+20], t[o[a["right"]]:o[a["right"]]+20]))
for k, v in c.most_common(40): print(k, round(v, 1))
for e in ex[:int(sys.argv[3]) if len(sys.argv) > 3 else 0]: print(e)
