"""What reprocessing (`reprocess`) does to each submission, and the documents it leaves rejected, by
reason: what `hub reprocess` reports."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from hub.errors import FieldProblem
from hub.schemas.paths import differences


@dataclass
class Change:
    """What reprocessing does to one submission."""

    submission_id: int
    filename: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    problems: list[FieldProblem] = field(default_factory=list)
    was: str = ""  # the submission's status before
    now: str = ""  # and after (the same when nothing was applied)
    items: list[str] = field(default_factory=list)  # a document of many records: "row 3: accepted"

    @property
    def changed(self) -> bool:
        """Whether reprocessing stores something for this submission (a record, an outcome)."""
        return self.after != self.before or self.now != self.was or bool(self.items)

    @property
    def still_rejected(self) -> bool:
        """Rejected before and still rejected (or, for many records, still some rejected)."""
        return self.was in ("rejected", "partial") and self.now == self.was and bool(self.problems)

    def differences(self) -> list[tuple[str, Any, Any]]:
        """(path, before, after) for every canonical leaf that differs."""
        return differences(self.before, self.after)


def still_failing(changes: list[Change]) -> dict[tuple[str, str], list[tuple[Change, FieldProblem]]]:
    """The documents still rejected, by reason (English, Danish), in the order first met."""
    groups: dict[tuple[str, str], list[tuple[Change, FieldProblem]]] = {}
    for change in changes:
        if not change.still_rejected:
            continue
        for problem in change.problems:
            groups.setdefault((problem.reason_en, problem.reason_da), []).append((change, problem))
    return groups
