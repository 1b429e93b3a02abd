"""A table's rows are one item where their key is the same CPR number, however it is spelt
(hub/adapters/mapping/item_keys.py; decision 0064, "Stop 52: words-60")."""

from __future__ import annotations

import pytest
from pipeline import GOLDEN, ingest_all, repository_registry

# Albertslund's mentor hours: a row a day, the rows of one CPR number one citizen's sheet. Its first
# citizen, 150392-1237, has 2 + 1,5 + 2 hours in weeks 32 and 33 (the golden file).
SHEET = (GOLDEN / "albertslund" / "mentor_hours.csv").read_bytes().decode("cp1252")


@pytest.mark.parametrize("spelt", ['150392-12"37', "150392 1237", "1503921237", "15.03.92-1237"])
def test_one_citizen_written_two_ways_is_one_record(spelt: str) -> None:
    # A stray quote a program left in the second row (fuzz recipe 57/csv/quote/105) or another spelling
    # made a second record of the same citizen with 1,5 of their 5,5 hours.
    data = SHEET.replace("150392-1237;06-08-2026", f"{spelt};06-08-2026").encode("cp1252")
    records = ingest_all(repository_registry(), "albertslund", data, "mentortimer.csv")
    assert [(r["citizen"]["cpr"], r["total_hours"]) for r in records] == [
        ("1503921237", "5.5"),
        ("2807862214", "4.5"),
    ]
    assert records[0]["entries"] == [
        {"week": "2026-W32", "hours": "3.5"},
        {"week": "2026-W33", "hours": "2.0"},
    ]
