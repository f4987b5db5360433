"""Shared fixtures. Tests that load the trained model are marked ``model``."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seed" / "presstv-idlib-2018-08-29.txt"


def shared_path(*parts: str) -> Path:
    """A path under ../shared, skipping the test with a clear reason when absent."""
    p = SHARED.joinpath(*parts)
    if not p.exists():
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"{p} is missing in CI: tests on ../shared cannot be skipped there")
        pytest.skip(f"{p} not present (../shared is only beside the repo in development and CI)")
    return p


@pytest.fixture(scope="session")
def bare_nlp():
    """The bare English model (no newsgraph components)."""
    from newsgraph.nlp.pipeline import load_model

    return load_model()


@pytest.fixture(scope="session")
def nlp():
    """The full newsgraph pipeline, loaded once per test session."""
    from newsgraph.nlp.pipeline import shared

    return shared()
