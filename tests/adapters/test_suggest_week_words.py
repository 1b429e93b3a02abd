"""A week's column headed by its number in one word, `Ugenr.` or `Ugenummer` (as often as `Uge nr.`), and
its year's headed `Årstal` (as often as `År`): the draft found no week and no year, so the table of weeks
and hours was a comment, the form (titled "Mentorstøtte") a grant of support, and every document refused.
Found by probing a variant of Nordfyns's pylightxl sheet (decision 0060, "Stop 66: trial-100")."""

from __future__ import annotations

from pathlib import Path

from suggest_support import draft_of, drafted_config

from hub.adapters.language.golden import canonical_records

_HEAD = ["Mentortimer december 2026", "", "CPR-nr.;010190-1234", "P-nummer;1012345678", "Mentor;Lis Holm", ""]
_FOOT = ["", "Godkendt af mentor;Lis Holm", "Dato;04-01-2027"]


def _csv(*rows: str) -> bytes:
    return "\r\n".join([*_HEAD, *rows, *_FOOT]).encode("utf-8")


def _entries(data: bytes, tmp_path: Path) -> object:
    draft = draft_of(data, "timer.csv")
    record = canonical_records(drafted_config(draft.split("\n\n", 1)[1], tmp_path), data, "timer.csv")
    assert isinstance(record, dict)
    return record["entries"]


def test_a_week_numbers_column_beside_a_year_column_named_aarstal(tmp_path: Path) -> None:
    data = _csv("Årstal;Ugenr.;Timer", "2026;52;3,5", "2026;53;1,5")
    assert '    sources = ["Ugenr.", "Årstal"]\n' in draft_of(data, "timer.csv")
    assert _entries(data, tmp_path) == [
        {"week": "2026-W52", "hours": "3.5"},
        {"week": "2026-W53", "hours": "1.5"},
    ]


def test_a_column_named_ugenummer_is_the_week(tmp_path: Path) -> None:
    data = _csv("Ugenummer;Timer", "2026-49;2", "2026-50;4,25")
    assert '  table = { week = "Ugenummer", hours = "Timer" }\n' in draft_of(data, "timer.csv")
    assert _entries(data, tmp_path) == [
        {"week": "2026-W49", "hours": "2.0"},
        {"week": "2026-W50", "hours": "4.25"},
    ]


def test_a_weekday_column_is_no_week() -> None:
    draft = draft_of(_csv("Dato;Ugedag;Timer", "01-12-2026;tirsdag;2", "03-12-2026;torsdag;1"), "timer.csv")
    assert '  table = { date = "Dato", hours = "Timer" }\n' in draft
