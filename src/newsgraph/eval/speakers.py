"""Speaker-resolution gold (``tests/data/speakers/gold.tsv``) and its scorer.

The gold names, for quotes in real news articles kept in ``../shared``, the speech cue, the
speaker mention as written in the cue sentence and the speaker the mention resolves to (the
fullest name the article gives, ``UNNAMED`` for unnamed sources). No article text lives in the
gold: each row points into a document by corpus, path and character offsets, and a ``check``
column (the first 12 characters of the cue sentence) detects a corpus that has drifted.

Documents (offsets are Python ``str`` indices into these strings):

- ``extraction``: ``data/extraction/ground-truth.json``; path = key, text = its ``articleBody``.
- ``ptc``: ``data/framing/ptc/articles/<path>``, read with ``Path.read_text(encoding="utf-8")``.
- ``polnear``: ``data/polnear/dev/text/<path>``, read the same way.
- ``tbaq``: ``data/time/tbaq/<path>`` (``TimeBank/x.tml`` or ``AQUAINT/x.tml``); text = the
  character data of the ``<TEXT>`` element as ``xml.etree.ElementTree`` parses it (tags removed,
  entities decoded, whitespace kept).
- ``geovirus``: ``data/geo/geovirus.xml``; path = 0-based index of the ``<article>`` in document
  order (the source URLs are not unique), text = its ``<text>`` as ElementTree parses it.

Scoring (:func:`score`): predictions are plain data per document, keyed by ``(corpus, path)``:
a list of ``(cue_start, cue_end, speaker_name or None, unnamed)``. A gold quote is *found* when
a predicted cue overlaps its cue (``p.start < g.end and g.start < p.end``; the prediction with
the largest overlap is used, ties to the earliest; one prediction may serve two gold quotes).
Coverage = found / gold. Speaker accuracy = correct / found, where a found quote is correct:

- gold ``UNNAMED``: the prediction says ``unnamed`` (any name it carries is ignored);
- otherwise the prediction is not ``unnamed``, carries a name, and the names match. Names are
  compared case-insensitively as word tokens (letters and digits; possessive ``'s`` and the
  article "the" dropped).

  *person*: equal, or the same last token (the surname token), or one name is a single token
  found among the other's (a surname-only or family-name-first mention). "Lavrov", "Mr.
  Lavrov" and "Foreign Minister Sergei Lavrov" match "Sergei Lavrov"; "Liu" matches "Liu
  Xiaming"; "Singh Jabarjung" does not match "Lakshiwnder Singh", which a looser "one contains
  the other's surname token" rule would accept.

  *organisation*: equal, or one name's token sequence contains the other's whole sequence
  ("the African Union" and "Union" match "African Union"; "European Union" does not, which a
  surname-token rule would accept).

  *group* (gold members joined by ``;``): the predicted name is cut into parts at commas,
  semicolons, "&" and "and", and each member must be matched by a different part: one's token
  sequence contains the other's, or they share a last token that is not a generic
  organisation word (inc, corp, plc, ministry, government, ...). "Lavrov and Cavusoglu"
  matches "Sergei Lavrov; Mevlut Cavusoglu"; "Lavrov" alone does not.
"""

from __future__ import annotations

import hashlib
import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import permutations
from pathlib import Path
from typing import Any

from newsgraph.errors import InputError

GOLD_RELATIVE = Path("tests") / "data" / "speakers" / "gold.tsv"
COLUMNS = (
    "id",
    "split",
    "corpus",
    "path",
    "cue_start",
    "cue_end",
    "mention_start",
    "mention_end",
    "speaker",
    "speaker_kind",
    "check",
    "note",
)
KINDS = ("person", "organisation", "unnamed", "group")
UNNAMED = "UNNAMED"
CHECK_LEN = 12
# the cue sentence starts at most this far before the cue or the mention
_MAX_SENTENCE = 1500

CORPUS_FILES = {
    "extraction": Path("data") / "extraction" / "ground-truth.json",
    "ptc": Path("data") / "framing" / "ptc" / "articles",
    "polnear": Path("data") / "polnear" / "dev" / "text",
    "tbaq": Path("data") / "time" / "tbaq",
    "geovirus": Path("data") / "geo" / "geovirus.xml",
}

Prediction = tuple[int, int, str | None, bool]
DocKey = tuple[str, str]


@dataclass(frozen=True, slots=True)
class GoldQuote:
    """One gold quote with its document text resolved."""

    id: str
    split: str
    corpus: str
    path: str
    cue_start: int
    cue_end: int
    mention_start: int
    mention_end: int
    speaker: str
    speaker_kind: str
    check: str
    note: str
    text: str = field(repr=False)

    @property
    def doc(self) -> DocKey:
        return (self.corpus, self.path)

    @property
    def cue(self) -> str:
        return self.text[self.cue_start : self.cue_end]

    @property
    def mention(self) -> str:
        return self.text[self.mention_start : self.mention_end]


def split_of(quote_id: str) -> str:
    """The deterministic split: ``check`` when int(sha1(id), 16) is odd, else ``tune``."""
    return "check" if int(hashlib.sha1(quote_id.encode("utf-8")).hexdigest(), 16) % 2 else "tune"


def escape_cell(value: str) -> str:
    """TSV cell escaping used for ``check`` and ``note``: backslash, tab, newline, CR."""
    return (
        value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")
    )


def unescape_cell(value: str) -> str:
    out: list[str] = []
    i = 0
    while i < len(value):
        ch = value[i]
        if ch == "\\" and i + 1 < len(value):
            nxt = value[i + 1]
            out.append({"t": "\t", "n": "\n", "r": "\r", "\\": "\\"}.get(nxt, "\\" + nxt))
            i += 2
            continue
        out.append(ch)
        i += 1
    return "".join(out)


# ---------------------------------------------------------------- documents


@lru_cache(maxsize=8)
def _extraction(path: Path) -> dict[str, str]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return {k: (v.get("articleBody") or "") for k, v in data.items()}


@lru_cache(maxsize=4)
def _geovirus(path: Path) -> tuple[str, ...]:
    root = ET.parse(path).getroot()
    return tuple((a.findtext("text") or "") for a in root.iter("article"))


@lru_cache(maxsize=512)
def _tml(path: Path) -> str:
    node = ET.parse(path).getroot().find("TEXT")
    if node is None:
        raise ValueError("no <TEXT> element")
    return "".join(node.itertext())


def document_text(shared: Path, corpus: str, path: str) -> str:
    """The text of one document, as the offsets in the gold address it.

    Raises ``KeyError`` for an unknown document, ``ValueError`` for an unknown corpus.
    """
    if corpus not in CORPUS_FILES:
        raise ValueError(f"unknown corpus {corpus!r} (known: {', '.join(CORPUS_FILES)})")
    base = shared / CORPUS_FILES[corpus]
    if corpus == "extraction":
        bodies = _extraction(base)
        if path not in bodies:
            raise KeyError(f"no key {path!r} in {base}")
        return bodies[path]
    if corpus == "geovirus":
        articles = _geovirus(base)
        if not path.isdigit() or int(path) >= len(articles):
            raise KeyError(f"no article {path!r} in {base} ({len(articles)} articles)")
        return articles[int(path)]
    if ".." in Path(path).parts:
        raise KeyError(f"path {path!r} leaves {base}")
    file = base / path
    if not file.is_file():
        raise KeyError(f"no file {file}")
    if corpus == "tbaq":
        return _tml(file)
    return file.read_text(encoding="utf-8")


# ---------------------------------------------------------------- loading


def gold_file(root: Path) -> Path:
    """The gold TSV for ``root``: the file itself, ``root/gold.tsv``, or the repo's gold."""
    if root.is_file():
        return root
    if (root / "gold.tsv").is_file():
        return root / "gold.tsv"
    return root / GOLD_RELATIVE


def load_gold(root: Path, shared: Path) -> list[GoldQuote]:
    """Read the gold and resolve each row's document in ``shared`` (the ``../shared`` tree).

    ``root`` is the repository root, a directory holding ``gold.tsv``, or a gold TSV file.
    Every problem raises :class:`~newsgraph.errors.InputError` naming the file and line.
    """
    path = gold_file(root)
    if not path.is_file():
        raise InputError(str(path), "speaker gold file not found")
    header: list[str] | None = None
    out: list[GoldQuote] = []
    seen: dict[str, int] = {}
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        where = f"{path}:{lineno}"
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            if tuple(cells) != COLUMNS:
                raise InputError(where, f"header must be the columns {' '.join(COLUMNS)}")
            header = cells
            continue
        if len(cells) == len(COLUMNS) - 1:
            cells.append("")  # an empty note without its trailing tab
        if len(cells) != len(COLUMNS):
            raise InputError(
                where, f"expected {len(COLUMNS)} tab-separated cells, got {len(cells)}"
            )
        out.append(_row(dict(zip(COLUMNS, cells, strict=True)), where, shared, seen, lineno))
    if header is None:
        raise InputError(str(path), "no header row")
    return out


def _row(
    row: dict[str, str], where: str, shared: Path, seen: dict[str, int], lineno: int
) -> GoldQuote:
    qid = row["id"]
    if not qid:
        raise InputError(where, "empty id")
    if qid in seen:
        raise InputError(where, f"id {qid!r} already used on line {seen[qid]}")
    seen[qid] = lineno
    if row["split"] != split_of(qid):
        raise InputError(where, f"split must be {split_of(qid)!r} for id {qid!r} (sha1 rule)")
    try:
        nums = [int(row[c]) for c in ("cue_start", "cue_end", "mention_start", "mention_end")]
    except ValueError:
        raise InputError(where, "offsets must be integers") from None
    cs, ce, ms, me = nums
    kind = row["speaker_kind"]
    if kind not in KINDS:
        raise InputError(where, f"speaker_kind {kind!r} is not one of {', '.join(KINDS)}")
    speaker = row["speaker"].strip()
    if not speaker:
        raise InputError(where, "empty speaker")
    if (speaker == UNNAMED) != (kind == "unnamed"):
        raise InputError(where, f"speaker {UNNAMED} goes with speaker_kind unnamed, and only it")
    try:
        text = document_text(shared, row["corpus"], row["path"])
    except (KeyError, ValueError, OSError, ET.ParseError) as exc:
        reason = exc.args[0] if isinstance(exc, KeyError) and exc.args else exc
        raise InputError(where, f"document {row['corpus']}:{row['path']}: {reason}") from None
    for name, s, e in (("cue", cs, ce), ("mention", ms, me)):
        if not 0 <= s < e <= len(text):
            raise InputError(where, f"{name} offsets {s}:{e} outside the document (0:{len(text)})")
    check = unescape_cell(row["check"])
    if len(check) != CHECK_LEN:
        raise InputError(where, f"check must be {CHECK_LEN} characters, got {len(check)}")
    first = min(cs, ms)
    at = text.rfind(check, 0, first + CHECK_LEN)
    if at < 0 or first - at > _MAX_SENTENCE:
        raise InputError(
            where,
            f"check {check!r} not found just before the cue in {row['corpus']}:{row['path']} "
            "(has the corpus changed?)",
        )
    return GoldQuote(
        id=qid,
        split=row["split"],
        corpus=row["corpus"],
        path=row["path"],
        cue_start=cs,
        cue_end=ce,
        mention_start=ms,
        mention_end=me,
        speaker=speaker,
        speaker_kind=kind,
        check=check,
        note=unescape_cell(row["note"]),
        text=text,
    )


# ---------------------------------------------------------------- scoring

_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)


def _tokens(name: str) -> list[str]:
    name = re.sub(r"['\u2019]s\b", "", name.lower())
    return [t for t in _TOKEN.findall(name) if t != "the"]


def _contains_seq(hay: Sequence[str], needle: Sequence[str]) -> bool:
    n = len(needle)
    return n > 0 and any(list(hay[i : i + n]) == list(needle) for i in range(len(hay) - n + 1))


_PART_SPLIT = re.compile(r",|;|&|\band\b", re.IGNORECASE)
# last tokens shared by unrelated organisations: never enough on their own for a group member
_GENERIC = frozenset(
    "inc corp co plc ltd llc sa ag group company companies ministry office department "
    "government police union council party".split()
)


def _member_match(part: list[str], member: list[str]) -> bool:
    if _contains_seq(part, member) or _contains_seq(member, part):
        return True
    return part[-1] == member[-1] and part[-1] not in _GENERIC


def names_match(predicted: str, gold: str, kind: str) -> bool:
    """Whether a predicted speaker name matches a gold name of ``kind`` (see module doc)."""
    p = _tokens(predicted)
    if not p:
        return False
    if kind == "group":
        members = [_tokens(m) for m in gold.split(";")]
        parts = [t for t in (_tokens(x) for x in _PART_SPLIT.split(predicted)) if t]
        if any(not m for m in members) or len(parts) < len(members):
            return False
        return any(
            all(_member_match(part, m) for part, m in zip(chosen, members, strict=True))
            for chosen in permutations(parts, len(members))
        )
    g = _tokens(gold)
    if not g:
        return False
    if p == g:
        return True
    if kind == "organisation":
        return _contains_seq(p, g) or _contains_seq(g, p)
    return g[-1] == p[-1] or (len(p) == 1 and p[0] in g) or (len(g) == 1 and g[0] in p)


def speaker_correct(gold: GoldQuote, name: str | None, unnamed: bool) -> bool:
    if gold.speaker_kind == "unnamed":
        return unnamed
    return not unnamed and bool(name) and names_match(name or "", gold.speaker, gold.speaker_kind)


@dataclass(slots=True)
class Tally:
    gold: int = 0
    found: int = 0
    correct: int = 0

    @property
    def coverage(self) -> float:
        return self.found / self.gold if self.gold else 0.0

    @property
    def accuracy(self) -> float:
        return self.correct / self.found if self.found else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {
            "gold": self.gold,
            "found": self.found,
            "correct": self.correct,
            "coverage": round(self.coverage, 4),
            "speaker_accuracy": round(self.accuracy, 4),
        }


@dataclass(slots=True)
class SpeakerScore:
    """Totals, a breakdown by gold speaker_kind, and the quotes missed or misattributed."""

    total: Tally
    by_kind: dict[str, Tally]
    missed: list[str]
    wrong: list[tuple[str, str | None, bool]]

    @property
    def coverage(self) -> float:
        return self.total.coverage

    @property
    def accuracy(self) -> float:
        return self.total.accuracy

    def as_dict(self) -> dict[str, object]:
        return {
            **self.total.as_dict(),
            "by_kind": {k: t.as_dict() for k, t in sorted(self.by_kind.items())},
            "missed": list(self.missed),
            "wrong": [list(w) for w in self.wrong],
        }


def _best(gold: GoldQuote, preds: Iterable[Prediction]) -> Prediction | None:
    best: Prediction | None = None
    best_key: tuple[int, int] | None = None
    for p in preds:
        overlap = min(p[1], gold.cue_end) - max(p[0], gold.cue_start)
        if overlap <= 0:
            continue
        key = (-overlap, p[0])
        if best_key is None or key < best_key:
            best, best_key = p, key
    return best


def score(
    gold: Sequence[GoldQuote],
    predicted: Mapping[DocKey, Sequence[Prediction]],
    split: str | None = None,
) -> SpeakerScore:
    """Coverage and speaker accuracy of ``predicted`` against ``gold`` (optionally one split)."""
    total = Tally()
    by_kind: dict[str, Tally] = {}
    missed: list[str] = []
    wrong: list[tuple[str, str | None, bool]] = []
    for g in gold:
        if split is not None and g.split != split:
            continue
        kind = by_kind.setdefault(g.speaker_kind, Tally())
        total.gold += 1
        kind.gold += 1
        hit = _best(g, predicted.get(g.doc, ()))
        if hit is None:
            missed.append(g.id)
            continue
        total.found += 1
        kind.found += 1
        if speaker_correct(g, hit[2], hit[3]):
            total.correct += 1
            kind.correct += 1
        else:
            wrong.append((g.id, hit[2], hit[3]))
    return SpeakerScore(total, by_kind, missed, wrong)


# ---------------------------------------------------------------- newsgraph's predictions


def predictions_from_quotes(quotes: Iterable[Any]) -> list[Prediction]:
    """The scorer's view of newsgraph quote records (``Quote``): cue offsets, the speaker's
    name (the resolved entity's, else the source as written) and the unnamed flag."""
    return [
        (q.cue.start, q.cue.end, q.speaker_name, bool(q.unnamed))
        for q in quotes
        if q.cue is not None
    ]


def shared_for(gold: Path) -> Path:
    """The ``shared`` tree beside the repository that holds ``gold`` (``<repo>/../shared``)."""
    for parent in gold.resolve().parents:
        candidate = parent.parent / "shared"
        if (candidate / "data").is_dir():
            return candidate
    raise InputError(str(gold), "no ../shared/data beside the repository holding this gold")


def predict(gold: Sequence[GoldQuote], nlp: Any = None) -> dict[DocKey, list[Prediction]]:
    """Run newsgraph's pipeline over each gold document's text and collect its quotes."""
    if nlp is None:
        from newsgraph.nlp.pipeline import shared

        nlp = shared()
    texts: dict[DocKey, str] = {}
    for g in gold:
        texts.setdefault(g.doc, g.text)
    keys = sorted(texts)
    docs = []
    for key in keys:
        doc = nlp.make_doc(texts[key])
        doc._.ng_cache = {}
        doc._.ng_published = None
        docs.append(doc)
    out: dict[DocKey, list[Prediction]] = {}
    for key, doc in zip(keys, nlp.pipe(docs), strict=True):
        out[key] = predictions_from_quotes(doc._.ng_quotes or [])
    return out


def evaluate(
    path: Path, *, limit: int | None = None, nlp: Any = None, part: str = "check"
) -> dict[str, Any]:
    """Speaker accuracy and coverage of newsgraph on the gold.

    The metrics without a prefix are of ``part`` (the check half by default: the score); the
    other half's carry its name as a prefix (``tune_speaker_accuracy``: in-sample, the rules
    were fitted on it). ``path`` is the gold TSV (or the repository root); ``limit`` keeps the
    first N documents.
    """
    if part not in ("check", "tune"):
        raise InputError(str(path), f"part must be check or tune, not {part!r}")
    other = "tune" if part == "check" else "check"
    gold_path = gold_file(Path(path))
    gold = load_gold(gold_path, shared_for(gold_path))
    if limit is not None:
        keep = set(sorted({g.doc for g in gold})[:limit])
        gold = [g for g in gold if g.doc in keep]
    predicted = predict(gold, nlp)
    metrics: dict[str, Any] = {"documents": len({g.doc for g in gold}), "part": part}
    for split, prefix in ((part, ""), (other, f"{other}_")):
        result = score(gold, predicted, split)
        metrics[f"{prefix}quotes"] = result.total.gold
        metrics[f"{prefix}found"] = result.total.found
        metrics[f"{prefix}correct"] = result.total.correct
        metrics[f"{prefix}coverage"] = round(result.coverage, 4)
        metrics[f"{prefix}speaker_accuracy"] = round(result.accuracy, 4)
        metrics[f"{prefix}by_kind"] = {k: t.as_dict() for k, t in sorted(result.by_kind.items())}
        metrics[f"{prefix}wrong"] = [list(w) for w in result.wrong]
    return metrics


def report(metrics: Mapping[str, Any]) -> str:
    """A readable table: the check half, then the tune half labelled in-sample."""
    lines = [f"Speaker resolution ({metrics.get('documents', 0)} documents)"]
    lines.append(f"{'half':<22} {'quotes':>6} {'found':>6} {'coverage':>8} {'accuracy':>8}")
    part = str(metrics.get("part", "check"))
    other = "tune" if part == "check" else "check"
    halves = [("", part), (f"{other}_", other)]
    for prefix, half in halves:
        label = f"{half} (in-sample)" if half == "tune" else half
        lines.append(
            f"{label:<22} {metrics[prefix + 'quotes']:>6} {metrics[prefix + 'found']:>6} "
            f"{metrics[prefix + 'coverage']:>8.3f} {metrics[prefix + 'speaker_accuracy']:>8.3f}"
        )
        for kind, t in metrics[prefix + "by_kind"].items():
            lines.append(
                f"  {kind:<20} {t['gold']:>6} {t['found']:>6} {t['coverage']:>8.3f} "
                f"{t['speaker_accuracy']:>8.3f}"
            )
    return "\n".join(lines)
