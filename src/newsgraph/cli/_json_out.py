"""``--json`` output of commands that print one record per article (``analyze``, ``extract``).

ux25: several articles printed several indented JSON documents one after another, which
``json.load`` and ``jq -s``-less tools refuse. One article is still printed as its object; from
the second article on, the records are one JSON array (streamed: only the first record waits
for the second). ``close()`` ends the array, also after Ctrl-C, so what was printed parses.
"""

from __future__ import annotations

from ._common import _dumps


def _indented(text: str) -> str:
    return "\n".join("  " + line for line in text.splitlines())


class JsonRecords:
    """Prints records as one JSON document: an object for one record, an array for more."""

    def __init__(self) -> None:
        self._held: str | None = None
        self._count = 0

    def add(self, record: object) -> None:
        text = _dumps(record)
        self._count += 1
        if self._count == 1:
            self._held = text
            return
        if self._held is not None:
            print("[\n" + _indented(self._held), end="")
            self._held = None
        print(",\n" + _indented(text), end="", flush=True)

    def close(self) -> None:
        """Prints the held record, or ends the array."""
        if self._held is not None:
            print(self._held)
            self._held = None
        elif self._count > 1:
            print("\n]")
            self._count = 0
