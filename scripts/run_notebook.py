"""Run a notebook headless, in its own folder, and save it with its outputs (`make notebook`).

The example notebook is committed executed, so that a code host shows the highlighted article
and the chart without running anything.
"""

from __future__ import annotations

import sys
from pathlib import Path

import nbformat
from nbclient import NotebookClient


def main(path: str) -> int:
    nb_path = Path(path)
    nb = nbformat.read(nb_path, as_version=4)
    client = NotebookClient(
        nb, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(nb_path.parent)}}
    )
    client.execute()
    for cell in nb.cells:  # execution times and counts churn on every run: keep the diff to outputs
        cell.get("metadata", {}).pop("execution", None)
    nbformat.write(nb, nb_path)
    print(f"{nb_path}: {sum(c.cell_type == 'code' for c in nb.cells)} code cells run")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
