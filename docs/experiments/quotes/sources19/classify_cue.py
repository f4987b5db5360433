import sys, re
from collections import Counter, defaultdict
import lib
folds = [int(x) for x in sys.argv[1].split(",")]
C = Counter(); arts = defaultdict(set); ex = defaultdict(list)
def cls(t, pe, ge):
    if pe is None and ge is None: return "both none"
    if pe is None: return "missing source"
    if ge is None: return "spurious source"
    if pe == ge: return "exact"
    (a, b), (c, d) = pe, ge
    if b <= c or d <= a:
        ptxt = t[a:b].lower()
        if re.fullmatch(r"(he|she|they|it|i|we|you|who|that|which)", ptxt): return "ours pronoun, gold other"
        if re.fullmatch(r"(he|she|they|it|i|we|you|who|that|which)", t[c:d].lower()): return "gold pronoun, ours other"
        return "no overlap: other phrase"
    parts = []
    if a < c: parts.append("start longer:" + t[a:c].strip().split(" ")[0][:20])
    if a > c: parts.append("start shorter:" + t[c:a].strip().split(" ")[0][:20])
    if b > d: parts.append("end longer:" + t[d:b].strip()[:12])
    if b < d: parts.append("end shorter:" + t[b:d].strip()[:12])
    return " | ".join(parts)
for f in folds:
    for k, w, q, ge in lib.pairs(f):
        t = lib.text(k)
        c = cls(t, q["source"] and tuple(q["source"]), ge)
        C[c] += w; arts[c].add(k); ex[c].append((k, q, ge))
import pickle; pickle.dump(ex, open("ex.pkl", "wb"))
tot = sum(C.values())
for c, n in C.most_common(60):
    print(f"{n:7.1f} {len(arts[c]):4d}  {c}")
print(tot)
