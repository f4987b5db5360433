"""quotes20 over-reach: the poll-opener rule on unlabelled texts (LGL, GeoVirus, TimeBank/AQUAINT,
PTC) that mention a poll or survey; prints every attribution it adds."""
import re, html, sys
from pathlib import Path
from newsgraph.nlp.pipeline import load_model
from newsgraph.nlp.quotes._polls import poll_candidates
S = Path("../shared/data")  # run from the repository root
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
pat = re.compile(r"\b(poll|survey)", re.I)
sel = [t for t in texts if pat.search(t)]
print("mention poll/survey", len(sel))
nlp = load_model()
n = 0
for doc in nlp.pipe(sel, batch_size=8):
    t = doc.text
    for c in poll_candidates(doc, t):
        n += 1
        print(f"SRC={t[c.source[0]:c.source[1]]!r}\n   CON={t[c.content[0]:c.content[1]][:160]!r}")
print("added", n)
