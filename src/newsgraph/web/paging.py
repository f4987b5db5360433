"""Pagination for every list page: which rows are shown, and links to the pages around them."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from urllib.parse import urlencode

from fastapi import HTTPException


@dataclass(frozen=True, slots=True)
class Pager:
    """Rows ``offset + 1`` to ``offset + shown`` of ``total`` (None when not counted)."""

    path: str
    offset: int
    limit: int
    shown: int
    total: int | None = None
    params: Mapping[str, str | int | None] = field(default_factory=dict)

    @property
    def first(self) -> int:
        return self.offset + 1 if self.shown else 0

    @property
    def last(self) -> int:
        return self.offset + self.shown

    @property
    def summary(self) -> str:
        """``1–50 of 523`` (or ``51–100`` when the total is not counted; ``none`` when empty)."""
        if not self.shown:
            return "none" if not self.offset else f"none after {self.offset}"
        span = f"{self.first}–{self.last}" if self.shown > 1 else f"{self.first}"
        return f"{span} of {self.total}" if self.total is not None else span

    def url(self, offset: int) -> str:
        query = {k: v for k, v in self.params.items() if v not in (None, "")}
        query.update(offset=max(offset, 0), limit=self.limit)
        return f"{self.path}?{urlencode(query)}"

    @property
    def prev_url(self) -> str | None:
        return self.url(self.offset - self.limit) if self.offset > 0 else None

    @property
    def next_url(self) -> str | None:
        more = self.last < self.total if self.total is not None else self.shown == self.limit
        return self.url(self.offset + self.limit) if more and self.shown else None


_ONLY = {"only", "yes", "true", "1"}
_EXCLUDE = {"exclude", "no", "false", "0"}


def flag_filter(name: str, value: str | None) -> bool | None:
    """A flag filter from a form: ``any``/blank → None, ``only`` → True, ``exclude`` → False."""
    text = (value or "").strip().lower()
    if text in ("", "any"):
        return None
    if text in _ONLY:
        return True
    if text in _EXCLUDE:
        return False
    raise HTTPException(400, f"{name}={value!r}: use any, only or exclude")


def flag_form(value: bool | None) -> str:
    """The form value for a parsed flag filter."""
    return "any" if value is None else ("only" if value else "exclude")
