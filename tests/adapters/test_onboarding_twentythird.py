"""The twenty-third onboarding trial: Thisted (787), forms made by programs no earlier trial used: an end
of a placement a Java case system makes and fills with Apache PDFBox 2 (the outcome a dropdown of codes
and words), a site's progress report drawn with jsPDF's AcroForm (each mark a radio group), and the
sites' progress reports and the ends of placements as PostgreSQL's COPY writes a table, to CSV and in
its own text format
(`tools/make_fixtures_onboarding_twentythird.py`, which needs java with PDFBox, node with jsPDF and a
PostgreSQL server; the files it wrote are kept, and these tests read them). The expected records were
written by hand from the forms as drawn, before the hub read them. Each test of a change fails without it
(decision 0060, "Twenty-third trial").
"""

from __future__ import annotations

from pathlib import Path

import pikepdf
import pytest
from onboarding_trial import Trial, cleared

from hub.adapters.language.golden import canonical_records

THIS = Trial("thisted", "787", "make_fixtures_onboarding_twentythird")


@pytest.mark.parametrize(("source", "expected"), THIS.pairs(), ids=lambda p: p.name)
def test_the_form_maps_to_the_record_written_by_hand(source: Path, expected: Path) -> None:
    THIS.check_maps(source, expected)


def test_the_kept_forms_are_pdfboxs_jspdfs_and_postgresqls() -> None:
    with pikepdf.open(THIS.golden / "afslutning.pdf") as pdf:
        fields = {str(f.T): f for f in pdf.Root.AcroForm.Fields}
        # PDFBox keeps the dropdown's code as its value, its lines as (code, words), and draws the code
        assert str(fields["Aarsag"].V) == "06" and [str(x) for x in fields["Aarsag"].Opt[5]] == [
            "06",
            "Praktik i anden virksomhed",
        ]
        assert b"(06) Tj" in fields["Aarsag"].AP.N.read_bytes()
        assert int(fields["CPRnr"].MaxLen) == 10 and int(fields["CPRnr"].Ff) & (1 << 24)  # a comb field
    with pikepdf.open(THIS.golden / "statusudtalelse.pdf") as pdf:
        fields = {str(f.T): f for f in pdf.Root.AcroForm.Fields if "/T" in f}
        assert "jsPDF" in str(pdf.docinfo["/Producer"]) and fields["punktlighed"].V == pikepdf.Name("/3")
    text = (THIS.golden / "udtalelser.csv").read_bytes()
    # COPY's CSV: a header, LF, NULL as nothing and an empty text as "", booleans t/f, a zone +02
    assert text.startswith(b"sagsnr,cpr,borger_navn,pnr,") and b"\r" not in text
    assert b",3,2,,f,2026-04-27 08:47:55.1+02\n" in text and b',5,4,"",t,' in text
    text = (THIS.golden / "afslutninger.tsv").read_bytes()
    # COPY's text format: tabs, no quotes, a NULL `\N`, a line break in a value `\n`
    assert (
        b"\tUDD\t\\N\n" in text
        and b"lagermedarbejder.\\n32 timer" in text
        and b'\tCaf\xc3\xa9 "Havnen"' in text
    )


# The case system's outcome codes, which the draft leaves a person to map (`"ORD" = "TODO"`).
CODES = {"ORD": "ordinary_job", "UDD": "education", "AND": "stopped_other"}


@pytest.mark.parametrize(
    "name", ["afslutning.pdf", "statusudtalelse.pdf", "udtalelser.csv", "afslutninger.tsv"]
)
def test_suggests_draft_maps_the_form_to_the_record_written_by_hand(name: str, tmp_path: Path) -> None:
    """Before: the export's mark `tidspunkter` (punctuality, beside `fremmoede`, `samarbejde`,
    `opgaveloesning` and `selvstaendighed`) was "not recognised", and every report was refused for want
    of scores.punctuality; and the ends in COPY's text format were read with a remark `\\N` where none
    was given and a line break as the two characters `\\n`, in silence. Now the draft takes the mark as
    the one not found (`suggest/last_mark.py`), the reader reads the text format (`readers/csv_copy.py`),
    and the drafts, their TODOs cleared as they say (the outcome codes given), map all four forms to the
    records."""
    draft = cleared(THIS.draft(name))
    for code, outcome in CODES.items():
        # The TODO's comment may say what the code likely is ("TODO: likely ordinary_job (ORD: ...)").
        draft = draft.replace(f'"{code}" = "TODO"  # TODO', f'"{code}" = "{outcome}"  # was TODO')
    data = (THIS.golden / name).read_bytes()
    assert canonical_records(THIS.config(tmp_path, draft), data, name) == THIS.expected(name)
