import re, lib, sys
from collections import Counter, defaultdict
from newsgraph.eval.quotes import extent
from newsgraph.nlp.quotes._lexicon import load_lexicon
LEX = load_lexicon()
C = Counter(); A = defaultdict(set); EXS = defaultdict(list)
for f in [int(x) for x in sys.argv[1].split(",")]:
    for k, qs in lib.preds[f].items():
        d = lib.docs()[k]; t = d.text; wt = 1.0 / len(lib.golds[k])
        for q in qs:
            s = q["source"]
            if not s: continue
            a, b = s
            toks = [tk for tk in d if a <= tk.idx < b]
            # relcl on a token in the span, preceded by comma
            rel = [tk for tk in toks if tk.dep_ == "relcl" and tk.head.idx >= a and tk.left_edge.i > 0 and d[tk.left_edge.i - 1].text == ","]
            if not rel: continue
            r = rel[0]
            cut = d[r.left_edge.i - 1].idx
            cutspan = (a, cut)
            sub = [x for x in r.subtree]
            cuev = {"head": r.lemma_.lower() in LEX.verbs, "any": any(x.pos_ == "VERB" and x.lemma_.lower() in LEX.verbs for x in sub), "ccomp": any(x.dep_ == "ccomp" for x in sub)}[sys.argv[2] if len(sys.argv) > 2 else 'head']
            ccomp = any(x.dep_ in ("ccomp",) for x in sub)
            pos = "after" if a > q["cue"][1] else "before"
            closed = b < len(t) and t[b:b+1] == ","   # span ends at a comma (closing)
            ends = "closed" if (t[b-1] == "," or t[b:b+1] == ",") else "open"
            key = (pos, "cueverb" if cuev else "-", ends)
            res = []
            for gd in lib.golds[k]:
                G = [extent(t, at.roles["source"]) for at in gd.attributions if "source" in at.roles]
                res.append("kept" if tuple(s) in G else ("cut" if cutspan in G else "none"))
            for x in res:
                C[key, x] += wt; A[key, x].add(k)
            EXS[key].append((k, t[a:b], res))
keys = sorted({k for k, _ in C})
for key in keys:
    print(key, {x: (round(C[key, x], 1), len(A[key, x])) for x in ("kept", "cut", "none")})
import pickle; pickle.dump(EXS, open("ex5.pkl", "wb"))
