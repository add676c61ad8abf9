"""Hostile and unlucky input (issue 16): each defect found by probing, pinned by a test.

Timing defects (quadratic patterns) are pinned by tests/test_pattern_growth.py.
"""

from __future__ import annotations

import datetime as dt
import json
import pickle
import subprocess
import sys
from pathlib import Path

import pytest

from vn_newsie import Article, extract
from vn_newsie.batch import extract_many, run_jsonl
from vn_newsie.dates import find_dates, parse_date, resolve
from vn_newsie.text import normalize, sentences, tokenize

LEAD = "Sáng 29-2, Thường trực Tỉnh ủy tổ chức hội nghị giao ban. Thu ngân sách đạt 1.250 tỷ đồng."


def spans_of(art: Article) -> list:  # type: ignore[type-arg]
    spans = [m for p in art.people for m in p.mentions]
    spans += [x.span for x in [*art.meetings, *art.metrics, *art.documents] if x.span]
    return spans


# --- 1. a day without a year on 29 February -----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Sáng 29-2, Ban Thường vụ Tỉnh ủy tổ chức hội nghị sơ kết công tác quý I.",
        "Ngày 29/2, UBND tỉnh tổ chức hội nghị.",
    ],
    ids=["sang-29-2", "ngay-29/2"],
)
def test_29_february_without_a_year_is_read_not_raised(text: str) -> None:
    (m,) = find_dates(text)
    assert m.date is not None and (m.date.month, m.date.day) == (2, 29) and not m.year_written
    assert resolve(m, 2024).date == dt.date(2024, 2, 29)
    assert resolve(m, 2023).date is None  # not a leap year: the day does not exist
    extract(text)
    assert extract(text, published="2024-03-01").meetings[0].date == dt.date(2024, 2, 29)


# --- 2. lone surrogates ----------------------------------------------------------------------------

SURROGATE_TEXT = (
    "Hội nghị Ban Chấp hành Đảng bộ \ud800 tỉnh lần thứ 12. Thu ngân sách \udfff đạt 1.250 tỷ đồng."
)


def test_a_lone_surrogate_becomes_a_replacement_character_in_fields() -> None:
    art = extract(SURROGATE_TEXT)
    dumped = art.model_dump_json()  # raised UnicodeEncodeError
    assert "\ud800" not in dumped and "\udfff" not in dumped
    assert any("\ufffd" in m.name for m in art.metrics)
    for span in spans_of(art):
        assert SURROGATE_TEXT[span.start : span.end] == span.text  # spans still map to the caller


def test_a_span_over_a_lone_surrogate_serialises() -> None:
    text = "Sáng 3/4, Ban Thường vụ Tỉnh ủy tổ chức hội nghị sơ kết \ud800 công tác quý I."
    art = extract(text)
    (meeting,) = art.meetings
    assert meeting.span is not None and "\ud800" in meeting.span.text  # the caller's characters
    assert "\ufffd" in json.loads(art.model_dump_json())["meetings"][0]["span"]["text"]  # JSON: U+FFFD


def test_normalised_copy_has_no_unencodable_code_point() -> None:
    doc = normalize("a\ud800b\udc00c")
    assert doc.text == "a\ufffdb\ufffdc"
    doc.text.encode("utf-8")
    assert doc.surface(0, 5) == "a\ufffdb\ufffdc"
    assert doc.span(1, 2).text == "\ud800"


# --- 3, 5, 11: the JSONL runner --------------------------------------------------------------------

GOOD = json.dumps({"id": "a", "text": LEAD, "published": "2024-03-01"}, ensure_ascii=False).encode()
BAD_LINES = {
    "deep-nesting": b"[" * 100_000 + b"]" * 100_000,
    "huge-integer": b'{"id": "n", "text": "Thu ng\\u00e2n s\\u00e1ch", "published": ' + b"9" * 5_000 + b"}",
    "huge-id": b'{"id": ' + b"9" * 5_000 + b', "text": "H\\u1ed9i ngh\\u1ecb"}',
    "surrogate-text": b'{"id": "s", "text": "H\\u1ed9i ngh\\u1ecb \\ud800 t\\u1ec9nh"}',
    "surrogate-id": b'{"id": "\\udc00", "text": "H\\u1ed9i ngh\\u1ecb t\\u1ec9nh"}',
    "bom": b"\xef\xbb\xbf" + GOOD,
    "not-utf8": b'{"id": "x", "text": "\xff"}',
    "bad-published": b'{"id": "p", "text": "H\\u1ed9i ngh\\u1ecb", "published": "2022-02-18T25:99"}',
    "list": b"[1, 2]",
    "empty": b"",
    "participants": json.dumps(
        {
            "id": "k",
            "text": "Sáng 3/4, HĐND tỉnh khai mạc kỳ họp với " + "1" + ".000" * 1_500 + "/9 đại biểu.",
        },
        ensure_ascii=False,
    ).encode(),
    "leap-day": json.dumps({"id": "l", "text": "Sáng 29/2, Tỉnh ủy họp."}, ensure_ascii=False).encode(),
    "dots": json.dumps({"id": "d", "text": "Mục lục" + "." * 3_000 + "12"}).encode(),
}


def _batch(lines: list[bytes], workers: int) -> list[dict]:  # type: ignore[type-arg]
    import io

    out = io.StringIO()
    stats = run_jsonl(io.BytesIO(b"\n".join(lines) + b"\n"), out, workers=workers, progress=False)
    recs = [json.loads(x) for x in out.getvalue().splitlines()]
    assert stats.lines == len(lines) == len(recs)
    return recs


@pytest.mark.parametrize("workers", [1, 2])
@pytest.mark.parametrize("name", list(BAD_LINES))
def test_a_bad_line_is_its_own_error_and_the_batch_goes_on(name: str, workers: int) -> None:
    recs = _batch([GOOD, BAD_LINES[name], GOOD], workers)
    assert [r["line"] for r in recs] == [1, 2, 3]
    assert "article" in recs[0] and "article" in recs[2]
    assert ("article" in recs[1]) != ("error" in recs[1])


def test_jsonl_line_verdicts() -> None:
    recs = _batch(list(BAD_LINES.values()), 1)
    by_name = dict(zip(BAD_LINES, recs, strict=True))
    verdict = {name: "article" if "article" in r else r["error"] for name, r in by_name.items()}
    assert verdict["bom"] == "article"  # as the single-file mode accepts a BOM
    assert verdict["surrogate-text"] == "article" and verdict["surrogate-id"] == "article"
    assert verdict["leap-day"] == "article" and verdict["dots"] == "article"
    assert verdict["participants"] == "article"
    assert "invalid JSON" in verdict["deep-nesting"]
    assert "published" in verdict["bad-published"] or "ValueError" in verdict["bad-published"]
    assert all(m["participants_count"] is None for m in by_name["participants"]["article"]["meetings"])


# --- 4. extract_many: unpicklable items and unprintable ids ------------------------------------------


class Unpicklable(dict):  # type: ignore[type-arg]
    def __reduce__(self) -> tuple:  # type: ignore[type-arg]
        raise pickle.PicklingError("this value cannot cross to a worker")


@pytest.mark.parametrize("workers", [1, 2])
def test_items_that_cannot_be_sent_or_named_fail_alone(workers: int) -> None:
    items: list[object] = [
        LEAD,
        {"id": "u", "text": LEAD, "extra": lambda: None},  # only id, text and published are sent
        Unpicklable(id="v", text=LEAD),
        {"id": 10**5000, "text": LEAD},  # str() of it raises
        {"id": "w", "text": LEAD, "published": Unpicklable()},
        LEAD,
    ]
    results = list(extract_many(items, workers=workers, chunksize=2))  # type: ignore[arg-type]
    assert [r.index for r in results] == list(range(6))
    assert [r.ok for r in results] == [True, True, True, False, False, True]
    assert results[2].id == "v" and results[4].id == "w"
    assert "id" in (results[3].error or "") and results[3].id is None
    assert all(len((r.error or "").splitlines()) <= 1 for r in results)


# --- 5. output failures ------------------------------------------------------------------------------

ROOT = Path(__file__).resolve().parents[1]


def cli(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "vn_newsie.cli", *args], input=stdin, capture_output=True, timeout=300
    )


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize("jsonl", [False, True], ids=["article", "jsonl"])
def test_a_failing_output_is_one_line_and_exit_2(tmp_path: Path, jsonl: bool) -> None:
    src = tmp_path / "in"
    src.write_bytes(GOOD + b"\n" if jsonl else LEAD.encode())
    res = cli("extract", str(src), "-o", "/dev/full", "--quiet", *(["--jsonl"] if jsonl else []))
    err = res.stderr.decode()
    assert res.returncode == 2, err
    assert "Traceback" not in err and "/dev/full" in err
    assert len([x for x in err.splitlines() if "error" in x]) == 1


# --- 6. numbers longer than any real quantity ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Sáng 3/4, HĐND tỉnh khai mạc kỳ họp với "
        + "/".join(["1" + ".000" * 1_500] * 2)
        + " đại biểu tham dự.",
        "Sáng 3/4, HĐND tỉnh khai mạc kỳ họp với "
        + "1"
        + ".000" * 30
        + "/1"
        + ".000" * 30
        + " đại biểu tham dự.",
        "Sáng 3/4, HĐND tỉnh khai mạc kỳ họp với " + "9" * 90 + " đại biểu tham dự.",
        "Sáng 3/4, HĐND tỉnh khai mạc kỳ họp với 1.000.000 tỷ tỷ đại biểu tham dự.",
    ],
    ids=["4500-digit-present", "90-digit-present", "90-digit-count", "magnitudes"],
)
def test_participants_count_is_capped_like_metric_values(text: str) -> None:
    art = extract(text)
    assert all(m.participants_count is None for m in art.meetings)


def test_a_real_participants_count_is_kept() -> None:
    art = extract("Sáng 3/4, HĐND tỉnh khai mạc kỳ họp thứ 12 với 58/62 đại biểu tham dự.")
    assert [m.participants_count for m in art.meetings] == [58]


# --- 11. published strings that are not dates; zero-width spaces -------------------------------------


@pytest.mark.parametrize("value", ["2022-02-18T25:99", "2022-02-18garbage", "2022-02-18 lúc 99 giờ"])
def test_published_with_a_broken_tail_is_refused(value: str) -> None:
    with pytest.raises(ValueError, match="cannot read"):
        parse_date(value)


@pytest.mark.parametrize(
    "value,expected",
    [
        ("2022-02-18", "2022-02-18"),
        ("2022-02-18T15:30", "2022-02-18"),
        ("2022-02-18 15:30:00+07:00", "2022-02-18"),
        ("2022-02-18T08:00:00Z", "2022-02-18"),
        ("Thứ Sáu, 18/02/2022 15:30", "2022-02-18"),
    ],
)
def test_published_forms_still_read(value: str, expected: str) -> None:
    assert str(parse_date(value)) == expected


def test_zero_width_spaces_separate_words() -> None:
    text = "Đồng\u200bchí\u200bNguyễn\u200bVăn\u200bAn"
    words = [t.text for t in tokenize(normalize(text).text)]
    assert words == ["Đồng", "chí", "Nguyễn", "Văn", "An"]
    # beside a real space it is only removed: ",\u200b " stays ", "
    assert normalize("Hà Nội,\u200b Huế").text == "Hà Nội, Huế"
    assert normalize("Hà\u200b Nội").text == "Hà Nội"


# --- 7. a code after a number is looked for over a few parts, not the rest of the text --------------


def test_the_code_after_a_number_is_looked_for_over_a_few_parts() -> None:
    from vn_newsie.numbers import _CODE_AFTER, find_numbers

    assert _CODE_AFTER.match("116/2020/NĐ-CP", 3)  # "116" is the number of a code
    assert _CODE_AFTER.match("1" + "-1" * 2_000 + "-KH", 1) is None  # not read to the far end
    assert [n.value for n in find_numbers("giai đoạn 2021-2025 và 2026-2030")] == [2021, 2026]


# --- 8. rows of dots end nothing -------------------------------------------------------------------


def test_a_row_of_dots_is_one_sentence_end() -> None:
    text = "Mục lục" + "." * 50 + " Chương I. Quy định chung"
    assert [text[a:b] for a, b in sentences(text)] == ["Mục lục" + "." * 50, "Chương I. Quy định chung"]


# --- done when: a file mixing every bad line, through the installed command ------------------------


def vn_newsie_command() -> list[str]:
    script = Path(sys.executable).with_name("vn-newsie")
    return [str(script)] if script.exists() else [sys.executable, "-m", "vn_newsie.cli"]


@pytest.mark.parametrize("workers", ["1", "2"])
def test_jsonl_batch_of_every_bad_line_keeps_every_line_in_order(tmp_path: Path, workers: str) -> None:
    lines = [GOOD]
    for bad in BAD_LINES.values():
        lines += [bad, GOOD]
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    src.write_bytes(b"\n".join(lines) + b"\n")
    res = subprocess.run(
        [
            *vn_newsie_command(),
            "extract",
            "--jsonl",
            str(src),
            "-o",
            str(out),
            "--workers",
            workers,
            "--quiet",
        ],
        capture_output=True,
        timeout=600,
    )
    assert res.returncode == 0, res.stderr.decode()
    assert b"Traceback" not in res.stderr
    recs = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [r["line"] for r in recs] == list(range(1, len(lines) + 1))
    assert all(("article" in r) != ("error" in r) for r in recs)
    assert all("article" in r for r in recs[::2])  # every good line between the bad ones
