"""What the mapping says when it refuses a document the fuzzer mutated (decision 0064, "Stop 47"): each
rejection located, in the sender's words, and the work done proportional to the cells there are."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import Any

import pikepdf
import pytest
from onboarding_trial import trial_registry
from pipeline import GOLDEN, ROOT, ingest_all, repository_registry
from simulator_support import fixture_script

from hub.adapters.language.registry import Registry
from hub.adapters.mapping.form_items import map_items
from hub.adapters.mapping.selectors import SourceIndex
from hub.adapters.pipeline import READ_OPTIONS
from hub.adapters.readers import extract
from hub.errors import Rejection

FURESOE = GOLDEN / "furesoe" / "mentor_hours.xlsx"
ALBERTSLUND = GOLDEN / "albertslund" / "mentor_hours.csv"
FURESOE_REPORT = GOLDEN / "furesoe" / "progress_report.xlsx"
ONBOARDING = ROOT / "tests" / "onboarding"


@pytest.fixture(scope="module")
def registry() -> Registry:
    return repository_registry()


def _xlsx_edited(path: Path, old: bytes, new: bytes, *more: bytes) -> bytes:
    """The workbook with `old` made `new` in its first sheet, and each further pair (old, new) of `more`."""
    part = "xl/worksheets/sheet1.xml"
    with zipfile.ZipFile(path) as z:
        parts = {name: z.read(name) for name in z.namelist()}
    for was, now in [(old, new), *zip(more[::2], more[1::2], strict=True)]:
        assert was in parts[part]
        parts[part] = parts[part].replace(was, now, 1)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, body in parts.items():
            z.writestr(name, body)
    return out.getvalue()


def _refused(registry: Registry, slug: str, data: bytes, filename: str) -> Any:
    with pytest.raises(Rejection) as caught:
        ingest_all(registry, slug, data, filename)
    (problem,) = caught.value.problems
    return problem


def test_a_csv_without_its_header_row_says_the_rows_searched(registry: Registry) -> None:
    # The header "Timer" misspelt: the table is looked for in every line of the file (0/csv/truncate/0).
    text = ALBERTSLUND.read_bytes()
    assert b";Timer;" in text
    lines = len(text.splitlines())
    problem = _refused(registry, "albertslund", text.replace(b";Timer;", b";Tmier;", 1), "timer.csv")
    assert problem.reason_en.startswith("no header row with: CPR-nr., Dato, Timer")
    assert problem.locator == f"the file, rows 1–{lines}"
    assert problem.locator_da == f"filen, rækkerne 1–{lines}"


def test_a_sheet_without_its_header_row_says_the_sheet_and_rows(registry: Registry) -> None:
    data = _xlsx_edited(FURESOE, b"<t>Timer</t>", b"<t>Tid</t>")
    problem = _refused(registry, "furesoe", data, "timer.xlsx")
    assert "no header row with: Uge, Timer" in problem.reason_en
    # The sheet's rows holding cells: 1 (its title) to 13 (the signature's date).
    assert problem.locator == 'sheet "Mentortimer", rows 1–13'
    assert problem.locator_da == 'ark "Mentortimer", rækkerne 1–13'


def test_a_value_at_excels_last_row_costs_one_row_not_a_million(
    registry: Registry, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The header "Timer" moved to the last row Excel has: the sheet holds 13 cells, not a million rows. (A
    # row of its own: a cell whose reference is in another row than its own is refused by the reader.)
    timer = b'<c r="B7" t="inlineStr"><is><t>Timer</t></is></c>'
    last = b'<row r="1048576">' + timer.replace(b'r="B7"', b'r="A1048576"') + b"</row></sheetData>"
    data = _xlsx_edited(FURESOE, timer, b"", b"</sheetData>", last)
    calls = {"n": 0}
    for name in ("row_values", "cell"):
        original = getattr(SourceIndex, name)

        def counted(self: SourceIndex, *args: Any, _original: Any = original) -> Any:
            calls["n"] += 1
            return _original(self, *args)

        monkeypatch.setattr(SourceIndex, name, counted)
    problem = _refused(registry, "furesoe", data, "timer.xlsx")
    assert calls["n"] < 1000  # a walk of every row number calls `row_values` over a million times
    assert problem.locator == 'sheet "Mentortimer", rows 1–1048576'


def _progress_report_with(registry: Registry, score: bytes) -> Any:
    old = b'<c r="B7" t="inlineStr"><is><t>5 - Meget godt</t></is></c>'
    new = b'<c r="B7" t="inlineStr"><is><t>' + score + b"</t></is></c>"
    return _refused(registry, "furesoe", _xlsx_edited(FURESOE_REPORT, old, new), "rapport.xlsx")


def test_a_score_not_matching_says_what_is_expected_not_the_pattern(registry: Registry) -> None:
    # The config's pattern ^([1-5])(?:\s*-.*)?$ is no sender's word: its `expected` is (2/xlsx/cell_value/80).
    problem = _progress_report_with(registry, b"7 - Fremragende")
    assert problem.locator == 'sheet "Ark1", cell B7'
    assert problem.reason_en == "'7 - Fremragende' is not what this value must be: et tal fra 1 til 5"
    assert problem.reason_da == "'7 - Fremragende' er ikke, hvad værdien skal være: et tal fra 1 til 5"


def test_a_pattern_without_expected_words_is_not_shown_either() -> None:
    from hub.adapters.mapping.textparse import TransformError
    from hub.adapters.mapping.transforms import TRANSFORMS

    with pytest.raises(TransformError) as caught:
        TRANSFORMS["regex"].func("P-nr. mangler", {"pattern": r"(\d{10})"})
    assert caught.value.reason_en == "'P-nr. mangler' is not written the way this value is read"
    assert caught.value.reason_da == "'P-nr. mangler' er ikke skrevet, som værdien læses"
    assert "\\d" not in caught.value.reason_en + caught.value.reason_da


def _mutant_problem(recipe: str) -> dict[str, Any]:
    fuzz_forms = fixture_script("fuzz_forms")
    seed, data = fuzz_forms.mutant(fuzz_forms.seeds(), recipe)
    assert data is not None
    outcome = fuzz_forms.run_one(seed, data, recipe)
    assert outcome.outcome == "rejected", outcome
    (problem,) = outcome.problems
    result: dict[str, Any] = problem
    return result


@pytest.mark.parametrize(
    ("recipe", "en", "da", "locator"),
    [
        # Gentofte's weekly hours are fields timer1..timer14 (`timer{n}`): the fourth one's type broken.
        (
            "2/pdf/field_type/113",
            'the form has no field named "timer4"',
            'blanketten har intet felt med navnet "timer4"',
            "timer4",
        ),
        # Gladsaxe's are found by tooltip ("Timer, række {n}"): said as the tooltip the form shows.
        (
            "2/pdf/field_type/101",
            'the form has no field with the tooltip "Timer, række 4"',
            'blanketten har intet felt med hjælpeteksten "Timer, række 4"',
            "tooltip:Timer, række 4",
        ),
    ],
)
def test_a_numbered_field_missing_is_said_as_the_row_s_field(
    recipe: str, en: str, da: str, locator: str
) -> None:
    problem = _mutant_problem(recipe)
    assert (problem["reason_en"], problem["reason_da"]) == (en, da)
    assert problem["locator"] == locator
    assert problem["field"] == "entries[3].hours"  # the fourth row, counted from 0


def test_a_root_element_is_named_in_words() -> None:
    from hub.adapters.language.missing_words import root_mismatch

    # Another element altogether: its name is enough.
    assert root_mismatch("{urn:a}Eksport", "{urn:a}Mentorbevillinger") == (
        "its root element is Eksport, not Mentorbevillinger",
        "dens rodelement er Eksport, ikke Mentorbevillinger",
    )
    # The right name without the namespace the form's elements carry.
    assert root_mismatch("Mentorbevillinger", "{urn:a}Mentorbevillinger") == (
        'its root element Mentorbevillinger is in no namespace, not in the namespace "urn:a"',
        'dens rodelement Mentorbevillinger hører til intet navnerum, ikke til navnerummet "urn:a"',
    )
    # A name no one can read is not quoted.
    en, da = root_mismatch("{urn:a}\ufffd\ufffd", "{urn:a}Mentorbevillinger")
    assert "\ufffd" not in en + da and en.endswith("it must be Mentorbevillinger")


# A byte order mark alone is stripped at the value's edges like white space ("Stop 47 (2)"): the field
# is empty, as it looks to the person who filled it in.
_EMPTY = ("empty: a value is required", "tom: feltet skal udfyldes")
# The PDF mutants keep the name's box as the form drew it: the page shows the name, which is said first
# (decision 0060, "Stop 54: stray-62").


def _drawn(name: str, saved: str, saved_da: str) -> tuple[str, str]:
    return (
        f"the page shows '{name}' in the field, but its saved value is {saved}: the program the form was"
        " filled in with did not save what the page shows; fill the form in again in a PDF program that"
        " saves form fields (such as Adobe Acrobat Reader) and send it again",
        f"siden viser '{name}' i feltet, men dets gemte værdi er {saved_da}: programmet, blanketten blev"
        " udfyldt i, gemte ikke det, siden viser; udfyld blanketten igen i et PDF-program, der gemmer"
        " formularfelter (f.eks. Adobe Acrobat Reader), og send den igen",
    )


@pytest.mark.parametrize(
    ("recipe", "field", "locator", "reasons"),
    [
        # A byte order mark alone as the citizen's name (a PDF field) and the mentor's (an XML element).
        (
            "2/pdf/field_value/12",
            "citizen.name",
            'field "borger_navn" ("Borgers navn") on page 1',
            _drawn("Amira Hassan", "empty", "tom"),
        ),
        ("2/xml/value/46", "mentor.name", "/Mentorbevilling/Mentor/Navn", _EMPTY),
        # Ten replacement characters, what a damaged field's bytes read as.
        (
            "2/pdf/field_value/130",
            "mentor.name",
            'field "MentorNavn" ("Mentor (virksomhedens)") on page 2',
            _drawn("Henrik Eksempel", "text that could not be read", "tekst, der ikke kunne læses"),
        ),
    ],
)
def test_a_required_name_of_no_readable_character_is_refused_where_it_is(
    recipe: str, field: str, locator: str, reasons: tuple[str, str]
) -> None:
    problem = _mutant_problem(recipe)
    assert problem["field"] == field
    assert problem["locator"] == locator
    assert (problem["reason_en"], problem["reason_da"]) == reasons


def test_a_required_text_needs_one_character_that_shows() -> None:
    from marshmallow import Schema, ValidationError

    from hub.schemas.fields import Text

    class Named(Schema):
        name = Text(required=True)
        note = Text()

    for unseen in ("\ufeff", "\u200b\ufeff", "\ufffd" * 10, "\x00"):
        with pytest.raises(ValidationError):
            Named().load({"name": unseen})
    # A name with a letter among them, or a sign, is read (its invisible edges stripped, "Stop 47 (2)");
    # an optional note of damaged characters is not held to it.
    assert Named().load({"name": "\ufeffMette Lund"})["name"] == "Mette Lund"
    assert Named().load({"name": "-"})["name"] == "-"
    assert Named().load({"name": "Mette", "note": "\ufffd"})["note"] == "\ufffd"


def test_a_table_of_no_filled_rows_says_the_rows_searched(registry: Registry) -> None:
    # The file cut after its header row (line 5): a table, and no row of it (4/csv/truncate/70).
    head = b"\n".join(ALBERTSLUND.read_bytes().splitlines()[:5]) + b"\n"
    problem = _refused(registry, "albertslund", head, "timer.csv")
    assert problem.reason_en == "no filled-in items found in the document"
    assert (problem.locator, problem.locator_da) == ("the file, rows 1–5", "filen, rækkerne 1–5")


@pytest.mark.parametrize(
    ("recipe", "en", "da"),
    [
        # Sønderborg's placement cut after its first cell, with no line break: told as cut since stop 56
        # (its header line has 18 cells); with the line break, its name's two columns are said below.
        (
            "48/csv/truncate/0",
            "the file ends in row 2 after 2 cells and no line break, where its other rows have 18: the file "
            "looks cut off here, and its last value '140887-3315' may be cut short too; send the whole file "
            "again",
            "filen slutter i række 2 efter 2 celler uden linjeskift, hvor dens andre rækker har 18: filen "
            "ser ud til at være skåret af her, og dens sidste værdi '140887-3315' kan også være afkortet; "
            "send hele filen igen",
        ),
        # Lemvig's reason for ending is a column of boxes found by the words right of each (`label:…`):
        # `Fleksjob`'s value made a name, its box still drawn unticked. Read as ticked beside `Uddannelse`
        # ("several boxes checked") until the eleventh trial, which refuses a box whose page and value
        # disagree (decision 0060); two boxes ticked on the page and in value are said below. The value
        # the mutant wrote, `/æx`, is no look of the box (reportlab's `Yes`): said since the fifteenth trial.
        (
            "48/pdf/field_type/349",
            "the box is not ticked on the page, but its saved value says ticked ('æx', a state the box has "
            "no look for: it is drawn ticked as 'Yes'): the program the form was filled in with did not "
            "save what the page shows; fill the form in again in a PDF program that saves form fields (such "
            "as Adobe Acrobat Reader) and send it again",
            "feltet er ikke afkrydset på siden, men dets gemte værdi siger afkrydset ('æx', en tilstand, "
            "feltet ikke har noget udseende for: det tegnes afkrydset som 'Yes'): programmet, blanketten "
            "blev udfyldt i, gemte ikke det, siden viser; udfyld blanketten igen i et PDF-program, der "
            "gemmer formularfelter (f.eks. Adobe Acrobat Reader), og send den igen",
        ),
    ],
)
def test_several_sources_are_said_in_the_senders_words(recipe: str, en: str, da: str) -> None:
    fuzz_forms = fixture_script("fuzz_forms")
    seed, data = fuzz_forms.mutant(fuzz_forms.seeds(), recipe)
    assert data is not None
    outcome = fuzz_forms.run_one(seed, data, recipe)
    assert (en, da) in [(p["reason_en"], p["reason_da"]) for p in outcome.problems], outcome.problems


def test_two_columns_of_a_name_left_empty_are_said_in_the_senders_words() -> None:
    """Sønderborg's name is two columns (`under:Fornavn`, `under:Efternavn`), both empty in a placement
    whose line ends after its CPR number (the truncated mutant with its line break)."""
    fuzz_forms = fixture_script("fuzz_forms")
    seed, data = fuzz_forms.mutant(fuzz_forms.seeds(), "48/csv/truncate/0")
    assert data is not None
    outcome = fuzz_forms.run_one(seed, data + b"\r\n", "48/csv/truncate/0")
    en = "no value: nothing filled in or checked in 'Fornavn', 'Efternavn'"
    da = "ingen værdi: intet udfyldt i 'Fornavn', 'Efternavn'"
    assert (en, da) in [(p["reason_en"], p["reason_da"]) for p in outcome.problems], outcome.problems


def test_several_boxes_ticked_are_said_by_their_printed_words() -> None:
    """Lemvig's end form with `Fleksjob` ticked beside `Uddannelse`, on the page and in value alike."""
    fifth = fixture_script("make_fixtures_onboarding_fifth")
    pdf = pikepdf.open(io.BytesIO(fifth.end_pdf()))
    (box,) = [f for f in pdf.Root.AcroForm.Fields if str(f.T) == "Check Box9"]
    box.V = box.AS = pikepdf.Name("/Yes")
    out = io.BytesIO()
    pdf.save(out)
    config = trial_registry().get("lemvig")
    form = next(f for f in config.forms if f.format == "pdf")
    with pytest.raises(Rejection) as refused:
        map_items(extract(out.getvalue(), "ophoer.pdf", READ_OPTIONS), form, "0" * 64, "ophoer.pdf", "665")
    assert [(p.reason_en, p.reason_da) for p in refused.value.problems] == [
        (
            "several boxes checked: 'Uddannelse', 'Fleksjob'",
            "flere felter afkrydset: 'Uddannelse', 'Fleksjob'",
        )
    ]


def test_a_source_in_words() -> None:
    from hub.adapters.mapping.source_words import sources_words

    # The config's syntax left out; a field's name, a cell and an XML path are the document's own words.
    said = sources_words(["tooltip:Timer, række 4", "below:Underskrevet af > Dato#2>1", "column:Timer"])
    assert said == "'Timer, række 4', 'Dato', 'Timer'"
    assert sources_words(["cb_kh", "Ark1!B3", "/d:Bevilling/d:Sats"]) == "cb_kh, Ark1!B3, /d:Bevilling/d:Sats"
