"""Stage 3, the words after a figure: its baseline ("so với ..."), the purpose of an amount
("để ..."), the words that say what a count or an amount measures, and its time phrase."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from .draft import After, Draft, Span
from .lexicon import ENDS, MANNER
from .sentence import QUOTES, Sentence

RELATIVE = frozenset({"percent", "ratio"})  # named by the clause before and read with a baseline
_MAX_TRAILING = 8
_MAX_COUNT_TRAILING = 8  # words read after a count for what is said of it
_COMPARE = frozenset({"compare"})
_BASELINE = frozenset({"baseline"})
_END = frozenset({"end"})
_CARRIES = frozenset({"carries"})


def words_after(sen: Sentence, d: Draft) -> Draft:
    """The draft with its baseline, purpose, trailing words and period."""
    k = d.ue
    baseline = _baseline(sen, d)
    purpose = _purpose(sen, d)
    hi = len(sen.tokens)
    keys = sen.keys
    if d.unit_kind == "count" and k < hi and keys[k] == "(":
        close = next((i for i in range(k + 1, min(hi, k + 12)) if keys[i] == ")"), 0)
        k = close + 1 if close else k  # "1.178 đại biểu (do các cấp bầu ra) tham dự Đại hội"
    if (
        d.unit_kind == "count"
        and k < hi
        and keys[k] in QUOTES
        and sen.tokens[k].start == sen.tokens[k - 1].end
    ):
        k += 1  # 'nhận được "hơn 20 ý kiến" của cử tri': the quote closes, what is said goes on
    trailing: Span | None = None
    if baseline is None:
        b = _trailing_end(sen, k, d.unit_kind == "count")
        if b > k:
            trailing = (k, b)
    return d.having(after=After(purpose, baseline, _period(sen, d, baseline), trailing))


def _baseline(sen: Sentence, d: Draft) -> Span | None:
    """ "so với <baseline>" after the figure, or a plan word after a percentage ("107,9% dự toán")."""
    keys, hi = sen.keys, len(sen.tokens)
    k = d.ue
    k2 = k + 1 if k < hi and keys[k] == "," else k
    n = sen.cue.forward(k2, hi, _COMPARE)
    if n:
        b = sen.until_punct(k2 + n, 8)
        return (sen.tokens[k2 + n].start, sen.tokens[b - 1].end) if b > k2 + n else None
    if d.unit_kind in RELATIVE and sen.cue.forward(k, hi, _BASELINE):
        b = sen.until_punct(k, 6)
        return (sen.tokens[k].start, sen.tokens[b - 1].end)
    return None


def _purpose(sen: Sentence, d: Draft) -> Span | None:
    """ "bố trí 185 tỷ đồng để <purpose>": what an amount is for."""
    k = d.ue
    if d.unit_kind != "currency" or k >= len(sen.tokens) or not sen.lex.kind_of(sen.keys[k], "purpose"):
        return None
    b = sen.until_punct(k + 1, _MAX_TRAILING)
    while b > k + 1 and not sen.tokens[b - 1].is_word:
        b -= 1
    return (k + 1, b) if b > k + 1 else None


def _period(sen: Sentence, d: Draft, baseline: Span | None) -> Span | None:
    """One right after the figure ("3% trong năm 2020 và 7,8% vào năm 2021"), else the nearest time
    phrase before it, else one after it in its clause."""
    j = bisect_left(sen.period_starts, d.unit_end)
    if j < len(sen.periods) and d.unit_kind != "ratio" and baseline is None:  # "gấp 2 lần năm 2000"
        pk = sen.tok_at(sen.periods[j][0])
        if pk <= d.ue + 1 and all(sen.tokens[k].is_word for k in range(d.ue, pk)):
            return sen.periods[j]
    i = bisect_right(sen.period_ends, d.num.start) - 1
    if (
        i >= 0
        and sen.semis
        and bisect_right(sen.semis, sen.periods[i][0]) != bisect_right(sen.semis, d.num.start)
    ):
        i = -1  # "...tầm nhìn đến năm 2050 ...; hỗ trợ 2.500 tỷ đồng": another part of the sentence
    if i >= 0:
        return sen.periods[i]
    c_end = sen.clause_end[d.cues.clause]
    limit = sen.tokens[c_end - 1].end if c_end > 0 else sen.e
    i = bisect_left(sen.period_starts, d.unit_end)
    if i < len(sen.periods) and sen.period_ends[i] <= limit:
        return sen.periods[i]
    return None


def _trailing_end(sen: Sentence, k: int, count: bool) -> int:
    """The end of the words read after a figure: lower-case words up to an end word. After a
    count, what is said of the counted thing goes on through names and places ("146 ủy viên
    Trung ương khóa IX", "4 tuyến đường trong Khu đô thị mới"): what is measured often comes
    after the figure."""
    cue, hi, periods = sen.cue, len(sen.tokens), bool(sen.periods)
    b, words = k, 0
    most = _MAX_COUNT_TRAILING if count else _MAX_TRAILING
    while b < hi and words < most:
        t = sen.tokens[b]
        if not t.is_word and not (count and (sen.dotted(b) or _joins_nouns(sen, k, b))):
            break
        words += t.is_word  # the dot of "T.Ư" is no word: the abbreviation is read whole
        if (t.is_cap and not count) or (periods and sen.in_period(t.start, t.end)):
            break
        if cue.forward(b, hi, ENDS) and not (count and _carries(sen, b)):
            break
        b += 1
    while b > k and cue.forward(b - 1, b, _END):
        b -= 1  # "... cho ý kiến từ" (cut short before its noun phrase)
    return b


def _joins_nouns(sen: Sentence, k: int, b: int) -> bool:
    """The comma at token ``b`` joins two counted nouns in the words after a count ("đại biểu
    nguyên là cán bộ, nhân viên Ban X"): the phrase goes on past it."""
    if sen.tokens[b].text != "," or b + 1 >= len(sen.tokens):
        return False
    w = sen.tokens[b + 1]
    if not w.is_word or w.is_cap or w.is_upper:
        return False  # "văn bản, Bộ trưởng ...": a name opens the next clause
    lex = sen.lex
    nxt = lex.after.match(sen.text, sen.tokens[b + 1].start, sen.e)
    if nxt is None or nxt.start("u") != sen.tokens[b + 1].start or lex.unit_kind(nxt.group("u")) != "count":
        return False
    return any(
        lex.after_kind.get(" ".join(sen.keys[b - n : b])) == "count" for n in range(1, min(3, b - k) + 1)
    )


def _carries(sen: Sentence, b: int) -> bool:
    """An end word at token ``b`` that a count's words go on through ("do", "của", "với" + a noun),
    unless it opens another figure's phrase or says how ("với nội dung ...")."""
    lex, keys, hi = sen.lex, sen.keys, len(sen.tokens)
    return (
        bool(sen.cue.forward(b, hi, _CARRIES))
        and sen.word_at(b + 1)
        and not (lex.kind_of(keys[b], "existential") and _figure_soon(sen, b + 1))
        and not sen.cue.forward(b + 1, hi, MANNER)
    )


def _figure_soon(sen: Sentence, k: int) -> bool:
    """A figure comes later in the clause from token ``k``: after an existential word ("8 phường, xã
    với khoảng 95.000 dân", "2 dự án với quy mô trên 1.200 ha") that is another figure's phrase,
    not what the count does."""
    b = sen.until_punct(k, 12)
    if b <= k:
        return False
    lo, hi = sen.tokens[k].start, sen.tokens[b - 1].end
    return any(lo <= n.start < hi for n in sen.numbers)
