"""Statistics (placeholder until the metric recognizer lands)."""

from __future__ import annotations

from .context import Context
from .records import Metric


def extract_metrics(ctx: Context) -> list[Metric]:
    return []
