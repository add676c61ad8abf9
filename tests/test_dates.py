"""Date grammar: the phrasings of Vietnamese news, year inference, impossible days."""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

import pytest

from vn_newsie.dates import _DATE, _scan, find_dates, parse_date, reference_year, resolve


class Case(NamedTuple):
    text: str
    date: dt.date | None
    time_of_day: str | None = None
    published: dt.date | None = dt.date(2022, 3, 1)


D = dt.date
FOUND = {
    "full-slash": Case("Kế hoạch ban hành ngày 14/01/2022 của Tỉnh ủy", D(2022, 1, 14)),
    "full-dash": Case("văn bản đề ngày 14-01-2022", D(2022, 1, 14)),
    "words": Case("Kết luận ngày 25 tháng 10 năm 2021 của Ban Chấp hành", D(2021, 10, 25)),
    "afternoon-no-year": Case("Chiều 18/02, Ban Thường vụ Tỉnh ủy tổ chức hội nghị", D(2022, 2, 18), "chiều"),
    "morning-short": Case("sáng 3/1 đoàn công tác đến làm việc", D(2022, 1, 3), "sáng"),
    "weekday": Case("Hội nghị diễn ra thứ Ba, 18/2 tại hội trường", D(2022, 2, 18)),
    "sang-nay-paren": Case(
        "Sáng nay (27/4), tại Phú Thọ, hội nghị khai mạc", D(2022, 4, 27), "sáng", D(2022, 4, 27)
    ),
    "ngay-dash": Case("Ngày 6-1 tại UBND thành phố, hội thảo diễn ra", D(2022, 1, 6)),
    "chieu-ngay-full": Case("Chiều ngày 08/11/2023, nhà trường tổ chức hội nghị", D(2023, 11, 8), "chiều"),
    "month": Case("đến tháng 2/2022 đã hoàn thành", D(2022, 2, 1)),
    "month-words": Case("từ tháng 5 năm 2021 đến nay", D(2021, 5, 1)),
    "bare-month-year": Case("3/2010: Phó Chủ tịch UBND tỉnh", D(2010, 3, 1)),
    "bare-month-year-glued": Case("Bí thư Huyện ủy.6/2015: được bầu làm Chủ tịch", D(2015, 6, 1)),
    "year": Case("kết quả năm 2021 rất khả quan", D(2021, 1, 1)),
    "dotted-with-time-of-day": Case(
        "Sáng 15.7, Tỉnh ủy tổ chức hội nghị", D(2022, 7, 15), "sáng", D(2022, 7, 20)
    ),
    "december-before-january-publication": Case(
        "Tối 28/12, đoàn đã về tới tỉnh", D(2021, 12, 28), "tối", D(2022, 1, 5)
    ),
}


@pytest.mark.parametrize("case", FOUND.values(), ids=FOUND.keys())
def test_found(case: Case) -> None:
    found = find_dates(case.text)
    assert len(found) == 1, found
    year = reference_year(found, case.published)
    got = resolve(found[0], year, case.published)
    assert got.date == case.date
    assert got.time_of_day == case.time_of_day
    assert case.text[got.start : got.end] == got.text


NOT_DATES = {
    "decimal-percent": "tốc độ tăng trưởng đạt 5,67%",
    "thousands": "thu hút 1.605 nghìn lượt khách",
    "range-years": "mỗi năm tiết kiệm 7-8 năm học",
    "score": "đội tuyển thắng 3-1",
    "decimal-dot": "chỉ số đạt 5.67 điểm",
    "doc-number-fragment": "theo Quyết định 123/QĐ-UBND",
    "ratio-percent": "tỷ lệ 10/15%",
    "doc-number-year": "theo Quyết định số 12/2006/QĐ-UBND",
    "doc-number-year-dash": "thực hiện Nghị định 15/2006-NĐ của Chính phủ",
}


@pytest.mark.parametrize("text", NOT_DATES.values(), ids=NOT_DATES.keys())
def test_not_a_date(text: str) -> None:
    assert [d.text for d in find_dates(text) if d.precision != "year"] == []


SCAN_ROWS = {
    **{k: c.text for k, c in FOUND.items()},
    **NOT_DATES,
    "paren-weekday": "Chiều nay (thứ Tư, ngày 5/3), đoàn công tác làm việc tại xã",
    "upper-case": "HÔM 12/9 VÀ SÁNG NGÀY 13/9/2023, TỈNH ỦY HỌP",
    "two-dates": "Từ ngày 2/3 đến hết tháng 4/2024, mỗi năm 2 đợt",
    "sunday": "Chủ nhật, 7/5, hơn 300 đoàn viên ra quân",
    "long-s-is-an-s": "ſáng 12/3, đoàn công tác làm việc tại huyện",
    "dotted-capital-i": "Công ty İnox khai trương chiều ngày 9/10/2024",
}


@pytest.mark.parametrize("text", SCAN_ROWS.values(), ids=SCAN_ROWS.keys())
def test_scan_from_likely_starts_finds_what_the_grammar_finds(text: str) -> None:
    """The grammar is tried only where a date can start: it must find what scanning finds."""
    assert [m.span() for m in _scan(text, 0, len(text))] == [m.span() for m in _DATE.finditer(text)]


def test_impossible_day_gives_no_date() -> None:
    found = find_dates("ngày 31/02/2022 hội nghị diễn ra")
    assert found and found[0].date is None


def test_year_from_latest_full_date_without_publication() -> None:
    text = "Chiều 18/02, hội nghị quán triệt Kế hoạch ngày 14/01/2022 và Kết luận ngày 25/10/2021."
    found = find_dates(text)
    year = reference_year(found, None)
    assert year == 2022
    assert resolve(found[0], year).date == D(2022, 2, 18)


def test_year_from_latest_month_year_without_publication() -> None:
    text = "Sáng 25/4, đại hội bế mạc. Tiểu sử: 9/1997: Chủ tịch Quốc hội; 4/2006: được bầu lại."
    found = find_dates(text)
    year = reference_year(found, None)
    assert year == 2006
    assert resolve(found[0], year).date == D(2006, 4, 25)


def test_no_year_anywhere_gives_none() -> None:
    found = find_dates("Chiều 13/9, Phó Thủ tướng chủ trì cuộc họp")
    assert resolve(found[0], reference_year(found, None)).date is None


@pytest.mark.parametrize(
    "value,expected",
    [
        ("2022-02-18", D(2022, 2, 18)),
        (D(2022, 2, 18), D(2022, 2, 18)),
        (dt.datetime(2022, 2, 18, 15, 30), D(2022, 2, 18)),
        ("18/02/2022", D(2022, 2, 18)),
        ("Thứ Sáu, 18/02/2022 15:30", D(2022, 2, 18)),
        ("18 February 2022", D(2022, 2, 18)),  # only dateparser reads this one
        (None, None),
    ],
)
def test_parse_published(value: object, expected: dt.date | None) -> None:
    assert parse_date(value) == expected  # type: ignore[arg-type]


def test_parse_published_rejects_garbage() -> None:
    with pytest.raises(ValueError, match="cannot read"):
        parse_date("không phải ngày")
    with pytest.raises(TypeError):
        parse_date(20220218)  # type: ignore[arg-type]
