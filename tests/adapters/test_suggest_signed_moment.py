"""A database's export names the approval's two columns by its words: who (`godkendt_af`) and when, a
word of time after them (`godkendt_tid`, `godkendt_tidspunkt`, `godkendt_ts`), as a DuckDB reporting
job's SQL names a TIMESTAMPTZ column. The day was "not recognised", so a mentor_hours draft filled no
`signed_on` and was refused whole (decision 0060, "Stop 65: trial-95", found by probing the forty-third
trial's CSV with its SQL's own column names). The signer's words must come first: another moment
(`oprettet_tid`) or one that holds no day is still no signature."""

from __future__ import annotations

import pytest
from suggest_support import draft_of


def _draft(day: str, values: tuple[str, str] = ("2026-11-30 14:05:12+01", "")) -> str:
    lines = [
        f"cpr,pnummer,mentor,dato,varighed,godkendt_af,{day}",
        f"070588-3142,1031425364,Ole Dam,2026-11-03,01:30:00,Ole Dam,{values[0]}",
        f"070588-3142,1031425364,Ole Dam,2026-11-10,02:00:00,Ole Dam,{values[0]}",
        f"230901-4567,1029384756,Karin Fogh,2026-11-12,02:30:00,,{values[1]}",
    ]
    return draft_of("\n".join(lines).encode("utf-8"), "mentortimer.csv")


@pytest.mark.parametrize("day", ["godkendt_tid", "godkendt_tidspunkt", "godkendt_ts", "GodkendtTidsstempel"])
def test_the_signers_words_and_a_word_of_time_are_the_day_signed(day: str) -> None:
    draft = _draft(day)
    assert f'path = "signed_on"\n  source = "column:{day}"' in draft
    assert 'path = "signed_by"\n  source = "column:godkendt_af"' in draft
    assert "needs: signed_on" not in draft


def test_another_moment_is_no_signature() -> None:
    draft = _draft("oprettet_tid")
    assert 'path = "signed_on"' not in draft
    assert "needs: signed_on" in draft


def test_a_column_of_no_days_is_no_signature() -> None:
    draft = _draft("godkendt_tid", ("ja", "nej"))
    assert 'path = "signed_on"' not in draft
