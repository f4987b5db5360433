"""Gold only, articles of the given folds (article k in fold k mod 5), every annotator 1/k:
the object nouns of a cue verb the annotators put in the cue ("rejected the notion | that ...")
against those they leave opening the content ("rejected | the plan ..."), by lemma, with what
follows the noun. argv: folds"""
import sys
from collections import Counter, defaultdict
from pathlib import Path
from newsgraph.nlp.pipeline import load_model
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # docs/experiments/quotes: _cache
from _cache import load  # noqa: E402

folds = {int(x) for x in sys.argv[1].split(",")}
names, golds, docs = load(load_model())
lem = defaultdict(Counter)
nxt = defaultdict(Counter)
for k, doc in enumerate(docs):
    if k % 5 not in folds:
        continue
    for gold in golds[k]:
        w = 1 / len(golds[k])
        for att in gold.attributions:
            cues, cons = att.roles.get("cue", ()), att.roles.get("content", ())
            if not cues or not cons:
                continue
            c0 = min(a for a, _ in cons)
            ce = max(b for _, b in cues)
            if ce > c0:
                continue  # content before or around its cue
            span = doc.char_span(min(a for a, _ in cues), ce, alignment_mode="expand")
            if span is None:
                continue
            verbs = [t for t in span if t.pos_ in {"VERB", "AUX"}]
            for t in span:
                if t.pos_ == "NOUN" and t.dep_ == "dobj" and t.head in verbs:
                    follow = doc[t.i + 1].lower_ if t.i + 1 < len(doc) else ""
                    lem[t.lemma_.lower()]["cue"] += w
                    nxt["cue"][follow if follow in {"that", "of", "for", "to", "about", "on"} else "other"] += w
            first = doc.char_span(c0, c0 + 1, alignment_mode="expand")
            if first is None:
                continue
            t = first[0]
            while t.dep_ in {"det", "poss", "amod", "compound", "nummod"} and t.head.i > t.i:
                t = t.head
            if t.pos_ == "NOUN" and t.dep_ == "dobj" and t.head in verbs:
                follow = doc[t.i + 1].lower_ if t.i + 1 < len(doc) else ""
                lem[t.lemma_.lower()]["content"] += w
                nxt["content"][follow if follow in {"that", "of", "for", "to", "about", "on"} else "other"] += w
tot = Counter()
for c in lem.values():
    tot.update(c)
print("object noun of the cue verb in the cue / opening the content:", {k: round(v, 1) for k, v in tot.items()})
for side, c in nxt.items():
    print(side, "followed by", {k: round(v, 1) for k, v in c.most_common()})
print("lemma        in-cue  in-content")
for w, c in sorted(lem.items(), key=lambda kv: -kv[1]["cue"])[:40]:
    print(f"{w:14s} {c['cue']:6.1f} {c['content']:6.1f}")
print("most often in the content:")
for w, c in sorted(lem.items(), key=lambda kv: -kv[1]["content"])[:25]:
    print(f"{w:14s} {c['cue']:6.1f} {c['content']:6.1f}")
