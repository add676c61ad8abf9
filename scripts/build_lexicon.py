#!/usr/bin/env python3
"""Write src/vn_newsie/lexicon.json, the lexicon built from data/gazetteers/, shipped so that the
first extract() of a process reads it instead of folding every entry again.

    python scripts/build_lexicon.py          # rebuild after editing a table or LEXICON_VERSION
    python scripts/build_lexicon.py --check  # exit 1 if the shipped file is out of date

A stale file is never used (its fingerprint no longer matches): the lexicon is then rebuilt from
the tables on each first call, which is correct but slower; tests/test_gazetteer.py fails on it.
"""

from __future__ import annotations

import argparse
import sys

from vn_newsie.gazetteer import LEXICON_FILE, lexicon_json


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="only check that the file is up to date")
    args = ap.parse_args()
    fresh = lexicon_json()
    current = LEXICON_FILE.read_text(encoding="utf-8") if LEXICON_FILE.is_file() else ""
    if args.check:
        if current != fresh:
            print(f"{LEXICON_FILE} is out of date: run python scripts/build_lexicon.py", file=sys.stderr)
            return 1
        return 0
    LEXICON_FILE.write_text(fresh, encoding="utf-8")
    print(f"wrote {LEXICON_FILE} ({len(fresh):,} characters)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
