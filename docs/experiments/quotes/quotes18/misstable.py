import pickle, sys
from collections import Counter
recs = pickle.load(open(sys.argv[1], "rb"))
c = Counter()
for r in recs:
    c[r["cls"]] += r["w"]
    if r["cls"] in ("start", "end", "both"):
        c[r["cls"], "cue exact" if r["cue_same"] else "cue differs"] += r["w"]
    if r["cls"] not in ("hit", "spurious"):
        c["gold multi-sentence miss", r["cls"]] += r["w"] * (r["gsents"] > 0)
gold = sum(v for k, v in c.items() if k in ("hit", "start", "end", "both", "no-pred"))
pred = sum(v for k, v in c.items() if k in ("hit", "start", "end", "both", "spurious"))
print(f"gold {gold:.1f} pred {pred:.1f}")
for k, v in sorted(c.items(), key=lambda kv: -kv[1]): print(k, round(v, 1), f"{v/gold:.1%} of gold")
