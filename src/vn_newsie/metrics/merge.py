"""Stage 5, the merge: one record per fact over the article, then the public ``Metric`` records."""

from __future__ import annotations

from ..context import Context
from ..records import Metric
from ..text import fold
from .after import RELATIVE
from .draft import Draft
from .names import PERIOD_LEAD

_MAX_SAME = 8  # earlier records of the same value and unit compared with a new one
_SAME_NAME = 0.75  # names this close (word overlap) tell the same fact twice


def _key(d: Draft) -> tuple[float, float | None, str]:
    return (float(f"{d.num.value:.4g}"), d.num.value_max, fold(d.unit))


def _overlap(a: str, b: str) -> float:
    ta, tb = set(fold(a).split()), set(fold(b).split())
    if not ta or not tb:
        return 0.0
    return 2 * len(ta & tb) / (len(ta) + len(tb))


def dedupe(drafts: list[Draft]) -> list[Draft]:
    """One record per fact: a figure of the title or a caption repeated in the body, or the same
    figure twice under much the same name."""
    body = [d for d in drafts if d.zone == "body"]
    rest = [d for d in drafts if d.zone != "body"]
    kept: list[Draft] = []
    seen: dict[tuple[float, float | None, str], list[Draft]] = {}
    for d in body + rest:
        same = seen.get(_key(d), [])
        if any(_same_fact(d, o) for o in same[-_MAX_SAME:]):
            continue
        seen.setdefault(_key(d), []).append(d)
        kept.append(d)
    kept.sort(key=lambda d: d.num.start)
    return kept


def _same_fact(d: Draft, o: Draft) -> bool:
    """``d`` repeats ``o`` (same value and unit): from the title or a caption, under much the
    same name, or, for an amount or a count of another sentence, for the same period (two
    different facts seldom share an exact amount; two percentages often do, and so do the items
    of one sentence's list)."""
    if d.zone != "body":
        return True
    if (d.named.item or o.named.item) and d.sentence == o.sentence:
        return False  # "A có 4 tỷ, B 4 tỷ": two items of a list
    if _overlap(d.named.name, o.named.name) >= _SAME_NAME:
        return True
    if d.unit_kind in RELATIVE:
        return False
    if d.sentence == o.sentence:
        return False  # "9 dự luật ..., 9 dự luật khác", "tỉnh A 4 tỷ, tỉnh B 4 tỷ"
    return d.named.period_text == o.named.period_text


def records(ctx: Context, drafts: list[Draft]) -> list[Metric]:
    """The records of the drafts; a range is one record with both ends, then one for its high end
    (the way the gold annotations count the two ends)."""
    out: list[Metric] = []
    for d in drafts:
        n = d.num
        baseline = ctx.doc.surface(*d.after.baseline) if d.after.baseline else None
        period = PERIOD_LEAD.sub("", ctx.doc.surface(*d.after.period)) if d.after.period else None
        ends: list[tuple[str, float, float | None]] = (
            [(d.named.name, n.value, None)]
            if n.value_max is None
            else [
                (f"{d.named.name} (mức thấp)", n.value, n.value_max),
                (f"{d.named.name} (mức cao)", n.value_max, None),
            ]
        )
        for name, value, value_max in ends:
            out.append(
                Metric(
                    name=name,
                    value=value,
                    value_max=value_max,
                    unit=d.unit,
                    qualifier=d.cues.qualifier,
                    change=d.cues.change,
                    baseline=baseline,
                    period=period,
                    raw=ctx.doc.surface(n.start, d.unit_end),
                    span=ctx.doc.span(n.start, d.unit_end),
                )
            )
    return out
