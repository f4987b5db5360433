"""quotes20: 'as X noted, <clause>' / '<clause>, as X said': lexicon verbs in an advcl marked
'as', the ones no found cue holds, against the gold. argv: folds weights-dir [v]"""
import sys
from collections import defaultdict
from pathlib import Path
from newsgraph.nlp.pipeline import load_model
from newsgraph.nlp.quotes.component import QuoteFinder
from newsgraph.nlp.quotes._model import QuoteWeights
from newsgraph.nlp.quotes._rules import find_candidates
from newsgraph.nlp.quotes._candidate import trim
from newsgraph.eval.quotes import extent
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # docs/experiments/quotes: _cache
from _cache import load
nlp = load_model()
names, golds, docs = load(nlp)
folds = [int(x) for x in sys.argv[1].split(",")]
t = defaultdict(float); arts = set(); n = 0; found = 0.0
for fold in folds:
    f = QuoteFinder(None, weights=QuoteWeights.from_disk(Path(sys.argv[2]) / f"w{fold}"))
    for k in [i for i in range(len(docs)) if i % 5 == fold]:
        doc = docs[k]; text = doc.text
        doc._.ng_quotes = None; f(doc)
        pc = [(q.cue.start, q.cue.end) for q in doc._.ng_quotes if q.cue]
        for c in find_candidates(doc, f.lexicon):
            v = doc[c.head]
            if v.dep_ != "advcl" or not any(m.dep_ == "mark" and m.lower_ == "as" for m in v.children): continue
            head = v.head
            a0, a1 = v.left_edge.idx, v.right_edge.idx + len(v.right_edge)
            h0, h1 = head.left_edge.idx, head.right_edge.idx + len(head.right_edge)
            s = head.sent
            h0, h1 = max(h0, s.start_char), min(h1, s.end_char)
            if a0 - h0 < h1 - a1: content = trim(text, (a1, h1))
            else: content = trim(text, (h0, a0))
            n += 1
            have = any(p[0] < c.cue[1] and c.cue[0] < p[1] for p in pc)
            m = len(golds[k])
            for gd in golds[k]:
                for a in gd.attributions:
                    gc = extent(text, a.roles.get("cue", ()))
                    if gc and gc[0] < c.cue[1] and c.cue[0] < gc[1]:
                        t["gold"] += 1/m; t["found already" if have else "missed"] += 1/m
                        if not have:
                            arts.add(k)
                            t["cue exact"] += (gc == c.cue)/m
                            gcont = extent(text, a.roles.get("content", ()))
                            t["content exact"] += (gcont == content)/m
                            t["source exact"] += (extent(text, a.roles.get("source", ())) == c.source)/m
                            if gcont != content and len(sys.argv) > 3: print("  C", repr(text[slice(*content)][:80]) if content else None, "| G", repr(text[slice(*gcont)][:80]) if gcont else None)
                        break
            if not have and len(sys.argv) > 3: print(k, repr(text[c.cue[0]:c.cue[1]]), "|", s.text[:150].replace("\n", " "))
print("as-clause lexicon candidates", n, {a: round(b, 1) for a, b in t.items()}, "arts missed", len(arts))
