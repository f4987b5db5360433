import pickle, re, sys
from collections import defaultdict
sys.argv = [sys.argv[0], "x"] + sys.argv[1:]
rows_all = []; tot = defaultdict(float)
for p in sys.argv[2:]:
    r, t = pickle.load(open(p, "rb")); rows_all += r
    for k, v in t.items(): tot[k] += v
import importlib.util
spec = importlib.util.spec_from_file_location("cl", __import__("pathlib").Path(__file__).with_name("classify_lib.py")); cl = importlib.util.module_from_spec(spec); spec.loader.exec_module(cl)
for role in ("content", "source"):
    hit, gold, pred = tot[role, "hit"], tot[role, "gold"], tot[role, "pred"]
    f1 = 2 * hit / (gold + pred)
    cls = defaultdict(float); exact = 0.0; miss = 0.0
    for fold, k, gi, r, w, text, pe, ge, pc in rows_all:
        if r != role: continue
        if pe == ge: exact += w; continue
        miss += w; cls[cl.classify(role, text, pe, ge)] += w
    print(f"\n{role}: exact F1 {f1:.4f} (hit {hit:.1f}, gold {gold:.1f}, pred {pred:.1f}); cue-exact pairs {exact+miss:.1f}, role exact {exact:.1f}, miss {miss:.1f} = {100*(2*miss/(gold+pred))/(1-f1):.1f}% of the exact-F1 loss")
    print("| class | weighted count | share of these misses | share of the exact-F1 loss |")
    print("|---|---|---|---|")
    for c, v in sorted(cls.items(), key=lambda x: -x[1]):
        if v < 0.004 * miss: continue
        print(f"| {c} | {v:.1f} | {100*v/miss:.1f} % | {100*(2*v/(gold+pred))/(1-f1):.1f} % |")
