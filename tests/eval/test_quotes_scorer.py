"""The PolNeAR attribution scorer on a hand-made article with hand-computed numbers."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.eval import quotes as scorer
from newsgraph.model import Quote, Span

# offsets:  0         1         2         3         4         5
#           012345678901234567890123456789012345678901234567890123
TEXT = '"We will win," Smith said. Jones said that taxes rise.'

ANN_FULL = (
    "T1\tSource 15 20\tSmith\n"
    "T2\tCue 21 25\tsaid\n"
    'T3\tContent 0 14\t"We will win,"\n'
    "T4\tAttribution 21 25\tsaid\n"
    "E1\tAttribution:T4 Source:T1 Cue:T2 Content:T3\n"
    "T5\tSource 27 32\tJones\n"
    "T6\tCue 33 37\tsaid\n"
    "T7\tContent 38 53\tthat taxes rise\n"
    "T8\tAttribution 33 37\tsaid\n"
    "E2\tAttribution:T8 Source:T5 Cue:T6 Content:T7\n"
)
# a second annotator who only marked the first attribution
ANN_FIRST_ONLY = "\n".join(ANN_FULL.splitlines()[:5]) + "\n"


def _quote(content: tuple[int, int], cue: tuple[int, int], source: tuple[int, int]) -> Quote:
    return Quote(
        id="q",
        kind="direct",
        content=Span.of(TEXT, *content),
        cue=Span.of(TEXT, *cue),
        source=Span.of(TEXT, *source),
        speaker=None,
        speaker_name=None,
        unnamed=False,
        sentence=0,
        confidence=1.0,
        rule="test",
    )


@Language.component("_test_fixed_quotes")
def _fixed_quotes(doc: Doc) -> Doc:
    # exact first attribution; second one with content "taxes rise" (gold: "that taxes rise")
    doc._.ng_quotes = [_quote((0, 14), (21, 25), (15, 20)), _quote((43, 53), (33, 37), (27, 32))]
    return doc


def _corpus(tmp_path: Path, *anns: str) -> Path:
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    (tmp_path / "text" / "art.txt").write_text(TEXT, encoding="utf-8")
    for k, ann in enumerate(anns):
        (tmp_path / "attributions" / f"art_a{k}.ann").write_text(ann, encoding="utf-8")
    return tmp_path


@pytest.fixture()
def fixed_nlp() -> Language:
    nlp = spacy.blank("en")
    nlp.add_pipe("_test_fixed_quotes")
    return nlp


def test_offsets_of_the_hand_made_text() -> None:
    assert TEXT[15:20] == "Smith" and TEXT[33:37] == "said" and TEXT[38:53] == "that taxes rise"


def test_parse_ann_joins_roles() -> None:
    gold = scorer.parse_ann(ANN_FULL + "T9\tDiscard 0 3\tx\n")
    assert [a.roles["content"] for a in gold.attributions] == [((0, 14),), ((38, 53),)]
    assert gold.discard == [(0, 3)]


def test_single_annotator(tmp_path: Path, fixed_nlp: Language) -> None:
    m = scorer.evaluate(_corpus(tmp_path, ANN_FULL), nlp=fixed_nlp)
    assert m["source_exact_f1"] == 1.0 and m["cue_exact_f1"] == 1.0
    # content: 1 of 2 exact
    assert m["content_exact_precision"] == 0.5 and m["content_exact_recall"] == 0.5
    # overlap: pair 1 full credit; pair 2 shares {taxes, rise}: 2/2 of pred, 2/3 of gold
    assert m["content_overlap_precision"] == 1.0
    assert m["content_overlap_recall"] == pytest.approx((1 + 2 / 3) / 2, abs=1e-4)


def test_two_annotators_are_averaged(tmp_path: Path, fixed_nlp: Language) -> None:
    m = scorer.evaluate(_corpus(tmp_path, ANN_FULL, ANN_FIRST_ONLY), nlp=fixed_nlp)
    # hits 0.5*2 + 0.5*1 = 1.5 of 2 predicted; gold 0.5*2 + 0.5*1 = 1.5
    assert m["source_exact_precision"] == 0.75
    assert m["source_exact_recall"] == 1.0
    assert m["source_exact_f1"] == pytest.approx(2 * 0.75 / 1.75, abs=1e-4)
    assert "source" in scorer.report(m)


def test_discontinuous_gold_is_compared_by_extent() -> None:
    text = '"A b," he said, "c d."'
    assert text[0:6] == '"A b,"' and text[16:22] == '"c d."'
    gold = [((0, 6), (16, 22))]
    hit = scorer.score_role(text, gold, [((0, 22),)])
    assert hit.exact_hit == 1
    miss = scorer.score_role(text, gold, [((0, 6),)])
    assert miss.exact_hit == 0
    assert miss.overlap_p == 1.0  # all 5 predicted tokens are gold tokens
    assert miss.overlap_r == pytest.approx(5 / 10)  # gold has 5 + 5 tokens
