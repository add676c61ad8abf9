"""Cited documents (placeholder until the document recognizer lands)."""

from __future__ import annotations

from .context import Context
from .records import DocumentRef


def extract_documents(ctx: Context) -> list[DocumentRef]:
    return []
