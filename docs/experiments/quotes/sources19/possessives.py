import re, lib, sys
from collections import Counter, defaultdict
from newsgraph.eval.quotes import extent
C = Counter(); A = defaultdict(set)
for f in [int(x) for x in sys.argv[1].split(",")]:
    for k, qs in lib.preds[f].items():
        d = lib.docs()[k]; t = d.text
        for q in qs:
            s = q["source"]
            if not s: continue
            a, b = s
            m = re.search(r"(['’]s|s['’])$", t[a:b])
            if not m: continue
            cs = (a, b - len(m.group(0)) + (1 if m.group(0)[0] == "s" else 0))
            for gd in lib.golds[k]:
                G = [extent(t, at.roles["source"]) for at in gd.attributions if "source" in at.roles]
                x = "kept" if tuple(s) in G else ("cut" if cs in G else "none")
                C[x] += 1 / len(lib.golds[k]); A[x].add(k)
            if len(sys.argv) > 2: print(k, repr(t[a:b]), repr(t[b:b+30]))
print({x: (round(C[x], 1), len(A[x])) for x in C})
