"""quotes20: gold cues no predicted cue overlaps, out of fold, with what the candidate finder
and the fold's cue scorer did there. argv: weights-dir folds out.pkl"""
import pickle, sys
from pathlib import Path
from newsgraph.nlp.pipeline import load_model
from newsgraph.nlp.quotes.component import QuoteFinder
from newsgraph.nlp.quotes._model import QuoteWeights, QuoteIndex, features
from newsgraph.nlp.quotes._rules import find_candidates
from newsgraph.nlp.quotes._nesting import nest_rules
from newsgraph.nlp.quotes._marks import quote_spans
from newsgraph.eval.quotes import extent
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # docs/experiments/quotes: _cache
from _cache import load  # noqa: E402

wdir = Path(sys.argv[1]); folds = [int(x) for x in sys.argv[2].split(",")]; out = Path(sys.argv[3])
nlp = load_model()
names, golds, docs = load(nlp)
recs = []
for fold in folds:
    finder = QuoteFinder(None, weights=QuoteWeights.from_disk(wdir / f"w{fold}"))
    scorer = finder.weights.cue
    for k in [i for i in range(len(docs)) if i % 5 == fold]:
        doc = docs[k]; doc._.ng_quotes = None; finder(doc); text = doc.text
        pcues = [(q.cue.start, q.cue.end) for q in doc._.ng_quotes if q.cue is not None]
        quotes = quote_spans(doc)
        qidx = QuoteIndex([(q.start, q.end) for q in quotes])
        cands = find_candidates(doc, finder.lexicon, broad=True)
        scored = []
        for c, nest in zip(cands, nest_rules(cands)):
            p = scorer.probability(features(doc, c, qidx, finder.lexicon, nest=nest))
            scored.append((c, p))
        w = 1.0 / len(golds[k])
        for gi, gd in enumerate(golds[k]):
            for a in gd.attributions:
                if "cue" not in a.roles:
                    continue
                gc = extent(text, a.roles["cue"])
                if gc is None:
                    continue
                if any(p0 < gc[1] and gc[0] < p1 for p0, p1 in pcues):
                    recs.append(dict(fold=fold, doc=k, ann=gi, w=w, hit=True, gcue=gc))
                    continue
                over = [(c, p) for c, p in scored if c.cue[0] < gc[1] and gc[0] < c.cue[1]]
                best = max(over, key=lambda x: x[1]) if over else None
                span = doc.char_span(gc[0], gc[1], alignment_mode="expand")
                toks = [t for t in span] if span is not None else []
                root = next((t for t in toks if t.head.i == t.i or not (span.start <= t.head.i < span.end)), toks[0] if toks else None)
                ge = lambda r: extent(text, a.roles[r]) if r in a.roles else None
                inq = any(q.start <= gc[0] and gc[1] <= q.end for q in quotes)
                line_a = text.rfind("\n", 0, gc[0]) + 1; line_b = text.find("\n", gc[1]); line_b = len(text) if line_b < 0 else line_b
                rec = dict(fold=fold, doc=k, name=names[k], ann=gi, w=w, hit=False, gcue=gc, cue_text=text[gc[0]:gc[1]],
                           gsrc=ge("source"), gcont=ge("content"),
                           root=(root.text, root.lemma_, root.pos_, root.tag_, root.dep_, root.head.lemma_, root.head.pos_) if root is not None else None,
                           inquote=inq, line=text[line_a:line_b][:300], lineno=text.count("\n", 0, gc[0]),
                           sent=root.sent.text[:300] if root is not None else "",
                           best=(best[0].rule, best[0].lexical, round(best[1], 3), text[best[0].cue[0]:best[0].cue[1]], best[0].content is not None, best[0].source is not None) if best else None)
                recs.append(rec)
    print(fold, len(recs), flush=True)
pickle.dump(recs, out.open("wb"))
