"""quotes23: the gold cues quotes20's miss list marks "accepted but lost" (a candidate at the cue
scored >= 0.45, no attribution built) whose gold content ends before the cue (an inverted
attribution: "..., said X", "..., X said", "so says X"), with why each was lost: the accepted
candidate's rule, whether the parse gave it a content, the verb's dependency and head.
argv: weights-dir miss.pkl [v]  (miss.pkl from quotes20/cuemiss.py)"""
import pickle, sys
from collections import defaultdict
from pathlib import Path
from newsgraph.nlp.pipeline import load_model
from newsgraph.nlp.quotes.component import QuoteFinder
from newsgraph.nlp.quotes._model import QuoteWeights, QuoteIndex, features
from newsgraph.nlp.quotes._rules import find_candidates
from newsgraph.nlp.quotes._nesting import nest_rules
from newsgraph.nlp.quotes._marks import quote_spans
from newsgraph.nlp.quotes._speakers import _non_statement
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # docs/experiments/quotes: _cache
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "quotes20"))  # cuetable
from _cache import load  # noqa: E402
from cuetable import stage  # noqa: E402

wdir = Path(sys.argv[1]); verbose = len(sys.argv) > 3
nlp = load_model()
names, golds, docs = load(nlp)
miss = [r for r in pickle.load(open(sys.argv[2], "rb")) if not r["hit"]]
rows = [r for r in miss if stage(r) == "accepted-lost" and r["gcont"] is not None and r["gcont"][1] <= r["gcue"][0] + 1]
finders = {}
tot = defaultdict(float); arts = defaultdict(set)
for r in sorted(rows, key=lambda r: (r["fold"], r["doc"], r["gcue"])):
    fold, k = r["fold"], r["doc"]
    f = finders.get(fold) or finders.setdefault(fold, QuoteFinder(None, weights=QuoteWeights.from_disk(wdir / f"w{fold}")))
    doc = docs[k]; text = doc.text
    quotes = quote_spans(doc); qidx = QuoteIndex([(q.start, q.end) for q in quotes])
    cands = find_candidates(doc, f.lexicon, broad=True)
    g = r["gcue"]
    best = None
    for c, nest in zip(cands, nest_rules(cands)):
        if c.cue[0] < g[1] and g[0] < c.cue[1]:
            p = f.weights.cue.probability(features(doc, c, qidx, f.lexicon, nest=nest))
            if p >= f.weights.threshold and (best is None or p > best[1]):
                best = (c, p)
    if best is None:
        why = "no accepted candidate now"
        c = None
    else:
        c = best[0]
        if c.content is None:
            why = "no content (" + c.rule + ")"
        elif _non_statement(doc, c, f.lexicon):
            why = "non-statement"
        else:
            why = "content, dropped later"
    verb = doc[c.head] if c is not None else None
    shape = (verb.lemma_.lower(), verb.dep_, verb.head.pos_) if verb is not None else None
    tot[why] += r["w"]; arts[why].add(k)
    tot[(why, shape[0] if shape else None)] += r["w"]; arts[(why, shape[0] if shape else None)].add(k)
    if verbose:
        gs = text[r["gsrc"][0]:r["gsrc"][1]] if r["gsrc"] else None
        print(f"--- f{fold} d{k} w{r['w']:.2f} {why} verb={shape} cue={r['cue_text']!r} src={gs!r}")
        print("   gold content:", text[r["gcont"][0]:r["gcont"][1]][:160].replace("\n", " | "))
        print("   sent:", r["sent"][:240].replace("\n", " | "))
for key, v in sorted(tot.items(), key=lambda x: -x[1]):
    print(f"{v:7.1f} {len(arts[key]):4d} {key}")
