"""``frames.to_dataframe``: tidy pandas tables of the records, with fixed columns and dtypes."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

import pytest

from vn_newsie import Article, Meeting, extract
from vn_newsie.batch import extract_many
from vn_newsie.frames import TABLES, columns, empty_frame, to_dataframe

HOI_NGHI = (
    "Chiều 14/3, đồng chí Nguyễn Văn Hưng, Bí thư Tỉnh ủy chủ trì hội nghị Ban Chấp hành Đảng bộ tỉnh "
    "lần thứ 18. Dự hội nghị có đồng chí Phạm Thị Lan, Phó Bí thư Thường trực Tỉnh ủy; đồng chí "
    "Đặng Minh Tuấn, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh.\n\n"
    "Báo cáo cho biết, quý I, thu ngân sách đạt 1.250 tỷ đồng, tăng 12% so với cùng kỳ. Thực hiện "
    "Quyết định số 123/QĐ-UBND ngày 05/3/2024 của UBND tỉnh, các sở, ngành đã triển khai nhiều giải pháp.\n"
)
KY_HOP = (
    "Ngày 2/10, Hội đồng nhân dân tỉnh khai mạc kỳ họp thứ 15 tại Hội trường Trung tâm Hành chính tỉnh. "
    "Đồng chí Trương Thị Hoa, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch HĐND tỉnh chủ trì kỳ họp. Tham dự "
    "có đồng chí Võ Đức Thắng, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh và 52 đại biểu HĐND tỉnh.\n\n"
    "Kỳ họp xem xét Nghị quyết số 45/NQ-HĐND về kế hoạch phát triển kinh tế - xã hội năm 2025.\n"
)
NHA_TAM = (
    "Thực hiện Kế hoạch số 57/KH-UBND ngày 12/4/2024 của UBND tỉnh, đến hết tháng 9, toàn tỉnh đã "
    "hoàn thành xóa 1.820 căn nhà tạm, nhà dột nát, đạt 91% kế hoạch. Tổng kinh phí hỗ trợ hơn 90 tỷ đồng.\n"
)
TEXTS = [HOI_NGHI, KY_HOP, NHA_TAM]
PUBLISHED = "2024-11-01"


@pytest.fixture(scope="module")
def pd() -> Any:
    return pytest.importorskip("pandas")


@pytest.fixture(scope="module")
def articles() -> list[Article]:
    return [extract(t, published=PUBLISHED) for t in TEXTS]


# --- the tables' content --------------------------------------------------------------------------


def test_people(pd: Any, articles: list[Article]) -> None:
    df = to_dataframe(articles, "people")
    assert list(df.columns) == ["article_id", "name", "key", "n_roles", "n_mentions", "first_start"]
    assert len(df) == 5
    assert df["article_id"].tolist() == [0, 0, 0, 1, 1]
    assert df["name"].tolist() == [
        "Nguyễn Văn Hưng",
        "Phạm Thị Lan",
        "Đặng Minh Tuấn",
        "Trương Thị Hoa",
        "Võ Đức Thắng",
    ]
    assert df["key"].tolist()[:3] == ["nguyễn văn hưng", "phạm thị lan", "đặng minh tuấn"]
    assert df["n_roles"].tolist()[:4] == [1, 1, 2, 2]
    assert (df["n_mentions"] >= 1).all()
    for row in df.itertuples():
        assert row.first_start == TEXTS[row.article_id].index(row.name)


def test_roles(pd: Any, articles: list[Article]) -> None:
    df = to_dataframe(articles, "roles")
    assert list(df.columns) == [
        "article_id", "person", "person_key", "text", "title", "organization", "organization_key", "place", "start", "end",
    ]  # fmt: skip
    assert len(df) == sum(len(p.roles) for a in articles for p in a.people) == 7
    tuan = df[df["person"] == "Đặng Minh Tuấn"]
    assert tuan["text"].tolist() == ["Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"]
    assert tuan["title"].tolist() == ["Phó Bí thư", "Chủ tịch"]
    assert tuan["organization"].tolist() == ["Tỉnh ủy", "UBND tỉnh"]
    assert tuan["organization_key"].tolist() == ["tỉnh ủy", "ủy ban nhân dân tỉnh"]
    assert set(tuan["person_key"]) == {"đặng minh tuấn"}
    hoa = df[df["person"] == "Trương Thị Hoa"]
    assert hoa["title"].tolist() == ["Ủy viên Ban Thường vụ", "Chủ tịch"]
    assert hoa["organization"].tolist() == ["Tỉnh ủy", "HĐND tỉnh"]
    for row in df.itertuples():  # the offsets are evidence: they slice the role out of the text
        assert TEXTS[row.article_id][row.start : row.end] == row.text


def test_meetings(pd: Any, articles: list[Article]) -> None:
    df = to_dataframe(articles, "meetings")
    assert list(df.columns) == [
        "article_id", "kind", "title", "status", "date", "time_of_day", "chair", "attendees", "n_attendees",
        "organizer", "location", "place", "participants_count", "online", "start", "end",
    ]  # fmt: skip
    assert len(df) == 2
    hn, kh = df.iloc[0], df.iloc[1]
    assert (hn["article_id"], hn["kind"], hn["status"]) == (0, "hội nghị", "held")
    assert hn["date"] == pd.Timestamp("2024-03-14")
    assert hn["time_of_day"] == "chiều"
    assert hn["chair"] == ["Nguyễn Văn Hưng"]
    assert hn["attendees"] == ["Phạm Thị Lan", "Đặng Minh Tuấn"]
    assert hn["n_attendees"] == 2
    assert hn["title"].startswith("hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 18")
    assert (kh["article_id"], kh["kind"]) == (1, "kỳ họp")
    assert kh["date"] == pd.Timestamp("2024-10-02")
    assert kh["chair"] == ["Trương Thị Hoa"]
    assert "Võ Đức Thắng" in kh["attendees"]
    assert kh["location"] == "Hội trường Trung tâm Hành chính tỉnh"
    assert kh["participants_count"] == 52
    assert df["online"].isna().all()
    assert str(df["date"].dtype) == "datetime64[ns]"


def test_metrics_match_the_records(pd: Any, articles: list[Article]) -> None:
    # the statistics recognizer is still changing: check the frame against the records, not fixed values
    df = to_dataframe(articles, "metrics")
    assert list(df.columns) == [
        "article_id", "name", "value", "value_max", "unit", "qualifier", "change", "baseline", "period", "raw", "start", "end",
    ]  # fmt: skip
    expected = [(i, m) for i, a in enumerate(articles) for m in a.metrics]
    assert len(df) == len(expected)
    for row, (i, m) in zip(df.itertuples(), expected, strict=True):
        assert row.article_id == i
        assert (row.name, row.value, row.unit, row.raw) == (m.name, m.value, m.unit, m.raw)
        assert _na(row.value_max) if m.value_max is None else row.value_max == m.value_max
        for col in ("qualifier", "change", "baseline", "period"):
            value = getattr(row, col)
            assert _na(value) if getattr(m, col) is None else value == getattr(m, col)
        if m.span is not None:
            assert (row.start, row.end) == (m.span.start, m.span.end)
            assert TEXTS[i][row.start : row.end] == m.span.text


def test_documents_match_the_records(pd: Any, articles: list[Article]) -> None:
    df = to_dataframe(articles, "documents")
    assert list(df.columns) == [
        "article_id",
        "kind",
        "number",
        "date",
        "issuer",
        "title",
        "key",
        "start",
        "end",
    ]
    expected = [(i, d) for i, a in enumerate(articles) for d in a.documents]
    assert len(df) == len(expected)
    for row, (i, d) in zip(df.itertuples(), expected, strict=True):
        assert (row.article_id, row.kind) == (i, d.kind)
        for col in ("number", "issuer", "title", "key"):
            value = getattr(row, col)
            assert _na(value) if getattr(d, col) is None else value == getattr(d, col)
        assert pd.isna(row.date) if d.date is None else row.date == pd.Timestamp(d.date)
        if d.span is not None:
            assert TEXTS[i][row.start : row.end] == d.span.text
    assert str(df["date"].dtype) == "datetime64[ns]"


def test_articles_table(pd: Any, articles: list[Article]) -> None:
    df = to_dataframe(articles, "articles")
    assert df["article_id"].tolist() == [0, 1, 2]
    assert df["n_people"].tolist() == [3, 2, len(articles[2].people)]
    assert df["n_meetings"].tolist()[:2] == [1, 1]
    assert (df["published"] == pd.Timestamp(PUBLISHED)).all()


# --- inputs ---------------------------------------------------------------------------------------


def test_batch_results_use_their_ids_and_skip_failures(pd: Any) -> None:
    items: list[Any] = [{"id": "hn-14-3", "text": HOI_NGHI}, {"id": "hong"}, KY_HOP]
    results = list(extract_many(items, published=PUBLISHED))
    assert not results[1].ok
    df = to_dataframe(results, "people")
    assert df["article_id"].tolist() == ["hn-14-3"] * 3 + [2, 2]  # no id: the result's index
    meetings = to_dataframe(results, "meetings")
    assert meetings["article_id"].tolist() == ["hn-14-3", 2]


def test_errors_table_keeps_the_failures(pd: Any, articles: list[Article]) -> None:
    items: list[Any] = [{"id": "hn", "text": HOI_NGHI}, {"id": "hong"}, b"bytes", {"id": 7, "text": KY_HOP}]
    results = list(extract_many(items, published=PUBLISHED))
    errors = to_dataframe(results, "errors")
    assert errors["article_id"].tolist() == ["hong", 2]  # no id: the item's index, as elsewhere
    assert errors["index"].tolist() == [1, 2]
    assert errors["error"].str.split(":").str[0].tolist() == ["ValueError", "TypeError"]
    # the CLI's JSONL lines and dask records carry their errors the same way
    lines = [
        {"line": 1, "id": "a", "article": articles[0].model_dump(mode="json")},
        {"line": 2, "id": "x", "error": "E: y"},
    ]
    assert to_dataframe(lines, "errors").to_dict("records") == [
        {"article_id": "x", "index": 1, "error": "E: y"}
    ]
    assert len(to_dataframe(articles, "errors")) == 0


def test_pairs_and_json_records(pd: Any, articles: list[Article]) -> None:
    by_pairs = to_dataframe([("a", articles[0]), ("b", articles[1])], "roles")
    assert by_pairs["article_id"].tolist() == ["a"] * 4 + ["b"] * 3
    # what the CLI writes as JSONL and what dask_support returns: dicts, JSON strings, and errors
    records = [
        {"line": 1, "id": "a", "article": articles[0].model_dump(mode="json")},
        {"line": 2, "id": "x", "error": "TypeError: ..."},
        {"id": "b", "article": articles[1].model_dump_json()},
    ]
    from_json = to_dataframe(json.loads(json.dumps(records)), "roles")
    assert from_json.equals(by_pairs)


def test_same_dtypes_with_and_without_rows(pd: Any, articles: list[Article]) -> None:
    for table in TABLES:
        full, empty = to_dataframe(articles, table), to_dataframe([], table)
        assert list(empty.columns) == list(full.columns) == columns(table)
        assert len(empty) == 0
        assert empty.dtypes.drop("article_id").equals(full.dtypes.drop("article_id"))
        assert empty.dtypes.equals(empty_frame(table).dtypes)
        # frames of separate batches concatenate without changing a dtype
        both = pd.concat([full, empty, full], ignore_index=True)
        assert both.dtypes.drop("article_id").equals(full.dtypes.drop("article_id"))


def test_empty_article_gives_no_rows(pd: Any) -> None:
    df = to_dataframe([extract("")], "meetings")
    assert len(df) == 0 and list(df.columns) == columns("meetings")


def test_accepts_a_generator(pd: Any) -> None:
    df = to_dataframe((extract(t) for t in TEXTS[:1]), "people")
    assert len(df) == 3


@pytest.mark.parametrize("table", ["person", "", "error"])
def test_unknown_table(pd: Any, articles: list[Article], table: Any) -> None:
    with pytest.raises(ValueError, match="unknown table"):
        to_dataframe(articles, table)


def test_no_table_name_says_which_to_choose(pd: Any, articles: list[Article]) -> None:
    with pytest.raises(TypeError, match=r"needs a table name.*people.*errors"):
        to_dataframe(articles)


@pytest.mark.parametrize("bad", ["a text", 42, {"id": "x"}, ("id", "not an article")])
def test_bad_items(pd: Any, bad: Any) -> None:
    with pytest.raises((TypeError, ValueError), match="item 0"):
        to_dataframe([bad], "people")


def test_missing_pandas_says_how_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)  # makes `import pandas` raise ImportError
    with pytest.raises(ImportError, match=r"needs pandas: pip install pandas"):
        to_dataframe([], "people")


def _na(value: Any) -> bool:
    return value is None or (isinstance(value, float) and value != value)


def test_dates_are_timestamps(pd: Any) -> None:
    article = Article(meetings=[Meeting(kind="hội nghị", date=dt.date(2024, 3, 14))])
    df = to_dataframe([article], "meetings")
    assert df["date"].iloc[0] == pd.Timestamp(2024, 3, 14)
    assert df["date"].iloc[0].date() == dt.date(2024, 3, 14)


def test_example_notebook_runs(pd: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """examples/notebook.ipynb: every code cell runs, in order, as Jupyter would from examples/."""
    path = Path(__file__).resolve().parents[1] / "examples" / "notebook.ipynb"
    nb = json.loads(path.read_text(encoding="utf-8"))
    assert nb["nbformat"] == 4
    assert "pip install -e '.[pandas]'" in "".join(nb["cells"][0]["source"])
    monkeypatch.chdir(path.parent)
    namespace: dict[str, Any] = {"__name__": "__main__"}
    for i, cell in enumerate(nb["cells"]):
        if cell["cell_type"] == "code":
            exec(compile("".join(cell["source"]), f"<notebook cell {i}>", "exec"), namespace)
    assert len(namespace["people"]) >= 5
    assert set(namespace["meetings"]["article_id"]) == {"hoi-nghi-tinh-uy", "ky-hop-hdnd"}
