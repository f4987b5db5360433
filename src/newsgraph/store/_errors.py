"""The store's errors live in the one exception tree (``newsgraph.errors``); re-exported here."""

from __future__ import annotations

from ..errors import SchemaError, StoreError

__all__ = ["SchemaError", "StoreError"]
