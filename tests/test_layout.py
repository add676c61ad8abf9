"""Article layout: the author written after a paragraph's closing mark."""

from __future__ import annotations

import pytest

from vn_newsie.layout import _TAIL_AUTHOR, _may_end_with_author, analyse
from vn_newsie.text import normalize

BODY = (
    "Tỉnh ủy tổng kết công tác năm\n"
    "Sáng 20/12, Ban Thường vụ Tỉnh ủy tổ chức hội nghị tổng kết công tác xây dựng Đảng năm 2023.\n"
)
TAILS = {
    "closing-mark-and-agency": (
        BODY + "Hội nghị đã thông qua nghị quyết./. Lê Minh Hà (TTXVN)",
        "Lê Minh Hà",
    ),
    "closing-mark-and-slash-agency": (
        BODY + "Các đại biểu đã biểu quyết thông qua./. Thu Hằng/TTXVN.",
        "Thu Hằng",
    ),
    "name-after-full-stop": (BODY + "Tổng thu ngân sách tăng 12% so với năm trước. Quang Vinh", "Quang Vinh"),
    "paragraph-ends-with-full-stop": (BODY + "Hội nghị bế mạc vào chiều cùng ngày.", None),
    "paragraph-ends-with-a-date": (BODY + "Kế hoạch được triển khai từ ngày 15/3.", None),
}


@pytest.mark.parametrize(("text", "author"), TAILS.values(), ids=TAILS.keys())
def test_author_after_the_closing_mark(text: str, author: str | None) -> None:
    doc = normalize(text)
    layout = analyse(doc)
    assert (doc.text[slice(*layout.author)] if layout.author else None) == author


@pytest.mark.parametrize("text", [t for t, _ in TAILS.values()], ids=TAILS.keys())
def test_lines_skipped_by_the_cheap_test_hold_no_tail_author(text: str) -> None:
    for line in text.split("\n"):
        if not _may_end_with_author(line):
            assert _TAIL_AUTHOR.search(line) is None
