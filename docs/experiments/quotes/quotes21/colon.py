"""quotes21: paragraphs ending in a colon (a speaker introducing the next paragraph), folds given;
per line: its last verb, whether a gold cue (any annotator) sits in it, the gold content vs the
next paragraph. argv: folds"""
import sys, re, pickle
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # docs/experiments/quotes: _cache
from newsgraph.nlp.pipeline import load_model
from _cache import load
folds = [int(x) for x in sys.argv[1].split(",")]
names, golds, docs = load(load_model())
rows = []
for k, doc in enumerate(docs):
    if k % 5 not in folds: continue
    text = doc.text
    for m in re.finditer(r"(?m)^([^\n]*\S)[ \t]*:[ \t]*\n+([^\n]+)", text):
        a, colon = m.start(1), m.end(1)
        nxt = (m.start(2), m.end(2))
        toks = [t for t in doc if a <= t.idx < colon]
        verbs = [t for t in toks if t.pos_ == "VERB"]
        last = verbs[-1] if verbs else None
        anns = golds[k]; w = 1 / len(anns)
        hits = []
        for ann in anns:
            for at in ann.attributions:
                cues = at.roles.get("cue", ())
                if any(a <= c0 < colon + 1 for c0, c1 in cues):
                    cont = at.roles.get("content", ())
                    src = at.roles.get("source", ())
                    hits.append((cues, src, cont))
        rows.append(dict(doc=k, name=names[k], line=text[a:colon+1], nxt=text[nxt[0]:nxt[1]], nxtspan=nxt,
                         verb=(last.lemma_, last.text, last.dep_) if last else None, w=w, nann=len(anns), hits=hits, text=None))
        rows[-1]["hittexts"] = [([text[c0:c1] for c0, c1 in cu], [text[s0:s1] for s0, s1 in sr],
                                 [(c0 - nxt[0], c1 - nxt[1], text[c0:c0+40]) for c0, c1 in co]) for cu, sr, co in hits]
for r in rows:
    print(f"d{r['doc']} ann{r['nann']} hits{len(r['hits'])} verb={r['verb']} | {r['line'][-90:]!r}")
    print("     NEXT:", r["nxt"][:100])
    for h in r["hittexts"]:
        print("     G:", h)
