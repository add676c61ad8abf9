"""People and roles: a row per phrasing of Vietnamese political news (issue 3).

Every sentence here is written for these tests in the genre's phrasing; the names are invented.
Positive tables give every person the sentence names and every role phrase attached to each
(as written, split at commas, semicolons and "kiêm"); the must-not-extract tables give sentences
in which a word that looks like a name is not a person. Adding a case is adding a row.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from typing import Any, NamedTuple

import pytest
import regex

from vn_newsie import Article, extract

PUBLISHED = "2024-03-15"


class Case(NamedTuple):
    text: str
    people: dict[str, set[str]]  # every person's name -> the role texts attached to them


def xfail(case: Case | tuple[object, ...], reason: str) -> object:
    """A row the library gets wrong today: kept as written, expected to fail until fixed."""
    return pytest.param(case, marks=pytest.mark.xfail(reason=reason, strict=True))


def _plain(row: object) -> Any:
    """The row itself, out of its ``pytest.param`` wrapper when it has one."""
    return row.values[0] if hasattr(row, "marks") else row  # type: ignore[attr-defined]


def run(text: str) -> Article:
    return extract(text, published=PUBLISHED)


def people_of(art: Article) -> dict[str, set[str]]:
    return {p.name: {r.text for r in p.roles} for p in art.people}


def table(rows: dict[str, object]) -> pytest.MarkDecorator:
    return pytest.mark.parametrize("case", list(rows.values()), ids=list(rows.keys()))


# --- name, then its roles ---------------------------------------------------------------------

NAME_THEN_ROLES: dict[str, object] = {
    "dong-chi-semicolon": Case(
        "Dự hội nghị có đồng chí Nguyễn Thị Hồng Vân, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh; "
        "đồng chí Trịnh Văn Khải, Phó Chủ tịch UBND tỉnh.",
        {
            "Nguyễn Thị Hồng Vân": {"Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh"},
            "Trịnh Văn Khải": {"Phó Chủ tịch UBND tỉnh"},
        },
    ),
    "cac-dong-chi-colon-semicolon": Case(
        "Tham dự có các đồng chí: Lê Quang Đạt, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo Tỉnh ủy; "
        "Đỗ Thị Minh Thư, Giám đốc Sở Y tế.",
        {
            "Lê Quang Đạt": {"Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo Tỉnh ủy"},
            "Đỗ Thị Minh Thư": {"Giám đốc Sở Y tế"},
        },
    ),
    "dong-chi-va": Case(
        "Cùng dự có đồng chí Phan Đức Thịnh, Bí thư Huyện ủy và đồng chí Võ Thị Ngọc Lan, Chủ tịch UBND huyện.",
        {"Phan Đức Thịnh": {"Bí thư Huyện ủy"}, "Võ Thị Ngọc Lan": {"Chủ tịch UBND huyện"}},
    ),
    "cac-dong-chi-colon-va": Case(
        "Tham dự có các đồng chí: Nông Văn Hải, Phó Chủ tịch UBND tỉnh và Triệu Thị Hạnh, Giám đốc Sở Nội vụ.",
        {"Nông Văn Hải": {"Phó Chủ tịch UBND tỉnh"}, "Triệu Thị Hạnh": {"Giám đốc Sở Nội vụ"}},
    ),
    "three-people-semicolon-then-va": Case(
        "Dự buổi làm việc có các đồng chí: Tăng Văn Hòa, Phó Bí thư Huyện ủy; Đoàn Thị Mến, Phó Chủ tịch HĐND "
        "huyện và Kim Văn Cường, Trưởng Công an huyện.",
        {
            "Tăng Văn Hòa": {"Phó Bí thư Huyện ủy"},
            "Đoàn Thị Mến": {"Phó Chủ tịch HĐND huyện"},
            "Kim Văn Cường": {"Trưởng Công an huyện"},
        },
    ),
    "ong-dash-role": Case(
        "Phát biểu tại buổi làm việc, ông Hà Minh Tuấn - Giám đốc Sở Tài chính cho biết nguồn thu đạt khá.",
        {"Hà Minh Tuấn": {"Giám đốc Sở Tài chính"}},
    ),
    "ong-dash-two-roles": Case(
        "Ông Hoàng Văn Mạnh - Bí thư Đảng ủy xã, Chủ tịch HĐND xã cho biết bà con đồng tình cao.",
        {"Hoàng Văn Mạnh": {"Bí thư Đảng ủy xã", "Chủ tịch HĐND xã"}},
    ),
    "ba-parenthesised-role": Case(
        "Bà Đinh Thị Thu Hà (Chủ tịch Hội Liên hiệp Phụ nữ tỉnh) trao quà cho các hộ nghèo.",
        {"Đinh Thị Thu Hà": {"Chủ tịch Hội Liên hiệp Phụ nữ tỉnh"}},
    ),
    "parenthesised-role-with-va-in-body": Case(
        "Đồng chí Nguyễn Thành Trung (Phó Giám đốc Sở Giáo dục và Đào tạo) phát biểu tham luận.",
        {"Nguyễn Thành Trung": {"Phó Giám đốc Sở Giáo dục và Đào tạo"}},
    ),
    "role-ends-before-lam-truong-doan": Case(
        "Đoàn công tác do đồng chí Trương Hải Nam, Thứ trưởng Bộ Nội vụ làm trưởng đoàn đã kiểm tra tại tỉnh.",
        {"Trương Hải Nam": {"Thứ trưởng Bộ Nội vụ"}},
    ),
    "role-ends-before-verb-kiem-tra": Case(
        "Đồng chí Đặng Quốc Việt, Phó Chủ tịch UBND tỉnh kiểm tra công tác phòng, chống lũ tại huyện.",
        {"Đặng Quốc Việt": {"Phó Chủ tịch UBND tỉnh"}},
    ),
    "role-ends-before-verb-trinh-bay": Case(
        "ThS. Ngô Thị Yến, Phó Trưởng khoa Lý luận chính trị trình bày báo cáo tại hội thảo.",
        {"Ngô Thị Yến": {"Phó Trưởng khoa Lý luận chính trị"}},
    ),
}

# --- role, then the name ------------------------------------------------------------------------

ROLE_THEN_NAME: dict[str, object] = {
    "bi-thu-tinh-uy": Case(
        "Bí thư Tỉnh ủy Chẩu Văn Thắng đề nghị các cấp ủy tập trung lãnh đạo.",
        {"Chẩu Văn Thắng": {"Bí thư Tỉnh ủy"}},
    ),
    "thu-tuong": Case(
        "Thủ tướng Phạm Minh Quang yêu cầu các bộ, ngành khẩn trương hoàn thiện hồ sơ.",
        {"Phạm Minh Quang": {"Thủ tướng"}},
    ),
    "pho-thu-tuong": Case(
        "Phó Thủ tướng Trần Lưu Hải đề nghị các bộ phối hợp chặt chẽ với địa phương.",
        {"Trần Lưu Hải": {"Phó Thủ tướng"}},
    ),
    "role-with-place-then-name": Case(
        "Bí thư Tỉnh ủy Sơn La Hoàng Văn Nam dự và phát biểu chỉ đạo.",
        {"Hoàng Văn Nam": {"Bí thư Tỉnh ủy Sơn La"}},
    ),
    "body-with-va-then-name": Case(
        "Giám đốc Sở Nông nghiệp và Môi trường Lục Văn Tài báo cáo tình hình sản xuất vụ xuân.",
        {"Lục Văn Tài": {"Giám đốc Sở Nông nghiệp và Môi trường"}},
    ),
    "two-role-names-joined-by-va": Case(
        "Chủ tịch UBND tỉnh Võ Minh Đức và Phó Chủ tịch UBND tỉnh Đinh Hữu Tâm tiếp đoàn.",
        {"Võ Minh Đức": {"Chủ tịch UBND tỉnh"}, "Đinh Hữu Tâm": {"Phó Chủ tịch UBND tỉnh"}},
    ),
    "tong-bi-thu": Case(
        "Tổng Bí thư Tô Văn Hải phát biểu chỉ đạo hội nghị.",
        {"Tô Văn Hải": {"Tổng Bí thư"}},
    ),
}

# --- ranks and degrees are stripped from the name and are not roles -------------------------------

RANKS_AND_DEGREES: dict[str, object] = {
    "dai-ta": Case(
        "Đại tá Nguyễn Văn Bình, Giám đốc Công an tỉnh báo cáo tình hình an ninh trật tự.",
        {"Nguyễn Văn Bình": {"Giám đốc Công an tỉnh"}},
    ),
    "thuong-ta": Case(
        "Thượng tá Vũ Đình Khang, Phó Giám đốc Công an tỉnh cho biết lực lượng đã ra quân.",
        {"Vũ Đình Khang": {"Phó Giám đốc Công an tỉnh"}},
    ),
    "trung-tuong-numbered-unit": Case(
        "Trung tướng Lê Hồng Phúc, Tư lệnh Quân khu 2 dự lễ giao nhận quân.",
        {"Lê Hồng Phúc": {"Tư lệnh Quân khu 2"}},
    ),
    "ts-dot": Case(
        "TS. Lê Văn Khoa, Viện trưởng Viện Nghiên cứu phát triển phát biểu đề dẫn.",
        {"Lê Văn Khoa": {"Viện trưởng Viện Nghiên cứu phát triển"}},
    ),
    "pgs-ts": Case(
        "PGS.TS Trần Thị Bích Ngọc, Hiệu trưởng Trường Đại học Tây Bắc phát biểu đề dẫn.",
        {"Trần Thị Bích Ngọc": {"Hiệu trưởng Trường Đại học Tây Bắc"}},
    ),
    "gs-ts-dot": Case(
        "GS.TS. Phạm Quốc Bảo, Giám đốc Đại học Quốc gia phát biểu.",
        {"Phạm Quốc Bảo": {"Giám đốc Đại học Quốc gia"}},
    ),
    "nguyen-former-role": Case(
        "Đồng chí Nguyễn Khánh Hòa, nguyên Phó Chủ tịch UBND tỉnh phát biểu ôn lại truyền thống.",
        {"Nguyễn Khánh Hòa": {"nguyên Phó Chủ tịch UBND tỉnh"}},
    ),
}

# --- names of the ethnic minorities -----------------------------------------------------------------

ETHNIC_NAMES: dict[str, object] = {
    "giang": Case(
        "Đồng chí Giàng Seo Dình, Phó Chủ tịch UBND tỉnh phát biểu.",
        {"Giàng Seo Dình": {"Phó Chủ tịch UBND tỉnh"}},
    ),
    "sung": Case(
        "Đồng chí Sùng Thị Mai, Bí thư Huyện ủy Mèo Vạc chủ trì hội nghị.",
        {"Sùng Thị Mai": {"Bí thư Huyện ủy Mèo Vạc"}},
    ),
    "lo": Case(
        "Đồng chí Lò Văn Hưởng, Chủ tịch UBND huyện Mường Lát báo cáo kết quả.",
        {"Lò Văn Hưởng": {"Chủ tịch UBND huyện Mường Lát"}},
    ),
    "hau": Case(
        "Đồng chí Hầu A Lềnh, Trưởng Ban Dân vận Tỉnh ủy phát biểu.",
        {"Hầu A Lềnh": {"Trưởng Ban Dân vận Tỉnh ủy"}},
    ),
    "luong": Case(
        "Đồng chí Lường Văn Pọm, Phó Chủ tịch HĐND tỉnh dự buổi lễ.",
        {"Lường Văn Pọm": {"Phó Chủ tịch HĐND tỉnh"}},
    ),
    "vang": Case(
        "Đồng chí Vàng Seo Chư, Bí thư Đảng ủy xã phát biểu.",
        {"Vàng Seo Chư": {"Bí thư Đảng ủy xã"}},
    ),
    "ma": Case(
        "Đồng chí Ma Thị Liên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh phát biểu.",
        {"Ma Thị Liên": {"Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"}},
    ),
    "sam-role-then-name": Case(
        "Chủ tịch UBND tỉnh Sầm Văn Bình yêu cầu các ngành vào cuộc.",
        {"Sầm Văn Bình": {"Chủ tịch UBND tỉnh"}},
    ),
    "sung-after-role-and-place": Case(
        "Chủ tịch UBND tỉnh Hà Giang Sùng Văn Páo kiểm tra công trình.",
        {"Sùng Văn Páo": {"Chủ tịch UBND tỉnh Hà Giang"}},
    ),
    "lo-two-syllables-with-ba": Case(
        "Bà Lò Thị Luân, Trưởng bản Nà Sài cho biết bà con rất phấn khởi.",
        {"Lò Thị Luân": {"Trưởng bản Nà Sài"}},
    ),
    "dong-surname-spelling-a-place": Case(
        "Ông Đồng Văn Tú, Chủ tịch UBND tỉnh phát biểu khai mạc hội nghị.",
        {"Đồng Văn Tú": {"Chủ tịch UBND tỉnh"}},
    ),
    "ksor": Case(
        "Đồng chí Ksor Hồng Vân, Phó Bí thư Tỉnh ủy phát biểu.",
        {"Ksor Hồng Vân": {"Phó Bí thư Tỉnh ủy"}},
    ),
}

# --- "kiêm" splits two roles of one person --------------------------------------------------------

KIEM: dict[str, object] = {
    "name-then-roles": Case(
        "Đồng chí Hoàng Quốc Khánh, Bí thư Tỉnh ủy kiêm Chủ tịch HĐND tỉnh chủ trì hội nghị.",
        {"Hoàng Quốc Khánh": {"Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"}},
    ),
    "three-roles-last-with-kiem": Case(
        "Đồng chí Tòng Thị Phóng, Ủy viên Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh ủy Điện Biên kiêm "
        "Trưởng Đoàn đại biểu Quốc hội tỉnh phát biểu.",
        {
            "Tòng Thị Phóng": {
                "Ủy viên Ban Chấp hành Trung ương Đảng",
                "Bí thư Tỉnh ủy Điện Biên",
                "Trưởng Đoàn đại biểu Quốc hội tỉnh",
            }
        },
    ),
    "roles-then-name": Case(
        "Bí thư Huyện ủy kiêm Chủ tịch UBND huyện Thào A Tủa báo cáo kết quả.",
        {"Thào A Tủa": {"Bí thư Huyện ủy", "Chủ tịch UBND huyện"}},
    ),
}

# --- one role over a list of bare names ------------------------------------------------------------

SHARED_ROLE: dict[str, object] = {
    "cac-dai-bieu": Case(
        "Dự có các đại biểu Lê Văn An, Trần Thị Bảo và Phạm Văn Cường.",
        {"Lê Văn An": {"đại biểu"}, "Trần Thị Bảo": {"đại biểu"}, "Phạm Văn Cường": {"đại biểu"}},
    ),
    "cac-pho-chu-tich-va": Case(
        "Cùng dự có các Phó Chủ tịch UBND tỉnh Đoàn Minh Trí và Lý Thị Xuân.",
        {"Đoàn Minh Trí": {"Phó Chủ tịch UBND tỉnh"}, "Lý Thị Xuân": {"Phó Chủ tịch UBND tỉnh"}},
    ),
    "cac-pho-chu-tich-colon": Case(
        "Cùng dự có các Phó Chủ tịch UBND tỉnh: Đoàn Minh Trí, Lý Thị Xuân.",
        {"Đoàn Minh Trí": {"Phó Chủ tịch UBND tỉnh"}, "Lý Thị Xuân": {"Phó Chủ tịch UBND tỉnh"}},
    ),
}

POSITIVE = {
    **{f"name-then-roles/{k}": v for k, v in NAME_THEN_ROLES.items()},
    **{f"role-then-name/{k}": v for k, v in ROLE_THEN_NAME.items()},
    **{f"rank/{k}": v for k, v in RANKS_AND_DEGREES.items()},
    **{f"ethnic/{k}": v for k, v in ETHNIC_NAMES.items()},
    **{f"kiem/{k}": v for k, v in KIEM.items()},
    **{f"shared-role/{k}": v for k, v in SHARED_ROLE.items()},
}


@table(POSITIVE)
def test_people_and_roles(case: Case) -> None:
    assert people_of(run(case.text)) == case.people


# --- a role split into title and body ---------------------------------------------------------------


class Split(NamedTuple):
    text: str
    role: str
    title: str
    organization: str | None


ROLE_SPLIT: dict[str, object] = {
    "chu-tich-ubnd-tinh": Split(
        "Ông Lê Minh Hưng, Chủ tịch UBND tỉnh phát biểu khai mạc.",
        "Chủ tịch UBND tỉnh",
        "Chủ tịch",
        "UBND tỉnh",
    ),
    "pho-bi-thu-thuong-truc": Split(
        "Đồng chí Mạc Thị Hường, Phó Bí thư Thường trực Tỉnh ủy phát biểu.",
        "Phó Bí thư Thường trực Tỉnh ủy",
        "Phó Bí thư Thường trực",
        "Tỉnh ủy",
    ),
    "truong-ban-tuyen-giao": Split(
        "Đồng chí Lâm Thị Hoa, Trưởng Ban Tuyên giáo Tỉnh ủy phát biểu.",
        "Trưởng Ban Tuyên giáo Tỉnh ủy",
        "Trưởng Ban Tuyên giáo",
        "Tỉnh ủy",
    ),
    "body-with-va": Split(
        "Đồng chí Nguyễn Thành Trung, Phó Giám đốc Sở Giáo dục và Đào tạo phát biểu.",
        "Phó Giám đốc Sở Giáo dục và Đào tạo",
        "Phó Giám đốc",
        "Sở Giáo dục và Đào tạo",
    ),
    "title-without-body": Split(
        "Thủ tướng Phạm Minh Quang phát biểu chỉ đạo.", "Thủ tướng", "Thủ tướng", None
    ),
    "mttq-body": Split(
        "Đồng chí Ma Thị Liên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh phát biểu.",
        "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh",
        "Chủ tịch",
        "Ủy ban MTTQ Việt Nam tỉnh",
    ),
    "truong-cong-an-huyen": Split(
        "Đồng chí Kim Văn Cường, Trưởng Công an huyện báo cáo tình hình an ninh.",
        "Trưởng Công an huyện",
        "Trưởng",
        "Công an huyện",
    ),
}


@table(ROLE_SPLIT)
def test_role_split(case: Split) -> None:
    roles = [r for p in run(case.text).people for r in p.roles if r.text == case.role]
    assert len(roles) == 1, [r.text for p in run(case.text).people for r in p.roles]
    assert (roles[0].title, roles[0].organization) == (case.title, case.organization)


# --- later mentions of the same person --------------------------------------------------------------


class Mentions(NamedTuple):
    text: str
    people: dict[str, tuple[str, ...]]  # every person's name -> the text of each mention, in order


COREFERENCE: dict[str, object] = {
    "by-role-and-given-name": Mentions(
        "Đồng chí Chẩu Văn Lâm, Bí thư Tỉnh ủy dự hội nghị. Phát biểu kết luận, đồng chí Bí thư Tỉnh ủy nhấn "
        "mạnh nhiệm vụ trọng tâm. Đồng chí Lâm đề nghị các địa phương chủ động.",
        {"Chẩu Văn Lâm": ("Chẩu Văn Lâm", "Bí thư Tỉnh ủy", "Lâm")},
    ),
    "by-given-name-ong": Mentions(
        "Ông Nguyễn Hữu Sơn, Chủ tịch UBND tỉnh phát biểu khai mạc. Ông Sơn nhấn mạnh yêu cầu cải cách hành chính.",
        {"Nguyễn Hữu Sơn": ("Nguyễn Hữu Sơn", "Sơn")},
    ),
    "by-given-name-ba": Mentions(
        "Bà Nguyễn Thị Thanh Hương, Bí thư Đảng ủy phường cho biết kết quả. Theo bà Hương, phường đã hoàn thành "
        "các chỉ tiêu.",
        {"Nguyễn Thị Thanh Hương": ("Nguyễn Thị Thanh Hương", "Hương")},
    ),
    "by-full-name": Mentions(
        "Đồng chí Nguyễn Văn Long, Bí thư Huyện ủy phát biểu. Theo đồng chí Nguyễn Văn Long, huyện đã hoàn "
        "thành các chỉ tiêu.",
        {"Nguyễn Văn Long": ("Nguyễn Văn Long", "Nguyễn Văn Long")},
    ),
    "role-then-name-then-full-name": Mentions(
        "Phó Chủ tịch UBND tỉnh Trần Quốc Lâm phát biểu. Đồng chí Trần Quốc Lâm đề nghị các ngành phối hợp.",
        {"Trần Quốc Lâm": ("Trần Quốc Lâm", "Trần Quốc Lâm")},
    ),
    "by-bare-role": Mentions(
        "Dự hội nghị có đồng chí Hoàng Thị Thu, Phó Bí thư Tỉnh ủy. Đồng chí Phó Bí thư Tỉnh ủy đề nghị tăng "
        "cường kỷ luật, kỷ cương.",
        {"Hoàng Thị Thu": ("Hoàng Thị Thu", "Phó Bí thư Tỉnh ủy")},
    ),
    "ambiguous-given-name-stays-unlinked": Mentions(
        "Ông Nguyễn Đức Sơn, Giám đốc Sở Xây dựng và ông Trần Hữu Sơn, Giám đốc Sở Công Thương cùng dự. "
        "Ông Sơn cho biết tiến độ đạt yêu cầu.",
        {"Nguyễn Đức Sơn": ("Nguyễn Đức Sơn",), "Trần Hữu Sơn": ("Trần Hữu Sơn",)},
    ),
}


@table(COREFERENCE)
def test_coreference(case: Mentions) -> None:
    art = run(case.text)
    got = {p.name: tuple(m.text for m in sorted(p.mentions, key=lambda m: m.start)) for p in art.people}
    assert got == case.people


# --- the same article in other Unicode forms and tone-mark styles ------------------------------------

NORMALISATION_TEXTS = {
    "list": _plain(NAME_THEN_ROLES["dong-chi-semicolon"]).text,
    "ethnic": _plain(ETHNIC_NAMES["hau"]).text,
    "rank": _plain(RANKS_AND_DEGREES["pgs-ts"]).text,
    "coreference": _plain(COREFERENCE["by-role-and-given-name"]).text,
}


def _mentions_of(art: Article) -> dict[str, list[str]]:
    return {p.name: [unicodedata.normalize("NFC", m.text) for m in p.mentions] for p in art.people}


@pytest.mark.parametrize("text", NORMALISATION_TEXTS.values(), ids=NORMALISATION_TEXTS.keys())
def test_nfd_input_gives_the_same_people(text: str) -> None:
    nfc, nfd = run(text), run(unicodedata.normalize("NFD", text))
    assert people_of(nfd) == people_of(nfc)
    assert _mentions_of(nfd) == _mentions_of(nfc)


# Old tone placement ("hoà", "uỷ") against the new ("hòa", "ủy"): syllable-final pairs only.
_MARKS = "\u0300\u0301\u0309\u0303\u0323"
_OLD_TO_NEW = {
    unicodedata.normalize("NFC", f(a + b + m)): unicodedata.normalize("NFC", f(a + m + b))
    for a, b in (("o", "a"), ("o", "e"), ("u", "y"))
    for m in _MARKS
    for f in (str.lower, str.capitalize)
}
_OLD_PAIR = regex.compile("(?<!q)(" + "|".join(_OLD_TO_NEW) + r")(?!\p{L})")


def new_style(s: str) -> str:
    return _OLD_PAIR.sub(lambda m: _OLD_TO_NEW[m.group()], unicodedata.normalize("NFC", s))


class Tones(NamedTuple):
    old: str
    new: str


OLD_TONES = {
    "uy-vien-hoa": Tones(
        "Đồng chí Đặng Thị Hoà, Uỷ viên Ban Thường vụ Tỉnh uỷ, Chủ tịch Uỷ ban Kiểm tra Tỉnh uỷ phát biểu.",
        "Đồng chí Đặng Thị Hòa, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban Kiểm tra Tỉnh ủy phát biểu.",
    ),
    "thuy-bch-trung-uong": Tones(
        "Đồng chí Lê Thị Thuỷ, Uỷ viên Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh uỷ phát biểu.",
        "Đồng chí Lê Thị Thủy, Ủy viên Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh ủy phát biểu.",
    ),
    "role-then-name-khoa": Tones(
        "Bí thư Tỉnh uỷ Nguyễn Đăng Khoá đề nghị các cấp uỷ tập trung lãnh đạo.",
        "Bí thư Tỉnh ủy Nguyễn Đăng Khóa đề nghị các cấp ủy tập trung lãnh đạo.",
    ),
}


@pytest.mark.parametrize("case", OLD_TONES.values(), ids=OLD_TONES.keys())
def test_old_tone_marks_give_the_same_people(case: Tones) -> None:
    old, new = run(case.old), run(case.new)
    assert people_of(new)  # the new-style sentence is itself read
    old_people = {new_style(name): {new_style(r) for r in roles} for name, roles in people_of(old).items()}
    assert old_people == people_of(new)
    assert sorted(p.key for p in old.people) == sorted(p.key for p in new.people)
    old_splits = sorted((new_style(r.title), r.organization_key) for p in old.people for r in p.roles)
    new_splits = sorted((r.title, r.organization_key) for p in new.people for r in p.roles)
    assert old_splits == new_splits


# --- every span is evidence in the caller's own string -----------------------------------------------


SPAN_TEXTS = {
    **{k: _plain(v).text for k, v in POSITIVE.items()},
    **{f"coreference/{k}": _plain(v).text for k, v in COREFERENCE.items()},
    **{f"old-tones/{k}": v.old for k, v in OLD_TONES.items()},
}
SPAN_FORMS = {"nfc": lambda s: s, "nfd": lambda s: unicodedata.normalize("NFD", s)}


@pytest.mark.parametrize("form", SPAN_FORMS.values(), ids=SPAN_FORMS.keys())
@pytest.mark.parametrize("text", SPAN_TEXTS.values(), ids=SPAN_TEXTS.keys())
def test_spans_map_back_to_the_original_string(text: str, form: Callable[[str], str]) -> None:
    source = form(text)
    art = run(source)
    for p in art.people:
        assert p.mentions, p.name
        for m in p.mentions:
            assert source[m.start : m.end] == m.text
        # the name itself is one of the mentions, as written
        assert p.name in {" ".join(unicodedata.normalize("NFC", m.text).split()) for m in p.mentions}
        for r in p.roles:
            assert r.span is not None, r.text
            assert source[r.span.start : r.span.end] == r.span.text
            assert " ".join(unicodedata.normalize("NFC", r.span.text).split()) == r.text


# --- must not extract -------------------------------------------------------------------------------


class Neg(NamedTuple):
    text: str
    not_names: tuple[str, ...]  # no person's name may contain one of these
    people: frozenset[str] = frozenset()  # the people the text does name


BYLINE_STORY = "Sáng 12/3, Tỉnh ủy tổ chức hội nghị. Đồng chí Nông Thị Hằng, Bí thư Tỉnh ủy chủ trì hội nghị."
HANG = frozenset({"Nông Thị Hằng"})

NOT_PEOPLE: dict[str, object] = {
    "truong-doan-by-role": Neg(
        "Đoàn công tác do đồng chí Trưởng Đoàn dẫn đầu đã kiểm tra thực tế tại cơ sở.", ("Trưởng", "Đoàn")
    ),
    "truong-doan-dbqh": Neg(
        "Trưởng Đoàn đại biểu Quốc hội tỉnh phát biểu tại buổi tiếp xúc cử tri.", ("Trưởng", "Đoàn")
    ),
    "ban-thuong-vu": Neg("Ban Thường vụ Tỉnh ủy Sơn La đã ban hành kế hoạch thực hiện.", ("Ban", "Sơn La")),
    "uy-ban-nhan-dan": Neg(
        "Ủy ban nhân dân tỉnh Thái Bình đã chỉ đạo các sở, ngành triển khai.", ("Ủy ban", "Thái Bình")
    ),
    "place-names": Neg(
        "Hà Nội và Thái Bình là hai địa phương dẫn đầu về chỉ số cải cách hành chính.",
        ("Hà Nội", "Thái Bình"),
    ),
    "place-after-person": Neg(
        "Đồng chí Nguyễn Văn Sơn, Phó Chủ tịch UBND tỉnh Sơn La phát biểu. Tỉnh Sơn La có nhiều tiềm năng.",
        ("Sơn La",),
        frozenset({"Nguyễn Văn Sơn"}),
    ),
    "world-bank": Neg("Dự án được Ngân hàng Thế giới tài trợ với tổng vốn lớn.", ("Ngân hàng", "Thế giới")),
    "world-bank-beside-person": Neg(
        "Đồng chí Phạm Thanh Tùng, Giám đốc Sở Kế hoạch và Đầu tư cho biết, Ngân hàng Thế giới (WB) đã cam kết "
        "tài trợ.",
        ("Ngân hàng", "Thế giới"),
        frozenset({"Phạm Thanh Tùng"}),
    ),
    "schools-and-streets": Neg(
        "Học sinh Trường THPT Nguyễn Du và Trường THCS Lê Quý Đôn tham gia diễu hành trên đường Trần Hưng Đạo.",
        ("Nguyễn Du", "Lê Quý Đôn", "Trần Hưng Đạo"),
    ),
    "byline-name-line": Neg(BYLINE_STORY + "\nTrần Minh Đức", ("Trần Minh Đức",), HANG),
    "byline-tac-gia": Neg(BYLINE_STORY + "\nTác giả: Hồng Nhung", ("Hồng Nhung",), HANG),
    "byline-after-closing-mark": Neg(BYLINE_STORY + "/. Thanh Hà (TTXVN)", ("Thanh Hà",), HANG),
    "role-only-bare-title": Neg(
        "Phó Chủ tịch UBND tỉnh phát biểu chỉ đạo tại hội nghị.", ("Phó Chủ tịch", "UBND")
    ),
    "role-only-dong-chi": Neg(
        "Đồng chí Bí thư Tỉnh ủy đề nghị các cấp ủy tập trung lãnh đạo.", ("Bí thư", "Tỉnh ủy")
    ),
    "role-only-lanh-dao": Neg("Lãnh đạo các sở, ngành, địa phương dự hội nghị.", ("Lãnh đạo",)),
    "role-only-city-party-secretary": Neg(
        "Bí thư Thành ủy Hà Nội phát biểu chỉ đạo tại hội nghị.", ("Hà Nội", "Bí thư")
    ),
}


@table(NOT_PEOPLE)
def test_not_people(case: Neg) -> None:
    names = [p.name for p in run(case.text).people]
    assert set(names) == case.people
    for name in names:
        for bad in case.not_names:
            assert bad.lower() not in name.lower(), name


def test_bare_two_syllable_name_confirmed_by_ner() -> None:
    # no honorific, no role, two syllables: kept only because underthesea's NER tags a person
    art = extract("Theo Vũ Hùng, mô hình hợp tác xã kiểu mới đã giúp nhiều hộ thoát nghèo.")
    assert [p.name for p in art.people] == ["Vũ Hùng"]


def test_ner_is_not_asked_about_places() -> None:
    art = extract("Tại Hà Nội và Sơn La, các đoàn công tác đã làm việc với địa phương.")
    assert art.people == []


# Found by a QA pass on fresh articles: each row is the general pattern, in our own sentences.
QA_CASES = {
    "roles-chained-before-name": (
        "Ủy viên Bộ Chính trị, Thủ tướng Chính phủ Lê Quang Minh phát biểu chỉ đạo hội nghị.",
        {"Lê Quang Minh": {"Ủy viên Bộ Chính trị", "Thủ tướng Chính phủ"}},
    ),
    "chain-after-co": (
        "Về phía Việt Nam có Phó Thủ tướng, Bộ trưởng Bộ Ngoại giao Đỗ Thanh Bình.",
        {"Đỗ Thanh Bình": {"Phó Thủ tướng", "Bộ trưởng Bộ Ngoại giao"}},
    ),
    "no-chain-after-voi": (
        "Báo cáo với Thủ tướng, Chủ tịch UBND tỉnh Hứa Văn Lộc cho biết tăng trưởng đạt khá.",
        {"Hứa Văn Lộc": {"Chủ tịch UBND tỉnh"}},
    ),
    "foreign-after-title": (
        "Chiều 8/10, Tổng thống Emmanuel Macron hội đàm với lãnh đạo Việt Nam.",
        {"Emmanuel Macron": {"Tổng thống"}},
    ),
    "foreign-after-country": (
        "Thủ tướng Campuchia Hun Manet đã có cuộc gặp với đoàn công tác.",
        {"Hun Manet": {"Thủ tướng Campuchia"}},
    ),
    "school-named-after-a-person": (
        "Ông Lý Văn Tài, Hiệu trưởng Trường THPT Phan Bội Châu phát biểu tại buổi lễ.",
        {"Lý Văn Tài": {"Hiệu trưởng Trường THPT Phan Bội Châu"}},
    ),
    "hamlet-named-like-a-person": (
        "Bà Lê Thúy Hằng, Tổ trưởng Tổ hòa giải xóm Đồng Hòa chia sẻ kinh nghiệm.",
        {"Lê Thúy Hằng": {"Tổ trưởng Tổ hòa giải xóm Đồng Hòa"}},
    ),
    "doan-chu-tich-is-a-body": (
        "Đoàn Chủ tịch đại hội gồm các đồng chí: Nguyễn Văn Toản, Bí thư Huyện ủy; Lò Thị Xuyến, Chủ tịch UBND huyện.",
        {"Nguyễn Văn Toản": {"Bí thư Huyện ủy"}, "Lò Thị Xuyến": {"Chủ tịch UBND huyện"}},
    ),
    "city-then-name": (
        "Phó Chủ tịch UBND thành phố Trần Phước Lộc phát biểu khai mạc hội thảo.",
        {"Trần Phước Lộc": {"Phó Chủ tịch UBND thành phố"}},
    ),
    "lower-case-province-word-in-a-body": (
        "TS. Nguyễn Hữu Bình, nguyên Viện trưởng Viện Hải dương học trình bày tham luận.",
        {"Nguyễn Hữu Bình": {"nguyên Viện trưởng Viện Hải dương học"}},
    ),
}


@pytest.mark.parametrize("text,expected", QA_CASES.values(), ids=QA_CASES.keys())
def test_patterns_found_on_fresh_articles(text: str, expected: dict[str, set[str]]) -> None:
    assert people_of(run(text)) == expected
