"""ux26 walk: the events and corpus_events exports gave an event's trigger word and evidence
sentence as text only, with no offsets (the quotes, places, times and framing tables have
them), so a row could not be put back on the characters of its article when the word or
sentence occurs twice. ``trigger_start``/``trigger_end`` and ``evidence_start``/
``evidence_end`` are exported, typed int in Parquet. Control: the text columns stay."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
from store_samples import moscow_article

from newsgraph.store import Store, export

MOSCOW = moscow_article()


def test_event_rows_carry_their_offsets_into_the_article(filled: Store, tmp_path: Path) -> None:
    out = tmp_path / "events.parquet"
    export(filled, "parquet", out, table="events")
    table = pq.read_table(out)
    for name in ("trigger_start", "trigger_end", "evidence_start", "evidence_end"):
        assert table.schema.field(name).type == pa.int64()
    (met,) = [r for r in table.to_pylist() if r["PLOVER"] == "CONSULT"]
    sentence = (
        "Russian Foreign Minister Sergei Lavrov met his Saudi counterpart "
        "Adel al-Jubeir in Moscow on Wednesday."
    )
    start = MOSCOW.text.index(sentence)
    assert (met["evidence_start"], met["evidence_end"]) == (start, start + len(sentence))
    trigger = MOSCOW.text.index(" met ", start) + 1
    assert (met["trigger_start"], met["trigger_end"]) == (trigger, trigger + 3)
    # control: the text columns are as before
    assert (met["trigger"], met["evidence"]) == ("met", sentence)


def test_corpus_event_rows_carry_their_first_mentions_offsets(
    filled: Store, tmp_path: Path
) -> None:
    filled.rebuild_corpus()
    out = tmp_path / "corpus.csv"
    export(filled, "csv", out, table="corpus_events")
    header = out.read_text(encoding="utf-8").splitlines()[0].split(",")
    at = header.index("trigger")
    assert header[at : at + 6] == [
        "trigger", "trigger_start", "trigger_end", "evidence", "evidence_start", "evidence_end"
    ]  # fmt: skip
