import sys
from pathlib import Path, dataclasses
from collections import defaultdict
from newsgraph.nlp.pipeline import load_model
from newsgraph.nlp.quotes._lexicon import load_lexicon
from newsgraph.nlp.quotes._rules import find_candidates
from newsgraph.eval.quotes import extent
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # docs/experiments/quotes: _cache
from _cache import load
nlp = load_model()
names, golds, docs = load(nlp)
folds = [int(x) for x in sys.argv[1].split(",")]
lex = load_lexicon()
gated = {l for l, g in lex.gates.items() if g == "main"}
open_lex = dataclasses.replace(lex, gates={l: g for l, g in lex.gates.items() if g != "main"})
t = defaultdict(lambda: [0, 0.0, 0.0, 0.0, 0.0, set()])
for k in range(len(docs)):
    if k % 5 not in folds: continue
    doc = docs[k]; text = doc.text
    for c in find_candidates(doc, open_lex):
        tok = doc[c.head]; lem = tok.lemma_.lower()
        if lem not in gated or tok.dep_ not in {"relcl", "acl", "ccomp", "pcomp"}: continue
        src = doc[c.source_token] if c.source_token is not None else None
        key = (tok.dep_, src.tag_ if src is not None and src.tag_ in {"WP", "WDT"} else "other", "content" if c.content else "none")
        for kk in [key, (tok.dep_, lem)]:
            x = t[kk]; x[0] += 1; x[5].add(k)
        n = len(golds[k])
        for gd in golds[k]:
            for a in gd.attributions:
                gc = extent(text, a.roles.get("cue", ()))
                if gc and gc[0] < c.cue[1] and c.cue[0] < gc[1]:
                    for kk in [key, (tok.dep_, lem)]:
                        x = t[kk]
                        x[1] += 1 / n; x[2] += (gc == c.cue) / n
                        x[3] += (extent(text, a.roles.get("content", ())) == c.content) / n
                        x[4] += (extent(text, a.roles.get("source", ())) == c.source) / n
                    break
for k, (n, g, ce, co, so, d) in sorted(t.items(), key=lambda x: -x[1][0]):
    if n >= 8: print(k, n, "gold %.1f (%.0f%%) cue %.1f content %.1f source %.1f arts %d" % (g, 100*g/n, ce, co, so, len(d)))
