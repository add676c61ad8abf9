"""The statistic recognizer, table-driven: a row per phrasing, called through ``extract``.

Each ``Case`` is a sentence in the genre (socio-economic and political news) and one statistic
it must yield: value in base units, unit, and, where given, the words its name must contain,
its qualifier, change, range end, baseline and period. Adding a case is adding a row. The
must-not-extract tables list sentences, or numbers in them, that are not statistics.
"""

from __future__ import annotations

import time
import unicodedata
from dataclasses import dataclass

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vn_newsie import Metric, extract
from vn_newsie.context import Context, Ranges
from vn_newsie.metrics import extract_metrics

ANY = "any"


@dataclass(frozen=True)
class Case:
    text: str
    value: float
    unit: str
    name: tuple[str, ...] = ()  # words the name must contain (case-insensitive)
    qualifier: str | None = ANY
    change: str | None = ANY
    value_max: float | None | str = ANY
    baseline: str | None = ANY
    period: str | None = ANY


def _ascii(s: str) -> str:
    """Test ids without diacritics, so pytest prints them readably."""
    s = unicodedata.normalize("NFD", s.replace("đ", "d").replace("Đ", "D"))
    return "".join(ch for ch in s if not unicodedata.combining(ch))


def _id(c: Case) -> str:
    return _ascii(f"{c.value:g} {c.unit} | {c.text[:48]}")


def _metrics(text: str) -> list[Metric]:
    return extract(text, published="2024-05-01").metrics


def _find(case: Case) -> Metric:
    ms = _metrics(case.text)
    for m in ms:
        if m.value == pytest.approx(case.value, rel=1e-9) and m.unit == case.unit:
            return m
    raise AssertionError(f"no {case.value:g} {case.unit!r} in {[(m.value, m.unit, m.name) for m in ms]}")


def _check(case: Case) -> None:
    m = _find(case)
    for word in case.name:
        assert word.lower() in m.name.lower(), (word, m.name)
    if case.qualifier != ANY:
        assert m.qualifier == case.qualifier
    if case.change != ANY:
        assert m.change == case.change
    if case.value_max != ANY:
        assert m.value_max == (pytest.approx(case.value_max) if case.value_max is not None else None)
    if case.baseline != ANY:
        assert m.baseline == case.baseline
    if case.period != ANY:
        assert m.period == case.period


# --- amounts of money ---------------------------------------------------------------------------

# fmt: off
MONEY = [
    # a figure in brackets after a name is that name's, measured as the figure before it (class 15)
    Case("Năm 2023, kim ngạch xuất khẩu của Việt Nam đạt 355 tỷ USD, vượt Thái Lan (285 tỷ USD), Indonesia "
         "(258 tỷ USD).", 285e9, "USD", ("kim ngạch xuất khẩu", "Thái Lan")),
    Case("Năm 2023, kim ngạch xuất khẩu của Việt Nam đạt 355 tỷ USD, vượt Thái Lan (285 tỷ USD), Indonesia "
         "(258 tỷ USD).", 258e9, "USD", ("kim ngạch xuất khẩu", "Indonesia")),
    Case("Tài khoản của bị cáo ở nước ngoài còn 120.455,30 SGD chưa được kê khai.", 120455.3, "SGD"),
    Case("Doanh thu du lịch của thành phố đạt trên 8.200 tỷ đồng.", 8.2e12, "đồng",
         ("doanh thu du lịch",), qualifier="over"),
    Case("Thu ngân sách nhà nước trên địa bàn đạt 2.664 tỷ đồng.", 2.664e12, "đồng",
         ("thu ngân sách nhà nước",), qualifier=None),
    Case("GRDP bình quân đầu người đạt 47 triệu đồng/người/năm.", 4.7e7, "đồng/người/năm",
         ("GRDP bình quân đầu người",)),
    Case("Tổng kim ngạch xuất khẩu của tỉnh ước đạt 1,2 tỷ USD.", 1.2e9, "USD",
         ("kim ngạch xuất khẩu",), qualifier="about"),
    Case("Thiệt hại về tài sản ước tính là 12 tỷ đồng.", 1.2e10, "đồng", ("thiệt hại",), qualifier="about"),
    Case("Mức trần học phí đại học là 250.000 đồng/tháng.", 250_000, "đồng/tháng", ("mức trần học phí",)),
    Case("Theo đó, mức thu một năm với hệ trung cấp: không quá 1,2 triệu đồng.", 1.2e6, "đồng",
         ("mức thu",), qualifier="under"),
    Case("Tổng vốn đầu tư của công trình là 1.250,5 tỷ đồng (tương đương 53,4 triệu USD).", 5.34e7, "USD",
         ("tổng vốn đầu tư",)),
    Case("Tổng mức đầu tư của cây cầu vào khoảng 4.350 tỷ đồng bằng vốn ngân sách trung ương.", 4.35e12, "đồng",
         ("tổng mức đầu tư",)),  # "đồng bằng" (a delta) is no unit, but after "tỷ" "đồng" is the currency
    # a quotation after a dash opens the clause: the dateline before it is not the subject
    Case("Giá xăng và tăng trưởng (PV) - “Giá trị sản xuất công nghiệp tháng 3 ước đạt gần 36.300 tỷ đồng”.",
         3.63e13, "đồng", ("giá trị sản xuất công nghiệp",)),
    Case("Nhà máy có công suất 50 MW, vốn đầu tư 1.500 tỷ đồng.", 1.5e12, "đồng", ("vốn đầu tư",)),
    Case("Cụ thể, vốn ngân sách Trung ương 1.200 tỷ đồng, vốn địa phương 800 tỷ đồng.", 1.2e12, "đồng",
         ("ngân sách Trung ương",)),
    Case("Toàn tỉnh có 12.345 doanh nghiệp đang hoạt động với tổng vốn đăng ký 250.000 tỷ đồng.", 2.5e14, "đồng",
         ("tổng vốn đăng ký",)),
    Case("Thu ngân sách đạt 2.000 tỷ đồng, chi ngân sách 1.500 tỷ.", 1.5e12, "đồng", ("chi ngân sách",)),
    Case("Mức lương cơ sở tăng từ 1,8 triệu đồng lên 2,34 triệu đồng/tháng.", 2.34e6, "đồng/tháng",
         ("mức lương cơ sở",)),
    Case("Quỹ Vì người nghèo đã vận động được hơn 12 tỷ đồng.", 1.2e10, "đồng", ("vận động",), qualifier="over"),
    Case("Mỗi hộ được hỗ trợ 2 triệu đồng để sửa chữa nhà ở.", 2e6, "đồng", ("hỗ trợ",)),
    Case("Doanh thu từ du lịch đạt gần 800 tỷ đồng.", 8e11, "đồng", ("doanh thu",), qualifier="nearly"),
    Case("Mức lương tối thiểu vùng là 4.680.000 đồng/tháng.", 4_680_000, "đồng/tháng", ("mức lương",)),
    Case("Thu nhập của người lao động không thấp hơn 4,5 triệu đồng/tháng.", 4.5e6, "đồng/tháng",
         ("thu nhập",), qualifier="over"),
    Case("Giá bán lẻ xăng giảm 500 đ/lít.", 500, "đồng/lít", ("giá bán lẻ xăng",), change="decrease"),
    Case("Kinh phí thực hiện đề án khoảng hai nghìn tỷ đồng.", 2e12, "đồng", ("kinh phí",), qualifier="about"),
    # text glued by scraping (class 13)
    Case("Các nhà hảo tâm đã quyên góp được 75tỷđồng cho quỹ.", 7.5e10, "đồng", ("quyên góp",)),
    Case("Doanh thu đạt 300 tỷđồng.", 3e11, "đồng", ("doanh thu",)),
    Case("Tổng chi ngân sách địa phương 6 tháng đầu năm ước đạt 9.870 tỷ đồng.", 9.87e12, "đồng",
         ("tổng chi ngân sách",), period="6 tháng đầu năm"),
    # what is measured written after the amount (class 15)
    Case("Tỉnh đã bố trí 12 nghìn tỷ đồng vốn đối ứng ODA cho các dự án.", 1.2e13, "đồng", ("vốn đối ứng ODA",)),
    Case("Năm nay, doanh nghiệp đã mua hơn 500 tấn lúa giống của nông dân.", 500, "tấn",
         ("lúa giống", "đã mua"), qualifier="over"),
    Case("Khoản chi cho nâng phụ cấp giáo viên sẽ vào khoảng 7.500 tỷ đồng.", 7.5e12, "đồng",
         ("khoản chi cho nâng phụ cấp giáo viên",),
         qualifier="about"),
    Case("Cơ quan thi hành án đã bán tài sản, thu được hơn 5 tỷ đồng, còn lại hơn 155 tỷ đồng chưa thi hành.",
         1.55e11, "đồng", ("chưa thi hành",)),  # a one-word subject takes the words after the amount
    Case("Năm nay tỉnh thu hút 45 dự án với tổng vốn đầu tư 12.000 tỷ đồng.", 1.2e13, "đồng",
         ("tổng vốn đầu tư", "dự án")),  # the total of the count before it
    Case("Công trình thủy điện Sông Bung được khởi công với tổng vốn đầu tư 3.000 tỷ đồng.", 3e12, "đồng",
         ("tổng vốn đầu tư", "thủy điện Sông Bung")),  # what "với tổng ..." measures comes before it
    # a figure after "so với" is the same thing at another time; a subject of cue words only, or
    # ending in a modal, names nothing and is taken from the clause before (class 15)
    Case("Chi thường xuyên năm nay khoảng 9.000 tỷ đồng, cao hơn nhiều so với 7.200 tỷ của năm ngoái.", 7.2e12,
         "đồng", ("chi thường xuyên",)),
    Case("Tổng thu ngân sách năm 2023 có thể đạt 21.000 tỷ đồng, vượt so với năm ngoái 16%.", 16, "%",
         ("tổng thu ngân sách",)),
    Case("Mức bội chi vẫn chưa thay đổi (năm nay dự kiến khoảng 4,5%).", 4.5, "%", ("mức bội chi",)),
    # an amount got by a verb ("thu được", "quyên góp được") is named as the sum it got (class 15)
    Case("Tỉnh đã bán đấu giá 4 lô đất, thu được hơn 27 tỷ đồng.", 27e9, "đồng", ("số tiền", "thu được"),
         qualifier="over"),
    Case("Qua đợt vận động, Hội Chữ thập đỏ huyện đã quyên góp được 450 triệu đồng.", 450e6, "đồng",
         ("số tiền", "quyên góp được")),
    # ... but a generic head already says what the amount is
    Case("Tổng vốn huy động được của chi nhánh là 900 tỷ đồng.", 900e9, "đồng", ("tổng vốn",)),
]
# fmt: on

# --- percentages -------------------------------------------------------------------------------

# fmt: off
PERCENT = [
    Case("Kinh tế của tỉnh tiếp tục tăng trưởng, tốc độ đạt 6,12%.", 6.12, "%", ("tốc độ", "tăng trưởng")),
    Case("Tỷ lệ bao phủ bảo hiểm y tế đạt 92,5% dân số.", 92.5, "%", ("bảo hiểm y tế",)),
    Case("Nông dân thực thụ của xã chỉ còn khoảng 40%.", 40, "%", ("nông dân",), qualifier="about"),
    Case("Lao động nhập cư chiếm khoảng 30%, còn lại là người địa phương.", 30, "%", ("lao động nhập cư",),
         qualifier="about"),
    Case("Tỷ lệ hộ nghèo giảm còn 2,1%.", 2.1, "%", ("tỷ lệ hộ nghèo",), change="decrease"),
    Case("Đến nay, 100% xã trên địa bàn huyện đạt chuẩn nông thôn mới.", 100, "%", ("xã",)),
    Case("Tỷ lệ học sinh tốt nghiệp THPT đạt 98,6%.", 98.6, "%", ("tốt nghiệp",)),
    # a subject too long for a name starts at its generic head noun (class 15)
    Case("Chỉ đạo nhiệm vụ của ngành, Bộ trưởng đề nghị các sở, ban, ngành và các đơn vị trực thuộc khẩn trương "
         "nâng cao tỷ lệ lao động qua đào tạo có bằng cấp lên 70%.", 70, "%", ("tỷ lệ lao động qua đào tạo",)),
    Case("Tỷ lệ giải ngân vốn đầu tư công mới đạt 35,6% kế hoạch.", 35.6, "%", ("giải ngân",), baseline="kế hoạch"),
    Case("Lãi suất cho vay ưu đãi là 6,6%/năm.", 6.6, "%/năm", ("lãi suất",)),
    Case("Công nghiệp chiếm tỷ trọng gần 39%/GDP.", 39, "%", ("tỷ trọng",)),  # a share of GDP, not a rate
    # the whole after a share is not the subject of the change after it (class 15)
    Case("Giá trị gia tăng của ngành dịch vụ chiếm gần 42%/GRDP chỉ tăng 5,1%.", 5.1, "%",
         ("giá trị gia tăng của ngành dịch vụ",)),
    Case("Năng suất lao động tăng 56% (bình quân 7,7% năm).", 7.7, "%/năm", ("năng suất lao động",)),
    Case("Kim ngạch xuất khẩu tăng 7% năm 2005.", 7, "%", ("kim ngạch xuất khẩu",), period="năm 2005"),
    Case("Tốc độ tăng trưởng đạt 7,5%so với năm trước.", 7.5, "%", ("tốc độ tăng trưởng",)),  # glued (class 13)
    Case("Tổng cộng có 1.432 cử tri tham gia bỏ phiếu, chiếm tỷ lệ 99,8%.", 99.8, "%", ("cử tri",)),
    Case("Ngành du lịch phấn đấu đến năm 2030 đóng góp 10% GRDP.", 10, "%", ("du lịch",), period="đến năm 2030"),
    Case("Tỉnh phấn đấu đạt mười lăm phần trăm dân số tham gia bảo hiểm xã hội.", 15, "%", ("bảo hiểm xã hội",)),
    Case("Trong đó, vốn vay ODA là 900 tỷ đồng (chiếm 60%).", 60, "%", ("vốn vay ODA",)),
    Case("Chỉ số sản xuất công nghiệp (IIP) tăng 10,2%.", 10.2, "%", ("chỉ số sản xuất công nghiệp",),
         change="increase"),
    Case("Trong quý I/2024, tổng sản phẩm trên địa bàn (GRDP) ước tăng 6,8% so với cùng kỳ.", 6.8, "%",
         ("tổng sản phẩm",), qualifier="about", change="increase", period="quý I/2024"),
    Case("Kết quả, có 48/50 đại biểu tán thành (chiếm 96%).", 96, "%", ("tán thành",)),
    # "chiếm" after a figure with no subject of its own: the share of the thing before (class 15)
    Case("Chi bộ có 230 đảng viên trẻ, chiếm 18%.", 18, "%", ("tỷ lệ", "đảng viên trẻ")),
    Case("Năm qua cảng đón trên 1,4 triệu lượt khách, chiếm 61% lượng khách cả vùng.", 61, "%",
         ("tỷ lệ", "lượt khách")),
    # a passive clause opening the sentence takes the subject of the clause after it (class 15)
    Case("Được kéo xuống còn 2,1% trong quý I, tỷ lệ lạm phát đã tăng lên 3,4% trong quý II.", 2.1, "%",
         ("tỷ lệ lạm phát", "kéo")),
    Case("Được duy trì ở mức 4,5% năm ngoái, lãi suất điều hành năm nay giảm còn 4%.", 4.5, "%",
         ("lãi suất điều hành",)),
    # a share of a bare figure ending the clause before is named by that clause's subject (class 15)
    Case("Lực lượng lao động nữ của tỉnh là 41,5 nghìn, chiếm 52%.", 52, "%", ("tỷ lệ lực lượng lao động nữ",)),
    Case("Số lao động làm việc trong các khu công nghiệp đạt khoảng 18 nghìn, chiếm 23,4%.", 23.4, "%",
         ("lao động làm việc trong các khu công nghiệp",)),
]
# fmt: on

# --- changes and targets ------------------------------------------------------------------------

# fmt: off
CHANGES = [
    Case("Giá trị sản xuất nông nghiệp đạt 9.000 tỷ đồng, tăng 4,2% so với cùng kỳ 2022.", 4.2, "%",
         ("giá trị sản xuất nông nghiệp",), change="increase", baseline="cùng kỳ 2022"),
    Case("Thu ngân sách đạt 3.100 tỷ đồng, đạt 112,5% dự toán giao.", 112.5, "%", ("thu ngân sách",),
         change=None, baseline="dự toán giao"),
    Case("Thu ngân sách đạt 3.100 tỷ đồng, vượt 9,3% so với cùng kỳ.", 9.3, "%", ("thu ngân sách",),
         change="increase", baseline="cùng kỳ"),
    Case("Số ca mắc sốt xuất huyết giảm 30% so với cùng kỳ năm trước.", 30, "%", ("sốt xuất huyết",),
         change="decrease", baseline="cùng kỳ năm trước"),
    Case("Phí đại học dự kiến tăng gần 35%", 35, "%", ("học", "tăng"), qualifier="nearly", change="increase"),
    Case("Năm 2023, GRDP của tỉnh tăng 7,8%, đứng thứ 9 cả nước.", 7.8, "%", ("GRDP",), change="increase",
         period="Năm 2023"),
    # a time phrase right after a figure is its own ("3% trong năm 2020 và 7,8% vào năm 2021")
    Case("Ngân hàng dự báo tăng trưởng đạt 3% trong năm 2020 và 7,8% vào năm 2021.", 7.8, "%", period="năm 2021"),
    Case("Doanh thu tăng từ 943 tỷ đồng năm 2000 lên 2.474 tỷ đồng năm 2004.", 2.474e12, "đồng",
         ("doanh thu",), period="năm 2004"),
    # a figure after "khi" that is not a bound is reported ("trong khi" is a contrast); a change
    # verb is not preceded by a bound ("nước ngoài tăng": "ngoài" is no qualifier here)
    Case("Khu vực nhà nước tăng 7,9% trong khi khu vực ngoài quốc doanh tăng 25,5%.", 25.5, "%",
         ("ngoài quốc doanh",), change="increase"),
    Case("Khu vực có vốn đầu tư nước ngoài tăng 12,5%.", 12.5, "%", ("vốn đầu tư nước ngoài",), qualifier=None),
    Case("Tỷ lệ lao động nông nghiệp giảm từ trên 45% xuống còn 38,2%.", 38.2, "%", ("lao động nông nghiệp",)),
    Case("Tỷ lệ hộ nghèo giảm bình quân 1,5%/năm.", 1.5, "%/năm", ("hộ nghèo", "bình quân"), change="decrease"),
    Case("Nguồn lực cho giảm nghèo tăng lên khoảng 80.000 tỷ đồng/năm.", 8e13, "đồng/năm", ("nguồn lực",),
         qualifier="about", change="increase"),
    Case("Tổng mức bán lẻ hàng hóa bằng 104% kế hoạch năm.", 104, "%", ("bán lẻ",), baseline="kế hoạch năm"),
    Case("Tỷ lệ hộ nghèo giảm 1,3 điểm phần trăm so với đầu năm.", 1.3, "điểm phần trăm", ("hộ nghèo",),
         change="decrease"),
]
# fmt: on

# --- counts ---------------------------------------------------------------------------------------

# fmt: off
COUNTS = [
    Case("Hội nghị được tổ chức trực tuyến với trên 1.200 đại biểu tham dự.", 1200, "đại biểu",
         ("đại biểu tham dự",), qualifier="over"),
    Case("Tỉnh hiện thiếu hơn 3.000 giáo viên mầm non.", 3000, "giáo viên", ("thiếu", "giáo viên"), qualifier="over"),
    Case("Mưa lũ đã làm 4 người chết, 7 người bị thương.", 4, "người", ("người chết",)),
    Case("Mưa lũ đã làm 4 người chết, 7 người bị thương.", 7, "người", ("bị thương",)),
    # a cause told with the places it happened in: the last place is not the cause (class 15)
    Case("Vụ sạt lở đất tại thôn Khe Mơ, xã Hòa Bình, huyện Lục Yên làm 9 người chết.", 9, "người",
         ("vụ sạt lở đất",)),
    Case("Tại huyện Mường Chà, lũ quét đã làm 7 người mất tích.", 7, "người", ("lũ quét",)),
    # a short verb between the causative and the count is what befell them (class 15)
    Case("Đáng chú ý là vụ lật xe khách tại đèo Cả, thị xã Đông Hòa làm bị thương 14 người.", 14, "người",
         ("người bị thương", "vụ lật xe khách")),
    Case("Đợt rét đậm kéo dài đã làm chết 320 con gia súc.", 320, "con gia súc", ("chết", "rét đậm")),
    Case("Trận lốc xoáy làm 215 nhà bị hư hại, tốc mái.", 215, "nhà", ("hư hại",)),
    Case("Đợt rét kéo dài làm 2.340 con gia súc bị chết.", 2340, "con gia súc", ("gia súc", "chết")),
    Case("Năm 2023, thu hút trên 2,3 triệu lượt khách du lịch.", 2.3e6, "lượt khách",
         ("khách du lịch",), qualifier="over"),
    Case("Đến năm 2025, cả nước cơ bản hoàn thành hỗ trợ nhà ở cho khoảng 300 nghìn hộ nghèo.", 300_000,
         "hộ nghèo", ("hộ nghèo", "nhà ở"), qualifier="about"),
    Case("Tính đến cuối năm 2022, toàn tỉnh đã có 12.500 hộ được hỗ trợ về nhà ở.", 12_500, "hộ",
         ("hộ", "nhà ở")),
    Case("Tại kỳ họp, đại biểu đã thông qua 25 nghị quyết quan trọng.", 25, "nghị quyết", ("nghị quyết",)),
    # a small count after a verb whose last syllable is also a preposition ("thông qua"), and a
    # host body whose name holds a word that elsewhere ends a counted noun ("Bộ Chính trị") (class 12)
    Case("Tại phiên bế mạc, Quốc hội xem xét thông qua 6 dự luật.", 6, "dự luật", ("thông qua", "dự luật")),
    Case("Cuối phiên họp, Quốc hội đã biểu quyết thông qua 4 nghị quyết.", 4, "nghị quyết", ("nghị quyết",)),
    Case("Bộ Chính trị khóa mới có 16 người, tăng một người.", 16, "người", ("Bộ Chính trị",)),
    Case("Ban Thường vụ Tỉnh ủy có 15 ủy viên.", 15, "ủy viên", ("Ban Thường vụ",)),
    Case("Từ nay đến cuối năm, Bộ sẽ tổ chức 3 hội nghị chuyên đề tháo gỡ khó khăn cho doanh nghiệp.", 3,
         "hội nghị", ("hội nghị chuyên đề",)),
    # two counted nouns joined by a comma are one count of both kinds: both are its unit
    Case("Toàn bệnh viện có 1.450 cán bộ, nhân viên y tế đăng ký hiến máu tình nguyện.", 1450, "cán bộ, nhân viên",
         ("nhân viên y tế", "hiến máu")),
    # a vague host before "có" with examples after it is no part of what is measured (class 15)
    Case("Một số tỉnh có số người tự ứng cử cao như Hà Giang là 115, Sơn La 92 người.", 92, "người",
         ("số người tự ứng cử", "sơn la")),
    Case("Hà Giang có số người tự ứng cử cao như năm trước là 115 người.", 115, "người", ("hà giang",)),
    Case("Trong năm, sở đã tổ chức 60 hội nghị, cuộc họp trực tuyến.", 60, "hội nghị, cuộc họp", ("trực tuyến",)),
    # but a noun after the comma that heads a proper name is the label of the next item
    Case("Thị trấn có 6 khu phố, xã Phú Lộc có 11 thôn.", 6, "khu phố", ("thị trấn",)),
    Case("Nhiều xã còn đông hộ nghèo như xã Nậm Cha là 130, xã Tả Phìn 97 hộ, xã Pa Vây 80 hộ.", 97, "hộ",
         ("tả phìn",)),
    Case("Huyện đoàn đã khen thưởng 36 tập thể, cá nhân có thành tích trong phong trào tình nguyện hè.", 36,
         "tập thể, cá nhân", ("phong trào tình nguyện",)),
    Case("Đoàn tàu chở 420 hành khách và 18 nhân viên phục vụ.", 18, "nhân viên", ("phục vụ",)),
    # a small count joined by "và" to a count of its clause; two list items of one sentence with
    # the same small count are two facts (class 12)
    Case("Hội đồng nhân dân tỉnh sẽ xem xét 12 tờ trình đã được các ban thẩm tra kỹ ở kỳ họp trước và 2 đề án; cho ý kiến về 7 tờ trình "
         "khác.", 2, "đề án", ("đề án",)),
    # a named host keeps its place beside what is said after the count; a tense word or a time
    # phrase is no host (class 15)
    Case("Đến nay, Đảng bộ huyện Tuy An đã có hơn 4.100 đảng viên sinh hoạt tại 96 chi bộ.", 4100, "đảng viên",
         ("Đảng bộ huyện Tuy An", "sinh hoạt")),
    Case("Chẳng hạn, tỉnh Nghệ An có 312 hộ dân phải di dời khỏi vùng sạt lở.", 312, "hộ dân",
         ("Nghệ An", "di dời")),
    Case("Dự kiến tới giữa tháng 10 sẽ có gần 200 chuyên gia nước ngoài sang hỗ trợ.", 200, "chuyên gia",
         ("chuyên gia nước ngoài",)),
    Case("Toàn tỉnh đã giải quyết việc làm cho 25.000 lao động.", 25_000, "lao động", ("việc làm", "lao động")),
    Case("Năm 2023, toàn tỉnh thành lập mới 1.200 doanh nghiệp.", 1200, "doanh nghiệp",
         ("thành lập mới", "doanh nghiệp"), period="Năm 2023"),
    Case("Có 45 đại biểu phát biểu ý kiến tại hội nghị.", 45, "đại biểu", ("phát biểu",)),
    Case("Các lực lượng chức năng đã xử lý 1.234 vụ vi phạm.", 1234, "vụ", ("vi phạm",)),
    Case("Chương trình đã hỗ trợ xây dựng 320 công trình hạ tầng.", 320, "công trình", ("công trình",)),
    Case("Đến hết tháng 4/2024, toàn tỉnh có 1.250 đảng viên mới được kết nạp.", 1250, "đảng viên",
         ("kết nạp",)),
    Case("Năm học này, trường tuyển sinh 650 học sinh lớp 10.", 650, "học sinh", ("học sinh",)),
    Case("Ban tổ chức đã trao 150 suất quà cho học sinh nghèo.", 150, "suất quà", ("suất quà",)),
    Case("Kết quả, 45/47 đại biểu tán thành.", 45, "đại biểu", ("tán thành",)),
    Case("Huyện đã bầu bổ sung 15 ủy viên Ban Chấp hành.", 15, "ủy viên", ("ủy viên",)),
    Case("Mô hình đã thu hút 120 thanh niên tham gia.", 120, "thanh niên", ("thanh niên",)),  # unlisted noun
    Case("Đơn vị đón khoảng hai nghìn lượt khách tham quan.", 2000, "lượt khách", ("khách",), qualifier="about"),
    Case("Cơn bão làm hơn 1.500 ngôi nhà bị tốc mái.", 1500, "ngôi nhà", ("tốc mái",), qualifier="over"),
    # a unit written once for a list: "năm 2019 được 240, năm 2020 là 310, ... 520 học sinh"
    Case("Cụ thể, năm 2019 được 240, năm 2020 là 310, và năm nay được 520 học sinh.", 310, "học sinh"),
    # a count after any verb, small or large, named by the counted noun and the verb
    Case("Lực lượng cứu hộ đã kịp thời đưa 4 người ra khỏi đám cháy.", 4, "người", ("người", "đưa")),
    Case("Hai bộ trưởng đã ký 5 văn kiện về thương mại.", 5, "văn kiện", ("văn kiện", "ký")),
    Case("Hội nghị dự kiến trao giấy chứng nhận và ký kết 45 dự án.", 45, "dự án",
         ("trao giấy chứng nhận và ký kết",)),  # the verb phrase of the clause, when short (class 15)
    Case("Sở Tư pháp đã cấp 12.300 thẻ cho người dân.", 12300, "thẻ", ("thẻ", "cấp")),
    Case("Huyện sẽ di dời khẩn cấp 8 hộ dân ra khỏi vùng nguy hiểm.", 8, "hộ dân", ("hộ dân",)),
    Case("Vùng này là thị trường với khoảng 90 triệu dân.", 90_000_000, "dân", qualifier="about"),
    # coordinated counts: the first is kept and says what the last says
    Case("Năm nay, 7 học sinh và 15 giáo viên được khen thưởng.", 7, "học sinh", ("học sinh", "khen thưởng")),
    Case("Năm nay, 7 học sinh và 15 giáo viên được khen thưởng.", 15, "giáo viên", ("giáo viên", "khen thưởng")),
    Case("Hội đồng đã thông qua 14 đề án, 2 nghị quyết và 9 báo cáo.", 2, "nghị quyết"),
    # a ratio after "gấp", and a count out of a total (the value is the count, the unit its noun)
    Case("Xuất khẩu đạt 3 tỷ USD, gấp 1,8 lần cùng kỳ.", 1.8, "lần", ("xuất khẩu", "cùng kỳ")),
    Case("Huyện có 38/40 trạm y tế đạt chuẩn.", 38, "trạm y tế", ("trạm y tế", "đạt chuẩn")),
    Case("Toàn tỉnh có 52/60 xóm sạch đẹp.", 52, "xóm sạch"),
    # a counted noun of several words is not cut after two syllables
    Case("Xã thành lập 25 tổ tự quản về an ninh.", 25, "tổ", ("tổ tự quản",)),
    # the subject of the figure's own clause, not the clause before
    # a bare counted noun takes what has it; a long existential cue says what the count does
    Case("Thị xã Bình Minh có 8 phường, xã với khoảng 95.000 dân.", 8, "phường, xã", ("thị xã bình minh", "phường, xã")),
    Case("Thị xã Bình Minh có 8 phường, xã với khoảng 95.000 dân.", 95_000, "dân", ("bình minh", "dân")),
    Case("Buổi lễ diễn ra với sự tham dự của 600 công nhân, cán bộ.", 600, "công nhân, cán bộ", ("cán bộ", "tham dự")),
    # what has the count may hold a label word ("khóa"); what is said of a count goes on through
    # names, dotted abbreviations and places (class 15)
    Case("Về nhân sự, Ban Thường vụ khóa mới có 15 người.", 15, "người", ("Ban Thường vụ khóa mới",)),
    Case("Trong số đó có 120 ủy viên T.Ư Đảng khóa trước là đại biểu đương nhiên.", 120, "ủy viên",
         ("ủy viên T.Ư Đảng khóa trước",)),
    Case("Đợt này, 6 tuyến phố trong Khu đô thị Nam Sông Hậu được đặt tên.", 6, "tuyến",
         ("trong Khu đô thị Nam Sông Hậu",)),
    Case("Đoàn đã trao 300 suất quà tại xã Tân Lập.", 300, "suất quà", ("tại xã Tân Lập",)),
    Case("Đại hội bầu 173 người do Ban Chấp hành khóa trước giới thiệu.", 173, "người", ("do Ban Chấp hành",)),
    Case("Sẽ có 1.178 đại biểu (do các cấp bầu ra) tham dự Đại hội.", 1178, "đại biểu", ("tham dự Đại hội",)),
    # noun-first counts: the counted noun heads the subject, the figure stands alone (class 12)
    Case("Tổng số người ứng cử đại biểu HĐND cấp huyện là 12.940.", 12940, "người ứng cử", ("đại biểu HĐND",)),
    Case("Số người chết và mất tích đến cuối ngày đã lên 61.", 61, "người", ("chết và mất tích",)),
    Case("Số hộ nghèo toàn huyện hiện là 1.235, giảm mạnh so với năm trước.", 1235, "hộ nghèo", ("hộ nghèo",)),
    Case("Lượt khách du lịch đến tỉnh trong quý I đạt khoảng 3,3 triệu, tăng 20%.", 3.3e6, "lượt khách",
         ("lượt khách du lịch",), qualifier="about"),
    Case("Số cư dân nông thôn được dùng nước sinh hoạt hợp vệ sinh đạt gần 40 triệu.", 4e7, "cư dân",
         ("nước sinh hoạt hợp vệ sinh",), qualifier="nearly"),
    # dotted x/y; counts of a capitalised common noun (class 12)
    Case("Toàn xã có 42.318/50.907 nhân khẩu tham gia bảo hiểm y tế.", 42318, "nhân khẩu", ("bảo hiểm y tế",)),
    Case("Toàn tỉnh hiện có 1.240 Chi hội nông dân hoạt động hiệu quả.", 1240, "Chi hội", ("Chi hội nông dân",)),
    Case("Đến nay, toàn tỉnh có 62 HTX liên kết với doanh nghiệp.", 62, "HTX", ("HTX",)),
    Case("Xã đã đạt 19/19 tiêu chí nông thôn mới.", 19, "tiêu chí", ("tiêu chí",)),
    # "số" between a count and its listed unit; a counted noun ending in a label word ("cổ phần")
    Case("Có 210 cổ đông dự họp, đại diện cho 845.120.300 số cổ phần có quyền biểu quyết.", 845_120_300,
         "cổ phần", ("cổ phần",)),
    Case("Kết quả kiểm phiếu: 180 cổ đông tham dự, số cổ phần 502.338.910, chiếm 87%.", 502_338_910,
         "cổ phần", ("số cổ phần",)),
    Case("Xã đã đảm bảo 2/2 tiêu chí và 3/4 hạng mục theo quy định.", 2, "tiêu chí", ("đảm bảo",)),  # not a date
    # "trong số" opens a count, it is not the label "số 150" (class 12)
    Case("Trong số 160 ứng cử viên được giới thiệu, có 12 người là nữ.", 160, "ứng cử viên", ("ứng cử viên",)),
    # an amount after a verb is named by the verb and its purpose; a period of another part of
    # the sentence (after ";") is not its period
    Case("Quy hoạch có tầm nhìn đến năm 2045; tỉnh dành 730 tỷ đồng để nâng cấp kè sông Cái.", 730e9, "đồng",
         ("dành", "nâng cấp kè"), period=None),
    Case("Huyện có 40/40 trường học đạt chuẩn và tỷ lệ hộ dùng nước sạch đạt 98,5%.", 98.5, "%",
         ("tỷ lệ hộ dùng nước sạch",)),
    # what has a count may end in a word that is also a preposition: here it has no object (class 15)
    Case("Ban chấp hành hội khóa trước có 21 ủy viên.", 21, "ủy viên", ("ban chấp hành hội khóa trước",)),
    Case("Ban thường vụ dự kiến giới thiệu ban chấp hành nhiệm kỳ tới có 15 người.", 15, "người",
         ("ban chấp hành nhiệm kỳ tới",)),
    # the same noun counted again with nothing said of it is the same body counted (class 15)
    Case("Tổ giúp việc có 12 người, nay sau khi hai đồng chí nghỉ hưu, còn 10 người.", 10, "người",
         ("tổ giúp việc",)),
    # a counted pair of nouns is one unit, and what is said of it follows (class 15)
    Case("Trong 12 nước và vùng lãnh thổ có vốn đầu tư lớn nhất vào Việt Nam, Nhật Bản đứng đầu.", 12,
         "nước và vùng lãnh thổ", ("vốn đầu tư lớn nhất",)),
    Case("Hội chợ năm nay thu hút doanh nghiệp đến từ 25 quốc gia và vùng lãnh thổ.", 25,
         "quốc gia và vùng lãnh thổ", ("quốc gia và vùng lãnh thổ",)),
    # the comma closing a subordinate clause does not join the subject after it to the count (class 15)
    Case("Sau khi bán đấu giá 3 căn nhà, cơ quan thi hành án thu được hơn 12 tỷ đồng.", 3, "căn nhà",
         ("căn nhà",)),
    Case("Sau khi bán đấu giá 3 căn nhà, cơ quan thi hành án thu được hơn 12 tỷ đồng.", 12e9, "đồng",
         ("cơ quan thi hành án",), qualifier="over"),
    # ... but a pair of counted nouns inside it, with a later comma to close it, stays one unit
    Case("Khi hoàn thành 40 xã, phường còn lại, thành phố sẽ đạt chuẩn nông thôn mới.", 40, "xã, phường"),
    # what the counted things do "with" someone is said of them, read on past "với" (class 15)
    Case("Hiện cả tỉnh có 47 hợp tác xã liên kết với doanh nghiệp tiêu thụ nông sản cho bà con.", 47,
         "hợp tác xã", ("liên kết với doanh nghiệp",)),
    Case("Năm nay có thêm 5 doanh nghiệp ký hợp đồng với các hộ trồng chè ở Tân Cương.", 5, "doanh nghiệp",
         ("hợp đồng với các hộ",)),
    # a comma between short nouns before "và" lists them inside one subject: no new clause (class 15)
    Case("Số thí sinh không đủ điều kiện dự thi do thiếu văn bằng, chứng chỉ và giấy khám sức khỏe là 12 thí sinh.",
         12, "thí sinh", ("số thí sinh không đủ điều kiện",)),
    # a count quoted from a speaker: the closing quote neither ends what is said of it nor is a word
    Case('Bà cho biết đã nhận được "hơn 20 ý kiến" của cử tri gửi tới Quốc hội.', 20, "ý kiến",
         ("ý kiến của cử tri",), qualifier="over"),
    Case("Tỉnh đã khởi công 3 dự án nhà ở xã hội với tổng diện tích gần 45 ha.", 45, "ha", ("nhà ở xã hội",)),
]
# fmt: on

# --- measures: mass, area, length, power ---------------------------------------------------------

# fmt: off
MEASURES = [
    Case("Diện tích gieo trồng lúa vụ Đông Xuân đạt 45.000 ha.", 45_000, "ha", ("diện tích gieo trồng",)),
    Case("Sản lượng lương thực ước đạt 300.000 tấn.", 300_000, "tấn", ("sản lượng",), qualifier="about"),
    Case("Xuất khẩu gạo đạt 7,2 triệu tấn, trị giá 4,5 tỷ USD.", 4.5e9, "USD", ("xuất khẩu gạo",)),
    Case("45km bờ biển của tỉnh là lợi thế lớn.", 45, "km", ("bờ biển",)),
    Case("Tuyến đường dài 12,5 km được đầu tư 300 tỷ đồng.", 12.5, "km", ("tuyến đường",)),
    Case("Nhà máy điện mặt trời có công suất 50 MW.", 50, "MW", ("công suất",)),
    # an opening "Với ..." clause measures the named subject after the comma (class 15)
    Case("Với tổng công suất 450 MW, Nhà máy điện gió Hòa Thắng (huyện Bắc Bình) đã phát điện.", 450, "MW",
         ("tổng công suất", "Nhà máy điện gió Hòa Thắng")),
    Case("Toàn tỉnh đã trồng mới 1.200 ha rừng tập trung.", 1200, "ha rừng", ("trồng mới",)),
]
# fmt: on

# --- ranges: both ends --------------------------------------------------------------------------

# fmt: off
RANGES = [
    Case("Tốc độ tăng trưởng bình quân giai đoạn 2021 - 2025 đạt 6,5 - 7%/năm.", 6.5, "%/năm",
         ("tốc độ tăng trưởng",), value_max=7),
    Case("Tốc độ tăng trưởng bình quân giai đoạn 2021 - 2025 đạt 6,5 - 7%/năm.", 7, "%/năm",
         ("tốc độ tăng trưởng",), value_max=None),
    Case("Giá đất nông nghiệp dao động 60.000 - 150.000 đồng/m2.", 60_000, "đồng/m2", ("giá đất",),
         value_max=150_000),
    Case("Giá đất nông nghiệp dao động 60.000 - 150.000 đồng/m2.", 150_000, "đồng/m2", ("giá đất",)),
    Case("Lãi suất cho vay khoảng 6-7%/năm.", 6, "%/năm", ("lãi suất",), qualifier="about", value_max=7),
    Case("Phấn đấu tốc độ tăng trưởng đạt từ 10 đến 15%.", 10, "%", ("tăng trưởng",), value_max=15),
    Case("Giá thuê đất từ 2-3 triệu đồng/m2.", 2e6, "đồng/m2", ("giá thuê",), value_max=3e6),
    Case("Mức hỗ trợ từ 300.000 - 1 triệu đồng/người.", 300_000, "đồng/người", ("mức hỗ trợ",), value_max=1e6),
]
# fmt: on


@pytest.mark.parametrize("case", MONEY, ids=_id)
def test_money(case: Case) -> None:
    _check(case)


@pytest.mark.parametrize("case", PERCENT, ids=_id)
def test_percent(case: Case) -> None:
    _check(case)


@pytest.mark.parametrize("case", CHANGES, ids=_id)
def test_changes_and_targets(case: Case) -> None:
    _check(case)


@pytest.mark.parametrize("case", COUNTS, ids=_id)
def test_counts(case: Case) -> None:
    _check(case)


@pytest.mark.parametrize("case", MEASURES, ids=_id)
def test_measures(case: Case) -> None:
    _check(case)


@pytest.mark.parametrize("case", RANGES, ids=_id)
def test_ranges(case: Case) -> None:
    _check(case)


# --- must not extract ----------------------------------------------------------------------------

# fmt: off
NOT_METRICS = [
    "Sở Tư pháp tổ chức tổng kết 3 năm triển khai đề án phổ biến pháp luật cho thanh niên.",
    "Đại hội đại biểu toàn quốc lần thứ XIII của Đảng đã thành công tốt đẹp.",
    "Bế mạc Kỳ họp thứ 11, HĐND tỉnh khóa X, nhiệm kỳ 2021 - 2026.",
    "Quy hoạch sử dụng đất 10 năm giai đoạn 2021-2030 của huyện vừa được phê duyệt.",
    "Tỉnh tiếp tục thực hiện nghiêm thông điệp 5K trong phòng, chống dịch Covid-19.",
    "Mô hình đào tạo 9+ được nhiều phụ huynh quan tâm.",
    "Đến 20 giờ ngày 30/4/1975, lá cờ giải phóng tung bay trên nóc tòa nhà.",
    "Đồng chí Chủ tịch UBND tỉnh (thứ 5 từ phải sang) tặng hoa các đại biểu.",
    "Kỷ niệm 50 năm Ngày giải phóng hoàn toàn miền Nam, thống nhất đất nước.",
    "Hội nghị diễn ra trong 2 ngày, từ ngày 10 đến 11/7.",
    "Kế hoạch số 147-KH/TU ngày 14/01/2022 của Ban Thường vụ Tỉnh ủy đã được triển khai.",
    "Thực hiện Nghị định 116/2020/NĐ-CP của Chính phủ về đào tạo giáo viên.",
    "Quyết định 70 của Thủ tướng ban hành năm 1998 không còn phù hợp.",
    "Nghị quyết số 31 ngày 6/9/2016 của HĐND tỉnh đã hết hiệu lực.",
    "Đại biểu Quân khu 5 và Sư đoàn 3 Sao Vàng cùng dự buổi gặp mặt.",
    "Sau hơn 3 giờ thảo luận, các đại biểu đã thống nhất.",
    "Phát triển bền vững phải dựa trên 3 trụ cột là kinh tế, xã hội và môi trường.",
    "Việc điều tra hộ nghèo phải tiến hành theo 3 bước.",
    "Ông Nguyễn Văn Tám, 62 tuổi, có 40 năm tuổi Đảng.",
    "Người dân cho biết khu tái định cư cách đây khoảng 3 - 4km.",
    "Cả nước có ba miền với nhiều đặc trưng văn hóa riêng.",
    "Hai bên thống nhất tăng cường hợp tác trong 5 lĩnh vực.",
    "Hội nghị được tổ chức tại ba đầu cầu Hà Nội, Đà Nẵng và TP Hồ Chí Minh.",
    "Tỉnh đặt mục tiêu tăng trưởng hai con số trong những năm tới.",
    "Đất ở đây trước kia chỉ bán được vài ba chục ngàn đồng một mét vuông.",
    "Người chiến sĩ ấy đã 2 lần bị địch bắt giữ, tra tấn.",
    "Dự án được triển khai tại cụm cảng số 5 của thành phố.",
    "Ông Lê Văn A ở ấp 2, xã Tân Phú, cho biết như vậy.",
    "Trải qua 75 năm xây dựng và trưởng thành (1948 - 2023), trường đã đào tạo nhiều thế hệ cán bộ.",
    "Điều chỉnh cục bộ quy hoạch 3 loại rừng trên địa bàn tỉnh.",
    "Thời gian giữ chức vụ là 05 năm kể từ ngày ký.",
    "Sinh viên được cam kết giới thiệu việc làm trong 6 tháng sau khi tốt nghiệp.",
    "Dịch Covid -19 đã ảnh hưởng lớn đến sản xuất, kinh doanh.",
    "Các cường quốc 5 châu đều quan tâm đến sự kiện này.",
    "Phó Thủ tướng dự phiên họp lúc 8 giờ 30 phút sáng nay.",
    "Tỉnh có 1 thành phố và các huyện miền núi.",
    "Ký kết biên bản hợp tác giữa 2 đơn vị.",
    "Nghị định 100 quy định mức xử phạt vi phạm hành chính.",
    "Theo Chương trình 135 giai đoạn này, các xã được ưu tiên.",
    "Số điện thoại đường dây nóng 0913.456.789 luôn sẵn sàng.",
    "Cách mạng công nghiệp 4.0 mở ra nhiều cơ hội cho thanh niên.",
    "Lúc 14h30, đoàn công tác đến thăm mô hình.",
    "Vụ tai nạn xảy ra tại km 450 Quốc lộ 1A.",
    "Trụ sở của hội đặt tại 125 Nguyễn Du.",
    "Dịp nghỉ lễ 30/4-1/5 người dân đi du lịch rất đông.",
    "Mạng 4G đã phủ sóng khắp các xã vùng cao.",
    "Xe mang biển số kiểm soát 29M đã bị tạm giữ.",
]
# fmt: on


@pytest.mark.parametrize("text", NOT_METRICS, ids=lambda t: _ascii(t[:48]))
def test_not_metrics(text: str) -> None:
    assert [(m.value, m.unit, m.name) for m in _metrics(text)] == []


# figures that are not statistics beside ones that are: (text, values that must not be reported)
# fmt: off
NOT_THESE = [
    ("Năm 2021, tỉnh thu hút trên 1.605 nghìn lượt khách du lịch.", [2021]),
    ("Tốc độ tăng trưởng giai đoạn 2016 - 2020 đạt 7,2%.", [2016, 2020]),
    ("Trong 6 tháng đầu năm, thu ngân sách đạt 1.200 tỷ đồng.", [6]),
    ("Đoàn đã làm việc với 3 đơn vị và kiểm tra 120 hồ sơ.", [3]),
    ("Hồ sơ được gửi qua 3 đơn vị để thẩm định, sau đó phê duyệt 120 hồ sơ.", [3]),
    # small counts with no verb of their own, times and ordinals stay out
    ("Anh ấy 3 lần bị bắt, tổng thiệt hại 50 tỷ đồng.", [3]),
    ("Trường cấp 3 có 40 lớp học.", [3]),
    ("Hội nghị lần thứ 6 thu hút 300 đại biểu.", [6]),
    ("Quan hệ giữa 2 nước tăng 12%.", [2]),
    ("Ông 5 lần được khen, lợi nhuận tăng 9%.", [5]),
    ("Sáng 18/2, hội nghị với 500 đại biểu đã khai mạc.", [18, 2]),
    ("Ngày 5/11 tới, hơn 400 đại biểu sẽ thảo luận tại hội trường.", [5, 11]),
    # a bare number after a preposition is not the count of the noun heading the clause
    ("Số vắc xin còn lại được nhập từ ngày 15 đến 30, tổng cộng 2 triệu liều.", [30]),
    # the start of a change told with its end; thresholds of rules and conditions (class 14)
    ("Tỷ lệ lao động nông nghiệp giảm từ trên 45% xuống còn 38,2%.", [45]),
    ("Hội nghị bất thường được triệu tập khi có ít nhất 30% thành viên kiến nghị; năm qua hội kết nạp 120 hội viên.",
     [30]),
    ("Nếu vượt 10%, doanh nghiệp sẽ bị xử phạt; năm nay doanh thu tăng 8%.", [10]),
    ("Lương được điều chỉnh khi giá tiêu dùng tăng từ 10% trở lên; năm nay lương tăng 7%.", [10]),
    # counts that announce the items they name, numbers naming a unit (class 14)
    ("Huyện có 2 thôn (Tân Lập và Tân Hòa) bị ngập sâu; 150 hộ phải di dời.", [2]),
    # the unit side of a conversion
    ("Hợp tác xã đổi phân cho nông dân theo tỷ lệ 1 kg phân bón bằng 2,5 kg cà phê tươi.", [1]),
    ("Tỷ giá quy đổi khi đó là 15.900 đồng ăn 1 USD.", [1]),
    ("Cán bộ, chiến sĩ Lữ đoàn 5 đã giúp dân dựng 30 căn nhà.", [5]),
    # a programme named by a figure
    ("Đánh giá giữa kỳ chương trình 1 triệu ha lúa chất lượng cao cho thấy 180.000 ha đã đạt chuẩn.", [1e6]),
    # the voltage class of a line names it, it is no quantity
    ("Tuyến đường dây 110 kV dài 42 km đã được đóng điện.", [110]),
    # a level word ("lên", "lên tới") after a number is no counted noun: "tháng 12 lên đến" is no count
    ("Dự toán trình vào cuối tháng 12 lên đến 12.500 tỷ đồng, gấp đôi năm trước.", [12]),
]
# fmt: on


# rows: text, value, unit: a counted noun of two words read whole although its second word is a cue
# ("bị" is the passive), and a level word after the start of a change is no unit
UNIT_WORDS = [
    ("Năm nay toàn ngành có hơn 2.000 thiết bị chuyên thu gom, vận chuyển rác.", 2000, "thiết bị"),
    ("Giá đất nông nghiệp tăng từ 90.000 lên 108.000 đồng/m2.", 108000, "đồng/m2"),
]


@pytest.mark.parametrize("text, value, unit", UNIT_WORDS, ids=lambda x: _ascii(str(x)[:48]))
def test_unit_words(text: str, value: float, unit: str) -> None:
    got = {m.value: m.unit for m in _metrics(text)}
    assert got.get(value) == unit
    assert all(u not in ("lên", "lên tới", "lên đến") for u in got.values()), got


@pytest.mark.parametrize("text, values", NOT_THESE, ids=lambda x: _ascii(str(x)[:48]))
def test_not_these(text: str, values: list[float]) -> None:
    got = [m.value for m in _metrics(text)]
    assert got, "the statistic beside them was missed"
    for v in values:
        assert v not in got


# a name leaves out words that are not the measured thing's: a count's name does not run on past "với"
# when a manner noun follows (how or on what terms, not with whom), nor hold the helper before "giúp"
# (class 15, precision); rows: text, value, words the name keeps, words it must not hold
NAME_STOPS_AT_MANNER = [
    (
        "Sáng nay, gần 200 công nhân với nội dung đòi trả lương tháng 11 đã tập trung trước cổng nhà máy.",
        200,
        "công nhân",
        "nội dung",
    ),
    ("Huyện đã hỗ trợ 35 hộ nghèo với điều kiện hoàn trả vốn sau ba năm.", 35, "hộ nghèo", "điều kiện"),
    (
        "Tỉnh đoàn tổ chức 12 đội hình tình nguyện với tinh thần xung kích vì cộng đồng.",
        12,
        "đội hình",
        "tinh thần",
    ),
    # after "giúp" what is measured belongs to the one helped, not to the helper before it
    (
        "Nhờ cơ giới hóa, mô hình cánh đồng lớn đã giúp hợp tác xã đạt doanh thu gần 4 tỷ đồng trong năm qua.",
        4e9,
        "doanh thu",
        "cánh đồng",
    ),
    (
        "Gói vay ưu đãi giúp các hộ trồng cà phê tăng thu nhập thêm 15% so với vụ trước.",
        15,
        "thu nhập",
        "vay",
    ),
]


@pytest.mark.parametrize(
    "text, value, kept, dropped", NAME_STOPS_AT_MANNER, ids=lambda x: _ascii(str(x)[:40])
)
def test_name_stops_at_manner(text: str, value: float, kept: str, dropped: str) -> None:
    m = next(m for m in _metrics(text) if m.value == value)
    assert kept in m.name and dropped not in m.name, m.name


# a clause whose subject only says when ("trong năm ...", "vào tháng ...") after a figure of the same sort
# measures what that figure does (class 15, names); rows: text, value, words the name keeps, words it
# must not hold ("" for none)
NAME_OF_A_PARALLEL_TIME = [
    (
        "Trong quý đầu năm, chỉ số giá tiêu dùng tăng 1,2%; mức cao nhất là trong tháng Tết là 2,1%.",
        2.1,
        "chỉ số giá tiêu dùng",
        "",
    ),
    ("Năng suất lúa vụ đông xuân đạt 62 tạ/ha, trong năm trước chỉ đạt 55 tạ/ha.", 55, "năng suất lúa", ""),
    # a figure of another sort before it: its subject stays its own
    (
        "Doanh thu du lịch đạt 120 tỷ đồng; trong tháng Tết lượng khách tăng 15%.",
        15,
        "lượng khách",
        "doanh thu",
    ),
    # a subject that opens with a place, not a time
    (
        "Tỷ lệ che phủ rừng toàn tỉnh đạt 52%; tại vùng núi phía tây độ che phủ là 68%.",
        68,
        "độ che phủ",
        "toàn tỉnh",
    ),
]


@pytest.mark.parametrize(
    "text, value, kept, dropped", NAME_OF_A_PARALLEL_TIME, ids=lambda x: _ascii(str(x)[:40])
)
def test_a_clause_telling_only_when_is_named_by_the_figure_before(
    text: str, value: float, kept: str, dropped: str
) -> None:
    m = next(m for m in _metrics(text) if m.value == value)
    assert kept in m.name.lower() and not (dropped and dropped in m.name.lower()), m.name


# "Số X ... do <cause> là N X": the count's name is the "Số X ..." phrase before the cause, also when
# the cause runs on past a comma (class 15, names); rows: text, value, words the name keeps, words it
# must not hold
NAME_BEFORE_A_CAUSE = [
    ("Số hộ phải di dời do sạt lở, ngập úng kéo dài là 120 hộ.", 120, "số hộ phải di dời", "ngập úng"),
    (
        "Số học sinh bỏ học do hoàn cảnh khó khăn, xa trường và thiếu giáo viên là 35 học sinh.",
        35,
        "số học sinh bỏ học",
        "hoàn cảnh",
    ),
    # no cause: the subject is read as before
    ("Số hộ nghèo tại xã biên giới là 50 hộ.", 50, "xã biên giới", "do"),
    # the cause belongs to a later count, after another figure: not this subject's
    (
        "Số hộ được hỗ trợ làm nhà là 80 hộ, do thiếu vốn nên 20 hộ chưa khởi công.",
        20,
        "chưa khởi công",
        "số hộ",
    ),
]


@pytest.mark.parametrize("text, value, kept, dropped", NAME_BEFORE_A_CAUSE, ids=lambda x: _ascii(str(x)[:40]))
def test_a_count_subject_ends_before_its_cause(text: str, value: float, kept: str, dropped: str) -> None:
    m = next(m for m in _metrics(text) if m.value == value)
    assert kept in m.name.lower() and dropped not in m.name.lower(), m.name


# the words after a count go on past a comma joining two counted nouns ("cán bộ, giáo viên"), not past one
# before a name or another word (class 15, names); rows: text, value, words the name keeps, words it must
# not hold
NAME_THROUGH_JOINED_NOUNS = [
    (
        "Buổi gặp mặt có 85 đại biểu là cán bộ, giáo viên đã nghỉ hưu của ngành giáo dục huyện.",
        85,
        "giáo viên",
        "gặp mặt",
    ),
    (
        "Đơn vị đã tiếp nhận 500 suất quà dành cho cán bộ, chiến sĩ đang làm nhiệm vụ ở biên giới.",
        500,
        "chiến sĩ",
        "biên giới",
    ),
    # a capitalised title after the comma opens the next clause
    (
        "Bộ đã trả lời 12 chất vấn bằng văn bản, Bộ trưởng Nguyễn Văn An trực tiếp giải trình thêm.",
        12,
        "văn bản",
        "Bộ trưởng",
    ),
    # a word that is no counted noun after the comma
    ("Xã có 150 hộ là đồng bào dân tộc, phần lớn sống bằng nghề rừng.", 150, "đồng bào", "phần lớn"),
]


@pytest.mark.parametrize(
    "text, value, kept, dropped", NAME_THROUGH_JOINED_NOUNS, ids=lambda x: _ascii(str(x)[:40])
)
def test_a_count_name_goes_on_through_joined_counted_nouns(
    text: str, value: float, kept: str, dropped: str
) -> None:
    m = next(m for m in _metrics(text) if m.value == value)
    assert kept in m.name and dropped not in m.name, m.name


# a clause that only says who reports a figure ("Theo ...,") is not what the figure measures
NAME_AFTER_A_SOURCE = [
    ("Theo ông Trần Văn Quốc, mức tăng trưởng 8,5% là đáng khích lệ.", 8.5, "mức tăng trưởng", "theo"),
    (
        "Theo kết quả khảo sát của Hội Nông dân tỉnh, gần 70% hộ nuôi tôm có lãi trong năm nay.",
        70,
        "hộ nuôi tôm",
        "khảo sát",
    ),
    ("Cũng theo Sở Công Thương, tốc độ tăng đạt 12% so với cùng kỳ.", 12, "tốc độ", "Sở Công Thương"),
    # a clause that is no attribution still completes a generic head ("tốc độ")
    (
        "Ngành du lịch của thành phố phục hồi mạnh, tốc độ đạt 12% so với cùng kỳ.",
        12,
        "Ngành du lịch",
        "",
    ),
]


@pytest.mark.parametrize("text, value, kept, dropped", NAME_AFTER_A_SOURCE, ids=lambda x: _ascii(str(x)[:40]))
def test_a_source_clause_is_not_the_name_of_the_figure_after_it(
    text: str, value: float, kept: str, dropped: str
) -> None:
    m = next(m for m in _metrics(text) if m.value == value)
    assert kept.lower() in m.name.lower() and not (dropped and dropped.lower() in m.name.lower()), m.name


# "A đạt X, chứ không phải Y như ...": Y is the same thing told against X, named as X is and X's baseline
# (class 15, names); rows: text, value, words the name keeps, words it must not hold
NAME_AFTER_RATHER_THAN = [
    (
        "Sản lượng lúa cả năm ước đạt 1,2 triệu tấn, chứ không phải 1,1 triệu tấn như kế hoạch đầu năm.",
        1.1e6,
        "Sản lượng lúa",
        "chứ không phải",
    ),
    (
        "Giá vé sau điều chỉnh là 15.000 đồng chứ không phải 20.000 đồng như tin đồn.",
        20_000,
        "Giá vé",
        "không phải",
    ),
    # the figure before keeps its own name: what follows is its baseline
    (
        "Sản lượng lúa cả năm ước đạt 1,2 triệu tấn, chứ không phải 1,1 triệu tấn như kế hoạch đầu năm.",
        1.2e6,
        "Sản lượng lúa",
        "kế hoạch",
    ),
]


@pytest.mark.parametrize(
    "text, value, kept, dropped", NAME_AFTER_RATHER_THAN, ids=lambda x: _ascii(str(x)[:40])
)
def test_a_figure_after_rather_than_is_named_as_the_one_before(
    text: str, value: float, kept: str, dropped: str
) -> None:
    m = next(m for m in _metrics(text) if m.value == value)
    assert kept in m.name and dropped not in m.name, m.name


# --- records: raw text, spans, repeated facts ----------------------------------------------------


def test_raw_and_span_point_into_the_callers_text() -> None:
    text = "Kim ngạch xuất khẩu đạt trên 2.300 triệu USD, tăng 9,4% so với năm trước."
    ms = _metrics(text)
    assert [m.raw for m in ms] == ["2.300 triệu USD", "9,4%"]
    for m in ms:
        assert m.span is not None
        assert text[m.span.start : m.span.end] == m.span.text


@pytest.mark.parametrize("form", ["NFC", "NFD"])
def test_spans_with_decomposed_and_old_style_input(form: str) -> None:
    text = unicodedata.normalize(
        form,
        "Hội nghị có hơn 1.600 đại biểu tham dự. Thu ngân sách hoà vốn đạt 98,5% dự toán; tỉ lệ hộ nghèo giảm còn 2%.",
    )
    ms = _metrics(text)
    assert {m.value for m in ms} == {1600, 98.5, 2}
    for m in ms:
        assert m.span is not None
        assert text[m.span.start : m.span.end] == m.span.text
        assert m.raw == unicodedata.normalize("NFC", m.span.text)
        assert m.name == unicodedata.normalize("NFC", m.name)


def test_title_repeating_a_body_figure_gives_one_record() -> None:
    text = (
        "Thu ngân sách vượt 3.000 tỷ đồng\n\n"
        "Năm 2023, thu ngân sách nhà nước trên địa bàn tỉnh đạt hơn 3.000 tỷ đồng, tăng 12% so với năm trước.\n"
        "Các ngành đều hoàn thành kế hoạch."
    )
    ms = _metrics(text)
    assert [(m.value, m.unit) for m in ms] == [(3e12, "đồng"), (12, "%")]
    assert ms[0].period == "Năm 2023"


def test_figure_only_in_the_title_is_kept() -> None:
    text = "Học phí dự kiến tăng gần 40%\n\nChiều 13/9, Phó Thủ tướng chủ trì cuộc họp về đề án học phí mới."
    ms = _metrics(text)
    assert [(m.value, m.unit, m.qualifier) for m in ms] == [(40, "%", "nearly")]


def test_same_count_twice_in_the_body_gives_one_record() -> None:
    text = (
        "Tại kỳ họp này, HĐND tỉnh đã thảo luận và ban hành 18 nghị quyết. "
        "Cuối phiên họp, kỳ họp đã thông qua 18 nghị quyết liên quan đến phát triển kinh tế - xã hội."
    )
    assert [m.value for m in _metrics(text)] == [18]


def test_two_facts_with_the_same_percentage_are_both_kept() -> None:
    text = "Đến nay, 100% xã có đường ô tô đến trung tâm; 100% trường học được kiên cố hóa."
    assert [m.value for m in _metrics(text)] == [100, 100]


def test_range_gives_both_ends() -> None:
    ms = _metrics("Tốc độ tăng trưởng bình quân đạt 7 - 7,2%/năm.")
    assert [(m.value, m.value_max, m.unit) for m in ms] == [(7, 7.2, "%/năm"), (7.2, None, "%/năm")]
    assert ms[0].name.endswith("(mức thấp)") and ms[1].name.endswith("(mức cao)")


def test_document_numbers_claimed_by_the_document_recognizer_are_skipped() -> None:
    text = "Theo Quyết định 1234 của UBND tỉnh, 150 hộ dân được hỗ trợ."
    ctx = Context.build(text, None)
    a = text.index("1234")
    assert [m.value for m in extract_metrics(ctx, Ranges([(a, a + 4)]))] == [150]
    b = text.index("150")
    assert extract_metrics(ctx, Ranges([(b, b + 3)])) == []  # what is claimed is never read


def test_empty_and_numberless_text() -> None:
    assert _metrics("Hội nghị diễn ra trong không khí dân chủ, cởi mở.") == []


# --- linear time -----------------------------------------------------------------------------------


def _time(text: str) -> float:
    ctx = Context.build(text, None)
    ctx.numbers  # noqa: B018 - computed by the context, not timed here
    t0 = time.perf_counter()
    extract_metrics(ctx, Ranges())
    return time.perf_counter() - t0


@pytest.mark.parametrize(
    "unit",
    [
        "Thu ngân sách đạt 2.664 tỷ đồng, tăng 11,8% so với cùng kỳ; có trên 1.600 đại biểu tham dự. ",
        "doanh thu đạt 5 tỷ đồng và có 300 người tham dự năm 2021 giai đoạn 2021 - 2025 ",  # one long sentence
        "là 300, ",  # many clauses, no units
    ],
    ids=["sentences", "one-sentence", "commas"],
)
def test_time_is_linear_in_article_length(unit: str) -> None:
    _time("Tiêu đề\n\n" + unit * 50)  # warm the lexicon
    small = _time("Tiêu đề\n\n" + unit * (20_000 // len(unit)))
    large = _time("Tiêu đề\n\n" + unit * (160_000 // len(unit)))
    assert large < 8 * 3 * max(small, 0.01), (small, large)


# --- robustness ------------------------------------------------------------------------------------

_VOCABULARY = (
    "đạt trên hơn gần khoảng tăng giảm so với cùng kỳ dự toán tỷ triệu nghìn đồng USD % ha km người hộ năm "
    'tháng ngày giai đoạn thứ số lần là có với Hội nghị Tỉnh ủy , . ; : ( ) - / " 2021 2020 - 2025 1.600 '
    "5,67 10 15 3 7,2 hai mươi lăm một trăm tư đầu một số 5K 9+ Covid-19 147-KH/TU 14/01/2022 đ/lít %/năm "
    "m2 con gia súc 99999999999999999999"
)
_WORDS = [*_VOCABULARY.split(), "\n"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=60), st.sampled_from(["NFC", "NFD"]), st.booleans())
def test_any_text_gives_valid_records(words: list[str], form: str, glued: bool) -> None:
    text = unicodedata.normalize(form, ("" if glued else " ").join(words))
    article = extract(text)
    article.model_dump(mode="json")
    for m in article.metrics:
        assert m.span is not None and text[m.span.start : m.span.end] == m.span.text
        assert m.value == m.value and abs(m.value) < 1e18  # no NaN, no infinity


def test_list_of_places_with_the_same_amount_gives_each_item() -> None:
    text = (
        "Vốn hỗ trợ xây dựng hạ tầng làng nghề năm nay: Hà Nam có 3 tỷ, Thái Bình 3 tỷ, Hưng Yên 1,5 tỷ đồng."
    )
    assert sorted(m.value for m in _metrics(text)) == [1.5e9, 3e9, 3e9]


def test_items_of_a_list_labelled_by_places_are_named_as_the_list() -> None:
    text = "Lượng mưa đo được tại Ba Tơ là 310 mm, Minh Long 280 mm, Sơn Hà 245 mm."
    names = {m.value: m.name for m in _metrics(text)}
    assert "lượng mưa" in names[280].lower() and "Minh Long" in names[280], names
    assert "lượng mưa" in names[245].lower() and "Sơn Hà" in names[245], names
    assert "Ba Tơ" not in names[245], names


def test_same_small_count_twice_in_one_sentence_is_two_facts() -> None:
    text = "Kỳ họp sẽ thông qua 6 dự luật đã được cho ý kiến ở kỳ họp trước; cho ý kiến lần đầu về 6 dự luật khác."
    assert [m.value for m in _metrics(text)] == [6, 6]


def test_same_percentage_of_two_similar_groups_is_two_facts() -> None:
    text = (
        "Tỷ lệ giáo viên dưới 30 tuổi là 18,2%. "
        "Ở vùng sâu, tỷ lệ giáo viên nữ của các trường tiểu học là 18,2%."
    )
    assert [m.value for m in _metrics(text)] == [18.2, 18.2]


def test_a_quotation_after_a_dash_opens_the_subject() -> None:
    text = "Giá xăng và tăng trưởng (PV) - “Giá trị sản xuất công nghiệp tháng 3 ước đạt gần 36.300 tỷ đồng”."
    (m,) = _metrics(text)
    assert m.name.startswith("Giá trị sản xuất công nghiệp"), m.name


def test_a_long_subject_keeps_the_verb_phrase_nearest_the_figure() -> None:
    text = (
        "Dịp khai giảng, hội doanh nhân trẻ đã trao học bổng cho học sinh vượt khó ở các xã vùng cao "
        "và ủng hộ Quỹ Khuyến học của huyện 150 triệu đồng."
    )
    (m,) = _metrics(text)
    assert "ủng hộ Quỹ Khuyến học" in m.name and "trao học bổng" not in m.name, m.name


def test_a_passive_verb_inside_the_clause_keeps_its_own_subject() -> None:
    text = "Tỷ lệ hộ nghèo được kéo xuống còn 3,2%, thu nhập bình quân tăng 8%."
    ms = _metrics(text)
    assert "thu nhập" not in ms[0].name and ms[0].name.startswith("Tỷ lệ hộ nghèo"), ms[0].name


def test_a_share_with_its_own_subject_is_not_renamed() -> None:
    (m,) = _metrics("Lao động nhập cư chiếm 30%, còn lại là người địa phương.")
    assert not m.name.lower().startswith("tỷ lệ"), m.name
    (m,) = _metrics("Tỷ lệ hộ dùng nước máy còn thấp, chỉ chiếm 22,5%.")
    assert m.name.lower().count("tỷ lệ") == 1, m.name


def test_a_vague_host_with_examples_is_left_out_of_the_name() -> None:
    ms = _metrics("Nhiều xã có số hộ nghèo cao như xã Nậm Cha là 130, xã Tả Phìn 97 hộ.")
    assert ms[0].name.startswith("số hộ nghèo"), ms[0].name


def test_a_subject_of_coordinated_nouns_is_kept_whole() -> None:
    text = "Mức bội chi ngân sách và dự phòng ngân sách trung ương năm nay vẫn ở mức khoảng 5%."
    (m,) = _metrics(text)
    assert m.name.startswith("Mức bội chi ngân sách"), m.name


def test_every_cue_kind_of_metric_cues_is_documented_in_its_header() -> None:
    from vn_newsie.gazetteer import gazetteer_dirs, load_table

    header = (gazetteer_dirs()[0] / "metric_cues.tsv").read_text(encoding="utf-8").splitlines()
    documented = {line.split()[1] for line in header if line.startswith("#   ") and len(line.split()) > 1}
    used = {row["kind"] for row in load_table("metric_cues.tsv")}
    assert used <= documented, used - documented


# --- the per-sentence cue table answers what the lexicon answers -------------------------------

CUE_TABLE_SENTENCES = [
    "Doanh thu bán lẻ hàng hóa và dịch vụ tiêu dùng của tỉnh ước đạt gần 9.500 tỷ đồng, tăng 12,4% so với cùng kỳ năm trước.",
    "Tổng số người ứng cử là 1.250, trong đó có 340 người ngoài Đảng và tỷ lệ nữ chiếm trên 38%.",
    "Mưa lũ làm 3 người chết, 5 người bị thương; tổng thiệt hại ước tính khoảng 120 tỷ đồng.",
    "Nếu vượt 10% thì dự án phải trình lại Hội đồng nhân dân tỉnh xem xét (theo quy định hiện hành).",
]


@pytest.mark.parametrize("text", CUE_TABLE_SENTENCES, ids=lambda t: _ascii(t[:40]))
def test_the_cue_table_answers_as_the_lexicon_at_every_position(text: str) -> None:
    from vn_newsie.metrics.lexicon import CueTable, lexicon
    from vn_newsie.text import tokenize

    lex = lexicon()
    keys = [t.key for t in tokenize(text)]
    table = CueTable(lex, keys)
    kinds = [frozenset({k}) for k in ("link", "increase", "end", "boundary", "filler", "compare", "verb")]
    found = 0
    for i in range(-1, len(keys) + 2):  # one past each edge: the answers of a cut-short phrase
        for hi in range(i - 1, min(len(keys), i + lex.max_len) + 2):
            assert table.longest(i, hi) == lex.longest(keys, i, hi)
            assert table.longest_back(hi, i) == lex.longest_back(keys, hi, i)
            found += table.longest(i, hi)[0] > 0
            for kind in kinds:
                assert table.forward(i, hi, kind) == lex.forward(keys, i, hi, kind)
                assert table.leading(i, hi, kind) == lex.leading(keys, i, hi, kind)
                assert table.back(hi, i, kind) == lex.back(keys, hi, i, kind)
    assert found  # the sentence holds cues: the test compares answers, not empty ones
    walk, k = [], 0  # the cues read greedily from the first word, as conditions are found
    while k < len(keys):
        n, kinds = lex.longest(keys, k, len(keys))
        if n:
            walk.append((k, n, kinds))
        k += max(n, 1)
    assert CueTable(lex, keys).greedy() == walk


CLAUSE_TABLES = [
    # (sentence, the clause of each token: words after a sign share the clause open after it)
    # "(" is in the clause around it, ")" in the one it closes; a comma joining nouns closes none
    ("Tổng sản phẩm (GRDP) tăng 6,8%, cao hơn cùng kỳ.", [0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 2, 2, 2, 2, 2]),
    ("Hồ sơ, thủ tục và xác minh đạt 95%; còn lại 5%", [0] * 12 + [1] * 4),
    ("Ông A cho biết: doanh thu (ước) đạt 12 tỷ đồng", [0, 0, 0, 0, 0, 1, 1, 1, 2, 2, 1, 1, 1, 1]),
]


@pytest.mark.parametrize("text, clauses", CLAUSE_TABLES, ids=lambda x: _ascii(str(x)[:40]))
def test_the_clause_table_of_a_sentence(text: str, clauses: list[int]) -> None:
    from vn_newsie.metrics.sentence import Sentence

    ctx = Context.build(text, None)
    sen = Sentence(ctx, 0, len(ctx.text), "body", [])
    assert sen.clause_of == clauses
    for c in range(len(sen.clause_start)):  # each clause's bounds hold its tokens
        ks = [k for k, x in enumerate(sen.clause_of) if x == c]
        assert not ks or (sen.clause_start[c] <= ks[0] and sen.clause_end[c] == ks[-1] + 1)


PERIOD_SENTENCES = [
    "Trong 6 tháng đầu năm 2023, thu ngân sách đạt 5.200 tỷ đồng, bằng 52% dự toán năm 2023.",
    "Tính từ đầu năm đến nay, 5 năm liền tỉnh giữ tốc độ tăng trưởng trên 7%, riêng quý III/2023 đạt 8,1%.",
    "Giai đoạn 2021 - 2025, mỗi năm tỉnh trồng mới 3.000 ha rừng; tính đến cuối năm 2022 đã trồng 6.500 ha.",
    "NĂM 2022 doanh thu tăng 9%, trong năm nay dự kiến tăng 11% và năm sau 12%.",
]


@pytest.mark.parametrize("text", PERIOD_SENTENCES, ids=lambda t: _ascii(t[:40]))
def test_time_phrases_found_near_their_head_words_are_those_of_a_whole_scan(text: str) -> None:
    from vn_newsie.metrics.sentence import PERIOD, Sentence

    ctx = Context.build(text, None)
    sen = Sentence(ctx, 0, len(ctx.text), "body", [])
    assert sen.periods == [m.span() for m in PERIOD.finditer(ctx.text)]
    assert len(sen.periods) >= 2
