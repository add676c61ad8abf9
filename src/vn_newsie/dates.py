"""Date grammar for Vietnamese news.

Recognises ``ngày 14/01/2022``, ``14-01-2022``, ``ngày 14 tháng 01 năm 2022``, ``Chiều 18/02``,
``sáng 3/1``, ``thứ Ba, 18/2``, ``tháng 2/2022`` and ``năm 2021``. A day written without a year
takes it from the publication date, else from the latest full date in the text. Impossible days
(``31/02``) give no date. dateparser is used only on strings this grammar cannot place (free-form
``published`` values such as "Thứ Sáu, 18/02/2022 15:30"), never on running text: alone it reads
"6,93%" as a date and misses "Chiều 18/02".
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from dataclasses import dataclass, replace
from typing import Literal

import regex

from .text import starts_of

Precision = Literal["day", "month", "year"]

_TOD_WORDS = ("sáng", "trưa", "chiều", "tối", "đêm")
_TIME_OF_DAY = rf"(?P<tod>{'|'.join(_TOD_WORDS)})"
_WEEKDAY = r"(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|2|3|4|5|6|7)|chủ\s+nhật)"
_SEP = r"[/\-.]"
# Where a separator may stand beside spaces, the spaces are taken once ("\s*(?:,\s*)?", never
# "\s*,?\s*"): two stars over the same run of spaces try every split of it, quadratic in its length.
_NO_YEAR = 4  # the year a day written without one gets until resolve(): a leap year, so 29/02 is kept

_DATE = regex.compile(
    rf"""
    (?:(?:{_TIME_OF_DAY}\s+(?:nay\s*(?:\(\s*)?)?(?:ngày\s+)?|(?P<ngay>ngày|hôm)\s+)?(?:\(?{_WEEKDAY}\s*(?:,\s*)?(?:ngày\s+)?)?)?
    (?:
        (?<![\d.,/])(?P<d>\d{{1,2}})\s*(?P<s1>{_SEP})\s*(?P<m>\d{{1,2}})(?:\s*(?P=s1)\s*(?P<y>\d{{4}}))?(?!\d|%|,\d|\.\d|/\d|/\p{{L}})
      | (?<![\d.,/])(?P<d2>\d{{1,2}})\s+tháng\s+(?P<m2>\d{{1,2}})(?:\s*(?:năm|,)\s*(?P<y2>\d{{4}}))?(?!\d)
      | tháng\s+(?P<m3>\d{{1,2}})\s*(?:/|năm)\s*(?P<y3>\d{{4}})(?!\d)
      | (?<!\d\s?)năm\s+(?P<y4>(?:19|20)\d\d)(?!\d|%|,\d|\.\d)
      | (?<![\d/]|\d[.,])(?P<m5>\d{{1,2}})/(?P<y5>(?:19|20)\d\d)(?!\d|%|,\d|\.\d|/|-\p{{L}})
    )
    """,
    regex.IGNORECASE | regex.VERBOSE,
)


@dataclass(frozen=True, slots=True)
class DateMatch:
    start: int
    end: int
    date: dt.date | None  # None when the day is impossible (31/02)
    precision: Precision
    year_written: bool
    time_of_day: str | None
    text: str


def _make(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


# Every date form holds a digit, and its words before the digits ("Chiều nay (thứ Ba, ngày ") are
# short: the grammar runs only on windows this far around the digits of the text.
_REACH = 80
_DIGITS = regex.compile(r"\d+")


def _near_digits(text: str, start: int, stop: int) -> list[tuple[int, int]]:
    """Windows of ``text[start:stop]`` around its digits, merged where they meet."""
    out: list[tuple[int, int]] = []
    for m in _DIGITS.finditer(text, start, stop):
        a, b = max(start, m.start() - _REACH), min(stop, m.end() + _REACH)
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


# Where a date can start: the first digit of a run, the "(" of "(thứ Ba", or a word _DATE allows
# before its digits. Trying the grammar only there gives the matches of scanning with it, a
# fraction of the cost (it is slow to fail at each character).
_START_WORDS = ("(", *_TOD_WORDS, "ngày", "hôm", "thứ", "chủ", "tháng", "năm")
# the same as a pattern, for text whose lower case moves offsets; no word starts inside another,
# so its non-overlapping scan misses no start
_STARTS = regex.compile(r"(?<!\d)\d|" + "|".join(map(regex.escape, _START_WORDS)), regex.IGNORECASE)


def _starts(text: str, start: int, stop: int) -> list[int]:
    """Where a date can start in ``text[start:stop]``, sorted: digit runs and the words allowed
    before the digits (``text.starts_of``), else where the start pattern matches."""
    found = starts_of(text, start, stop, _DIGITS, _START_WORDS)
    return found if found is not None else [m.start() for m in _STARTS.finditer(text, start, stop)]


def _scan(text: str, start: int, stop: int) -> list[regex.Match[str]]:
    """What ``_DATE.finditer(text, start, stop)`` finds, trying it only where a date can start
    near digits."""
    found: list[regex.Match[str]] = []
    windows = _near_digits(text, start, stop)
    starts = _starts(text, start, stop) if windows else []
    for a, b in windows:
        pos = max(a, found[-1].end()) if found else a
        for c in starts[bisect_left(starts, pos) : bisect_left(starts, b)]:
            if c >= pos:
                m = _DATE.match(text, c, b)
                if m is not None:
                    found.append(m)
                    pos = m.end()
    return found


def find_dates(text: str, start: int = 0, end: int | None = None) -> list[DateMatch]:
    """Every date expression in ``text[start:end]``; years not yet inferred (see ``resolve``)."""
    out = []
    stop = len(text) if end is None else end
    for m in _scan(text, start, stop):
        tod = m.group("tod").lower() if m.group("tod") else None
        if m.group("d"):
            d, mo = int(m.group("d")), int(m.group("m"))
            y = int(m.group("y")) if m.group("y") else None
            if m.group("s1") == "." and y is None and not (m.group("ngay") or tod):
                continue  # "5.67" is a number, not 5 July; "Sáng 15.7" is a day
            if m.group("s1") == "-" and y is None and not (m.group("ngay") or tod):
                continue  # "7-8 năm", "3-1": a range or a score unless cued by "ngày"/"sáng"
            if not (1 <= mo <= 12 and 1 <= d <= 31):
                continue
            out.append(_match(m, text, y, mo, d, "day", tod))
        elif m.group("d2"):
            d, mo = int(m.group("d2")), int(m.group("m2"))
            y = int(m.group("y2")) if m.group("y2") else None
            if not (1 <= mo <= 12 and 1 <= d <= 31):
                continue
            out.append(_match(m, text, y, mo, d, "day", tod))
        elif m.group("m3"):
            mo = int(m.group("m3"))
            if 1 <= mo <= 12:
                out.append(_match(m, text, int(m.group("y3")), mo, 1, "month", tod))
        elif m.group("m5") and 1 <= int(m.group("m5")) <= 12:  # a bare month/year: "4/2006"
            out.append(_match(m, text, int(m.group("y5")), int(m.group("m5")), 1, "month", tod))
        elif m.group("y4"):
            out.append(_match(m, text, int(m.group("y4")), 1, 1, "year", tod))
    return out


def _match(
    m: regex.Match[str], text: str, y: int | None, mo: int, d: int, p: Precision, tod: str | None
) -> DateMatch:
    date = _make(y if y is not None else _NO_YEAR, mo, d)  # placeholder until resolve() supplies it
    return DateMatch(m.start(), m.end(), date, p, y is not None, tod, text[m.start() : m.end()])


def reference_year(matches: list[DateMatch], published: dt.date | None) -> int | None:
    """The year for days written without one: the publication year, else the latest year written
    in a day/month/year or a month/year date of the text."""
    if published is not None:
        return published.year
    full = [x.date for x in matches if x.year_written and x.precision != "year" and x.date]
    return max(full).year if full else None


def resolve(match: DateMatch, year: int | None, published: dt.date | None = None) -> DateMatch:
    """Fill in the year of a day written without one (None stays None, 29/02 may vanish)."""
    if match.year_written or match.date is None:
        return match
    if year is None:
        return replace(match, date=None)
    date = _make(year, match.date.month, match.date.day)
    # an article of early January reporting "28/12" speaks of the previous year
    if date and published and (date - published).days > 60:
        date = _make(year - 1, match.date.month, match.date.day)
    return replace(match, date=date)


_ISO_DAY = regex.compile(r"\d{4}-\d\d-\d\d(?!\d)")


def _iso_datetime(s: str) -> dt.datetime:
    """ISO 8601 date and time; a final "Z" is read as UTC, as Python 3.11 does."""
    return dt.datetime.fromisoformat(s[:-1] + "+00:00" if s.endswith(("Z", "z")) else s)


def parse_date(value: str | dt.date | dt.datetime | None) -> dt.date | None:
    """A ``published`` value: a date, a datetime, an ISO string or a free-form Vietnamese date."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        raise TypeError(f"published must be a date, datetime or string, not {type(value).__name__}")
    s = value.strip()
    if not s:
        return None
    if _ISO_DAY.match(s):  # "2022-02-18", "2022-02-18T15:30+07:00"; a broken tail is an error
        try:
            return dt.date.fromisoformat(s) if len(s) == 10 else _iso_datetime(s).date()
        except ValueError:
            raise ValueError(
                f"cannot read {value!r} as a date; write it as YYYY-MM-DD or dd/mm/yyyy"
            ) from None
    found = [x for x in find_dates(s) if x.year_written and x.precision == "day" and x.date]
    if found:
        return found[0].date
    import dateparser  # heavy: imported only for free-form strings

    parsed = dateparser.parse(
        s,
        languages=["vi", "en"],
        settings={"DATE_ORDER": "DMY", "PARSERS": ["custom-formats", "absolute-time"]},
    )
    if parsed is None:
        raise ValueError(f"cannot read {value!r} as a date; write it as YYYY-MM-DD or dd/mm/yyyy")
    return parsed.date()
