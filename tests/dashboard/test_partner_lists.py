"""A partner's lists name its own citizens only, so they have no Municipality column: it repeated the
partner's own name on every row (Herlev, Herlev, … on Herlev's page). The lead's lists keep it."""

from __future__ import annotations

import re
from pathlib import Path

from store import signed_in


def _headers(page: str, table: str) -> list[str]:
    found = re.search(rf'<table id="{table}"[^>]*>\s*<thead>(.*?)</thead>', page, re.S)
    assert found, f"no table {table}"
    return re.findall(r"<th[^>]*>([^<]*)</th>", found.group(1))


def test_only_the_lead_s_lists_name_the_municipality(tmp_path: Path) -> None:
    lead, partner = signed_in(tmp_path, "lead-gladsaxe", "kommune-ballerup")
    led = lead.get("/dashboard?month=2026-12").get_data(as_text=True)
    own = partner.get("/municipality?month=2026-12").get_data(as_text=True)
    tables = [t for t in ("ending", "missing", "gaps") if f'<table id="{t}"' in led]
    assert "missing" in tables  # store.py: Ballerup's D lacks a report in December
    for table in tables:
        assert "Kommune" in _headers(led, table), table
        assert "Kommune" not in _headers(own, table), table
        assert "Deltager-id" in _headers(own, table), table  # the table is there, only the column gone
    # Ballerup's own citizen with missing evidence is still listed (store.py: D, Dorte Dahl).
    assert "Dorte Dahl" in own
