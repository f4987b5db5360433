"""The store: SQLite with full-text search, idempotent batched writes, and exports."""

from ._errors import SchemaError, StoreError
from ._messages import QueryTimeout
from .export import export
from .migrations import SCHEMA_VERSION
from .sqlite import Store

__all__ = ["SCHEMA_VERSION", "QueryTimeout", "SchemaError", "Store", "StoreError", "export"]
