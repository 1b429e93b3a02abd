"""`hub adapters suggest` reads a camelCase name with a one-letter Danish word inside as its words
(`mentorIVirksomheden` is "mentor i virksomheden", not "mentor ivirksomheden": decision 0060, "Stop 73:
trial-128" (i)), and drafts a list's period cell on a sheet whose name holds a space as the config
language writes it, `'Timer uge'!A1`, as the same draft's sources name that sheet (trial-129 (ii)).

The names are Super CSV's and other bean writers' headers; the words are written here by hand.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from openpyxl import Workbook
from test_mapping import HEAD
from test_suggest_date_period import ROWS

from hub.adapters.language.config_schema import load_config_file
from hub.adapters.mapping.form import map_form
from hub.adapters.readers.base import Extraction
from hub.adapters.readers.tabular import read_xlsx
from hub.adapters.suggest.draft import suggest
from hub.adapters.suggest.render import render
from hub.adapters.suggest.words import words


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("mentorIVirksomheden", ["mentor", "i", "virksomheden"]),
        ("timerIAlt", ["timer", "i", "alt"]),
        ("antalDageIUgen", ["antal", "dage", "i", "ugen"]),
        ("godkendtAfMentorIJobcentret", ["godkendt", "af", "mentor", "i", "jobcentret"]),
        ("borgerCPRNr", ["borger", "cpr", "nr"]),
        # guards: a word after a small letter, and one of two letters, split as before
        ("datoForStart", ["dato", "for", "start"]),
        ("pNummer", ["p", "nummer"]),
        ("CPR", ["cpr"]),
    ],
)
def test_a_one_letter_word_in_camel_case_is_a_word_of_its_own(name: str, expected: list[str]) -> None:
    assert words(name) == expected


def _book(title: str) -> Extraction:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = title
    for row in ROWS:
        sheet.append([cell or None for cell in row])
    out = io.BytesIO()
    book.save(out)
    return read_xlsx(out.getvalue(), "timer.xlsx")


@pytest.mark.parametrize(("title", "written"), [("Timer uge", "'Timer uge'!A1"), ("Timer", "Timer!A1")])
def test_a_period_cell_on_a_sheet_whose_name_has_a_space_is_drafted_in_quotes_and_reads(
    tmp_path: Path, title: str, written: str
) -> None:
    draft = render(suggest(_book(title), "timer.xlsx"))
    assert f'    transforms = [{{ name = "date", period = "{written}" }}]' in draft.splitlines()
    config = tmp_path / "gladsaxe.toml"
    config.write_text(HEAD + draft, encoding="utf-8")
    record = map_form(_book(title), load_config_file(config).forms[0], "ab" * 32, "timer.xlsx", "159").record
    # 2 November 2026 is in ISO week 45, 30 November in week 49
    assert record["entries"] == [{"week": "2026-W45", "hours": "3.0"}, {"week": "2026-W49", "hours": "2.5"}]
