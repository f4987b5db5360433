"""retrain40 (2026-12-01): does refitting the event-type classifier on all current tune rows
beat the shipped recipe fitted on the 257 gold + 467 no-event rows the shipped weights saw?

Out of fold on the CURRENT tune rows only (check rows are never scored or printed):

* ``split``: ``index`` is the trainer's ``held_out_folds`` (row i in fold i % 2), ``doc`` puts
  every row of one document (corpus path; a hand-written row is its own document) in the same
  fold (SHA-1 of the path, mod 2);
* ``rows``: ``old`` fits the weak data and only those rows of the fitting side that were tune
  rows of tests/data/events at 4f385e6 (the shipped weights' commit: 257 + 467); ``all``
  fits every current tune row of the fitting side;
* ``weight``: the gold rows' sample weight (``gold_weight``; 3 shipped).

Both fits are scored on the same held-out folds (every current tune row) with the same
thresholds; ``nested`` re-chooses the thresholds on one fold and reports them on the other.

Run from the repository root (about 10-20 minutes on a shared machine):

    .venv/bin/python docs/experiments/events/retrain40.py parse
    .venv/bin/python docs/experiments/events/retrain40.py fit index old 3
    .venv/bin/python docs/experiments/events/retrain40.py fit index all 3
    .venv/bin/python docs/experiments/events/retrain40.py nested index all 3
    .venv/bin/python docs/experiments/events/retrain40.py compare index old,all,all:1,all:6 3
    .venv/bin/python docs/experiments/events/retrain40.py misses index all 3
    .venv/bin/python docs/experiments/events/retrain40.py fit_feat index 0
    .venv/bin/python docs/experiments/events/retrain40.py compare_feat index 0

(``score``, ``new`` and ``off`` score one run's folds alone; ``compare`` scores every run named
and the shipped weights in one process, since other engineers' rules change during a session.)

Scratch files go to $RETRAIN40_TMP (default: retrain40 in the system temporary folder).
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import subprocess
import sys
import tempfile
from pathlib import Path

from newsgraph.train import events as T

SHARED = Path(os.environ.get("NEWSGRAPH_SHARED", "../shared"))
GOLD = Path("tests/data/events")
PROBES = Path("tests/data/event_probes/cameo_probes.tsv")
TMP = Path(os.environ.get("RETRAIN40_TMP") or Path(tempfile.gettempdir()) / "retrain40")
SHIPPED_COMMIT = "4f385e6"  # the commit that wrote the shipped weights (meta date 2026-11-29)
SHIPPED = {"propose": 0.6, "veto": 0.95, "retype": 0.9, "bare": 1.01, "keep": 0.0, "fill": 0.3}


def _old_ids() -> set[str]:
    ids: set[str] = set()
    for name in ("gold.tsv", "negatives.tsv"):
        text = subprocess.run(
            ["git", "show", f"{SHIPPED_COMMIT}:{GOLD / name}"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for line in text.splitlines():
            cols = line.split("\t")
            if not line.startswith("#") and len(cols) > 2 and cols[1] == "tune":
                ids.add(cols[0])
    return ids


def _nlp():
    from newsgraph.nlp.pipeline import shared

    return shared()


def parse() -> None:
    TMP.mkdir(parents=True, exist_ok=True)
    nlp = _nlp()
    weak, weak_docs, rows, row_docs = T.training_docs(
        SHARED, GOLD, nlp, 3.0, None, print, probes=PROBES
    )
    index = T.PatternIndex(T.builtin_patterns())
    weak_groups = [
        g
        for d, s in zip(weak_docs, weak, strict=True)
        if (g := T.group_of(d, s, index, vectors=False)) is not None
    ]
    with open(TMP / "weak.pkl", "wb") as fh:
        pickle.dump(weak_groups, fh)
    print(len(weak_groups), "weak groups;", len(rows), "tune rows")


def _rows(nlp):
    """Tune rows, their docs and groups (parsed again: cheap)."""
    from newsgraph.eval.events import load

    gold, negatives = load(GOLD)
    rows = [
        (g.id, T.Sentence(g.sentence, frozenset({g.type}), "gold", 3.0), g)
        for g in gold
        if g.split == "tune"
    ]
    rows += [
        (n.id, T.Sentence(n.sentence, frozenset(), "negatives", 3.0), n)
        for n in negatives
        if n.split == "tune"
    ]
    frozen = TMP / "tune_ids.txt"  # the row set of the first run (gold grows during a session)
    if not frozen.is_file():
        frozen.write_text("".join(f"{r[0]}\n" for r in rows))
    keep = set(frozen.read_text().split())
    rows = [r for r in rows if r[0] in keep]
    docs = T.parse(nlp, [r[1] for r in rows])
    index = T.PatternIndex(T.builtin_patterns())
    groups = [T.group_of(d, r[1], index, vectors=False) for d, r in zip(docs, rows, strict=True)]
    return rows, docs, groups


def _fold_of(rows, split: str) -> list[int]:
    if split == "index":
        return [i % 2 for i in range(len(rows))]
    out = []
    for rid, _, rec in rows:
        key = f"{rec.corpus}:{rec.path}" if rec.corpus != "handwritten" and rec.path else rid
        out.append(int(hashlib.sha1(key.encode()).hexdigest(), 16) % 2)
    return out


def _tag(split: str, which: str, weight: float) -> str:
    return f"{split}-{which}-w{weight:g}"


def fit(split: str, which: str, weight: float) -> None:
    nlp = _nlp()
    with open(TMP / "weak.pkl", "rb") as fh:
        weak = pickle.load(fh)
    rows, _, groups = _rows(nlp)
    old = _old_ids()
    print(f"{len(rows)} tune rows ({sum(1 for r in rows if r[1].types)} gold)", flush=True)
    folds = _fold_of(rows, split)
    for g in groups:
        if g is not None:
            g.weight = weight
    for k in (0, 1):
        side = [
            g
            for i, g in enumerate(groups)
            if g is not None and folds[i] != k and (which == "all" or rows[i][0] in old)
        ]
        n_gold = sum(1 for g in side if g.types)
        print(
            f"fold {k}: fitting on {len(weak)} weak + {n_gold} gold + {len(side) - n_gold} "
            "no-event groups",
            flush=True,
        )
        model, _ = T.fit([], [], spacy_model=T_model_name(nlp), groups=[*weak, *side])
        out = TMP / _tag(split, which, weight) / f"fold{k}"
        out.mkdir(parents=True, exist_ok=True)
        model.to_disk(out)


def T_model_name(nlp) -> str:
    return f"{nlp.meta['lang']}_{nlp.meta['name']} {nlp.meta['version']}"


def _folds(split: str, which: str, weight: float):
    from newsgraph.nlp.events._model import TypeModel

    nlp = _nlp()
    rows, docs, _ = _rows(nlp)
    folds = _fold_of(rows, split)
    out = []
    for k in (0, 1):
        model = TypeModel.from_disk(TMP / _tag(split, which, weight) / f"fold{k}")
        held = [i for i in range(len(rows)) if folds[i] == k]
        out.append(
            T.Fold(
                model,
                [rows[i][2] for i in held if rows[i][1].types],
                [rows[i][2] for i in held if not rows[i][1].types],
                {rows[i][0]: docs[i] for i in held},
            )
        )
    return out


def _score(fold, thresholds) -> dict:
    from newsgraph.eval.events import predictions
    from newsgraph.eval.events_gold import score
    from newsgraph.nlp.events.component import EventCoder

    fold.model.meta["thresholds"] = dict(thresholds)
    coder = EventCoder(model=fold.model)
    preds = {k: predictions(coder(d)._.ng_events or []) for k, d in fold.docs.items()}
    s = score(preds, fold.gold, fold.negatives)
    return {
        "P": round(s.precision, 4),
        "R": round(s.recall, 4),
        "F1": round(s.f1, 4),
        "matched": s.matched,
        "gold": s.n_gold,
        "neg": f"{s.negatives_with_event}/{s.negatives}",
    }


def score_cmd(split: str, which: str, weight: float, thresholds=None) -> None:
    folds = _folds(split, which, weight)
    th = thresholds or SHIPPED
    res = {
        "run": _tag(split, which, weight),
        "thresholds": th,
        "folds": [_score(f, th) for f in folds],
    }
    print(json.dumps(res), flush=True)
    with open(TMP / "results.jsonl", "a") as fh:
        fh.write(json.dumps(res) + "\n")


def nested(split: str, which: str, weight: float) -> None:
    """Thresholds chosen on one fold (every one of GRID, none pinned), scored on the other."""
    folds = _folds(split, which, weight)
    res = {"run": _tag(split, which, weight), "nested": []}
    for k in (0, 1):
        th = T.choose_thresholds([folds[k]], print, fixed={})
        other = folds[1 - k]
        res["nested"].append(
            {"chosen_on": k, "thresholds": th, "scored_on": 1 - k, **_score(other, th)}
        )
        print(json.dumps(res["nested"][-1]), flush=True)
    with open(TMP / "results.jsonl", "a") as fh:
        fh.write(json.dumps(res) + "\n")


def misses(split: str, which: str, weight: float) -> None:
    """Item 3: each held-out gold row the coder misses, by where the classifier stands: no
    candidate; a pattern of the gold type matched (lost after it, or vetoed/retyped by the
    model); or no such pattern, with the model's best probability of the gold type at a
    candidate no pattern knows, and whether the gold type is that candidate's top class."""
    from collections import Counter

    from newsgraph.eval.events import predictions
    from newsgraph.nlp.events.component import EventCoder

    index = T.PatternIndex(T.builtin_patterns())
    kinds: Counter[str] = Counter()
    out = []
    for fold in _folds(split, which, weight):
        fold.model.meta["thresholds"] = dict(SHIPPED)
        coder = EventCoder(model=fold.model)
        for g in fold.gold:
            doc = fold.docs[g.id]
            got = {p[0] for p in predictions(coder(doc)._.ng_events or [])}
            if g.type in got:
                continue
            cands = T.candidates(doc, index)
            if not cands:
                kind, info = "no candidate", ""
            elif any(p is not None and p.type == g.type for _, p, _ in cands):
                tok, p, d = next(c for c in cands if c[1] is not None and c[1].type == g.type)
                pr = fold.model.probs(T.features(tok, p, d))
                kind = "pattern of the type matched, " + (
                    "model says NONE >= 0.95" if pr.get("NONE", 0) >= 0.95 else "lost after"
                )
                info = f"{tok.lemma_} {p.name} P(type)={pr.get(g.type, 0):.2f}"
            else:
                best = None
                for tok, p, d in cands:
                    if p is not None:
                        continue
                    pr = fold.model.probs(T.features(tok, p, d))
                    top = max((c for c in pr if c != "NONE"), key=pr.get)
                    key = (pr.get(g.type, 0.0), tok.lemma_, top == g.type, pr.get("NONE", 0))
                    best = key if best is None or key > best else best
                if best is None:
                    kind, info = "only other types' patterns", ""
                else:
                    pt, lemma, top, pnone = best
                    bucket = (
                        ">=0.6"
                        if pt >= 0.6
                        else ">=0.3"
                        if pt >= 0.3
                        else ">=0.1"
                        if pt >= 0.1
                        else "<0.1"
                    )
                    kind = f"no pattern; P(gold type) {bucket}" + (", top class" if top else "")
                    info = f"{lemma} P={pt:.2f} P(NONE)={pnone:.2f}"
            kinds[kind] += 1
            out.append((kind, g.id, g.type, sorted(got), info, g.sentence[:160]))
    for row in sorted(out):
        print("\t".join(str(x) for x in row))
    for kind, n in kinds.most_common():
        print(f"{n}\t{kind}")


def score_new(split: str, which: str, weight: float) -> None:
    """Held-out rows the shipped weights never saw (not tune rows at 4f385e6), scored by the
    fold's model and by the shipped weights (fitted on the old rows with the patterns of
    2026-11-29), same thresholds."""
    from newsgraph.nlp.events._model import load_shipped

    old = _old_ids()
    shipped = load_shipped()
    res = {"run": _tag(split, which, weight) + " new rows", "folds": [], "shipped": []}
    for fold in _folds(split, which, weight):
        fold.gold = [g for g in fold.gold if g.id not in old]
        fold.negatives = [n for n in fold.negatives if n.id not in old]
        fold.docs = {k: d for k, d in fold.docs.items() if k not in old}
        res["folds"].append(_score(fold, SHIPPED))
        fold.model = shipped
        res["shipped"].append(_score(fold, SHIPPED))
    print(json.dumps(res), flush=True)
    with open(TMP / "results.jsonl", "a") as fh:
        fh.write(json.dumps(res) + "\n")


def score_off(split: str, which: str, weight: float) -> None:
    """The same folds with every decision of the classifier switched off (patterns and rules
    alone): what the classifier adds out of fold."""
    off = {"propose": 1.01, "veto": 1.01, "retype": 1.01, "bare": 1.01, "keep": 0.0, "fill": 1.01}
    score_cmd(split, which, weight, off)


VARIANTS = {
    "shipped thresholds": SHIPPED,
    "classifier off": {**SHIPPED, "propose": 1.01, "veto": 1.01, "retype": 1.01, "fill": 1.01},
    "no propose": {**SHIPPED, "propose": 1.01},
    "no veto": {**SHIPPED, "veto": 1.01},
    "no retype": {**SHIPPED, "retype": 1.01},
    "no fill": {**SHIPPED, "fill": 1.01},
}


def compare(split: str, runs: str, weight: float) -> None:
    """One process, one code state: the fold models of every run named (comma-separated
    ``which`` values, each at ``weight``; ``which:w`` for another weight) and the shipped
    weights, each under every threshold variant, on the same held-out folds. The shipped
    weights are scored only on the rows they never saw (``new``) as well as on all."""
    from newsgraph.nlp.events._model import TypeModel, load_shipped

    old = _old_ids()
    base = _folds(split, "all", weight)
    models: dict[str, list] = {"shipped": [load_shipped()] * 2}
    for run in runs.split(","):
        which, _, w = run.partition(":")
        tag = _tag(split, which, float(w) if w else weight)
        models[tag] = [TypeModel.from_disk(TMP / tag / f"fold{k}") for k in (0, 1)]
    variants = dict(VARIANTS)
    for line in (TMP / "results.jsonl").read_text().splitlines():
        rec = json.loads(line)  # thresholds chosen on the other fold (``nested``)
        if "nested" in rec and rec["run"] in models:
            by_fold = {n["scored_on"]: n["thresholds"] for n in rec["nested"]}
            variants[f"nested ({rec['run']})"] = [by_fold[0], by_fold[1]]
    for name, fold_models in models.items():
        for variant, th in variants.items():
            for subset in ("all", "new"):
                if name == "shipped" and subset == "all":
                    continue
                res = []
                for k, (fold, model) in enumerate(zip(base, fold_models, strict=True)):
                    f = T.Fold(model, fold.gold, fold.negatives, fold.docs)
                    if subset == "new":
                        f = T.Fold(
                            model,
                            [g for g in f.gold if g.id not in old],
                            [n for n in f.negatives if n.id not in old],
                            {k: d for k, d in f.docs.items() if k not in old},
                        )
                    res.append(_score(f, th[k] if isinstance(th, list) else th))
                row = {"model": name, "variant": variant, "rows": subset, "folds": res}
                print(json.dumps(row), flush=True)
                with open(TMP / "compare.jsonl", "a") as fh:
                    fh.write(json.dumps(row) + "\n")


def _with_bag_clusters(feats: list[str], level: int) -> list[str]:
    """Item 3's trial feature: the word cluster (level 0: 64 clusters, 1: 512) of every word
    of the clause's lemma bag (``bag=``), so a clause's words share weight with their
    cluster's words (a clause with "stupid" like one with "foolish")."""
    from newsgraph.nlp.events._features import clusters

    cl = clusters()
    extra = []
    for f in feats:
        if f.startswith("bag="):
            c = cl.get(f[4:].lower())
            if c is not None and f"bcl={c[level]}" not in extra:
                extra.append(f"bcl={c[level]}")
    return feats + extra


def fit_feat(split: str, level: int) -> None:
    """Fit the folds (every tune row, weight 3) with the trial feature added."""
    nlp = _nlp()
    with open(TMP / "weak.pkl", "rb") as fh:
        weak = pickle.load(fh)
    rows, _, groups = _rows(nlp)
    folds = _fold_of(rows, split)
    for g in [*weak, *groups]:
        if g is not None:
            g.feats = [_with_bag_clusters(fs, level) for fs in g.feats]
    for k in (0, 1):
        side = [g for i, g in enumerate(groups) if g is not None and folds[i] != k]
        model, _ = T.fit([], [], spacy_model=T_model_name(nlp), groups=[*weak, *side])
        out = TMP / _tag(split, f"all-bag{level}", 3.0) / f"fold{k}"
        out.mkdir(parents=True, exist_ok=True)
        model.to_disk(out)
        print(f"fold {k} fitted", flush=True)


def compare_feat(split: str, level: int) -> None:
    """Score the trial-feature folds, the coder reading the same feature."""
    import newsgraph.nlp.events.component as component

    plain = component.features
    component.features = lambda tok, pat, dep: _with_bag_clusters(plain(tok, pat, dep), level)
    compare(split, f"old,all,all-bag{level}", 3.0)


def fit_dense(split: str, alpha: float) -> None:
    """Item 3, second trial: the spaCy model's contextual vectors (``dense_alpha``), every tune
    row on the fitting side, weight 3 (the weak sentences parsed again, keeping vectors)."""
    nlp = _nlp()
    cache = TMP / "weak_dense.pkl"
    index = T.PatternIndex(T.builtin_patterns())
    if not cache.is_file():
        weak = T.synthetic_sentences(SHARED / T.SYNTHETIC)
        weak += T.petrarch_sentences(SHARED / T.PETRARCH) + T.probe_sentences(PROBES)
        groups = [T.group_of(d, s, index) for d, s in zip(T.parse(nlp, weak), weak, strict=True)]
        with open(cache, "wb") as fh:
            pickle.dump([g for g in groups if g is not None], fh)
    with open(cache, "rb") as fh:
        weak_groups = pickle.load(fh)
    rows, docs, _ = _rows(nlp)
    groups = [T.group_of(d, r[1], index) for d, r in zip(docs, rows, strict=True)]
    folds = _fold_of(rows, split)
    for k in (0, 1):
        side = [g for i, g in enumerate(groups) if g is not None and folds[i] != k]
        model, _ = T.fit(
            [], [], spacy_model=T_model_name(nlp), dense_alpha=alpha, groups=[*weak_groups, *side]
        )
        out = TMP / _tag(split, f"all-dense{alpha:g}", 3.0) / f"fold{k}"
        out.mkdir(parents=True, exist_ok=True)
        model.to_disk(out)
        print(f"fold {k} fitted", flush=True)


if __name__ == "__main__":
    cmd, *args = sys.argv[1:]
    if cmd == "parse":
        parse()
    elif cmd in ("fit_feat", "compare_feat"):
        {"fit_feat": fit_feat, "compare_feat": compare_feat}[cmd](args[0], int(args[1]))
    elif cmd == "fit_dense":
        fit_dense(args[0], float(args[1]))
    elif cmd == "compare":
        compare(args[0], args[1], float(args[2]))
    else:
        split, which, weight = args[0], args[1], float(args[2])
        {
            "fit": fit,
            "score": score_cmd,
            "nested": nested,
            "misses": misses,
            "new": score_new,
            "off": score_off,
        }[cmd](split, which, weight)
