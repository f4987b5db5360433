"""The two shipped source rules applied to the pickled predictions (dump.py), fold by fold:
a90aa68's sources, + the relative clause, + the time phrase. argv: folds [show]."""
import sys

import lib
from newsgraph.nlp.quotes._lexicon import load_lexicon
from newsgraph.nlp.quotes._sources import before_speaking_clause, before_time_phrase

VERBS = load_lexicon().verbs


def relative(doc, q):
    s = q["source"] and tuple(q["source"])
    return before_speaking_clause(doc, s, q["cue"] and tuple(q["cue"]), VERBS)


def both(doc, q):
    return before_time_phrase(doc, relative(doc, q), q["cue"] and tuple(q["cue"]))


for f in [int(x) for x in sys.argv[1].split(",")]:
    print(f, lib.score(f), lib.score(f, relative), lib.score(f, both), flush=True)
    if len(sys.argv) > 2:
        for k, qs in lib.preds[f].items():
            d = lib.docs()[k]
            for q in qs:
                n = both(d, q)
                if n != (q["source"] and tuple(q["source"])):
                    s = q["source"]
                    print("   ", k, repr(d.text[s[0]:s[1]]), "->", repr(d.text[n[0]:n[1]]))
