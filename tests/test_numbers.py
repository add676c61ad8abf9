"""The number grammar (numbers.py), table-driven: a row per phrasing.

Adding a case is adding a row. ``Case.found`` lists every number ``find_numbers`` must report in
the text, in order, as (value, value_max) pairs; ``text`` is the surface each covers.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

import pytest

from vn_newsie.numbers import _atom_re, _atom_starts, find_numbers, parse_digits, parse_number, parse_words


@dataclass(frozen=True)
class Case:
    text: str
    found: tuple[tuple[float, float | None], ...]
    surfaces: tuple[str, ...] = ()


def _ascii(s: str) -> str:
    """Test ids without diacritics, so pytest prints them readably."""
    s = unicodedata.normalize("NFD", s.replace("đ", "d").replace("Đ", "D"))
    return "".join(ch for ch in s if not unicodedata.combining(ch))


def _id(c: Case) -> str:
    return _ascii(c.text[:40])


# --- digits: Vietnamese notation ---------------------------------------------------------------

DIGITS = [
    Case("1.600", ((1600, None),)),
    Case("5,67", ((5.67, None),)),
    Case("2.659,96", ((2659.96, None),)),
    Case("1.5", ((1.5, None),)),
    Case("12.75", ((12.75, None),)),
    Case("10.000.000", ((10_000_000, None),)),
    Case("10,000,000", ((10_000_000, None),)),
    Case("0,5", ((0.5, None),)),
    Case("02 ngày", ((2, None),)),
    Case("tổng cộng 16500", ((16500, None),)),
    Case("đạt 5.000.", ((5000, None),), ("5.000",)),
    Case("tăng 3,5%, giảm 2%", ((3.5, None), (2, None))),
]

# --- magnitude words ---------------------------------------------------------------------------

MAGNITUDES = [
    Case("1.605 nghìn lượt khách", ((1_605_000, None),), ("1.605 nghìn",)),
    Case("15.000 tỷ đồng", ((1.5e13, None),), ("15.000 tỷ",)),
    Case("47 triệu đồng/người/năm", ((4.7e7, None),)),
    Case("hơn 2,5 triệu liều", ((2.5e6, None),), ("2,5 triệu",)),
    Case("1,2 triệu người", ((1.2e6, None),)),
    Case("5 nghìn tỷ đồng", ((5e12, None),), ("5 nghìn tỷ",)),
    Case("500 ngàn đồng", ((5e5, None),)),
    Case("2 triệu rưỡi", ((2.5e6, None),)),
    Case("3 tỉ đồng", ((3e9, None),)),
    Case("5 tr đồng", ((5e6, None),)),
    Case("2 chục người", ((20, None),)),
    Case("tỷ lệ 5 tỷ lệ", ((5, None),), ("5",)),  # "tỷ lệ" is not a magnitude
    # scraped text with the spaces lost (class 13): a magnitude glued to a listed unit still counts
    Case("quyên góp được 75tỷđồng", ((7.5e10, None),), ("75tỷ",)),
    Case("thu hút 3triệungười", ((3e6, None),), ("3triệu",)),
    Case("5 tỷlệ", ((5, None),), ("5",)),  # not a unit after it: not a magnitude
]

# --- ranges --------------------------------------------------------------------------------------

# fmt: off
RANGES = [
    Case("300.000 - 1 triệu đồng", ((300_000, 1e6),)),  # the low end written in full
    Case("500 - 2 triệu", ((500, None), (2e6, None))),  # neither reading is a range
    Case("10-15%", ((10, 15),), ("10-15",)),
    Case("từ 10 đến 15%", ((10, 15),), ("từ 10 đến 15",)),
    Case("7 - 7,2%/năm", ((7, 7.2),)),
    Case("2-3 triệu đồng", ((2e6, 3e6),), ("2-3 triệu",)),
    Case("50.000 - 140.000 đồng/m2", ((50_000, 140_000),)),
    Case("từ 500 nghìn đến 2 triệu đồng", ((5e5, 2e6),)),
    Case("khoảng 6 tới 8 người", ((6, 8),)),
    Case("10% - 15%", ((10, 15),)),
    Case("từ hai đến ba triệu", ((2e6, 3e6),)),
    # not ranges: a score, years backwards, a date
    Case("tỷ số 3-1", ((3, None), (1, None))),
    Case("2020-2015", ((2020, None), (2015, None))),
    Case("ngày 14-01-2022", ((14, None), (1, None), (2022, None))),
]

# --- word numerals -------------------------------------------------------------------------------

WORDS = [
    Case("hai nghìn người", ((2000, None),), ("hai nghìn",)),
    Case("mười người", ((10, None),), ("mười",)),
    Case("một trăm hộ", ((100, None),), ("một trăm",)),
    Case("hai mươi lăm đại biểu", ((25, None),), ("hai mươi lăm",)),
    Case("ba mươi tư xã", ((34, None),)),
    Case("mười lăm tỷ đồng", ((15e9, None),)),
    Case("một trăm linh năm người", ((105, None),)),
    Case("hai nghìn lẻ năm", ((2005, None),)),
    Case("ba trăm nghìn lượt", ((300_000, None),)),
    Case("hai tỷ ba trăm triệu đồng", ((2.3e9, None),)),
    Case("hai nghìn năm trăm người", ((2500, None),)),
    Case("Hai bên đã ký kết", ((2, None),)),  # capitalised at a sentence start
    Case("hai năm", ((2, None),), ("hai",)),
    Case("hai nghìn năm lịch sử", ((2000, None),), ("hai nghìn",)),  # 2000 years, not 2005
    Case("ba mươi năm xây dựng", ((30, None),), ("ba mươi",)),  # thirty years, not 35
]

# --- must not be read as numbers -------------------------------------------------------------

NOT_NUMBERS = [
    "năm nay",
    "Năm nay, tỉnh đã",
    "đầu tư phát triển",
    "một số địa phương",
    "một cách nghiêm túc",
    "không quá",
    "Covid-19",
    "dịch Covid -19",
    "Kế hoạch 147-KH/TU",
    "Nghị định 116/2020/NĐ-CP",
    "Quyết định 265/QĐ-TTg",
    "vài ba chục ngàn đồng",
    "hàng nghìn người",
    "mấy trăm hộ",
    "ông Tư Sang",
    "bà Năm",
    "Huân chương Lao động hạng Nhất, Nhì, Ba",
    "năm năm liền",
    "lăm le",
    "tỷ lệ hộ nghèo giảm",  # a magnitude word alone
    "KHÔNG ĐẠT CHỈ TIÊU",
    "triệu tập cuộc họp",
    "F5",
    "1.2.3",
]


@pytest.mark.parametrize("case", DIGITS + MAGNITUDES + RANGES + WORDS, ids=_id)
def test_find_numbers(case: Case) -> None:
    found = find_numbers(case.text)
    got = [(n.value, n.value_max) for n in found]
    assert len(got) == len(case.found), got
    for (v, vmax), (ev, evmax) in zip(got, case.found, strict=True):
        assert v == pytest.approx(ev)
        assert (vmax is None) == (evmax is None)
        if evmax is not None:
            assert vmax == pytest.approx(evmax)
    if case.surfaces:
        assert [n.text for n in found] == list(case.surfaces)
    for n in found:
        assert case.text[n.start : n.end] == n.text


@pytest.mark.parametrize("text", NOT_NUMBERS, ids=_ascii)
def test_not_numbers(text: str) -> None:
    assert find_numbers(text) == []


@pytest.mark.parametrize(
    "s, value",
    [("1.605", 1605), ("5,67", 5.67), ("2.659,96", 2659.96), ("1.5", 1.5), ("0.500", 0.5), ("1,600", 1.6),
     ("10,000,000", 1e7), ("1.2.3", None), ("1,2,3", None), ("12,5.3", None)],
)
def test_parse_digits(s: str, value: float | None) -> None:
    got = parse_digits(s)
    assert got == (pytest.approx(value) if value is not None else None)


@pytest.mark.parametrize(
    "s, value",
    [("hai mươi lăm", 25), ("một trăm", 100), ("mười", 10), ("hai nghìn", 2000), ("mười một", 11),
     ("bốn mươi mốt", 41), ("chín trăm chín mươi chín", 999), ("một", None), ("năm", None), ("tư", None),
     ("hai năm", None), ("không", None), ("nghìn", None)],
)
def test_parse_words(s: str, value: float | None) -> None:
    assert parse_words(s) == value


@pytest.mark.parametrize(
    "s, value", [("1,2 triệu", 1.2e6), ("15.000 tỷ", 1.5e13), ("hai nghìn", 2000), ("10-15", None), ("5 người", None)]
)
def test_parse_number(s: str, value: float | None) -> None:
    assert parse_number(s) == value


def test_offsets_inside_a_longer_text() -> None:
    text = "Năm 2021, thu hút trên 1.605 nghìn lượt khách, doanh thu đạt khoảng 1.488 tỷ đồng."
    found = find_numbers(text, 10, len(text))
    assert [n.text for n in found] == ["1.605 nghìn", "1.488 tỷ"]
    assert [text[n.start : n.end] for n in found] == ["1.605 nghìn", "1.488 tỷ"]


def test_numbers_stop_at_the_end_bound() -> None:
    text = "đạt 15.000 tỷ đồng"
    (n,) = find_numbers(text, 0, 10)  # "đạt 15.000": the magnitude lies beyond the bound
    assert n.value == 15000


START_ROWS = {
    "digits-and-words": "Toàn tỉnh có 1.250 hộ nghèo, giảm hai trăm linh năm hộ so với năm trước",
    "upper-case-words": "TỔNG VỐN ĐẦU TƯ HAI MƯƠI LĂM TỶ ĐỒNG, GẤP BA LẦN",
    "capitalised-words": "Hai nghìn đoàn viên tham gia; Ba đơn vị được khen thưởng",
    "words-inside-words": "Ban tuyên giáo tương trợ bảo hiểm, không bàn tới",
    "dotted-capital-i": "Công ty İnox Sài Gòn đầu tư 3 tỷ đồng, gấp hai lần",
    "long-s": "đạt ſáu mươi tỷ đồng",
}


@pytest.mark.parametrize("text", START_ROWS.values(), ids=START_ROWS.keys())
def test_atom_starts_hold_every_match_of_the_grammar(text: str) -> None:
    """The grammar is tried only where an atom can start: none of its matches may start elsewhere."""
    starts = _atom_starts(text, 0, len(text))
    found = [m.start() for m in _atom_re().finditer(text)]
    assert found, "every row holds a number"
    assert starts is None or set(found) <= set(starts)
