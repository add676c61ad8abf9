"""Join records across articles by their keys.

Keys are built so that the same thing written differently gets one key:
- ``Person.key``: the folded name (case, Unicode form and tone style removed), followed by
  ``|<province code>`` when the person holds a local role ("Chủ tịch UBND tỉnh") in an article
  whose province is known, so that two officials of the same name in two provinces differ.
  The same person named in an article without a known province keeps the bare name key.
- ``Role.organization_key``: the folded body as written after the title ("ubnd tỉnh"), joined
  with the province code of ``Role.place`` here when there is one.
- ``DocumentRef.key``: set by the document recognizer (number, and year when the number has none).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from .records import Article, DocumentRef, Person, Role


@dataclass
class Links:
    """Clusters across a batch: each maps a key to (article index, record) pairs."""

    people: dict[str, list[tuple[int, Person]]] = field(default_factory=dict)
    organizations: dict[str, list[tuple[int, Role]]] = field(default_factory=dict)
    documents: dict[str, list[tuple[int, DocumentRef]]] = field(default_factory=dict)

    def shared(self) -> Links:
        """Only the clusters that span two or more articles."""

        def keep(d: dict[str, list[tuple[int, object]]]) -> dict[str, list[tuple[int, object]]]:
            return {k: v for k, v in d.items() if len({i for i, _ in v}) > 1}

        return Links(keep(self.people), keep(self.organizations), keep(self.documents))  # type: ignore[arg-type]


def organization_key(role: Role) -> str | None:
    if not role.organization_key:
        return None
    if role.place and role.place.code:
        return f"{role.organization_key}|{role.place.code}"
    return role.organization_key


def link(articles: Iterable[Article]) -> Links:
    """Group the people, bodies and documents of many articles by key."""
    out = Links()
    for i, art in enumerate(articles):
        for p in art.people:
            out.people.setdefault(p.key, []).append((i, p))
            for r in p.roles:
                key = organization_key(r)
                if key:
                    out.organizations.setdefault(key, []).append((i, r))
        for d in art.documents:
            if d.key:
                out.documents.setdefault(d.key, []).append((i, d))
    return out
