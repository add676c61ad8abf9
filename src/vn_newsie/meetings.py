"""Meetings (placeholder until the meeting recognizer lands)."""

from __future__ import annotations

from .context import Context
from .records import Meeting, Person


def extract_meetings(ctx: Context, people: list[Person]) -> list[Meeting]:
    return []
