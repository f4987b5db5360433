"""The Framing section of ../shared/seed/ACCEPTANCE.md as tests (loads the model).

Expected values read off the article by hand: the outlet writes "terror"/"terrorist(s)" twelve
times (headline "Terror 'abscess'", the terrorist "abscess", terrorists holed up, stronghold of
terrorists, purging terrorists, terrorists in Idlib, the terrorist have refused, take out
terrorists, terrorist hotspot, purging terrorists from Idlib, the Jabhat Fateh al-Sham terrorist
group, Takfiri terrorist groups), "abscess" three times, "so-called Syrian opposition groups",
"the Israeli regime", "foreign-backed militancy".
"""

from __future__ import annotations

import pytest

from tests.conftest import SEED, shared_path

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def art():  # type: ignore[no-untyped-def]
    shared_path("seed")
    from newsgraph.api import Pipeline

    return Pipeline().analyze(SEED, published="2018-08-29")


def _entity(art, name):  # type: ignore[no-untyped-def]
    return next(e for e in art.entities if e.name == name)


def test_every_record_keeps_its_offsets_and_evidence(art) -> None:  # type: ignore[no-untyped-def]
    assert art.framing
    for f in art.framing:
        assert art.text[f.span.start : f.span.end] == f.span.text
        assert 0 < f.confidence <= 1 and -1 <= f.polarity <= 1
        assert f.rule and f.sentence >= 0


def test_terrorist_labels_are_attached_to_the_armed_groups(art) -> None:  # type: ignore[no-untyped-def]
    terror = [f for f in art.framing if f.label == "terrorist"]
    assert len(terror) >= 10
    assert all(f.kind == "name_calling" for f in terror)
    rebels = {e.id for e in art.entities if e.sector == "REB"}
    for f in terror:
        assert f.target in rebels or (f.target_code or "").endswith("REB"), f
    generic = [f for f in terror if f.target is None]
    # the armed groups in Idlib: Syrian armed non-state actors
    assert len(generic) >= 7 and all(f.target_code == "SYRREB" for f in generic)
    jfs = _entity(art, "Jabhat Fateh al-Sham")
    assert any(f.target == jfs.id for f in terror)


def test_abscess_is_loaded_language_about_the_same_groups(art) -> None:  # type: ignore[no-untyped-def]
    abscess = [f for f in art.framing if f.label == "abscess"]
    assert len(abscess) == 3
    assert all(f.kind == "loaded_language" and f.polarity < 0 for f in abscess)
    assert all(f.target_code == "SYRREB" for f in abscess)


def test_so_called_distances_the_opposition_groups(art) -> None:  # type: ignore[no-untyped-def]
    so = [f for f in art.framing if f.kind == "distancing"]
    assert [f.span.text for f in so] == ["so-called"]
    assert "opposition groups" in (so[0].target_name or "")
    assert so[0].target_code == "SYROPP"


def test_israeli_regime_labels_israels_government(art) -> None:  # type: ignore[no-untyped-def]
    regime = [f for f in art.framing if f.label == "regime"]
    assert len(regime) == 1 and regime[0].span.text == "regime"
    gov = _entity(art, "Government of Israel")
    assert regime[0].target == gov.id and regime[0].target_code == "ISRGOV"


def test_takfiri_and_foreign_backed_militancy(art) -> None:  # type: ignore[no-untyped-def]
    labels = {(f.kind, f.label) for f in art.framing}
    assert ("name_calling", "takfiri") in labels
    fb = next(f for f in art.framing if f.label == "foreign-backed")
    assert fb.kind == "loaded_language" and fb.span.text == "foreign-backed"
    militancy = next(f for f in art.framing if f.span.text == "militancy")
    assert fb.target_code == militancy.target_code == "SYRREB"


def test_nothing_from_the_unrelated_caption(art) -> None:  # type: ignore[no-untyped-def]
    unrelated = [c for c in art.captions if not c.related]
    assert unrelated and "Pelosi" in unrelated[0].text
    for f in art.framing:
        for word in ("Omar", "Pelosi", "Capitol", "Democrats"):
            assert word not in f.span.text and word not in (f.target_name or "")


def test_tone_is_negative(art) -> None:  # type: ignore[no-untyped-def]
    t = art.tone
    assert t is not None and t.words > 400
    assert t.negative > t.positive and t.tone < 0
    assert t.polarity == pytest.approx(t.positive + t.negative, abs=0.01)
