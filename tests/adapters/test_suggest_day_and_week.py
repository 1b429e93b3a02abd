"""A log of sessions with both a day column and a week column (`Dato`, `Uge`, `Timer`): an `iso_week`
list reads a row's day or its week, never both, and the draft named both, so `hub adapters check`
refused it ("iso_week needs the keys date and hours (or week and hours)"). Guldborgsund's excel4node
sheet heads such a log, its week the formula `ISOWEEKNUM` saved without a value (decision 0060, "Stop
65: trial-94"). The day names its week: the week column is left out, and said so. An XML export's
visits with both a `<Dato>` and an `<Uge>` were drafted so too (found by probing a variant)."""

from __future__ import annotations

from pathlib import Path

from suggest_support import draft_of, drafted_config

from hub.adapters.language.golden import canonical_records

_HEAD = ["CPR-nr.;010190-1234", "P-nummer;1012345678", "Mentor;Lis Holm", ""]
_FOOT = ["", "Underskrevet af;Lis Holm", "Underskrevet den;30-11-2026"]


def _sheet(rows: list[str]) -> bytes:
    return "\r\n".join([*_HEAD, *rows, *_FOOT]).encode("utf-8")


def _draft(data: bytes) -> str:
    return draft_of(data, "timer.csv")


_LOG = [
    "Dato;Uge;Timer;Indhold",
    "03-11-2026;45;2,5;Opstart",
    "05-11-2026;45;1;Opfølgning",
    "11-11-2026;46;1,5;Samtale",
]


def test_a_week_column_beside_the_day_is_left_out_and_said_so() -> None:
    draft = _draft(_sheet(_LOG))
    assert '  table = { date = "Dato", hours = "Timer" }\n' in draft
    assert '  # column "Uge" left out: a list reads each row\'s day or its week, not both\n' in draft
    assert 'source = "under:Uge"' not in draft


def test_the_draft_with_day_and_week_reads_the_weeks(tmp_path: Path) -> None:
    data = _sheet(_LOG)
    config = drafted_config(_draft(data).split("\n\n", 1)[1], tmp_path)
    record = canonical_records(config, data, "timer.csv")
    assert isinstance(record, dict)
    assert record["entries"] == [{"week": "2026-W45", "hours": "3.5"}, {"week": "2026-W46", "hours": "1.5"}]


def test_a_week_column_alone_is_still_the_week() -> None:
    draft = _draft(_sheet(["Uge;Timer", "2026-45;3,5", "2026-46;1,5"]))
    assert '  table = { week = "Uge", hours = "Timer" }\n' in draft and "left out" not in draft


def test_a_day_column_of_days_without_their_year_gives_way_to_the_week() -> None:
    draft = _draft(_sheet(["Dato;Uge;Timer", "03/11;2026-45;2,5", "05/11;2026-45;1"]))
    assert '  table = { week = "Uge", hours = "Timer" }\n' in draft
    assert '  # column "Dato" left out: a list reads each row\'s day or its week, not both\n' in draft


def test_neither_read_leaves_both_for_a_person() -> None:
    draft = _draft(_sheet(["Dato;Uge;Timer", "03/11;45;2,5", "05/11;45;1"]))
    assert '  table = { week = "Uge", date = "Dato", hours = "Timer" }\n' in draft and "left out" not in draft


def _visits(week: bool) -> bytes:
    rows = "".join(
        f"<Besoeg><Dato>{day}</Dato>{f'<Uge>{iso}</Uge>' if week else ''}<Timer>{hours}</Timer></Besoeg>"
        for day, iso, hours in (("2026-11-03", "2026-45", "2,5"), ("2026-11-11", "2026-46", "1,5"))
    )
    return (
        '<?xml version="1.0"?><Mentortimer><Cpr>010190-1234</Cpr><Pnr>1012345678</Pnr>'
        f"<Mentor>Lis Holm</Mentor>{rows}<UnderskrevetAf>Lis Holm</UnderskrevetAf>"
        "<UnderskrevetDen>30-11-2026</UnderskrevetDen></Mentortimer>"
    ).encode()


def test_an_xml_rows_week_beside_its_day_is_left_out() -> None:
    data = _visits(week=True)
    draft = draft_of(data, "m.xml")
    assert '    key = "date"\n    source = "Dato"' in draft and 'key = "week"' not in draft
