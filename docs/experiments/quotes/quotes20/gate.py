"""Gold cue/content/source exactness of 'clause'-gated lexicon candidates with a nominal rule,
had the gate not cleared their content (folds given)."""
import sys
from pathlib import Path, dataclasses
from collections import defaultdict
from newsgraph.nlp.pipeline import load_model
from newsgraph.nlp.quotes._lexicon import load_lexicon
from newsgraph.nlp.quotes._rules import find_candidates, _NOMINAL_RULES
from newsgraph.eval.quotes import extent
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # docs/experiments/quotes: _cache
from _cache import load
nlp = load_model()
names, golds, docs = load(nlp)
folds = [int(x) for x in sys.argv[1].split(",")]
lex = load_lexicon()
gated = {l for l, g in lex.gates.items() if g == "clause"}
open_lex = dataclasses.replace(lex, gates={l: g for l, g in lex.gates.items() if g != "clause"})
t = defaultdict(lambda: [0, 0.0, 0.0, 0.0, 0.0, set()])
ex = []
for k in range(len(docs)):
    if k % 5 not in folds: continue
    doc = docs[k]; text = doc.text
    for c in find_candidates(doc, open_lex):
        lem = doc[c.head].lemma_.lower()
        if lem not in gated or not c.rule.startswith(_NOMINAL_RULES) or c.content is None: continue
        x = t[lem, c.rule.split("+")[0]]; x[0] += 1; x[5].add(k)
        n = len(golds[k])
        for gd in golds[k]:
            for a in gd.attributions:
                gc = extent(text, a.roles.get("cue", ()))
                if gc and gc[0] < c.cue[1] and c.cue[0] < gc[1]:
                    x[1] += 1 / n; x[2] += (gc == c.cue) / n
                    x[3] += (extent(text, a.roles.get("content", ())) == c.content) / n
                    x[4] += (extent(text, a.roles.get("source", ())) == c.source) / n
                    if len(ex) < 25 and lem == "write": ex.append((text[gc[0]:gc[1]], text[c.cue[0]:c.cue[1]], text[slice(*c.content)][:80], (text[slice(*extent(text, a.roles["content"]))][:80] if "content" in a.roles else None)))
                    break
for k, (n, g, ce, co, so, d) in sorted(t.items()):
    print(k, n, "gold cue overlap %.1f exact cue %.1f content %.1f source %.1f arts %d" % (g, ce, co, so, len(d)))
for e in ex: print(e)
