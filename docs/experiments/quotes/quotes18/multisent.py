import random, sys
from pathlib import Path
from newsgraph.nlp.pipeline import load_model
from newsgraph.eval.quotes import extent
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # docs/experiments/quotes: _cache
from _cache import load  # noqa: E402
nlp = load_model()
_names, golds, docs = load(nlp)
tot = multi = inq = 0.0; ex = []
for k, doc in enumerate(docs):
    text = doc.text
    ss = [s.start_char for s in doc.sents]
    for gd in golds[k]:
        w = 1 / len(golds[k])
        for a in gd.attributions:
            if "content" not in a.roles: continue
            ge = extent(text, a.roles["content"])
            if not ge: continue
            tot += w
            n = sum(1 for s in ss if ge[0] < s < ge[1])
            if n:
                multi += w
                q = text[ge[0]] in "\"“'‘`"
                inq += w * q
                if not q: ex.append(text[ge[0]:ge[1]].replace("\n", " / "))
print(f"gold contents {tot:.1f}, spanning >1 parse sentence {multi:.1f} ({multi/tot:.1%}), of which opening on a quote mark {inq:.1f}")
random.seed(1)
for e in random.sample(ex, 12): print("-", e[:300])
