"""Quotes of the first N PTC articles with the tree on PYTHONPATH (shipped weights): pickled."""
import pickle, sys
from pathlib import Path
from newsgraph.nlp.pipeline import load_model
files = sorted(Path("../shared/data/framing/ptc/articles").glob("*.txt"))[: int(sys.argv[1])]
nlp = load_model(); nlp.add_pipe("newsgraph_quotes")
out = {}
for f, doc in zip(files, nlp.pipe([p.read_text() for p in files], batch_size=8)):
    out[f.stem] = (doc.text, [((q.cue.start, q.cue.end) if q.cue else None, (q.source.start, q.source.end) if q.source else None, (q.content.start, q.content.end)) for q in doc._.ng_quotes])
pickle.dump(out, open(sys.argv[2], "wb"))
