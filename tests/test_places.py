"""Provinces, the 2025 merger, and keys that join records across articles."""

from __future__ import annotations

import unicodedata

import pytest

from conftest import DEV, needs_dev
from vn_newsie import extract, link

BINH_DINH = (
    "(binhdinh.gov.vn) - Sáng 12/3, Chủ tịch UBND tỉnh Nguyễn Văn Hòa chủ trì cuộc họp bàn về "
    "phát triển du lịch tỉnh Bình Định. Dự cuộc họp có lãnh đạo các sở, ngành."
)
NGHE_AN = (
    "Chiều 5/9, tại TP Vinh, Chủ tịch UBND tỉnh Nguyễn Văn Hòa chủ trì hội nghị về giải ngân vốn "
    "đầu tư công của tỉnh Nghệ An. Dự hội nghị có lãnh đạo các sở, ngành."
)


def test_pre_merger_article_names_the_unit_it_became() -> None:
    art = extract(BINH_DINH, published="2024-03-12")
    assert art.place is not None
    assert (art.place.name, art.place.code, art.place.merged_into) == ("Bình Định", "52", "Gia Lai")


def test_post_merger_article_uses_the_new_unit() -> None:
    art = extract(
        BINH_DINH.replace("tỉnh Bình Định", "tỉnh Gia Lai").replace("binhdinh", "gialai"),
        published="2025-09-01",
    )
    assert art.place is not None and art.place.name == "Gia Lai" and art.place.merged_into is None


DOMAIN_ONLY = {
    # the dateline's domain outweighs a province named once in the text (5 votes against 2)
    "lower-case": ("(quangngai.gov.vn) - Đoàn công tác của tỉnh Bình Định đến thăm", "Quảng Ngãi"),
    "upper-case": ("(QUANGNGAI.GOV.VN) - Đoàn công tác của tỉnh Bình Định đến thăm", "Quảng Ngãi"),
    "no-domain": ("Đoàn công tác của tỉnh Bình Định đến thăm tỉnh bạn", "Bình Định"),
}


@pytest.mark.parametrize(("text", "name"), DOMAIN_ONLY.values(), ids=DOMAIN_ONLY.keys())
def test_dateline_domain_names_the_province(text: str, name: str) -> None:
    art = extract(text, published="2024-03-12")
    assert art.place is not None and art.place.name == name


def test_local_role_gets_the_province() -> None:
    art = extract(BINH_DINH, published="2024-03-12")
    role = art.people[0].roles[0]
    assert role.text == "Chủ tịch UBND tỉnh"
    assert role.place is not None and role.place.name == "Bình Định"
    assert art.meetings[0].place == art.place


def test_same_name_in_two_provinces_gets_two_keys() -> None:
    a = extract(BINH_DINH, published="2024-03-12")
    b = extract(NGHE_AN, published="2024-09-06")
    assert a.people[0].name == b.people[0].name == "Nguyễn Văn Hòa"
    assert a.people[0].key != b.people[0].key
    assert link([a, b]).shared().people == {}


@pytest.mark.parametrize("variant", ["old-tone", "nfd"])
def test_same_person_spelled_differently_gets_one_key(variant: str) -> None:
    other = (
        BINH_DINH.replace("Hòa", "Hoà") if variant == "old-tone" else unicodedata.normalize("NFD", BINH_DINH)
    )
    a, b = extract(BINH_DINH, published="2024-03-12"), extract(other, published="2024-03-20")
    assert a.people[0].key == b.people[0].key
    clusters = link([a, b]).shared()
    assert list(clusters.people) == [a.people[0].key]
    assert {i for i, _ in clusters.people[a.people[0].key]} == {0, 1}
    assert list(clusters.organizations) == ["ủy ban nhân dân tỉnh|52"]


# The outlet of each dev article (../shared/dev/SOURCES.tsv) says which province it is about.
DEV_PROVINCES = {"029": "Bình Định", "033": "Bình Định", "036": "Cà Mau", "038": "Đắk Nông", "016": "Hà Nội"}


@needs_dev
@pytest.mark.parametrize("name,province", DEV_PROVINCES.items())
def test_dev_article_province(name: str, province: str) -> None:
    text = (DEV / f"{name}.txt").read_text(encoding="utf-8")
    art = extract(text)
    assert art.place is not None and art.place.name == province
