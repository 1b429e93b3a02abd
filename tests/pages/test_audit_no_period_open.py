"""An auditor whose audit period cuts every claim period it overlaps can open none: the refusal says
"none", not "(-)", which reads as a slip of the keyboard."""

from __future__ import annotations

from datetime import date

import pytest
from flask import Flask

from hub.access import Principal
from hub.errors import HubError
from hub.services import audit_page

# Ballerup claims by quarter (config/municipalities/ballerup.toml); 1 August is inside the third.
CUT = Principal(1, "rev", "auditor", "151", audit_start=date(2026, 8, 1), audit_end=date(2026, 12, 31))


@pytest.mark.usefixtures("demo_today")
def test_no_period_open_is_said_in_words(app: Flask) -> None:
    with app.app_context():
        assert audit_page.periods(CUT) == []  # Q3 starts before the audit period, Q4 has not ended
        with pytest.raises(HubError) as outside:
            audit_page.audited_period(CUT, "2026-Q3")
        with pytest.raises(HubError) as wrong_kind:
            audit_page.audited_period(CUT, "2026-10")
    assert outside.value.message.endswith("can be opened (none)")
    assert outside.value.message_da.endswith("kan åbnes (ingen)")
    assert wrong_kind.value.message.endswith("; the periods you can open: none")
    assert wrong_kind.value.message_da.endswith("; de perioder, du kan åbne: ingen")
