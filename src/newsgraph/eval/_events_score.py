"""Scoring coded events against the event gold: types per sentence, actor countries on the
matched sentences, and the false-positive rate on the no-event sentences."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from newsgraph.eval._events_records import (
    PLOVER_TYPES,
    GoldEvent,
    NegativeSentence,
    Prediction,
    actor_key,
)


@dataclass(slots=True)
class TypeCounts:
    """Per PLOVER type: gold sentences, sentences predicted with the type, matches."""

    gold: int = 0
    predicted: int = 0
    matched: int = 0

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0


@dataclass(slots=True)
class EventScore:
    """The result of :func:`score`; ratios are unrounded, counts are kept beside them."""

    n_gold: int
    matched: int
    predicted: int
    precision: float
    recall: float
    f1: float
    source_correct: int
    source_total: int
    target_correct: int
    target_total: int
    negatives: int
    negatives_with_event: int
    per_type: dict[str, TypeCounts] = field(default_factory=dict)

    @property
    def source_accuracy(self) -> float:
        return self.source_correct / self.source_total if self.source_total else 0.0

    @property
    def target_accuracy(self) -> float:
        return self.target_correct / self.target_total if self.target_total else 0.0

    @property
    def false_positive_rate(self) -> float:
        return self.negatives_with_event / self.negatives if self.negatives else 0.0

    def as_dict(self) -> dict[str, object]:
        return {
            "n_gold": self.n_gold,
            "type_precision": round(self.precision, 4),
            "type_recall": round(self.recall, 4),
            "type_f1": round(self.f1, 4),
            "matched": self.matched,
            "predicted": self.predicted,
            "source_country": f"{self.source_correct}/{self.source_total}",
            "source_accuracy": round(self.source_accuracy, 4),
            "target_country": f"{self.target_correct}/{self.target_total}",
            "target_accuracy": round(self.target_accuracy, 4),
            "negatives": self.negatives,
            "negatives_with_event": self.negatives_with_event,
            "false_positive_rate": round(self.false_positive_rate, 4),
            "per_type": {
                t: {"gold": c.gold, "predicted": c.predicted, "matched": c.matched}
                for t, c in sorted(self.per_type.items())
            },
        }


def score(
    predicted: Mapping[str, Sequence[Prediction]],
    gold: Sequence[GoldEvent],
    negatives: Sequence[NegativeSentence] = (),
) -> EventScore:
    """Score coded events against the gold sentences and the no-event sentences.

    ``predicted`` maps a sentence id (gold or negative) to the events coded in that sentence;
    an id that is absent means no events.

    * Type matching is per sentence: a gold sentence is *matched* when at least one predicted
      event has the gold type. Recall = matched / gold sentences. Precision counts the distinct
      types predicted per gold sentence: matched / sum over gold sentences of the number of
      distinct predicted types. (The gold holds the sentence's main event only, so a second,
      genuine event in the sentence counts against precision: it is a lower bound.)
    * Actor accuracy on matched sentences: the first predicted event of the gold type is
      compared with the gold actor by :func:`actor_key` (country, or organisation for IGO/NGO
      codes). Only gold actors that have a code count; an empty or different prediction is wrong.
    * False-positive rate: share of the negative sentences with at least one predicted event.
    """
    per_type: dict[str, TypeCounts] = {t: TypeCounts() for t in PLOVER_TYPES}
    matched = n_pred = 0
    src_ok = src_n = tgt_ok = tgt_n = 0
    for g in gold:
        events = list(predicted.get(g.id, ()))
        types = {e[0] for e in events}
        per_type.setdefault(g.type, TypeCounts()).gold += 1
        n_pred += len(types)
        for t in types:
            per_type.setdefault(t, TypeCounts()).predicted += 1
        if g.type not in types:
            continue
        matched += 1
        per_type[g.type].matched += 1
        first = next(e for e in events if e[0] == g.type)
        if g.source_code:
            src_n += 1
            src_ok += actor_key(first[1]) == actor_key(g.source_code)
        if g.target_code:
            tgt_n += 1
            tgt_ok += actor_key(first[2]) == actor_key(g.target_code)
    p = matched / n_pred if n_pred else 0.0
    r = matched / len(gold) if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    neg_hit = sum(1 for n in negatives if predicted.get(n.id))
    return EventScore(
        n_gold=len(gold),
        matched=matched,
        predicted=n_pred,
        precision=p,
        recall=r,
        f1=f,
        source_correct=src_ok,
        source_total=src_n,
        target_correct=tgt_ok,
        target_total=tgt_n,
        negatives=len(negatives),
        negatives_with_event=neg_hit,
        per_type={t: c for t, c in per_type.items() if c.gold or c.predicted},
    )


def type_counts(gold: Iterable[GoldEvent]) -> Counter[tuple[str, str]]:
    """(type, split) -> number of gold sentences; for reports and tests."""
    return Counter((g.type, g.split) for g in gold)
