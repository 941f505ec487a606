"""What the importer could not place or had to guess, with the source line it comes from.

Each item is tied to the place in the plan data it is about (a mapping and its key, or a list
and its index) so that the YAML writer puts it there as a comment, and gets the line of the
written file it lands on.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from dakplan.imports.messages import say


@dataclass
class ReviewItem:
    line: int
    """Where in the source: a line of a text file, a paragraph of a Word file."""
    message: str
    unit: str = "line"
    yaml_line: int | None = None
    """Where the comment landed in the written YAML (set by the writer)."""

    def to_dict(self) -> dict[str, Any]:
        return {"line": self.line, "unit": self.unit, "yaml_line": self.yaml_line,
                "message": self.message}


@dataclass
class Review:
    unit: str = "line"
    items: list[ReviewItem] = field(default_factory=list)
    _at: dict[tuple[int, object], list[ReviewItem]] = field(default_factory=dict)
    _ids: set[int] = field(default_factory=set)
    _keep: list[object] = field(default_factory=list)

    def add(self, line: int, key: str, container: object = None, slot: object = None,
            **params: object) -> ReviewItem:
        """Note ``key`` (a message of ``messages``) at source ``line``, to be written before
        ``container[slot]`` (the top of the file when no container is given)."""
        item = ReviewItem(line, say(key, **params), self.unit)
        self.items.append(item)
        if container is not None:
            self._keep.append(container)  # the id stays that object's while it is kept
            self._at.setdefault((id(container), slot), []).append(item)
            self._ids.add(id(container))
        return item

    def at(self, container: object, slot: object) -> list[ReviewItem]:
        return self._at.get((id(container), slot), [])

    def has(self, container: object) -> bool:
        """Whether a comment is to be written inside ``container``."""
        return id(container) in self._ids

    def placed(self) -> set[int]:
        return {id(item) for items in self._at.values() for item in items}

    def sorted(self) -> list[ReviewItem]:
        return sorted(self.items, key=lambda i: i.line)
