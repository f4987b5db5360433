"""Record types that leave the pipeline.

Every record is a plain dataclass. Spans are ``{start, end, text}`` with Python
``str`` indices into ``Article.text``; ``text == article.text[start:end]`` always
holds. ``to_dict`` gives the JSON shape documented in ``docs/schema.md``.
"""

from __future__ import annotations

import dataclasses
import hashlib
import unicodedata
from dataclasses import dataclass, field
from typing import Any

SCHEMA = "newsgraph.article/1"


class _Record(dict):  # type: ignore[type-arg]
    """Base of every record: a dataclass that is also a ``dict`` of its fields.

    The attributes are the typed API (``quote.speaker_name``); the ``dict`` holds the same
    values under the field names and is kept in step on every assignment, so plain
    ``json.dumps(article)`` works with no ``default=`` (nested records are dicts too) and a
    record reads like its JSON row (``quote["speaker_name"]``). ``to_dict()`` gives a deep
    copy of the JSON form (what ``Article.to_dict`` nests). Compare records by value with
    ``==`` (the dataclass fields); change them through attributes, not items.
    """

    __slots__ = ()

    # a subclass made by the plain dataclass __init__ (not :func:`_record`), whose frozen
    # fields are set past __setattr__, fills its dict here
    def __post_init__(self) -> None:
        for name in self.__dataclass_fields__:  # type: ignore[attr-defined]
            dict.__setitem__(self, name, object.__getattribute__(self, name))

    def __setattr__(self, name: str, value: Any) -> None:
        object.__setattr__(self, name, value)
        dict.__setitem__(self, name, value)

    def __ne__(self, other: object) -> bool:  # the dataclass __eq__, not dict's
        eq = self.__eq__(other)
        return eq if eq is NotImplemented else not eq

    def __reduce__(self) -> tuple[Any, ...]:  # pickle and copy rebuild through __init__
        fields = self.__dataclass_fields__  # type: ignore[attr-defined]
        return _rebuild, (type(self), tuple(object.__getattribute__(self, f) for f in fields))

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)  # type: ignore[call-overload, no-any-return]


def _rebuild(cls: type[_Record], values: tuple[Any, ...]) -> _Record:
    return cls(*values)


class _Factory:
    """The default of a parameter whose field has a ``default_factory``."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "<factory>"


_FACTORY = _Factory()


def _record(cls: type[Any]) -> type[Any]:
    """Give a record dataclass an ``__init__`` that fills its slots and its ``dict`` directly.

    The dataclass's own ``__init__`` assigns each field through ``_Record.__setattr__`` (a
    Python call per field, each writing the ``dict`` too) and ``_Record.__post_init__`` then
    writes the ``dict`` again; this one takes the same parameters (defaults and default
    factories alike), sets the slots with ``object.__setattr__`` (frozen records included, as
    the dataclass does) and the ``dict`` with one ``update`` in field order, then calls the
    class's own ``__post_init__`` if it has one (``Article``). A record is made 3-4 times
    faster (perf38); what it holds is the same.
    """
    params: list[str] = []
    body: list[str] = []
    ns: dict[str, Any] = {"_oset": object.__setattr__, "_dupd": dict.update, "_FACTORY": _FACTORY}
    names: list[str] = []
    for f in dataclasses.fields(cls):
        if not f.init or f.kw_only:
            raise TypeError(f"{cls.__name__}.{f.name}: _record supports plain init fields only")
        names.append(f.name)
        if f.default is not dataclasses.MISSING:
            ns[f"_dflt_{f.name}"] = f.default
            params.append(f"{f.name}=_dflt_{f.name}")
        elif f.default_factory is not dataclasses.MISSING:
            ns[f"_fac_{f.name}"] = f.default_factory
            params.append(f"{f.name}=_FACTORY")
            body.append(f"if {f.name} is _FACTORY: {f.name} = _fac_{f.name}()")
        else:
            params.append(f.name)
        body.append(f"_oset(self, {f.name!r}, {f.name})")
    body.append("_dupd(self, (" + "".join(f"({n!r}, {n}), " for n in names) + "))")
    if "__post_init__" in cls.__dict__:
        body.append("self.__post_init__()")
    src = f"def __init__(self, {', '.join(params)}) -> None:\n" + "".join(
        f"    {line}\n" for line in body
    )
    exec(src, ns)  # the source is built above from the fields' names only
    init = ns["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__module__ = cls.__module__
    init.__doc__ = cls.__init__.__doc__
    cls.__init__ = init
    return cls


@_record
@dataclass(frozen=True, slots=True)
class Span(_Record):
    """A stretch of the article text: ``text == article.text[start:end]``."""

    start: int
    end: int
    text: str

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        return cls(start, end, text[start:end])


@_record
@dataclass(slots=True)
class Removed(_Record):
    """A piece of scrape noise taken out of the body."""

    kind: str  # breadcrumb | caption | boilerplate | promo
    text: str
    reason: str


@_record
@dataclass(slots=True)
class Caption(_Record):
    """A photo caption found in the input; ``related`` says whether it belongs to the story."""

    text: str
    related: bool
    reason: str
    credit: str | None = None


@_record
@dataclass(slots=True)
class Entity(_Record):
    """One real-world actor or thing, with every mention of it in the article."""

    id: str
    name: str
    type: str  # PERSON | ORG | GPE | LOC | NORP | FAC | ...
    country: str | None = None  # ISO 3166 alpha-3
    sector: str | None = None  # GOV, MIL, REB, OPP, PTY, COP, JUD, BUS, MED, CVL, IGO, NGO, ...
    role: str | None = None
    aliases: list[str] = field(default_factory=list)
    mentions: list[Span] = field(default_factory=list)
    confidence: float = 1.0
    rule: str = "ner"


@_record
@dataclass(slots=True)
class Quote(_Record):
    id: str
    kind: str  # direct | indirect | mixed
    content: Span
    cue: Span | None
    source: Span | None
    speaker: str | None  # entity id
    speaker_name: str | None
    unnamed: bool
    sentence: int
    confidence: float
    rule: str
    time: str | None = None  # TimeRef id
    time_default: bool = False
    place: str | None = None  # Place id


@_record
@dataclass(slots=True)
class Actor(_Record):
    entity: str | None
    span: Span
    code: str | None
    country: str | None
    sector: str | None
    name: str | None = None


@_record
@dataclass(slots=True)
class Event(_Record):
    id: str
    type: str  # PLOVER event type
    mode: str | None
    quad: int  # 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict
    cameo: str
    trigger: Span
    sources: list[Actor]
    targets: list[Actor]
    place: Span | None
    time: Span | None
    negated: bool
    hypothetical: bool
    background: bool
    reported_by: str | None  # Quote id
    sentence: int
    confidence: float
    rule: str
    context: list[str] = field(default_factory=list)
    goldstein: float | None = None
    place_id: str | None = None
    time_id: str | None = None
    time_default: bool = False
    caption_place: str | None = None  # where a related photo caption says it happened
    place_conflict: bool = False  # the caption's place differs from the body's
    # how ``place_id`` was chosen (evplace42): "sentence" (the coder's place in the trigger's
    # clause), "paragraph" (nearest the trigger in its paragraph), "dateline"; None: no place
    place_source: str | None = None


@_record
@dataclass(slots=True)
class Place(_Record):
    id: str
    span: Span
    geonameid: int | None
    name: str
    feature: str  # country | admin1 | city | other
    country_code: str | None  # ISO alpha-2, as GeoNames
    lat: float | None
    lon: float | None
    metonymy: bool
    confidence: float
    rule: str = "gazetteer"
    sentence: int = 0


@_record
@dataclass(slots=True)
class TimeRef(_Record):
    id: str
    span: Span
    type: str  # DATE | TIME | DURATION | SET
    value: str | None  # TIMEX3 value, None when it cannot be resolved
    granularity: str | None  # day | week | month | year | ...
    interval: dict[str, str | None] | None
    anchor: str  # published | inferred | absolute | unknown
    sentence: int = 0
    rule: str = "timex"
    confidence: float = 1.0


@_record
@dataclass(slots=True)
class Framing(_Record):
    """How the outlet labels an actor: a word or phrase, its kind and the actor it labels.

    ``target`` is the entity labelled (or None); a generic actor has ``target_name`` and a
    ``target_code`` (country + sector, e.g. ``SYRREB``) instead.
    """

    id: str
    kind: str  # loaded_language | name_calling | scare_quote | distancing
    span: Span
    label: str  # normalised form: "terrorist", "regime", "so-called"
    target: str | None  # entity id
    target_name: str | None
    polarity: float  # -1 (hostile) .. 1 (approving)
    sentence: int
    rule: str
    confidence: float
    target_code: str | None = None


@_record
@dataclass(slots=True)
class Tone(_Record):
    """Article tone as GDELT reports it, from the VADER lexicon (scores in percent of words)."""

    tone: float  # positive - negative
    positive: float  # % of words with positive valence
    negative: float  # % of words with negative valence
    polarity: float  # positive + negative: how emotive the text is
    words: int


@_record
@dataclass(slots=True)
class Source(_Record):
    path: str | None = None
    url: str | None = None
    outlet: str | None = None
    id: str | None = None  # the id the input gave the article (JSON/JSONL "id"), to join back


@_record
@dataclass(slots=True)
class Article(_Record):
    """One analysed article; ``json.dumps(article)`` gives the same JSON as ``to_dict()``."""

    id: str
    text: str
    title: str | None = None
    published: str | None = None  # ISO date
    published_from: str | None = None  # argument | metadata | html | inferred | None
    author: str | None = None
    source: Source = field(default_factory=Source)
    removed: list[Removed] = field(default_factory=list)
    captions: list[Caption] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    times: list[TimeRef] = field(default_factory=list)
    framing: list[Framing] = field(default_factory=list)
    tone: Tone | None = None
    language: str | None = None  # ISO 639-1 (py3langid); None when too short to judge

    def __post_init__(self) -> None:  # the dict: "schema" first, then the fields (to_dict's order)
        fields = dict(self)
        dict.clear(self)
        dict.__setitem__(self, "schema", SCHEMA)
        dict.update(self, fields)

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"schema": SCHEMA}
        d.update(dataclasses.asdict(self))
        return d


def normalise_text(text: str) -> str:
    """Normal form used for identity: NFC, whitespace collapsed, stripped."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def article_id(text: str) -> str:
    """An article's id: a hash of its normalised text (ingesting twice changes nothing)."""
    return hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()[:20]


def record_id(article: str, kind: str, start: int, end: int) -> str:
    """A record id derived from article id, record kind and offsets."""
    return f"{kind}-{hashlib.sha1(f'{article}:{kind}:{start}:{end}'.encode()).hexdigest()[:12]}"


def _span(d: dict[str, Any] | None) -> Span | None:
    return Span(d["start"], d["end"], d["text"]) if d else None


def article_from_dict(d: dict[str, Any]) -> Article:
    """Rebuild an Article from its JSON form (``Article.to_dict()``)."""

    def actors(items: list[dict[str, Any]]) -> list[Actor]:
        return [Actor(**{**a, "span": _span(a["span"])}) for a in items]

    return Article(
        id=d["id"],
        text=d["text"],
        title=d.get("title"),
        published=d.get("published"),
        published_from=d.get("published_from"),
        author=d.get("author"),
        language=d.get("language"),
        source=Source(**(d.get("source") or {})),
        removed=[Removed(**r) for r in d.get("removed", [])],
        captions=[Caption(**c) for c in d.get("captions", [])],
        entities=[
            Entity(**{**e, "mentions": [_span(m) for m in e["mentions"]]})
            for e in d.get("entities", [])
        ],
        quotes=[
            Quote(
                **{
                    **q,
                    "content": _span(q["content"]),
                    "cue": _span(q.get("cue")),
                    "source": _span(q.get("source")),
                }
            )
            for q in d.get("quotes", [])
        ],
        events=[
            Event(
                **{
                    **e,
                    "trigger": _span(e["trigger"]),
                    "place": _span(e.get("place")),
                    "time": _span(e.get("time")),
                    "sources": actors(e.get("sources", [])),
                    "targets": actors(e.get("targets", [])),
                }
            )
            for e in d.get("events", [])
        ],
        places=[Place(**{**p, "span": _span(p["span"])}) for p in d.get("places", [])],
        times=[TimeRef(**{**t, "span": _span(t["span"])}) for t in d.get("times", [])],
        framing=[Framing(**{**f, "span": _span(f["span"])}) for f in d.get("framing", [])],
        tone=Tone(**d["tone"]) if d.get("tone") else None,
    )
