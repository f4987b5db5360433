from pathlib import Path
from newsgraph.eval.quotes import article_files, parse_ann, extent
p = Path("../shared/data/polnear/train"); n = 0.0; tot = 0.0; ex = []
for name, anns in sorted(article_files(p).items()):
    text = (p / "text" / f"{name}.txt").read_text()
    for a in anns:
        g = parse_ann(a.read_text()); w = 1 / len(anns)
        cues = [extent(text, x.roles["cue"]) for x in g.attributions if "cue" in x.roles]
        tot += w * len(cues)
        for c in cues:
            if any(d != c and d[0] <= c[0] and c[1] <= d[1] for d in cues):
                n += w; ex.append(text[c[0]:c[1]])
print(f"gold cues {tot:.1f}; inside another gold cue of the same annotator {n:.1f}", ex[:10])
