"""Shared fixtures: the dev set lives beside the project (../shared/dev) and may be absent."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DEV = SHARED / "dev"
SCORER = SHARED / "eval" / "score.py"


def dev_articles() -> list[tuple[str, str, dict]]:
    if not DEV.is_dir():
        return []
    out = []
    for gold in sorted(DEV.glob("*.gold.json")):
        txt = gold.with_name(gold.name[: -len(".gold.json")] + ".txt")
        out.append((txt.stem, txt.read_text(encoding="utf-8"), json.loads(gold.read_text(encoding="utf-8"))))
    return out


needs_dev = pytest.mark.skipif(not DEV.is_dir() or not SCORER.is_file(), reason="../shared/dev not present")
