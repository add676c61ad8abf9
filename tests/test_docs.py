"""The docs agree with the code: the Python API page's examples run as doctests."""

from __future__ import annotations

import doctest
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_python_api_page_examples_run() -> None:
    flags = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE
    result = doctest.testfile(str(ROOT / "docs" / "python-api.md"), module_relative=False, optionflags=flags)
    assert result.attempted > 20 and result.failed == 0
