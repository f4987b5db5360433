"""The reference article with its scrape noise dropped by hand (for component tests)."""

from __future__ import annotations

from tests.conftest import SEED, shared_path

_NOISE_PREFIXES = (
    "News ",
    "US Rep. Ilhan Omar",
    "Russian Foreign Minister Sergei Lavrov (R)",
    "Press TV’s website",
    "Press TV News Roku",
)


def seed_clean_text() -> str:
    shared_path("seed")
    lines = SEED.read_text(encoding="utf-8").splitlines()
    kept = [ln for ln in lines if not ln.startswith(_NOISE_PREFIXES)]
    return "\n".join(kept).strip() + "\n"
