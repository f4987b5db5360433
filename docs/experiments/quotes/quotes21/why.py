"""quotes21: why each missed "told / wrote / tweeted / posted" gold cue (quotes20's class, its
miss.pkl from `quotes20/cuemiss.py`) was missed, by the shape around the cue; weighted
1/annotators, with article counts; a heuristic (docs/quotes.md quotes21 gives the hand-checked
counts). argv: miss.pkl [v]"""
import pickle, re, sys
from collections import defaultdict
from pathlib import Path
from newsgraph.nlp.pipeline import load_model
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "quotes20"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # docs/experiments/quotes: _cache
from cuetable import cls, stage  # noqa: E402
from _cache import load_docs  # noqa: E402

recs = pickle.load(open(sys.argv[1], "rb"))
miss = [r for r in recs if not r["hit"] and cls(r) == "told/wrote/tweeted/posted"]
docs = load_docs(load_model())
texts = {r["doc"]: docs[r["doc"]].text for r in miss}


def why(r):
    t = texts[r["doc"]]; c0, c1 = r["gcue"]; root = r["root"]; cont = r["gcont"]
    after = t[c1:c1 + 3]
    if re.match(r"\s*:?\s*\n", t[c1 - 1:c1 + 3]) or (t[c1 - 1] == ":" and "\n" in after):
        return "colon, the content on the next line"
    if re.search(r"[\"”’']\s*,?\s*$", t[max(0, c0 - 60):c0]) or re.search(r"[\"”'],?\s+\S+(\s\S+){0,3}\s*$", t[max(0, c0 - 40):c0]):
        return "a quotation just before (inverted or '\"...,\" X told')"
    if root and root[3] in ("VBN",) and root[4] in ("ccomp", "conj", "csubj", "pcomp", "ROOT") and re.search(r"\b(is|are|was|were|be|being|been)\s+\S*\s*$", t[max(0, c0 - 25):c0]):
        return "passive ('are told', 'was written off')"
    if root and root[4] in ("relcl", "acl", "advcl", "pcomp", "amod") :
        return "in a modifier / participle clause (" + root[4] + ")"
    if cont and cont[0] >= c1 and not re.match(r"\s*(that|about|to|:)\b", t[c1:cont[0]] + " "):
        return "object as content ('wrote a letter', 'posted a photo')"
    return "other"


c = defaultdict(float); d = defaultdict(set)
for r in miss:
    k = why(r); c[k] += r["w"]; d[k].add(r["doc"])
    if len(sys.argv) > 2:
        t = texts[r["doc"]]; print(f"{k[:30]:30s} {stage(r):13s} {t[max(0, r['gcue'][0] - 50):r['gcue'][1] + 30]!r}")
print("missed", round(sum(r["w"] for r in miss), 1), "in", len({r["doc"] for r in miss}), "articles")
for k, v in sorted(c.items(), key=lambda x: -x[1]):
    print(f"  {v:6.1f} {len(d[k]):3d}  {k}")
