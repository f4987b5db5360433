"""quotes21 over-reach: the colon-intro rule on unlabelled texts (LGL, GeoVirus, TimeBank/AQUAINT,
PTC) with a paragraph ending in "<word>:"; prints every candidate it makes. argv: [limit]"""
import re, sys
from pathlib import Path
from newsgraph.nlp.pipeline import load_model
from newsgraph.nlp.quotes.component import QuoteFinder
from newsgraph.nlp.quotes._colon_intro import colon_intro_candidates
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # docs/experiments/quotes: _cache
from _cache import unlabelled_texts  # noqa: E402
limit = int(sys.argv[1]) if len(sys.argv) > 1 else 200
texts = unlabelled_texts()  # run from the repository root
print("texts", len(texts))
pat = re.compile(r"(?m)[a-z]:[ \t]*\n\s*\S")
sel = [t for t in texts if pat.search(t)]
print("with a paragraph ending '<word>:'", len(sel), "parsed", min(limit, len(sel)))
lex = QuoteFinder(None, cue_model=False, end_model=False, start_model=False).lexicon
nlp = load_model()
n = 0
for doc in nlp.pipe(sel[:limit], batch_size=8):
    t = doc.text
    for c in colon_intro_candidates(doc, t, lex.verbs):
        n += 1
        line = t.rfind("\n", 0, c.cue[0]) + 1
        print(f"LINE={t[line:c.cue[1]][-90:]!r}\n   SRC={t[c.source[0]:c.source[1]] if c.source else None!r} CON={t[c.content[0]:c.content[1]][:120]!r}")
print("added", n)
