"""quotes20: the gold cues `cuemiss.py` found no predicted cue for, by stage (no candidate, scored
in a band, accepted but no attribution built) and by class; weighted 1/annotators, with article
counts. argv: miss.pkl [lemmas]"""
import pickle, re, sys
from collections import defaultdict

def stage(r):
    b = r["best"]
    if b is None:
        return "no-cand"
    p = b[2]
    return "accepted-lost" if p >= 0.45 else "0.35-0.45" if p >= 0.35 else "0.2-0.35" if p >= 0.2 else "<0.2"


def cls(r):
    t = r["cue_text"].lower(); root = r["root"]; lem = root[1].lower() if root else ""
    if t.startswith("according"): return "according to"
    if r["lineno"] == 0: return "headline line"
    if re.match(r"^in\b", t) and re.search(r"\b(poll|survey)", r["sent"].lower()): return "in ... poll/survey"
    if lem in {"tell", "write", "tweet", "post"}: return "told/wrote/tweeted/posted"
    if lem in {"statement", "comment", "remark"}: return "statement/comments/remarks"
    if r["inquote"]: return "inside a quotation"
    if root and root[2] == "PUNCT": return "punctuation (: -)"
    if root and root[2] == "AUX": return "copula"
    b = r["best"]
    if b and 0.4 <= b[2] < 0.45: return "scored 0.40-0.45"
    if b and b[2] >= 0.45: return "accepted, lost later"
    if root and root[2] == "PROPN": return "tagged PROPN"
    return "other"


def tally(key, rows, n=30):
    c = defaultdict(float); d = defaultdict(set)
    for r in rows:
        k = key(r); c[k] += r["w"]; d[k].add(r["doc"])
    for k, v in sorted(c.items(), key=lambda x: -x[1])[:n]:
        print(f"  {v:7.1f} {len(d[k]):4d}  {k}")


if __name__ == "__main__":
    recs = pickle.load(open(sys.argv[1], "rb"))
    miss = [r for r in recs if not r["hit"]]
    print("gold cues", round(sum(r["w"] for r in recs), 1), "hit", round(sum(r["w"] for r in recs if r["hit"]), 1),
          "missed", round(sum(r["w"] for r in miss), 1))
    print("== by stage"); tally(stage, miss)
    print("== by class"); tally(cls, miss)
    if len(sys.argv) > 2:
        for s in ["no-cand", "accepted-lost", "0.35-0.45", "0.2-0.35", "<0.2"]:
            print("== lemmas,", s)
            tally(lambda r: (r["root"][1].lower(), r["root"][2]) if r["root"] else None, [r for r in miss if stage(r) == s], 25)
