"""The dashboard's read of the citizens it names, as an audit entry.

The lead's dashboard and a partner municipality's view list citizens by name and CPR number (the
placements running, ending soon, missing evidence, with gaps): a read of personal data, which is an entry
for every role that reads it (`access.LOGGED_READERS`, decision 0062, "Stop 73: page-134"). The entry is
the API's list's (`read.placements`), naming the placements whose citizens the page named, never a CPR
number; `audit_reach` finds their municipalities from them.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from hub.access import Principal
from hub.services import scope
from hub.services.dashboard import LISTS
from hub.services.dashboard_rows import Dashboard, Person


def note_shown(session: Session, who: Principal, board: Dashboard) -> None:
    """Log the placements whose citizens the page names (nothing when it names none), and commit."""
    # Each list's row starts with the citizen it names (`dashboard.build`).
    people: list[Person] = [row[0] for name in LISTS for row in getattr(board, name).rows]
    if not people:
        return
    detail = {
        "agreement": board.agreement.id,
        "period": board.month.label,
        "placements": sorted({person.placement_id for person in people}),
    }
    scope.note_read(session, who, "read.placements", f"agreement:{board.agreement.id}", detail)
