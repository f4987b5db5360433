"""What each ``newsgraph eval <task> --help`` says: the gold it reads, the measure, and what
``--part`` and ``--limit`` do for that scorer (ux23: the texts were one generic sentence).

Written from the scorers' docstrings in ``newsgraph/eval/``; ``SPLITS`` must agree with the
scorers' signatures (``tests/test_cli_eval_help.py`` checks it against the gate registry).
"""

from __future__ import annotations

#: scorer -> (the gold it reads, the measure, the unit --limit counts)
GOLD: dict[str, tuple[str, str, str]] = {
    "extraction": (
        "the article-extraction benchmark's pages (ground-truth.json and html/*.html.gz)",
        "article-body precision, recall and F1 over 4-token shingles, averaged per page",
        "pages",
    ),
    "quotes": (
        "a PolNeAR split folder (text/*.txt and brat attributions/*.ann)",
        "precision, recall and F1 of quote Source, Cue and Content spans, exact and token-overlap",
        "articles (sorted by name)",
    ),
    "petrarch": (
        "the PETRARCH unit-test suite (PETR.UnitTest.records.xml) with its toy actor dictionaries",
        "event code accuracy of the built-in coder (suite_verbs_* keys: with the suite's verb "
        "dictionary added)",
        "records",
    ),
    "events": (
        "the hand-labelled PLOVER event gold and no-event sentences (sentences read from "
        "../shared)",
        "event type precision, recall and F1, and source, target and mode accuracy on matched "
        "sentences",
        "gold sentences (and as many no-event sentences)",
    ),
    "event_probes": (
        "the hand-written CAMEO-code probes (cameo_probes.tsv), one sentence each",
        "event type recall and precision per sentence, source and target country on "
        "type-matched ones",
        "probes",
    ),
    "geo": (
        "LGL-style XML toponym gold (character spans, GeoNames ids, points)",
        "toponym detection P/R/F1 and resolution accuracy (exact id, within 161 km), with "
        "gold spans and end to end",
        "articles",
    ),
    "geovirus": (
        "GeoVirus XML toponym gold (spans, points, Wikipedia pages; no GeoNames ids)",
        "toponym detection P/R/F1 and resolution within 161 km (the *_exact_acc measures are 0 "
        "by construction)",
        "articles",
    ),
    "geoweb": (
        "the GeoWebNews-style toponym gold (a TSV of spans into ../shared extraction pages)",
        "detection P/R/F1 by exact span and by overlap, and resolution accuracy within 161 km",
        "pages",
    ),
    "geoweb_world": (
        "the second GeoWebNews-style toponym gold on world news (a TSV of spans into ../shared "
        "texts)",
        "detection P/R/F1 by exact span and by overlap, and resolution accuracy within 161 km",
        "pages",
    ),
    "timeml": (
        "a TimeML folder of .tml files (AQUAINT by default), TIMEX3 expressions and the DCT",
        "TempEval-3 task A: strict and relaxed span P/R/F1, type F1 and value F1",
        "documents",
    ),
    "timeml_timebank": (
        "a TimeML folder of .tml files (TimeBank by default), TIMEX3 expressions and the DCT",
        "TempEval-3 task A: strict and relaxed span P/R/F1, type F1 and value F1",
        "documents",
    ),
    "times": (
        "a TSV of sentences with a publication date and one TIMEX3 expression each",
        "detection P/R/F1 (overlap), strict span match, type and value accuracy, value F1 and "
        "interval accuracy",
        "sentences",
    ),
    "times_blind": (
        "the blind TSV of sentences with a publication date and one TIMEX3 expression each",
        "detection P/R/F1 (overlap), strict span match, type and value accuracy, value F1 and "
        "interval accuracy",
        "sentences",
    ),
    "actors": (
        "the PolNeAR folder's texts with their dates (metadata.tsv); with --part also the "
        "PLOVER event gold of tests/data/events",
        "shares of events whose source / source and target are coded with a country or an "
        "organisation, bare sectors, no source; with --part country accuracy on the gold",
        "texts (default 200)",
    ),
    "speakers": (
        "the speaker-resolution TSV (quotes' cues, mentions and speakers, by offsets into "
        "../shared articles)",
        "speaker accuracy and coverage",
        "documents",
    ),
    "framing": (
        "the PTC folder (articles/article*.txt and labels.tsv, SemEval-2020 Task 11)",
        "span precision, recall and F1 with partial-overlap credit for Loaded_Language and "
        "Name_Calling,Labeling, each and pooled",
        "articles",
    ),
    "framing_attach": (
        "the framing-attachment TSV (label words in real sentences of ../shared texts, the "
        "actor each labels, non-label uses)",
        "label precision and recall, attachment accuracy on found labels, code accuracy, "
        "false labels on non-label rows",
        "rows",
    ),
}

#: scorers that score one half of their gold with --part, and the half they score without it
SPLITS: dict[str, str] = {
    "extraction": "all",
    "petrarch": "all",
    "events": "both halves, each reported",
    "event_probes": "all",
    "geo": "all",
    "geovirus": "all",
    "geoweb": "all",
    "geoweb_world": "all",
    "timeml": "all",
    "timeml_timebank": "all",
    "actors": "no event gold (rates only)",
    "speakers": "check",
    "framing": "check",
    "framing_attach": "all",
}

#: scorers whose folder of texts --texts-part splits (their evaluate() takes ``texts_part``)
TEXTS_PART = frozenset({"actors"})

#: why a scorer without --part needs none
_WHOLE = {"quotes": " (PolNeAR's train and dev are separate folders: pass the one to score)"}


def eval_help(name: str) -> str:
    """The ``--help`` text of ``newsgraph eval <name>`` (the gold path's default is shown
    with its argument)."""
    gold, measure, unit = GOLD[name]
    if name in SPLITS:
        default = SPLITS[name]
        without = "the whole set" if default == "all" else default
        if default in ("tune", "check"):
            without = f"the {default} half"
        part = (
            "--part tune|check scores one half of the gold (split by a hash of each item's "
            f"id: docs/evaluation.md); without it: {without}."
        )
    else:
        part = "No --part: it scores its whole gold set" + _WHOLE.get(name, "") + "."
    return (
        f"Score {name} against {gold}.\n\n"
        f"Measure: {measure}.\n\n"
        f"{part} --limit N scores only the first N {unit}."
    )


def limit_help(name: str) -> str:
    """``--limit``'s help for scorer ``name``."""
    return f"Score only the first N {GOLD[name][2]}."


def part_help(name: str) -> str:
    """``--part``'s help for scorer ``name``."""
    if name not in SPLITS:
        return f"Not for {name}: it scores its whole gold set."
    return "Score only the 'tune' or the 'check' half of the gold (see docs/evaluation.md)."
