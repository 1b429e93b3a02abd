"""The twenty-sixth onboarding trial: Kalundborg (326), forms made by programs no earlier trial used:
placement agreements a Python case system prints with borb (every field left unnamed, so `field-000` ...;
each word and each space of a line a text of its own), and mentor talks as the sqlite3 shell writes a
query's rows (`-csv -header`: a row a talk, two citizens' rows interleaved, SQLite's text timestamps)
(`tools/make_fixtures_onboarding_twentysixth.py`, which needs borb in an environment of its own and the
sqlite3 shell; the files it wrote are kept, and these tests read them). The expected records were written
by hand from the forms, before the hub read them. Each test of a change fails without it (decision 0060,
"Stop 61: trial-73").
"""

from __future__ import annotations

import io
from pathlib import Path

import pikepdf
import pytest
from onboarding_trial import Trial
from pypdf import PdfReader

from hub.adapters.language.golden import canonical_records
from hub.adapters.pipeline import READ_OPTIONS
from hub.adapters.readers import extract
from hub.adapters.readers.pdf_layout import PageTexts
from hub.adapters.readers.pdf_pagekey import page_key
from hub.adapters.readers.pdf_runs import Run, text_runs
from hub.adapters.suggest.candidates import Table
from hub.adapters.suggest.draft import suggest
from hub.adapters.suggest.render import render
from hub.adapters.suggest.tables import plan_table

THIS = Trial("kalundborg", "326", "make_fixtures_onboarding_twentysixth")


@pytest.mark.parametrize(("source", "expected"), THIS.pairs(), ids=lambda p: p.name)
def test_the_form_maps_to_the_record_written_by_hand(source: Path, expected: Path) -> None:
    """Before: both agreements were refused "its title is 'Aftale', without 'Aftale om
    virksomhedspraktik'": borb prints the title word by word (`text_runs`, below)."""
    THIS.check_maps(source, expected)


def test_the_kept_forms_are_borbs_and_sqlite3s() -> None:
    with pikepdf.open(THIS.golden / "praktikaftale_1.pdf") as pdf:
        assert str(pdf.docinfo["/Producer"]) == "borb"
        names = [str(f.T) for f in pdf.Root.AcroForm.Fields]
        assert names == [f"field-{n:03d}" for n in range(18)]
        assert str(pdf.Root.AcroForm.Fields[17].V) == "/Off"  # borb's box is never ticked
    text = (THIS.golden / "mentortimer.csv").read_text(encoding="utf-8")
    assert text.startswith("cpr,borger,pnr,mentor,start,slut,timer,godkendt_af,godkendt\n")
    # NULL as nothing; text with a space quoted; the citizens' rows interleaved by time
    assert '0511954302,"Louise Friis Mortensen",1024471188,"Pia Kragh","2026-08-17 10:00:00"' in text
    assert text.splitlines()[6].startswith("2309884417,")


@pytest.mark.parametrize("name", ["praktikaftale_1.pdf", "praktikaftale_2.pdf", "mentortimer.csv"])
def test_suggests_draft_maps_the_form_to_the_record_written_by_hand(name: str, tmp_path: Path) -> None:
    """Before, every draft lacked paths it needs: the agreements' labels were their last words ("dag",
    "uge", "hos": `text_runs`) or the row above's ("CPR-nr." for the name: `PageTexts.label`); the CSV's
    days were not seen for want of a "dato" header (`plan_table`), its `godkendt` was not the day signed
    and its unsigned rows were refused (`signed_on`). Its TODOs are cleared: the visitation's "(ingen)"
    mapped to nothing as the TODO asks, the rest dropped (the CSV's citizen's name, which a record of
    mentor hours may hold but the records written by hand do not). The first agreement's purpose, on
    page 2 under a heading left at the foot of page 1, was "not recognised" and dropped, its draft reading
    all but it; the heading is its label now (decision 0025, "Stop 63: pdf-77, a label on the page
    before")."""
    data = (THIS.golden / name).read_bytes()
    draft = THIS.draft(name).replace('"(ingen)" = "TODO"  # TODO', '"(ingen)" = ""')
    got = canonical_records(THIS.config(tmp_path, draft), data, name)
    assert got == THIS.expected(name)


def _words_one_by_one(*lines: list[tuple[float, str]], boxes: tuple[tuple[int, ...], ...] = ()) -> bytes:
    """A page printing each text of each line at its own x, as borb does (a space a text of its own), and
    a check box's widget at each of `boxes`."""
    ops = []
    for n, line in enumerate(lines):
        for x, text in line:
            ops.append(f"q BT /F1 1 Tf 16 0 0 16 {x} {700 - 40 * n} Tm ({text}) Tj ET Q")
    pdf = pikepdf.new()
    font = pikepdf.Dictionary(
        Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1, BaseFont=pikepdf.Name.Helvetica
    )
    page = pdf.add_blank_page()
    page.Resources = pikepdf.Dictionary(Font=pikepdf.Dictionary(F1=font))
    page.Contents = pdf.make_stream("\n".join(ops).encode())
    widget = {"/Type": pikepdf.Name.Annot, "/Subtype": pikepdf.Name.Widget, "/FT": pikepdf.Name.Btn}
    made = [
        pdf.make_indirect(pikepdf.Dictionary({**widget, "/T": f"b{n}", "/Rect": r}))
        for n, r in enumerate(boxes)
    ]
    page.Annots = pikepdf.Array(made)
    pdf.Root.AcroForm = pikepdf.Dictionary(Fields=pikepdf.Array(made))
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


def test_a_line_printed_word_by_word_is_one_text() -> None:
    """Before: "Aftale", "om" and "virksomhedspraktik" were three runs, and the title was "Aftale"."""
    data = _words_one_by_one(
        [(59, "Aftale"), (100, " "), (105, "om"), (128, " "), (133, "virksomhedspraktik")],
        [(59, "Timer "), (105, "pr."), (130, " uge")],  # a space ending a word, or starting the next
        [(59, "Ja"), (200, "Nej")],  # no space printed between: two texts, as before
        [(59, "Kontanthjaelp"), (170, " "), (400, "Sygedagpenge")],  # a box's width apart: two texts
        [(59, "Ja"), (80, " "), (100, "Nej")],  # a check box between them: each its own
        boxes=((84, 538, 96, 550),),
    )
    runs = text_runs(PdfReader(io.BytesIO(data)).pages[0])
    assert [(x, y, text) for x, y, text, _, _ in runs] == [
        (59, 700, "Aftale om virksomhedspraktik"),
        (59, 660, "Timer pr. uge"),
        (59, 620, "Ja"),
        (200, 620, "Nej"),
        (59, 580, "Kontanthjaelp"),
        (400, 580, "Sygedagpenge"),
        (59, 540, "Ja"),
        (100, 540, "Nej"),
    ]


def test_the_page_s_cached_texts_are_keyed_by_its_boxes_too() -> None:
    """The runs depend on where the boxes stand, so two pages printing the same words with their boxes
    elsewhere are two keys of the page cache (`pdf_pagekey`), not one page's runs served for both."""
    line = [(59.0, "Ja"), (80.0, " "), (100.0, "Nej")]
    keys = set()
    for boxes in (((84, 698, 96, 710),), ((300, 698, 312, 710),), ((300, 698, 312, 710),)):
        with pikepdf.open(io.BytesIO(_words_one_by_one(line, boxes=boxes))) as pdf:
            keys.add(page_key(pdf.pages[0]))
    assert len(keys) == 2 and None not in keys


def test_a_row_s_label_is_its_own_not_the_row_above_s() -> None:
    """Before: "CPR-nr." for the box of the row "Navn" under it. borb's table rows are as high as their
    text, each label's baseline 2 points over its row's bottom, so the row above's label stands a point
    over the box's top, as far left as the box's own."""
    runs: list[Run] = [(59, 649, "CPR-nr.", 35, 10), (59, 635, "Navn", 20, 10)]
    texts = PageTexts(lambda _page: runs, 1)
    assert texts.label(0, [((218, 633, 536, 647), [])]) == "Navn"
    assert texts.label(0, [((218, 647, 536, 661), [])]) == "CPR-nr."
    # alone on the line, a label a point over its box's top is still the box's
    assert PageTexts(lambda _page: runs[:1], 1).label(0, [((218, 633, 536, 647), [])]) == "CPR-nr."


def _talks(headers: tuple[str, ...], *rows: tuple[str, ...]) -> Table:
    return Table("row 1", headers, [dict(zip(headers, row, strict=True)) for row in rows])


def test_a_timesheet_s_days_are_found_by_their_values() -> None:
    """Before: a table of a talk a row headed `start` (`2026-08-03 09:00:00`) and `timer` had no day
    column, so no list and no `group`: each row was drafted a record of its own."""
    headers = ("cpr", "start", "slut", "timer")
    table = _talks(
        headers,
        ("2309884417", "2026-08-03 09:00:00", "2026-08-03 10:30:00", "1.5"),
        ("0511954302", "2026-08-17 10:00:00", "2026-08-17 12:00:00", "2.0"),
        ("2309884417", "2026-08-05 13:00:00", "2026-08-05 14:00:00", "1.0"),
    )
    plan = plan_table(table)
    assert plan.list_columns == {"date": "start", "hours": "timer"} and plan.items.get("group") is True
    # a column with a value that is no day is no day column: nothing is guessed
    odd = _talks(headers, *[(r["cpr"], "i går", r["slut"], r["timer"]) for r in table.rows])
    assert plan_table(odd).list_columns == {"date": "slut", "hours": "timer"}
    no_days = _talks(("cpr", "start", "timer"), *[(r["cpr"], "morgen", r["timer"]) for r in table.rows])
    assert plan_table(no_days).list_columns == {}


def test_the_day_approved_is_named_as_its_approver_and_may_be_empty() -> None:
    """Before: `godkendt` beside `godkendt_af` was "not recognised", and with it given, the rows of the
    citizen not yet approved were refused "empty: a value is required"."""
    draft = THIS.draft("mentortimer.csv")
    assert (
        'source = "column:godkendt"  # column "godkendt"; seen: 2026-08-24 10:12:45\n  nullable = true'
        in draft
    )
    assert 'path = "signed_by"\n  source = "column:godkendt_af"' in draft
    # a "godkendt" that is a yes or no is no day
    data = (THIS.golden / "mentortimer.csv").read_bytes().replace(b'"2026-08-24 10:12:45"', b"t")
    assert 'path = "signed_on"' not in render(
        suggest(extract(data, "flags.csv", READ_OPTIONS), "flags.csv", data)
    )
