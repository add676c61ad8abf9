"""Statistics: a number with a unit, a percentage or a count, and what it measures.

Each number of the title, body and captions (numbers.py) is read in its sentence:

- not a statistic: a date or a document number (claimed by the document recognizer), a number
  inside a period ("6 tháng đầu năm", "giai đoạn 2021 - 2025"), a label or ordinal ("số 5",
  "Kỳ họp thứ 11"), a number naming something ("Nghị định 100", "Quân khu 5", "Chương trình
  135", unless a listed unit follows: "vốn Trung ương 1.200 tỷ đồng"), a duration or time ("1
  năm thực hiện", "20 giờ"), an age, a year, a code or slogan glued to letters ("5K", "9+"), a
  distance "cách đây 3 km", a bare number with no unit, a small count of something not in the
  unit lists ("3 trụ cột") or with nothing said of it ("giữa 2 đơn vị"), a word numeral below
  ten ("ba đầu cầu");
- the unit: a listed unit after the number (units.tsv and the ``count``/``classifier`` rows of
  metric_cues.tsv; a classifier takes its noun: "con gia súc"), rates written with "/"
  ("đồng/người/năm", "%/năm"), or an unlisted lower-case noun of one or two syllables when the
  count is ten or more ("320 nhà", "150 ủy viên"); a number whose unit is left out in a list
  ("năm 2018 được 300, 2019 là 396, ... 700 học sinh") takes the unit of its neighbour;
- qualifier, change and level from the words just before the number (qualifiers.tsv; link and
  change words in metric_cues.tsv): "đạt trên", "ước tính là", "tăng gần", "chỉ còn khoảng";
  the baseline from "so với ..." or a plan word after a percentage ("107,9% dự toán");
  the period from a time phrase of the sentence ("Năm 2021", "6 tháng đầu năm");
- the name: the subject of the clause before the number, link words dropped and change words
  kept ("Doanh thu bán lẻ hàng hoá đạt gần 9.000 tỷ đồng" -> "Doanh thu bán lẻ
  hàng hoá"), a long parenthetical left out and a short one kept ("Tổng sản phẩm (GRDP) tăng");
  for a count, the counted noun and what is said of it ("3 người chết", "với trên 1.600 đại
  biểu tham dự", "cả nước có 12 triệu ha đất nông nghiệp"); a clause with no subject of its own
  takes the one before it ("..., tăng 16,8% so với cùng kỳ 2020", "(chiếm 59,4%)"), a short one
  is completed by it ("Kinh tế tiếp tục tăng trưởng, tốc độ đạt 5,67%"; "Giá trị sản xuất
  nông, lâm, thủy sản đạt"), a list of "label: figure" items keeps the head of the first ("mức
  thu ... hệ đại học: ..., hệ CĐ: ..."); a subject that only says when ("...; thời điểm cao nhất
  là trong năm X là 3,2%") takes the name of the figure of the same sort before it; a count told
  "Số X ... do <cause> là N X" is named by the "Số X ..." phrase before the cause; a period with a
  year is added when not in it already.

Counts: a small count (below ten) with a listed unit is kept when a verb or link word governs it
("cứu 7 người", "ký kết 6 văn kiện", "có 6 điểm"), when something is said of it, or when it is
coordinated with another figure ("5 tập thể và 12 cá nhân được tặng": the first takes what is said
of the last); a count after a plain verb is named by the counted noun and the verb ("văn kiện ký
kết"); a count after a short existential with nothing said of it takes what has it ("Huyện X có
19 xã, thị trấn" -> "Huyện X xã, thị trấn"); "x/y <noun>" is the count x of that noun ("216/216
trạm y tế": 216, unit "trạm y tế"); "gấp 2,1 lần" is a ratio (unit "lần") named like a percentage;
an amount after a verb with a purpose is named by both ("bố trí 185 tỷ đồng để xử lý sạt lở");
a period phrase before a ";" is not the period of a figure after it.

Words after the figure often say what is measured: after a count they go on through names,
places, a comma joining two counted nouns ("cán bộ, giáo viên") and "do X" ("146 ủy viên T.Ư khóa IX", "4 tuyến đường trong Khu đô thị mới", "173 người do
Đại hội đề cử"); a noun phrase after an amount names it ("bố trí 12 nghìn tỷ đồng vốn đối ứng
ODA"); a figure after "so với" is the same thing as the figure before it; an amount after "với"
right behind a count is that count's total. A bare figure whose counted noun heads its subject
is a count of it ("Tổng số người ứng cử là 6.900"). Not statistics: the start of a change told
with its end ("từ 40% lên 60%" reports 60), and a bound after a condition word ("khi có ít nhất
30% thành viên", "nếu vượt 10%").

A range ("7 - 7,2%/năm", "50.000 - 140.000 đồng/m2") gives one record with ``value`` and
``value_max`` named "... (mức thấp)", and one for its high end named "... (mức cao)", the way
the gold annotations count the two ends. A fact repeated is reported once: a figure of the
title or a caption that the body gives too, the same figure under much the same name, or the
same amount or count for the same period.

Linear in the article: every look-around is a bounded window of tokens around a number.

The stages, each a module whose functions take the sentence view and the value of the stage
before and return a new frozen value (``draft.Cues``, ``After``, ``Named``, carried by ``Draft``):

- ``lexicon``: the look-ups of ``metric_cues.tsv``, ``qualifiers.tsv`` and ``units.tsv``;
- ``sentence``: the read-only view of one sentence (tokens, clauses, time phrases, conditions,
  word tests); ``subject``: the cleaned words of a clause before a figure;
- ``units``: a number and the unit after it -> ``Draft`` (or no statistic, or a bare figure);
- ``cues``: the words before it -> qualifier, change, subject, verb; then the thresholds of
  conditions, the start of a change and the unit side of a conversion dropped;
- ``after``: the words after it -> baseline, purpose, trailing words, period;
- ``names``: the drafts of a sentence -> each named (``NameParts`` read, ``compose`` pure);
- ``merge``: the drafts of the article -> one per fact -> ``Metric`` records;
- ``chain``: the stages run over the sentences of an article.
"""

from __future__ import annotations

from .chain import extract_metrics

__all__ = ["extract_metrics"]
