"""Document references: numbered state and Party documents, bare numbers, lists, unnumbered names.

Each row is a sentence in the phrasing of Vietnamese political news and the records expected from
it, in text order. Adding a case is adding a row; the id says what the row is about.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from pathlib import Path
from typing import NamedTuple

import pytest

from vn_newsie import DocumentRef, extract
from vn_newsie.context import Context
from vn_newsie.documents import _kind_matches, _kind_starts, _patterns, extract_documents

D = dt.date


class Doc(NamedTuple):
    kind: str
    number: str | None
    date: dt.date | None = None
    issuer: str | None = None
    title: str | None = None


class Case(NamedTuple):
    text: str
    expected: list[Doc]
    published: str | None = "2024-05-01"


def _found(text: str, published: str | None = "2024-05-01") -> list[DocumentRef]:
    return extract(text, published=published).documents


def _as_rows(docs: list[DocumentRef]) -> list[Doc]:
    return [Doc(d.kind, d.number, d.date, d.issuer, d.title) for d in docs]


STATE_NUMBERS = {
    "nghi-dinh-so": Case(
        "Chính phủ vừa ban hành Nghị định số 45/2023/NĐ-CP quy định chi tiết một số điều của luật.",
        [Doc("Nghị định", "45/2023/NĐ-CP", None, "Chính phủ")],
    ),
    "quyet-dinh-no-so": Case(
        "Sở Nội vụ thực hiện Quyết định 1456/QĐ-UBND về việc kiện toàn bộ máy.",
        [Doc("Quyết định", "1456/QĐ-UBND")],
    ),
    "cong-van-issuer-code-first": Case(
        "Sở Tài chính đã nhận Công văn số 3021/UBND-KT của UBND tỉnh về rà soát nguồn vốn.",
        [Doc("Công văn", "3021/UBND-KT", None, "UBND tỉnh")],
    ),
    "thong-tu": Case(
        "Các trường thực hiện Thông tư 08/2024/TT-BGDĐT về đánh giá học sinh.",
        [Doc("Thông tư", "08/2024/TT-BGDĐT")],
    ),
    "thong-tu-so-colon": Case(
        "Bộ Y tế đã ban hành Thông tư số: 17/2022/TT-BYT ngày 9/11/2022 hướng dẫn khám sức khỏe.",
        [Doc("Thông tư", "17/2022/TT-BYT", D(2022, 11, 9), "Bộ Y tế")],
    ),
    "luat-so-qh": Case(
        "Quốc hội khóa XV đã thông qua Luật số 27/2023/QH15 tại kỳ họp thứ 6.",
        [Doc("Luật", "27/2023/QH15", None, "Quốc hội khóa XV")],
    ),
    "luat-name-then-number": Case(
        "Luật Nhà ở số 27/2023/QH15 có hiệu lực từ ngày 1/8/2024.",
        [Doc("Luật", "27/2023/QH15", None, None, "Nhà ở")],
    ),
    "nghi-quyet-cp": Case(
        "Thực hiện Nghị quyết số 02/NQ-CP ngày 10/1/2023 của Chính phủ, tỉnh cải thiện môi trường kinh doanh.",
        [Doc("Nghị quyết", "02/NQ-CP", D(2023, 1, 10), "Chính phủ")],
    ),
    "ascii-nd": Case(
        "Nghị định 15/2018/ND-CP quy định chi tiết về an toàn thực phẩm.",
        [Doc("Nghị định", "15/2018/ND-CP")],
    ),
    "division-code": Case(
        "Công văn 2112/BGDĐT-GDTrH ngày 6/5/2024 của Bộ Giáo dục và Đào tạo hướng dẫn ôn thi.",
        [Doc("Công văn", "2112/BGDĐT-GDTrH", D(2024, 5, 6), "Bộ Giáo dục và Đào tạo")],
    ),
    "spaced-state-dash": Case(
        "UBND tỉnh ban hành Quyết định số 2047/QĐ - UBND - Tổng kết cuối năm được tổ chức sau.",
        [Doc("Quyết định", "2047/QĐ-UBND", None, "UBND tỉnh")],
    ),
    "letter-suffix": Case(
        "Nghị định số 24a/2016/NĐ-CP quy định về quản lý vật liệu xây dựng.",
        [Doc("Nghị định", "24a/2016/NĐ-CP")],
    ),
    "joint-circular": Case(
        "Thông tư liên tịch số 03/2016/TTLT-BTC-BLĐTBXH hướng dẫn việc chi trả trợ cấp.",
        [Doc("Thông tư liên tịch", "03/2016/TTLT-BTC-BLĐTBXH")],
    ),
    "chuyen-de-gap": Case(
        "Ban Thường vụ Tỉnh ủy ban hành Nghị quyết chuyên đề số 09-NQ/TU về phát triển du lịch.",
        [Doc("Nghị quyết", "09-NQ/TU", None, "Ban Thường vụ Tỉnh ủy")],
    ),
    "van-ban-with-only-an-issuer-code-stays": Case(
        "Bộ Nội vụ có văn bản số 6386/BNV-CCVC gửi UBND tỉnh về việc tuyển dụng viên chức.",
        [Doc("Văn bản", "6386/BNV-CCVC", None, "Bộ Nội vụ")],
    ),
    "van-ban-takes-code-kind": Case(
        "UBND huyện có Văn bản số 88/KH-UBND gửi các xã.",
        [Doc("Kế hoạch", "88/KH-UBND", None, "UBND huyện")],
    ),
}

PARTY_NUMBERS = {
    "ke-hoach-so": Case(
        "Hội nghị quán triệt Kế hoạch số 215-KH/TU ngày 03/3/2023 của BCH Đảng bộ tỉnh.",
        [Doc("Kế hoạch", "215-KH/TU", D(2023, 3, 3), "BCH Đảng bộ tỉnh")],
    ),
    "spaced-dash": Case(
        "Các huyện ủy xây dựng chương trình thực hiện Kế hoạch số 62 - KH/TU của Tỉnh ủy.",
        [Doc("Kế hoạch", "62-KH/TU", None, "Tỉnh ủy")],
    ),
    "ket-luan-words-date": Case(
        "Thực hiện Kết luận số 14-KL/TW ngày 22 tháng 9 năm 2021 của Bộ Chính trị về khuyến khích cán bộ năng động.",
        [Doc("Kết luận", "14-KL/TW", D(2021, 9, 22), "Bộ Chính trị")],
    ),
    "chi-thi": Case(
        "Các chi bộ tiếp tục thực hiện Chỉ thị 35-CT/TW của Bộ Chính trị về đại hội đảng bộ các cấp.",
        [Doc("Chỉ thị", "35-CT/TW", None, "Bộ Chính trị")],
    ),
    "quy-dinh-word-beats-code": Case(
        "Đảng ủy quán triệt Quy định 144-QĐ/TW về chuẩn mực đạo đức cách mạng.",
        [Doc("Quy định", "144-QĐ/TW")],
    ),
    "nghi-quyet-tw": Case(
        "Tỉnh ủy tổ chức hội nghị học tập Nghị quyết 57-NQ/TW của Bộ Chính trị.",
        [Doc("Nghị quyết", "57-NQ/TW", None, "Bộ Chính trị")],
    ),
    "comma-before-date": Case(
        "Đại diện Ban Tổ chức Tỉnh ủy công bố Quyết định số 1035-QĐ/TU, ngày 15/8/2023 của Ban Thường vụ Tỉnh ủy"
        " điều động đồng chí Trần Văn Tâm.",
        [Doc("Quyết định", "1035-QĐ/TU", D(2023, 8, 15), "Ban Thường vụ Tỉnh ủy")],
    ),
    "issuer-with-term": Case(
        "Hội nghị triển khai Kết luận số 01-KL/TW ngày 18/5/2021 của Ban Chấp hành Trung ương Đảng khóa XIII"
        " về tiếp tục thực hiện Chỉ thị 05.",
        [
            Doc("Kết luận", "01-KL/TW", D(2021, 5, 18), "Ban Chấp hành Trung ương Đảng khóa XIII"),
            Doc("Chỉ thị", "05"),
        ],
    ),
    "huong-dan": Case(
        "Các cấp ủy thực hiện Hướng dẫn số 04-HD/BTGTW của Ban Tuyên giáo Trung ương.",
        [Doc("Hướng dẫn", "04-HD/BTGTW", None, "Ban Tuyên giáo Trung ương")],
    ),
    "thong-bao-ket-luan": Case(
        "Tỉnh ủy ban hành Thông báo kết luận số 310-TB/TU ngày 1/3/2024.",
        [Doc("Thông báo kết luận", "310-TB/TU", D(2024, 3, 1), "Tỉnh ủy")],
    ),
    "no-kind-word": Case(
        "Theo 88-KH/HU, các xã phải báo cáo kết quả trước ngày 30/6.",
        [Doc("Kế hoạch", "88-KH/HU")],
    ),
}

BARE_NUMBERS = {
    "before-khong": Case(
        "Việc xét giảm án không đủ điều kiện, dẫn đến Quyết định 587 không có căn cứ.",
        [Doc("Quyết định", "587")],
    ),
    "of-prime-minister": Case(
        "Học phí vẫn được thu theo Quyết định 26 của Thủ tướng ban hành năm 2001.",
        [Doc("Quyết định", "26", None, "Thủ tướng")],
    ),
    "so-with-date": Case(
        "Kỳ họp biểu quyết kéo dài Nghị quyết số 27 ngày 8/12/2017 của HĐND tỉnh về hỗ trợ giáo viên mầm non.",
        [Doc("Nghị quyết", "27", D(2017, 12, 8), "HĐND tỉnh")],
    ),
    "leading-zero": Case(
        "Kéo dài thời hạn áp dụng Nghị quyết số 07 ngày 20/7/2018 của HĐND tỉnh quy định mức chi.",
        [Doc("Nghị quyết", "07", D(2018, 7, 20), "HĐND tỉnh")],
    ),
    "chi-thi-16": Case(
        "Thực hiện Chỉ thị 16 của Thủ tướng Chính phủ, thành phố giãn cách xã hội.",
        [Doc("Chỉ thị", "16", None, "Thủ tướng Chính phủ")],
    ),
    "number-slash-year": Case(
        "Mức phạt được áp dụng theo Nghị định 123/2021 về xử phạt vi phạm hành chính.",
        [Doc("Nghị định", "123/2021")],
    ),
    "cue-verb-after": Case(
        "Nghị định 99 ra đời đã tháo gỡ vướng mắc cho doanh nghiệp.",
        [Doc("Nghị định", "99")],
    ),
    "lower-case-kind-with-so": Case(
        "Các cơ sở thực hiện đúng quyết định số 412 của UBND thành phố.",
        [Doc("Quyết định", "412", None, "UBND thành phố")],
    ),
}

ISSUERS = {
    "xay-dung-ke-hoach": Case(
        "Năm 2023, Sở Nội vụ xây dựng Kế hoạch số 15/KH-SNV ngày 20/3/2023 về tuyển dụng công chức.",
        [Doc("Kế hoạch", "15/KH-SNV", D(2023, 3, 20), "Sở Nội vụ")],
    ),
    "tiep-tuc-co-nghi-quyet": Case(
        "Ngay sau đó, Hội đồng quản trị tiếp tục có Nghị quyết số 27/NQ-HĐQT về việc bầu Chủ tịch mới.",
        [Doc("Nghị quyết", "27/NQ-HĐQT", None, "Hội đồng quản trị")],
    ),
    "issuer-before-truc-thuoc": Case(
        "Năm 2022, Trung tâm Phát triển quỹ đất trực thuộc Sở Tài nguyên và Môi trường xây dựng Kế hoạch số "
        "05/KH-TTPTQĐ ngày 10/3/2022 về đấu giá quyền sử dụng đất.",
        [Doc("Kế hoạch", "05/KH-TTPTQĐ", D(2022, 3, 10), "Trung tâm Phát triển quỹ đất")],
    ),
    "acronym-before-thuoc": Case(
        "TTYT thuộc Sở Y tế đã ban hành Kế hoạch số 12/KH-TTYT về tiêm chủng mở rộng.",
        [Doc("Kế hoạch", "12/KH-TTYT", None, "TTYT")],
    ),
    "xay-dung-not-direct": Case(
        "UBND tỉnh xây dựng nông thôn mới theo Kế hoạch số 40/KH-UBND của Tỉnh ủy.",
        [Doc("Kế hoạch", "40/KH-UBND", None, "Tỉnh ủy")],
    ),
    "bao-cao-tai-to-trinh": Case(
        "Danh sách 120 thí sinh trúng tuyển được Sở Nội vụ báo cáo tại Tờ trình số 45/TTr-SNV ngày 5/2/2024.",
        [Doc("Tờ trình", "45/TTr-SNV", D(2024, 2, 5), "Sở Nội vụ")],
    ),
    "chi-dao-cua-x-tai-cong-van": Case(
        "Thực hiện chỉ đạo của Chủ tịch UBND tỉnh tại Công văn số 845/UBND-KT ngày 9/5/2024, Sở Tài chính đã "
        "kiểm tra lại các gói thầu.",
        [Doc("Công văn", "845/UBND-KT", D(2024, 5, 9), "Chủ tịch UBND tỉnh")],
    ),
    "de-nghi-right-before-the-kind-issues-nothing": Case(
        "Bộ Tài chính đề nghị Kế hoạch số 12/KH-BTC được điều chỉnh.", [Doc("Kế hoạch", "12/KH-BTC")]
    ),
    "subject-of-ban-hanh": Case(
        "Thủ tướng Chính phủ đã ban hành Quyết định số 90/QĐ-TTg ngày 18/01/2022 phê duyệt chương trình giảm nghèo.",
        [Doc("Quyết định", "90/QĐ-TTg", D(2022, 1, 18), "Thủ tướng Chính phủ")],
    ),
    "subject-after-colon": Case(
        "Thứ trưởng cho biết: Bộ Lao động - Thương binh và Xã hội vừa ban hành Thông tư số 19/2022/TT-BLĐTBXH"
        " về quy trình giám định.",
        [Doc("Thông tư", "19/2022/TT-BLĐTBXH", None, "Bộ Lao động - Thương binh và Xã hội")],
    ),
    "phe-duyet-tai": Case(
        "Đề án được Thủ tướng Chính phủ phê duyệt tại Quyết định số 562/QĐ-TTg ngày 7/6/2022.",
        [Doc("Quyết định", "562/QĐ-TTg", D(2022, 6, 7), "Thủ tướng Chính phủ")],
    ),
    "after-semicolon": Case(
        "Tổng vốn là 500 tỷ đồng; UBND tỉnh phê duyệt dự án tại Quyết định số 2208/QĐ-UBND ngày 12/10/2023.",
        [Doc("Quyết định", "2208/QĐ-UBND", D(2023, 10, 12), "UBND tỉnh")],
    ),
    "cua-chinh-phu": Case(
        "Nghị định 81/2021/NĐ-CP của Chính phủ quy định cơ chế thu, quản lý học phí.",
        [Doc("Nghị định", "81/2021/NĐ-CP", None, "Chính phủ")],
    ),
    "cua-with-place": Case(
        "Theo Quyết định 2456/QĐ-UBND ngày 5 tháng 10 năm 2022 của UBND tỉnh Quảng Trị về việc phê duyệt đề án.",
        [Doc("Quyết định", "2456/QĐ-UBND", D(2022, 10, 5), "UBND tỉnh Quảng Trị")],
    ),
    "ministry-with-comma": Case(
        "Quyết định số 512/QĐ-BVHTTDL của Bộ Văn hóa, Thể thao và Du lịch về việc công nhận di sản.",
        [Doc("Quyết định", "512/QĐ-BVHTTDL", None, "Bộ Văn hóa, Thể thao và Du lịch")],
    ),
    "name-after-role-dropped": Case(
        "Chủ tịch UBND tỉnh Lê Văn Dũng đã ký Quyết định số 2500/QĐ-UBND phê duyệt quy hoạch.",
        [Doc("Quyết định", "2500/QĐ-UBND", None, "Chủ tịch UBND tỉnh")],
    ),
    "tp-abbreviation": Case(
        "UBND TP. Cần Thơ ban hành Kế hoạch số 71/KH-UBND về phòng chống thiên tai.",
        [Doc("Kế hoạch", "71/KH-UBND", None, "UBND TP. Cần Thơ")],
    ),
    "none-written": Case(
        "Người dân được hỗ trợ theo Quyết định số 33/2015/QĐ-TTg.",
        [Doc("Quyết định", "33/2015/QĐ-TTg")],
    ),
    "shared-by-two": Case(
        "Theo Chỉ thị số 15/CT-TTg và Chỉ thị số 19/CT-TTg của Thủ tướng Chính phủ, tỉnh nới lỏng giãn cách.",
        [
            Doc("Chỉ thị", "15/CT-TTg", None, "Thủ tướng Chính phủ"),
            Doc("Chỉ thị", "19/CT-TTg", None, "Thủ tướng Chính phủ"),
        ],
    ),
    "meeting-of-the-body": Case(
        "Thực hiện Nghị quyết số 29-NQ/TW ngày 17/11/2022 Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng"
        " khóa XIII về công nghiệp hóa, hiện đại hóa.",
        [Doc("Nghị quyết", "29-NQ/TW", D(2022, 11, 17), "Ban Chấp hành Trung ương Đảng khóa XIII")],
    ),
    "steering-committee-number": Case(
        "Kế hoạch số 41/KH-BCĐ ngày 2/4/2024 của Ban Chỉ đạo 35 tỉnh được triển khai.",
        [Doc("Kế hoạch", "41/KH-BCĐ", D(2024, 4, 2), "Ban Chỉ đạo 35 tỉnh")],
    ),
    "not-shared-across-issuers": Case(
        "Trường thực hiện Nghị định 81/2021/NĐ-CP và Thông tư 09/2021/TT-BGDĐT của Bộ GD&ĐT.",
        [
            Doc("Nghị định", "81/2021/NĐ-CP"),
            Doc("Thông tư", "09/2021/TT-BGDĐT", None, "Bộ GD&ĐT"),
        ],
    ),
    "shared-from-subject": Case(
        "Bộ Tài chính đã ban hành Thông tư 56/2023/TT-BTC và Thông tư 57/2023/TT-BTC về phí, lệ phí.",
        [
            Doc("Thông tư", "56/2023/TT-BTC", None, "Bộ Tài chính"),
            Doc("Thông tư", "57/2023/TT-BTC", None, "Bộ Tài chính"),
        ],
    ),
    "each-its-own": Case(
        "Căn cứ Quyết định số 11/QĐ-UBND của UBND tỉnh và Quyết định số 25/QĐ-BYT của Bộ Y tế.",
        [Doc("Quyết định", "11/QĐ-UBND", None, "UBND tỉnh"), Doc("Quyết định", "25/QĐ-BYT", None, "Bộ Y tế")],
    ),
    "passive-duoc-ban-hanh": Case(
        "Quyết định số 604/QĐ-UBND được UBND tỉnh ban hành ngày 28/3/2024 nhằm cụ thể hóa chủ trương.",
        [Doc("Quyết định", "604/QĐ-UBND", D(2024, 3, 28), "UBND tỉnh")],
    ),
    "do-signed-by": Case(
        "Quyết định số 605/QĐ-UBND do Phó Chủ tịch UBND tỉnh ký ngày 29/3/2024.",
        [Doc("Quyết định", "605/QĐ-UBND", D(2024, 3, 29), "Phó Chủ tịch UBND tỉnh")],
    ),
    "dateline-is-issue-day": Case(
        "Ngày 8/4, UBND tỉnh đã ban hành Kế hoạch số 93/KH-UBND về chuyển đổi số.",
        [Doc("Kế hoạch", "93/KH-UBND", D(2024, 4, 8), "UBND tỉnh")],
    ),
    "dateline-co-van-ban": Case(
        "Ngày 2/5, Sở Y tế có Công văn số 1520/SYT-NVY gửi các bệnh viện.",
        [Doc("Công văn", "1520/SYT-NVY", D(2024, 5, 2), "Sở Y tế")],
    ),
    "basis-is-not-product": Case(
        "Bộ Tài chính ban hành hướng dẫn theo Nghị định 45/2023/NĐ-CP.",
        [Doc("Nghị định", "45/2023/NĐ-CP")],
    ),
    "dateline-not-through-clause": Case(
        "Ngày 8/4, tại hội nghị, Thủ tướng Chính phủ ký ban hành Chỉ thị số 11/CT-TTg.",
        [Doc("Chỉ thị", "11/CT-TTg", None, "Thủ tướng Chính phủ")],
    ),
    "old-tone-marks-kept": Case(
        "Quyết định số 19/QĐ-UBND của Uỷ ban nhân dân tỉnh về việc hoà giải ở cơ sở.",
        [Doc("Quyết định", "19/QĐ-UBND", None, "Uỷ ban nhân dân tỉnh")],
    ),
}

LISTS = {
    "shared-kind-date-issuer": Case(
        "Hội nghị học tập các Nghị quyết số 26-NQ/TW, 27-NQ/TW và 28-NQ/TW ngày 19/5/2018 của Ban Chấp hành"
        " Trung ương Đảng khóa XII.",
        [
            Doc("Nghị quyết", n, D(2018, 5, 19), "Ban Chấp hành Trung ương Đảng khóa XII")
            for n in ("26-NQ/TW", "27-NQ/TW", "28-NQ/TW")
        ],
    ),
    "bare-then-coded": Case(
        "Tỉnh đã triển khai các Nghị quyết số 26, 27 và 28-NQ/TW của Trung ương.",
        [Doc("Nghị quyết", n, None, "Trung ương") for n in ("26-NQ/TW", "27-NQ/TW", "28-NQ/TW")],
    ),
    "bare-list": Case(
        "Thành phố thực hiện nghiêm Chỉ thị 15, 16 và 19 của Thủ tướng Chính phủ.",
        [Doc("Chỉ thị", n, None, "Thủ tướng Chính phủ") for n in ("15", "16", "19")],
    ),
    "bare-list-stops-at-count": Case(
        "Theo Quyết định 70, 10 trường phải điều chỉnh học phí.",
        [Doc("Quyết định", "70")],
    ),
    "state-list": Case(
        "Các trường học thực hiện Thông tư 32/2020/TT-BGDĐT, Thông tư 22/2021/TT-BGDĐT và Quyết định"
        " 16/2006/QĐ-BGDĐT.",
        [
            Doc("Thông tư", "32/2020/TT-BGDĐT"),
            Doc("Thông tư", "22/2021/TT-BGDĐT"),
            Doc("Quyết định", "16/2006/QĐ-BGDĐT"),
        ],
    ),
    "dates-per-item": Case(
        "Tỉnh ban hành Quyết định số 12/QĐ-UBND ngày 4/1/2024 và số 97/QĐ-UBND ngày 20/1/2024 về giá đất.",
        [
            Doc("Quyết định", "12/QĐ-UBND", D(2024, 1, 4)),
            Doc("Quyết định", "97/QĐ-UBND", D(2024, 1, 20)),
        ],
    ),
}

UNNUMBERED = {
    "congress-resolution": Case(
        "Tỉnh tiếp tục đưa Nghị quyết Đại hội XIII của Đảng vào cuộc sống.",
        [Doc("Nghị quyết", None, title="Đại hội XIII của Đảng")],
    ),
    "two-congresses": Case(
        "Các chi bộ thảo luận việc triển khai Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII và Nghị quyết"
        " Đại hội đại biểu toàn quốc lần thứ XIII của Đảng.",
        [
            Doc("Nghị quyết", None, title="Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII"),
            Doc("Nghị quyết", None, title="Đại hội đại biểu toàn quốc lần thứ XIII của Đảng"),
        ],
    ),
    "law-with-year": Case(
        "Người dân quan tâm tới Luật Đất đai 2024 khi luật có hiệu lực.",
        [Doc("Luật", None, title="Đất đai 2024")],
    ),
    "law-of-clause": Case(
        "Điều 5 của Luật Tổ chức chính quyền địa phương quy định rõ thẩm quyền.",
        [Doc("Luật", None, title="Tổ chức chính quyền địa phương")],
    ),
    "law-name-with-year": Case(
        "Luật Đầu tư công năm 2019 đã bộc lộ một số bất cập.",
        [Doc("Luật", None, title="Đầu tư công năm 2019")],
    ),
    "constitution-year": Case(
        "Đại biểu thảo luận dự thảo sửa đổi Hiến pháp năm 1992.",
        [Doc("Hiến pháp", None, title="năm 1992")],
    ),
    "repeated-once": Case(
        "Nghị quyết Đại hội XIII của Đảng được quán triệt. Cán bộ học tập Nghị quyết Đại hội XIII của Đảng.",
        [Doc("Nghị quyết", None, title="Đại hội XIII của Đảng")],
    ),
}

MERGES = {
    "short-after-full": Case(
        "Hội nghị triển khai Nghị định 71/2020/NĐ-CP về đào tạo giáo viên. Các địa phương thực hiện theo"
        " Nghị định số 71. Hướng dẫn thực hiện Nghị định 71 của Bộ GD&ĐT chưa rõ.",
        [Doc("Nghị định", "71/2020/NĐ-CP")],
    ),
    "short-before-full": Case(
        "Kết luận 12 của Bộ Chính trị được quán triệt. Đó là Kết luận số 12-KL/TW ngày 6/8/2021.",
        [Doc("Kết luận", "12-KL/TW", D(2021, 8, 6))],
    ),
    "repeat-fills-date": Case(
        "Tỉnh thực hiện Kế hoạch số 40-KH/TU. Kế hoạch số 40-KH/TU ngày 2/2/2022 của Tỉnh ủy nêu rõ mục tiêu.",
        [Doc("Kế hoạch", "40-KH/TU", D(2022, 2, 2), "Tỉnh ủy")],
    ),
    "lower-case-repeat": Case(
        "Mức thu theo Quyết định 26 của Thủ tướng đã lạc hậu; quyết định 26 (năm 2001) cần sửa đổi.",
        [Doc("Quyết định", "26", None, "Thủ tướng")],
    ),
    "short-with-another-kind-word": Case(
        "Ngày 29/12/2023, Bộ Tài chính có văn bản số 4472/BTC-NSNN gửi các tỉnh. Trong văn bản hướng dẫn số 4472,"
        " Bộ yêu cầu các địa phương rà soát nguồn kinh phí.",
        [Doc("Văn bản", "4472/BTC-NSNN", D(2023, 12, 29), "Bộ Tài chính")],
    ),
    "different-kinds-kept": Case(
        "Tỉnh thực hiện Kết luận số 21 và Nghị quyết 21-NQ/TW của Trung ương.",
        [Doc("Kết luận", "21", None, "Trung ương"), Doc("Nghị quyết", "21-NQ/TW", None, "Trung ương")],
    ),
}

ENCODINGS = {
    "nfd-input": Case(
        unicodedata.normalize(
            "NFD", "Quyết định số 77/QĐ-UBND ngày 3/4/2024 của Ủy ban nhân dân tỉnh về việc giao vốn."
        ),
        [Doc("Quyết định", "77/QĐ-UBND", D(2024, 4, 3), "Ủy ban nhân dân tỉnh")],
    ),
    "en-dash-number": Case(
        "Ban Thường vụ Huyện ủy ban hành Kế hoạch số 19–KH/HU về chuyển đổi số.",
        [Doc("Kế hoạch", "19-KH/HU", None, "Ban Thường vụ Huyện ủy")],
    ),
    "non-breaking-space": Case(
        "Thực hiện Chỉ thị\u00a0số\u00a008-CT/TU của Tỉnh ủy về phòng, chống tham nhũng.",
        [Doc("Chỉ thị", "08-CT/TU", None, "Tỉnh ủy")],
    ),
    "eth-typed-for-dj": Case(
        "Chính phủ vừa ban hành Nghị định số 58/2025/N\u00d0-CP ngày 3/3/2025 về điện tái tạo. Nghị định số"
        " 58/2025/NĐ-CP có hiệu lực từ ngày ký.",
        [Doc("Nghị định", "58/2025/NĐ-CP", D(2025, 3, 3), "Chính phủ")],
    ),
    "upper-case-so": Case(
        "SỐ 12-NQ/TU: Nghị quyết của Tỉnh ủy về phát triển nông nghiệp.",
        [Doc("Nghị quyết", "12-NQ/TU")],
    ),
}

POSITIVE = {
    **STATE_NUMBERS,
    **PARTY_NUMBERS,
    **BARE_NUMBERS,
    **ISSUERS,
    **LISTS,
    **UNNUMBERED,
    **MERGES,
    **ENCODINGS,
}

# Numbers that look like document numbers, and kind words used as verbs or names.
MUST_NOT_EXTRACT = {
    "five-year-plan": "Kế hoạch 5 năm 2021-2025 đã hoàn thành vượt mức.",
    "phone-numbers": "Đường dây nóng 0912.345.678 hoặc 024-3825-1234 hoạt động cả ngày.",
    "score": "Đội tuyển tỉnh thắng 3-1 trong trận chung kết.",
    "covid": "Số ca mắc Covid-19 giảm mạnh, 9+ học sinh đạt điểm tuyệt đối.",
    "month-year": "Đến tháng 10/2025, tỉnh hoàn thành; quý 5/2022 không có trong lịch.",
    "full-date": "Ngày 14/01/2022 và ngày 25-10-2021 là hai mốc quan trọng.",
    "verb-quyet-dinh": "Hội đồng quyết định 3 vấn đề quan trọng và thông báo 15 ca mắc mới.",
    "verb-quy-dinh": "Luật quy định 5 loại hồ sơ, hướng dẫn 200 hộ dân làm thủ tục.",
    "named-by-number": "Tỉnh triển khai Chương trình 135 và Dự án 1 thuộc chương trình mục tiêu quốc gia.",
    "law-school": "Trường Đại học Luật Hà Nội tuyển sinh 2.000 chỉ tiêu.",
    "lawyer": "Luật sư Nguyễn Văn Bình tham gia bào chữa.",
    "verb-at-sentence-start": "Kết luận Hội nghị, đồng chí Bí thư yêu cầu các cấp ủy thực hiện tốt.",
    "in-passing": "Cần thực hiện tốt các nghị quyết, chỉ thị, kế hoạch của Đảng.",
    "place-slash": "Người dân Quận 1/TP.HCM đến làm thủ tục.",
    "plate-number": "Xe mang biển số 51F-123.45 vi phạm tốc độ.",
    "percent": "Tỷ lệ đạt 95% so với Kế hoạch 2024.",
    "law-year-only": "Theo Luật 2024 mới, mọi việc đã khác.",
    "counted-noun": "Kế hoạch 2 mặt của tỉnh được triển khai; Đề án 3 nội dung chưa xong.",
    "hundred-days": "Tỉnh đề ra Kế hoạch 100 ngày cao điểm.",
}


@pytest.mark.parametrize("case", POSITIVE.values(), ids=POSITIVE.keys())
def test_found(case: Case) -> None:
    assert _as_rows(_found(case.text, case.published)) == case.expected


@pytest.mark.parametrize("case", POSITIVE.values(), ids=POSITIVE.keys())
def test_spans_point_into_the_callers_string(case: Case) -> None:
    for d in _found(case.text, case.published):
        assert d.span is not None
        assert case.text[d.span.start : d.span.end] == d.span.text
        if d.number is not None:
            digits = d.number.split("-")[0].split("/")[0]
            assert digits in d.span.text


@pytest.mark.parametrize("text", MUST_NOT_EXTRACT.values(), ids=MUST_NOT_EXTRACT.keys())
def test_must_not_extract(text: str) -> None:
    assert _found(text) == []


KEYS = {
    "year-in-number": ("Nghị định 45/2023/NĐ-CP quy định rõ.", "45/2023/NĐ-CP"),
    "year-from-date": ("Kế hoạch số 215-KH/TU ngày 03/3/2023 của Tỉnh ủy.", "215-KH/TU|2023"),
    "bare-year-from-date": ("Nghị quyết số 27 ngày 8/12/2017 của HĐND tỉnh.", "27|2017"),
    "bare-year-from-nam": ("Quyết định 26 của Thủ tướng ban hành năm 2001 đã lạc hậu.", "26|2001"),
    "upper-no-spaces": ("Quyết định số 90/QĐ-TTg ngày 18/01/2022.", "90/QĐ-TTG|2022"),
    "spaced": ("Thực hiện Kế hoạch số 62 - KH/TU của Tỉnh ủy.", "62-KH/TU"),
}


@pytest.mark.parametrize("case", KEYS.values(), ids=KEYS.keys())
def test_key(case: tuple[str, str]) -> None:
    text, key = case
    assert [d.key for d in _found(text) if d.number] == [key]


def test_old_tone_and_nfd_spans() -> None:
    text = unicodedata.normalize(
        "NFD", "Thực hiện Kế hoạch số 33-KH/TU của Thường trực Tỉnh uỷ Hoà Bình về thi đua."
    )
    (doc,) = _found(text)
    assert doc.number == "33-KH/TU"
    assert doc.issuer == unicodedata.normalize("NFC", "Thường trực Tỉnh uỷ Hoà Bình")
    assert doc.span is not None and text[doc.span.start : doc.span.end] == doc.span.text


def test_numbers_and_dates_are_claimed() -> None:
    text = "Hội nghị quán triệt Kế hoạch số 147-KH/TU ngày 14/01/2022 của Tỉnh ủy và Quyết định 70 của Thủ tướng."
    ctx = Context.build(text, dt.date(2022, 3, 1))
    _, claimed = extract_documents(ctx)
    for piece in ("147-KH/TU", "14/01/2022", "70"):
        a = text.index(piece, text.index("số"))
        assert claimed.overlaps(a, a + len(piece)), piece
    a = text.index("Hội nghị")
    assert not claimed.overlaps(a, a + len("Hội nghị"))


def test_no_year_without_publication_date() -> None:
    (doc,) = _found("Nghị quyết số 01/NQ-CP ngày 5/1 của Chính phủ về nhiệm vụ năm.", published=None)
    assert doc.date is None and doc.key == "01/NQ-CP"


def test_day_without_year_takes_publication_year() -> None:
    (doc,) = _found("Nghị quyết số 01/NQ-CP ngày 5/1 của Chính phủ về nhiệm vụ năm.", published="2024-02-01")
    assert doc.date == D(2024, 1, 5)


def test_long_text_is_linear_enough() -> None:
    sentence = (
        "Hội nghị quán triệt Kế hoạch số 147-KH/TU ngày 14/01/2022 của BCH Đảng bộ tỉnh về việc học tập. "
    )
    docs = _found(sentence * 500)
    assert [d.number for d in docs] == ["147-KH/TU"]


def test_a_type_code_of_an_unknown_kind_fails_at_load(tmp_path: Path) -> None:
    """An overlay row of document_types.tsv must name a kind of document_kinds.tsv."""
    import os
    import subprocess
    import sys

    (tmp_path / "document_types.tsv").write_text("code\tkind\nKHH\tKế hoạc\n", encoding="utf-8")
    env = {**os.environ, "VN_NEWSIE_GAZETTEERS": str(tmp_path)}
    code = "import vn_newsie; vn_newsie.extract('Tỉnh thực hiện Kế hoạch số 12-KH/TU.')"
    res = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120)
    assert res.returncode != 0
    assert "GazetteerError" in res.stderr and "document_types.tsv" in res.stderr and "'Kế hoạc'" in res.stderr


KIND_SCAN_ROWS = {
    "party-and-state": "Thực hiện Nghị quyết số 18-NQ/TW và Quyết định 1234/QĐ-UBND của UBND tỉnh",
    "upper-case-kind": "THÔNG TƯ LIÊN TỊCH SỐ 12/2023/TTLT-BTC-BNV hướng dẫn thi hành",
    "kind-inside-a-longer-kind": "Thông báo kết luận số 45-TB/TU và Sắc lệnh 3 cùng Nghị định",
    "codes-written-exactly": "theo NQ 21 và QĐ số 7, không phải nq hay qđ viết thường",
    "no-kind": "Hội nghị diễn ra trong hai ngày với sự tham dự của 300 đại biểu",
    "first-words-of-kinds-in-other-words": "Công tác chỉ đạo, điều hành và quyết tâm của bộ máy văn phòng 2024",
    "kind-broken-over-a-line": "Thực hiện Công văn\nsố 512/UBND-VX và Kế\n hoạch 30 của Sở",
}


@pytest.mark.parametrize("text", KIND_SCAN_ROWS.values(), ids=KIND_SCAN_ROWS.keys())
def test_kind_patterns_tried_at_kind_tokens_find_what_scanning_finds(text: str) -> None:
    """The kind patterns are tried only at tokens that start a kind spelling: same matches."""
    ctx = Context.build(text, None)
    starts = _kind_starts(ctx)
    for pattern in (_patterns()[0], _patterns()[3]):
        tried = [m.span() for m in _kind_matches(pattern, ctx.text, starts, 0, len(ctx.text))]
        assert tried == [m.span() for m in pattern.finditer(ctx.text)]
