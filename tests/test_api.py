"""The public call: input checking, empty input, published handling, evidence spans."""

from __future__ import annotations

import datetime as dt
import pickle
import threading
import unicodedata

import pytest

from vn_newsie import Article, extract

ARTICLE = (
    "Tỉnh ủy tổng kết công tác năm\n"
    "Chiều 18/12, Ban Thường vụ Tỉnh ủy tổ chức Hội nghị tổng kết công tác năm. Đồng chí Hoàng Văn Khải, "
    "Ủy viên BCH Trung ương Đảng, Bí thư Tỉnh ủy chủ trì hội nghị. Dự hội nghị có đồng chí Lò Thị Mai, "
    "Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh; đồng chí Trần Quốc Bảo, Phó Bí thư Tỉnh ủy, "
    "Chủ tịch UBND tỉnh.\n"
    "Minh Anh"
)


def all_spans(article: Article) -> list:
    spans = [m for p in article.people for m in p.mentions]
    spans += [r.span for p in article.people for r in p.roles if r.span]
    spans += [x.span for x in [*article.meetings, *article.metrics, *article.documents] if x.span]
    return spans


@pytest.mark.parametrize("bad", [None, 42, b"bytes", ["list"], {"text": "x"}])
def test_non_string_input_is_a_type_error(bad: object) -> None:
    with pytest.raises(TypeError, match="needs the article as a str"):
        extract(bad)  # type: ignore[arg-type]


def test_bytes_error_says_how_to_decode() -> None:
    with pytest.raises(TypeError, match="decode"):
        extract("Hội nghị".encode())  # type: ignore[arg-type]


@pytest.mark.parametrize("text", ["", "   ", "\n\n\t", "\u200b\u00a0"])
def test_empty_text_gives_an_empty_article(text: str) -> None:
    art = extract(text, published="2024-01-02")
    assert art.people == [] and art.meetings == [] and art.metrics == [] and art.documents == []
    assert art.published == dt.date(2024, 1, 2) or not text.strip()


@pytest.mark.parametrize("published", ["2023-12-20", dt.date(2023, 12, 20), dt.datetime(2023, 12, 20, 8, 0)])
def test_published_accepts_date_datetime_and_iso(published: object) -> None:
    art = extract(ARTICLE, published=published)  # type: ignore[arg-type]
    assert art.published == dt.date(2023, 12, 20)
    assert art.meetings[0].date == dt.date(2023, 12, 18)


def test_bad_published_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="cannot read"):
        extract(ARTICLE, published="hôm qua")


def test_title_author_people_and_meeting() -> None:
    art = extract(ARTICLE, published="2023-12-20")
    assert art.title == "Tỉnh ủy tổng kết công tác năm"
    assert art.author == "Minh Anh"
    assert [p.name for p in art.people] == ["Hoàng Văn Khải", "Lò Thị Mai", "Trần Quốc Bảo"]
    meeting = art.meetings[0]
    assert [c.name for c in meeting.chair] == ["Hoàng Văn Khải"]
    assert [a.name for a in meeting.attendees] == ["Lò Thị Mai", "Trần Quốc Bảo"]
    assert meeting.organizer == "Ban Thường vụ Tỉnh ủy"


@pytest.mark.parametrize("form", ["NFC", "NFD"])
def test_every_span_is_evidence_in_the_callers_string(form: str) -> None:
    text = unicodedata.normalize(form, ARTICLE.replace("Tỉnh ủy", "Tỉnh uỷ"))
    art = extract(text, published="2023-12-20")
    spans = all_spans(art)
    assert len(spans) > 8
    for span in spans:
        assert text[span.start : span.end] == span.text


def test_nfd_and_old_tone_marks_give_the_same_records() -> None:
    a = extract(ARTICLE, published="2023-12-20")
    b = extract(unicodedata.normalize("NFD", ARTICLE.replace("ủy", "uỷ")), published="2023-12-20")
    assert [p.key for p in a.people] == [p.key for p in b.people]
    assert [len(p.roles) for p in a.people] == [len(p.roles) for p in b.people]


def test_json_round_trip_and_dates_as_iso() -> None:
    art = extract(ARTICLE, published="2023-12-20")
    data = art.model_dump(mode="json")
    assert data["meetings"][0]["date"] == "2023-12-18"
    assert Article.model_validate(data) == art


def test_records_are_frozen_and_picklable() -> None:
    art = extract(ARTICLE, published="2023-12-20")
    with pytest.raises(Exception, match="frozen"):
        art.people[0].name = "X"  # type: ignore[misc]
    assert pickle.loads(pickle.dumps(art)) == art


def test_extract_is_safe_from_several_threads() -> None:
    expected = extract(ARTICLE, published="2023-12-20")
    results: list[Article] = []
    errors: list[BaseException] = []

    def work() -> None:
        try:
            for _ in range(5):
                results.append(extract(ARTICLE, published="2023-12-20"))
        except BaseException as e:  # pragma: no cover - reported below
            errors.append(e)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert len(results) == 20 and all(r == expected for r in results)


@pytest.mark.parametrize(
    "junk",
    [
        "\x00\x01\x02" * 100,
        "\ud800 lone surrogate \udfff",
        "%PDF-1.4 \x89PNG\r\n\x1a\n" + "".join(chr(c) for c in range(0x2500, 0x2600)),
        "ایران \u202e عربی 😀 " * 20,
        "1.2.3.4.5,6,7" * 500,
    ],
    ids=["controls", "surrogates", "binary-ish", "rtl-emoji", "digits-dots"],
)
def test_junk_input_does_not_crash(junk: str) -> None:
    art = extract(junk)
    for span in all_spans(art):
        assert junk[span.start : span.end] == span.text


def test_the_context_recognizers_share_is_read_only() -> None:
    """Stages hand their results on as return values (pipeline.extract), not by writing to the
    context they all read."""
    import dataclasses

    from vn_newsie.context import Context
    from vn_newsie.documents import extract_documents
    from vn_newsie.people import extract_people

    text = "Chiều 18/02, đồng chí Nguyễn Văn Sơn, Chủ tịch UBND tỉnh, quán triệt Kế hoạch số 147-KH/TU."
    ctx = Context.build(text, None)
    with pytest.raises(dataclasses.FrozenInstanceError):
        ctx.published = None  # type: ignore[misc]
    docs, claimed = extract_documents(ctx)
    people, mentions = extract_people(ctx)
    a = text.index("147-KH/TU")
    assert [d.number for d in docs] == ["147-KH/TU"] and claimed.overlaps(a, a + 3)
    assert [p.name for p in people] == ["Nguyễn Văn Sơn"]
    ((start, end, key),) = mentions.between(0, len(text))
    assert text[start:end] == "Nguyễn Văn Sơn" and key == people[0].key


def test_each_sentence_is_annotated_once_for_every_recognizer() -> None:
    """Tokens, numbers and dates of a sentence are read once; every recognizer gets the same
    objects (the lexicon's walks are kept on the tokens)."""
    from vn_newsie.context import Context

    text = (
        "Chiều 18/02, Tỉnh ủy tổ chức hội nghị sơ kết công tác tháng Một. "
        "Toàn tỉnh thu ngân sách 1.250 tỷ đồng, đạt 30,5% dự toán. Hội nghị kết thúc lúc 17 giờ."
    )
    ctx = Context.build(text, dt.date(2024, 2, 19))
    first, second, third = ctx.annotated
    assert text[first.start : first.end].startswith("Chiều 18/02") and first.zone == "body"
    assert [d.text for d in first.dates] == ["Chiều 18/02"] and second.dates == third.dates == ()
    assert [text[n.start : n.end] for n in second.numbers] == ["1.250 tỷ", "30,5"]
    assert [text[n.start : n.end] for n in third.numbers] == ["17"]
    assert second.tokens is ctx.tokens(second.start, second.end)
    assert ctx.annotated is ctx.annotated
