"""The country filter of events and actors: an ISO alpha-3 code, or one line saying which (ux24).

Events matched a country as a prefix of the actor's code, so ``SD`` found Sudan by luck,
``CH`` (Switzerland) found China and Chile, ``S`` every country starting with S, and a name
such as ``russia`` found nothing, silently; actors matched the code exactly, so ``SD`` found
nothing. Both now take three letters and answer anything else with the code to give.
"""

from __future__ import annotations

import re

from ._errors import StoreError

_ALPHA3 = re.compile(r"[A-Za-z]{3}")


def check_country(country: str) -> str:
    """``country`` as an upper-case alpha-3 code; StoreError naming the code meant, if any."""
    value = country.strip()
    if _ALPHA3.fullmatch(value):
        return value.upper()
    meant = _meant(value)
    hint = f"use {meant}" if meant else "use three letters such as RUS, USA or SYR"
    raise StoreError(f"country {country!r} is not an ISO alpha-3 code: {hint}.")


def _meant(value: str) -> str | None:
    """``RUS (Russian Federation)`` for 'Russia', 'ru', 'RU'...; None when nothing fits."""
    import pycountry

    try:
        found = pycountry.countries.lookup(value)
    except LookupError:
        if len(value) < 4:  # too short to guess from: 's' is not Slovenia
            return None
        try:
            found = pycountry.countries.search_fuzzy(value)[0]
        except LookupError:
            return None
    return f"{found.alpha_3} ({found.name})"
