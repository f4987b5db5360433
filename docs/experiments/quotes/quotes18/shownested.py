import pickle, sys
from collections import Counter
recs = pickle.load(open(sys.argv[1], "rb")); verbose = len(sys.argv) > 2
agg = Counter()
for r in recs:
    i, o = r["inner"], r["outer"]
    key = "same" if r["same_content"] else "start" if r["same_start"] else "overlap" if r["overlap"] else "apart"
    agg[key, "n"] += 1
    for s, m in (("in", i), ("out", o)):
        for role in ("cue", "src", "con"):
            agg[key, s + "_" + role] += m["g_" + role]
    if verbose and key != "same":
        print(f"F{r['fold']} D{r['doc']} {key}: outer {o['cue_t']!r} [{o['rule']}] src={o['src_t']!r} con={o['con_t'][:70]!r} g={o['g_cue']:.1f}/{o['g_src']:.1f}/{o['g_con']:.1f} || inner {i['cue_t']!r} [{i['rule']}] src={i['src_t']!r} con={i['con_t'][:70]!r} g={i['g_cue']:.1f}/{i['g_src']:.1f}/{i['g_con']:.1f}")
for k in sorted(agg): print(k, round(agg[k], 2))
