"""quotes17 step 1, option level: every end option vs the parse end, by side; is it the gold end."""
import pickle, sys
from collections import defaultdict
from pathlib import Path
from newsgraph.nlp.pipeline import load_model
from newsgraph.nlp.events._arrays import parse_of
from newsgraph.nlp.quotes._bounds import _tok_starts, _index_in, end_rows
from newsgraph.nlp.quotes._runons import moved_clause
from newsgraph.nlp.quotes._lexicon import load_lexicon
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # docs/experiments/quotes: _cache
from _cache import load_docs  # noqa: E402

recs = pickle.load(open(sys.argv[1], "rb"))
only_new = len(sys.argv) > 2
nlp = load_model()
docs = load_docs(nlp)
speech = frozenset(load_lexicon().verbs)
tab = defaultdict(lambda: [0.0, 0.0, 0.0])  # feature -> [gold option, gold option the chooser missed, other option]
for r in recs:
    w = r["w"]; b = r["b"]; g = r["gold"]; c = r["chosen"]
    if g is None:
        continue
    doc = docs[r["doc"]]; p = parse_of(doc); starts = _tok_starts(doc)
    first = _index_in(starts, r["a"]) or 0
    head = r["head"] if r["head"] is not None else -1
    for e in r["options"]:
        if e == b:
            continue
        side = "longer" if e > b else "shorter"
        lo, hi = (b, e) if e > b else (e, b)
        while lo < hi and doc.text[lo].isspace(): lo += 1
        i = _index_in(starts, lo); j = _index_in(starts, hi - 1)
        if i is None or j is None: continue
        if starts[i] + len(doc[i]) <= lo: i += 1
        feats = moved_clause(p, i, j, first, head, speech, side) + [side]
        if not only_new:
            feats += [f for f in end_rows(doc, (r["a"], b), [e], b, r["rule"], r["head"], r["kind"])[0]
                      if f.startswith(side + "|first") or f.startswith(side + "|after")]
        for f in feats:
            row = tab[f]
            if e == g:
                row[0] += w; row[1] += w * (c != g)
            else:
                row[2] += w
print(f"{'feature':58s} {'gold':>7s} {'missed':>7s} {'other':>8s} {'gold%':>6s}")
for f, (k, km, o) in sorted(tab.items(), key=lambda x: (x[0].split('|')[0], -x[1][0])):
    if k < 8: continue
    print(f"{f:58s} {k:7.1f} {km:7.1f} {o:8.1f} {100*k/(k+o):6.1f}")
