import sys
from collections import Counter
from pathlib import Path
from newsgraph.eval.quotes import article_files, parse_ann, extent
p = Path("../shared/data/polnear/train")
arts = article_files(p)
tot = 0.0; shared = 0.0; groups = Counter(); docs=set()
for name, anns in sorted(arts.items()):
    text = (p / "text" / f"{name}.txt").read_text()
    for a in anns:
        g = parse_ann(a.read_text())
        w = 1 / len(anns)
        c = Counter(extent(text, x.roles["content"]) for x in g.attributions if "content" in x.roles)
        for e, n in c.items():
            tot += n * w
            if n > 1:
                shared += (n - 1) * w; groups[n] += w; docs.add(name)
print(f"gold contents {tot:.1f}; extra attributions sharing a content extent {shared:.1f} ({shared/tot:.2%}) in {len(docs)} articles; groups {dict(groups)}")
