"""Meetings the article reports as held.

A meeting is anchored on a lead sentence: one that names an event (meeting_triggers.tsv: "hội
nghị", "kỳ họp", "buổi làm việc", ...) together with the day it happened ("Chiều 18/02, Ban
Thường vụ Tỉnh ủy đã tổ chức Hội nghị ..."). Failing any dated one, the first sentence that
reports an event as happening ("tổ chức", "diễn ra", "Tại phiên họp, ...") anchors it undated.
Events only announced ("sẽ", "dự kiến"), dated after publication, holidays ("ngày lễ 30/4") and
events in general ("nhiều cuộc hội thảo") are not reported.

From there: the organizer is the subject of "tổ chức"/"tiến hành" or the body the event is of
("phiên họp thứ 17 của Ủy ban Thường vụ Quốc hội"); the chair, the subject of "chủ trì"/"chủ
tọa" or the list after "dưới sự chủ trì của", "Đoàn chủ trì gồm"; attendees, the people reported
present (listed after "Dự hội nghị có", speaking or acting at the event), not those only
elected, discussed or quoted from elsewhere; the participant count, "với trên 1.600 đại biểu".

The cue words of all these rules are rows of meeting_cues.tsv, whose header says what each kind
means; the code keeps the grammar around them.
"""

from __future__ import annotations

from .record import extract_meetings

__all__ = ["extract_meetings"]
