"""The company's one form: what it is pre-filled with, and the names its fields and columns carry.

`services.company` builds a `CompanyFormSpec`; `company_form_pdf` and `company_form_xlsx` write it as a
fillable PDF (AcroForm) or a spreadsheet, and the company adapter (a config in the config language)
reads the filled-in file back. This module is the contract between them: field names, sheet names,
column headings and the blank choice are defined here once. Like the export, the form never carries a
CPR number, a benefit or a visitation category: interns appear by participant id.

PDF field names (n = 1..N in the order of `interns`, k = 1..len(weeks)):
    skema, aftale, periode                       read-only: kind, agreement id, period label
    underskrevet_af, underskrevet_dato           editable (mentor_hours, progress_report)
    d{n}_id, d{n}_navn, d{n}_sted                read-only
    mentor_hours:    d{n}_mentor (editable, pre-filled), d{n}_uge{k} (read-only, "uge 32 2026"),
                     d{n}_timer{k} (editable)
    progress_report: d{n}_dato, d{n}_<score> (choice "1".."5"), d{n}_note
    placement_end:   d{n}_ophoer, d{n}_aarsag (choice of the Danish outcome labels), d{n}_note
A choice nobody has made holds the blank option "" (`BLANK_CHOICE`), listed first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from hub.exports.company_model import Person
from hub.schemas.vocabulary import OUTCOME_LABELS, SCORE_LABELS

KINDS = ("mentor_hours", "progress_report", "placement_end")
# Each kind as the downloaded file's name says it: the form's Danish title in ASCII (ø as oe, as the
# municipalities' own slugs write it), so the company's file reads as the form it holds, not our code.
FILE_WORDS = {
    "mentor_hours": "mentortimer",
    "progress_report": "statusrapport",
    "placement_end": "ophoer-af-praktik",
}
SIGNED_KINDS = ("mentor_hours", "progress_report")  # the kinds with underskrevet_af / _dato
BLANK_CHOICE = ""
# A participant's field name, d{n}_<what>{k}, split back into its parts: the intern's block n, what the
# field holds, and the week's k where it is one of a line of weeks (the docstring's names).
PARTICIPANT_FIELD = re.compile(r"d(?P<n>[0-9]+)_(?P<what>[a-z]+?)(?P<k>[0-9]*)")
SCORE_OPTIONS = ("1", "2", "3", "4", "5")
# The canonical score name behind each field suffix d{n}_<suffix>, in the order they are printed.
SCORE_FIELDS = {
    "fremmoede": "attendance",
    "punktlighed": "punctuality",
    "samarbejde": "cooperation",
    "opgaveloesning": "task_solving",
    "selvstaendighed": "independence",
}
OUTCOME_OPTIONS = tuple(OUTCOME_LABELS["da"].values())

SHEET_NAMES = {"mentor_hours": "Mentortimer", "progress_report": "Statusrapport", "placement_end": "Ophør"}
_SCORE_HEADINGS = tuple(SCORE_LABELS["da"][name] for name in SCORE_FIELDS.values())
HEADERS = {
    "mentor_hours": ("Deltager-id", "Navn", "Arbejdssted", "Mentor", "Uge", "Timer"),
    "progress_report": ("Deltager-id", "Navn", "Arbejdssted", "Dato", *_SCORE_HEADINGS, "Bemærkning"),
    "placement_end": ("Deltager-id", "Navn", "Arbejdssted", "Ophørsdato", "Årsag", "Bemærkning"),
}
# Where a filled-in form says its period, as the company adapter reads it (config/company.toml's
# recognise fields): the PDF's read-only field, the XLSX's cell right of "Periode".
PERIOD_SELECTORS = {"pdf": "periode", "xlsx": "next:Periode"}
# Spreadsheet layout (1-based rows, as people and the config language count them).
XLSX_HEADER_ROW = 6
XLSX_FIRST_DATA_ROW = 7
XLSX_SIGNED_BY_LABEL = "Underskrevet af"
XLSX_SIGNED_ON_LABEL = "Underskriftsdato"


@dataclass(frozen=True)
class FormIntern:
    """One intern on the form: participant id, name, site, mentor, and the ISO weeks they were active."""

    participant_id: str
    name: str
    site_name: str
    mentor_name: str
    weeks: tuple[str, ...]  # "2026-W32", ... (used by mentor_hours)


@dataclass(frozen=True)
class CompanyFormSpec:
    """One form of one kind for one agreement and period, pre-filled with the company's current interns."""

    kind: str  # one of KINDS
    agreement_id: str
    agreement_name: str
    company_name: str
    period_label: str
    period_start: date
    period_end: date
    contact: Person  # who the filled-in form goes to
    interns: tuple[FormIntern, ...]
    # The week the form was made in, when later weeks of the period were left out as not begun yet (they
    # come on the next form, and the form says so); None when every week of the period is on it.
    last_week: str | None = None

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown form kind {self.kind!r}; known: {', '.join(KINDS)}")

    @property
    def signed(self) -> bool:
        """Whether this kind carries a signature (name and date)."""
        return self.kind in SIGNED_KINDS
