"""Readers for PETRARCH/TABARI-format actor and agent dictionaries.

Actor dictionaries (``PETR.Validate.actors.txt``, ``Phoenix.*.actors.txt``) list names
with ``_`` (or spaces) between words, synonyms on lines starting with ``+`` and codes in
brackets, optionally dated::

    SERGEY_LAVROV_          # a trailing "_" means the last word matches exactly
    +LAVROV                 # without it the last word is a stem ("ARGENTIN" = Argentina, -ine)
        [RUSGOV 19940922-20040712]
        [RUSGOV >20040309]  # also "<date", "date - date"; dates YYMMDD or YYYYMMDD

Agent dictionaries give generic nouns with a code that is joined to an actor's code:
``[~GOV]`` is appended (``ARN`` + ``GOV`` = ``ARNGOV``), ``[NGO~]`` is prefixed. ``{PLURAL}``
gives an irregular plural, ``{}`` none; ``!SET! = A, B`` defines a substitution set used as
``CONGRESS!PERSON!``. ``#`` starts a comment, ``<!-- ... -->`` lines are skipped.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from newsgraph.datafiles import Line, user_lines
from newsgraph.errors import ResourceError

log = logging.getLogger(__name__)

_CODE = re.compile(r"\[([^\]]*)\]")
_PLURAL = re.compile(r"\{([^}]*)\}")


@dataclass(frozen=True, slots=True)
class DatedCode:
    """A code valid from ``start`` to ``end`` (ISO dates, inclusive; None = open)."""

    code: str
    start: str | None = None
    end: str | None = None

    def covers(self, date: str | None) -> bool:
        if self.start is None and self.end is None:
            return True
        if date is None:
            return False
        return (self.start is None or date >= self.start) and (self.end is None or date <= self.end)


@dataclass(slots=True)
class ActorEntry:
    """One actor: its phrases (word tuples) and its codes, undated and dated."""

    phrases: list[tuple[str, ...]] = field(default_factory=list)
    codes: list[DatedCode] = field(default_factory=list)

    def code_on(self, date: str | None) -> str | None:
        """The code for an article published on ``date`` (ISO): a dated role, else the default.

        Overlapping dated roles: the one that started last wins (a minister who became
        president). With no date the undated default applies, else the latest role (news is
        mostly about the present)."""
        dated = [c for c in self.codes if c.start is not None or c.end is not None]
        covering = [c for c in dated if c.covers(date)]
        if covering:
            return _clean_code(max(covering, key=lambda c: c.start or "").code)
        for c in self.codes:
            if c.start is None and c.end is None:
                return _clean_code(c.code)
        if date is None and dated:
            return _clean_code(max(dated, key=lambda c: c.start or "").code)
        return None

    def role_on(self, date: str | None) -> str | None:
        """:meth:`code_on`, and for a date after every role (none undated) the country of
        the last one as a former office-holder, CAMEO's ``ELI``: Saddam Hussein in a 2016
        article -> IRQELI; international codes stay as they are."""
        code = self.code_on(date)
        if code is not None or date is None:
            return code
        past = [c for c in self.codes if c.end is not None and c.end < date]
        if not past:
            return None
        last = _clean_code(max(past, key=lambda c: c.end or "").code)
        if last is None or len(last) < 3 or last.startswith(("IGO", "NGO", "IMG", "MNC")):
            return last
        return last[:3] + "ELI"


@dataclass(frozen=True, slots=True)
class AgentEntry:
    """A generic agent noun phrase and the code pieces it adds before/after a country code."""

    phrase: tuple[str, ...]
    prefix: str
    suffix: str


@dataclass(slots=True)
class Dictionary:
    """Phrase lookup over lower-cased word tuples: exact phrases and stem phrases."""

    exact: dict[tuple[str, ...], object] = field(default_factory=dict)
    stems: dict[tuple[str, ...], object] = field(default_factory=dict)
    longest: int = 0
    # ux33: (line, phrase, line kept) of each phrase a later actor repeated with other codes;
    # the first entry wins (``add`` keeps it), said by the CLI as one line per file
    repeats: list[tuple[int, tuple[str, ...], int]] = field(default_factory=list)

    def add(self, words: tuple[str, ...], value: object, *, stem: bool) -> None:
        (self.stems if stem else self.exact).setdefault(words, value)
        self.longest = max(self.longest, len(words))

    def match(self, words: list[str], start: int) -> tuple[int, object] | None:
        """Longest entry matching ``words[start:]``: (number of words, value)."""
        for n in range(min(self.longest, len(words) - start), 0, -1):
            key = tuple(words[start : start + n])
            if key in self.exact:
                return n, self.exact[key]
            if not self.stems:
                continue
            for i in range(len(key[-1]), 2, -1):
                stem_key = key[:-1] + (key[-1][:i],)
                if stem_key in self.stems:
                    return n, self.stems[stem_key]
        return None

    def __len__(self) -> int:
        return len(self.exact) + len(self.stems)


def _clean_code(code: str) -> str | None:
    code = code.strip().upper()
    if not code or set(code) <= set("-+#"):
        return None
    return code.split("/")[0]


# two-digit years below this are 20xx: the Phoenix dictionaries (2014) date office-holders of
# the 1940s as "490727", which a pivot at 50 would put in 2049
_PIVOT = 35


def _date(text: str) -> str:
    digits = re.sub(r"\D", "", text)
    if len(digits) == 6:
        yy = int(digits[:2])
        digits = f"{2000 + yy if yy < _PIVOT else 1900 + yy}{digits[2:]}"
    if len(digits) != 8:
        raise ValueError(f"bad date {text!r}")
    return f"{digits[:4]}-{digits[4:6]}-{digits[6:]}"


def _parse_code(inner: str) -> DatedCode:
    """``RUSGOV``, ``HOB < 950601``, ``HOBGOV 19950601 - 19990815``, ``HOBREB > 990816``."""
    inner = inner.strip()
    m = re.match(r"^(\S*)\s*(.*)$", inner)
    code, rest = (m.group(1), m.group(2).strip()) if m else (inner, "")
    if code.startswith(("<", ">")) or re.fullmatch(r"\d+", code):
        code, rest = "", inner  # "[950601-990815]": a date with no code
    if not rest:
        return DatedCode(code)
    if rest.startswith("<"):
        return DatedCode(code, None, _date(rest[1:]))
    if rest.startswith(">"):
        return DatedCode(code, _date(rest[1:]), None)
    parts = re.split(r"\s*-\s*", rest)
    if len(parts) == 2:
        return DatedCode(code, _date(parts[0]), _date(parts[1]))
    raise ValueError(f"bad dated code [{inner}]")


def _codes(line: Line, path: Path) -> list[DatedCode]:
    """The bracketed codes of a line; a malformed code or bracket is a :class:`ResourceError`."""
    text = line.text
    if text.count("[") != text.count("]") or re.search(r"\[[^\]]*\[", text):
        raise ResourceError(str(path), f"unbalanced [ ] in {text.strip()!r}", line.number)
    out = []
    for inner in _CODE.findall(text):
        try:
            out.append(_parse_code(inner))
        except ValueError as exc:
            raise ResourceError(
                str(path), f"malformed code [{inner.strip()}] ({exc})", line.number
            ) from None
    return out


def _strip_comment(line: str) -> str:
    if line.lstrip().startswith("<!") or line.lstrip().startswith("<"):
        return ""
    return line.split("#", 1)[0].rstrip()


def _phrase(text: str) -> tuple[tuple[str, ...], bool]:
    """Words of a dictionary phrase and whether its last word is a stem."""
    text = text.strip()
    exact = text.endswith("_")
    words = tuple(w for w in re.split(r"[_\s]+", text.lower()) if w)
    return words, not exact


class _Problems:
    """Malformed lines of one dictionary. Published dictionaries carry a few typos (Phoenix has
    ``[ARMUNR 9008223-911221]``, ``[~ENV}``): while they stay under 1% of the file's lines each
    is skipped with one warning naming the file and line; above that (a small user file with a
    bad line, a file that is no dictionary) the first one is raised as :class:`ResourceError`."""

    def __init__(self) -> None:
        self.errors: list[ResourceError] = []
        self.lines = 0

    def check(self, path: Path, entries: int) -> None:
        if not self.errors and entries:
            return
        if not self.errors:
            raise ResourceError(str(path), "no dictionary entries (is this a PETRARCH file?)")
        if len(self.errors) * 100 > self.lines or not entries:
            raise self.errors[0]
        for err in self.errors:
            log.warning("skipping %s", err)


def _lines(path: Path) -> Iterable[Line]:
    """Content lines (with their numbers) of a dictionary: comments and blocks dropped.
    An unreadable or non-UTF-8 file is a :class:`ResourceError` naming it."""
    in_comment = False
    for raw in user_lines(path):
        line = raw.text
        if in_comment:
            if "-->" in line:
                in_comment = False
            continue
        if line.lstrip().startswith("<!") and "-->" not in line:
            in_comment = True
            continue
        line = _strip_comment(line)
        if line.strip():
            yield Line(raw.number, line)


def load_actors(path: str | Path) -> Dictionary:
    """Read a PETRARCH-format actor dictionary into a phrase lookup of :class:`ActorEntry`."""
    path = Path(path)
    out = Dictionary()
    current: ActorEntry | None = None
    entries: list[tuple[ActorEntry, tuple[str, ...], bool, int]] = []
    problems = _Problems()
    for line in _lines(path):
        problems.lines += 1
        stripped = line.text.strip()
        try:
            codes = _codes(line, path)
        except ResourceError as err:
            problems.errors.append(err)
            continue
        name = _CODE.sub("", stripped).strip()
        if stripped.startswith("["):  # a code line belonging to the current actor
            if current is None:
                problems.errors.append(
                    ResourceError(str(path), "a code line before any actor", line.number)
                )
                continue
            current.codes.extend(codes)
            continue
        if name.startswith("+"):
            if current is None:
                problems.errors.append(
                    ResourceError(str(path), "a '+' synonym before any actor", line.number)
                )
                continue
            words, stem = _phrase(name[1:])
            if words:
                current.phrases.append(words)
                entries.append((current, words, stem, line.number))
            current.codes.extend(codes)
            continue
        words, stem = _phrase(name)
        if not words:
            continue
        current = ActorEntry(phrases=[words], codes=list(codes))
        entries.append((current, words, stem, line.number))
    problems.check(path, len(entries))
    kept: dict[tuple[tuple[str, ...], bool], tuple[ActorEntry, int]] = {}
    for entry, words, stem, number in entries:
        first = kept.setdefault((words, stem), (entry, number))
        if first[0] is not entry and first[0].codes != entry.codes:
            out.repeats.append((number, words, first[1]))
        out.add(words, entry, stem=stem)
    return out


def _expand_sets(text: str, sets: dict[str, list[str]]) -> list[str]:
    m = re.search(r"!([A-Z]+)!", text)
    if not m or m.group(1) not in sets:
        return [text]
    out: list[str] = []
    for value in sets[m.group(1)]:
        out.extend(_expand_sets(text[: m.start()] + value + text[m.end() :], sets))
    return out


def _plural(word: str) -> str:
    if word.endswith("y") and not word.endswith(("ay", "ey", "oy", "uy")):
        return word[:-1] + "ies"
    if word.endswith(("s", "x", "ch", "sh")):
        return word + "es"
    return word + "s"


def load_agents(path: str | Path) -> Dictionary:
    """Read a PETRARCH-format agent dictionary into a phrase lookup of :class:`AgentEntry`."""
    path = Path(path)
    out = Dictionary()
    sets: dict[str, list[str]] = {}
    problems = _Problems()
    kept: dict[tuple[str, ...], tuple[AgentEntry, int]] = {}

    def add(words: tuple[str, ...], entry: AgentEntry, number: int) -> None:
        first = kept.setdefault(words, (entry, number))[0]
        if (first.prefix, first.suffix) != (entry.prefix, entry.suffix):  # ux33: said once
            out.repeats.append((number, words, kept[words][1]))
        out.add(words, entry, stem=False)

    for line in _lines(path):
        problems.lines += 1
        stripped = line.text.strip()
        m = re.match(r"^!([A-Z]+)!\s*=\s*(.+)$", stripped)
        if m:
            sets[m.group(1)] = [w.strip().upper() for w in m.group(2).split(",") if w.strip()]
            continue
        codes = _CODE.findall(stripped)
        bad = None
        if stripped.count("[") != stripped.count("]"):
            bad = f"unbalanced [ ] in {stripped!r}"
        elif not codes:
            bad = f"no [code] in {stripped!r}"
        elif not re.fullmatch(r"[A-Za-z0-9~]*", codes[0].replace(" ", "")):
            bad = f"malformed agent code [{codes[0].strip()}]"
        if bad is not None:
            problems.errors.append(ResourceError(str(path), bad, line.number))
            continue
        raw = codes[0].replace(" ", "").upper()
        prefix, suffix = (raw.split("~", 1) + [""])[:2] if "~" in raw else ("", raw)
        plural = _PLURAL.search(stripped)
        name = _PLURAL.sub("", _CODE.sub("", stripped)).strip()
        for variant in _expand_sets(name, sets):
            words, _ = _phrase(variant)
            if not words:
                continue
            entry = AgentEntry(words, prefix, suffix)
            add(words, entry, line.number)
            if plural is None:
                add(words[:-1] + (_plural(words[-1]),), entry, line.number)
            elif plural.group(1).strip():
                pwords, _ = _phrase(plural.group(1))
                add(pwords, entry, line.number)
    problems.check(path, len(out))
    return out


@dataclass(frozen=True, slots=True)
class VerbEntry:
    """A verb (lemma), an optional word that must follow it, and its CAMEO code."""

    lemma: str
    word: str | None
    code: str
    compound: str | None = None  # "source"/"target": only when that actor is coordinated


def load_verbs(path: str | Path) -> list[VerbEntry]:
    """Read the simple part of a PETRARCH verb dictionary: ``--- VERB [code] ---`` blocks, their
    verb lines and ``- * WORDS [code]`` patterns (the last word after ``*`` must depend on the
    verb). ``%`` marks a compound (coordinated) actor: ``- % * [030]`` applies when the subject
    is coordinated ("A and B agree"), ``- * WITH % [031]`` when the object of "with" is.
    Patterns with other words before ``*`` (negation, modality) and synsets (``&X``) are
    skipped: newsgraph reads those from the parse."""
    out: list[VerbEntry] = []
    verbs: list[str] = []
    default: str | None = None
    for line in _lines(Path(path)):
        stripped = line.text.strip()
        head = re.match(r"^-{3}\s*(\S+)\s*\[([^\]]*)\]", stripped)
        if head:
            verbs = [head.group(1).strip("_").lower()]
            default = head.group(2).split(":")[0].strip()
            out.append(VerbEntry(verbs[0], None, default))
            continue
        if stripped.startswith(("&", "+")) or default is None:
            continue
        codes = _CODE.findall(stripped)
        if stripped.startswith("-"):
            body = _CODE.sub("", stripped[1:]).strip()
            if not codes or "*" not in body:
                continue
            before = body.split("*")[0].strip()
            after = [w for w in re.split(r"[_\s]+", body.split("*", 1)[1]) if w]
            compound = "source" if before == "%" else None
            if after and after[-1] == "%" and len(after) > 1 and not compound:
                compound, after = "target", after[:-1]
            if (before and not compound) or any(w[0] in "&%$+" for w in after):
                continue
            if not after and not compound:
                continue
            code = codes[0].split(":")[0].strip()
            word = after[-1].lower() if after else None
            for v in verbs:
                out.append(VerbEntry(v, word, code, compound))
            continue
        word = _PLURAL.sub("", _CODE.sub("", stripped)).strip().lower()
        if word and "_" not in word and " " not in word:
            verbs.append(word)
            code = codes[0].split(":")[0].strip() if codes else default
            out.append(VerbEntry(word, None, code))
    return out
