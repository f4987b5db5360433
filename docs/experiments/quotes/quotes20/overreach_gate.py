"""quotes20 over-reach: attributions whose cue is a main-gated verb in a clause modifying a noun
(the new broad candidates), on the first N unlabelled PTC articles. argv: weights-dir N
(run from the repository root, PYTHONPATH naming the tree to test)"""
import sys
from pathlib import Path
from newsgraph.nlp.pipeline import load_model
from newsgraph.nlp.quotes.component import QuoteFinder
from newsgraph.nlp.quotes._model import QuoteWeights
files = sorted(Path("../shared/data/framing/ptc/articles").glob("*.txt"))[: int(sys.argv[2])]
nlp = load_model()
finder = QuoteFinder(None, weights=QuoteWeights.from_disk(Path(sys.argv[1])))
gated = {l for l, g in finder.lexicon.gates.items() if g == "main"}
n = 0; total = 0
for f, doc in zip(files, nlp.pipe([p.read_text() for p in files], batch_size=8)):
    finder(doc)
    t = doc.text
    for q in doc._.ng_quotes:
        total += 1
        if q.cue is None: continue
        span = doc.char_span(q.cue.start, q.cue.end, alignment_mode="expand")
        heads = [w for w in span if w.lemma_.lower() in gated and w.dep_ in {"relcl", "acl"}]
        if not heads: continue
        n += 1
        src = q.source.text if q.source is not None else None
        print(f"{f.stem}: cue={q.cue.text!r} src={src!r} con={q.content.text[:90]!r}\n    S: {heads[0].sent.text[:200]!r}")
print(f"{len(files)} articles, {total} quotes, {n} with a main-gated cue in a modifying clause")
