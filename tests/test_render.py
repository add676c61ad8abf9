"""The highlighted article: every record's evidence is a <mark> whose text is exactly its span."""

from __future__ import annotations

import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

from vn_newsie import Article, extract
from vn_newsie.render import Mark, highlight, marks_of

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "hoi-nghi-tinh-uy.txt"

ARTICLE = (
    "HĐND tỉnh khai mạc kỳ họp thứ 9\n\n"
    "Sáng 8/7, Hội đồng nhân dân tỉnh khai mạc kỳ họp thứ 9 tại Hội trường tỉnh. "
    "Đồng chí Nông Thị Hà, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh chủ trì kỳ họp. "
    "Kỳ họp xem xét Nghị quyết số 15/NQ-HĐND về kế hoạch đầu tư công. "
    "Thu ngân sách 6 tháng đạt 2.340 tỷ đồng, tăng 12,5% so với cùng kỳ. "
    "Bà Hà đề nghị các đại biểu phát huy trí tuệ."
)


class _Marks(HTMLParser):
    """Collects each <mark>'s attributes and its whole text (nested marks included), leaving out
    the labels shown as text where CSS is stripped (``sup.vnn-l``), which it collects apart."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.open: list[int] = []
        self.marks: list[dict[str, str | None]] = []
        self.texts: list[str] = []
        self.tags: set[str] = set()
        self.attrs: set[str] = set()
        self.text_div = 0
        self.page_text: list[str] = []
        self.in_label = False
        self.labels: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        self.attrs.update(name for name, _ in attrs)
        if tag == "sup" and "vnn-l" in (dict(attrs).get("class") or ""):
            self.in_label = True
            self.labels.append("")
            return
        if tag == "mark":
            self.marks.append(dict(attrs))
            self.texts.append("")
            self.open.append(len(self.marks) - 1)
        if tag == "div" and ("class", "vnn-text") in attrs:
            self.text_div = 1
        elif tag == "div" and self.text_div:
            self.text_div += 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "sup" and self.in_label:
            self.in_label = False
        if tag == "mark":
            self.open.pop()
        if tag == "div" and self.text_div:
            self.text_div -= 1

    def handle_data(self, data: str) -> None:
        if self.in_label:
            self.labels[-1] += data
            return
        for i in self.open:
            self.texts[i] += data
        if self.text_div:
            self.page_text.append(data)


def parse(page: str) -> _Marks:
    p = _Marks()
    p.feed(page)
    p.close()
    return p


def by_id(p: _Marks) -> dict[str, str]:
    """The text of each mark id, its fragments joined."""
    out: dict[str, str] = {}
    for attrs, text in zip(p.marks, p.texts, strict=True):
        out[str(attrs["data-id"])] = out.get(str(attrs["data-id"]), "") + text
    return out


@pytest.fixture(scope="module")
def article() -> Article:
    return extract(ARTICLE, published="2024-07-08")


def test_every_span_is_a_mark_whose_text_is_the_evidence(article: Article) -> None:
    p = parse(article.to_html())
    texts = by_id(p)
    expected = {m.ident: ARTICLE[m.start : m.end] for m in marks_of(article)}
    kinds = {m.kind for m in marks_of(article)}
    assert kinds == {"person", "role", "meeting", "metric", "document"}
    assert texts == expected
    assert "".join(p.page_text) == ARTICLE  # the whole article, in order, nothing added


def test_marks_are_coloured_by_type_and_labelled(article: Article) -> None:
    p = parse(article.to_html())
    labels = {str(a["data-id"]): a.get("data-label") for a in p.marks if a.get("data-label")}
    classes = {str(a["data-id"]): a["class"] for a in p.marks}
    person = next(i for i, m in enumerate(article.people) if m.name == "Nông Thị Hà")
    assert labels[f"person-{person}-0"] == "PERSON"
    assert labels[f"person-{person}-1"] == "PERSON · Nông Thị Hà"  # "Bà Hà": whom it means
    assert labels[f"role-{person}-1"] == "ROLE · Nông Thị Hà"  # the role, next to its person
    assert labels["meeting-0"].startswith("MEETING · kỳ họp")
    assert classes["meeting-0"] == "vnn-meeting" and classes[f"role-{person}-0"] == "vnn-role"
    assert all(a["title"] for a in p.marks)
    # the same labels as text, for viewers that strip CSS, one per span, hidden by the CSS
    assert sorted(p.labels) == sorted(str(a["data-label"]) for a in p.marks if a.get("data-label"))
    assert ".vnn sup.vnn-l{display:none}" in article.to_html()


def test_page_is_self_contained(article: Article) -> None:
    page = article.to_html()
    p = parse(page)
    assert page.startswith("<!DOCTYPE html>") and '<meta charset="utf-8">' in page
    assert not p.tags & {"script", "link", "img", "iframe", "object"}
    assert "http" not in page and "@import" not in page and "url(" not in page


def test_notebook_shows_a_fragment(article: Article) -> None:
    frag = article._repr_html_()
    assert frag.startswith('<div class="vnn">') and "<html" not in frag
    assert by_id(parse(frag)) == by_id(parse(article.to_html()))


HOSTILE = [
    ("script", 'Ông Lò Văn Páo, Bí thư Huyện ủy <script>alert("x")</script> phát biểu.'),
    ("quotes-amp", "Bà Vi Thị Mai & \"ông\" Hà Văn Sơn, Chủ tịch UBND tỉnh 'dự' hội nghị."),
    ("attribute-breakout", 'Đồng chí Lê Văn An" onmouseover="x, Bí thư Tỉnh ủy dự họp.'),
]


@pytest.mark.parametrize("text", [h[1] for h in HOSTILE], ids=[h[0] for h in HOSTILE])
def test_everything_is_escaped(text: str) -> None:
    page = extract(text).to_html()
    p = parse(page)
    assert "script" not in p.tags
    assert "<script>" not in page and "onmouseover" not in p.attrs
    assert "".join(p.page_text) == text


def test_crossing_spans_are_split_and_labelled_once() -> None:
    text = "Chủ tịch UBND tỉnh Lạng Sơn"
    marks = [Mark(0, 17, "role", "r", "ROLE", "a"), Mark(9, 26, "document", "d", "DOC", "b")]
    p = parse(f'<div class="vnn-text">{highlight(text, marks)}</div>')
    assert by_id(p) == {"r": text[0:17], "d": text[9:26]}
    assert [a["data-id"] for a in p.marks] == ["r", "d", "d"]  # d goes on after r closes
    assert [a.get("data-label") for a in p.marks] == ["ROLE", None, "DOC"]
    assert p.labels == ["ROLE", "DOC"]
    assert "".join(p.page_text) == text


def test_without_source_text_the_records_are_still_listed(article: Article) -> None:
    loaded = Article.model_validate_json(article.model_dump_json())
    assert loaded == article and loaded.source_text is None
    frag = loaded._repr_html_()
    assert "to_html(text)" in frag and "Nông Thị Hà" in frag
    assert by_id(parse(loaded.to_html(ARTICLE))) == by_id(parse(article.to_html()))


def test_a_text_the_spans_do_not_fit_is_refused(article: Article) -> None:
    with pytest.raises(ValueError, match="exact string"):
        article.to_html("Sáng 8/7")


def test_cli_writes_the_same_page(tmp_path: Path) -> None:
    page = tmp_path / "a.html"
    res = subprocess.run(
        [
            sys.executable,
            "-m",
            "vn_newsie",
            "extract",
            str(EXAMPLE),
            "--published",
            "2024-07-12",
            "--html",
            str(page),
        ],
        capture_output=True,
        timeout=120,
    )
    assert res.returncode == 0, res.stderr
    text = EXAMPLE.read_text(encoding="utf-8")
    assert page.read_text(encoding="utf-8") == extract(text, published="2024-07-12").to_html()
    assert parse(page.read_text(encoding="utf-8")).marks
