import pickle, sys
a = pickle.load(open(sys.argv[1], "rb")); b = pickle.load(open(sys.argv[2], "rb"))
n = ch = 0
for k in a:
    t, qa = a[k]; _, qb = b[k]
    n += len(qb)
    ba = {q[0]: q for q in qa}; bb = {q[0]: q for q in qb}
    for cue in sorted(set(ba) | set(bb), key=lambda c: c or (0, 0)):
        x, y = ba.get(cue), bb.get(cue)
        if x == y: continue
        ch += 1
        ctx = t[cue[0]:cue[1]] if cue else None
        fx = t[x[2][0]:x[2][1]] if x else None; fy = t[y[2][0]:y[2][1]] if y else None
        print(f"{k} cue={ctx!r}\n   old: {fx!r}\n   new: {fy!r}")
print(n, "quotes (new);", ch, "changed")
