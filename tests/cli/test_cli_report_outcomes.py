"""`hub report outcomes` over stored records it cannot count: one line in each language, no CPR."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest

from hub.services import reports

CPR = "0101901111"


def _stored(form_type: str) -> list[SimpleNamespace]:
    """A placement of 5 Jan–5 Apr 2026 and an end form dated 1 May: after a correction shortened the
    placement, its end no longer falls inside it."""
    site = {"p_number": "1900000101", "name": "Site"}
    if form_type == "placement":
        data = {"form_type": "placement", "citizen": {"cpr": CPR, "name": "Test Person"}, "site": site,
                "period": {"start": "2026-01-05", "end": "2026-04-05"}, "benefit": "kontanthjaelp",
                "visitation": "jobparat"}  # fmt: skip
    else:
        data = {"form_type": "placement_end", "citizen": {"cpr": CPR}, "site": site,
                "ended_on": "2026-05-01", "outcome": "ordinary_job"}  # fmt: skip
    return [SimpleNamespace(data=data)]


def test_records_it_cannot_count_are_named_in_both_languages(
    runner: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(reports, "current_records", lambda _session, form_type: _stored(form_type))
    result = runner.invoke(args=["report", "outcomes"])
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert lines[0].startswith("error: the end form of a placement at P-number 1900000101 ended")
    assert lines[1].startswith("fejl: afslutningsskemaet for en praktik på P-nummer 1900000101 afsluttet")
    assert "1. maj 2026" in lines[1]
    assert len(lines) == 2 and CPR not in result.output and "Traceback" not in result.output
