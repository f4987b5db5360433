"""quotes21: the colon-intro rule's own candidates ("Hewitt writes:" + the next paragraph) on
the cached parse of PolNeAR train, folds given, against the gold (any annotator, weighted
1/annotators): cue / source / content exact. argv: folds [v]"""
import sys
from pathlib import Path
from newsgraph.nlp.pipeline import load_model
from newsgraph.nlp.quotes.component import QuoteFinder
from newsgraph.nlp.quotes._colon_intro import colon_intro_candidates
from newsgraph.eval.quotes import extent
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # docs/experiments/quotes: _cache
from _cache import load  # noqa: E402

folds = [int(x) for x in sys.argv[1].split(",")]; verbose = len(sys.argv) > 2
lex = QuoteFinder(None, cue_model=False, end_model=False, start_model=False).lexicon
names, golds, docs = load(load_model())
n = arts = 0; tot = {"cue": 0.0, "source": 0.0, "content": 0.0, "any": 0.0}
for k, doc in enumerate(docs):
    if k % 5 not in folds:
        continue
    text = doc.text
    cands = colon_intro_candidates(doc, text, lex.verbs)
    arts += bool(cands)
    for c in cands:
        n += 1; w = 1 / len(golds[k]); got = {"cue": 0.0, "source": 0.0, "content": 0.0, "any": 0.0}
        marks = []
        for ann in golds[k]:
            for at in ann.attributions:
                cue = extent(text, at.roles.get("cue", ()))
                if cue is None or not (cue[0] < c.cue[1] and c.cue[0] < cue[1]):
                    continue
                got["any"] += w
                got["cue"] += w * (cue == c.cue)
                got["source"] += w * (extent(text, at.roles.get("source", ())) == c.source)
                got["content"] += w * (extent(text, at.roles.get("content", ())) == c.content)
                marks.append((text[cue[0]:cue[1]], extent(text, at.roles.get("content", ()))))
                break
        for key in tot:
            tot[key] += got[key]
        if verbose:
            line = text.rfind("\n", 0, c.cue[0]) + 1
            print(f"d{k} {got} | {text[line:c.cue[1]][-80:]!r} -> {text[c.content[0]:c.content[1]][:70]!r}")
            for m in marks:
                print("     gold cue", repr(m[0]), "content", m[1], "mine", c.content)
print(f"folds {sys.argv[1]}: {n} intros in {arts} articles; gold cue overlapped {tot['any']:.1f}, exact cue {tot['cue']:.1f}, source {tot['source']:.1f}, content {tot['content']:.1f}")
