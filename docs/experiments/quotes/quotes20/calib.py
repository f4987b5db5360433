"""quotes20: every cue candidate of the held-out fifths with its fold scorer's probability and
its gold share (headline line or not, lexical, rule, lemma, tag). argv: folds weights-dir out.pkl"""
import pickle, sys
from collections import defaultdict
from pathlib import Path
from newsgraph.nlp.pipeline import load_model
from newsgraph.nlp.quotes.component import QuoteFinder
from newsgraph.nlp.quotes._model import QuoteWeights, QuoteIndex, features
from newsgraph.nlp.quotes._rules import find_candidates
from newsgraph.nlp.quotes._nesting import nest_rules
from newsgraph.nlp.quotes._marks import quote_spans
from newsgraph.eval.quotes import extent
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # docs/experiments/quotes: _cache
from _cache import load
nlp = load_model()
names, golds, docs = load(nlp)
folds = [int(x) for x in sys.argv[1].split(",")]
rows = []
for fold in folds:
    f = QuoteFinder(None, weights=QuoteWeights.from_disk(Path(sys.argv[2]) / f"w{fold}"))
    for k in [i for i in range(len(docs)) if i % 5 == fold]:
        doc = docs[k]; text = doc.text
        quotes = quote_spans(doc); qidx = QuoteIndex([(q.start, q.end) for q in quotes])
        cands = find_candidates(doc, f.lexicon, broad=True)
        gc = []
        for gd in golds[k]:
            gc.append([extent(text, a.roles["cue"]) for a in gd.attributions if "cue" in a.roles])
        first_nl = text.find("\n")
        for c, nest in zip(cands, nest_rules(cands)):
            p = f.weights.cue.probability(features(doc, c, qidx, f.lexicon, nest=nest))
            g = sum(any(x and x[0] < c.cue[1] and c.cue[0] < x[1] for x in cues) for cues in gc) / len(gc)
            rows.append(dict(fold=fold, doc=k, p=p, g=g, head=c.cue[0] < first_nl, lex=c.lexical, rule=c.rule, lemma=doc[c.head].lemma_.lower(), tag=doc[c.head].tag_))
pickle.dump(rows, open(sys.argv[3], "wb"))
