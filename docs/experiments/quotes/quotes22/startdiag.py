"""Out-of-fold start choices: for each held-out fifth, every (attribution, annotator) start choice
the trainer would make (content after its cue, gold start among the options), with the fold's
start chooser's pick. argv: weights-dir folds out.pkl"""
import pickle, sys
from pathlib import Path
import newsgraph.train.quotes as train
from newsgraph.nlp.pipeline import load_model
from newsgraph.nlp.quotes.component import QuoteFinder
from newsgraph.nlp.quotes._model import QuoteWeights
from newsgraph.nlp.quotes._starts import start_options, start_rows
from newsgraph.train.quotes import _gold_match, _scored_extent
from newsgraph.eval.quotes import extent  # noqa
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # docs/experiments/quotes: _cache
from _cache import load  # noqa: E402

wdir = Path(sys.argv[1]); folds = [int(x) for x in sys.argv[2].split(",")]
nlp = load_model()
_names, golds, docs = load(nlp)
recs = []
for fold in folds:
    w = QuoteWeights.from_disk(wdir / f"w{fold}")
    finder = QuoteFinder(None, end_model=False, start_model=False, weights=w)
    chooser = w.start
    for k in range(len(docs)):
        if k % 5 != fold:
            continue
        doc, text = docs[k], docs[k].text
        for att in finder._attributions(doc):
            if att.cue is None or att.kind == "direct" or att.head is None:
                continue
            options = start_options(doc, att.content, att.cue, att.source)
            if len(options) < 2:
                continue
            rows = start_rows(doc, att.content, options, att.cue, att.rule, att.head)
            scores = [chooser.score(r) for r in rows]
            pick = max(range(len(options)), key=lambda i: (scores[i], -i))
            ms = _gold_match(golds[k], att.cue)
            for m in ms:
                want = extent(text, m.roles["content"])
                if want is None:
                    continue
                right = next((i for i, s in enumerate(options)
                              if (e := _scored_extent(text, (s, att.content[1]), None, att.source)) is not None
                              and e[0] == want[0]), -1)
                gcue = m.roles.get("cue", ())
                recs.append(dict(fold=fold, doc=k, w=1 / len(golds[k]), options=options, right=right,
                                 pick=pick, a=att.content[0], cue=att.cue, gcue=list(gcue), want=want,
                                 scores=scores, rule=att.rule, head=att.head))
pickle.dump(recs, open(sys.argv[3], "wb"))
print(len(recs))
