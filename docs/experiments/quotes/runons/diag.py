"""quotes17 step 1: end-chooser misses out of fold; what lies past the parse's end, kept vs cut.
argv: weights-dir folds out.pkl"""
import pickle, sys
from pathlib import Path
from newsgraph.nlp.pipeline import load_model
from newsgraph.nlp.quotes.component import QuoteFinder
from newsgraph.nlp.quotes._model import QuoteWeights
from newsgraph.nlp.quotes._bounds import end_options, end_rows
from newsgraph.eval.quotes import extent
from newsgraph.train.quotes import _gold_match, _scored_extent
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # docs/experiments/quotes: _cache
from _cache import load  # noqa: E402

wdir = Path(sys.argv[1]); folds = [int(x) for x in sys.argv[2].split(",")]; out = Path(sys.argv[3])
nlp = load_model()
_names, golds, docs = load(nlp)
recs = []
for fold in folds:
    w = QuoteWeights.from_disk(wdir / f"w{fold}")
    finder = QuoteFinder(None, end_model=False, weights=w)
    for k in [i for i in range(len(docs)) if i % 5 == fold]:
        doc = docs[k]; text = doc.text
        for att in finder._attributions(doc):
            if att.cue is None or att.kind == "direct":
                continue
            matches = _gold_match(golds[k], att.cue)
            if not matches:
                continue
            options = end_options(doc, att.content, att.cue)
            rows = end_rows(doc, att.content, options, att.content[1], att.rule, att.head, att.kind)
            scores = [w.end.score(r) for r in rows]
            chosen = options[max(range(len(options)), key=lambda i: (scores[i], -i))]
            exts = [_scored_extent(text, (att.content[0], e), att.cue, att.source) for e in options]
            for m in matches:
                want = extent(text, m.roles["content"])
                have = _scored_extent(text, att.content, att.cue, att.source)
                if want is None or have is None or have[0] != want[0]:
                    continue
                gold_i = next((i for i, x in enumerate(exts) if x is not None and x[1] == want[1]), None)
                recs.append(dict(fold=fold, doc=k, w=1 / len(golds[k]), a=att.content[0], b=att.content[1],
                                 cue=att.cue, head=att.head, rule=att.rule, kind=att.kind, source=att.source,
                                 options=options, scores=scores, chosen=chosen,
                                 gold=options[gold_i] if gold_i is not None else None, want=want))
    print(fold, len(recs), flush=True)
pickle.dump(recs, out.open("wb"))
