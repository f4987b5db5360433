"""The documents the event gold points into: one text per ``corpus`` and ``path`` under
``../shared`` (the rule per corpus is in :mod:`.events_gold`'s docstring), read once and cached."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from functools import lru_cache
from pathlib import Path


def _split_ref(path: str) -> tuple[str, str]:
    file_part, _, key = path.partition("#")
    return file_part, key


@lru_cache(maxsize=64)
def _json_object(file: Path) -> dict[str, dict[str, str]]:
    data = json.loads(file.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise ValueError("not a JSON object")
    return data


@lru_cache(maxsize=8)
def _lgl_texts(file: Path) -> dict[str, str]:
    root = ET.parse(file).getroot()
    out: dict[str, str] = {}
    for art in root.iter("article"):
        docid = art.get("docid")
        text = art.find("text")
        if docid is not None:
            out[docid] = (text.text or "") if text is not None else ""
    return out


@lru_cache(maxsize=512)
def _document_text(shared: Path, corpus: str, path: str) -> str:
    file_part, key = _split_ref(path)
    file = shared / file_part
    if not file.is_file():
        raise FileNotFoundError(f"{file} not found")
    if corpus == "tbaq":
        text_el = ET.parse(file).getroot().find("TEXT")
        if text_el is None:
            raise ValueError(f"{file} has no <TEXT> element")
        return "".join(text_el.itertext())
    if corpus in ("polnear", "ptc"):
        return file.read_text(encoding="utf-8")
    if corpus == "extraction":
        entry = _json_object(file).get(key)
        if not isinstance(entry, dict) or not isinstance(entry.get("articleBody"), str):
            raise KeyError(f"{file} has no entry {key!r} with an articleBody")
        return entry["articleBody"]
    if corpus == "lgl":
        texts = _lgl_texts(file)
        if key not in texts:
            raise KeyError(f"{file} has no article with docid {key!r}")
        return texts[key]
    raise ValueError(f"unknown corpus {corpus!r}")


def document_text(shared: Path, corpus: str, path: str) -> str:
    """The text of one referenced document (see the module docstring for the rule per corpus)."""
    return _document_text(Path(shared).resolve(), corpus, path)
