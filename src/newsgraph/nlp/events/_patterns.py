"""Event trigger patterns (resource files) and the CAMEO/PLOVER tables the event coder uses."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Token

from newsgraph import datafiles
from newsgraph.errors import ResourceError
from newsgraph.nlp._doc import tokens
from newsgraph.nlp.events._arrays import Parse, parse_of
from newsgraph.nlp.events._called_for import for_clause_mark
from newsgraph.nlp.events._phrasal import CLAUSES as _CLAUSES
from newsgraph.nlp.events._phrasal import carries_on as _carries_on
from newsgraph.nlp.events._phrasal import in_name, moving_sense
from newsgraph.nlp.events.dictionaries import VerbEntry

PLOVER_TYPES = (
    "AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT THREATEN "
    "PROTEST SANCTION MOBILIZE COERCE ASSAULT"
).split()

_DICT_PREPS = frozenset({"with", "against", "on", "to", "for", "between"})
_VERB_POS = {"VERB", "AUX"}
_NOUN_POS = {"NOUN", "PROPN"}


@dataclass(frozen=True, slots=True)
class Pattern:
    """One trigger pattern: a lemma (plus an optional dependent) -> PLOVER type, mode, CAMEO."""

    name: str
    pos: str  # "V" or "N"
    lemma: str
    with_: frozenset[str]
    type: str
    mode: str | None
    cameo: str
    targets: frozenset[str]
    context: str | None
    reciprocal: bool
    compound: str | None = None  # "source"/"target": applies only when that actor is coordinated
    harm: str | None = None  # "harm" | "harm_object" | "harm_person": violence constraints
    intransitive: bool = False  # only with no direct object: "Russia withdrew", not "... its bid"
    refusal: bool = False  # only as a refusal: "would not be part of", "wants nothing to do with"
    speech: bool = False  # only as a demand or a disapproval stated: "says Iran must stop"
    in_force: bool = False  # only taking effect: "the truce took effect", "came into force"


_OPTIONS = frozenset(
    {
        "reciprocal",
        "harm",
        "harm_object",
        "harm_person",
        "harm_human",
        "actor_object",
        "intransitive",
        "refusal",
        "speech",
        "in_force",
    }
)
_HARM = ("harm", "harm_object", "harm_person", "harm_human", "actor_object")


def _opt(value: str) -> str | None:
    return None if value in ("", "-") else value


def _set(value: str) -> frozenset[str]:
    return frozenset() if value in ("", "-") else frozenset(v.lower() for v in value.split("|"))


def _pattern(origin: str, line: datafiles.Line) -> Pattern:
    row = line.cells()
    if len(row) < 7 or len(row) > 10:
        raise ResourceError(
            origin,
            f"pattern has {len(row)} tab-separated columns; expected 7 to 10 (name, pos, lemma, "
            "with, type, mode, cameo[, targets, context, options])",
            line.number,
        )
    row = row + ["-"] * (10 - len(row))
    name, pos, lemma, with_, etype, mode, cameo, targets, context, options = row[:10]
    if etype not in PLOVER_TYPES:
        raise ResourceError(
            origin, f"pattern {name!r} has unknown PLOVER type {etype!r}", line.number
        )
    if pos not in ("V", "N", "A"):
        raise ResourceError(origin, f"pattern {name!r} has pos {pos!r}; use V, N or A", line.number)
    if not lemma or lemma == "-":
        raise ResourceError(origin, f"pattern {name!r} has no lemma", line.number)
    opts = _set(options)
    if opts - _OPTIONS:
        raise ResourceError(
            origin,
            f"pattern {name!r} has unknown option(s) {', '.join(sorted(opts - _OPTIONS))}; "
            f"known: {', '.join(sorted(_OPTIONS))}",
            line.number,
        )
    harm = [o for o in _HARM if o in opts]
    return Pattern(
        name=name,
        pos=pos,
        lemma=lemma.lower(),
        with_=_set(with_),
        type=etype,
        mode=_opt(mode),
        cameo=cameo,
        targets=_set(targets),
        context=_opt(context),
        reciprocal="reciprocal" in opts,
        harm=harm[-1] if harm else None,
        intransitive="intransitive" in opts,
        refusal="refusal" in opts,
        speech="speech" in opts,
        in_force="in_force" in opts,
    )


def parse_patterns(text: str, *, origin: str = "<patterns>") -> list[Pattern]:
    """Patterns from the text of a pattern file (format: see resources/event_patterns.tsv);
    a malformed row raises :class:`ResourceError` naming ``origin`` and the line."""
    out: list[Pattern] = []
    for i, raw in enumerate(text.splitlines(), 1):
        if raw.strip() and not raw.lstrip().startswith("#"):
            out.append(_pattern(origin, datafiles.Line(i, raw.rstrip())))
    return out


# the general lexicon first: a pattern of event_patterns.tsv on the same word and with the same
# kind of constraint overrides it (PatternIndex: later patterns win)
BUILTIN_FILES = ("events/event_lexicon.tsv", "events/event_patterns.tsv")


@lru_cache(maxsize=1)
def builtin_patterns() -> tuple[Pattern, ...]:
    return tuple(_pattern(name, line) for name in BUILTIN_FILES for line in datafiles.lines(name))


def load_patterns(paths: Iterable[str | Path]) -> list[Pattern]:
    """Read user pattern files (same format as resources/event_patterns.tsv); a missing,
    unreadable or malformed file raises one :class:`ResourceError` naming file and line."""
    out: list[Pattern] = []
    for p in paths:
        out.extend(_pattern(str(p), line) for line in datafiles.user_lines(p))
    return out


def patterns_from_verbs(
    entries: Iterable[VerbEntry], to_plover: Callable[[str], str | None]
) -> list[Pattern]:
    """Trigger patterns from a PETRARCH verb dictionary (codes converted to PLOVER types);
    entries whose code has no PLOVER type are left out."""
    out: list[Pattern] = []
    for e in entries:
        ptype = to_plover(e.code)
        if not ptype:
            continue
        out.append(
            Pattern(
                name=f"verbs.{e.lemma}" + (f"_{e.word}" if e.word else ""),
                pos="V",
                lemma=e.lemma,
                with_=frozenset({e.word}) if e.word else frozenset(),
                type=ptype,
                mode=None,
                cameo=e.code,
                targets=_DICT_PREPS,
                context=None,
                reciprocal=False,
                compound=e.compound,
            )
        )
    return out


@lru_cache(maxsize=1)
def plover_quads() -> dict[str, int]:
    return {row[0]: int(row[1]) for row in datafiles.rows("events/plover_types.tsv", min_cols=3)}


@lru_cache(maxsize=1)
def plover_cameo() -> dict[str, str]:
    """PLOVER type -> the CAMEO code of an event whose pattern names none (a learned type)."""
    return {row[0]: row[2] for row in datafiles.rows("events/plover_types.tsv", min_cols=3)}


@lru_cache(maxsize=1)
def goldstein() -> dict[str, float]:
    """CAMEO code -> Goldstein score (resources/event_cameo.tsv)."""
    return {row[0]: float(row[1]) for row in datafiles.rows("events/event_cameo.tsv", min_cols=2)}


def goldstein_of(cameo: str) -> float | None:
    """Goldstein score of a CAMEO code, falling back to its 3- and 2-digit parents' "0" code."""
    table = goldstein()
    for code in (cameo, cameo[:3], cameo[:2] + "0"):
        if code in table:
            return table[code]
    return None


_OBJECT_DEPS = frozenset({"dobj", "obj"})


class PatternIndex:
    """Patterns indexed by (pos, lemma) for a fast per-token lookup."""

    def __init__(self, patterns: Iterable[Pattern]) -> None:
        self._by: dict[tuple[str, str], list[Pattern]] = {}
        for p in patterns:
            self._by.setdefault((p.pos, p.lemma), []).append(p)
        # patterns with a compound or "with" constraint first; later files override earlier
        for key, pats in self._by.items():
            self._by[key] = sorted(reversed(pats), key=lambda p: (p.compound is None, not p.with_))
        self._stance = frozenset(lemma for pos, lemma in self._by if pos == "A")
        self._verbs = frozenset(lemma for pos, lemma in self._by if pos == "V")
        self._nouns = frozenset(lemma for pos, lemma in self._by if pos == "N")
        self._forms: dict[str, str | None] = {}  # inflected verb -> its pattern lemma, if any

    def _verb_lemma(self, word: str) -> str | None:
        """The pattern lemma of a verb form the lemmatizer missed (memoised per word)."""
        if word not in self._forms:
            found = (f for f in _verb_forms(word) if ("V", f) in self._by)
            self._forms[word] = next(found, None)
        return self._forms[word]

    def candidates(self, p: Parse) -> list[int]:
        """The indices of the doc's tokens :meth:`match` may find a pattern for, read from the
        doc's :class:`Parse` (no ``Token`` needed); every other token surely has none: no
        pattern has its lemma (verbs, nouns), its stance word or its hyphenated form."""
        by, stance, verbs, nouns = self._by, self._stance, self._verbs, self._nouns
        lower, lemma, tags = p.lower, p.lemma, p.tag
        out = []
        for i, pos in enumerate(p.pos):
            if pos in _VERB_POS:
                if lemma[i] in verbs or self._verb_lemma(lower[i]) is not None:
                    out.append(i)
                    continue
            elif pos in _NOUN_POS and lemma[i] in nouns:
                out.append(i)
                continue
            if stance and tags[i] in _STANCE_TAGS and (lower[i] in stance or lemma[i] in stance):
                out.append(i)  # "was heartened by"
            elif i >= 2 and lower[i - 1] == "-" and ("N", f"{lower[i - 2]}-{lower[i]}") in by:
                out.append(i)  # "a sit-in": the tokenizer splits the hyphenated noun
        return out

    def match(
        self, token: Token, skip: frozenset[str] = frozenset()
    ) -> tuple[Pattern, Token | None] | None:
        """The pattern a token triggers and the dependent that satisfied its "with", if any;
        patterns named in ``skip`` are passed over (a phrasal match undone: _retorts)."""
        if token.tag_ in _STANCE_TAGS and self._stance:
            word = token.lower_ if token.lower_ in self._stance else token.lemma_.lower()
            if word in self._stance and _predicative(token):
                # "was heartened by", "is not happy with", "resolutely opposed to"
                return self._by[("A", word)][0], None
        joined = hyphen_form(token)
        if joined is not None and ("N", joined) in self._by:
            return self._by[("N", joined)][0], None  # "staged a sit-in" (sit - in)
        if token.pos_ in _VERB_POS:
            pos = "V"
        elif token.pos_ in _NOUN_POS and token.ent_type_ not in ("DATE", "TIME"):
            pos = "N"  # "in March" is no march
        else:
            return None
        pats = self._by.get((pos, token.lemma_.lower()))
        if not pats and pos == "V":  # the lemmatizer's slips: "raped" -> "rap"
            form = self._verb_lemma(token.lower_)
            pats = self._by.get((pos, form)) if form is not None else None
        if not pats:
            return None
        by_prep: tuple[Pattern, Token] | None = None
        by_particle: tuple[Pattern, Token] | None = None
        for p in pats:
            if p.name in skip:
                continue
            if p.compound == "source" and not _compound_subject(token):
                continue
            if pos == "V" and (_carries_on(token) or in_name(token) or moving_sense(token)):
                return None  # "pressed on with an operation", "Committee to Protect" (long22)
            if p.intransitive and any(c.dep_ in _OBJECT_DEPS for c in token.children):
                continue  # "Russia withdrew", not "Russia withdrew its offer"
            if p.in_force and not _takes_effect(token if p.pos == "V" else _verb_of(token)):
                continue  # "the truce took effect", not "took the truce seriously"
            if not p.with_:
                return by_particle or by_prep or (p, None)
            dep = _dependent_with(token, p.with_)
            if dep is not None and (p.compound != "target" or _compound_object(dep)):
                if dep.pos_ != "ADP":
                    return p, dep
                # a preposition is weaker evidence than a content word: "called a general
                # strike for Thursday" is a strike call, not a call for something; a particle
                # is part of the verb and beats a preposition: "called him out for his
                # remarks" is calling out, not a call for something
                if dep.dep_ == "prt":
                    by_particle = by_particle or (p, dep)
                by_prep = by_prep or (p, dep)
        return by_particle or by_prep


def hyphen_form(token: Token) -> str | None:
    """The hyphenated word a token ends ("sit-in" at "in", "gang-rape" at "rape"), when the
    tokenizer split it into word, hyphen, word with no spaces between; else None."""
    i = token.i
    if i < 2:
        return None
    doc = token.doc
    hyphen = doc[i - 1]
    if hyphen.text != "-" or hyphen.whitespace_:
        return None
    first = doc[i - 2]  # built only after a hyphen (most tokens follow none)
    if first.whitespace_:
        return None
    return f"{first.lower_}-{token.lower_}"


def _has_word(p: Parse, toks: list[Token], k: int, lemmas: frozenset[str]) -> bool:
    """Whether token ``k``'s lemma, lower-case form or hyphenated form (:func:`hyphen_form`) is
    one of ``lemmas``, for "with" constraints; the hyphenated form is built only when a word
    of ``lemmas`` has a hyphen."""
    if p.lower[k] == "according":  # "according to X" is no accord (types29)
        return False
    if p.lemma[k] in lemmas or p.lower[k] in lemmas:
        return True
    heads = _compounds(lemmas)
    if heads and p.lemma[k] in heads:
        # "rocket+fire": a "fire" headed by a weapon ("Rocket fire hit Sderot", "machine-gun
        # fire"), never a bare one ("a refinery fire hit production")
        mods = heads[p.lemma[k]]
        for c in p.children(k):
            if p.dep[c] in _MODIFIER_DEPS and (
                p.lemma[c] in mods or p.lower[c] in mods or hyphen_form(toks[c]) in mods
            ):
                return True
    if not _hyphenated(lemmas):
        return False
    joined = hyphen_form(toks[k])
    return joined is not None and joined in lemmas


_HYPHENATED: dict[frozenset[str], bool] = {}
_COMPOUNDS: dict[frozenset[str], dict[str, frozenset[str]]] = {}
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})


def _compounds(lemmas: frozenset[str]) -> dict[str, frozenset[str]]:
    """A "with" set's "modifier+head" words as head -> its modifiers (memoised per set):
    the head satisfies the constraint only with one of them as its compound or modifier."""
    found = _COMPOUNDS.get(lemmas)
    if found is None:
        pairs: dict[str, set[str]] = {}
        for w in lemmas:
            mod, plus, head = w.partition("+")
            if plus and mod and head:
                pairs.setdefault(head, set()).add(mod)
        found = _COMPOUNDS[lemmas] = {h: frozenset(m) for h, m in pairs.items()}
    return found


# what takes effect: "took effect", "came into force", "went into effect", "entered into force"
_EFFECT = frozenset({"effect", "force"})


def _verb_of(noun: Token) -> Token | None:
    """The verb a noun is the subject of, if it is one."""
    return noun.head if noun.dep_ == "nsubj" and noun.head.pos_ in _VERB_POS else None


def _takes_effect(token: Token | None) -> bool:
    """Whether a verb says its subject takes effect: "effect" as its object ("took effect") or
    "effect"/"force" as the object of its "into" or "in" ("came into force")."""
    if token is None:
        return False
    for c in token.children:
        if c.dep_ == "dobj" and c.lemma_.lower() in _EFFECT and token.lemma_.lower() == "take":
            return True
        if c.dep_ == "prep" and c.lower_ in ("into", "in"):
            if any(g.dep_ == "pobj" and g.lemma_.lower() in _EFFECT for g in c.children):
                return True
    return False


def _hyphenated(lemmas: frozenset[str]) -> bool:
    """Whether a word of ``lemmas`` has a hyphen (memoised per set: patterns share theirs)."""
    found = _HYPHENATED.get(lemmas)
    if found is None:
        found = _HYPHENATED[lemmas] = any("-" in w for w in lemmas)
    return found


def _verb_forms(word: str) -> list[str]:
    """Base forms a regular inflected verb may have ("raped" -> rape, "bombed" -> bomb)."""
    out = [word]
    for suffix in ("ed", "ing", "es", "s"):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            stem = word[: -len(suffix)]
            out += [stem, stem + "e"]
            if len(stem) > 2 and stem[-1] == stem[-2]:
                out.append(stem[:-1])  # "stabbed" -> stab
    return out


def _compound_subject(verb: Token) -> bool:
    """Whether the verb's subject is coordinated ("Gondor and Osgiliath agree")."""
    return any(
        c.dep_ in ("nsubj", "nsubjpass") and any(g.dep_ == "conj" for g in c.children)
        for c in verb.children
    )


def _compound_object(word: Token) -> bool:
    """Whether the object of a pattern's word is coordinated ("with Arnor and Gondor")."""
    heads = [word, *(c for c in word.children if c.dep_ == "pobj")]
    return any(any(g.dep_ == "conj" for g in h.children) for h in heads)


# quantity words whose "of" object is the subject proper ("thousands of protesters")
_QUANTITY = frozenset(
    {
        "hundred",
        "hundreds",
        "thousand",
        "thousands",
        "dozen",
        "dozens",
        "score",
        "scores",
        "ten",
        "tens",
        "million",
        "millions",
        "crowd",
        "crowds",
        "group",
        "groups",
        "number",
        "stream",
        "wave",
        "handful",
        "busload",
    }
)


# accords that the participle of their making may describe ("the agreement, signed in ...")
_ACCORDS = frozenset(
    "agreement deal accord treaty pact memorandum protocol ceasefire truce armistice "
    "settlement declaration roadmap charter".split()
)


def _dependent_with(token: Token, lemmas: frozenset[str]) -> Token | None:
    """The dependent that satisfies a pattern's "with": a content word first; a preposition
    only after the trigger ("fired at", not "On 2 September, ... fired"). Read from the doc's
    :class:`Parse` (``p.lemma[k]`` is ``lemma_.lower()``, ``p.children`` as ``.children``)."""
    doc = token.doc
    p, toks = parse_of(doc), tokens(doc)
    pos, dep, lemma, lower, kids = p.pos, p.dep, p.lemma, p.lower, p.children
    i = token.i
    children = kids(i)
    for child in children:
        cdep = dep[child]
        if pos[child] != "ADP" and _has_word(p, toks, child, lemmas):
            if not (cdep in _CLAUSES and p.tag[child] == "VBG"):
                return toks[child]  # not "accepted a proposal, calling it historic" (long22)
        if cdep in ("nsubj", "nsubjpass") and lemma[child] in _QUANTITY:
            # "hundreds of demonstrators gathered": the people are the quantity's "of" object
            for prep in kids(child):
                for grand in kids(prep) if lower[prep] == "of" else ():
                    if dep[grand] == "pobj" and lemma[grand] in lemmas:
                        return toks[grand]
        if cdep == "prep" and lower[child] in _TIME_PREPS:
            continue  # "came after a meeting between ...": the meeting dates the verb (acled38)
        if cdep in ("prep", "dobj", "prt", "agent"):
            for grand in kids(child):
                if (
                    dep[grand] in ("pobj", "compound", "amod")
                    and (lemma[grand] in lemmas or lower[grand] in lemmas)
                    and toks[grand].ent_type_ not in _WHEN
                ):
                    return toks[grand]
                if cdep == "agent" and dep[grand] == "pobj" and _has_word(p, toks, grand, lemmas):
                    return toks[grand]  # "was hit by air strikes": a "modifier+head" word too
                if lower[child] == "of" and dep[grand] == "pobj":
                    # "the suspension of $100 million in security assistance" (long22)
                    for prep in kids(grand):
                        for pobj in kids(prep) if dep[prep] == "prep" else ():
                            if dep[pobj] == "pobj" and lemma[pobj] in lemmas:
                                return toks[pobj]
                if cdep == "agent" and lemma[grand] in _QUANTITY:
                    # "greeted by hundreds of protesters": the quantity's "of" object
                    for prep in kids(grand):
                        for of in kids(prep) if lower[prep] == "of" else ():
                            if dep[of] == "pobj" and lemma[of] in lemmas:
                                return toks[of]
                if cdep == "dobj" and dep[grand] == "prep":  # "$500 million in aid"
                    for pobj in kids(grand):
                        if dep[pobj] == "pobj" and lemma[pobj] in lemmas:
                            return toks[pobj]
        if cdep in ("ccomp", "xcomp") and not any(dep[g] == "mark" for g in kids(child)):
            # a small clause: "let inspectors return", "allowed inspectors back into"
            for grand in kids(child):
                if dep[grand] == "nsubj" and _has_word(p, toks, grand, lemmas):
                    return toks[grand]
    head = p.head[i]
    if dep[i] in ("dobj", "pobj", "nsubjpass") and lemma[head] in lemmas:
        return toks[head]
    if dep[i] == "acl" and p.tag[i] == "VBN" and lemma[head] in lemmas & _ACCORDS:
        # a past participle describing the accord it made: "the agreement, signed in Luanda",
        # "the deal brokered by Turkey" (not "the sanctions imposed on Iraq": a background)
        return toks[head]
    if lemma[i] in _ADMISSION_VERBS:
        # what is admitted may be a that-clause: "acknowledged that the formula is a problem",
        # "admitted that the government had made mistakes", "conceded he had been wrong"
        for clause in (c for c in children if dep[c] == "ccomp"):
            for word in (clause, *kids(clause)):
                if (word == clause or dep[word] in _ADMITTED_DEPS) and _has_word(
                    p, toks, word, lemmas
                ):
                    return toks[word]
    if "for" in lemmas and (mark := for_clause_mark(token)) is not None:
        return mark  # "called for the president to resign": the clause's "for" (political33)
    # a preposition after the trigger, read last: most matches end at a content word above
    return next(
        (
            toks[c]
            for c in children
            if pos[c] == "ADP" and c > i and (lemma[c] in lemmas or lower[c] in lemmas)
        ),
        None,
    )


# a date is never the word a pattern needs: "On 21 March 2023, ... held talks" is no march
# (recall21: ACLED-style dates before the trigger)
_WHEN = frozenset({"DATE", "TIME"})
# prepositions that date a verb by another event: their object is no dependent of the verb's
# pattern ("the announcement came after a meeting between X and Y" is no visit by the
# announcement; the meeting is coded as its own noun)
_TIME_PREPS = frozenset({"after", "before", "since", "following"})


# verbs of admission, whose that-clause is what is admitted, and the words of that clause that
# say what it is (its verb, object or predicate: "made mistakes", "is a problem", "was wrong")
_ADMISSION_VERBS = frozenset({"admit", "acknowledge", "confess"})
_ADMITTED_DEPS = frozenset({"dobj", "attr", "acomp"})


# adjectives and participles that state a stance when predicated of an actor ("A" patterns)
_STANCE_TAGS = frozenset({"JJ", "VBN"})
_COPULAS = frozenset({"be", "seem", "feel", "remain", "appear", "become", "sound"})


def _predicative(token: Token) -> bool:
    """Whether an adjective or participle is predicated of a subject: "he was very moved",
    "China is resolutely opposed", "she said she was heartened" (not "an opposed view")."""
    if token.dep_ == "acomp" and token.head.lemma_.lower() in _COPULAS:
        return True
    return token.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in token.children)


def stance_copula(token: Token) -> Token:
    """The verb whose subject holds an "A" pattern's stance (the copula, or the participle)."""
    return token.head if token.dep_ == "acomp" else token


def stance_roles(token: Token, pattern: Pattern) -> tuple[list[Token], list[Token]]:
    """Source (the subject of the copula or participle) and targets (the objects of the
    pattern's prepositions on the adjective: "satisfied *with* the cooperation")."""
    verb = stance_copula(token)
    subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    targets: list[Token] = []
    for c in token.children:
        if c.dep_ in ("prep", "agent") and c.lower_ in pattern.targets | {"by"}:
            targets.extend(g for g in c.children if g.dep_ == "pobj")
    return subj, targets


def stance_negated(token: Token) -> bool:
    """ "is not happy with": a negation on the adjective or its copula."""
    verb = stance_copula(token)
    return any(c.dep_ == "neg" for c in (*token.children, *verb.children))


def subject_noun(index: PatternIndex, dep: Token | None) -> Pattern | None:
    """The nominal pattern of a verb pattern's required word when that word is the verb's
    subject ("Talks between X and Y resumed", "negotiations with the rebels broke down"):
    its sides are the noun's prepositional objects, not the verb's."""
    if dep is None or dep.dep_ not in ("nsubj", "nsubjpass"):
        return None
    m = index.match(dep)
    return m[0] if m is not None and m[0].pos == "N" else None
