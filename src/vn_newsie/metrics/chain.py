"""The metric stages chained over an article: for each number of a sentence, unit -> cues before
-> words after; over the sentence, the figures that are no statistic dropped and the rest named;
over the article, one record per fact."""

from __future__ import annotations

import regex

from ..context import Context, Ranges
from ..records import Metric
from .after import words_after
from .cues import cues_before, exchange, in_condition, start_level
from .draft import Draft
from .lexicon import lexicon
from .merge import dedupe, records
from .names import names
from .sentence import Sentence
from .units import Bare, elided, read_unit

_DAY_MONTH = regex.compile(r"\d{1,3}/\d{1,3}")


def extract_metrics(ctx: Context, claimed: Ranges) -> list[Metric]:
    """Every statistic of the title, body and captions, in text order, each fact once; numbers
    inside ``claimed`` (document numbers, their dates and issuers) are not read."""
    dates = Ranges((d.start, d.end) for d in ctx.dates if not _counted_fraction(ctx.text, d.start, d.end))
    drafts: list[Draft] = []
    for sent in ctx.annotated:
        numbers = [
            n
            for n in sent.numbers
            if not dates.overlaps(n.start, n.end) and not claimed.overlaps(n.start, n.end)
        ]
        if numbers:
            drafts.extend(read_sentence(Sentence(ctx, sent.start, sent.end, sent.zone, numbers)))
    return records(ctx, dedupe(drafts))


def read_sentence(sen: Sentence) -> list[Draft]:
    """The named figures of one sentence, in text order."""
    drafts: list[Draft] = []
    bare: list[Bare] = []
    last_end = 0  # the first token after the last figure: a subject starts after it
    for n in sen.numbers:
        d = read_unit(sen, n)
        if isinstance(d, Bare):
            bare.append(d)
            continue
        d = cues_before(sen, d, last_end, drafts[-1] if drafts else None) if d is not None else None
        if d is not None:
            d = words_after(sen, d)
            drafts.append(d)
            last_end = d.after.trailing[1] if d.after.trailing else d.ue
    for b in bare:
        d = elided(sen, b, drafts)
        d = cues_before(sen, d, 0) if d is not None else None
        if d is not None:
            drafts.append(words_after(sen, d))
    drafts.sort(key=lambda d: d.num.start)
    drafts = [d for d in drafts if not in_condition(sen, d)]
    drafts = names(sen, drafts)  # the end of a change takes its name from its start: named before it goes
    drafts = [d for i, d in enumerate(drafts) if not start_level(sen, d, drafts[i + 1 : i + 2])]
    units = {id(x) for d, e in zip(drafts, drafts[1:], strict=False) for x in exchange(sen, d, e)}
    return [d for d in drafts if id(d) not in units]


def _counted_fraction(text: str, a: int, b: int) -> bool:
    """A "date" that is a count out of a total: "đã đảm bảo 2/2 tiêu chí", "nghiệm thu 9/11 hạng
    mục" (a counted noun follows it)."""
    if not _DAY_MONTH.fullmatch(text, a, b) or (a > 0 and text[a - 1] in "-–/"):
        return False  # "30/4-1/5": the end of a span of days
    m = lexicon().after.match(text, b)
    return m is not None and lexicon().unit_kind(m.group("u")) in ("count", "classifier")
