"""A total outside a table of items (`I alt` below an export of several citizens, an Excel Table's
`Samlet` row) is the whole document's, no record's: the draft leaves it a TODO, so that each record's
total is computed from its own entries (`draft.suggest`).
"""

from __future__ import annotations

from hub.adapters.suggest.fields import FieldSuggestion
from hub.adapters.suggest.tables import TablePlan


def no_shared_total(fields: list[FieldSuggestion], plans: list[TablePlan]) -> None:
    """Where each item of a table has its own list, a total outside the table (`I alt` below an export
    of several citizens) is the whole document's, not each record's: left a TODO, so that each record's
    total is computed from its own entries."""
    # The item table's own total line (an Excel Table's `Samlet` row, its stop) is no record's value.
    trailers = {
        f"label:{plan.table.trailer}" for plan in plans if plan.mode == "items" and plan.table.trailer
    }
    for suggestion in fields:
        if suggestion.path is None and suggestion.selectors and suggestion.selectors[0] in trailers:
            suggestion.note = "the table's total line, where it stops: the whole document's, no record's"
    if not any(plan.mode == "items" and plan.list_columns for plan in plans):
        return
    for suggestion in fields:
        if suggestion.path == "total_hours" and not suggestion.selectors[0].startswith("column:"):
            suggestion.path = None
            suggestion.note = "the whole document's total, not each record's (each record's is computed)"
