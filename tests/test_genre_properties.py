"""Property tests over the genre: phrases of political news (written for these tests) cut, mixed
with dates, numbers and scraper noise. Whatever comes out, nothing raises, every span is the
caller's text, the JSON can be written, and the same text gives the same article."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from test_robustness import check_article
from vn_newsie import Article, extract

MEETING_LEADS = [
    "Sáng 18/02, Ban Thường vụ Tỉnh ủy tổ chức hội nghị sơ kết công tác quý I năm 2024.",
    "Chiều nay (thứ hai, 3/4), HĐND tỉnh khai mạc kỳ họp thứ 12, khóa XVII.",
    "Ngày 29/2, UBND huyện tổ chức buổi làm việc với các sở, ngành về tiến độ giải ngân.",
    "Tối 31-12, tại Hội trường Tỉnh ủy, Thành ủy long trọng tổ chức lễ kỷ niệm.",
    "Hội nghị được tổ chức theo hình thức trực tuyến đến 15 điểm cầu cấp huyện.",
    "Kỳ họp có 58/62 đại biểu có mặt.",
    "Dự hội nghị có hơn 1.600 đại biểu là cán bộ chủ chốt của tỉnh.",
]
ROLES = [
    "Đồng chí Nguyễn Văn An, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy chủ trì hội nghị.",
    "Phó Chủ tịch Thường trực UBND tỉnh Trần Thị Bình phát biểu chỉ đạo.",
    "Cùng dự có các đồng chí: Lê Minh Cường, Phó Bí thư Thường trực Tỉnh ủy; Phạm Thu Hà, Trưởng Ban Dân vận.",
    "Thứ trưởng Bộ Tài chính Hoàng Đức Duy đề nghị địa phương đẩy nhanh tiến độ.",
]
FIGURES = [
    "Thu ngân sách đạt 1.250 tỷ đồng, tăng 8,1% so với cùng kỳ.",
    "Tốc độ tăng trưởng kinh tế (GRDP) ước đạt 7,5%, vượt kế hoạch đề ra.",
    "Tổng vốn đầu tư toàn xã hội khoảng 2,3 nghìn tỷ đồng; giải ngân được 65% kế hoạch vốn.",
    "Toàn tỉnh có 12.345 hộ nghèo, giảm từ 10 đến 15% so với năm 2022.",
    "Kim ngạch xuất khẩu 6 tháng đầu năm đạt hơn 2 tỷ USD.",
]
CITATIONS = [
    "Thực hiện Nghị quyết số 12-NQ/TU ngày 3/4/2024 của Ban Thường vụ Tỉnh ủy.",
    "Theo Quyết định 116/2020/QĐ-UBND, các sở triển khai kế hoạch.",
    "Kế hoạch số 147-KH/TU và Chỉ thị số 05-CT/TW được quán triệt đầy đủ.",
    "Nghị định 100/2019/NĐ-CP do Chính phủ ban hành quy định xử phạt.",
]
DATES_AND_NUMBERS = [
    "ngày 14/01/2022",
    "14-01-2022",
    "ngày 14 tháng 01 năm 2022",
    "thứ Ba, 18/2",
    "tháng 2/2022",
    "29/2",
    "1.605 nghìn",
    "hai mươi lăm",
    "từ 10 đến 15",
    "0,5%",
    "1-1-1-1-1-1-1-1",
    "99999999999999999999999",
]
NOISE = [
    "&nbsp;",
    "\u00a0",
    "\u200b",
    "\ufeff",
    "<br/>",
    "<p>",
    "\r\n",
    "\n\n",
    ". . . . . .",
    "........",
    "…",
    "\ud800",
    "😀",
    "\x00",
    "   ",
    '"',
    "(",
    "số",
    "Sáng nay",
]

phrases = st.sampled_from(MEETING_LEADS + ROLES + FIGURES + CITATIONS)


@st.composite
def cut(draw: st.DrawFn) -> str:
    """A genre phrase, whole or cut at a random place."""
    p = draw(phrases)
    a = draw(st.integers(0, len(p)))
    b = draw(st.integers(a, len(p)))
    return draw(st.sampled_from([p, p[a:b], p[:a], p[b:]]))


pieces = st.one_of(
    phrases, cut(), st.sampled_from(DATES_AND_NUMBERS), st.sampled_from(NOISE), st.text(max_size=8)
)
articles = st.lists(pieces, min_size=1, max_size=14).flatmap(
    lambda xs: st.sampled_from([" ", "", "\n", ", "]).map(lambda sep: sep.join(xs))
)


def check(text: str, art: Article) -> None:
    check_article(text, art)  # spans are evidence, records validate
    json.loads(art.model_dump_json())  # always writable


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(articles, st.sampled_from([None, "2024-03-01", "2023-01-05"]))
def test_genre_mixtures_extract_cleanly(text: str, published: str | None) -> None:
    art = extract(text, published=published)
    check(text, art)
    assert extract(text, published=published) == art  # deterministic


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(phrases, min_size=2, max_size=8).map(" ".join), st.sampled_from(NOISE))
def test_noise_between_whole_phrases_keeps_the_phrases_readable(text: str, noise: str) -> None:
    noisy = text.replace(". ", "." + noise + " ")
    check(noisy, extract(noisy))
