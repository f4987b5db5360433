import pickle, sys
from collections import Counter
recs = pickle.load(open(sys.argv[1], "rb"))
agg = Counter()
for r in recs:
    print(f"F{r['fold']} D{r['doc']} | {r['content'][:110]!r}")
    for m in r["members"]:
        print(f"   {'KEEP' if m['kept'] else 'drop'} conf={m['conf']:.3f} {m['rule']:<22} {m['kind']:<8} cue={m['cue_t']!r:<28} src={str(m['src_t'])[:30]!r:<32} g_cue={m['g_cue']:.2f} g_src={m['g_src']:.2f} g_con={m['g_con']:.2f} cue<content={m['cue'][0] < m['content'][0] if m['cue'] else None}")
        s = "kept" if m["kept"] else "dropped"
        agg[s, "n"] += 1; agg[s, "cue"] += m["g_cue"]; agg[s, "src"] += m["g_src"]; agg[s, "con"] += m["g_con"]
print({k: round(v, 2) for k, v in agg.items()})
