"""quotes17 step 1 table: continuation past the parse end, gold keeps vs cuts (out of fold)."""
import pickle, sys
from collections import defaultdict
from pathlib import Path
from newsgraph.nlp.pipeline import load_model
from newsgraph.nlp.events._arrays import parse_of
from newsgraph.nlp.quotes._bounds import _tok_starts, _index_in, _first_moved
from newsgraph.nlp.quotes._runons import moved_clause, _right_edge
from newsgraph.nlp.quotes._lexicon import load_lexicon
from newsgraph.nlp._doc import tokens
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # docs/experiments/quotes: _cache
from _cache import load_docs  # noqa: E402

recs = pickle.load(open(sys.argv[1], "rb"))
nlp = load_model()
docs = load_docs(nlp)
speech = frozenset(load_lexicon().verbs)
tab = defaultdict(lambda: [0.0, 0.0, 0.0, 0.0])  # feature -> [kept, kept&chooser kept b, cut, cut&chooser ran on]
status = defaultdict(float)
for r in recs:
    w = r["w"]; b = r["b"]; g = r["gold"]; c = r["chosen"]
    if g is None:
        status["gold no option"] += w; continue
    status[("right" if c == g else "wrong") + (" parse-end" if g == b else " gold longer" if g > b else " gold shorter")
           + ("" if c == g else " chose parse" if c == b else " chose other")] += w
    if g < b:
        continue
    doc = docs[r["doc"]]; toks = tokens(doc); p = parse_of(doc); starts = _tok_starts(doc)
    i = _index_in(starts, b)
    if i is None: continue
    if toks[i].idx + len(toks[i]) <= b: i += 1
    sent_end = i
    while sent_end + 1 < len(toks) and not toks[sent_end + 1].is_sent_start: sent_end += 1
    if i > sent_end: continue
    k = i
    while k < len(toks) and p.pos[k] in ("PUNCT", "SPACE") and k < sent_end: k += 1
    top = k
    if k >= len(p.head): continue
    while p.head[top] != top and k <= p.head[top] <= sent_end: top = p.head[top]
    j = min(_right_edge(p, top), sent_end)
    first = _index_in(starts, r["a"]) or 0
    feats = moved_clause(p, i, j, first, r["head"] if r["head"] is not None else -1, speech, "next")
    feats += [f.replace("longer|", "next|") for f in _first_moved(toks, i, "longer")[:3]]
    moved = doc.text[b: toks[j].idx + len(toks[j])]
    feats.append(f"next|quote-close={any(q in moved for q in chr(34)+'”')}")
    feats.append(f"next|len={min(8, j - i + 1)}")
    feats.append(f"next|at-sent-end={j == sent_end}")
    kept = g > b
    if len(sys.argv) > 2 and "next|first=," not in feats: continue
    for f in feats + ["ALL"]:
        row = tab[f]
        if kept:
            row[0] += w; row[1] += w * (c == b)
        else:
            row[2] += w; row[3] += w * (c > b)
for s, v in sorted(status.items()): print(f"{s:45s} {v:8.1f}")
print()
print(f"{'feature':60s} {'kept':>7s} {'miss':>6s} {'cut':>7s} {'miss':>6s} {'kept%':>6s}")
for f, (k, km, cu, cm) in sorted(tab.items(), key=lambda x: -(x[1][0] + x[1][2])):
    if k + cu < 15: continue
    print(f"{f:60s} {k:7.1f} {km:6.1f} {cu:7.1f} {cm:6.1f} {100*k/(k+cu):6.1f}")
