"""Fixtures for the ingest tests."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.fixture
def shared() -> Callable[..., Path]:
    """A path under ../shared, skipping the test with a clear reason when absent."""

    def get(*parts: str) -> Path:
        p = SHARED.joinpath(*parts)
        if not p.exists():
            pytest.skip(f"{p} not present (../shared is only beside the repo in development)")
        return p

    return get


@pytest.fixture
def examples() -> Path:
    return EXAMPLES
