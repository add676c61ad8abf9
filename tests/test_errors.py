"""The package's own exceptions and its logger: what a pipeline can catch, and what it is told."""

from __future__ import annotations

import logging
import multiprocessing
import os
import subprocess
import sys
from pathlib import Path

import pytest

import vn_newsie
from vn_newsie import Article, extract, extract_many
from vn_newsie import gazetteer as gz
from vn_newsie.errors import GazetteerError, VnNewsieError, WorkerDied

ROOT = Path(__file__).resolve().parents[1]
SENTENCE = "Chiều 5/3, ông Đinh Văn Lực, Chủ nhiệm HTX nông nghiệp Tân Phú, phát biểu tại hội nghị."


def test_hierarchy_and_exports() -> None:
    assert issubclass(GazetteerError, VnNewsieError) and issubclass(GazetteerError, RuntimeError)
    assert issubclass(WorkerDied, VnNewsieError)
    assert vn_newsie.GazetteerError is gz.GazetteerError is GazetteerError
    assert {"VnNewsieError", "GazetteerError", "WorkerDied"} <= set(vn_newsie.__all__)


def _run_with_overlay(folder: Path) -> subprocess.CompletedProcess[str]:
    """A fresh process: the tables are read once per process."""
    code = (
        "import json, vn_newsie; a = vn_newsie.extract(" + repr(SENTENCE) + ");"
        "print(json.dumps([r.text for p in a.people for r in p.roles], ensure_ascii=False))"
    )
    env = {**os.environ, "VN_NEWSIE_GAZETTEERS": str(folder), "PYTHONIOENCODING": "utf-8"}
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)


OVERLAYS = [
    # (id, titles.tsv of the overlay, roles expected, stderr expected)
    ("good-row", "title\tkind\nChủ nhiệm HTX\tbusiness\n", '["Chủ nhiệm HTX nông nghiệp Tân Phú"]', ""),
    (
        "columns-in-other-order",
        "kind\ttitle\nbusiness\tChủ nhiệm HTX\n",
        '["Chủ nhiệm HTX nông nghiệp Tân Phú"]',
        "",
    ),
    ("no-key-column", "kind\nbusiness\n", None, "header kind does not match"),
    ("wrong-header", "name\tkind\nChủ nhiệm HTX\tbusiness\n", None, "header name | kind does not match"),
    ("too-many-cells", "title\tkind\nChủ nhiệm HTX\tbusiness\tx\n", '["Chủ nhiệm HTX"]', ":3: 3 cells"),
    (
        "no-key",
        "title\tkind\n\tbusiness\nChủ nhiệm HTX\tbusiness\n",
        '["Chủ nhiệm HTX nông nghiệp Tân Phú"]',
        ":3: no title",
    ),
]


@pytest.mark.parametrize("table,roles,stderr", [o[1:] for o in OVERLAYS], ids=[o[0] for o in OVERLAYS])
def test_overlay_tables(tmp_path: Path, table: str, roles: str | None, stderr: str) -> None:
    (tmp_path / "titles.tsv").write_text("# my additions\n" + table, encoding="utf-8")
    res = _run_with_overlay(tmp_path)
    if roles is None:  # a wrong header is an error, not a silently ignored file
        assert res.returncode != 0 and "GazetteerError" in res.stderr and stderr in res.stderr
        return
    assert res.returncode == 0, res.stderr
    assert res.stdout.strip() == roles
    assert stderr in res.stderr and ("row skipped" in res.stderr) == bool(stderr)


def test_missing_overlay_folder_is_an_error(tmp_path: Path) -> None:
    res = _run_with_overlay(tmp_path / "nowhere")
    assert res.returncode != 0 and "GazetteerError" in res.stderr and "is not a folder" in res.stderr


def _dies(text: str, *, published: object = None) -> Article:
    if text == "<<die>>":
        os._exit(3)
    return extract(text, published=published)  # type: ignore[arg-type]


@pytest.mark.skipif(multiprocessing.get_start_method() != "fork", reason="needs fork to inherit the patch")
def test_a_dead_worker_is_logged(monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    import vn_newsie.batch as batch

    monkeypatch.setattr(batch, "extract", _dies)
    items = [{"id": "a", "text": SENTENCE}, {"id": "b", "text": "<<die>>"}, {"id": "c", "text": SENTENCE}]
    with caplog.at_level(logging.WARNING, logger="vn_newsie"):
        results = list(extract_many(items, workers=2, chunksize=1))
    assert [r.ok for r in results] == [True, False, True]
    assert (results[1].error or "").startswith(f"{WorkerDied.__name__}: ")
    assert any("worker process died on item 1 (id b)" in r.getMessage() for r in caplog.records)
