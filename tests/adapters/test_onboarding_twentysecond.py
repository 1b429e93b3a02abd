"""The twenty-second onboarding trial: Vejen (575), forms made by programs no earlier trial used: the
site's progress report, a case system's page drawn with fpdf2 whose fields were added in fpdf2's boxes
(each mark five separate check boxes ticked `/Ja`), and the mentor's hours as a CSV as Excel on Windows
saves it in a Danish locale (`tools/make_fixtures_onboarding_twentysecond.py`, which needs fpdf2 in an
environment of its own; the files it wrote are kept, and these tests read them). The expected records
were written by hand from the forms as drawn, before the hub read them. Each test of a change fails
without it (decision 0060, "Twenty-second trial").
"""

from __future__ import annotations

from pathlib import Path

import pikepdf
import pytest
from onboarding_trial import Trial, cleared

from hub.adapters.language.golden import canonical_records
from hub.adapters.suggest.words import guess_path

THIS = Trial("vejen", "575", "make_fixtures_onboarding_twentysecond")


@pytest.mark.parametrize(("source", "expected"), THIS.pairs(), ids=lambda p: p.name)
def test_the_form_maps_to_the_record_written_by_hand(source: Path, expected: Path) -> None:
    THIS.check_maps(source, expected)


def test_the_kept_forms_are_fpdf2s_page_and_excels_csv() -> None:
    with pikepdf.open(THIS.golden / "statusudtalelse.pdf") as pdf:
        # fpdf2 (2.8.9) names no producer; its catalogue opens the page at its width
        assert "/Producer" not in pdf.docinfo and str(pdf.Root.OpenAction[1]) == "/FitH"
        fields = {str(f.T): f for f in pdf.Root.AcroForm.Fields}
        # each mark five separate boxes, the one ticked /Ja, the others /Off
        assert [fields[f"chkSamarbejde{n}"].V for n in range(1, 6)] == [pikepdf.Name.Off] * 2 + [
            pikepdf.Name.Ja
        ] + [pikepdf.Name.Off] * 2
    text = (THIS.golden / "mentortimer.csv").read_bytes()
    assert text.startswith("\ufeffJobcenter Vejen - Mentortimer;".encode())
    assert "\r\n04-03-2026;onsdag;0,75;Oplæring;\r\n".encode() in text and text.endswith(b"\r\n")


@pytest.mark.parametrize("name", ["statusudtalelse.pdf", "mentortimer.csv"])
def test_suggests_draft_maps_the_form_to_the_record_written_by_hand(name: str, tmp_path: Path) -> None:
    """Before: "Dato for udtalelse", "Overholder aftalte tider" and "Løser de aftalte opgaver" were not
    recognised (the record lacked measured_on and two marks), and "Udfyldt af (praktikstedet)", the
    person who filled the form in, was drafted as the site's name beside "Virksomhed": cleared as it
    said, the config was refused, site.name twice. Now the drafts, their TODOs cleared as they say, map
    both forms to the records."""
    draft = cleared(THIS.draft(name))
    data = (THIS.golden / name).read_bytes()
    assert canonical_records(THIS.config(tmp_path, draft), data, name) == THIS.expected(name)


@pytest.mark.parametrize(
    ("label", "path"),
    [
        ("Dato for udtalelse", "measured_on"),
        ("Overholder aftalte tider", "scores.punctuality"),
        ("Løser de aftalte opgaver", "scores.task_solving"),
        ("Løsning af opgaver", "scores.task_solving"),
    ],  # "Udfyldt af (praktikstedet)", who filled it in, is no signer: test_suggest_stop60_misses
)
def test_a_marks_sentence_and_a_statements_date_are_drafted(label: str, path: str) -> None:
    found = guess_path(label)
    assert found is not None and found[0] == path


@pytest.mark.parametrize("label", ["Udtalelse", "Arbejdstid", "Opgaver", "Løser"])
def test_a_word_alone_is_no_mark_and_no_day(label: str) -> None:
    assert guess_path(label) is None
