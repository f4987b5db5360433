"""The cue threshold chosen on pooled out-of-fold counts (``newsgraph train quotes
--cv-threshold``, :mod:`newsgraph.train.quotes_threshold`): synthetic count tables whose
expected choices are worked out by hand (exact F1 = 2 hits / (predicted + gold))."""

from __future__ import annotations

import pytest

from newsgraph.eval.quotes import ROLES, Tally
from newsgraph.train.quotes_threshold import (
    fold_of,
    mean_exact_f1,
    out_of_fold_table,
    pool,
    pooled_choice,
)


def _roles(source: tuple[int, int, int], cue: tuple[int, int, int], content: tuple[int, int, int]):
    """(hits, predicted, gold) per role."""
    return {
        role: Tally(exact_hit=h, n_pred=p, n_gold=g)
        for role, (h, p, g) in zip(ROLES, (source, cue, content), strict=True)
    }


def _same(h: int, p: int, g: int):
    return _roles((h, p, g), (h, p, g), (h, p, g))


def test_the_roles_are_source_cue_content() -> None:
    assert set(ROLES) == {"source", "cue", "content"}


def test_the_mean_of_the_three_roles_picks_where_content_alone_would_not() -> None:
    # 0.4: source 8/10/10 = 0.8, cue 0.8, content 5/10/10 = 0.5 -> mean 0.7
    # 0.5: all three 6/10/10 = 0.6 -> mean 0.6 (content alone would pick 0.5)
    table = {0.4: _roles((8, 10, 10), (8, 10, 10), (5, 10, 10)), 0.5: _same(6, 10, 10)}
    assert mean_exact_f1(table[0.4]) == pytest.approx(0.7)
    assert mean_exact_f1(table[0.5]) == pytest.approx(0.6)
    assert pooled_choice(table) == 0.4


def test_folds_are_pooled_by_counts_not_by_averaging_their_f1() -> None:
    # a small fold best at 0.4 (4/4/4 = 1.0 against 0/4/4 = 0.0) and a large one best at 0.5
    # (60/100/100 = 0.6 against 50/100/100 = 0.5). Averaging F1 would give 0.4 (0.75 vs 0.3);
    # pooled counts: 0.4 -> 54/104/104 = 108/208 = 0.519, 0.5 -> 60/104/104 = 0.577.
    small = {0.4: _same(4, 4, 4), 0.5: _same(0, 4, 4)}
    large = {0.4: _same(50, 100, 100), 0.5: _same(60, 100, 100)}
    pooled = pool([small, large])
    assert pooled[0.4]["cue"].exact_hit == 54
    assert pooled[0.4]["cue"].n_pred == 104
    assert mean_exact_f1(pooled[0.4]) == pytest.approx(108 / 208)
    assert mean_exact_f1(pooled[0.5]) == pytest.approx(120 / 208)
    assert pooled_choice(pooled) == 0.5


def test_equal_means_go_to_the_threshold_nearer_one_half_then_the_lower() -> None:
    table = {t: _same(3, 5, 5) for t in (0.3, 0.45, 0.55, 0.65)}
    assert pooled_choice(table) == 0.45
    table[0.65] = _same(4, 5, 5)  # control: a better mean wins however far from 0.5
    assert pooled_choice(table) == 0.65


def test_folds_of_different_thresholds_are_refused() -> None:
    with pytest.raises(ValueError, match="different thresholds"):
        pool([{0.4: _same(1, 1, 1)}, {0.5: _same(1, 1, 1)}])
    with pytest.raises(ValueError, match="no thresholds"):
        pooled_choice({})


def test_every_article_is_held_out_once_and_never_fitted_on_in_its_own_fold() -> None:
    assert fold_of(7) == [0, 1, 2, 3, 4, 0, 1]
    seen: list[tuple[list[int], list[int]]] = []

    def fit_and_score(train: list[int], held: list[int]):
        seen.append((train, held))
        return {0.5: _same(len(held), len(held), len(held))}

    table = out_of_fold_table(12, fit_and_score)
    assert [held for _, held in seen] == [[0, 5, 10], [1, 6, 11], [2, 7], [3, 8], [4, 9]]
    for train, held in seen:
        assert not set(train) & set(held)
        assert sorted(train + held) == list(range(12))
    assert table[0.5]["source"].n_pred == 12  # each of the 12 articles counted once


def test_train_quotes_chooses_the_threshold_by_cross_validation_by_default(
    tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the lead's decision (quotes12): the pooled out-of-fold choice is the trainer's default;
    # --held-back-threshold keeps the old one-fifth choice
    import inspect

    from typer.testing import CliRunner

    import newsgraph.train.quotes as trainer
    from newsgraph.cli import app

    assert inspect.signature(trainer.fit_docs).parameters["cv"].default is True
    assert inspect.signature(trainer.train).parameters["cv"].default is True
    split = tmp_path / "split"
    (split / "text").mkdir(parents=True)
    (split / "attributions").mkdir()
    seen: list[bool] = []

    def fake_train(path, **kwargs):
        seen.append(kwargs["cv"])
        raise ValueError("stop before fitting")

    monkeypatch.setattr(trainer, "train", fake_train)
    runner = CliRunner()
    for args in ([], ["--held-back-threshold"], ["--cv-threshold"]):
        out = str(tmp_path / f"w{len(seen)}")
        result = runner.invoke(app, ["train", "quotes", str(split), "--out", out, *args])
        assert result.exit_code == 2, result.output
    assert seen == [True, False, True]
    help_text = runner.invoke(app, ["train", "quotes", "--help"], env={"COLUMNS": "300"}).output
    assert "--cv-threshold" in help_text and "--held-back-threshold" in help_text
