"""``dask_support`` on a real two-process ``distributed`` cluster: same records as ``extract``."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from typing import Any

import pytest

from vn_newsie import Article, extract
from vn_newsie.dask_support import extract_bag, extract_dataframe

PUBLISHED = "2024-11-01"
TEXTS = {
    "tinh-uy": (
        "Chiều 14/3, đồng chí Nguyễn Văn Hưng, Bí thư Tỉnh ủy chủ trì hội nghị Ban Chấp hành Đảng bộ tỉnh "
        "lần thứ 18. Dự hội nghị có đồng chí Phạm Thị Lan, Phó Bí thư Thường trực Tỉnh ủy; đồng chí "
        "Đặng Minh Tuấn, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh. Quý I, thu ngân sách đạt 1.250 tỷ đồng."
    ),
    "lam-viec": (
        "Sáng 20/5, UBND tỉnh tổ chức buổi làm việc với Sở Kế hoạch và Đầu tư. Đồng chí Lê Quang Vinh, "
        "Phó Chủ tịch UBND tỉnh chủ trì buổi làm việc. Tổng vốn đầu tư công năm 2024 của tỉnh là 3.400 tỷ "
        "đồng; đến nay đã giải ngân được hơn 45%."
    ),
    "ky-hop": (
        "Ngày 2/10, Hội đồng nhân dân tỉnh khai mạc kỳ họp thứ 15 tại Hội trường Trung tâm Hành chính tỉnh. "
        "Đồng chí Trương Thị Hoa, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch HĐND tỉnh chủ trì kỳ họp."
    ),
    "huyen-uy": (
        "Huyện ủy tổng kết công tác xây dựng Đảng năm 2023\n\n"
        "Sáng 28/12, Huyện ủy Mường Tè tổ chức hội nghị tổng kết công tác xây dựng Đảng năm 2023. Đồng chí "
        "Lý Văn Páo, Bí thư Huyện ủy chủ trì hội nghị. Dự hội nghị có đồng chí Giàng A Chớ, Phó Bí thư "
        "Thường trực Huyện ủy. Năm 2023, toàn huyện kết nạp 215 đảng viên mới, đạt 107% kế hoạch."
    ),
    "nha-tam": (
        "Thực hiện Kế hoạch số 57/KH-UBND ngày 12/4/2024 của UBND tỉnh, đến hết tháng 9, toàn tỉnh đã hoàn "
        "thành xóa 1.820 căn nhà tạm, nhà dột nát, đạt 91% kế hoạch. Tổng kinh phí hỗ trợ hơn 90 tỷ đồng."
    ),
    "nong-nghiep": (
        "Ngày 9/8, đồng chí Ngô Thị Thu Hà, Phó Chủ tịch UBND tỉnh làm việc với Sở Nông nghiệp và Phát triển "
        "nông thôn về sản xuất vụ hè thu. Diện tích lúa vụ hè thu toàn tỉnh đạt 42.500 ha."
    ),
}
OWN_DATE = {"huyen-uy": "2023-12-30"}  # a per-item ``published`` overrides the default


def expected() -> dict[str, Article]:
    return {k: extract(t, published=OWN_DATE.get(k, PUBLISHED)) for k, t in TEXTS.items()}


# first: it must not run while the cluster of the other tests is up, with dask hidden from imports
def test_missing_dask_says_how_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "dask", None)
    monkeypatch.setitem(sys.modules, "dask.bag", None)
    monkeypatch.setitem(sys.modules, "dask.dataframe", None)
    with pytest.raises(ImportError, match=r"pip install 'vn-newsie\[dask\]'"):
        extract_bag(object())
    with pytest.raises(ImportError, match=r"pip install 'vn-newsie\[dask\]'"):
        extract_dataframe(object())


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    pytest.importorskip("dask.bag")
    distributed = pytest.importorskip("distributed")
    with (
        distributed.LocalCluster(
            n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None, silence_logs=40
        ) as cluster,
        distributed.Client(cluster) as c,
    ):
        yield c


def test_bag_matches_extract_and_reports_bad_items(client: Any) -> None:
    import dask.bag as db

    items: list[Any] = [{"id": k, "text": t} for k, t in TEXTS.items()]
    items[3]["published"] = OWN_DATE["huyen-uy"]
    items.insert(2, {"id": "khong-co-text"})  # no text: an error record, not a failed task
    items.append({"id": "khong-phai-chuoi", "text": 12345})
    bag = db.from_sequence(items, npartitions=3)
    result = extract_bag(bag, published=PUBLISHED)
    assert result.npartitions == 3
    records = result.compute()  # on the cluster: the default scheduler is the client's

    assert len(records) == len(items)
    assert [r["id"] for r in records] == [i["id"] for i in items]
    errors = {r["id"]: r["error"] for r in records if "error" in r}
    assert set(errors) == {"khong-co-text", "khong-phai-chuoi"}
    assert errors["khong-co-text"].startswith("ValueError")
    assert errors["khong-phai-chuoi"].startswith("TypeError")
    got = {r["id"]: Article.model_validate(r["article"]) for r in records if "article" in r}
    assert got == expected()  # order-insensitive: by id


def test_bag_work_is_spread_over_both_workers(client: Any) -> None:
    import dask.bag as db

    bag = extract_bag(db.from_sequence(list(TEXTS.values()), npartitions=6), published=PUBLISHED)
    futures = client.compute(bag.to_delayed())
    client.gather(futures)
    where = client.who_has(futures)
    assert len({w for ws in where.values() for w in ws}) == 2
    assert [r["id"] for r in bag.compute()] == [None] * len(TEXTS)  # plain texts carry no id


def test_dataframe_rows_and_tables(client: Any) -> None:
    pd = pytest.importorskip("pandas")
    dd = pytest.importorskip("dask.dataframe")
    from vn_newsie.frames import to_dataframe

    want = expected()
    pdf = pd.DataFrame(
        {
            "id": list(TEXTS) + ["rong"],
            "text": list(TEXTS.values()) + [None],
            "ngay": [OWN_DATE.get(k) for k in TEXTS] + [None],
        }
    )
    ddf = dd.from_pandas(pdf, npartitions=2)

    rows = extract_dataframe(ddf, published_column="ngay", published=PUBLISHED)
    assert list(rows.columns) == ["article_id", "article", "error"]
    out = rows.compute()
    assert out.index.tolist() == pdf.index.tolist()
    assert out["article_id"].tolist() == pdf["id"].tolist()
    ok = out[out["error"].isna()]
    assert {
        i: Article.model_validate_json(a) for i, a in zip(ok["article_id"], ok["article"], strict=True)
    } == want
    assert out.set_index("article_id").loc["rong", "error"].startswith("TypeError")

    for table in ("people", "roles", "meetings", "documents"):
        lazy = extract_dataframe(ddf, published_column="ngay", published=PUBLISHED, table=table)
        got = lazy.compute()
        local = to_dataframe(list(want.items()), table)
        assert list(got.columns) == list(local.columns) == list(lazy.columns)
        assert got.dtypes.drop("article_id").equals(lazy.dtypes.drop("article_id"))
        key = [c for c in local.columns if c not in ("chair", "attendees")]
        a = (
            got.reset_index(drop=True)
            .astype({"article_id": object})[key]
            .sort_values(key[:3])
            .reset_index(drop=True)
        )
        b = local.astype({"article_id": object})[key].sort_values(key[:3]).reset_index(drop=True)
        pd.testing.assert_frame_equal(a, b, check_dtype=False)
        # and the rows' JSON goes through to_dataframe to the same table
        assert len(to_dataframe(out.to_dict("records"), table)) == len(local)


def test_dataframe_checks_columns_before_running(client: Any) -> None:
    pd = pytest.importorskip("pandas")
    dd = pytest.importorskip("dask.dataframe")
    ddf = dd.from_pandas(pd.DataFrame({"id": ["a"], "noi_dung": ["x"]}), npartitions=1)
    with pytest.raises(KeyError, match="'text'"):
        extract_dataframe(ddf)
    with pytest.raises(ValueError, match="unknown table"):
        extract_dataframe(ddf, text_column="noi_dung", table="nguoi")
