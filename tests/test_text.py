"""Normalisation keeps an exact map back to the caller's string."""

from __future__ import annotations

import unicodedata

import pytest
import regex

from vn_newsie.text import _ONE_TO_ONE, _TRANSLATE, _one_to_one, fold, normalize, sentences, tokenize

NORMALISE = [
    # (id, source, normalised)
    ("old-tone-oa", "Hoà Bình", "Hòa Bình"),
    ("old-tone-uy", "Uỷ ban nhân dân", "Ủy ban nhân dân"),
    ("old-tone-oe", "sức khoẻ", "sức khỏe"),
    ("final-consonant-unchanged", "Hoàng Huỳnh", "Hoàng Huỳnh"),
    ("qu-unchanged", "quỷ quyệt", "quỷ quyệt"),
    ("nbsp-and-zero-width", "Tỉnh\u00a0ủy\u200b Tuyên Quang", "Tỉnh ủy Tuyên Quang"),
    ("curly-quotes", "“mục tiêu kép”", '"mục tiêu kép"'),
    ("en-dash", "Phạm Anh Tuấn – Phó Bí thư", "Phạm Anh Tuấn - Phó Bí thư"),
    ("entity-and-tag", "Bộ GD&amp;ĐT<br/>Hà Nội", "Bộ GD&ĐT\nHà Nội"),
    ("crlf", "dòng một\r\ndòng hai", "dòng một\ndòng hai"),
    ("nfd", unicodedata.normalize("NFD", "Nguyễn Thị Thủy"), "Nguyễn Thị Thủy"),
    ("nfd-old-tone", unicodedata.normalize("NFD", "Thuỷ"), "Thủy"),
    (
        "tab-ellipsis-apostrophe",
        "Tổng Bí thư\tkhẳng định: ‘đoàn kết’…",
        "Tổng Bí thư khẳng định: 'đoàn kết'.",
    ),
    ("lone-surrogate", "Hội nghị\ud800 tỉnh", "Hội nghị\ufffd tỉnh"),
]


@pytest.mark.parametrize("source,expected", [c[1:] for c in NORMALISE], ids=[c[0] for c in NORMALISE])
def test_normalise(source: str, expected: str) -> None:
    assert normalize(source).text == expected


@pytest.mark.parametrize("source", [c[1] for c in NORMALISE], ids=[c[0] for c in NORMALISE])
def test_every_word_maps_back(source: str) -> None:
    doc = normalize(source)
    for word in doc.text.split():
        a = doc.text.index(word)
        span = doc.span(a, a + len(word))
        assert source[span.start : span.end] == span.text
        assert fold(span.text) == fold(word)


def test_spans_after_many_replacements_stay_exact() -> None:
    source = (
        unicodedata.normalize("NFD", "Đồng chí Lê Thị Hoà, Uỷ viên&nbsp;BCH – Chủ tịch “HĐND” tỉnh ") * 50
    )
    doc = normalize(source)
    pos = 0
    while (pos := doc.text.find("Chủ tịch", pos)) >= 0:
        span = doc.span(pos, pos + len("Chủ tịch"))
        assert source[span.start : span.end] == span.text
        assert unicodedata.normalize("NFC", span.text) == "Chủ tịch"
        pos += 1


SURFACES = [
    # (id, source, surface of the whole text)
    ("lone-surrogate", "Phó Chủ tịch\udc80 UBND tỉnh", "Phó Chủ tịch\ufffd UBND tỉnh"),
    ("spaces-and-old-tone-kept", "Chủ tịch  UBND   tỉnh Hoà Bình", "Chủ tịch UBND tỉnh Hoà Bình"),
    ("decomposed-composed", unicodedata.normalize("NFD", "Bí thư Tỉnh ủy"), "Bí thư Tỉnh ủy"),
    ("zero-width-inside-a-word", "Phó Chủ t\u200bịch UBND tỉnh", "Phó Chủ tịch UBND tỉnh"),
    ("zero-width-between-two-names", "đồng chí Trần\u200bVăn Minh", "đồng chí Trần Văn Minh"),
]


@pytest.mark.parametrize("source,expected", [c[1:] for c in SURFACES], ids=[c[0] for c in SURFACES])
def test_surface_is_the_callers_text_made_safe(source: str, expected: str) -> None:
    doc = normalize(source)
    assert doc.surface(0, len(doc.text)) == expected


def test_one_to_one_changes_agree_with_the_table() -> None:
    every = "".join(_ONE_TO_ONE)
    source = "Bình Định " + every + " Hà Tĩnh" + every[::7]
    assert _one_to_one(source) == source.translate(_TRANSLATE)


def test_fold_ignores_case_form_and_tone_style() -> None:
    assert fold("UỶ BAN") == fold("ủy ban") == fold(unicodedata.normalize("NFD", "Ủy Ban"))
    assert fold("ĐOÀN ĐẠI BIỂU") == "đoàn đại biểu"
    assert [t.key for t in tokenize("Đảng bộ ĐÀ NẴNG")] == ["đảng", "bộ", "đà", "nẵng"]


def test_sentences_keep_abbreviations_and_split_at_closing_mark() -> None:
    text = "Chiều 18/02, UBND TP. Hà Nội họp. TS. Nguyễn Văn An phát biểu./. Minh Anh"
    got = [text[a:b] for a, b in sentences(text)]
    assert got == ["Chiều 18/02, UBND TP. Hà Nội họp.", "TS. Nguyễn Văn An phát biểu./.", "Minh Anh"]


def test_empty_and_whitespace() -> None:
    assert normalize("").text == ""
    assert sentences("   \n ") == []


INVISIBLE_IN_NAMES = [
    # (id, sentence, the person's name)
    (
        "zwsp-before-space",
        "Đồng chí Nguyễn Văn\u200b Hùng, Bí thư Tỉnh ủy chủ trì hội nghị.",
        "Nguyễn Văn Hùng",
    ),
    (
        "zwsp-inside-syllable",
        "Đồng chí Lê Thị Th\u200bu Hà, Phó Chủ tịch UBND tỉnh dự hội nghị.",
        "Lê Thị Thu Hà",
    ),
    (
        "zwsp-as-word-break",
        "Ông Trần\u200bVăn Nam, Giám đốc Sở Tài chính báo cáo tại kỳ họp.",
        "Trần Văn Nam",
    ),
    ("soft-hyphen", "Bà Hà Thị Hoa\u00ad, Chủ tịch HĐND tỉnh phát biểu bế mạc kỳ họp.", "Hà Thị Hoa"),
]


@pytest.mark.parametrize(
    "text,name", [c[1:] for c in INVISIBLE_IN_NAMES], ids=[c[0] for c in INVISIBLE_IN_NAMES]
)
def test_invisible_characters_stay_out_of_names(text: str, name: str) -> None:
    from vn_newsie import extract

    (person,) = extract(text).people
    assert person.name == name and person.key == fold(name)
    span = person.mentions[0]
    assert text[span.start : span.end] == span.text  # the evidence keeps the caller's characters


def test_a_zero_width_space_between_words_is_a_word_break() -> None:
    doc = normalize("Phó Chủ tịch\u200bUBND tỉnh và ông Hà\u200bVăn Sơn")
    assert doc.text == "Phó Chủ tịch UBND tỉnh và ông Hà Văn Sơn"
    assert normalize("Th\u200bu\u200b Hà").text == "Thu Hà"


TOKEN_ROWS = {
    "repeated-words": "Đồng chí Ba, Ba Đình và ba xã: ba ba ba",
    "marks-and-numbers": "Tăng 12,5% (từ 1.200 lên 1.350 tỷ đồng)...",
    "lone-combining-mark": "Hội nghị \u0301 tỉnh \u0301\u0301 lần 2",
    "zero-width-and-tabs": "Sáng\u200b nay\t\tđoàn\n\ncông tác",
}


@pytest.mark.parametrize("text", TOKEN_ROWS.values(), ids=TOKEN_ROWS.keys())
@pytest.mark.parametrize("start", [0, 3])
def test_tokens_are_the_pattern_matches_with_their_offsets(text: str, start: int) -> None:
    got = [(t.start, t.end, t.text, t.key) for t in tokenize(text, start, len(text) - 2)]
    want = [
        (m.start(), m.end(), m.group(), m.group().lower())
        for m in regex.finditer(r"\p{L}[\p{L}\p{M}]*|\d+(?:[.,]\d+)*|[^\s]", text[: len(text) - 2], pos=start)
    ]
    assert got == want
