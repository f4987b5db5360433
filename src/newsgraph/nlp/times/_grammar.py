"""Regular grammar of English temporal expressions: finds candidate spans in raw text.

Each rule is one compiled regex with named groups; the normaliser (``times_resolve``) reads
the groups by rule name. Patterns are assembled once from the word lists in
``resources/time_*.txt``. Overlaps are settled longest-first, then by rule order.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache

from newsgraph.nlp.times._lexicon import (
    DECADE_WORDS,
    ONES,
    alternation,
    lexicon,
    number_pattern,
    spelled_year_pattern,
)


@dataclass(slots=True)
class Candidate:
    """A stretch of text one grammar rule matched (character offsets into the text)."""

    start: int
    end: int
    rule: str
    groups: dict[str, str | None]
    order: int = 0  # rule priority on equal spans (lower wins)


_YEAR = r"(?:1[5-9]\d\d|20\d\d)"
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?!\d)(?:st|nd|rd|th)?"
_REL = r"(?i:last|next|this|coming|upcoming|past|previous)"
_MOD = (
    r"(?i:early|mid|late|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of"
    r"|the\s+first\s+half\s+of|the\s+(?:second|last)\s+half\s+of|the\s+turn\s+of)"
)
_APPROX = (
    r"just\s+over|just\s+under|well\s+over|well\s+under|a\s+little\s+over|a\s+little\s+more"
    r"\s+than|more\s+than|less\s+than|fewer\s+than|as\s+long\s+as|as\s+many\s+as|as\s+"
    r"much\s+as|as\s+little\s+as|as\s+few\s+as|at\s+least|at\s+most|up\s+to|about|"
    r"around|nearly|almost|roughly|some|over|under"
)
_OVER_PREP = (
    r"(?:(?<=\bfor\s)|(?<=\bin\s)|(?<=\bof\s)|(?<=\bafter\s)|(?<=\bto\s)|(?<=['’]s\s)"
    r"|(?<=\bthe\s)|(?<=\ban\s)|(?!over\s))"
)
# "in the summer", "over the winter": a season named with "the" after a preposition of time
# "that" as a determiner ("in custody that March": the year last named),
# not the complementizer of a reporting or thinking verb ("said that March sales rose")
_THAT_VERBS = (
    "said say says saying told tell tells announced reported noted added believe believes "
    "believed think thinks thought expect expects expected hope hopes hoped fear fears feared "
    "argued claimed show shows showed found suggested warned stated confirmed insisted know "
    "knows knew mean means meant so such ensure ensured given predicted forecast estimated "
    "indicated"
).split()
_THAT = "(?:" + "".join(rf"(?<!\b{v} )" for v in _THAT_VERBS) + "(?i:that))"
_SEASON_PREP = (
    r"(?:(?<=\b[Ii]n )|(?<=\b[Oo]ver )|(?<=\binto )|(?<=\b[Dd]uring )|(?<=\bthrough )|"
    r"(?<=\bthroughout )|(?<=\buntil )|(?<=\bby )|(?<=\b[Ss]ince ))"
)
_TZ = r"(?:GMT|UTC|BST|CET|CEST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|PT|CT|local\s+time)"


def _rules() -> list[tuple[str, str]]:
    lex = lexicon()
    full_months = [m for m in lex.months if len(m) > 3 or m == "May"]
    mon_any = alternation(lex.months) + r"(?:\.(?!\w))?"
    mon_full = alternation(full_months)
    wd_full = alternation(w for w in lex.weekdays if len(w) > 4)
    wd_any = alternation(lex.weekdays) + r"\.?"
    part = alternation(lex.parts)
    season = alternation(lex.seasons, flags="i")
    units = alternation(lex.units, flags="i")
    num = number_pattern()
    sets = alternation(lex.sets, flags="i")
    vague = alternation(lex.vague, flags="i")
    holiday = alternation(lex.holidays)
    numw = alternation(
        (w for w, v in lex.numbers.items() if v != "X" and w not in ("a", "an")), flags="i"
    )
    ones = "|".join(ONES)
    unit1 = alternation((w for w in lex.units if not w.endswith("s")), flags="i")
    return [
        (
            "iso",
            rf"\b(?P<y>{_YEAR})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])"
            rf"(?:T(?P<hh>[01]\d|2[0-3]):(?P<mi>[0-5]\d))?(?![\d-])",
        ),
        (
            "numeric",
            rf"(?<![\d/.])(?P<a>3[01]|[12]\d|0?[1-9])/(?P<b>3[01]|[12]\d|0?[1-9])"
            rf"/(?P<y>{_YEAR}|\d\d)(?![\d/])",
        ),
        (
            "mdy",
            rf"\b(?:(?P<wdn>{wd_any}),?\s+)?\b(?P<mon>{mon_any})\s+(?P<d>{_DAY})\b"
            rf"(?:,?\s+(?P<y>{_YEAR})\b)?(?![:.,]?\d)",
        ),
        (
            "dmy",
            rf"\b(?:(?P<wdn>{wd_any}),?\s+)?\b(?:the\s+)?(?P<d>{_DAY})\s+(?:of\s+)?(?P<mon>{mon_any})"
            rf"(?:,?\s+(?P<y>{_YEAR}))?\b",
        ),
        (
            "monyear",
            rf"\b(?:(?P<mod>{_MOD})(?:-|\s+))?\b(?P<mon>{mon_any})(?:\s+of)?,?\s+"
            rf"(?P<y>{_YEAR})\b(?!,?\d)",
        ),
        ("holiday", rf"\b(?:(?P<rel>{_REL})\s+)?\b(?P<hol>{holiday})(?:\s+(?P<y>{_YEAR}))?\b"),
        (
            # "the first Tuesday in September", "every first Tuesday (of the month)": the n-th
            # weekday of a month; without "every" a month is needed ("the first Tuesday after
            # the vote" counts from an event)
            "nthwd",
            rf"\b(?:(?P<every>(?i:every|each))\s+)?(?:(?i:the)\s+)?"
            rf"(?P<n>(?i:first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th))\s+"
            rf"(?P<wd>{wd_full})(?:\s+(?i:in|of)\s+(?:(?P<mon>{mon_full})(?:,?\s+(?P<y>{_YEAR}))?"
            rf"|(?P<each>(?i:each|every|the))\s+(?i:month)))?\b"
            rf"(?(every)|(?(mon)|(?(each)|(?!))))",
        ),
        (
            "month",
            rf"\b(?:(?P<rel>{_REL}|{_THAT})\s+|(?P<mod>{_MOD})(?:-|\s+))?\b(?P<mon>{mon_full})\b"
            rf"(?:\s+(?P<ry>(?i:last|this|next))\s+year\b(?!['’]))?",
        ),
        (
            "spyear",
            rf"(?:(?P<mon>{mon_full})\s+|(?P<the>(?i:the)\s+year)\s+|(?:(?i:the)\s+)?"
            rf"(?P<s>{season})\s+of\s+)?\b(?P<sy>{spelled_year_pattern()})\b"
            rf"(?![\s-]+(?:{units}|percent|people|dollars|pounds|times|of|(?i:{ones})\b))",
        ),
        ("yrange", rf"\b(?P<y1>{_YEAR})\s*[-–/]\s*(?P<y2>{_YEAR}|\d\d)\b(?![-/]\d)"),
        (
            "decade",
            r"(?:(?i:the)\s+)?(?:(?P<mod>(?i:early|mid|late))(?:-|\s+))?"
            r"(?P<dec>(?:1[5-9]|20)\d0|['‘’]\d0)s\b"
            r"|(?i:the)\s+(?:(?P<wmod>(?i:early|mid|late))(?:-|\s+))?(?P<wdec>(?i:twenties|thirties|"
            r"forties|fifties|sixties|seventies|eighties|nineties))\b",
        ),
        (
            "modpart",
            rf"\b(?P<m>(?i:mid|early|late))(?!(?i:night)\b)[\s-]?(?P<part>{part})\b(?:\s+(?P<w>(?i:yesterday|today|"
            rf"tomorrow))\b|\s+(?:on\s+)?(?P<wd>{wd_full})\b)?",
        ),
        (
            "century",
            r"(?:(?i:the)\s+)?(?:(?P<mod>(?i:early|mid|late))(?:-|\s+))?"
            r"(?P<n>\d{1,2})(?:st|nd|rd|th)[\s-]+century\b",
        ),
        (
            "year",
            rf"(?:(?P<mod>{_MOD})(?:-|\s+)(?P<y>{_YEAR})|(?=[12])(?:(?<![\w$£€.,/-])|"
            rf"(?<=\b[Pp]ost-)|(?<=\b[Pp]re-))(?P<y0>{_YEAR}))\b"
            rf"(?![-/.,]\d|%)",
        ),
        (
            "yapos",
            r"(?<![\w'‘’])(?P<ap>['‘’])(?P<yy>\d\d)(?![\w'‘’%]|[.,:/-]\d)",
        ),
        (
            "modunit",
            r"\b(?:(?P<mod>(?i:early|mid|late))-(?P<u>(?i:week|month|year))|(?P<mw>(?i:midweek)))"
            r"\b(?!-)",
        ),
        (
            "quarter",
            # the determiner of an adjective "third-quarter" is its noun's ("its third-quarter
            # loss": TimeML's span is "third-quarter")
            rf"(?:(?P<the>(?i:the|its|their))\s+(?!(?i:fiscal[\s-]+)?(?i:first|second|third|"
            rf"fourth|1st|2nd|3rd|4th)-quarter))?(?:(?P<py>{_YEAR})\s+|(?P<pr>(?i:this|last|"
            rf"next))\s+year['’]s\s+|(?P<pago>(?i:year-ago|year-earlier))\s+)?"
            rf"(?:(?i:fiscal)[\s-]+)?(?P<q>(?i:first|second|third|fourth|1st|2nd|3rd|4th)|"
            rf"(?<=[Tt]he )(?i:final|last))(?P<hy>-|\s+)quarter(?!s)(?:\s+of\s+(?:(?P<y>{_YEAR})"
            rf"|(?P<ry>(?i:the|this|last|next)\s+year)))?\b|\bQ(?P<qn>[1-4])\s+(?P<qy>{_YEAR})\b"
            # a bare "Q3" after a preposition or determiner ("in Q3", "its Q4") or before a
            # figure ("Q2 results"); not a model name ("Audi Q3") nor a numbered question
            r"|(?:(?<=\b[Ii]n )|(?<=\b[Ff]or )|(?<=\b[Dd]uring )|(?<=\b[Tt]he )|(?<=\b[Ii]ts )|"
            r"(?<=\b[Oo]f )|(?<=\b[Ss]ince )|(?<=\b[Tt]heir ))Q(?P<bq>[1-4])\b(?![-'’:.]?\d)"
            r"|\bQ(?P<bq2>[1-4])(?=\s+(?:results|earnings|profits?|revenues?|sales|loss(?:es)?|"
            r"GDP|growth|figures|numbers)\b)",
        ),
        (
            "qref",
            rf"\b(?i:the)\s+(?:(?P<qa>(?i:latest|current|most\s+recent|year-ago|year-earlier|"
            rf"same|comparable|corresponding))\s+|(?P<qy>{_YEAR})\s+)?(?:(?i:fiscal)\s+)?"
            rf"(?P<qu>quarter|period)\b(?!s|-|\s+of\b)(?:\s+(?P<qlast>(?i:a\s+year\s+(?:ago|"
            rf"earlier)|last\s+year|of\s+last\s+year|(?:a\s+)?year\s+earlier))\b)?"
            rf"|\b(?P<lyq>(?i:last|this|next))\s+year['’]s\s+(?:(?i:fiscal)\s+)?quarter\b(?!s|-)"
            rf"|\b(?P<adj>(?i:year-ago|year-earlier))\b",
        ),
        (
            "season",
            rf"\b(?:(?P<rel>{_REL})\s+|(?P<mod>{_MOD})(?:-|\s+)|"
            rf"(?P<the>(?=the\s){_SEASON_PREP}the\s+))?"
            rf"\b(?P<s>{season})(?:\s+(?:of\s+)?(?P<y>{_YEAR}))?\b",
        ),
        (
            "weekday",
            # "the following Monday"; without "the", "Following Monday's debate" is the
            # preposition and the weekday a bare one
            rf"\b(?:(?P<rel>(?i:last|next|this|coming|upcoming|past|earlier|later|early|late|previous|"
            rf"(?<=the )following))\s+)?\b(?P<wd>{wd_full})(?P<pl>s)?\b"
            rf"(?:\s+(?P<part>{part})(?P<ppl>s)?\b)?",
        ),
        (
            "deictic",
            rf"(?:(?P<pre>(?i:earlier|later|early|late))\s+)?\b(?P<w>(?i:the\s+day\s+"
            rf"before\s+yesterday|the\s+day\s+after\s+tomorrow|today|tonight|tomorrow|"
            rf"yesterday))\b(?:\s+(?P<part>{part})\b)?",
        ),
        (
            "thispart",
            rf"\b(?P<rel>(?i:this|last|that|the\s+(?:next|following|previous|same)))\s+"
            rf"(?P<part>{part})\b",
        ),
        # "The day before, he slept": the day before (after) the one last named
        ("dayrel", r"\b(?i:the)\s+day\s+(?P<dir>(?i:before|after))(?=\s*[,.;:!?)'\"”’])"),
        # "ended on the 18th.": a day of the month last named
        (
            "ordday",
            r"(?:(?<=\b[Oo]n )|(?<=\bby )|(?<=\buntil )|(?<=\bsince )|(?<=\bbefore )|"
            r"(?<=\bafter )|(?<=\bthrough ))the\s+(?P<d>3[01]|[12]\d|[1-9])(?:st|nd|rd|th)\b"
            r"(?=\s*(?:$|[.,;:)!?\"'”’—–]|(?:and|or|when|at|in|to|until|but)\b))",
        ),
        (
            "inday",
            r"\b(?P<pre>(?i:earlier|later))\s+(?:in|on)\s+the\s+"
            r"(?P<u>day|week|month|year)\b",
        ),
        (
            "yearended",
            r"\b(?i:the)\s+(?:(?i:fiscal|financial)\s+)?(?i:year)(?=\s+(?:ended|ending)\b)",
        ),
        (
            "theunit",
            r"(?:(?<=\bof )|(?<=\b[Ff]or ))the\s+(?:(?i:full|entire|whole|fiscal)\s+)?"
            r"(?P<u>day|year)\b"
            r"(?!\s+(?:of(?!\s+[$£€\d])|before|after|when|that|in\s+which)\b|['’]s)",
        ),
        (
            # "by the end of the month", "by year-end", "since year's end": a unit's end (or
            # start, middle) after a preposition; TIMEX3 gives the unit's value (mod END)
            "unitend",
            r"(?:(?<=\b[Bb]y )|(?<=\b[Ss]ince )|(?<=\b[Aa]t )|(?<=\b[Uu]ntil )|(?<=\bbefore )|"
            r"(?<=\bafter )|(?<=\baround )|(?<=\bnear )|(?<=\bthrough )|(?<=\btoward )|"
            r"(?<=\btowards )|(?<=\bfrom )|(?<=\bof )|(?<=\b[Ii]n )|(?<=\b[Bb]efore ))"
            r"(?:(?P<the>the)\s+(?P<pos>end|beginning|start|middle)\s+of\s+the\s+"
            r"(?P<u>week|month|year|quarter)\b(?![-'’])"
            r"|(?P<u2>(?i:year|month|quarter))(?:-|\s+|['’]s\s+)end\b(?!-))",
        ),
        ("weekend", r"\b(?i:the)\s+weekend\b"),
        (
            "ago",
            rf"(?:(?P<approx>(?i:{_APPROX}))\s+)?(?:(?P<num>{num})[\s-]+)?\b(?P<u>{units})"
            rf"(?:\s+or\s+so)?\s+ago\b",
        ),
        ("later", rf"\b(?P<num>{num})[\s-]+(?P<u>{units})\s+(?P<dir>later|earlier)\b"),
        (
            "relunit",
            r"\b(?:(?P<pre>(?i:earlier|later|early|late))\s+)?(?:(?P<the>(?i:the))\s+)?"
            r"(?:(?i:this)\s+(?=(?i:past|coming)\s))?"  # "this past weekend", "this coming week"
            r"\b(?P<rel>(?i:last|next|this|past|coming|upcoming|previous|following|current|same|"
            r"that))\s+(?:(?i:fiscal)\s+(?=(?i:year|quarter)\b))?"
            r"(?P<u>(?i:day|week|weekend|month|year|decade|century|quarter))\b(?!-)",
        ),
        (
            # "the second half of the year", "the first half of next year": a half of a year
            # named relative to the story's date
            "halfyear",
            r"\b(?i:the)\s+(?P<h>(?i:first|second|last|latter))\s+half\s+of\s+"
            r"(?P<rel>(?i:the|this|next|last))\s+(?:(?i:fiscal|calendar)\s+)?(?i:year)\b(?![-'’])"
            r"|\b(?P<hh>(?i:first|second))-half\b(?=\s+[a-z])",
        ),
        ("vague", rf"\b(?P<v>{vague})\b(?!-)"),
        (
            "reln",
            rf"\b(?:(?P<the>(?i:the))\s+)?\b(?P<rel>(?i:past|last|next|coming|upcoming|previous|first|"
            rf"final|following))\s+(?:(?P<num>{num})\s+)?(?P<u>{units})\b",
        ),
        (
            "set",
            rf"\b(?P<every>(?i:every|each))\s+(?:(?P<other>other)\s+)?(?:(?P<num>{num})\s+)?"
            rf"(?P<u>{units}|{wd_full}|{part}|{mon_full}|{season})\b"
            rf"|(?:(?<=\btimes )|(?<=\bonce )|(?<=\btwice ))(?P<per>(?i:a|an|per))\s+"
            rf"(?P<pu>{units})\b|\b(?P<word>{sets})\b",
        ),
        (
            "rate",
            # a figure ends in a digit: "in 1988, a year when" is no rate
            rf"(?:\b(?:times|once|twice|{numw})|[$£€]?\d(?:[\d,]*\d)?(?:\.\d+)?(?:\s*(?i:million|"
            rf"billion|thousand|hundred|[kmb]n?|%))?|\bcents?|\bdollars|\bpounds|\beuros)\s+"
            rf"(?P<body>(?i:a|an|per)\s+(?P<pu>{unit1}))\b(?!-|\s+(?i:after|before|later|"
            rf"earlier|ago|out|of|from|since)\b)",
        ),
        (
            # "the year-earlier nine months", "the latest six months": one period's length
            "perdur",
            rf"(?=[tTyYlL])\b(?:(?i:the)\s+)?(?i:year-earlier|year-ago|latest)\s+(?P<num>{num})\s+"
            rf"(?P<u>(?i:days|weeks|months|quarters|years))\b(?!-)",
        ),
        (
            "dur",
            # a bare "over" before a length is the preposition ("evolved over several years":
            # TimeML's span is "several years"); after a preposition it is "more than" ("for
            # over four decades"), and "just over", "well over" stay
            rf"\b(?:(?P<mod>(?i:{_OVER_PREP}(?:{_APPROX})|another|an\s+additional|"
            rf"a\s+further))\s+)?\b"
            rf"(?P<num>{num})(?:\s+(?P<frac>1/2|½)|(?P<half0>½)|\s+(?P<half1>(?i:and\s+a\s+half)))?"
            rf"(?P<plus>(?i:-plus)|\+)?(?P<sep>[\s-]+)(?:(?i:more|additional|further|extra|trading|"
            rf"business|working|straight|consecutive|successive)\s+)?"
            rf"(?P<u>{units})"
            rf"(?P<old>-old)?\b(?!-)"
            rf"(?:\s+(?P<half>(?i:and\s+a\s+half))\b)?",
        ),
        (
            # "a year-long probe", "the decades-long battle", "a two-week-long strike"
            "longdur",
            rf"\b(?:(?P<num>{numw}|\d+)[\s-]+)?(?P<u>{units})-long\b(?!-)",
        ),
        (
            "pxdur",
            r"(?=[dhmwyDHMWY])(?:(?<=\bfor )|(?<=\bover )|(?<=\bwithin )|(?<=\bin )|"
            r"(?<=\b[Oo]ver the ))"
            r"(?P<u>(?i:years|months|weeks|"
            r"decades|days|hours))\b(?!\s+(?:ago|of|later|earlier)\b)",
        ),
        (
            "time",
            rf"\b(?:(?P<h>1[0-2]|0?[1-9])(?::(?P<mi>[0-5]\d))?\s*(?P<ap>(?i:a\.m\.|p\.m\.|"
            rf"a\.m|p\.m|am|pm))(?![a-z])(?:\s+(?P<tz>{_TZ})\b)?"
            rf"|\b(?P<h2>[01]?\d|2[0-3]):(?P<mi2>[0-5]\d)\s*(?P<tz2>{_TZ})\b"
            rf"|(?<=\bat )(?P<h3>[01]?\d|2[0-3]):(?P<mi3>[0-5]\d)\b(?![:\d])"
            rf"|(?<![\d,.$])(?P<h5>[01]\d|2[0-3])(?P<mi5>[0-5]\d)\s+(?:GMT|UTC)\b"
            rf"|(?P<w>(?i:noon|midnight|midday))\b(?:\s+(?P<tzw>{_TZ})\b)?)",
        ),
        (
            # "at 4 in the morning", "at 11 at night", "at 10:15 tonight": a clock time told by
            # the part of day
            "clockpd",
            r"(?=\d)(?<=\bat )(?P<h4>1[0-2]|0?[1-9])(?::(?P<mi4>[0-5]\d))?\s+(?:o['’]clock\s+)?"
            r"(?P<pd>(?i:in\s+the\s+(?:morning|afternoon|evening)|at\s+night|tonight|last\s+night"
            r"|this\s+(?:morning|afternoon|evening)))\b",
        ),
    ]


@lru_cache(maxsize=1)
def compiled() -> list[tuple[str, re.Pattern[str]]]:
    """The grammar rules, compiled once per process."""
    return [(name, re.compile(rx)) for name, rx in _rules()]


# Every match of a rule contains one of its *triggers*: a word (compared in ASCII lower case
# with runs of ASCII letters, so "1990s" holds the word "s" and "year-ago" the words "year"
# and "ago") or a short regex. A rule's regex then runs only in windows around its triggers
# (a match spans at most _BEFORE characters before its trigger and _AFTER after it), not from
# every position of the text: most rules begin with optional prefixes, which Python's regex
# engine would otherwise try at each character.
_VAGUE_HEADS = ("possible", "present", "moment", "ago", "past", "days", "weeks", "months")
_RULE_WORDS: dict[str, tuple[str, ...]] = {
    "spyear": ("eighteen", "nineteen", "twenty", "thousand"),
    "century": ("century",),
    "qref": ("quarter", "period", "ago", "earlier"),
    "quarter": ("quarter",),  # "third-quarter"
    "deictic": ("today", "tonight", "tomorrow", "yesterday"),
    "inday": ("earlier", "later"),
    "perdur": ("latest", "earlier", "ago"),
    "theunit": ("day", "year"),
    "dayrel": ("day",),
    "ordday": ("st", "nd", "rd", "th"),
    "nthwd": ("first", "second", "third", "fourth", "fifth", "last", "st", "nd", "rd", "th"),
    "yearended": ("year",),
    "weekend": ("weekend",),
    "halfyear": ("half",),
    "unitend": ("end", "beginning", "start", "middle"),
    "ago": ("ago",),
    "later": ("later", "earlier"),
    "relunit": ("day", "week", "weekend", "month", "year", "decade", "century", "quarter"),
    "pxdur": ("years", "months", "weeks", "decades", "days", "hours"),
    "longdur": ("long",),
    "set": ("every", "each", "times", "once", "twice"),
    "modunit": ("early", "mid", "late", "midweek"),
    "decade": DECADE_WORDS,
    "time": ("noon", "midnight", "midday"),
    "clockpd": ("morning", "afternoon", "evening", "night", "tonight"),
}
_YEAR_DIGITS = r"(?:1[5-9]|20)\d\d"
_RULE_REGEX: dict[str, str] = {
    "iso": _YEAR_DIGITS,
    "year": _YEAR_DIGITS,
    "yrange": _YEAR_DIGITS,
    "numeric": r"/\d",
    "decade": r"0s",
    "yapos": r"['‘’]\d\d",
    "time": r"(?i)[ap]\.?m(?![a-z])|:[0-5]\d|\d\d\s+(?:GMT|UTC)\b",
    "quarter": r"Q[1-4]",
}
_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz")
_LETTER_RUN = re.compile(r"[a-z]+")
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def _words(phrases: Iterable[str]) -> set[str]:
    return {w for p in phrases for w in re.findall(r"[a-z]+", p.lower())}


@lru_cache(maxsize=1)
def _triggers() -> tuple[dict[str, frozenset[str]], dict[str, re.Pattern[str]]]:
    """Per rule: its trigger words, and its trigger regex (rules may have both)."""
    lex = lexicon()
    months = _words(lex.months)
    units = _words(lex.units)
    parts = _words(lex.parts)
    weekdays = {w.lower() for w in lex.weekdays if len(w) > 4}
    words: dict[str, set[str]] = {k: set(v) for k, v in _RULE_WORDS.items()}
    for rule in ("mdy", "dmy", "monyear", "month"):
        words[rule] = months
    words["season"] = _words(lex.seasons)
    words["weekday"] = weekdays | {w + "s" for w in weekdays}
    words["thispart"] = parts
    mods = ("early", "mid", "late")
    words["modpart"] = set(mods) | {m + p for m in mods for p in parts}  # "midafternoon"
    words["vague"] = {p.split()[-1] for p in lex.vague} | set(_VAGUE_HEADS)
    words["reln"] = words["dur"] = units
    words["rate"] = {u for u in units if not u.endswith("s")}
    words["set"] |= _words(lex.sets)
    # a holiday's longest word ("Christmas", "Thanksgiving", "Year" in "New Year's Day")
    words["holiday"] = {max(re.findall(r"[a-z]+", h.lower()), key=len) for h in lex.holidays}
    regex = {k: re.compile(v) for k, v in _RULE_REGEX.items()}
    return {k: frozenset(v) for k, v in words.items()}, regex


@cache
def _word_regex(word: str) -> re.Pattern[str]:
    # a literal first: the regex engine then skips ahead as fast as str.find
    return re.compile(re.escape(word) + "(?![a-z])")


@lru_cache(maxsize=1)
def _odd_trigger_words() -> frozenset[str]:
    """Trigger words that are no plain run of ASCII letters (none today; a lexicon may add
    one): the one-pass index of letter runs cannot hold them."""
    words = _triggers()[0]
    return frozenset(w for ws in words.values() for w in ws if not _LETTER_RUN.fullmatch(w))


@lru_cache(maxsize=1)
def _all_trigger_words() -> frozenset[str]:
    """Every rule's trigger words."""
    return frozenset(w for ws in _triggers()[0].values() for w in ws)


def _word_hits(lower: str, word: str) -> list[tuple[int, int]]:
    """Where ``word`` stands in ``lower`` as a whole run of ASCII letters."""
    if word not in lower:
        return []
    return [
        m.span()
        for m in _word_regex(word).finditer(lower)
        if m.start() == 0 or lower[m.start() - 1] not in _LETTERS
    ]


# A match reaches at most _BEFORE characters before its trigger and _AFTER after it (the
# longest prefix, "a little more than twenty-five" before "years", is about 30 characters;
# the longest suffix, "early afternoon on Wednesday" after "early", under 30).
_BEFORE, _AFTER = 60, 40


def _windows(hits: list[tuple[int, int]], size: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s, e in sorted(hits):
        lo, hi = max(0, s - _BEFORE), min(size, e + _AFTER)
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(hi, out[-1][1]))
        else:
            out.append((lo, hi))
    return out


def candidates(text: str) -> list[Candidate]:
    """Every rule match in ``text`` (overlapping; see ``select``)."""
    out: list[Candidate] = []
    lower = text.lower()
    if len(lower) != len(text):  # a few characters lower-case to two ("İ")
        lower = text.translate(_ASCII_LOWER)
    rule_words, rule_regex = _triggers()
    # the trigger words standing in the text as whole runs of ASCII letters (one pass over
    # the text for its words), each then found where it stands
    present = _all_trigger_words().intersection(_LETTER_RUN.findall(lower))
    word_hits = {w: _word_hits(lower, w) for w in present}
    odd = _odd_trigger_words()
    regex_hits: dict[re.Pattern[str], list[tuple[int, int]]] = {}
    for order, (name, rx) in enumerate(compiled()):
        hits: list[tuple[int, int]] = []
        for w in rule_words.get(name, ()):
            found = word_hits.get(w)
            if found is None and w in odd:  # not a plain run of letters: searched for itself
                found = word_hits[w] = _word_hits(lower, w)
            if found:
                hits += found
        trig = rule_regex.get(name)
        if trig is not None:
            if trig not in regex_hits:
                regex_hits[trig] = [m.span() for m in trig.finditer(text)]
            hits += regex_hits[trig]
        for lo, hi in _windows(hits, len(text)):
            for m in rx.finditer(text, lo, hi):
                start = m.start("body") if "body" in rx.groupindex else m.start()
                if m.end() > start:
                    out.append(Candidate(start, m.end(), name, m.groupdict(), order))
    return out


def select(cands: list[Candidate]) -> list[Candidate]:
    """Non-overlapping candidates: longest first, then by rule order; sorted by position."""
    chosen: list[Candidate] = []
    for c in sorted(cands, key=lambda c: (-(c.end - c.start), c.order, c.start)):
        if all(c.end <= o.start or c.start >= o.end for o in chosen):
            chosen.append(c)
    return sorted(chosen, key=lambda c: c.start)
