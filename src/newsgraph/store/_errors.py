"""Errors the store raises for users (one clear sentence naming the input and the fix)."""

from __future__ import annotations

from ..errors import NewsgraphError


class StoreError(NewsgraphError, ValueError):
    """A store operation was given something it cannot use (bad query, ambiguous id, ...)."""


class SchemaError(StoreError):
    """The database's schema cannot be used by this version of newsgraph."""
