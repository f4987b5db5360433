"""quotes18: attributions whose cue lies inside another attribution's cue (a doubled cue read twice:
"expressed concern" / "concern"), per fold, judged against the gold. argv: weights-dir folds out.pkl"""
import pickle, sys
from pathlib import Path
from newsgraph.nlp.pipeline import load_model
from newsgraph.nlp.quotes.component import QuoteFinder
from newsgraph.nlp.quotes._model import QuoteWeights
from newsgraph.nlp.quotes._sources import closing_comma_after_cue
from newsgraph.eval.quotes import extent, minus
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # docs/experiments/quotes: _cache
from _cache import load  # noqa: E402

wdir = Path(sys.argv[1]); folds = [int(x) for x in sys.argv[2].split(",")]; out = Path(sys.argv[3])
nlp = load_model()
_names, golds, docs = load(nlp)
def gold_has(gs, role, ext, text):
    return sum(1 / len(gs) for gd in gs if any(role in a.roles and extent(text, a.roles[role]) == ext for a in gd.attributions))
def judge(doc, gs, a, finder):
    text = doc.text
    q = finder._record(doc, a)
    ce = extent(text, minus(q.content, [q.cue, q.source]))
    return dict(rule=a.rule, kind=a.kind, conf=q.confidence, cue=a.cue, content=a.content, source=a.source,
        cue_t=text[a.cue[0]:a.cue[1]], src_t=text[a.source[0]:a.source[1]] if a.source else None,
        con_t=text[a.content[0]:a.content[1]], id=q.id,
        g_cue=gold_has(gs, "cue", extent(text, (a.cue,)), text),
        g_src=gold_has(gs, "source", extent(text, (a.source,)), text) if a.source else 0.0,
        g_con=gold_has(gs, "content", ce, text))
recs = []
for fold in folds:
    finder = QuoteFinder(None, weights=QuoteWeights.from_disk(wdir / f"w{fold}"))
    for k in [i for i in range(len(docs)) if i % 5 == fold]:
        doc = docs[k]; text = doc.text
        atts = finder._attributions(doc)
        for a in atts:
            a.source = closing_comma_after_cue(text, a.source, a.cue)
        for a in atts:
            if a.cue is None: continue
            outer = [b for b in atts if b is not a and b.cue is not None and b.cue[0] <= a.cue[0] and a.cue[1] <= b.cue[1] and b.cue != a.cue]
            if outer:
                b = outer[0]
                recs.append(dict(fold=fold, doc=k, inner=judge(doc, golds[k], a, finder), outer=judge(doc, golds[k], b, finder),
                    same_content=a.content == b.content, same_start=a.content[0] == b.content[0], overlap=a.content[0] < b.content[1] and b.content[0] < a.content[1]))
    print(fold, len(recs), flush=True)
pickle.dump(recs, out.open("wb"))
