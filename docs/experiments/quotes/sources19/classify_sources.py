import re, lib, sys, pickle
from collections import Counter, defaultdict
from newsgraph.eval.quotes import extent
C = Counter(); A = defaultdict(set); EX = defaultdict(list)
def diffcls(t, p, g):
    (a, b), (c, d) = p, g
    parts = []
    def w(s): 
        s = s.strip(); m = re.match(r"[\w.’'-]+|\S", s); return m.group(0) if m else s
    if a < c: parts.append("S+ " + w(t[a:c]))
    if a > c: parts.append("S- " + w(t[c:a]))
    if b > d: parts.append("E+ " + w(t[d:b]))
    if b < d: parts.append("E- " + w(t[b:d]))
    return " | ".join(parts)
for f in [int(x) for x in sys.argv[1].split(",")]:
    for k, qs in lib.preds[f].items():
        t = lib.text(k); wt = 1.0 / len(lib.golds[k])
        P = [tuple(q["source"]) for q in qs if q["source"]]
        for gd in lib.golds[k]:
            G = [extent(t, a.roles["source"]) for a in gd.attributions if "source" in a.roles]
            Gl = list(G); Pu = []
            for p in P:
                if p in Gl: Gl.remove(p)
                else: Pu.append(p)
            for p in Pu:
                ov = [g for g in Gl if not (g[1] <= p[0] or p[1] <= g[0])]
                if ov:
                    g = ov[0]; Gl.remove(g); c = diffcls(t, p, g)
                else:
                    c = "pred unmatched"; g = None
                C[c] += wt; A[c].add(k); EX[c].append((k, p, g))
            for g in Gl:
                C["gold unmatched"] += wt; A["gold unmatched"].add(k)
pickle.dump(EX, open("ex4.pkl", "wb"))
for c, n in C.most_common(45): print(f"{n:7.1f} {len(A[c]):4d}  {c}")
