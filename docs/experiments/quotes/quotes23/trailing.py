"""quotes23: the trailing-cue rule's own candidates (", police said." / ", said X." closing a
sentence, the clause before the comma the content) on the cached parse of PolNeAR train, folds
given, split by whether the fold's learned parts already built an attribution at the verb;
the new ones against the gold (any annotator, weighted 1/annotators): cue / source / content
exact, by lemma and by what follows. argv: weights-dir folds [v]"""
import sys
from collections import defaultdict
from pathlib import Path
from newsgraph.nlp.pipeline import load_model
from newsgraph.nlp.quotes.component import QuoteFinder
from newsgraph.nlp.quotes._model import QuoteWeights
from newsgraph.nlp.quotes._trailing import trailing_candidates
from newsgraph.eval.quotes import extent
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # docs/experiments/quotes: _cache
from _cache import load  # noqa: E402

wdir = Path(sys.argv[1]); folds = [int(x) for x in sys.argv[2].split(",")]; verbose = len(sys.argv) > 3
names, golds, docs = load(load_model())
tot = defaultdict(lambda: defaultdict(float)); arts = defaultdict(set)
ov = lambda a, b: a is not None and b is not None and a[0] < b[1] and b[0] < a[1]
for fold in folds:
    f = QuoteFinder(None, weights=QuoteWeights.from_disk(wdir / f"w{fold}"))
    for k, doc in enumerate(docs):
        if k % 5 != fold:
            continue
        text = doc.text
        cands = trailing_candidates(doc, text, f.lexicon)
        if not cands:
            continue
        found = f._attributions(doc)
        for c in cands:
            built = any(ov(a.cue, c.cue) for a in found)
            held = any(a.content[0] <= c.content[0] < a.content[1] for a in found)
            state = "built" if built else "content-held" if held else "new"
            w = 1 / len(golds[k]); got = defaultdict(float); marks = []
            for ann in golds[k]:
                for at in ann.attributions:
                    cue = extent(text, at.roles.get("cue", ()))
                    if not ov(cue, c.cue):
                        continue
                    got["gold cue"] += w
                    got["cue"] += w * (cue == c.cue)
                    got["source"] += w * (extent(text, at.roles.get("source", ())) == c.source)
                    got["content"] += w * (extent(text, at.roles.get("content", ())) == c.content)
                    marks.append((text[cue[0]:cue[1]], extent(text, at.roles.get("content", ())), extent(text, at.roles.get("source", ()))))
                    break
            lem = doc[c.head].lemma_.lower()
            for key in [(state,), (state, c.rule), (state, lem)]:
                tot[key]["n"] += 1; arts[key].add(k)
                for r, v in got.items():
                    tot[key][r] += v
            if verbose and (state == "new" or sys.argv[3] == "all"):
                print(f"{state} f{fold} d{k} {c.rule} {dict((a, round(b, 2)) for a, b in got.items())}")
                print(f"   cue {text[c.cue[0]:c.cue[1]]!r} src {text[c.source[0]:c.source[1]] if c.source else None!r}")
                print(f"   content {text[c.content[0]:c.content[1]][:150]!r}")
                s = doc[c.head].sent
                print(f"   sent {s.text[-150:]!r}")
                for m in marks:
                    print(f"   gold cue {m[0]!r} content {text[m[1][0]:m[1][1]][:100] if m[1] else None!r} src {text[m[2][0]:m[2][1]] if m[2] else None!r}")
for key, d in sorted(tot.items(), key=lambda x: (x[0][0], -x[1]["n"])):
    print(f"{str(key):45} n={d['n']:4.0f} arts={len(arts[key]):3d} gold cue {d['gold cue']:5.1f} cue {d['cue']:5.1f} src {d['source']:5.1f} content {d['content']:5.1f}")
