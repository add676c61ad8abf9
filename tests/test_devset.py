"""Ratchet: the dev-set figures may not fall below the last ones reached (tests/ratchet.json).

Runs the shared scorer (../shared/eval/score.py) against the installed package, as the issue
tracker does; skipped where ../shared/dev is not beside the project. When a change raises a
figure, raise it in ratchet.json too (python tests/test_devset.py --update).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import DEV, SCORER, needs_dev

RATCHET = Path(__file__).with_name("ratchet.json")


def run_scorer(tmp: Path) -> dict:  # type: ignore[type-arg]
    out = tmp / "figures.json"
    res = subprocess.run(
        [sys.executable, str(SCORER), str(DEV), "--json", str(out)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert res.returncode == 0, res.stderr
    assert "raised on" not in res.stderr, res.stderr  # extract() crashed on a dev article
    return json.loads(out.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


@pytest.fixture(scope="module")
def figures(tmp_path_factory: pytest.TempPathFactory) -> dict:  # type: ignore[type-arg]
    return run_scorer(tmp_path_factory.mktemp("score"))


@needs_dev
def test_scorer_runs_on_every_article(figures: dict) -> None:  # type: ignore[type-arg]
    assert figures["articles"] == len(list(DEV.glob("*.gold.json")))


@needs_dev
@pytest.mark.parametrize("name", sorted(json.loads(RATCHET.read_text(encoding="utf-8"))["f1"]))
def test_figure_not_below_ratchet(figures: dict, name: str) -> None:  # type: ignore[type-arg]
    floor = json.loads(RATCHET.read_text(encoding="utf-8"))["f1"][name]
    got = figures["overall_f1"] if name == "overall" else figures["figures"][name]["f1"]
    assert got >= floor - 1e-9, f"{name} F1 fell to {got} (ratchet {floor})"


if __name__ == "__main__" and "--update" in sys.argv:
    import tempfile

    with tempfile.TemporaryDirectory() as d:
        f = run_scorer(Path(d))
    names = [
        "person",
        "role",
        "metric",
        "metric_name",
        "document",
        "document_date",
        "document_issuer",
        "meeting",
        "chair",
        "attendee",
        "organizer",
        "participants",
    ]
    ratchet = {"f1": {"overall": f["overall_f1"], **{n: f["figures"][n]["f1"] for n in names}}}
    RATCHET.write_text(json.dumps(ratchet, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(ratchet, indent=2))
