"""docs/adding-a-pattern.md stays true: each of its examples is run here as the guide runs it
(the command line, in a fresh process, with and without the overlay folder), and every row,
sentence, output line and error message the guide shows must be in the page verbatim."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, NamedTuple

import pytest

ROOT = Path(__file__).resolve().parents[1]
GUIDE = ROOT / "docs" / "adding-a-pattern.md"

Selector = Callable[[dict[str, Any]], list[dict[str, Any]]]


def _people(a: dict[str, Any]) -> list[dict[str, Any]]:
    """jq -c '.people[] | {name, roles: [.roles[] | {title, organization}]}'"""
    return [
        {
            "name": p["name"],
            "roles": [{"title": r["title"], "organization": r["organization"]} for r in p["roles"]],
        }
        for p in a["people"]
    ]


def _meetings(a: dict[str, Any]) -> list[dict[str, Any]]:
    """jq -c '.meetings[] | {title, attendees: [.attendees[].name]}'"""
    return [{"title": m["title"], "attendees": [p["name"] for p in m["attendees"]]} for m in a["meetings"]]


def _metrics(a: dict[str, Any]) -> list[dict[str, Any]]:
    """jq -c '.metrics[] | {name, unit, raw}'"""
    return [{"name": m["name"], "unit": m["unit"], "raw": m["raw"]} for m in a["metrics"]]


class Example(NamedTuple):
    table: str
    header: str  # tab-separated, as in the guide's printf
    row: str
    mistyped: str  # the row with its kind misspelt
    file: str
    sentence: str
    published: str | None
    select: Selector
    before: list[str]  # the jq output lines the guide shows
    after: list[str]
    error: str  # the command's stderr with the mistyped row


EXAMPLES = {
    "title": Example(
        "titles.tsv",
        "title\tkind",
        "Hạt trưởng\tgovernment",
        "Hạt trưởng\tgoverment",
        "hat-truong.txt",
        "Ông Lò Văn Thắng, Hạt trưởng Hạt Kiểm lâm huyện Mường La cho biết, từ đầu năm đến nay đơn vị "
        "đã phát hiện, xử lý 12 vụ vi phạm.",
        None,
        _people,
        ['{"name":"Lò Văn Thắng","roles":[]}'],
        [
            '{"name":"Lò Văn Thắng","roles":[{"title":"Hạt trưởng",'
            '"organization":"Hạt Kiểm lâm huyện Mường La"}]}'
        ],
        "vn-newsie: error: my-rows/titles.tsv:2: kind 'goverment' is not one this table declares "
        "(#! kind: academic_post assembly business generic government judiciary mass military party police "
        "state)",
    ),
    "meeting-cue": Example(
        "meeting_cues.tsv",
        "cue\tkind",
        "giải thích\tact",
        "giải thích\tacts",
        "doi-thoai.txt",
        "Sáng 12/3, UBND tỉnh tổ chức hội nghị đối thoại với doanh nghiệp. Tại hội nghị, ông Hoàng Văn Nam, "
        "Giám đốc Sở Tài chính giải thích thêm về thủ tục hoàn thuế.",
        "2026-03-12",
        _meetings,
        ['{"title":"hội nghị đối thoại với doanh nghiệp","attendees":[]}'],
        ['{"title":"hội nghị đối thoại với doanh nghiệp","attendees":["Hoàng Văn Nam"]}'],
        "vn-newsie: error: my-rows/meeting_cues.tsv:2: kind 'acts' is not one this table declares",
    ),
    "attachment": Example(
        "attachment_rules.tsv",
        "rule\tpattern\taction",
        "name_aside_in_parentheses\t(?P<name>[NnHhP])[(][^()]*[)](?:[,-](?P<role>[RO]))+\tlink",
        "name_aside_in_parentheses\t(?P<name>[NnHhP])[(][^()]*[)](?:[,-](?P<role>[RO]))+\tlnk",
        "sinh-nam.txt",
        "Ông Lò Văn Thắng (sinh năm 1972), Phó Chủ tịch UBND xã Chiềng Sơn cho biết, xã đã hỗ trợ 20 hộ "
        "dân di dời khỏi vùng sạt lở.",
        None,
        _people,
        ['{"name":"Lò Văn Thắng","roles":[]}'],
        ['{"name":"Lò Văn Thắng","roles":[{"title":"Phó Chủ tịch","organization":"UBND xã Chiềng Sơn"}]}'],
        "vn-newsie: error: my-rows/attachment_rules.tsv:2: action 'lnk' is not one this table declares "
        "(#! action: link share)",
    ),
    "unit": Example(
        "units.tsv",
        "unit\tkind",
        "trạm bơm\tcount",
        "trạm bơm\tcout",
        "tram-bom.txt",
        "Trong năm, huyện Yên Thành đã khánh thành 6 trạm bơm điện.",
        None,
        _metrics,
        [],
        ['{"name":"trạm bơm điện huyện Yên Thành đã khánh thành","unit":"trạm bơm","raw":"6 trạm bơm"}'],
        "vn-newsie: error: my-rows/units.tsv:2: kind 'cout' is not one this table declares "
        "(#! kind: area count currency energy length mass percent time volume)",
    ),
}


def _printf(header: str, row: str, table: str) -> str:
    """The guide's command writing the overlay file."""
    return f"printf '{header}\\n{row}\\n' > my-rows/{table}".replace("\t", "\\t")


def _run(folder: Path, ex: Example, row: str | None) -> subprocess.CompletedProcess[str]:
    """``vn-newsie extract FILE`` in ``folder``, with ``my-rows`` holding ``row`` when given."""
    (folder / ex.file).write_text(ex.sentence + "\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "VN_NEWSIE_GAZETTEERS"}
    if row is not None:
        (folder / "my-rows").mkdir(exist_ok=True)
        (folder / "my-rows" / ex.table).write_text(f"{ex.header}\n{row}\n", encoding="utf-8")
        env["VN_NEWSIE_GAZETTEERS"] = "my-rows"
    args = ["extract", ex.file] + (["--published", ex.published] if ex.published else [])
    return subprocess.run(
        [sys.executable, "-m", "vn_newsie", *args],
        cwd=folder,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
    )


def _lines(ex: Example, res: subprocess.CompletedProcess[str]) -> list[str]:
    assert res.returncode == 0, res.stderr
    return [
        json.dumps(x, ensure_ascii=False, separators=(",", ":")) for x in ex.select(json.loads(res.stdout))
    ]


@pytest.fixture(scope="module")
def guide() -> str:
    return GUIDE.read_text(encoding="utf-8")


@pytest.mark.parametrize("ex", EXAMPLES.values(), ids=EXAMPLES.keys())
def test_the_guide_shows_the_example_as_run_here(guide: str, ex: Example) -> None:
    shown = [
        _printf(ex.header, ex.row, ex.table),
        _printf(ex.header, ex.mistyped, ex.table),
        ex.sentence,
        ex.error,
    ]
    for text in [*shown, *ex.before, *ex.after]:
        assert text in guide, text


@pytest.mark.parametrize("ex", EXAMPLES.values(), ids=EXAMPLES.keys())
def test_the_overlay_row_changes_the_output_as_the_guide_says(tmp_path: Path, ex: Example) -> None:
    """If ``before`` fails, the row has been added to the shipped table: pick another example."""
    assert _lines(ex, _run(tmp_path, ex, None)) == ex.before
    assert _lines(ex, _run(tmp_path, ex, ex.row)) == ex.after


@pytest.mark.parametrize("ex", EXAMPLES.values(), ids=EXAMPLES.keys())
def test_a_mistyped_kind_fails_as_the_guide_says(tmp_path: Path, ex: Example) -> None:
    res = _run(tmp_path, ex, ex.mistyped)
    assert res.returncode == 2 and res.stdout == ""
    assert res.stderr.startswith(ex.error), res.stderr


def test_a_mistyped_meeting_cue_fails_even_on_an_article_without_events(tmp_path: Path) -> None:
    """The guide says so: the meeting tables are checked on the first call, whatever the text."""
    cue, unit = EXAMPLES["meeting-cue"], EXAMPLES["unit"]
    res = _run(tmp_path, unit._replace(table=cue.table, header=cue.header), cue.mistyped)
    assert res.returncode == 2 and res.stderr.startswith(cue.error), res.stderr
