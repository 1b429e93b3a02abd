"""What the tests of `hub adapters suggest` share: a draft read as a person would paste it under a
municipality's header, through the real config schema."""

from __future__ import annotations

import io
import tomllib
from pathlib import Path
from typing import Any

from reportlab.pdfgen import canvas

from hub.adapters.language.config_model import MunicipalityConfig
from hub.adapters.language.config_schema import validate_config
from hub.adapters.pipeline import READ_OPTIONS
from hub.adapters.readers import extract
from hub.adapters.suggest.draft import suggest

HVIDOVRE = {"code": "167", "slug": "hvidovre", "town": "Hvidovre"}
# DESIGN.md's eight outcomes in its order: what a form's reasons numbered 1 to 8 in that order map to.
DESIGN_OUTCOMES = (
    "ordinary_job",
    "education",
    "flexjob",
    "rehabilitation_team",
    "other_municipal_offer",
    "internship_other_company",
    "long_term_sick",
    "stopped_other",
)


def header(code: str = "159", slug: str = "testby", town: str = "Testby") -> str:
    """The lines above a draft's forms: who the municipality is, and its audit rules."""
    return f"""config_version = 1
[municipality]
code = "{code}"
slug = "{slug}"
name = "{town} Kommune"
jobcentre = "Jobcenter {town}"
[audit]
claim_period = "month"
cpr_in_bundles = "masked"
retention_years = 5
"""


def drafted_config(
    text: str, tmp_path: Path, code: str = "159", slug: str = "testby", town: str = "Testby"
) -> MunicipalityConfig:
    """The draft under its municipality's header, through the real schema."""
    return validate_config(tomllib.loads(header(code, slug, town) + text), tmp_path / f"{slug}.toml")


def draft_of(data: bytes, name: str) -> str:
    """The draft `hub adapters suggest` prints for a file, read as the hub reads it (a PDF's headings
    from its bytes)."""
    return suggest(extract(data, name, READ_OPTIONS), name, data if name.endswith(".pdf") else None).to_toml()


def drafted_fields(text: str) -> dict[str, dict[str, Any]]:
    """The first drafted form's fields by canonical path."""
    return {f["path"]: f for f in tomllib.loads(text)["forms"][0].get("fields", [])}


def drafted_form_type(text: str) -> str:
    """The first drafted form's type."""
    return str(tomllib.loads(text)["forms"][0]["form_type"])


def labelled_pdf(title: str, lines: tuple[tuple[str, str, str], ...]) -> bytes:
    """A word processor's form: the title, then a label left of each text field (name, label, value),
    the label its tooltip too (as LibreOffice writes a field's help text)."""
    out = io.BytesIO()
    pdf = canvas.Canvas(out, invariant=1)
    pdf.setFont("Helvetica-Bold", 15)
    pdf.drawString(50, 790, title)
    y = 740
    for name, label, value in lines:
        pdf.setFont("Helvetica", 9)
        pdf.drawString(50, y + 5, label)
        pdf.acroForm.textfield(name=name, tooltip=label, x=260, y=y, width=240, height=18, value=value)
        y -= 26
    pdf.save()
    return out.getvalue()


Block = tuple[str, tuple[tuple[str, str, str], ...]]  # a heading, then its lines (field name, label, value)


def pdf_table(title: str, blocks: tuple[Block, ...], centred: bool = False, gap: float = 10) -> bytes:
    """Blocks as a case system or a word processor draws them: a table of three columns, each block's
    heading in its left cell (its first line's, or merged down its lines and `centred` in it), the labels
    in the middle column, a text field in each right cell; `gap` points between the blocks."""
    out = io.BytesIO()
    pdf = canvas.Canvas(out, invariant=1)
    pdf.setFont("Helvetica-Bold", 15)
    pdf.drawString(50, 790, title)
    y = 740.0
    for heading, lines in blocks:
        top = y + 22
        pdf.setFont("Helvetica-Bold", 10)
        # centred: the merged cell's middle, less half the capitals' height
        pdf.drawString(54, top - 11 * len(lines) - 3.5 if centred else y + 5, heading)
        for name, label, value in lines:
            pdf.setFont("Helvetica", 9)
            pdf.drawString(164, y + 5, label)
            pdf.acroForm.textfield(name=name, x=300, y=y, width=240, height=18, value=value, borderWidth=0)
            pdf.line(160, y - 3, 545, y - 3)
            y -= 22
        pdf.rect(50, y + 19, 495, top - y - 19)
        pdf.line(160, y + 19, 160, top)
        pdf.line(296, y + 19, 296, top)
        y -= gap
    pdf.save()
    return out.getvalue()
