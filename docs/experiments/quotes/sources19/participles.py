"""The participle rule (participle_subject) applied to pickled predictions that already carry the
other source rules (dump.py's output under tag TAG, e.g. code of 9aab6cc): argv folds TAG [show]."""
import pickle
import sys

import lib
from newsgraph.nlp.quotes._sources import participle_subject

tag = sys.argv[2]
for f in range(5):
    if (lib.Q19 / f"{tag}{f}.pkl").exists():
        lib.preds[f] = pickle.load(open(lib.Q19 / f"{tag}{f}.pkl", "rb"))


def participle(doc, q):
    s = q["source"] and tuple(q["source"])
    if s is not None or not q["cue"]:
        return s
    return participle_subject(doc, tuple(q["cue"]))[0]


for f in [int(x) for x in sys.argv[1].split(",")]:
    print(f, lib.score(f), lib.score(f, participle), flush=True)
    if len(sys.argv) > 3:
        for k, qs in lib.preds[f].items():
            d = lib.docs()[k]
            for q in qs:
                n = participle(d, q)
                if n != (q["source"] and tuple(q["source"])):
                    print("   ", k, repr(d.text[q["cue"][0]:q["cue"][1]]), "->", repr(d.text[n[0]:n[1]]))
