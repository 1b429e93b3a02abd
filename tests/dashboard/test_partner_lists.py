"""A partner's lists name its own citizens only, so they have no Municipality column: it repeated the
partner's own name on every row (Herlev, Herlev, … on Herlev's page). The lead's lists keep it."""

from __future__ import annotations

import re
from pathlib import Path

from store import signed_in


def _headers(page: str, table: str) -> list[str]:
    found = re.search(rf'<table id="{table}"[^>]*>\s*<thead[^>]*>(.*?)</thead>', page, re.S)
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


def _heading(page: str, name: str) -> str:
    found = re.search(rf'<h2 id="{name}-heading">([^<]*)</h2>', page)
    assert found, f"no heading {name}"
    return " ".join(found.group(1).split())


def test_a_partner_s_list_headings_say_the_lists_are_its_own(tmp_path: Path) -> None:
    # The table of municipalities above counts every municipality's citizens; a partner's lists hold its
    # own only. Under the lead's words Herlev read "Praktikker, der slutter inden for 14 dage (0)" and
    # "Ingen." below a table whose Gladsaxe row counted one ending.
    lead, partner = signed_in(tmp_path, "lead-gladsaxe", "kommune-ballerup")
    led = lead.get("/dashboard?month=2026-12").get_data(as_text=True)
    own = partner.get("/municipality?month=2026-12").get_data(as_text=True)
    ours = {
        "ending": "Vores praktikker, der slutter inden for 14 dage",
        "missing": "Manglende dokumentation for vores borgere",
        "gaps": "Afvigelser i mentortimer for vores borgere",
    }
    everyone = {
        "ending": "Praktikker, der slutter inden for 14 dage",
        "missing": "Manglende dokumentation",
        "gaps": "Afvigelser i mentortimer",
    }
    for name in ours:
        assert re.fullmatch(rf"{ours[name]} \(\d+\)", _heading(own, name)), _heading(own, name)
        assert re.fullmatch(rf"{everyone[name]} \(\d+\)", _heading(led, name)), _heading(led, name)
