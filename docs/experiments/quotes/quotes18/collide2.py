"""quotes18: every content two or more attributions claim (dropped to one by _one_per_content), per
fold, with each claimant's cue / source / content judged against the gold (weighted per annotator).
argv: weights-dir folds out.pkl"""
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
recs = []
def gold_has(gs, role, ext, text):
    return sum(1 / len(gs) for gd in gs if any(role in a.roles and extent(text, a.roles[role]) == ext for a in gd.attributions))
for fold in folds:
    finder = QuoteFinder(None, weights=QuoteWeights.from_disk(wdir / f"w{fold}"))
    for k in [i for i in range(len(docs)) if i % 5 == fold]:
        doc = docs[k]; text = doc.text
        atts = finder._attributions(doc)
        for a in atts:
            a.source = closing_comma_after_cue(text, a.source, a.cue)
        quotes = [finder._record(doc, a) for a in atts]
        groups = {}
        for a, q in zip(atts, quotes):
            groups.setdefault(q.id, []).append((a, q))
        for gid, g in groups.items():
            if len(g) < 2:
                continue
            best = None
            for a, q in g:
                if best is None or q.confidence > best.confidence:
                    best = q
            mem = []
            for a, q in g:
                ce = extent(text, minus(q.content, [q.cue, q.source]))
                mem.append(dict(kept=q is best, conf=q.confidence, rule=a.rule, kind=a.kind,
                    cue=a.cue, source=a.source, content=a.content, head=a.head,
                    cue_t=text[a.cue[0]:a.cue[1]] if a.cue else None,
                    src_t=text[a.source[0]:a.source[1]] if a.source else None,
                    g_cue=gold_has(golds[k], "cue", extent(text, ((a.cue),)) if a.cue else None, text),
                    g_src=gold_has(golds[k], "source", extent(text, ((a.source),)) if a.source else None, text),
                    g_con=gold_has(golds[k], "content", ce, text)))
            recs.append(dict(fold=fold, doc=k, content=text[g[0][0].content[0]:g[0][0].content[1]], members=mem))
    print(fold, len(recs), flush=True)
pickle.dump(recs, out.open("wb"))
