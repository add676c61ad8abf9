"""The command line: one article, JSONL batches with bad lines, user errors without tracebacks."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "hoi-nghi-tinh-uy.txt"


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "vn_newsie.cli", *args], input=stdin, capture_output=True, timeout=120
    )


def test_extract_file_prints_article_json() -> None:
    res = run("extract", str(EXAMPLE), "--published", "2024-07-12")
    assert res.returncode == 0, res.stderr
    data = json.loads(res.stdout)
    assert data["published"] == "2024-07-12"
    assert {"people", "meetings", "metrics", "documents"} <= data.keys()
    assert data["meetings"][0]["date"] == "2024-07-12"


def test_extract_stdin() -> None:
    res = run("extract", "-", stdin=EXAMPLE.read_bytes())
    assert res.returncode == 0
    assert json.loads(res.stdout)["people"]


@pytest.mark.parametrize(
    "args,message",
    [
        (("extract", "/no/such/file.txt"), "cannot read"),
        (("extract", "-", "--published", "không rõ"), "--published"),
    ],
)
def test_user_errors_are_one_line_without_traceback(args: tuple[str, ...], message: str) -> None:
    res = run(*args, stdin=b"")
    assert res.returncode == 2
    err = res.stderr.decode()
    assert message in err and "Traceback" not in err


def test_non_utf8_file_is_a_user_error(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_bytes("Hội nghị".encode("utf-16"))
    res = run("extract", str(f))
    assert res.returncode == 2 and b"not UTF-8" in res.stderr and b"Traceback" not in res.stderr


def test_jsonl_keeps_order_and_reports_bad_lines(tmp_path: Path) -> None:
    good = EXAMPLE.read_text(encoding="utf-8")
    lines = [
        json.dumps({"id": "a", "text": good, "published": "2024-07-12"}, ensure_ascii=False).encode(),
        b"{not json",
        b"",
        json.dumps({"id": "d", "body": "no text field"}).encode(),
        b"\xff\xfe broken utf-8",
        json.dumps({"id": "f", "text": "Sáng 3/1, UBND tỉnh họp."}, ensure_ascii=False).encode(),
    ]
    src = tmp_path / "in.jsonl"
    src.write_bytes(b"\n".join(lines) + b"\n")
    out = tmp_path / "out.jsonl"
    res = run("extract", "--jsonl", str(src), "-o", str(out), "--quiet")
    assert res.returncode == 0, res.stderr
    records = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [r["line"] for r in records] == [1, 2, 3, 4, 5, 6]
    assert [("error" in r) for r in records] == [False, True, True, True, True, False]
    assert records[0]["id"] == "a" and records[0]["article"]["people"]
    assert records[3]["id"] == "d" and "text" in records[3]["error"]
    assert "invalid JSON" in records[1]["error"] and "empty" in records[2]["error"]
    assert "UTF-8" in records[4]["error"]
    assert b"6 lines, 2 extracted, 4 errors" in res.stderr


def test_jsonl_with_two_workers_matches_one(tmp_path: Path) -> None:
    text = EXAMPLE.read_text(encoding="utf-8")
    src = tmp_path / "in.jsonl"
    src.write_text(
        "\n".join(json.dumps({"id": str(i), "text": text}, ensure_ascii=False) for i in range(12)) + "\n",
        encoding="utf-8",
    )
    one = run("extract", "--jsonl", str(src), "--quiet")
    two = run("extract", "--jsonl", str(src), "--workers", "2", "--quiet")
    assert one.returncode == two.returncode == 0
    assert one.stdout == two.stdout
    assert len(one.stdout.splitlines()) == 12


def test_schema_command_prints_json_schema() -> None:
    res = run("schema")
    assert res.returncode == 0
    assert json.loads(res.stdout)["title"] == "Article"


def test_batch_flags_without_jsonl_are_a_user_error() -> None:
    res = run("extract", str(EXAMPLE), "--workers", "2")
    assert res.returncode == 2 and b"--jsonl" in res.stderr


def test_missing_extra_gazetteer_folder_is_a_user_error() -> None:
    import os

    env = {**os.environ, "VN_NEWSIE_GAZETTEERS": "/no/such/folder"}
    res = subprocess.run(
        [sys.executable, "-m", "vn_newsie.cli", "extract", str(EXAMPLE)],
        capture_output=True,
        timeout=120,
        env=env,
    )
    assert res.returncode == 2 and b"VN_NEWSIE_GAZETTEERS" in res.stderr and b"Traceback" not in res.stderr


def test_schema_command_matches_committed_file() -> None:
    res = run("schema")
    assert res.stdout.decode() == (ROOT / "schema" / "article.schema.json").read_text(encoding="utf-8")


def test_python_m_vn_newsie_is_the_cli() -> None:
    res = subprocess.run([sys.executable, "-m", "vn_newsie", "--version"], capture_output=True, timeout=60)
    assert res.returncode == 0 and res.stdout.decode().startswith("vn-newsie ")


def test_help_says_what_dates_and_workers_mean() -> None:
    out = " ".join(run("extract", "--help").stdout.decode().split())
    assert "YYYY-MM-DD or dd/mm/yyyy" in out
    assert "0 uses one per CPU core" in out and "1 (default) works in this process" in out
    assert "--html PAGE" in out


@pytest.mark.parametrize(
    "args,message",
    [
        (("extract", "-", "--jsonl", "--workers", "-1"), "argument --workers: expected 0 (one per CPU core)"),
        (
            ("extract", "-", "--jsonl", "--workers", "hai"),
            "argument --workers: expected 0 (one per CPU core)",
        ),
        (("extract", "-", "--published", "2024-13-45"), "write it as YYYY-MM-DD or dd/mm/yyyy"),
        (("extract", "-", "--jsonl", "--html", "a.html"), "--html writes the page of one article"),
    ],
    ids=["negative-workers", "workers-not-a-number", "published-in-user-words", "html-with-jsonl"],
)
def test_usage_errors_in_the_users_words(args: tuple[str, ...], message: str) -> None:
    res = run(*args, stdin=b"")
    err = res.stderr.decode()
    assert res.returncode == 2 and message in err and "Traceback" not in err
    assert "datetime" not in err and "Python" not in err
