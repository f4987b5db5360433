"""User-facing errors: clear sentences naming the input and the fix, from one place."""

from __future__ import annotations


class NewsgraphError(Exception):
    """Base class for errors shown to users as one line."""


class InputError(NewsgraphError):
    """An input could not be read or analysed."""

    def __init__(self, source: str, reason: str) -> None:
        self.source = source
        self.reason = reason
        super().__init__(f"{source}: {reason}")


class ModelMissingError(NewsgraphError):
    def __init__(self, name: str) -> None:
        pip_name = name.replace("_", "-")
        super().__init__(
            f"The spaCy model '{name}' is not installed. Install it with: pip install {pip_name}"
        )


class ResourceError(NewsgraphError):
    """A data file (ours or a user's: patterns, dictionaries, lexicons) is malformed."""

    def __init__(self, name: str, reason: str, line: int | None = None) -> None:
        self.name = name
        self.line = line
        self.reason = reason
        where = f"{name}: line {line}" if line is not None else name
        super().__init__(f"{where}: {reason}")


class StoreError(NewsgraphError, ValueError):
    """The store cannot be opened, read or written."""


class SchemaError(StoreError):
    """The store's schema is newer than this version of newsgraph, or damaged."""
