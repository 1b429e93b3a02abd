"""A submission as the user following it may see it: its file name and its problems' texts with CPR-like
numbers as the user's view allows.

Caseworkers name files after the citizen ("Kasper 050505-1234.xlsx"), and a value that failed to read
may be quoted in a reason. The municipality that sent it reads them whole; anyone else (the lead
following what it sent as a partner, a company's form followed by the lead) masked; the company wholly
hidden, as on the record page (`placement_reads.shown_text`). The stored row keeps the name as sent.
"""

from __future__ import annotations

from typing import Any

from hub.access import CprView, Principal
from hub.models import Submission
from hub.services.placement_reads import shown_text


def view_for(principal: Principal, submission: Submission) -> CprView:
    """How much of a CPR-like number in this submission's name and problems the user may see."""
    if principal.role == "company":
        return "none"
    own = submission.municipality_code is not None and submission.municipality_code == principal.municipality
    return "full" if own else "masked"


def shown(value: Any, view: CprView) -> Any:
    """Every text in a submission's result (name, problems, items' labels) as the view allows."""
    if view == "full":
        return value
    if isinstance(value, dict):
        return {k: shown(v, view) for k, v in value.items()}
    if isinstance(value, list):
        return [shown(v, view) for v in value]
    return shown_text(value, view) if isinstance(value, str) else value
