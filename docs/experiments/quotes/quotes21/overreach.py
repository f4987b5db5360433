"""quotes21 over-reach: the colon-intro rule on unlabelled texts (LGL, GeoVirus, TimeBank/AQUAINT,
PTC) with a paragraph ending in "<word>:"; prints every candidate it makes. argv: [limit]"""
import re, html, sys
from pathlib import Path
from newsgraph.nlp.pipeline import load_model
from newsgraph.nlp.quotes.component import QuoteFinder
from newsgraph.nlp.quotes._colon_intro import colon_intro_candidates
S = Path("../shared/data")  # run from the repository root
limit = int(sys.argv[1]) if len(sys.argv) > 1 else 200
texts = []
for f in ["geo/lgl.xml", "geo/geovirus.xml"]:
    raw = (S / f).read_text(errors="ignore")
    texts += [html.unescape(t) for t in re.findall(r"<text>(.*?)</text>", raw, re.S)]
for f in sorted((S / "time/tbaq").rglob("*.tml")):
    raw = f.read_text(errors="ignore")
    m = re.search(r"<TEXT>(.*?)</TEXT>", raw, re.S)
    if m: texts.append(html.unescape(re.sub(r"<[^>]+>", "", m.group(1))))
texts += [p.read_text(errors="ignore") for p in sorted((S / "framing/ptc/articles").glob("*.txt"))]
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
