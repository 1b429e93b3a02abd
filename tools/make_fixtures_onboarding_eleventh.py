"""Write the form of the eleventh onboarding trial: `python -m tools.make_fixtures_onboarding_eleventh`.

Faxe (320) is onboarded by config alone in tests/onboarding/, on a PDF form shaped unlike the earlier
trials': a placement agreement (AcroForm) whose benefit is a combo box (/Ch with /Opt pairs, an export
code `KH` beside the printed `Kontanthjælp`), whose visitation is three checkboxes ticked as `/Valgt`
(not `/Yes`), whose "Er mentor ansat i jobcentret?" and "Har borgeren deltaget i opstartssamtalen?" are
radio groups exporting `/Ja` and `/Nej`, whose first day is three fields (dd, mm, åååå) and whose CPR
number is typed with its dash. The values are written here as the caseworker would; the expected record
beside the file was written by hand from these values.
"""

from __future__ import annotations

import io
from pathlib import Path

import pikepdf

from tools.fixture_files import ROOT, write_all
from tools.fixture_pages import fields_in_a_row, labelled_fields, titled_page

GOLDEN = ROOT / "tests" / "onboarding" / "golden" / "faxe"
TITLE = "Faxe Kommune - Aftale om virksomhedspraktik"
TICKED = "Valgt"  # the on-state Faxe's form designer gave its checkboxes
# (field, label, y, value): the text fields, top to bottom.
TEXT = (
    ("cpr", "CPR-nr.", 706, "120388-4417"),
    ("borger_navn", "Borgerens navn", 684, "Sofie Kragh Nielsen"),
    ("virksomhed", "Virksomhed", 662, "Haslev Træ og Byg ApS"),
    ("cvr", "CVR-nr.", 640, "34210012"),
    ("arbejdssted", "Arbejdssted", 618, "Faxe Ladeplads, Havnen 4"),
    ("pnr", "P-nr.", 596, "1017283940"),
    ("slut", "Sidste dag", 552, "05.06.2026"),
    ("timer", "Timer pr. uge", 530, "20"),
    ("mentor_navn", "Mentor", 420, "Jonas Friis"),
    ("sagsbehandler", "Sagsbehandler", 354, "Pernille Vang"),
    ("email", "E-mail", 332, "PEVA@faxe.example.dk"),
    ("telefon", "Telefon", 310, "56 20 30 00"),
)
START = (("start_dd", "09", 24), ("start_mm", "03", 24), ("start_aaaa", "2026", 44))
# The combo box's lines as reportlab takes them, (printed text, export value); a blank first line.
BENEFITS = (
    ("", ""),
    ("Kontanthjælp", "KH"),
    ("Uddannelseshjælp", "UH"),
    ("Sygedagpenge", "SD"),
    ("Ledighedsydelse", "LY"),
    ("Ressourceforløbsydelse", "RF"),
)
VISITATION = (("vis_jobparat", "Jobparat"), ("vis_aktivitetsparat", "Aktivitetsparat"),
              ("vis_uddannelsesparat", "Uddannelsesparat"))  # fmt: skip
# (group, question, y): the radio groups, each exporting Ja or Nej.
QUESTIONS = (
    ("mentor_jobcenter", "Er mentor ansat i jobcentret?", 398),
    ("opstartssamtale", "Har borgeren deltaget i opstartssamtalen?", 376),
)
CHOSEN = {"ydelse": "KH", "vis_aktivitetsparat": True, "mentor_jobcenter": "Nej", "opstartssamtale": "Ja"}


def _placement_reportlab() -> bytes:
    """The form as reportlab writes it: its checkboxes ticked as `/Yes`."""
    buffer, canvas = titled_page(TITLE, top=770)
    form = canvas.acroForm
    canvas.drawString(60, 750, "Jobcenter Faxe, Frederiksgade 9, 4690 Haslev")
    labelled_fields(canvas, TEXT)
    fields_in_a_row(canvas, "Første dag (dd mm åååå)", 574, START, gap=6)
    canvas.drawString(60, 500, "Ydelse")
    form.choice(name="ydelse", tooltip="", value=CHOSEN["ydelse"], options=list(BENEFITS),
                x=240, y=496, width=180, height=16, fontSize=9)  # fmt: skip
    canvas.drawString(60, 470, "Visitation")
    for i, (name, label) in enumerate(VISITATION):
        form.checkbox(name=name, tooltip="", checked=bool(CHOSEN.get(name)), x=240 + 110 * i, y=466, size=12)
        canvas.drawString(256 + 110 * i, 468, label)
    for group, question, y in QUESTIONS:
        canvas.drawString(60, y + 2, question)
        for i, answer in enumerate(("Ja", "Nej")):
            selected = CHOSEN[group] == answer
            form.radio(name=group, value=answer, selected=selected, x=300 + 60 * i, y=y, size=12)
            canvas.drawString(316 + 60 * i, y + 2, answer)
    canvas.drawString(60, 290, "Underskrift")
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def rename_on_state(box: pikepdf.Object, old: str, new: str) -> None:
    """A checkbox's on-state `old` renamed `new` in its appearances, its shown state and its value."""
    for kind in ("/N", "/D"):
        appearances = box.AP.get(kind)
        if isinstance(appearances, pikepdf.Dictionary) and f"/{old}" in appearances:
            appearances[f"/{new}"] = appearances[f"/{old}"]
            del appearances[f"/{old}"]
    for key in ("/AS", "/V"):
        if box.get(key) == pikepdf.Name(f"/{old}"):
            box[key] = pikepdf.Name(f"/{new}")


def placement_pdf() -> bytes:
    """Faxe's placement agreement, one page, its values typed in, its checkboxes ticked as `/Valgt`."""
    pdf = pikepdf.open(io.BytesIO(_placement_reportlab()))
    for field in pdf.Root.AcroForm.Fields:
        if str(field.get("/T", "")).startswith("vis_"):
            rename_on_state(field, "Yes", TICKED)
    out = io.BytesIO()
    pdf.save(out, deterministic_id=True)
    return out.getvalue()


def render_all() -> dict[Path, bytes]:
    """The form of the eleventh trial: its path and bytes (nothing is written)."""
    return {GOLDEN / "placement.pdf": placement_pdf()}


if __name__ == "__main__":
    write_all(render_all())
