"""Shared by the quotes19 scripts: the cached parse, gold, pickled predictions, scoring."""
import os
import pickle
import sys
from collections import namedtuple
from pathlib import Path
from newsgraph.nlp.pipeline import load_model
from newsgraph.eval.quotes import extent, score_article, minus, Tally, ROLES
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # docs/experiments/quotes: _cache
from _cache import load_docs, load_gold  # noqa: E402

Q19 = Path(os.environ.get("Q19", "q19"))  # base/w{k}, train.spacy, gold.pkl, pred{k}.pkl
S = namedtuple("S", "start end")
nlp = load_model()
_names, golds = load_gold(Q19)
_docs = None
def docs():
    global _docs
    if _docs is None:
        _docs = load_docs(nlp, Q19)
    return _docs
preds = {f: pickle.load(open(Q19 / f"pred{f}.pkl", "rb")) for f in range(5) if (Q19 / f"pred{f}.pkl").exists()}

def roles(q):
    c = S(*q["content"]); cue = q["cue"] and S(*q["cue"]); src = q["source"] and S(*q["source"])
    r = {"content": minus(c, [cue, src])}
    if cue: r["cue"] = (tuple(cue),)
    if src: r["source"] = (tuple(src),)
    return r

def text(k):
    return docs()[k].text

def score(fold, transform=None):
    tot = {r: Tally() for r in ROLES}
    for k, qs in preds[fold].items():
        if transform is not None:
            qs = [dict(q, source=transform(docs()[k], q)) for q in qs]
        for r, t in score_article(text(k), list(golds[k]), [roles(q) for q in qs]).items():
            tot[r].add(t, 1.0)
    return tuple(round(tot[r].exact_f1, 4) for r in ROLES)

def pairs(fold):
    """(k, weight, q, gold_source_extent or None) for predicted quotes with an exact gold cue."""
    out = []
    for k, qs in preds[fold].items():
        t = text(k); w = 1.0 / len(golds[k])
        for gd in golds[k]:
            gatts = [(extent(t, a.roles["cue"]), a) for a in gd.attributions if "cue" in a.roles]
            used = set()
            for q in qs:
                if not q["cue"]: continue
                m = next((j for j, (gc, a) in enumerate(gatts) if gc == tuple(q["cue"]) and j not in used), None)
                if m is None: continue
                used.add(m); a = gatts[m][1]
                ge = extent(t, a.roles["source"]) if "source" in a.roles else None
                out.append((k, w, q, ge))
    return out
