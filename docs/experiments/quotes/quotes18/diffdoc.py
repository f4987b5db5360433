import pickle, sys
a = pickle.load(open(sys.argv[1], "rb")); b = pickle.load(open(sys.argv[2], "rb"))
roles = sys.argv[3].split(",") if len(sys.argv) > 3 else ["source", "cue"]
for k in sorted(a):
    ta, qa = a[k]; tb, qb = b[k]
    if any(abs(ta[r][0] - tb[r][0]) > 1e-9 or ta[r][1] != tb[r][1] for r in roles):
        print(f"D{k}", {r: (round(tb[r][0] - ta[r][0], 2), tb[r][1] - ta[r][1]) for r in ("source", "cue", "content")})
        sa, sb = set(qa), set(qb)
        for q in qa:
            if q not in sb: print("   - A", q)
        for q in qb:
            if q not in sa: print("   + B", q)
