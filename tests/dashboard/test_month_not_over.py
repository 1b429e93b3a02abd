"""What the missing-evidence list shows for a month is what will be missing at the month's end (the
summaries are computed as of it, decision 0017): for the month that is still running, the page says so,
rather than telling a partner on 3 December that December's timesheet is missing."""

from __future__ import annotations

from pathlib import Path

import pytest
from store import signed_in

NOTE = 'id="missing-not-over"'


@pytest.mark.usefixtures("demo_today")  # 1 December 2026: December is running, November is over
def test_the_running_month_s_missing_evidence_is_said_to_be_due_at_its_end(tmp_path: Path) -> None:
    [partner] = signed_in(tmp_path, "kommune-ballerup")
    running = partner.get("/municipality?month=2026-12").get_data(as_text=True)
    assert 'id="missing"' in running  # store.py: Ballerup's D lacks a report in December
    assert NOTE in running
    assert "Måneden er ikke slut endnu (december 2026)" in running
    over = partner.get("/municipality?month=2026-11").get_data(as_text=True)
    assert 'id="missing"' in over and NOTE not in over  # a month that is over: its rows, no note
