"""Attributions the one-per-content rule drops, per arm, on the docs where cue/source counts differ."""
import sys
from pathlib import Path
from newsgraph.nlp.pipeline import load_model
from newsgraph.nlp.quotes.component import QuoteFinder
from newsgraph.nlp.quotes._model import QuoteWeights
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # docs/experiments/quotes: _cache
from _cache import load_docs  # noqa: E402
A, B, fold = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
nlp = load_model()
docs = load_docs(nlp)
fa = QuoteFinder(None, weights=QuoteWeights.from_disk(A / f"w{fold}"))
fb = QuoteFinder(None, weights=QuoteWeights.from_disk(B / f"w{fold}"))
def sig(f, doc):
    atts = f._attributions(doc)
    return {(a.cue, a.content): a for a in atts}
for k in [i for i in range(len(docs)) if i % 5 == fold]:
    doc = docs[k]; t = doc.text
    sa, sb = sig(fa, doc), sig(fb, doc)
    ca = {}; cb = {}
    for (cue, con), a in sa.items(): ca.setdefault(con, []).append(cue)
    for (cue, con), a in sb.items(): cb.setdefault(con, []).append(cue)
    da = {c: v for c, v in ca.items() if len(v) > 1}; db = {c: v for c, v in cb.items() if len(v) > 1}
    if set(map(tuple, map(sorted, da.values()))) != set(map(tuple, map(sorted, db.values()))):
        print("DOC", k)
        for name, d in ((A.name, da), (B.name, db)):
            for con, cues in d.items():
                print("  ", name, "content:", t[con[0]:con[1]][:150].replace("\n", " "), "| cues:", [t[c[0]:c[1]] for c in cues])
