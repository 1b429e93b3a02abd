"""What the last trials left `hub adapters suggest` to miss (decision 0060, "Stop 61: suggest-72"), each
form built here the way its producer builds it: a case system's CSV export of placements whose benefit
is its ydelseskode; a word processor's placement agreement whose title names no kind; XML timesheets
whose rows carry a case number or a month beside the week; a PDF table whose headings are centred down
blocks of odd lengths. Every expected value is read off the form as built.
"""

from __future__ import annotations

import pytest
from suggest_support import drafted_fields

from hub.adapters.pipeline import READ_OPTIONS
from hub.adapters.readers import extract
from hub.adapters.suggest.draft import suggest

pytestmark = pytest.mark.usefixtures("stop_readers")


def _draft(data: bytes, name: str) -> str:
    return suggest(extract(data, name, READ_OPTIONS), name, data if name.endswith(".pdf") else None).to_toml()


def test_an_exports_benefit_codes_are_left_todo_saying_what_they_likely_are() -> None:
    """A case system's CSV of placements, the benefit its ydelseskode ("KH-AP" the benefit and the
    visitation in one). Before: each "TODO" with nothing said, where an outcome's code had its hint."""
    csv = (
        "CPR-nr.;Virksomhed;P-nummer;Startdato;Slutdato;Ydelseskode\r\n"
        "010190-1234;Tømrer Hansen ApS;1012345678;01-05-2026;30-06-2026;KH-AP\r\n"
        "020290-2345;Tømrer Hansen ApS;1012345678;04-05-2026;03-07-2026;SDP\r\n"
        "030390-3456;Bager Jensen;1012345679;11-05-2026;10-07-2026;UH\r\n"
        "040490-4567;Bager Jensen;1012345679;18-05-2026;17-07-2026;LY\r\n"
    )
    text = _draft(csv.encode(), "praktikker.csv")
    values = drafted_fields(text)["benefit"]["transforms"][0]["values"]
    assert values == {"KH-AP": "TODO", "SDP": "TODO", "UH": "TODO", "LY": "TODO"}
    check = "check the case system's list"
    assert (
        '"KH-AP" = "TODO"  # TODO: likely kontanthjaelp (KH: kontanthjælp?); aktivitetsparat '
        f"(AP: aktivitetsparat?), the visitation: map it too; {check}"
    ) in text
    assert f'"SDP" = "TODO"  # TODO: likely sygedagpenge (SDP: sygedagpenge?); {check}' in text
    assert f'"UH" = "TODO"  # TODO: likely uddannelseshjaelp (UH: uddannelseshjælp?); {check}' in text
    assert f'"LY" = "TODO"  # TODO: likely ledighedsydelse (LY: ledighedsydelse?); {check}' in text
