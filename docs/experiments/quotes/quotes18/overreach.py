"""Over-reach of without_inner_cues on unlabelled text: the attributions it drops (PTC articles)."""
import sys
from pathlib import Path
from newsgraph.nlp.pipeline import load_model
from newsgraph.nlp.quotes.component import QuoteFinder
from newsgraph.nlp.quotes._attribution import without_inner_cues
files = sorted(Path("../shared/data/framing/ptc/articles").glob("*.txt"))[: int(sys.argv[1])]
nlp = load_model()
finder = QuoteFinder(nlp)
n_att = n_drop = 0; sents = 0
for f, doc in zip(files, nlp.pipe([p.read_text() for p in files], batch_size=8)):
    atts = finder._attributions(doc)
    kept = without_inner_cues(atts)
    sents += sum(1 for _ in doc.sents)
    n_att += len(atts)
    t = doc.text
    for a in atts:
        if a in kept: continue
        n_drop += 1
        outer = [b for b in atts if b.cue and b.cue != a.cue and b.cue[0] <= a.cue[0] and a.cue[1] <= b.cue[1]][0]
        print(f"{f.stem}: DROP cue={t[a.cue[0]:a.cue[1]]!r} src={t[a.source[0]:a.source[1]] if a.source else None!r} con={t[a.content[0]:a.content[1]][:70]!r}\n    KEEP cue={t[outer.cue[0]:outer.cue[1]]!r} src={t[outer.source[0]:outer.source[1]] if outer.source else None!r} con={t[outer.content[0]:outer.content[1]][:70]!r}")
print(f"{len(files)} articles, {sents} sentences, {n_att} attributions, {n_drop} dropped")
