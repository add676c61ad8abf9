"""Long runs: progress with a total where the input has a length, log lines where no one watches."""

from __future__ import annotations

import io
import json
import logging
import subprocess
import sys
from pathlib import Path

import pytest

from vn_newsie import extract_many, progress
from vn_newsie.progress import describe

SENTENCES = [
    "Sáng 4/9, UBND tỉnh tổ chức hội nghị triển khai nhiệm vụ năm học mới.",
    "Đồng chí Vi Văn Sơn, Chủ tịch UBND tỉnh phát biểu chỉ đạo.",
    "Toàn tỉnh có 1.250 trường học với hơn 320.000 học sinh.",
]


@pytest.mark.parametrize(
    "items,total",
    [(SENTENCES, 3), (tuple(SENTENCES), 3), ((s for s in SENTENCES), None)],
    ids=["list", "tuple", "generator"],
)
def test_a_callable_gets_done_and_total(items: object, total: int | None) -> None:
    calls: list[tuple[int, int | None]] = []
    results = list(extract_many(items, progress=lambda done, n: calls.append((done, n))))  # type: ignore[arg-type]
    assert len(results) == 3
    assert calls == [(1, total), (2, total), (3, total)]


def test_no_progress_by_default(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO, logger="vn_newsie"):
        list(extract_many(SENTENCES))
    assert not [r for r in caplog.records if "articles" in r.getMessage()]


def test_without_a_terminal_progress_is_logged(
    caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(progress, "LOG_EVERY_S", 0.0)
    monkeypatch.setattr(sys, "stderr", io.StringIO())  # not a terminal
    with caplog.at_level(logging.INFO, logger="vn_newsie"):
        list(extract_many(SENTENCES, progress=True))
    lines = [r.getMessage() for r in caplog.records if r.name == "vn_newsie"]
    assert lines[0].startswith("1 of 3 articles (33%)") and "left" in lines[0]
    assert lines[-1].startswith("done: 3 articles in ")


def test_in_a_notebook_it_is_a_bar_with_a_total(monkeypatch: pytest.MonkeyPatch) -> None:
    err = io.StringIO()
    monkeypatch.setattr(sys, "stderr", err)  # not a terminal, but a Jupyter kernel is running
    monkeypatch.setitem(sys.modules, "ipykernel", sys)
    list(extract_many(SENTENCES, progress=True))
    assert "3/3" in err.getvalue() and "articles" in err.getvalue()


@pytest.mark.parametrize(
    "done,total,seconds,expected",
    [
        (1200, 10000, 40.0, "1,200 of 10,000 articles (12%), 30.0/s, about 4 min 53 s left"),
        (500, None, 100.0, "500 articles, 5.0/s, 1 min 40 s so far"),
        (10, 10, 2.0, "10 of 10 articles (100%), 5.0/s"),
        (0, 5, 0.0, "0 of 5 articles (0%), 0.0/s"),
    ],
    ids=["with-total", "no-total", "finished", "nothing-yet"],
)
def test_describe(done: int, total: int | None, seconds: float, expected: str) -> None:
    assert describe(done, total, seconds) == expected


def test_negative_workers_are_refused() -> None:
    with pytest.raises(ValueError, match="0 \\(every core\\), 1 or more"):
        extract_many(SENTENCES, workers=-1)


def test_cli_counts_the_lines_and_logs_progress_without_a_terminal(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(
        "".join(json.dumps({"id": i, "text": s}, ensure_ascii=False) + "\n" for i, s in enumerate(SENTENCES))
    )
    code = (
        "import sys, vn_newsie.progress as p; p.LOG_EVERY_S = 0.0; from vn_newsie.cli import main;"
        f"sys.exit(main(['extract', '--jsonl', {str(src)!r}, '-o', {str(tmp_path / 'out.jsonl')!r}]))"
    )
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert res.returncode == 0, res.stderr
    err = res.stderr.splitlines()
    assert "vn-newsie: 1 of 3 articles (33%)" in err[0] and "left" in err[0]
    assert err[-2].startswith("vn-newsie: done: 3 articles in ")
    assert err[-1] == "vn-newsie: 3 lines, 3 extracted, 0 errors"
    quiet = subprocess.run(
        [sys.executable, "-c", code.replace("'-o'", "'--quiet', '-o'")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert quiet.stderr.splitlines() == ["vn-newsie: 3 lines, 3 extracted, 0 errors"]
