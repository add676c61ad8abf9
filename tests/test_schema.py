"""The records' JSON shape is public API: it changes only on purpose."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _render() -> str:
    spec = importlib.util.spec_from_file_location("update_schema", ROOT / "scripts" / "update_schema.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return str(mod.render())


def test_schema_matches_committed_file() -> None:
    committed = (ROOT / "schema" / "article.schema.json").read_text(encoding="utf-8")
    assert _render() == committed, (
        "Article's JSON schema changed. If deliberate: run `python scripts/update_schema.py`, "
        "note it in CHANGELOG.md and bump the version."
    )
