"""quotes23 over-reach: the attributions the trailing-cue rule adds to the whole quote finder's
output (shipped weights) on unlabelled news: LGL articles [a, b) and PTC articles [c, d) of
``_cache.unlabelled_texts()`` (its 588 LGL texts come first, its 260 PTC texts last); prints
every one, with its sentence, for judging by hand. Run from the repository root.
argv: a b c d"""
import sys
from pathlib import Path
from newsgraph.nlp.pipeline import load_model
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # docs/experiments/quotes: _cache
from _cache import unlabelled_texts  # noqa: E402

a, b, c, d = (int(x) for x in sys.argv[1:5])
texts = unlabelled_texts()
n_lgl, ptc = b - a, len(texts) - 260  # PTC: the last 260
sel = texts[a:b] + texts[ptc + c : ptc + d]
nlp = load_model()
nlp.add_pipe("newsgraph_quotes")
n = arts = total = 0
for k, doc in enumerate(nlp.pipe(sel, batch_size=8)):
    t = doc.text
    got = [q for q in doc._.ng_quotes if q.rule == "trailing-cue"]
    total += len(doc._.ng_quotes)
    arts += bool(got)
    for q in got:
        n += 1
        sent = doc.char_span(q.cue.start, q.cue.end, alignment_mode="expand").sent.text.strip()
        print(f"#{n} text {k} ({'LGL' if k < n_lgl else 'PTC'})\n   SENT={sent[-260:]!r}")
        print(f"   CUE={q.cue.text!r} SRC={q.source.text if q.source else None!r}\n   CON={q.content.text[:200]!r}")
print(f"texts {len(sel)}, quotes {total}, trailing-cue attributions {n} in {arts} texts")
