import re, lib, sys
from collections import Counter, defaultdict
from newsgraph.eval.quotes import extent
from newsgraph.nlp.quotes._candidate import trim
C = Counter(); A = defaultdict(set); EXS = defaultdict(list)
SPEECH = {"speech", "debate", "interview", "poll", "rally", "statement", "event", "post", "letter", "op-ed", "tweet", "appearance", "conference", "briefing"}
for f in [int(x) for x in sys.argv[1].split(",")]:
    for k, qs in lib.preds[f].items():
        d = lib.docs()[k]; t = d.text; wt = 1.0 / len(lib.golds[k])
        for q in qs:
            s = q["source"]
            if not s or not q["cue"]: continue
            a, b = s
            pos = "before" if b <= q["cue"][0] else "after"
            for tok in d:
                if tok.idx < a or tok.idx >= b or tok.dep_ != "prep" or tok.head.idx < a or tok.head.idx >= b: continue
                hd = tok.head
                if not (hd.head.idx < a or hd.head.idx >= b or hd.head is hd): continue
                if tok.lower_ not in ("on", "in", "during", "at", "last", "this"): continue
                objs = [c for c in tok.children if c.dep_ == "pobj"]
                if not objs: continue
                o = objs[0]
                kind = "date" if o.ent_type_ in ("DATE", "TIME") else ("speech" if o.lemma_.lower() in SPEECH else None)
                if kind is None: continue
                comma = tok.i > 0 and d[tok.i - 1].text == ","
                cs = trim(t, (a, tok.idx), keep_final_quote=False)
                key = (pos, kind, "comma" if comma else "-")
                for gd in lib.golds[k]:
                    G = [extent(t, at.roles["source"]) for at in gd.attributions if "source" in at.roles]
                    x = "kept" if tuple(s) in G else ("cut" if cs in G else "none")
                    C[key, x] += wt; A[key, x].add(k)
                EXS[key].append((k, t[a:b], t[cs[0]:cs[1]] if cs else None))
                break
for key in sorted({k for k, _ in C}):
    print(key, {x: (round(C[key, x], 1), len(A[key, x])) for x in ("kept", "cut", "none")})
if len(sys.argv) > 2:
    for key, v in EXS.items():
        print(key)
        for r in v: print("   ", r)
