"""quotes20: the poll openers `_polls.poll_candidates` finds on the cached PolNeAR train
parse, against every annotator's gold (cue, source, content exact). argv: folds"""
import sys
from pathlib import Path
from collections import defaultdict
from newsgraph.nlp.pipeline import load_model
from newsgraph.nlp.quotes._polls import poll_candidates
from newsgraph.eval.quotes import extent
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # docs/experiments/quotes: _cache
from _cache import load
nlp = load_model()
names, golds, docs = load(nlp)
folds = [int(x) for x in sys.argv[1].split(",")]
n = 0; tot = defaultdict(float); arts = set()
for k in range(len(docs)):
    if k % 5 not in folds: continue
    doc = docs[k]; text = doc.text
    for c in poll_candidates(doc, text):
        cue, src, cont = c.cue, c.source, c.content; n += 1
        first = doc[c.head]
        m = len(golds[k]); hit = False
        for gd in golds[k]:
            for a in gd.attributions:
                gc = extent(text, a.roles.get("cue", ()))
                if gc and gc[0] < cue[1] and cue[0] < gc[1]:
                    hit = True
                    tot["cue overlap"] += 1/m; tot["cue"] += (gc == cue)/m
                    tot["src"] += (extent(text, a.roles.get("source", ())) == src)/m
                    gcont = extent(text, a.roles.get("content", ()))
                    tot["content"] += (gcont == cont)/m
                    if gcont != cont: print("  CONT", k, repr(text[slice(*cont)][:90]), "| gold", repr(text[slice(*gcont)][:90]) if gcont else None)
                    if extent(text, a.roles.get("source", ())) != src: print("  SRC", k, repr(text[slice(*src)]), "| gold", a.roles.get("source") and repr(text[slice(*extent(text, a.roles["source"]))]))
                    break
        if hit: arts.add(k)
        else: print("  NOGOLD", k, repr(text[first.idx:first.sent.end_char][:140]))
print("openers", n, {a: round(b, 1) for a, b in tot.items()}, "arts", len(arts))
