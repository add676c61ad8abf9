"""Regenerate schema/article.schema.json after a deliberate change to the records.

    python scripts/update_schema.py

tests/test_schema.py fails while the committed file and the models disagree, so that a change to
the JSON shape users depend on is always made on purpose (and noted in CHANGELOG.md).
"""

from __future__ import annotations

import json
from pathlib import Path

from vn_newsie.records import Article

PATH = Path(__file__).resolve().parents[1] / "schema" / "article.schema.json"


def render() -> str:
    return json.dumps(Article.model_json_schema(), ensure_ascii=False, indent=2, sort_keys=True) + "\n"


if __name__ == "__main__":
    PATH.parent.mkdir(exist_ok=True)
    PATH.write_text(render(), encoding="utf-8")
    print(f"wrote {PATH}")
