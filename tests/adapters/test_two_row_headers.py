"""A workbook whose header takes two rows: "CPR-nummer", "P-nummer" and "Vurderet" merged down over rows 3
and 4 beside "Karakter (1-5)" over the five score headers of row 4. Excel keeps a merged cell's text in
its upper cell, so no one row holds every header: the table was "no header row", and `hub adapters
suggest` read "P-nummer" as the value of the label "CPR-nummer". Met in the onboarding trial (Læsø's
layout, tests/onboarding/). Values in the expected records are the ones written below, by hand."""

from __future__ import annotations

import io
import tomllib
from pathlib import Path

import xlsxwriter
from suggest_support import drafted_config

from hub.adapters.language.golden import canonical_records
from hub.adapters.readers import extract
from hub.adapters.suggest.draft import suggest

SCORES = ["Fremmøde", "Punktlighed", "Samarbejde", "Opgaveløsning", "Selvstændighed"]
ROWS = [
    ["030485-1234", "1034567890", "31-03-2026", "4", "3", "5", "4", "2", "Møder stabilt"],
    ["2709921645", "1034567890", "15-04-2026", "5", "5", "4", "3", "3", ""],
]


def workbook(rows: list[list[str]]) -> bytes:
    buf = io.BytesIO()
    book = xlsxwriter.Workbook(buf, {"in_memory": True})
    sheet = book.add_worksheet("Vurderinger")
    plain = book.add_format({})
    sheet.merge_range("A1:I1", "Læsø Kommune - Udviklingsvurdering", plain)
    for col, header in zip("ABCI", ["CPR-nummer", "P-nummer", "Vurderet", "Noter"], strict=True):
        sheet.merge_range(f"{col}3:{col}4", header, plain)
    sheet.merge_range("D3:H3", "Karakter (1-5)", plain)
    sheet.write_row("D4", SCORES)
    for number, row in enumerate(rows, start=5):
        sheet.write_row(f"A{number}", [cell for cell in row if cell] if not row[-1] else row)
    book.close()
    return buf.getvalue()


def _draft(data: bytes) -> str:
    return suggest(extract(data, "vurdering.xlsx"), "vurdering.xlsx").to_toml()


def _sources(text: str) -> list[str]:
    return [f.get("source", "") for f in tomllib.loads(text)["forms"][0]["fields"]]


# "Vurderet" is drafted as the day measured (it was added to these drafts by hand until the twentieth
# onboarding trial, decision 0060).
MEASURED = '  path = "measured_on"\n  source = "{selector}"'


def test_a_two_row_header_is_drafted_as_one_and_its_items_map(tmp_path: Path) -> None:
    data = workbook(ROWS)
    text = _draft(data)
    assert tomllib.loads(text)["forms"][0]["items"] == {"key": "CPR-nummer"}
    assert "column:CPR-nummer" in _sources(text) and "column:Fremmøde" in _sources(text)
    assert MEASURED.format(selector="column:Vurderet") in text
    config = drafted_config(text, tmp_path, "825", "laesoe")
    records = canonical_records(config, data, "vurdering.xlsx")
    assert [(r["citizen"]["cpr"], r["measured_on"], r["scores"]["attendance"]) for r in records] == [
        ("0304851234", "2026-03-31", 4),
        ("2709921645", "2026-04-15", 5),
    ]
    assert records[0]["note"] == "Møder stabilt" and "note" not in records[1]


def test_one_record_under_a_two_row_header_reads_below_the_merged_labels(tmp_path: Path) -> None:
    data = workbook(ROWS[:1])
    text = _draft(data)
    assert "below:CPR-nummer" in _sources(text)  # straight under it is the merged, blank, half
    assert "under:Fremmøde" in _sources(text)
    assert MEASURED.format(selector="below:Vurderet") in text
    config = drafted_config(text, tmp_path, "825", "laesoe")
    record = canonical_records(config, data, "vurdering.xlsx")
    assert (record["citizen"]["cpr"], record["site"]["p_number"], record["scores"]["independence"]) == (
        "0304851234",
        "1034567890",
        2,
    )
