"""`hub adapters suggest` on an XML export of many records whose day signed is named as its signer less
"af", with a word of time after it (`<godkendt_af>` beside `<godkendt_tid>`, an xml2js export of a
node-postgres row; decision 0060, "Stop 69: trial-114"): each record's copy of `godkendt_tid` was taken
for a second value to choose between, so the day was "not recognised" and every record refused for want
of `signed_on`. Two values so named in one record are still left to a person."""

from __future__ import annotations

from pathlib import Path

from suggest_support import draft_of, drafted_config

from hub.adapters.language.golden import canonical_records


def _export(extra: str = "") -> bytes:
    courses = "".join(
        f"""  <forloeb>
    <cpr>{cpr}</cpr>
    <pnr>1027364518</pnr>
    <mentor>Lars Thygesen</mentor>
    <besoeg><dato>2027-03-15</dato><timer>1,5</timer></besoeg>
    <besoeg><dato>2027-03-23</dato><timer>2</timer></besoeg>
    <godkendt>true</godkendt>
    <godkendt_af>Lars Thygesen</godkendt_af>
    <godkendt_tid>{signed}</godkendt_tid>{extra}
  </forloeb>
"""
        for cpr, signed in (
            ("150388-2714", "2027-03-31T22:20:00.000Z"),
            ("091201-3362", "2027-03-31T12:05:00.000Z"),
        )
    )
    return f'<?xml version="1.0" encoding="UTF-8"?>\n<mentortimer>\n{courses}</mentortimer>\n'.encode()


def test_the_day_signed_of_many_records_is_drafted(tmp_path: Path) -> None:
    data = _export()
    text = draft_of(data, "mentortimer.xml")
    assert 'path = "signed_on"\n  source = "godkendt_tid"' in text
    records = canonical_records(drafted_config(text, tmp_path), data, "mentortimer.xml")
    # 22:20 UTC on 31 March is 00:20 on 1 April in Denmark
    assert [r["signed_on"] for r in records] == ["2027-04-01", "2027-03-31"]


def test_two_days_named_so_are_left_to_a_person() -> None:
    text = draft_of(_export("\n    <godkendt_ts>2027-03-30T10:00:00.000Z</godkendt_ts>"), "mentortimer.xml")
    assert 'path = "signed_on"' not in text
